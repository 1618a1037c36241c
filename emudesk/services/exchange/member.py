"""The member unit's side of the exchange: fill in a received form, save the return.

No database is involved: the form describes its own table and members (see
``exchange.member``), so a unit whose emudesk does not hold the cluster can still fill it.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from uuid import UUID

from emudesk.exchange.formdata import FormColumn, FormRow
from emudesk.exchange.formsums import provisional_sums
from emudesk.exchange.member import MemberForm, open_form, save_return

__all__ = [
    "FormColumn",
    "FormRow",
    "MemberForm",
    "open_received_form",
    "provisional_sums",
    "save_filled_return",
]


def open_received_form(path: Path) -> MemberForm:
    """The form at ``path`` with what it already holds; refuses a file that is not a form."""
    return open_form(path)


def save_filled_return(
    form: MemberForm,
    values: Mapping[tuple[str, UUID], int],
    texts: Mapping[str, tuple[str, str]],
    target: Path,
) -> Path:
    """Save the return at ``target`` after the head's own checks; refuses naming the cells."""
    return save_return(form, values, texts, target)
