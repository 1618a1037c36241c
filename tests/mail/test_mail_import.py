"""Returns straight from e-mails: .eml, .msg and a Thunderbird folder import like the workbook."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from emudesk.errors import ValidationError
from emudesk.exchange.formdata import COL_FIRST_PEER, COL_SELF
from emudesk.exchange.report import FileStatus
from emudesk.services import audit
from emudesk.services.exchange import return_import
from emudesk.services.mail import board
from emudesk.services.mail.board import State
from emudesk.services.organisation import units
from tests.conftest import dump
from tests.exchange.corpus import Forms, form_name, set_cell
from tests.mail.conftest import address_of, return_email
from tests.mail.msg_builder import MsgAttachment, MsgMessage, build_msg

pytestmark = pytest.mark.usefixtures("vietnamese")

PY = form_name()
SENT = dt.datetime(2024, 12, 10, 2, 30, tzinfo=dt.UTC)


def filled(forms: Forms) -> Path:
    """Phú Yên's return with its own 1.1 at 5,00 and Bình Định's at 4,00."""
    path = forms.path()
    set_cell(path, "1.1", COL_SELF, 5)
    set_cell(path, "1.1", COL_FIRST_PEER, 4)
    return path


def as_msg(workbook: Path, target: Path, *, name: str | None = None) -> Path:
    message = MsgMessage(
        subject="RE: [UBDT-C4] Biểu chấm điểm thi đua năm 2024 – Ban Dân tộc tỉnh Phú Yên",
        sender_name="Văn thư Ban Dân tộc Phú Yên",
        sender_address=address_of("BDT-PY"),
        sent=SENT,
        body="Kính gửi cụm trưởng",
        attachments=[
            MsgAttachment(name or workbook.name, workbook.read_bytes()),
            MsgAttachment("Công văn 15.pdf", b"%PDF-1.4 ...", "application/pdf"),
        ],
    )
    target.write_bytes(build_msg(message))
    return target


@pytest.mark.parametrize("kind", ["eml", "eml-outlook", "msg"])
def test_an_email_imports_exactly_like_its_workbook(
    forms: Forms, tmp_path: Path, kind: str
) -> None:
    # GIVEN Phú Yên's filled return, as a workbook and as the e-mail that carried it
    workbook = filled(forms)
    mail = tmp_path / f"tra-loi.{kind.split('-', maxsplit=1)[0]}"
    if kind == "msg":
        as_msg(workbook, mail)
    else:
        style = "outlook" if kind == "eml-outlook" else "thunderbird"
        mail.write_bytes(return_email(workbook, sender=address_of("BDT-PY"), style=style))
    # WHEN both are checked
    with forms.db.session() as session:
        [plain] = return_import.check_files(session, [workbook])
        [carried] = return_import.check_files(session, [mail])
    # THEN the e-mail's workbook gives the very same preview, inputs and checksum
    assert carried.status is FileStatus.READY
    assert carried.name == f"{mail.name} › {PY}"
    assert (carried.unit_code, carried.year, carried.sha256) == (
        plain.unit_code,
        plain.year,
        plain.sha256,
    )
    assert carried.inputs == plain.inputs and carried.details == plain.details
    assert carried.details == (
        "1.1 · Ban Dân tộc Phú Yên (tự chấm): 4,75 → 5,00",
        "1.1 · Ban Dân tộc Bình Định (chấm chéo): 4,50 → 4,00",
    )
    assert carried.origin is not None and carried.origin.sender == address_of("BDT-PY")
    if kind == "msg":
        assert "Các tệp đính kèm khác, không mở: Công văn 15.pdf" in carried.notices
    # WHEN the e-mail is imported
    with forms.db.session() as session:
        outcome = return_import.commit(session, [carried])
        noted, entry = audit.list_entries(session, limit=2)
        row = next(
            r for r in board.returns_board(session, forms.year_uuid).rows if r.unit_code == "BDT-PY"
        )
    # THEN the two scores are stored, and the audit names the e-mail: sender, date, subject
    assert [name for name, _s in outcome.committed] == [carried.name]
    assert entry.action == "scores"
    assert entry.source_sha256 == hashlib.sha256(workbook.read_bytes()).hexdigest()
    # in English whatever the interface language, like the rest of the audit trail
    assert entry.source.startswith(f"{mail.name} › {PY} (e-mail from Văn thư")
    assert noted.action == "returns_noted" and noted.summary == "UBDT-C4 2024: 1 return(s)"
    assert noted.new["returns"][0][:3] == ["BDT-PY", "imported", entry.source]
    assert address_of("BDT-PY") in entry.source and "10/12/2024 02:30 UTC" in entry.source
    assert "Biểu chấm điểm thi đua năm 2024" in entry.source
    assert [(c["criterion"], c["new"]) for c in entry.new["cells"]] == [("1.1", 500), ("1.1", 400)]
    # AND the board notes the return: when, from whom, which file
    assert (row.state, row.outcome, row.received_from) == (
        State.RECEIVED,
        "imported",
        address_of("BDT-PY"),
    )
    assert row.received_at == SENT and row.received_file == carried.name
    # AND the workbook itself now has nothing left to import, like a second import
    with forms.db.session() as session:
        [again] = return_import.check_files(session, [workbook])
    assert again.status is FileStatus.NO_CHANGES


def test_a_vietnamese_attachment_name_is_decoded_either_way(forms: Forms, tmp_path: Path) -> None:
    # GIVEN the return renamed "Biểu chấm điểm Phú Yên.xlsx", sent by Thunderbird (RFC 2231)
    # and by Outlook (RFC 2047)
    workbook = filled(forms)
    name = "Biểu chấm điểm Phú Yên.xlsx"
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for style in ("thunderbird", "outlook"):
        raw = return_email(workbook, sender=address_of("BDT-PY"), name=name, style=style)
        (inbox / f"{style}.eml").write_bytes(raw)
    as_msg(workbook, inbox / "outlook.msg", name=name)
    # WHEN they are checked THEN each is read under its Vietnamese name, ready to import
    with forms.db.session() as session:
        reports = return_import.check_files(session, sorted(inbox.iterdir()))
    assert [r.name for r in reports] == [
        f"outlook.eml › {name}",
        f"outlook.msg › {name}",
        f"thunderbird.eml › {name}",
    ]
    assert reports[0].status is FileStatus.READY
    assert [r.duplicate_of for r in reports[1:]] == [f"outlook.eml › {name}"] * 2


def test_a_thunderbird_folder_gives_every_return_in_it(forms: Forms, tmp_path: Path) -> None:
    # GIVEN a Thunderbird folder with three e-mails: Phú Yên's return, a thank-you note
    # without any attachment, and Kon Tum's return whose text quotes a "From " line
    workbook = filled(forms)
    kon_tum = forms.path("BDT-KT")
    set_cell(kon_tum, "1.1", COL_SELF, 3)
    thanks = (
        b"From: Ban Dan toc Gia Lai <vanthu.bdt-gl@example.vn>\r\nSubject: Cam on\r\n"
        b"Date: Tue, 10 Dec 2024 10:00:00 +0700\r\n\r\nFrom now on we reply faster.\r\n"
    )
    parts = [
        return_email(workbook, sender=address_of("BDT-PY")),
        thanks,
        return_email(kon_tum, sender=address_of("BDT-KT"), style="outlook"),
    ]
    folder = tmp_path / "Phieu gui ve"  # Thunderbird's folder files have no suffix
    with folder.open("wb") as stream:
        for raw in parts:
            stream.write(b"From - Tue Dec 10 10:00:00 2024\r\n")
            stream.write(raw.replace(b"\r\nFrom ", b"\r\n>From "))
            stream.write(b"\r\n")
    # WHEN the folder is checked and imported
    with forms.db.session() as session:
        reports = return_import.check_files(session, [folder])
        statuses = [(r.name, r.status) for r in reports]
        outcome = return_import.commit(session, reports)
    # THEN both returns are ready and the note says it has no workbook
    assert statuses == [
        (f"Phieu gui ve #1 › {PY}", FileStatus.READY),
        ("Phieu gui ve #2", FileStatus.NO_WORKBOOK),
        ("Phieu gui ve #3 › " + form_name("BDT-KT"), FileStatus.READY),
    ]
    assert reports[1].headline() == "Phieu gui ve #2: không đính kèm bảng tính; không có gì để nhập"
    assert len(outcome.committed) == 2


def test_an_email_without_a_workbook_says_so_and_changes_nothing(
    forms: Forms, tmp_path: Path
) -> None:
    # GIVEN an e-mail with only a scanned PDF
    mail = tmp_path / "scan.eml"
    pdf = tmp_path / "bieu.pdf"
    pdf.write_bytes(b"%PDF-1.4 scanned")
    raw = return_email(pdf, sender=address_of("BDT-PY")).replace(
        b"spreadsheetml.sheet", b"pdf-but-named"
    )
    mail.write_bytes(
        raw.replace(b"application/vnd.openxmlformats-officedocument.", b"application/")
    )
    before = dump(forms.db)
    with forms.db.session() as session:
        [report] = return_import.check_files(session, [mail])
        outcome = return_import.commit(session, [report])
    # THEN the report says there is no workbook, names the PDF, and nothing is stored
    assert report.status is FileStatus.NO_WORKBOOK
    assert report.lines()[0] == "scan.eml: không đính kèm bảng tính; không có gì để nhập"
    assert "Các tệp đính kèm khác, không mở: bieu.pdf" in report.lines()[2]
    assert outcome.committed == () and dump(forms.db) == before


def test_a_return_counts_as_the_units_only_from_an_address_recorded_for_it(
    mail_forms: Forms, tmp_path: Path
) -> None:
    # GIVEN Phú Yên's filled return, e-mailed from a stranger's address, from Bình Định's,
    # from Phú Yên's own, and from the address its form was sent to before the unit's
    # address changed
    from emudesk.services.mail import drafts

    workbook = filled(mail_forms)
    with mail_forms.db.session() as session:
        drafts.write_drafts(session, mail_forms.year_uuid, tmp_path / "sent")
    senders = {
        "stranger": "ke.gia.mao@example.com",
        "other-unit": address_of("BDT-BDI"),
        "own": address_of("BDT-PY"),
    }
    mails = {}
    for key, sender in senders.items():
        mails[key] = tmp_path / f"{key}.eml"
        mails[key].write_bytes(return_email(workbook, sender=sender))
    before = dump(mail_forms.db)
    # WHEN they are checked
    with mail_forms.db.session() as session:
        reports = {k: return_import.check_files(session, [p])[0] for k, p in mails.items()}
    # THEN the two that do not come from Phú Yên are refused, naming the sender and the
    # addresses recorded, and importing them stores nothing
    for key in ("stranger", "other-unit"):
        report = reports[key]
        assert report.status is FileStatus.REFUSED, key
        [problem] = report.problems
        assert senders[key] in problem and address_of("BDT-PY") in problem
        assert "không phải là địa chỉ đã ghi nhận của" in problem
        with mail_forms.db.session() as session, pytest.raises(ValidationError):
            return_import.commit(session, [report])
    assert dump(mail_forms.db) == before
    # AND the one from Phú Yên's address is ready, saying what the match does not prove
    own = reports["own"]
    assert own.status is FileStatus.READY
    assert any("có thể bị giả mạo" in notice for notice in own.notices)
    # AND an address the form was sent to still counts after the unit's address changed
    with mail_forms.db.session() as session:
        unit = next(u for u in units.list_units(session) if u.code == "BDT-PY")
        fields = units.UnitFields(unit.code, unit.province, unit.contact_person, "moi@py.vn", "")
        units.update_unit(session, unit.uuid, fields)
        [again] = return_import.check_files(session, [mails["own"]])
    assert again.status is FileStatus.READY


def test_a_unit_without_an_address_cannot_be_checked_and_the_preview_says_so(
    forms: Forms, tmp_path: Path
) -> None:
    # GIVEN the demo, where no unit has an address recorded, and Phú Yên's return by e-mail
    mail = tmp_path / "tra-loi.eml"
    mail.write_bytes(return_email(filled(forms), sender="ai.do@example.com"))
    with forms.db.session() as session:
        [report] = return_import.check_files(session, [mail])
    # THEN it is not refused for its sender, but the preview says the sender was not checked
    assert report.status is FileStatus.READY
    assert any("ai.do@example.com" in n and "chưa ghi địa chỉ" in n for n in report.notices)


def test_an_unreadable_return_goes_to_the_unit_whose_recorded_address_sent_it(
    mail_forms: Forms, tmp_path: Path
) -> None:
    from emudesk.services.mail import drafts
    from emudesk.services.organisation import years

    # GIVEN the 2025 forms sent, then Phú Yên's address changed on the Units page
    with mail_forms.db.session() as session:
        year_2025 = years.get_year(session, "UBDT-C4", 2025).uuid
        drafts.write_drafts(session, year_2025, tmp_path / "sent")
        unit = next(u for u in units.list_units(session) if u.code == "BDT-PY")
        fields = units.UnitFields(unit.code, unit.province, unit.contact_person, "moi@py.vn", "")
        units.update_unit(session, unit.uuid, fields)
    # AND an e-mail from the address its form went to, carrying a workbook nobody can read
    broken = tmp_path / "UBDT-C4_2025_BDT-PY.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    mail = tmp_path / "hong.eml"
    mail.write_bytes(return_email(broken, sender=address_of("BDT-PY")))
    # WHEN it is checked for 2025 THEN it is refused, yet put on Phú Yên, saying that the
    # sender's address shows whom the e-mail claims to be from, not who sent it
    with mail_forms.db.session() as session:
        [report] = return_import.check_files(session, [mail], year_uuid=year_2025)
    assert report.refused and report.unit_code == "BDT-PY"
    assert any("không chứng minh ai đã gửi" in n for n in report.notices)
