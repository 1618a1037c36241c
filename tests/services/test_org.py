"""Issuers, clusters, units and years through the services, including every refusal."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata

import pytest
from sqlalchemy import select

from emudesk.db import Database
from emudesk.errors import (
    ConcurrentEditError,
    ConflictError,
    InUseError,
    NotFoundError,
    ValidationError,
)
from emudesk.model import AuditEntry, SelectionMethod
from emudesk.services.organisation import clusters, issuers, search, units, years
from tests.conftest import UBDT_PROVINCES, dump


def _unit(session, code: str, name: str, year: int = 2024) -> units.UnitInfo:
    return units.create_unit(
        session, units.UnitFields(code=code), official_name=name, from_year=year
    )


def test_create_cluster_with_units_and_year(db: Database) -> None:
    with db.session() as s:
        issuer = issuers.create_issuer(
            s, issuers.IssuerFields(name="Bộ Văn hóa, Thể thao và Du lịch")
        )
        cluster = clusters.create_cluster(
            s,
            clusters.ClusterFields(
                code="vh-c4",
                name="Cụm thi đua số 4",
                issuer_uuid=issuer.uuid,
                number=4,
                founding_decision_date=dt.date(2024, 7, 8),
            ),
        )
        a = _unit(s, "LS", "Sở VHTTDL Lạng Sơn")
        b = _unit(s, "TQ", "Sở VHTTDL Tuyên Quang")
        year = years.create_year(
            s,
            cluster.uuid,
            2024,
            [a.uuid, b.uuid],
            leadership=years.Leadership(a.uuid, b.uuid, SelectionMethod.ROTATION),
        )
    assert cluster.code == "VH-C4"
    assert year.head is not None and year.head.code == "LS"
    assert [m.code for m in year.members] == ["LS", "TQ"]
    with db.session() as s:
        actions = [e.action for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert actions == ["create"] * 5


def test_text_is_stored_nfc(db: Database) -> None:
    decomposed = unicodedata.normalize("NFD", "  Ban Dân tộc  tỉnh Đắk Lắk ")
    with db.session() as s:
        unit = _unit(s, "DLK", decomposed)
    assert unit.official_name == "Ban Dân tộc tỉnh Đắk Lắk"
    assert unicodedata.is_normalized("NFC", unit.official_name)


@pytest.mark.parametrize(
    ("code", "name", "message"),
    [
        ("X1", "", "không được để trống"),
        ("X1", "   ", "không được để trống"),
        ("X1", "A" * 301, "quá dài"),
        ("", "Tên", "không được để trống"),
        ("Đ-1", "Tên", "chỉ được gồm chữ cái"),
    ],
)
def test_bad_unit_input_is_refused(db: Database, code: str, name: str, message: str) -> None:
    before = dump(db)
    with db.session() as s, pytest.raises(ValidationError, match=message):
        _unit(s, code, name)
    assert dump(db) == before


def test_duplicate_codes_are_refused(demo_db: Database) -> None:
    before = dump(demo_db)
    with demo_db.session() as s:
        issuer = issuers.list_issuers(s)[0]
        with pytest.raises(ConflictError, match="VHTTDL-C4"):
            clusters.create_cluster(
                s, clusters.ClusterFields(code="vhttdl-c4", name="X", issuer_uuid=issuer.uuid)
            )
        with pytest.raises(ConflictError, match="BDT-PY"):
            _unit(s, "bdt-py", "Trùng mã")
        with pytest.raises(ConflictError, match="Ủy ban Dân tộc"):
            issuers.create_issuer(s, issuers.IssuerFields(name="ỦY BAN DÂN TỘC"))
    assert dump(demo_db) == before


def _year(s, code: str, year: int) -> years.YearInfo:
    return years.get_year(s, code, year)


def test_head_equal_to_deputy_is_refused(demo_db: Database) -> None:
    before = dump(demo_db)
    with demo_db.session() as s:
        y = _year(s, "UBDT-C4", 2024)
        head = y.head
        assert head is not None
        with pytest.raises(ValidationError, match="hai đơn vị khác nhau"):
            years.update_year(
                s,
                y.uuid,
                [m.uuid for m in y.members],
                leadership=years.Leadership(head.uuid, head.uuid),
            )
    assert dump(demo_db) == before


def test_head_must_be_a_member(demo_db: Database) -> None:
    before = dump(demo_db)
    with demo_db.session() as s:
        y = _year(s, "UBDT-C4", 2024)
        outsider = units.find(s, "VHTTDL-LS")
        with pytest.raises(ValidationError, match="không phải thành viên năm 2024"):
            years.update_year(
                s,
                y.uuid,
                [m.uuid for m in y.members],
                leadership=years.Leadership(outsider.uuid, None),
            )
    assert dump(demo_db) == before


@pytest.mark.parametrize("bad_year", [1999, 2101, 0])
def test_year_out_of_range(demo_db: Database, bad_year: int) -> None:
    before = dump(demo_db)
    with demo_db.session() as s, pytest.raises(ValidationError, match=str(bad_year)):
        years.create_year(s, "UBDT-C4", bad_year, [])
    assert dump(demo_db) == before


def test_duplicate_year_refused(demo_db: Database) -> None:
    with demo_db.session() as s, pytest.raises(ConflictError, match="2025"):
        years.create_year(s, "UBDT-C4", 2025, [])


def test_rename_keeps_history(demo_db: Database) -> None:
    with demo_db.session() as s:
        ha_giang = units.find(s, "VHTTDL-HG")
        units.rename_unit(
            s,
            ha_giang.uuid,
            from_year=2025,
            official_name="Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Giang (mới)",
        )
        old = _year(s, "VHTTDL-C4", 2024)
        new = _year(s, "VHTTDL-C4", 2025)
    assert "Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Giang" in [m.name for m in old.members]
    assert "Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Giang (mới)" in [m.name for m in new.members]


def test_merge_moves_later_memberships(demo_db: Database) -> None:
    with demo_db.session() as s:
        ha_giang = units.find(s, "VHTTDL-HG")
        tuyen_quang = units.find(s, "VHTTDL-TQ")
        merged = units.merge_unit(s, ha_giang.uuid, tuyen_quang.uuid, year=2025)
        y2024 = _year(s, "VHTTDL-C4", 2024)
        y2025 = _year(s, "VHTTDL-C4", 2025)
    assert merged.successor_code == "VHTTDL-TQ" and merged.merged_on == dt.date(2025, 1, 1)
    assert "VHTTDL-HG" in [m.code for m in y2024.members]
    assert [m.code for m in y2025.members].count("VHTTDL-TQ") == 1
    assert "VHTTDL-HG" not in [m.code for m in y2025.members]


def test_merge_into_itself_and_circles_refused(demo_db: Database) -> None:
    with demo_db.session() as s:
        a = units.find(s, "BDT-PY")
        b = units.find(s, "BDT-DLK")
        before = dump(demo_db)
        with pytest.raises(ValidationError, match="chính nó"):
            units.merge_unit(s, a.uuid, a.uuid, year=2026)
        assert dump(demo_db) == before
        units.merge_unit(s, a.uuid, b.uuid, year=2026)
        before = dump(demo_db)
        with pytest.raises(ValidationError):
            units.merge_unit(s, b.uuid, a.uuid, year=2027)
        assert dump(demo_db) == before


def test_merged_unit_cannot_join_later_year(demo_db: Database) -> None:
    with demo_db.session() as s:
        a = units.find(s, "BDT-PY")
        b = units.find(s, "BDT-DLK")
        units.merge_unit(s, a.uuid, b.uuid, year=2026)
        with pytest.raises(ValidationError, match="sáp nhập"):
            years.create_year(s, "UBDT-C4", 2026, [a.uuid, b.uuid])


def test_remove_unit_with_history_refused(demo_db: Database) -> None:
    before = dump(demo_db)
    with demo_db.session() as s:
        unit = units.find(s, "BDT-GL")
        with pytest.raises(InUseError, match="lịch sử"):
            units.remove_unit(s, unit.uuid)
    assert dump(demo_db) == before


def test_remove_unused_unit_and_empty_cluster(demo_db: Database) -> None:
    with demo_db.session() as s:
        unit = _unit(s, "NEW", "Đơn vị gõ nhầm")
        units.remove_unit(s, unit.uuid)
        with pytest.raises(NotFoundError):
            units.get_unit(s, unit.uuid)
        cluster = clusters.get_cluster(s, "UBDT-C4")
        with pytest.raises(InUseError, match="2 năm"):
            clusters.remove_cluster(s, cluster.uuid)
        issuer = issuers.create_issuer(s, issuers.IssuerFields(name="Bộ Y tế"))
        issuers.remove_issuer(s, issuer.uuid)
        assert "Bộ Y tế" not in [i.name for i in issuers.list_issuers(s)]


def test_stale_edit_is_refused_with_who_changed_it(demo_db: Database) -> None:
    with demo_db.session() as s:
        cluster = clusters.get_cluster(s, "UBDT-C4")
        edited = dataclasses.replace(cluster.fields, notes="Sửa bởi máy A")
        clusters.update_cluster(s, cluster.uuid, edited, expected_version=cluster.version)
        stale = dataclasses.replace(cluster.fields, notes="Sửa bởi máy B")
        before = dump(demo_db)
        with pytest.raises(ConcurrentEditError, match="vừa được"):
            clusters.update_cluster(s, cluster.uuid, stale, expected_version=cluster.version)
        assert dump(demo_db) == before


def test_update_without_change_records_nothing(demo_db: Database) -> None:
    with demo_db.session() as s:
        cluster = clusters.get_cluster(s, "UBDT-C4")
        before = dump(demo_db)
        clusters.update_cluster(s, cluster.uuid, cluster.fields, expected_version=cluster.version)
    assert dump(demo_db) == before


def test_search_ignores_diacritics(demo_db: Database) -> None:
    with demo_db.session() as s:
        dak_lak = search.search(s, "dak lak")
        dak_nong = search.search(s, "DAK NONG")
        cluster_hits = search.search(s, "ubdt-c4")
    assert [h.title for h in dak_lak] == ["Ban Dân tộc tỉnh Đắk Lắk"]
    assert [h.title for h in dak_nong] == ["Ban Dân tộc tỉnh Đắk Nông"]
    assert cluster_hits[0].kind is search.HitKind.CLUSTER


def test_units_sort_in_vietnamese_order(demo_db: Database) -> None:
    with demo_db.session() as s:
        names = [u.province for u in units.list_units(s, query="ban dan toc")]
    assert names == UBDT_PROVINCES


def test_find_unit_by_part_of_name(demo_db: Database) -> None:
    with demo_db.session() as s:
        assert units.find(s, "binh dinh").code == "BDT-BDI"
        with pytest.raises(ValidationError, match="nhiều đơn vị"):
            units.find(s, "dak")
        with pytest.raises(NotFoundError):
            units.find(s, "Hà Nội")


def test_overview_lists_what_remains(demo_db: Database) -> None:
    with demo_db.session() as s:
        y2025 = _year(s, "UBDT-C4", 2025)
        overview = years.overview(s, y2025.uuid)
    keys = [t.key for t in overview.todo]
    assert "decision" in keys and "election" in keys and "head" not in keys


def test_two_instances_on_one_database_never_lose_an_update(demo_db: Database) -> None:
    # GIVEN two program instances (two engines) on the same database — a shared file or the
    # PostgreSQL server — both showing the cluster
    from emudesk.db import open_database

    other = open_database(demo_db.url)
    try:
        with demo_db.session() as a, other.session() as b:
            seen_by_a = clusters.get_cluster(a, "UBDT-C4")
            seen_by_b = clusters.get_cluster(b, "UBDT-C4")
            # WHEN A saves first
            clusters.update_cluster(
                a,
                seen_by_a.uuid,
                dataclasses.replace(seen_by_a.fields, notes="Sửa ở máy A"),
                expected_version=seen_by_a.version,
            )
            before = dump(demo_db)
            # THEN B's save of what it saw is refused, naming who changed it meanwhile
            with pytest.raises(ConcurrentEditError, match="vừa được"):
                clusters.update_cluster(
                    b,
                    seen_by_b.uuid,
                    dataclasses.replace(seen_by_b.fields, notes="Sửa ở máy B"),
                    expected_version=seen_by_b.version,
                )
        assert dump(demo_db) == before
        with other.session() as b:
            assert clusters.get_cluster(b, "UBDT-C4").fields.notes == "Sửa ở máy A"
    finally:
        other.dispose()
