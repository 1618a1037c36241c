"""One row of the template of past decisions, checked as typed input and matched.

Each cell is read as the field's type (a year, a date, a name, a text), NFC, without
control characters; the award is matched in the issuer's catalogue (its name or code,
valid on the decision's date), the unit against the names units bore on that date, marks
and case ignored ("phu yen" finds "Ban Dân tộc tỉnh Phú Yên" in 2022, not its 2025 name).
An unmatched unit is answered with what it probably is: the same unit under a name of
another date, a unit merged away before that date, or the nearest name of that date.
A row matching an award already stored may correct its register number, signer, position,
achievement or note (``differences``; ``correct`` stores them when the officer chose to).
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.errors import ValidationError
from emudesk.exchange.past_decisions import FIRST_YEAR, KIND_WORDS
from emudesk.exchange.plain import PlainRow, text
from emudesk.i18n import _
from emudesk.model import Award, Issuer, PastAward, Unit
from emudesk.services import checks
from emudesk.services.organisation.names_on_dates import exists_on, unit_name_on
from emudesk.text import clean, fold

MAX_TEXT = 4000
_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_KINDS = {fold(word): kind for kind, word in KIND_WORDS.items()} | {
    kind: kind for kind in KIND_WORDS
}


@dataclass(frozen=True)
class PastEntry:
    """A checked row: what would be stored."""

    number: int
    year: int
    decision_number: str
    decision_date: dt.date
    signer: str
    award: Award
    kind: str  # unit / collective / person
    unit: Unit
    name: str  # the collective's or the person's ("" for a unit)
    position: str
    register_number: str
    reason: str
    note: str

    @property
    def key(self) -> tuple[str, dt.date, int, str]:
        return (self.decision_number, self.decision_date, self.award.id, self.recipient_key)

    @property
    def recipient_key(self) -> str:
        return f"{self.kind}|{self.unit.uuid}|{fold(self.name)}"

    @property
    def unit_name(self) -> str:
        return unit_name_on(self.unit, self.decision_date).official_name

    @property
    def recipient(self) -> str:
        return f"{self.name}, {self.unit_name}" if self.name else self.unit_name


# The fields a row may correct in a past award already stored (its identity stays: the
# decision's number and date, the award and the recipient).
CORRECTABLE = ("register_number", "signer", "position", "reason", "note")


def field_label(field: str) -> str:
    return {
        "register_number": _("Register number"),
        "signer": _("Signer"),
        "position": _("Position"),
        "reason": _("Achievement"),
        "note": _("Note"),
    }[field]


def differences(entry: PastEntry, stored: Any) -> tuple[tuple[str, str, str], ...]:
    """(field, stored value, the row's value) for each correctable field the row changes."""
    return tuple(
        (field, getattr(stored, field) or "", getattr(entry, field))
        for field in CORRECTABLE
        if (getattr(stored, field) or "") != getattr(entry, field)
    )


def _year(value: Any, today: dt.date) -> int:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(_("the year “{value}” is no year", value=text(value)))
    if not FIRST_YEAR <= value <= today.year:
        raise ValidationError(
            _(
                "the year {year} is not between {first} and {last}",
                year=value,
                first=FIRST_YEAR,
                last=today.year,
            )
        )
    return value


def _date(value: Any, today: dt.date) -> dt.date:
    day: dt.date | None = None
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, str):
        shown = value.strip()
        found, iso = _DATE.match(shown), _ISO.match(shown)
        try:
            if found:
                day = dt.date(int(found[3]), int(found[2]), int(found[1]))
            elif iso:
                day = dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        except ValueError:
            day = None
    if day is None:
        raise ValidationError(
            _(
                "the decision's date “{value}” is no date (type it as day/month/year)",
                value=text(value),
            )
        )
    if day > today:
        raise ValidationError(
            _("the decision's date {day} is in the future", day=day.strftime("%d/%m/%Y"))
        )
    if day.year < FIRST_YEAR:
        raise ValidationError(
            _(
                "the decision's date {day} is before {first}",
                day=day.strftime("%d/%m/%Y"),
                first=FIRST_YEAR,
            )
        )
    return day


def _long_text(value: Any, label: str) -> str:
    return checks.text(value if isinstance(value, str) else text(value), label, max_len=MAX_TEXT)


class Matcher:
    """Awards and units of one issuer's database, indexed once for a whole workbook."""

    def __init__(self, awards: list[Award], units: list[Unit], today: dt.date) -> None:
        self.awards = awards
        self.units = units
        self.today = today
        # per decision date (a workbook has few): the units that exist, by each folded name
        self._days: dict[dt.date, tuple[dict[str, list[Unit]], list[Unit]]] = {}

    def _on(self, day: dt.date) -> tuple[dict[str, list[Unit]], list[Unit]]:
        found = self._days.get(day)
        if found is None:
            living = [u for u in self.units if exists_on(u, day)]
            names: dict[str, list[Unit]] = {}
            for unit in living:
                for name in _names_on(unit, day):
                    names.setdefault(name, []).append(unit)
            found = self._days[day] = (names, living)
        return found

    # -- awards ----------------------------------------------------------------------------

    def award(self, value: Any, on: dt.date) -> Award:
        wanted = fold(clean(text(value)))
        if not wanted:
            raise ValidationError(_("choose the award in the list"))
        found = [a for a in self.awards if wanted in (fold(a.name), fold(a.code))]
        if not found:
            raise ValidationError(
                _(
                    "“{award}” is no award of the issuer's catalogue; choose one in the list",
                    award=clean(text(value)),
                )
            )
        valid = [a for a in found if _valid(a, on)]
        if valid:
            return valid[0]
        award = found[0]
        raise ValidationError(
            _(
                "“{award}” was not awarded on {day} (the catalogue gives it from {start} "
                "until {end}); choose the award of that date",
                award=award.name,
                day=on.strftime("%d/%m/%Y"),
                start=_shown(award.valid_from),
                end=_shown(award.valid_until),
            )
        )

    # -- units -----------------------------------------------------------------------------

    def unit(self, value: Any, on: dt.date) -> Unit:
        typed = clean(text(value))
        wanted = fold(typed)
        names, living = self._on(on)
        found = list(dict.fromkeys(names.get(wanted, [])))
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise ValidationError(
                _(
                    "“{unit}” names several units on {day} ({codes}); type the unit's code",
                    unit=typed,
                    day=on.strftime("%d/%m/%Y"),
                    codes=", ".join(sorted(u.code for u in found)),
                )
            )
        raise ValidationError(self._unmatched(typed, wanted, on, living))

    def _unmatched(self, typed: str, wanted: str, on: dt.date, living: list[Unit]) -> str:
        day = on.strftime("%d/%m/%Y")
        for unit in self.units:
            for entry in unit.names:
                if wanted in (fold(entry.official_name), fold(entry.short_name or "")):
                    if not exists_on(unit, on):
                        return _(
                            "no unit is called “{unit}” on {day}: {name} was merged on "
                            "{merged}; a decision of that date names its successor",
                            unit=typed,
                            day=day,
                            name=entry.official_name,
                            merged=_shown(unit.merged_on),
                        )
                    return _(
                        "no unit is called “{unit}” on {day}: that is {code}'s name from "
                        "{start}; on {day} it was “{then}”",
                        unit=typed,
                        day=day,
                        code=unit.code,
                        start=_shown(entry.valid_from),
                        then=unit_name_on(unit, on).official_name,
                    )
        names = {name: u for u in living for name in _names_on(u, on) if name}
        close = difflib.get_close_matches(wanted, list(names), n=1, cutoff=0.6)
        if close:
            return _(
                "no unit is called “{unit}” on {day}; did you mean “{name}” ({code})?",
                unit=typed,
                day=day,
                code=names[close[0]].code,
                name=unit_name_on(names[close[0]], on).official_name,
            )
        return _(
            "no unit is called “{unit}” on {day}; add the unit first (Units page) or type its "
            "name as it was on that date",
            unit=typed,
            day=day,
        )

    # -- a row -----------------------------------------------------------------------------

    def entry(self, row: PlainRow) -> PastEntry:
        """The row checked and matched, or ``ValidationError`` saying what is wrong."""
        value = row.values
        year = _year(value.get("year"), self.today)
        number = checks.name(text(value.get("number")), _("Decision number"), max_len=80)
        day = _date(value.get("date"), self.today)
        if not year <= day.year <= year + 2:
            raise ValidationError(
                _(
                    "a decision of {day} cannot award the year {year}",
                    day=day.strftime("%d/%m/%Y"),
                    year=year,
                )
            )
        signer = checks.name(text(value.get("signer")), _("Signer"), required=False, max_len=200)
        award = self.award(value.get("award"), day)
        recipient = checks.name(text(value.get("recipient")), _("Recipient"), max_len=300)
        of_unit = checks.name(text(value.get("unit")), _("Unit"), required=False, max_len=300)
        position = checks.name(
            text(value.get("position")), _("Position"), required=False, max_len=300
        )
        kind = self._kind(value.get("kind"), award, of_unit, position)
        if kind == "unit":
            unit, name = self.unit(recipient, day), ""
        else:
            if not of_unit:
                raise ValidationError(
                    _("give the unit of the collective or person {name}", name=recipient)
                )
            unit, name = self.unit(of_unit, day), recipient
        if award.recipient == "collective" and kind == "person":
            raise ValidationError(
                _("{award} is given to collectives, not to a person", award=award.name)
            )
        if award.recipient == "individual" and kind != "person":
            raise ValidationError(_("{award} is given to persons only", award=award.name))
        register_number = checks.name(
            text(value.get("register")), _("Register number"), required=False, max_len=80
        )
        return PastEntry(
            number=row.number,
            year=year,
            decision_number=number,
            decision_date=day,
            signer=signer,
            award=award,
            kind=kind,
            unit=unit,
            name=name,
            position=position if kind == "person" else "",
            register_number=register_number,
            reason=_long_text(value.get("reason"), _("Achievement")),
            note=_long_text(value.get("note"), _("Note")),
        )

    @staticmethod
    def _kind(value: Any, award: Award, of_unit: str, position: str) -> str:
        typed = fold(clean(text(value)))
        if typed:
            if typed not in _KINDS:
                raise ValidationError(
                    _(
                        "“{kind}” is no kind of recipient; choose {choices}",
                        kind=clean(text(value)),
                        choices=", ".join(KIND_WORDS.values()),
                    )
                )
            return _KINDS[typed]
        if not of_unit:
            return "unit"
        if position or award.recipient == "individual":
            return "person"
        if award.recipient == "collective":
            return "collective"
        raise ValidationError(
            _("say whether the recipient is a collective or a person (column “Đối tượng”)")
        )


def _names_on(unit: Unit, on: dt.date) -> set[str]:
    entry = unit_name_on(unit, on)
    return {fold(entry.official_name), fold(entry.short_name or ""), fold(unit.code)} - {""}


def _valid(award: Award, on: dt.date) -> bool:
    return (award.valid_from is None or award.valid_from <= on) and (
        award.valid_until is None or on <= award.valid_until
    )


def _shown(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else "…"


def correct(
    session: Session,
    issuer: Issuer,
    entries: list[PastEntry],
    changed: dict[int, tuple[tuple[str, str, str], ...]],
) -> list[tuple[str, tuple[tuple[str, str, str], ...]]]:
    """Correct the stored awards the ``entries`` match; (UUID, changes) of each."""
    updated = []
    for entry in entries:
        past = session.scalars(
            select(PastAward).where(
                PastAward.issuer_id == issuer.id,
                PastAward.decision_number == entry.decision_number,
                PastAward.decision_date == entry.decision_date,
                PastAward.award_id == entry.award.id,
                PastAward.recipient_key == entry.recipient_key,
            )
        ).one()
        for field, _old, new in changed[entry.number]:
            setattr(past, field, new)
        updated.append((str(past.uuid), changed[entry.number]))
    return updated
