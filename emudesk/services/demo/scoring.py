"""Example scoring tables and 2024 scores for the demo clusters.

The table is an *example* (each cluster's regulation defines its own; no national template
exists) and is labelled as such. The scores are invented but built so that the rules give
what was reported: in UBDT-C4 Đắk Lắk first (flag), Phú Yên and Bình Định next (certificates
of merit); in VHTTDL-C4 Lạng Sơn and Tuyên Quang proposed for the Minister's certificate.
Kon Tum and Đắk Nông end on the same total so that the demo shows a tie the regulation's
chain decides (section I).
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy.orm import Session

from emudesk import rules
from emudesk.rules import CriterionKind as K
from emudesk.services.cycle import proposals
from emudesk.services.organisation import years
from emudesk.services.scoring import locking, regulation, scores, table_edit, tables

DEMO_SOURCE = "demo"


@dataclass(frozen=True)
class Row:
    code: str
    parent: str | None
    kind: rules.CriterionKind
    points: float
    title: str
    params: tuple[tuple[str, object], ...] = ()


TABLE: tuple[Row, ...] = (
    Row("I", None, K.SECTION, 50, "Thực hiện nhiệm vụ chính trị, chuyên môn được giao"),
    Row("1", "I", K.SECTION, 15, "Công tác tham mưu"),
    Row("1.1", "1", K.POINTS, 5, "Tham mưu ban hành văn bản chỉ đạo, hướng dẫn thuộc lĩnh vực"),
    Row("1.2", "1", K.POINTS, 5, "Xây dựng kế hoạch, chương trình công tác năm"),
    Row("1.3", "1", K.POINTS, 5, "Chất lượng, tiến độ văn bản tham mưu"),
    Row("2", "I", K.SECTION, 25, "Thực hiện nhiệm vụ chuyên môn"),
    Row("2.1", "2", K.POINTS, 10, "Hoàn thành các chỉ tiêu, nhiệm vụ được giao trong năm"),
    Row(
        "2.2",
        "2",
        K.QUANTITATIVE,
        5,
        "Tỉ lệ hồ sơ, thủ tục hành chính giải quyết đúng hạn (chỉ tiêu 95 %)",
        (("target", 9500), ("higher_is_better", True)),
    ),
    Row("2.3", "2", K.POINTS, 5, "Triển khai chương trình, chính sách thuộc lĩnh vực"),
    Row(
        "2.4",
        "2",
        K.PER_OCCURRENCE,
        5,
        "Sáng kiến, giải pháp được công nhận (1 điểm mỗi sáng kiến)",
        (("points_per_occurrence", 100),),
    ),
    Row("3", "I", K.SECTION, 10, "Cải cách hành chính, chuyển đổi số"),
    Row("3.1", "3", K.PASS_FAIL, 4, "Duy trì hệ thống quản lý chất lượng ISO 9001:2015"),
    Row("3.2", "3", K.POINTS, 3, "Ứng dụng công nghệ thông tin, chuyển đổi số"),
    Row("3.3", "3", K.POINTS, 3, "Cung cấp dịch vụ công trực tuyến"),
    Row("II", None, K.SECTION, 25, "Công tác thi đua, khen thưởng và hoạt động của cụm"),
    Row("4", "II", K.SECTION, 10, "Tổ chức phong trào thi đua"),
    Row("4.1", "4", K.POINTS, 3, "Ban hành kế hoạch, phát động phong trào thi đua"),
    Row("4.2", "4", K.PASS_FAIL, 2, "Ký kết giao ước thi đua"),
    Row("4.3", "4", K.POINTS, 5, "Sơ kết, tổng kết, nhân rộng điển hình tiên tiến"),
    Row("5", "II", K.SECTION, 15, "Tham gia hoạt động của cụm"),
    Row("5.1", "5", K.POINTS, 5, "Tham dự đầy đủ hội nghị, hoạt động của cụm"),
    Row("5.2", "5", K.POINTS, 5, "Gửi báo cáo, hồ sơ đúng thời hạn"),
    Row("5.3", "5", K.POINTS, 5, "Phối hợp kiểm tra chéo, trao đổi kinh nghiệm"),
    Row("III", None, K.SECTION, 25, "Xây dựng cơ quan, tổ chức"),
    Row("6", "III", K.SECTION, 10, "Xây dựng Đảng, đoàn thể"),
    Row("6.1", "6", K.POINTS, 5, "Tổ chức đảng hoàn thành tốt nhiệm vụ trở lên"),
    Row("6.2", "6", K.POINTS, 5, "Tổ chức đoàn thể vững mạnh"),
    Row("7", "III", K.SECTION, 15, "Quản lý cán bộ, tài chính, tài sản"),
    Row("7.1", "7", K.POINTS, 5, "Thực hiện quy chế dân chủ ở cơ sở"),
    Row("7.2", "7", K.POINTS, 5, "Thực hành tiết kiệm, chống lãng phí"),
    Row("7.3", "7", K.POINTS, 5, "Phòng, chống tham nhũng, tiêu cực"),
    Row("T1", None, K.BONUS, 2, "Điểm thưởng: mô hình mới, cách làm hay được cấp trên ghi nhận"),
    Row("T2", None, K.BONUS, 1, "Điểm thưởng: đăng cai hoạt động chung của cụm"),
    Row("Đ1", None, K.DEDUCTION, 5, "Điểm trừ: có cán bộ, công chức bị kỷ luật"),
    Row("Đ2", None, K.DEDUCTION, 2, "Điểm trừ: chậm gửi báo cáo, hồ sơ theo yêu cầu của cụm"),
)

SETTINGS = {
    "UBDT-C4": rules.RegulationSettings(
        combine=rules.CombineMethod.HEAD_ELSE_PEER_MEAN,
        tie_breaks=(
            rules.TieBreak.section("I"),
            rules.TieBreak(rules.TieBreakKind.FEWER_DEDUCTIONS),
            rules.TieBreak(rules.TieBreakKind.VOTES),
        ),
        quotas=rules.AwardQuotas(flag_count=1, merit_certificates=2),
    ),
    "VHTTDL-C4": rules.RegulationSettings(
        combine=rules.CombineMethod.HEAD_ELSE_PEER_MEAN,
        tie_breaks=(
            rules.TieBreak.section("I"),
            rules.TieBreak(rules.TieBreakKind.FEWER_DEDUCTIONS),
        ),
        quotas=rules.AwardQuotas(flag_count=0, merit_certificates=2),
    ),
}

# How strong each unit's 2024 was (share of the maximum its peers grant on average).
STRENGTH = {
    "BDT-DLK": 0.955,
    "BDT-PY": 0.93,
    "BDT-BDI": 0.91,
    "BDT-LD": 0.895,
    "BDT-GL": 0.885,
    "BDT-KH": 0.87,
    "BDT-KT": 0.86,
    "BDT-DNO": 0.845,
    "VHTTDL-LS": 0.95,
    "VHTTDL-TQ": 0.93,
    "VHTTDL-CB": 0.905,
    "VHTTDL-HG": 0.885,
    "VHTTDL-BK": 0.87,
}
BONUS_T1 = {"BDT-DLK", "BDT-PY", "VHTTDL-LS"}
DEDUCTIONS = {"BDT-KT": ("Đ1", 200), "BDT-DNO": ("Đ2", 65), "VHTTDL-BK": ("Đ2", 50)}
HEAD_REVIEWED = ("2.1", "4.3")  # rows the head re-checked for every unit
SELF_OPTIMISM = 0.04
# What a unit wrote with its self-score (the return's explanation and evidence columns)
EXPLAINED = {
    ("BDT-DLK", "2.1"): (
        "Hoàn thành 100 % chỉ tiêu được giao; giải ngân vốn Chương trình 1719 đạt 98 %",
        "Báo cáo số 112/BC-BDT ngày 05/12/2024 (ví dụ)",
    ),
    ("BDT-DLK", "3.1"): ("", "Giấy chứng nhận ISO 9001:2015 còn hiệu lực đến 2026 (ví dụ)"),
}
STEP = 25  # scores are given in quarter points


def _spread(code: str, salt: str) -> float:
    """A stable pseudo-random number in [0, 1) from a row code and a salt."""
    return (zlib.crc32(f"{code}|{salt}".encode()) % 1000) / 1000


def _points(maximum: int, share: float) -> int:
    share = max(0.0, min(1.0, share))
    return min(maximum, round(maximum * share / STEP) * STEP)


def build_table(session: Session, year_uuid: UUID, year: int) -> tables.TableInfo:
    """Create the example table for a cluster-year."""
    table = tables.create_table(
        session,
        year_uuid,
        declared_total=100_00,
        title=f"Bảng chấm điểm thi đua năm {year} (ví dụ minh họa)",
        is_example=True,
    )
    return table_edit.add_rows(
        session,
        table.uuid,
        [
            table_edit.NewRow(
                tables.CriterionFields(
                    code=row.code,
                    title=row.title,
                    kind=row.kind,
                    max_points=round(row.points * 100),
                    params=dict(row.params),
                ),
                parent_code=row.parent,
            )
            for row in TABLE
        ],
    )


def _value(row: tables.CriterionInfo, unit_code: str, share: float) -> int | None:
    strength = STRENGTH[unit_code]
    if row.kind is K.PASS_FAIL:
        return row.max_points
    if row.kind is K.PER_OCCURRENCE:
        return max(1, round(strength * 6) - 1)
    if row.kind is K.QUANTITATIVE:
        return 9000 + round(strength * 1000 / 5) * 5
    if row.kind is K.BONUS:
        if row.code == "T1" and unit_code in BONUS_T1:
            return row.max_points
        return None
    if row.kind is K.DEDUCTION:
        code, amount = DEDUCTIONS.get(unit_code, ("", 0))
        return amount if code == row.code else None
    return _points(row.max_points, share)


def score_year(session: Session, year_uuid: UUID, table: tables.TableInfo) -> None:
    """Self, peer and head scores for every member, every leaf."""
    info = years.load(session, year_uuid)
    members = [(m.unit.uuid, m.unit.code) for m in info.memberships]
    head, deputy = info.head, info.deputy
    inputs: list[scores.ScoreInput] = []
    for assessed_uuid, assessed_code in members:
        strength = STRENGTH[assessed_code]
        for row in table.leaves():
            for scorer_uuid, scorer_code in members:
                if scorer_uuid == assessed_uuid:
                    role = rules.ScorerRole.SELF
                    share = strength + SELF_OPTIMISM
                else:
                    role = rules.ScorerRole.PEER
                    share = strength + (_spread(row.code, scorer_code + assessed_code) - 0.5) / 20
                value = _value(row, assessed_code, share)
                texts = ("", "")
                if role is rules.ScorerRole.SELF:
                    texts = EXPLAINED.get((assessed_code, row.code), texts)
                if value is not None:
                    inputs.append(
                        scores.ScoreInput(scorer_uuid, assessed_uuid, row.uuid, role, value, *texts)
                    )
            # the head reviews the others; the deputy reviews the head (the regulation's rule)
            reviewer = deputy if head is not None and assessed_uuid == head.uuid else head
            if reviewer is not None and row.code in HEAD_REVIEWED:
                value = _value(row, assessed_code, strength - 0.01)
                note = "Thẩm định lại theo hồ sơ minh chứng"
                inputs.append(
                    scores.ScoreInput(
                        reviewer.uuid, assessed_uuid, row.uuid, rules.ScorerRole.HEAD, value, note
                    )
                )
    scores.set_scores(session, year_uuid, inputs, source=DEMO_SOURCE)


def propose(session: Session, year_uuid: UUID) -> None:
    """Proposals from the ranking; the conference votes on them (``demo.cycle``)."""
    proposals.from_suggestions(session, year_uuid)


def build_scoring(session: Session, cluster_code: str) -> None:
    """Table, settings, scores, lock and proposals for 2024; a copied table for 2025."""
    y2024 = years.get_year(session, cluster_code, 2024)
    y2025 = years.get_year(session, cluster_code, 2025)
    table = build_table(session, y2024.uuid, 2024)
    regulation.set_settings(session, y2024.uuid, SETTINGS[cluster_code])
    score_year(session, y2024.uuid, table)
    locking.lock_year(session, y2024.uuid)
    propose(session, y2024.uuid)
    tables.copy_table(session, y2024.uuid, y2025.uuid)
    regulation.set_settings(session, y2025.uuid, SETTINGS[cluster_code])
