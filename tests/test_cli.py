"""The headless commands: output, exit status, refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from emudesk.cli import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse: --version, wrong usage
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_info(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "d.sqlite")
    assert run(capsys, "--db", db, "demo")[0] == EXIT_OK
    code, out, _ = run(capsys, "--db", db, "info")
    assert code == EXIT_OK
    assert "VHTTDL-C4" in out and "UBDT-C4" in out
    assert "2024: cụm trưởng Sở VHTTDL Lạng Sơn, cụm phó Sở VHTTDL Tuyên Quang; 5 đơn vị" in out
    assert "2025: cụm trưởng Sở VHTTDL Tuyên Quang, cụm phó Sở VHTTDL Cao Bằng; 4 đơn vị" in out
    assert "2024: cụm trưởng Ban Dân tộc Đắk Lắk, cụm phó Ban Dân tộc Phú Yên; 8 đơn vị" in out
    assert "2025: cụm trưởng Sở DTTG Đắk Lắk, cụm phó Sở DTTG Gia Lai; 5 đơn vị" in out
    assert "441/QĐ-UBDT ngày 08/07/2024" in out


def test_demo_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "d.sqlite"
    run(capsys, "--db", str(db), "demo")
    before = db.read_bytes()
    code, _, err = run(capsys, "--db", str(db), "demo")
    assert code == EXIT_REFUSED and "--force" in err
    assert db.read_bytes() == before
    assert run(capsys, "--db", str(db), "demo", "--force")[0] == EXIT_OK


def test_refusal_has_status_3_and_no_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "x.sqlite"
    bogus.write_text("not a database")
    code, _, err = run(capsys, "--db", str(bogus), "info")
    assert code == EXIT_REFUSED
    assert "Traceback" not in err and "không phải là cơ sở dữ liệu emudesk" in err


def test_wrong_usage_has_status_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "no-such-command")[0] == EXIT_USAGE


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == EXIT_OK and out.startswith("emudesk ")


def test_backup_restore_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "d.sqlite")
    run(capsys, "--db", db, "demo")
    copy = str(tmp_path / "copy.sqlite")
    assert run(capsys, "--db", db, "backup", "--out", copy)[0] == EXIT_OK
    assert run(capsys, "--db", db, "restore", copy)[0] == EXIT_OK
    code, out, _ = run(capsys, "--db", db, "check")
    assert code == EXIT_OK and "không có lỗi" in out
    code, _, _ = run(capsys, "--db", db, "restore", str(tmp_path / "missing.sqlite"))
    assert code == EXIT_REFUSED


def test_environment_variable_chooses_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EMUDESK_DB", str(tmp_path / "env.sqlite"))
    assert run(capsys, "demo")[0] == EXIT_OK
    assert (tmp_path / "env.sqlite").exists()


def test_ranking_csv_on_the_demo(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "--db",
        str(demo_path),
        "ranking",
        "--cluster",
        "UBDT-C4",
        "--year",
        "2024",
        "--format",
        "csv",
    )
    assert code == EXIT_OK
    lines = out.splitlines()
    assert lines[0] == "rank,unit_code,unit_name,total,decided_by"
    assert lines[1] == "1,BDT-DLK,Ban Dân tộc tỉnh Đắk Lắk,98.12,total"
    assert lines[2].startswith("2,BDT-PY,Ban Dân tộc tỉnh Phú Yên,")
    assert lines[3].startswith("3,BDT-BDI,Ban Dân tộc tỉnh Bình Định,")
    assert all(line.rsplit(",", 1)[1] for line in lines[1:])
    assert lines[-1].endswith(",section:I")


def test_ranking_text_explains(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "--db", str(demo_path), "ranking", "--cluster", "vhttdl-c4", "--year", "2024"
    )
    assert code == EXIT_OK
    assert "Xếp hạng Cụm thi đua số 4 (VHTTDL-C4) năm 2024" in out
    assert "Sở VHTTDL Lạng Sơn trên Sở VHTTDL Tuyên Quang: tổng 97,75 so với 93,36" in out


def test_ranking_refusals(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(
        capsys, "--db", str(demo_path), "ranking", "--cluster", "NOPE", "--year", "2024"
    )
    assert code == EXIT_REFUSED and "NOPE" in err
    code, _, err = run(
        capsys, "--db", str(demo_path), "ranking", "--cluster", "UBDT-C4", "--year", "2030"
    )
    assert code == EXIT_REFUSED and "2030" in err
    code, _, err = run(
        capsys,
        "--db",
        str(demo_path),
        "scoresheet",
        "--cluster",
        "UBDT-C4",
        "--year",
        "2024",
        "--unit",
        "dak",
        "--out",
        "x.pdf",
    )
    assert code == EXIT_REFUSED and "nhiều đơn vị" in err
    code, _, err = run(
        capsys,
        "--db",
        str(demo_path),
        "scoresheet",
        "--cluster",
        "UBDT-C4",
        "--year",
        "2024",
        "--unit",
        "BDT-PY",
        "--out",
        "x.docx",
    )
    assert code == EXIT_REFUSED and ".docx" in err


def test_scoresheet_pdf_and_xlsx(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import subprocess

    from python_calamine import CalamineWorkbook

    for name in ("s.pdf", "s.xlsx"):
        target = tmp_path / name
        code, out, _ = run(
            capsys,
            "--db",
            str(demo_path),
            "scoresheet",
            "--cluster",
            "UBDT-C4",
            "--year",
            "2024",
            "--unit",
            "dak lak",
            "--out",
            str(target),
        )
        assert code == EXIT_OK and "Ban Dân tộc tỉnh Đắk Lắk" in out
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "s.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Ban Dân tộc tỉnh Đắk Lắk" in text and "98,12" in text
    rows = CalamineWorkbook.from_path(str(tmp_path / "s.xlsx")).get_sheet_by_index(0).to_python()
    assert any("Ban Dân tộc tỉnh Đắk Lắk" in str(cell) for row in rows for cell in row)


def test_messages_in_english_on_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN a file that is not a database
    bogus = tmp_path / "x.sqlite"
    bogus.write_text("not a database")
    try:
        # WHEN the command asks for English THEN the refusal and the help are English
        code, _, err = run(capsys, "--language", "en", "--db", str(bogus), "info")
        assert code == EXIT_REFUSED and "is not an emudesk database" in err
        _, out, _ = run(capsys, "--language", "en", "--help")
        assert "create the demo database" in out
        # AND EMUDESK_LANGUAGE does the same for every command
        monkeypatch.setenv("EMUDESK_LANGUAGE", "en")
        assert "is not an emudesk database" in run(capsys, "--db", str(bogus), "info")[2]
        # AND without either, Vietnamese as always
        monkeypatch.delenv("EMUDESK_LANGUAGE")
        assert "không phải là cơ sở dữ liệu emudesk" in run(capsys, "--db", str(bogus), "info")[2]
    finally:
        from emudesk import i18n

        i18n.set_language("vi")


def test_an_undecodable_argument_or_a_too_long_name_is_a_clear_refusal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "d.sqlite")
    assert run(capsys, "--db", db, "demo")[0] == EXIT_OK
    # GIVEN a cluster name typed in a terminal that is not UTF-8 (a stray byte)
    code, _, err = run(capsys, "--db", db, "ranking", "--cluster", "UBDT\udcff", "--year", "2024")
    # THEN a usage refusal naming it, no traceback
    assert code == EXIT_USAGE and "không phải là văn bản hợp lệ" in err and "Traceback" not in err
    # AND an output or database name longer than the file system allows is refused clearly
    long_name = str(tmp_path / ("x" * 300 + ".xlsx"))
    args = ("export-results", "--cluster", "UBDT-C4", "--year", "2024", "--out", long_name)
    code, _, err = run(capsys, "--db", db, *args)
    assert code == EXIT_REFUSED and "Traceback" not in err
    code, _, err = run(capsys, "--db", str(tmp_path / ("y" * 300 + ".sqlite")), "info")
    assert code == EXIT_REFUSED and "Không đọc được tệp" in err


def test_a_year_that_is_no_year_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "d.sqlite")
    assert run(capsys, "--db", db, "demo")[0] == EXIT_OK
    code, _, err = run(capsys, "--db", db, "register", "--year", "99999999999999999999")
    assert code == EXIT_USAGE and "không phải là một năm" in err and "Traceback" not in err


def test_demo_force_does_not_pull_a_database_from_under_another_program(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import sqlite3

    db = tmp_path / "d.sqlite"
    assert run(capsys, "--db", str(db), "demo")[0] == EXIT_OK
    # GIVEN another program in the middle of writing to it
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        # WHEN the demo is forced over it THEN refused, and the file is still there
        code, _, err = run(capsys, "--db", str(db), "demo", "--force")
        assert code == EXIT_REFUSED and "đang được một chương trình khác dùng" in err
        assert db.exists()
    finally:
        holder.rollback()
        holder.close()


def test_the_command_table_names_the_module_of_every_command() -> None:
    """A run registers only its command's module (``COMMANDS``): the table must match the
    modules' own registrations, and the chosen module must parse as the whole parser does."""
    import argparse
    import importlib

    from emudesk import cli

    found: dict[str, str] = {}
    for name in cli.MODULES:
        sub = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(f"emudesk.cli.{name}").register(sub)
        found.update(dict.fromkeys(sub.choices, name))
    assert found == cli.COMMANDS
    assert cli._modules_for(["--db", "x.sqlite", "info"]) == ("org",)
    assert cli._modules_for(["--language=en", "ranking", "C1", "2024"]) == ("scoring",)
    assert cli._modules_for(["--db", "x.sqlite"]) == ("org",)
    assert cli._modules_for(["--db", "ranking", "import", "a.xlsx"]) == ("exchange",)
    for unsure in (["-h"], ["--lang", "vi", "info"], ["no-such-command"]):
        assert cli._modules_for(unsure) == cli.MODULES
    argv = ["--db", "x.sqlite", "ranking", "--cluster", "C1", "--year", "2024"]
    whole = vars(cli.build_parser().parse_args(argv))
    assert vars(cli.build_parser(cli._modules_for(argv)).parse_args(argv)) == whole
