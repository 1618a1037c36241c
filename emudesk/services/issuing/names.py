"""Every name the issuer's side reads or writes, in one place.

Units' and issuers' names are being moved onto dates (the 2025 reorganisation); the issuer's
modules ask here only, and this module asks ``services.papers.names`` (the papers' one
place) wherever it can, so that change lands in these two files.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.errors import NotFoundError
from emudesk.i18n import _
from emudesk.model import Issuer, IssuerName, Unit, UnitName
from emudesk.services.organisation.names_on_dates import unit_name_on, year_end, year_start
from emudesk.services.papers import names as paper_names
from emudesk.text import clean, fold, matches


def unit_name(unit: Unit, year: int) -> str:
    """The unit's official name as it was in ``year``."""
    return paper_names.unit_ref(unit, None, year).name


def unit_names(unit: Unit, year: int) -> tuple[str, str]:
    """(official name, short name) as in ``year`` (on its last day)."""
    entry = unit_name_on(unit, year_end(year))
    return entry.official_name, entry.short_name


def all_unit_names(unit: Unit) -> list[str]:
    """Every name the unit ever had (for searching history across renames)."""
    return [n.official_name for n in unit.names] + [
        n.short_name for n in unit.names if n.short_name
    ]


def set_unit_name(unit: Unit, year: int, official: str, short: str) -> bool:
    """Record the unit's names valid from ``year`` as a package states them; True if changed."""
    if unit.names and unit_names(unit, year) == (official, short):
        return False
    start = year_start(year)
    for entry in unit.names:
        if entry.valid_from == start:
            entry.official_name, entry.short_name = official, short
            return True
    unit.names.append(UnitName(valid_from=start, official_name=official, short_name=short))
    return True


def issuer_name(issuer: Issuer, year: int | None = None) -> str:
    """The issuer's name (as at the end of ``year``, when given)."""
    return paper_names.issuer_name(issuer, None, year)


def issuer_name_on(issuer: Issuer, on: dt.date) -> str:
    """The issuer's name on a paper dated ``on`` (a decision, the council's minutes)."""
    return paper_names.issuer_name(issuer, on)


def issuer_title_on(issuer: Issuer, on: dt.date) -> str:
    """The issuer's head as printed on a paper dated ``on`` ("BỘ TRƯỞNG, CHỦ NHIỆM …")."""
    return paper_names.issuer_naming(issuer, on).signer_title


def issuer_label(issuer: Issuer, year: int | None = None) -> str:
    """Its short name (as at the end of ``year``, when given)."""
    naming = paper_names.issuer_naming(issuer, None, year)
    return naming.short_name or naming.name


def issuer_names(issuer: Issuer) -> list[dict[str, str]]:
    """Every dated name of the issuer, for a package (its current one is its columns)."""
    return [
        {
            "valid_from": entry.valid_from.isoformat(),
            "name": entry.name,
            "short_name": entry.short_name,
            "signer_title": entry.signer_title,
        }
        for entry in sorted(issuer.names, key=lambda n: n.valid_from)
    ]


def add_issuer_names(issuer: Issuer, entries: list[tuple[dt.date, str, str, str]]) -> None:
    """Give a new issuer the dated names a package brought."""
    for valid_from, name, short_name, signer_title in entries:
        issuer.names.append(
            IssuerName(
                valid_from=valid_from, name=name, short_name=short_name, signer_title=signer_title
            )
        )


def find_issuer(session: Session, text: str) -> Issuer:
    """The issuer whose short name or name is ``text`` (case and marks ignored)."""
    wanted = fold(clean(text))
    for issuer in session.scalars(select(Issuer)):
        known = [issuer.short_name, issuer.name]
        known += [n for entry in issuer.names for n in (entry.name, entry.short_name)]
        if wanted in (fold(n) for n in known if n):
            return issuer
    raise NotFoundError(_("No issuer is called {name} here.", name=clean(text)))


def matches_unit(unit: Unit, text: str) -> bool:
    """True when ``text`` (marks ignored) is in the unit's code or one of its names."""
    return matches(text, unit.code, *all_unit_names(unit))
