"""The reorganisation from the command line: ``info --on``, events, and 2024 left as it was."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from emudesk.cli import EXIT_OK, EXIT_REFUSED
from tests.test_cli import run

PAPERS_2024 = (
    ("minutes", "pdf"),
    ("year-summary", "pdf"),
    ("export-results", "xlsx"),
    ("export-proposals", "xlsx"),
)


@pytest.fixture
def full_demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    db = str(tmp_path / "full.sqlite")
    assert run(capsys, "--db", db, "demo")[0] == EXIT_OK
    return db


def test_info_on_a_date(full_demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--language", "en", "--db", full_demo, "info", "--on", "2025-12-31")
    assert code == EXIT_OK
    ubdt = out.split("VHTTDL-C4")[0]
    assert "UBDT-C4  Cụm thi đua số 4 — Bộ Dân tộc và Tôn giáo" in ubdt
    assert "head Sở DTTG Đắk Lắk, deputy Sở DTTG Gia Lai; 5 member units" in ubdt
    for province in ("Đắk Lắk", "Gia Lai", "Lâm Đồng", "Khánh Hòa", "Quảng Ngãi"):
        assert f"Sở Dân tộc và Tôn giáo tỉnh {province}" in ubdt
    assert "Phú Yên" not in ubdt
    code, out, _ = run(capsys, "--language", "en", "--db", full_demo, "info", "--on", "2024-12-31")
    ubdt = out.split("VHTTDL-C4")[0]
    assert "— Ủy ban Dân tộc" in ubdt
    assert "head Ban Dân tộc Đắk Lắk, deputy Ban Dân tộc Phú Yên; 8 member units" in ubdt
    assert ubdt.count("Ban Dân tộc tỉnh") == 8
    code, out, _ = run(capsys, "--db", full_demo, "info", "--on", "31/13/2025")
    assert code != EXIT_OK


def test_events_from_the_command_line(full_demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", full_demo, "events", "--cluster", "VHTTDL-C4")
    assert code == EXIT_OK and "202/2025/QH15" in out and "Hà Giang" in out
    code, out, _ = run(
        capsys, "--language", "en", "--db", full_demo, "event", "merge", "--unit", "VHTTDL-CB",
        "--into", "VHTTDL-LS", "--on", "01/10/2025", "--dry-run",
    )  # fmt: skip
    assert code == EXIT_OK and "VHTTDL-C4/2025" in out and "Nothing was changed" in out
    code, out, _ = run(
        capsys, "--db", full_demo, "event", "rename", "--unit", "VHTTDL-CB",
        "--name", "Sở Văn hóa và Thể thao tỉnh Cao Bằng", "--on", "2025-10-01",
        "--decision", "12/QĐ-UBND",
    )  # fmt: skip
    assert code == EXIT_OK
    code, out, _ = run(capsys, "--db", full_demo, "info", "--on", "2025-09-30", "VHTTDL")
    assert "Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng" in out
    code, out, _ = run(capsys, "--db", full_demo, "info", "--on", "2025-10-01", "VHTTDL")
    assert "Sở Văn hóa và Thể thao tỉnh Cao Bằng" in out
    code, _, err = run(
        capsys, "--db", full_demo, "event", "leave", "--unit", "VHTTDL-TQ",
        "--cluster", "VHTTDL-C4", "--on", "2025-10-01",
    )  # fmt: skip
    assert code == EXIT_REFUSED and "Traceback" not in err


def _text(path: Path) -> str:
    if path.suffix == ".pdf":
        return subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
        ).stdout
    import openpyxl

    book = openpyxl.load_workbook(path)
    return "\n".join(
        sorted(str(row) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True))
    )


def test_2024_is_unchanged_by_the_2025_events(
    full_demo: str, demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plain = str(demo_path)  # the demo as 2025 began, without the reorganisation
    seen: dict[tuple[str, str], str] = {}
    for cluster in ("UBDT-C4", "VHTTDL-C4"):
        args = ("ranking", "--cluster", cluster, "--year", "2024", "--format", "csv")
        before = run(capsys, "--db", plain, *args)
        after = run(capsys, "--db", full_demo, *args)
        assert before[0] == after[0] == EXIT_OK
        assert before[1] == after[1]
        for command, suffix in PAPERS_2024:
            texts = []
            for name, db in (("plain", plain), ("full", full_demo)):
                out = tmp_path / f"{name}-{cluster}-{command}.{suffix}"
                given = ("--cluster", cluster, "--year", "2024", "--out", str(out))
                assert run(capsys, "--db", db, command, *given)[0] == EXIT_OK
                texts.append(_text(out))
            assert texts[0] == texts[1], (cluster, command)
            seen[cluster, command] = texts[1]
    assert "ỦY BAN DÂN TỘC" in seen["UBDT-C4", "year-summary"]
    assert "Ban Dân tộc tỉnh Phú Yên" in seen["UBDT-C4", "minutes"]
