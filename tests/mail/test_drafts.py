"""Send the forms as drafts; a partial round of returns; the board and the reminders."""

from __future__ import annotations

import datetime as dt
import email
import shutil
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest

from emudesk.errors import ValidationError
from emudesk.exchange import naming
from emudesk.exchange.formdata import COL_SELF
from emudesk.model import FormDispatch
from emudesk.services import audit
from emudesk.services.exchange import return_import
from emudesk.services.mail import board, drafts
from emudesk.services.mail.board import State
from emudesk.services.mail.outgoing import Kind
from emudesk.services.organisation import years
from tests.conftest import dump
from tests.exchange.corpus import CLUSTER, Forms, set_cell
from tests.mail.conftest import HEAD_ADDRESS, address_of, give_addresses, return_email

pytestmark = pytest.mark.usefixtures("vietnamese")

DEADLINE = dt.date(2024, 12, 20)


def parse(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=default)
    assert isinstance(message, EmailMessage)
    return message


def test_one_ready_draft_per_unit_with_its_own_form(mail_forms: Forms, tmp_path: Path) -> None:
    # GIVEN the demo's 2024 year, every unit with an address
    out = tmp_path / "drafts"
    out.mkdir()
    # WHEN the head sends the forms as drafts with a deadline
    with mail_forms.db.session() as session:
        written = drafts.write_drafts(session, mail_forms.year_uuid, out, deadline=DEADLINE)
        members = years.get_year(session, CLUSTER, 2024).members
    # THEN there is one draft per member, next to its form
    assert sorted(d.unit_code for d in written) == sorted(m.code for m in members)
    assert len(written) == 8
    for item in written:
        assert item.path is not None and item.problem == ""
        form_name = naming.form_file_name(CLUSTER, 2024, item.unit_code)
        assert item.path.name == form_name.replace(".xlsx", ".eml")
        raw = item.path.read_bytes()
        # AND it is a valid message, marked unsent, addressed to the unit's contact address
        message = parse(item.path)
        assert message["X-Unsent"] == "1"
        assert message["To"].addresses[0].addr_spec == address_of(item.unit_code)
        assert message["From"] is None  # the mail program sends from its own account
        assert message["Subject"] == (
            f"[UBDT-C4] Biểu chấm điểm thi đua năm 2024 – {item.unit_name}"
        )
        assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
        # AND its MIME structure is the text, then exactly one attachment: the unit's form
        assert message.get_content_type() == "multipart/mixed"
        parts = list(message.iter_parts())
        assert [p.get_content_type() for p in parts] == [
            "text/plain",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ]
        assert all(not p.defects for p in message.walk())
        text = parts[0].get_content()
        assert f"Kính gửi: {item.unit_name}" in text
        assert "chậm nhất ngày 20/12/2024" in text
        assert f"giữ nguyên tên tệp “{form_name}”" in text
        assert "Ban Dân tộc tỉnh Đắk Lắk" in text and HEAD_ADDRESS in text  # the head, 2024
        attachment = parts[1]
        assert attachment.get_filename() == form_name
        assert attachment.get_content() == (out / form_name).read_bytes()
        # AND the attachment is that unit's form: the import reads it as such
        with mail_forms.db.session() as session:
            report = return_import.check_files(session, [out / form_name])[0]
        assert report.unit_code == item.unit_code
    # AND each draft is recorded as a form sent, with one audit entry
    with mail_forms.db.session() as session:
        rows = session.query(FormDispatch).all()
        entry = audit.list_entries(session, limit=1)[0]
    assert {(r.kind, r.channel, r.deadline) for r in rows} == {("form", "draft", DEADLINE)}
    assert len(rows) == 8 and entry.action == "forms_drafted"


def test_a_unit_without_an_address_gets_a_draft_to_fill_in(forms: Forms, tmp_path: Path) -> None:
    # GIVEN Kon Tum has no e-mail address recorded
    give_addresses(forms, skip=("BDT-KT",))
    # WHEN the drafts are written
    with forms.db.session() as session:
        written = drafts.write_drafts(session, forms.year_uuid, tmp_path)
    # THEN Kon Tum's draft has no recipient, and the result says what to do
    kon_tum = next(d for d in written if d.unit_code == "BDT-KT")
    assert kon_tum.path is not None and parse(kon_tum.path)["To"] is None
    assert "Ban Dân tộc tỉnh Kon Tum" in kon_tum.problem
    assert all(not d.problem for d in written if d.unit_code != "BDT-KT")


def fill(form: Path, target: Path, value: object) -> Path:
    """A unit's filled return: the form with its own 1.1 self-score set to ``value``."""
    shutil.copyfile(form, target)
    set_cell(target, "1.1", COL_SELF, value)
    return target


def test_partial_round_shows_sent_received_refused_and_missing(
    mail_forms: Forms, tmp_path: Path
) -> None:
    # GIVEN the forms of 2025 sent as drafts with a deadline
    out = tmp_path / "drafts"
    out.mkdir()
    deadline = dt.date(2025, 12, 15)
    with mail_forms.db.session() as session:
        year_2025 = years.get_year(session, CLUSTER, 2025).uuid
        drafts.write_drafts(session, year_2025, out, deadline=deadline)
    # AND Phú Yên returns its form filled in, Bình Định one with a score over the maximum,
    # both by e-mail, and the others nothing yet
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    good = fill(out / "UBDT-C4_2025_BDT-PY.xlsx", tmp_path / "UBDT-C4_2025_BDT-PY.xlsx", 5)
    bad = fill(out / "UBDT-C4_2025_BDT-BDI.xlsx", tmp_path / "UBDT-C4_2025_BDT-BDI.xlsx", 999)
    (inbox / "py.eml").write_bytes(return_email(good, sender=address_of("BDT-PY")))
    (inbox / "bdi.eml").write_bytes(
        return_email(bad, sender=address_of("BDT-BDI"), style="outlook")
    )
    # WHEN the head imports the e-mails file by file
    with mail_forms.db.session() as session:
        reports = return_import.check_files(session, sorted(inbox.iterdir()), year_uuid=year_2025)
        outcome = return_import.commit(session, reports, per_file=True)
    assert [name for name, _s in outcome.committed] == ["py.eml › UBDT-C4_2025_BDT-PY.xlsx"]
    # THEN the board, a week before the deadline, shows who sent what
    with mail_forms.db.session() as session:
        result = board.returns_board(session, year_2025, today=dt.date(2025, 12, 8))
    rows = {row.unit_code: row for row in result.rows}
    assert result.sent == 8 and len(result.missing) == 7
    py, bdi, kt = rows["BDT-PY"], rows["BDT-BDI"], rows["BDT-KT"]
    assert (py.state, py.outcome, py.received_from) == (
        State.RECEIVED,
        "imported",
        address_of("BDT-PY"),
    )
    assert py.received_file == "py.eml › UBDT-C4_2025_BDT-PY.xlsx"
    assert py.received_at == dt.datetime(2024, 12, 10, 2, 30, tzinfo=dt.UTC)
    assert py.days_left is None
    assert (bdi.state, bdi.outcome) == (State.REFUSED, "refused")
    assert "E12" in bdi.reason or "1.1" in bdi.reason
    assert (kt.state, kt.days_left, kt.deadline) == (State.WAITING, 7, deadline)
    assert kt.sent_by == "draft" and kt.sent_at is not None and kt.received_at is None
    # AND after the deadline the missing ones are late
    with mail_forms.db.session() as session:
        late = board.returns_board(session, year_2025, today=dt.date(2025, 12, 16))
    assert {r.unit_code for r in late.rows if r.state is State.LATE} == {
        "BDT-DLK",
        "BDT-DNO",
        "BDT-GL",
        "BDT-KH",
        "BDT-KT",
        "BDT-LD",
    }
    # WHEN the head reminds the missing ones
    reminders = tmp_path / "reminders"
    reminders.mkdir()
    with mail_forms.db.session() as session:
        sent = drafts.remind_missing(session, year_2025, reminders, deadline=dt.date(2025, 12, 22))
        after = board.returns_board(session, year_2025, today=dt.date(2025, 12, 16))
    # THEN only they get a reminder draft, in other words, with their form attached again
    assert sorted(d.unit_code for d in sent) == sorted(
        ["BDT-BDI", "BDT-DLK", "BDT-DNO", "BDT-GL", "BDT-KH", "BDT-KT", "BDT-LD"]
    )
    reminder = parse(reminders / "UBDT-C4_2025_BDT-KT_nhac-lai.eml")
    assert reminder["Subject"].startswith("[UBDT-C4] Nhắc gửi biểu chấm điểm thi đua năm 2025")
    assert reminder["X-Unsent"] == "1"
    attached = [p.get_filename() for p in reminder.iter_attachments()]
    assert attached == ["UBDT-C4_2025_BDT-KT.xlsx"]
    rows = {row.unit_code: row for row in after.rows}
    assert rows["BDT-KT"].reminders == 1 and rows["BDT-KT"].deadline == dt.date(2025, 12, 22)
    assert rows["BDT-KT"].state is State.WAITING and rows["BDT-PY"].reminders == 0


def test_nobody_to_remind_when_every_return_is_in(mail_forms: Forms, tmp_path: Path) -> None:
    # GIVEN 2024, whose scores are all stored (the demo's returns)
    out = tmp_path / "reminders"
    out.mkdir()
    before = dump(mail_forms.db)
    with mail_forms.db.session() as session:
        result = board.returns_board(session, mail_forms.year_uuid)
        # THEN nobody is missing, and a reminder is refused, writing nothing
        assert all(row.state is State.RECEIVED for row in result.rows)
        with pytest.raises(ValidationError, match="không cần nhắc"):
            drafts.write_drafts(
                session,
                mail_forms.year_uuid,
                out,
                kind=Kind.REMINDER,
                only=drafts.missing_or_refuse(session, mail_forms.year_uuid),
            )
    assert list(out.iterdir()) == []
    assert dump(mail_forms.db) == before
