"""The exchange commands: export-forms, import, export-results, export-proposals, lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from emudesk.cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE
from emudesk.db import Database
from emudesk.exchange.formdata import COL_MAX, COL_SELF
from tests.conftest import dump
from tests.exchange.corpus import (  # noqa: F401 - fixtures
    Forms,
    exported_fixture,
    form_name,
    forms_fixture,
    set_cell,
    vietnamese_fixture,
)
from tests.test_cli import run

pytestmark = pytest.mark.usefixtures("vietnamese")

PY = form_name()


def test_export_forms_refuses_a_locked_year_then_writes_eight(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bieu"
    out.mkdir()
    args = ["--db", str(demo_path), "export-forms", "--cluster", "UBDT-C4", "--year"]
    code, _, err = run(capsys, *args, "2024", "--out", str(out))
    assert code == EXIT_REFUSED and "Điểm của UBDT-C4 năm 2024 đã khóa" in err
    assert list(out.iterdir()) == []
    code, stdout, _ = run(capsys, *args, "2025", "--out", str(out), "--deadline", "15/12/2025")
    assert code == EXIT_OK and stdout.splitlines()[-1] == "Đã ghi 8 biểu."
    assert len(list(out.glob("UBDT-C4_2025_*.xlsx"))) == 8
    code, _, err = run(capsys, *args, "2025", "--out", str(out), "--deadline", "2025-12-15")
    assert code == EXIT_USAGE and "không phải là ngày theo dạng NN/TT/NNNN" in err


def test_export_forms_creates_an_output_folder_that_does_not_exist_yet(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--db", str(demo_path), "export-forms", "--cluster", "UBDT-C4", "--year"]
    # GIVEN a locked year WHEN its forms are asked into a new folder THEN no folder is made
    refused = tmp_path / "2024" / "bieu"
    code, _, _err = run(capsys, *args, "2024", "--out", str(refused))
    assert code == EXIT_REFUSED and not (tmp_path / "2024").exists()
    # WHEN the forms of 2025 go to a folder two levels deep that does not exist yet
    out = tmp_path / "gui-don-vi" / "2025"
    code, stdout, _ = run(capsys, *args, "2025", "--out", str(out))
    # THEN it is created and holds the eight forms
    assert code == EXIT_OK and stdout.splitlines()[-1] == "Đã ghi 8 biểu."
    assert len(list(out.glob("UBDT-C4_2025_*.xlsx"))) == 8
    # AND a file standing where the folder should be is refused in words
    blocked = tmp_path / "tep"
    blocked.write_text("x", encoding="utf-8")
    code, _, err = run(capsys, *args, "2025", "--out", str(blocked / "bieu"))
    assert code == EXIT_REFUSED and "Không tạo được thư mục" in err


def test_import_one_change_then_again_no_change(
    forms: Forms, capsys: pytest.CaptureFixture[str]
) -> None:
    path = forms.path()
    set_cell(path, "1.1", COL_SELF, 5)
    db = str(forms.db.path)
    code, stdout, _ = run(capsys, "--db", db, "import", "--dry-run", str(path))
    assert code == EXIT_OK
    assert stdout.splitlines() == [
        f"{PY} — Ban Dân tộc Phú Yên, 2024: 0 mới, 1 thay đổi, 171 không đổi",
        "  • 1.1 · Ban Dân tộc Phú Yên (tự chấm): 4,75 → 5,00",
        "Chạy thử: không lưu gì.",
    ]
    code, _, err = run(capsys, "--db", db, "import", "--cluster", "UBDT-C4", str(path))
    assert code == EXIT_REFUSED and "Cần ghi cả --cluster và --year." in err
    code, stdout, _ = run(
        capsys, "--db", db, "import", "--cluster", "UBDT-C4", "--year", "2024", str(path)
    )
    assert code == EXIT_OK
    assert f"{PY}: đã lưu 1 điểm." in stdout and "Bản sao lưu trước khi nhập: " in stdout
    code, stdout, _ = run(capsys, "--db", db, "import", str(path))
    assert code == EXIT_OK
    assert stdout.splitlines() == [
        f"{PY} — Ban Dân tộc Phú Yên, 2024: không có thay đổi",
        "Không có thay đổi nào để lưu.",
    ]


def test_a_changed_locked_maximum_is_refused_with_status_3(
    forms: Forms, capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN every return, Phú Yên's with a score changed AND a locked maximum changed
    paths = forms.all_2024()
    set_cell(forms.folder / PY, "1.1", COL_SELF, 5)
    cell = set_cell(forms.folder / PY, "2.1", COL_MAX, 20)
    before = dump(forms.db)
    # WHEN imported THEN status 3, the report names the cell, and nothing is stored
    code, stdout, err = run(capsys, "--db", str(forms.db.path), "import", *map(str, paths))
    assert code == EXIT_REFUSED
    assert f"{PY} — Ban Dân tộc Phú Yên, 2024: BỊ TỪ CHỐI (1 lỗi)" in stdout
    assert (
        f"  • {PY}, ô {cell}: điểm tối đa của tiêu chí 2.1 đã bị sửa thành 20,00 (biểu gốc: "
        "10,00); không được sửa các ô đã khóa."
    ) in stdout.splitlines()
    assert "emudesk: 1 tệp bị từ chối; không nhập gì." in err
    assert dump(forms.db) == before


def test_per_file_imports_the_good_files_and_still_reports_3(
    forms: Forms, capsys: pytest.CaptureFixture[str]
) -> None:
    good, bad = forms.path(), forms.path("BDT-DLK")
    set_cell(good, "1.1", COL_SELF, 5)
    set_cell(bad, "1.1", COL_SELF, "năm")
    db = str(forms.db.path)
    code, stdout, err = run(capsys, "--db", db, "import", "--per-file", str(good), str(bad))
    assert code == EXIT_REFUSED
    assert f"{PY}: đã lưu 1 điểm." in stdout
    assert "emudesk: 1 tệp không được nhập." in err
    code, stdout, _ = run(capsys, "--db", db, "import", str(good))
    assert code == EXIT_OK and "không có thay đổi" in stdout


def test_results_and_proposals_workbooks(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for command, name in (("export-results", "kq.xlsx"), ("export-proposals", "dn.xlsx")):
        target = tmp_path / name
        code, stdout, _ = run(
            capsys,
            "--db",
            str(demo_path),
            command,
            "--cluster",
            "UBDT-C4",
            "--year",
            "2024",
            "--out",
            str(target),
        )
        assert code == EXIT_OK and stdout.strip() == f"Đã ghi: {target}"
        assert target.stat().st_size > 0


def test_import_units_dry_run_then_commit(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    ws = workbook.active
    assert ws is not None
    ws.append(["Mã đơn vị", "Tên đơn vị", "Tên viết tắt"])
    ws.append(["BDT-KT", "Ban Dân tộc tỉnh Kon Tum", "Ban Dân tộc Kon Tum"])
    path = tmp_path / "dv.xlsx"
    workbook.save(path)
    args = ["--db", str(db.path), "import-units", str(path), "--from-year", "2024"]
    code, stdout, _ = run(capsys, *args, "--dry-run")
    assert code == EXIT_OK
    assert stdout.splitlines() == [
        "   2  new       BDT-KT  Ban Dân tộc tỉnh Kon Tum",
        "1 mới, 0 thay đổi, 0 không đổi, 0 bị từ chối.",
        "Chạy thử: không lưu gì.",
    ]
    assert run(capsys, *args)[0] == EXIT_OK
    code, stdout, _ = run(capsys, *args)
    assert "0 mới, 0 thay đổi, 1 không đổi, 0 bị từ chối." in stdout
