"""How issuers and units are named on a paper dated D — the papers' door to the dated names.

A paper keeps the names valid on its date: the 2024 review's papers say "Ủy ban Dân tộc"
even when printed after the committee became a ministry. The names themselves live in
``emudesk.services.organisation.names_on_dates``; an undated paper of a year takes that
year's last day.
"""

from __future__ import annotations

import datetime as dt

from emudesk.model import Issuer, Unit
from emudesk.services.organisation.names_on_dates import (
    IssuerNaming,
    UnitRef,
    issuer_naming_on,
    unit_ref_on,
    year_end,
)


def _day(on: dt.date | None, year: int | None) -> dt.date | None:
    if on is not None:
        return on
    return year_end(year) if year is not None else None


def issuer_name(issuer: Issuer, on: dt.date | None, year: int | None = None) -> str:
    """The issuer's name on a paper dated ``on`` (an undated paper of ``year``: its end)."""
    return issuer_naming_on(issuer, _day(on, year)).name


def issuer_naming(issuer: Issuer, on: dt.date | None, year: int | None = None) -> IssuerNaming:
    """The issuer's name, short name and signer's title on a paper dated ``on``."""
    return issuer_naming_on(issuer, _day(on, year))


def unit_ref(unit: Unit, on: dt.date | None, year: int) -> UnitRef:
    """The unit as named on a paper dated ``on``; an undated paper of ``year`` takes its end."""
    return unit_ref_on(unit, _day(on, year))
