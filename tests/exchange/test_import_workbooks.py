"""Other workbooks: results and proposals out (read back by calamine); units and tables in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from python_calamine import CalamineWorkbook

from emudesk.db import Database
from emudesk.errors import FileFormatError, ValidationError
from emudesk.services.cycle import proposals
from emudesk.services.exchange import list_import, result_export
from emudesk.services.organisation import units, years
from emudesk.services.scoring import ranking, tables
from tests.conftest import dump
from tests.exchange.corpus import CLUSTER, vietnamese_fixture  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("vietnamese")


def read(path: Path, sheet: str) -> list[list[Any]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python()


def save(path: Path, rows: list[list[Any]]) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    ws = workbook.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    workbook.save(path)
    return path


def test_results_workbook_has_ranking_matrix_and_detail(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as session:
        year = years.get_year(session, CLUSTER, 2024)
        path = result_export.export_results(session, year.uuid, tmp_path / "ket-qua.xlsx")
        report = ranking.compute(session, year.uuid)
    names = CalamineWorkbook.from_path(str(path)).sheet_names
    assert names == ["Xếp hạng", "Điểm theo tiêu chí", "Chi tiết người chấm"]
    ranked = read(path, "Xếp hạng")
    assert ranked[0][0] == "KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA NĂM 2024"
    assert ranked[4][:3] == ["Hạng", "Đơn vị", "Mục I"]
    body = ranked[5 : 5 + len(report.rows)]
    assert [row[1] for row in body] == [r.unit.name for r in report.rows]
    total_column = ranked[4].index("Tổng điểm")
    assert [round(row[total_column] * 100) for row in body] == [r.total for r in report.rows]
    assert body[1][ranked[4].index("Căn cứ xếp hạng")] == report.rows[1].explanation
    assert any(str(row[0]).startswith("Đề nghị Cờ thi đua: ") for row in ranked)
    matrix = read(path, "Điểm theo tiêu chí")
    total_row = next(row for row in matrix if row[0] == "TỔNG ĐIỂM")
    assert sorted(round(v * 100) for v in total_row[3:]) == sorted(r.total for r in report.rows)
    detail = read(path, "Chi tiết người chấm")
    assert detail[4] == [
        "Đơn vị được chấm",
        "Mã",
        "Nội dung tiêu chí",
        "Đơn vị chấm",
        "Vai trò",
        "Giá trị nhập",
        "Ghi chú",
    ]
    roles = {row[4] for row in detail[5:]}
    assert roles == {"Tự chấm", "Chấm chéo", "Thẩm định"}


def test_proposal_list_in_the_issuers_columns(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.session() as session:
        year = years.get_year(session, CLUSTER, 2024)
        path = result_export.export_proposals(session, year.uuid, tmp_path / "de-nghi.xlsx")
        listed = proposals.list_proposals(session, year.uuid)
    rows = read(path, "Danh sách đề nghị")
    assert rows[4] == [
        "STT",
        "Tên tập thể, cá nhân được đề nghị",
        "Hình thức khen thưởng",
        "Tóm tắt thành tích",
        "Tổng điểm",
        "Xếp hạng",
    ]
    body = rows[5 : 5 + len(listed)]
    assert [row[0] for row in body] == list(range(1, len(listed) + 1))
    assert [row[1] for row in body] == [p.nominee for p in listed]
    assert body[0][1] == "Ban Dân tộc tỉnh Đắk Lắk"
    assert [row[3] for row in body] == [p.reason for p in listed]
    assert [round(row[4] * 100) for row in body] == [p.total for p in listed]


def test_units_workbook_preview_then_commit(db: Database, tmp_path: Path) -> None:
    # GIVEN a list with a title above the table, its own column order and one bad row
    path = save(
        tmp_path / "don-vi.xlsx",
        [
            ["DANH SÁCH ĐƠN VỊ THÀNH VIÊN"],
            [],
            ["STT", "Tên đơn vị", "Mã đơn vị", "Tên viết tắt", "Tỉnh", "Email"],
            [
                1,
                "Ban Dân tộc tỉnh Đắk Lắk",
                "BDT-DLK",
                "Ban Dân tộc Đắk Lắk",
                "Đắk Lắk",
                "bdt@x.vn",
            ],
            [2, "Ban Dân tộc tỉnh Phú Yên", "BDT-PY", "", "Phú Yên", "không-phải-email"],
            [],
        ],
    )
    before = dump(db)
    # WHEN previewed THEN the bad row is named and nothing is stored
    with db.session() as session:
        preview = list_import.import_units_workbook(session, path, from_year=2024)
    assert [(r.number, r.status) for r in preview.rows] == [(4, "new"), (5, "error")]
    assert preview.rows[1].message == (
        "don-vi.xlsx, hàng 5: “không-phải-email” không phải là địa chỉ thư điện tử."
    )
    assert not preview.committed and dump(db) == before
    with db.session() as session, pytest.raises(ValidationError, match="hàng 5"):
        list_import.import_units_workbook(session, path, from_year=2024, commit=True)
    assert dump(db) == before
    # WHEN the row is corrected and committed THEN both units exist; again: unchanged
    save(
        path,
        [["Mã đơn vị", "Tên đơn vị", "Tỉnh"], ["bdt-dlk", "Ban Dân tộc tỉnh Đắk Lắk", "Đắk Lắk"]],
    )
    with db.session() as session:
        done = list_import.import_units_workbook(session, path, from_year=2024, commit=True)
        assert done.committed and [r.status for r in done.rows] == ["new"]
        again = list_import.import_units_workbook(session, path, from_year=2024, commit=True)
        assert [r.status for r in again.rows] == ["unchanged"]
        # a list without the province column leaves the stored province alone
        save(path, [["Mã đơn vị", "Tên đơn vị", "Email"], ["BDT-DLK", "Ban Dân tộc", "a@b.vn"]])
        changed = list_import.import_units_workbook(session, path, from_year=2024, commit=True)
        assert [r.status for r in changed.rows] == ["changed"]
        (unit,) = units.list_units(session)
    assert (unit.code, unit.province, unit.email) == ("BDT-DLK", "Đắk Lắk", "a@b.vn")
    assert unit.official_name == "Ban Dân tộc tỉnh Đắk Lắk"  # names change by dated renames


def test_table_workbook_preview_then_commit(demo_db: Database, tmp_path: Path) -> None:
    # GIVEN a year without a table (VHTTDL-C4 2025 has a copied one: use a new cluster year)
    with demo_db.session() as session:
        cluster = years.get_year(session, "VHTTDL-C4", 2024)
        members = [m.uuid for m in cluster.members]
        year = years.create_year(session, "VHTTDL-C4", 2026, members)
    rows = [
        ["Mã", "Nội dung", "Loại", "Điểm tối đa", "Mã mục cha", "Điểm mỗi lần"],
        ["I", "Công tác chuyên môn", "Mục", 60, None, None],
        ["1.1", "Hoàn thành nhiệm vụ", "Điểm", "40", "I", None],
        ["1.2", "Sáng kiến", "Số lần", 20, "I", "2,5"],
        ["II", "Thi đua", "mục", 40, None, None],
        ["2.1", "Ký giao ước", "Đạt/không đạt", 40, "II", None],
        ["T1", "Điểm thưởng", "Điểm thưởng", 2, None, None],
    ]
    good = save(tmp_path / "bang-diem.xlsx", rows)
    bad = save(
        tmp_path / "sai.xlsx",
        [*rows[:3], ["1.3", "X", "Lạ", 5, "I", None], ["1.4", "Y", "Điểm", 5, "III", None]],
    )
    with demo_db.session() as session:
        preview = list_import.import_table_workbook(session, year.uuid, bad)
        assert preview.problems == [
            "sai.xlsx, hàng 4: loại tiêu chí “Lạ” không hợp lệ",
            "sai.xlsx, hàng 5: mục cha III không có ở các hàng phía trên",
        ]
        assert tables.get_table(session, year.uuid) is None
        ok = list_import.import_table_workbook(session, year.uuid, good)
        assert [r.status for r in ok.rows] == ["new"] * 6 and tables.get_table(
            session, year.uuid
        ) is None
        list_import.import_table_workbook(session, year.uuid, good, commit=True)
        table = tables.get_table(session, year.uuid)
    assert table is not None and table.problems == ()
    assert table.declared_total == 100_00
    assert [(c.code, c.kind.value, c.max_points) for c in table.criteria] == [
        ("I", "section", 6000),
        ("1.1", "points", 4000),
        ("1.2", "per_occurrence", 2000),
        ("II", "section", 4000),
        ("2.1", "pass_fail", 4000),
        ("T1", "bonus", 200),
    ]
    assert table.criteria[2].params == {"points_per_occurrence": 250}


def test_a_workbook_without_the_headings_is_named(db: Database, tmp_path: Path) -> None:
    path = save(tmp_path / "x.xlsx", [["Họ tên", "Chức vụ"], ["A", "B"]])
    with db.session() as session, pytest.raises(FileFormatError) as caught:
        list_import.import_units_workbook(session, path, from_year=2024)
    assert caught.value.message == (
        "x.xlsx: không tìm thấy hàng tiêu đề có các cột “Mã đơn vị”, “Tên đơn vị” trong 15 "
        "hàng đầu của trang tính thứ nhất."
    )
