"""The name of an issuer or a unit on a date — the one place every paper, page and list asks.

Names belong to dates, not years (DESIGN.md): a 2024 paper says "Ủy ban Dân tộc" even when
printed after 1/3/2025, when the committee became the Bộ Dân tộc và Tôn giáo. A name entry is
valid from its date until the next entry; before the first entry the first name is used, so
a unit created with today's name still shows a name in older lists.

An issuer's own columns (``Issuer.name`` …) always hold its *current* name, so editing it
corrects the current name; ``IssuerName`` rows hold the history (the latest row mirrors the
columns). A unit merged into another exists until the day before ``Unit.merged_on``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.errors import NotFoundError
from emudesk.i18n import _
from emudesk.model import Issuer, IssuerName, Unit, UnitName
from emudesk.records.units import UnitRef


@dataclass(frozen=True)
class IssuerNaming:
    """An issuer as named on a date: what its papers and certificates print."""

    uuid: UUID
    name: str
    short_name: str
    signer_title: str  # e.g. "BỘ TRƯỞNG BỘ DÂN TỘC VÀ TÔN GIÁO"
    valid_from: dt.date | None  # None: the issuer has no dated history
    decision_number: str
    decision_date: dt.date | None


def year_end(year: int) -> dt.date:
    """The date a year's lists are named on: its last day (names that started in it count)."""
    return dt.date(year, 12, 31)


def year_start(year: int) -> dt.date:
    return dt.date(year, 1, 1)


# ---- units -------------------------------------------------------------------------------


def unit_name_on(unit: Unit, on: dt.date | None) -> UnitName:
    """The unit's name entry valid on ``on`` (the latest when ``on`` is None)."""
    entries = sorted(unit.names, key=lambda n: n.valid_from)
    chosen = entries[0]
    for entry in entries:
        if on is None or entry.valid_from <= on:
            chosen = entry
    return chosen


def unit_ref_on(unit: Unit, on: dt.date | None) -> UnitRef:
    """The unit as called on ``on`` (its latest name when ``on`` is None)."""
    entry = unit_name_on(unit, on)
    return UnitRef(
        unit.uuid, unit.code, entry.official_name, entry.short_name or entry.official_name
    )


def exists_on(unit: Unit, on: dt.date) -> bool:
    """False from the day the unit was merged into (or split among) its successor(s)."""
    return unit.merged_on is None or on < unit.merged_on


def successor_on(unit: Unit, on: dt.date) -> Unit:
    """The unit that stands for ``unit`` on ``on``, following a chain of mergers."""
    seen: set[int] = set()
    while unit.merged_on is not None and unit.merged_on <= on and unit.successor is not None:
        if unit.id in seen:  # the services make no cycles; be safe all the same
            break
        seen.add(unit.id)
        unit = unit.successor
    return unit


def unit_name_on_date(session: Session, unit_uuid: UUID, on: dt.date | None) -> UnitRef:
    """``unit_ref_on`` by UUID, for callers that hold no entity."""
    unit = session.scalar(select(Unit).where(Unit.uuid == unit_uuid))
    if unit is None:
        raise NotFoundError(_("The unit no longer exists; reload the list."))
    return unit_ref_on(unit, on)


# ---- issuers -----------------------------------------------------------------------------


def issuer_naming_on(issuer: Issuer, on: dt.date | None) -> IssuerNaming:
    """The issuer as named on ``on`` (its current name when ``on`` is None or today's)."""
    entries = sorted(issuer.names, key=lambda n: n.valid_from)
    chosen: IssuerName | None = entries[0] if entries else None
    for entry in entries:
        if on is None or entry.valid_from <= on:
            chosen = entry
    if chosen is None or chosen is entries[-1]:
        # The current name is the issuer's own columns (edits there correct it).
        return IssuerNaming(
            issuer.uuid,
            issuer.name,
            issuer.short_name,
            issuer.signer_title,
            chosen.valid_from if chosen else None,
            chosen.decision_number if chosen else "",
            chosen.decision_date if chosen else None,
        )
    return IssuerNaming(
        issuer.uuid,
        chosen.name,
        chosen.short_name,
        chosen.signer_title,
        chosen.valid_from,
        chosen.decision_number,
        chosen.decision_date,
    )


def issuer_name_on(issuer: Issuer, on: dt.date | None) -> str:
    """Just the issuer's name on ``on``."""
    return issuer_naming_on(issuer, on).name


def issuer_name_on_date(session: Session, issuer_uuid: UUID, on: dt.date | None) -> IssuerNaming:
    """``issuer_naming_on`` by UUID, for callers that hold no entity."""
    issuer = session.scalar(select(Issuer).where(Issuer.uuid == issuer_uuid))
    if issuer is None:
        raise NotFoundError(_("The issuer no longer exists; reload the list."))
    return issuer_naming_on(issuer, on)


def issuer_history(issuer: Issuer) -> list[IssuerNaming]:
    """Every name the issuer had, oldest first (the last is its current name)."""
    entries = sorted(issuer.names, key=lambda n: n.valid_from)
    return [issuer_naming_on(issuer, entry.valid_from) for entry in entries] or [
        issuer_naming_on(issuer, None)
    ]
