"""Every name the issuer's side reads, in one place.

Units' and issuers' names are being moved onto dates (the 2025 reorganisation); the issuer's
modules ask here only, so that change lands in this file.
"""

from __future__ import annotations

from emudesk.model import Issuer, Unit, UnitName
from emudesk.services.organisation import units


def unit_name(unit: Unit, year: int) -> str:
    """The unit's official name as it was in ``year``."""
    return units.ref(unit, year).name


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
    return issuer.name


def issuer_label(issuer: Issuer) -> str:
    return issuer.short_name or issuer.name
