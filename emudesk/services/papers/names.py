"""How issuers and units are named on a paper dated D — the one place papers ask.

A paper keeps the names valid on its date: the 2024 review's papers say "Ủy ban Dân tộc"
even when printed after the committee became a ministry. Names are kept per year today
(``UnitName``); dated names will answer here without the papers changing.
"""

from __future__ import annotations

import datetime as dt

from emudesk.model import Issuer, Unit
from emudesk.services.organisation import units
from emudesk.services.organisation.units import UnitRef


def issuer_name(issuer: Issuer, on: dt.date | None) -> str:
    """The issuer's name on a paper dated ``on`` (its current name while names have no dates)."""
    del on  # names of issuers are not dated yet
    return issuer.name


def unit_ref(unit: Unit, on: dt.date | None, year: int) -> UnitRef:
    """The unit as named on a paper dated ``on``; an undated paper of ``year`` takes its year."""
    return units.ref(unit, on.year if on is not None else year)
