"""The register is the issuer's: numbered in its format after its paper register; a head's
PC prints no certificate without the number the issuer gave."""

from __future__ import annotations

from pathlib import Path

import pytest

from emudesk.db import Database
from emudesk.errors import ValidationError
from emudesk.model import Proposal
from emudesk.services.certificates import printing
from emudesk.services.issuing import names, register
from emudesk.services.organisation import years
from tests.issuing.helpers import empty_pc, export, receive, run


def test_numbers_continue_the_paper_register_in_the_issuers_format(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    issuer = empty_pc(tmp_path, "issuer")
    receive(issuer, export(demo_db, "UBDT-C4", tmp_path / "s.zip"))
    issuer.dispose()
    db = str(tmp_path / "issuer.sqlite")
    # GIVEN the office's formats: its own for the Bằng khen, one for every other award
    code, out, err = run(capsys, "--language", "en", "--db", db, "register-format", "--issuer", "ubdt",
                         "--award", "BANG-KHEN", "--pattern", "{n}/BK-BDTTG", "--last-paper-number", "1233")  # fmt: skip
    assert code == 0, err
    assert "BANG-KHEN: {n}/BK-BDTTG, after paper number 1233; next 1234/BK-BDTTG" in out
    run(
        capsys,
        "--db",
        db,
        "register-format",
        "--issuer",
        "UBDT",
        "--pattern",
        "{n}/CTĐ",
        "--last-paper-number",
        "7",
    )
    # WHEN numbers are taken THEN each award runs in its own format
    issuer = empty_pc(tmp_path, "issuer")
    with issuer.session() as session, session.begin():
        found = names.find_issuer(session, "Ủy ban Dân tộc")
        awards = {p.award.code: p.award for p in session.query(Proposal)}
        taken = [
            register.take_number(session, found, awards[c])
            for c in ("BANG-KHEN", "BANG-KHEN", "CO-THI-DUA")
        ]
    assert taken == ["1234/BK-BDTTG", "1235/BK-BDTTG", "8/CTĐ"]
    issuer.dispose()
    # AND a format without its place for the number is refused
    code, _out, err = run(
        capsys,
        "--language",
        "en",
        "--db",
        db,
        "register-format",
        "--issuer",
        "UBDT",
        "--pattern",
        "BK",
    )
    assert code == 3 and "{n}" in err


def test_a_heads_pc_prints_no_certificate_without_the_issuers_number(
    demo_db: Database, tmp_path: Path
) -> None:
    # GIVEN approved awards that no decision package has numbered
    with demo_db.session() as session, session.begin():
        for proposal in session.query(Proposal):
            proposal.register_number = ""
    with demo_db.session() as session:
        year = years.get_year(session, "UBDT-C4", 2024)
        with pytest.raises(ValidationError, match="register"):
            printing.print_certificates(session, year.uuid, tmp_path / "c.pdf")
    assert not (tmp_path / "c.pdf").exists()
