"""Every name the issuer's side reads or writes, in one place.

Units' and issuers' names are being moved onto dates (the 2025 reorganisation); the issuer's
modules ask here only, and this module asks ``services.papers.names`` (the papers' one
place) wherever it can, so that change lands in these two files.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.errors import NotFoundError
from emudesk.i18n import _
from emudesk.model import Issuer, Unit, UnitName
from emudesk.services.organisation import units
from emudesk.services.papers import names as paper_names
from emudesk.text import clean, fold, matches


def unit_name(unit: Unit, year: int) -> str:
    """The unit's official name as it was in ``year``."""
    return paper_names.unit_ref(unit, None, year).name


def unit_names(unit: Unit, year: int) -> tuple[str, str]:
    """(official name, short name) as in ``year``."""
    entry = units.name_in(unit, year)
    return entry.official_name, entry.short_name


def all_unit_names(unit: Unit) -> list[str]:
    """Every name the unit ever had (for searching history across renames)."""
    return [n.official_name for n in unit.names] + [
        n.short_name for n in unit.names if n.short_name
    ]


def set_unit_name(unit: Unit, year: int, official: str, short: str) -> bool:
    """Record the unit's names valid from ``year`` as a package states them; True if changed."""
    for entry in unit.names:
        if entry.from_year == year:
            if (entry.official_name, entry.short_name) == (official, short):
                return False
            entry.official_name, entry.short_name = official, short
            return True
    if unit.names and unit_names(unit, year) == (official, short):
        return False
    unit.names.append(UnitName(from_year=year, official_name=official, short_name=short))
    return True


def issuer_name(issuer: Issuer) -> str:
    return paper_names.issuer_name(issuer, None)


def issuer_label(issuer: Issuer) -> str:
    return issuer.short_name or issuer.name


def find_issuer(session: Session, text: str) -> Issuer:
    """The issuer whose short name or name is ``text`` (case and marks ignored)."""
    wanted = fold(clean(text))
    for issuer in session.scalars(select(Issuer)):
        if wanted in (fold(issuer.short_name), fold(issuer.name)):
            return issuer
    raise NotFoundError(_("No issuer is called {name} here.", name=clean(text)))


def matches_unit(unit: Unit, text: str) -> bool:
    """True when ``text`` (marks ignored) is in the unit's code or one of its names."""
    return matches(text, unit.code, *all_unit_names(unit))
