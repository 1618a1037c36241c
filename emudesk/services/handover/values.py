"""Every value of a handover file, checked as strictly as the same value typed in.

A row from another office is checked column by column before anything is written: its
columns are exactly the table's; each value has the column's type (a text is a text, a
number a number within range, a date a date); texts are NFC, no longer than the column and
free of control characters; codes, years, e-mail addresses, names and the choices of a list
(award kinds, scorer roles, meeting kinds…) go through the checks the window and the
services apply to typed input; a foreign key is a well-formed identity (resolved later by
the merge); a file column holds the name of an attachment member, whose bytes go through
the checks of a scan attached in the window.
"""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from collections.abc import Callable, Mapping
from typing import Any
from uuid import UUID

from sqlalchemy import Boolean, Column, Date, DateTime, Enum, Integer, LargeBinary, Table, Uuid
from sqlalchemy.types import JSON, String, Text

from emudesk.errors import EmuError, FileFormatError
from emudesk.i18n import _
from emudesk.services import checks
from emudesk.services.handover.identities import (
    LOCAL_ONLY,
    foreign_keys,
    natural_key_columns,
    plain,
)
from emudesk.services.handover.package import damaged
from emudesk.text import control_characters

TEXT_MAX = 10_000  # a Text column, as ``checks.text`` bounds a typed text
JSON_MAX_DEPTH = 8
JSON_MAX_ITEMS = 500_000  # an import's audit entry lists every score it changed
JSON_MAX_CHARS = 8_000_000
INTEGER_MAX = 2**53  # exact in every reader (SQLite, PostgreSQL BIGINT, JSON, spreadsheets)
KEY_MAX_DEPTH = 4


class RefusedValueError(ValueError):
    """A value refused, saying why in the user's language."""


# Columns that count something: never negative.
_COUNTS = frozenset(
    {"version", "revision", "position", "number", "size", "print_count", "votes",
     "votes_for", "votes_against", "abstentions", "quota_count", "rank"}
)  # fmt: skip
_YEARS = frozenset({"year", "from_year", "merged_year"})
_NAMES = {  # (table, column): a name that must not be empty
    ("issuer", "name"),
    ("cluster", "name"),
    ("unit_name", "official_name"),
    ("person", "full_name"),
    ("award", "name"),
}


def _text_value(value: object, column: Column[Any]) -> str:
    """NFC text without control characters (a multi-line text keeps its line breaks)."""
    if not isinstance(value, str):
        raise TypeError(value)
    if any("\ud800" <= c <= "\udfff" for c in value):
        raise RefusedValueError(_("broken characters"))
    text = unicodedata.normalize("NFC", value)
    multiline = isinstance(column.type, Text)
    controls = control_characters(text, keep="\n\t\r" if multiline else "")
    if controls:  # the same characters typed input refuses (``checks``)
        raise RefusedValueError(_("control characters {codes}", codes=", ".join(controls[:5])))
    limit = column.type.length if isinstance(column.type, String) else None
    if multiline or not limit:
        limit = TEXT_MAX
    if len(text) > limit:
        raise RefusedValueError(
            _("{length} characters; at most {limit}", length=len(text), limit=limit)
        )
    return text


def _integer(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(value)
    if not -INTEGER_MAX < value < INTEGER_MAX:
        raise RefusedValueError(_("the number is too large"))
    if name in _COUNTS and value < 0:
        raise RefusedValueError(_("a count cannot be negative"))
    if name in _YEARS:
        checks.year(value, name)
    return value


def _json(value: object, depth: int = 0, budget: list[int] | None = None) -> object:
    """A JSON document of bounded depth and size, with finite numbers and clean texts."""
    budget = budget if budget is not None else [JSON_MAX_ITEMS, JSON_MAX_CHARS]
    budget[0] -= 1
    if depth > JSON_MAX_DEPTH or budget[0] < 0:
        raise RefusedValueError(_("the document nests too deep or holds too much"))
    if value is None or isinstance(value, bool | int | float):
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= INTEGER_MAX:
            raise RefusedValueError(_("the number is too large"))
        return value
    if isinstance(value, str):
        budget[1] -= len(value)
        if budget[1] < 0:
            raise RefusedValueError(_("the document holds too much"))
        return _plain_text(value)
    if isinstance(value, list):
        return [_json(v, depth + 1, budget) for v in value]
    if isinstance(value, dict):
        return {_plain_text(k): _json(v, depth + 1, budget) for k, v in value.items()}
    raise TypeError(value)


def _plain_text(value: str) -> str:
    if any("\ud800" <= c <= "\udfff" for c in value):
        raise RefusedValueError(_("broken characters"))
    text = unicodedata.normalize("NFC", value)
    controls = control_characters(text, keep="\n\t")
    if controls:
        raise RefusedValueError(_("control characters {codes}", codes=", ".join(controls[:5])))
    return text


def _typed(column: Column[Any], value: object) -> object:
    """``value`` as the column's Python value; raises TypeError/ValueError otherwise."""
    kind = column.type
    if isinstance(kind, Uuid):
        if not isinstance(value, str) or len(value) > 36:
            raise TypeError(value)
        return UUID(value)
    if isinstance(kind, DateTime):
        if not isinstance(value, str) or len(value) > 40:
            raise TypeError(value)
        return dt.datetime.fromisoformat(value)
    if isinstance(kind, Date):
        if not isinstance(value, str) or len(value) > 10:
            raise TypeError(value)
        return dt.date.fromisoformat(value)
    if isinstance(kind, Boolean):
        if not isinstance(value, bool):
            raise TypeError(value)
        return value
    if isinstance(kind, Enum):
        if value not in kind.enums:
            raise RefusedValueError(_("not one of {choices}", choices=", ".join(kind.enums)))
        return value
    if isinstance(kind, Integer):
        return _integer(value, column.name)
    if isinstance(kind, String):  # also Text
        return _text_value(value, column)
    if isinstance(kind, JSON):
        return _json(value)
    raise TypeError(value)  # a column type this reader does not know: nothing unchecked


# -- the checks of typed input, per column ------------------------------------------------


def _choices(*values: str) -> Callable[[Any], Any]:
    allowed = frozenset(values)

    def check(value: Any) -> Any:
        if value not in allowed:
            raise RefusedValueError(_("not one of {choices}", choices=", ".join(sorted(allowed))))
        return value

    return check


@functools.cache
def _domain() -> dict[tuple[str, str], Callable[[Any], Any]]:
    """The checks the services apply to these columns when an officer types them."""
    from emudesk import rules
    from emudesk.printing.official import SIGNING_MODES
    from emudesk.rules.table import CriterionKind
    from emudesk.services.cycle import dossiers, meetings, proposals
    from emudesk.services.cycle.attachments import EXTENSIONS
    from emudesk.services.mail import outgoing, receipts
    from emudesk.services.papers import catalogue
    from emudesk.services.scoring import locking

    def of(enum: Any) -> Callable[[Any], Any]:
        return _choices(*(m.value for m in enum))

    def code(value: Any) -> Any:
        if checks.code(value, _("Code")) != value:
            raise RefusedValueError(_("not a code as typed in"))
        return value

    def email(value: Any) -> Any:
        checks.email(value)
        return value

    def threshold(value: Any) -> Any:
        if value:
            rules.VoteThreshold.parse(value)
        return value

    return {
        ("cluster", "code"): code,
        ("unit", "code"): code,
        ("award", "code"): code,
        ("unit", "email"): email,
        ("award", "kind"): of(catalogue.AwardType),
        ("award", "recipient"): of(catalogue.Recipient),
        ("award", "artefact"): of(catalogue.Artefact),
        ("award", "paper"): of(catalogue.Paper),
        ("award", "quota_rounding"): of(rules.Rounding),
        ("award", "ranking_role"): _choices("", *(k.value for k in rules.AwardKind)),
        ("award", "signing_mode"): _choices(*SIGNING_MODES),
        ("award", "vote_threshold"): threshold,
        ("proposal", "nominee_kind"): of(proposals.NomineeKind),
        ("proposal", "status"): of(proposals.ProposalStatus),
        ("score", "role"): of(rules.ScorerRole),
        ("score", "status"): of(locking.ScoreStatus),
        ("criterion", "kind"): of(CriterionKind),
        ("award_exclusion", "reason"): of(rules.ExclusionReason),
        ("meeting", "kind"): of(meetings.MeetingKind),
        ("vote", "subject"): of(meetings.VoteSubject),
        ("vote", "method"): of(meetings.VoteMethod),
        ("dossier_paper", "kind"): _choices(*dossiers.PAPERS),
        ("certificate_print", "mode"): _choices("full", "overlay"),
        ("form_dispatch", "kind"): of(outgoing.Kind),
        ("form_dispatch", "channel"): of(outgoing.Channel),
        ("return_receipt", "outcome"): _choices(
            receipts.IMPORTED, receipts.NO_CHANGES, receipts.REFUSED
        ),
        ("attachment", "media_type"): _choices(*EXTENSIONS),
        ("regulation", "settings"): _regulation,
        ("paper_wording", "texts"): _wording,
        ("paper_wording", "office_symbol"): _office_symbol,
    }


def _regulation(value: Any) -> Any:
    from emudesk import rules

    if not isinstance(value, dict):
        raise TypeError(value)
    rules.RegulationSettings.from_dict(value)
    return value


def _wording(value: Any) -> Any:
    """Each paper's own texts through the check of the wording editor (``check_stored``)."""
    from emudesk.services.papers.wording import check_stored

    if not isinstance(value, dict) or not all(isinstance(b, dict) for b in value.values()):
        raise TypeError(value)
    check_stored(value, "")
    return value


def _office_symbol(value: Any) -> Any:
    from emudesk.services.papers.wording import check_symbol

    check_symbol(value)
    return value


def _row_checks(table: str, values: Mapping[str, Any]) -> None:
    """Checks of typed input that involve several columns of one row."""
    from emudesk import rules
    from emudesk.rules.table import CriterionKind, CriterionSpec, check_params

    if table == "award":
        rules.parse_quota(values["quota_count"], values["quota_percent"], values["quota_rounding"])
    elif table == "criterion":
        spec = CriterionSpec(
            key="row",
            code=values["code"],
            title=values["title"],
            kind=CriterionKind(values["kind"]),
            max_points=values["max_points"],
            params=values["params"] if isinstance(values["params"], dict) else {},
        )
        problem = check_params(spec)
        if not isinstance(values["params"], dict) or problem:
            raise ValueError(problem or _("the parameters are not a document"))
    if table == "cluster_year" and values["head_unit_id"] is not None:  # noqa: SIM102
        if values["head_unit_id"] == values["deputy_unit_id"]:
            raise RefusedValueError(_("the same unit cannot be both head and deputy"))
    if table == "award" and values["valid_from"] and values["valid_until"]:  # noqa: SIM102
        if values["valid_until"] < values["valid_from"]:
            raise RefusedValueError(_("the award stops being valid before it starts"))


def key_value(target: Table, value: object, depth: int = 0) -> tuple[Any, ...]:
    """A foreign key as the file writes it: the target's identity (a UUID, or its natural
    key made of UUIDs and numbers), frozen; anything else refuses the row."""
    if depth > KEY_MAX_DEPTH or not isinstance(value, list):
        raise TypeError(value)
    columns = natural_key_columns(target)
    if len(value) != len(columns):
        raise RefusedValueError(_("not an identity of {table}", table=target.name))
    fk_targets = {col.name: t for col, t in foreign_keys(target)}
    parts: list[Any] = []
    for name, part in zip(columns, value, strict=True):
        if name in fk_targets and part is not None:
            parts.append(key_value(fk_targets[name], part, depth + 1))
        elif name == "uuid":
            if not isinstance(part, str):
                raise TypeError(part)
            parts.append(str(UUID(part)) if len(part) <= 36 else _refuse(part))
        else:
            parts.append(plain(_typed(target.c[name], part)))  # dates as ``Identities`` has them
    return tuple(parts)


def _refuse(value: object) -> Any:
    raise ValueError(value)


def check_row(table: Table, row: object, file: str, members: Mapping[str, bytes]) -> dict[str, Any]:
    """The row's values, each checked: foreign keys as frozen identities (or None), a file
    column as the checked bytes of its member; refuses the whole file on the first bad one."""
    if not isinstance(row, dict):
        raise damaged(file, table.name)
    expected = {c.name for c in table.c if c.name != "id" and c.name not in LOCAL_ONLY}
    if set(row) != expected:
        odd = sorted(set(row) ^ expected)
        raise damaged(file, f"{table.name}: {', '.join(str(n)[:40] for n in odd[:3])}")
    fk_targets = {col.name: target for col, target in foreign_keys(table)}
    domain = _domain()
    values: dict[str, Any] = {}
    for column in table.c:
        name = column.name
        if name not in expected:
            continue
        value = row[name]
        try:
            if value is None:
                if not column.nullable:
                    raise RefusedValueError(_("a value is required"))
            elif name in fk_targets:
                value = key_value(fk_targets[name], value)
            elif isinstance(column.type, LargeBinary):
                value = _member(value, row, members)
            else:
                value = _typed(column, value)
                check = domain.get((table.name, name))
                if check is not None:
                    value = check(value)
                if (table.name, name) in _NAMES:
                    checks.name(value, name)
        except FileFormatError as exc:
            raise damaged(file, f"{table.name}.{name}: {exc.message}") from exc
        except (EmuError, TypeError, ValueError, OverflowError, ArithmeticError) as exc:
            raise damaged(file, f"{table.name}.{name}: {_reason(exc)}") from exc
        values[name] = value
    try:
        _row_checks(table.name, values)
        if table.name == "attachment":
            _attachment(values)
    except FileFormatError as exc:
        raise damaged(file, f"{table.name}: {exc.message}") from exc
    except (EmuError, TypeError, ValueError, ArithmeticError) as exc:
        raise damaged(file, f"{table.name}: {_reason(exc)}") from exc
    return values


def _reason(exc: Exception) -> str:
    if isinstance(exc, EmuError):
        return exc.message
    from emudesk.rules.errors import RegulationError

    if isinstance(exc, RefusedValueError | RegulationError) and exc.args:
        text = str(exc.args[0])
        return text if len(text) <= 300 and text.isprintable() else _("a wrong value")
    if isinstance(exc, ValueError | OverflowError | ArithmeticError):
        return _("a wrong value")
    return _("a value of the wrong type")


def _member(value: object, row: Mapping[str, Any], members: Mapping[str, bytes]) -> bytes:
    """The bytes of the attachment member a file column names (``attachments/<uuid>.bin``)."""
    if not isinstance(value, dict) or set(value) != {"file"}:
        raise TypeError(value)
    name = value["file"]
    if name != f"attachments/{row.get('uuid')}.bin" or name not in members:
        raise RefusedValueError(_("the attached file is missing"))
    return members[name]


def _attachment(values: dict[str, Any]) -> None:
    """An attachment's bytes as a scan attached in the window: type sniffed, size limited,
    name made safe; its recorded type, size and checksum must be the bytes'."""
    import hashlib

    from emudesk.services.cycle.attachments import checked

    data = values["data"]
    safe, kind = checked(values["file_name"], data)
    if (values["media_type"], values["size"], values["sha256"]) != (
        kind,
        len(data),
        hashlib.sha256(data).hexdigest(),
    ):
        raise RefusedValueError(_("the attached file is not the one described"))
    values["file_name"] = safe
