"""The member unit's side: the filled form back to the head as a ready e-mail draft.

No database: the form knows its cluster, year and unit, and (forms sent since the mail
room) the head's unit and address. The return attached is the saved file itself, read once
within the size a return may have, so what the head receives is exactly what was checked
when it was saved.
"""

from __future__ import annotations

from pathlib import Path

from emudesk.exchange import sanity
from emudesk.exchange.mail import letters
from emudesk.exchange.mail.compose import DRAFT_SUFFIX
from emudesk.exchange.mail.records import Attached, Draft
from emudesk.exchange.member import MemberForm
from emudesk.i18n import _
from emudesk.services import checks
from emudesk.services.mail.drafts import write_draft
from emudesk.text import is_email_address


def reply_path(saved_return: Path) -> Path:
    """Where the draft goes by default: beside the return, with the same name."""
    return saved_return.with_suffix(DRAFT_SUFFIX)


def write_reply(form: MemberForm, saved_return: Path, target: Path, *, to: str = "") -> Path:
    """Write the reply to the head (``to`` overrides the address the form gives) at ``target``."""
    to = checks.email(to, _("Address of the head"))
    if not to and is_email_address(form.head_email.strip()):
        to = form.head_email.strip()  # read from a workbook: used only when it is one address
    data = sanity.read_file(saved_return)
    letter = letters.Letter(
        cluster_code=form.identity.cluster_code,
        cluster_name=form.cluster_name,
        issuer_name="",
        year=form.identity.year,
        unit_name=form.unit_name or form.unit.label,
        head_name=form.head_name,
        file_name=saved_return.name,
    )
    draft = Draft(
        to=to,
        to_name=form.head_name,
        subject=letters.reply_subject(letter),
        body=letters.reply_body(letter),
        attachments=(Attached(saved_return.name, data),),
    )
    write_draft(draft, target)
    return target
