"""Member units: contact details, names on dates, renames, merges and removal."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from uuid import UUID

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from emudesk.errors import ConflictError, InUseError, NotFoundError, ValidationError
from emudesk.i18n import _
from emudesk.model import ClusterYear, Membership, PastAward, Person, Unit, UnitName
from emudesk.records.units import UnitRef
from emudesk.services import audit, checks
from emudesk.services.common import check_version
from emudesk.services.organisation.names_on_dates import (
    unit_name_on,
    unit_ref_on,
    year_end,
    year_start,
)
from emudesk.services.tx import write
from emudesk.text import matches, sort_key


@dataclass(frozen=True)
class UnitFields:
    """What the user edits about a unit apart from its names."""

    code: str
    province: str = ""
    contact_person: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class NameEntry:
    from_year: int
    official_name: str
    short_name: str
    valid_from: dt.date | None = None
    decision_number: str = ""
    decision_date: dt.date | None = None


@dataclass(frozen=True)
class UnitInfo:
    uuid: UUID
    code: str
    official_name: str
    short_name: str
    province: str
    contact_person: str
    email: str
    phone: str
    successor_code: str
    successor_name: str
    merged_on: dt.date | None
    names: tuple[NameEntry, ...]
    version: int


def name_in(unit: Unit, year: int | None) -> UnitName:
    """The name entry valid at the end of ``year`` (the latest when ``year`` is None).

    A year's lists use the name its last day knows; a paper uses the name of its own date
    (``names_on_dates.unit_ref_on``).
    """
    return unit_name_on(unit, year_end(year) if year is not None else None)


def ref(unit: Unit, year: int | None) -> UnitRef:
    """The unit as called at the end of ``year``."""
    return unit_ref_on(unit, year_end(year) if year is not None else None)


def info(unit: Unit, year: int | None = None) -> UnitInfo:
    """Plain data about ``unit`` with its name as in ``year`` (latest by default)."""
    entry = name_in(unit, year)
    successor = unit.successor
    return UnitInfo(
        uuid=unit.uuid,
        code=unit.code,
        official_name=entry.official_name,
        short_name=entry.short_name,
        province=unit.province,
        contact_person=unit.contact_person,
        email=unit.email,
        phone=unit.phone,
        successor_code=successor.code if successor else "",
        successor_name=name_in(successor, None).official_name if successor else "",
        merged_on=unit.merged_on,
        names=tuple(
            NameEntry(
                n.from_year,
                n.official_name,
                n.short_name,
                n.valid_from,
                n.decision_number,
                n.decision_date,
            )
            for n in sorted(unit.names, key=lambda n: n.valid_from)
        ),
        version=unit.version,
    )


def load(session: Session, unit_uuid: UUID) -> Unit:
    """The unit with this UUID, or a NotFoundError."""
    unit = session.scalar(select(Unit).where(Unit.uuid == unit_uuid))
    if unit is None:
        raise NotFoundError(_("The unit no longer exists; reload the list."))
    return unit


def find(session: Session, text: str, year: int | None = None) -> Unit:
    """A unit by its code, or by a diacritics-insensitive part of one of its names."""
    wanted = text.strip()
    unit = session.scalar(select(Unit).where(Unit.code == wanted.upper()))
    if unit is not None:
        return unit
    hits = [
        u
        for u in session.scalars(select(Unit))
        if any(matches(wanted, n.official_name, n.short_name) for n in u.names)
    ]
    if year is not None and len(hits) > 1:
        hits = [u for u in hits if matches(wanted, *_names_in(u, year))] or hits
    if not hits:
        raise NotFoundError(_("No unit matches \u201c{text}\u201d.", text=text))
    if len(hits) > 1:
        codes = ", ".join(sorted(u.code for u in hits))
        raise ValidationError(
            _(
                "\u201c{text}\u201d matches several units ({codes}); give the code.",
                text=text,
                codes=codes,
            )
        )
    return hits[0]


def _names_in(unit: Unit, year: int) -> tuple[str, str]:
    entry = name_in(unit, year)
    return entry.official_name, entry.short_name


def _clean(fields: UnitFields) -> UnitFields:
    return UnitFields(
        code=checks.code(fields.code, _("Unit code")),
        province=checks.name(fields.province, _("Province"), required=False),
        contact_person=checks.name(fields.contact_person, _("Contact person"), required=False),
        email=checks.email(fields.email),
        phone=checks.name(fields.phone, _("Phone"), required=False, max_len=40),
    )


def _refuse_duplicate_code(session: Session, code: str, own_id: int | None = None) -> None:
    other = session.scalar(select(Unit).where(Unit.code == code))
    if other is not None and other.id != own_id:
        raise ConflictError(
            _(
                "The unit code {code} is already used by \u201c{name}\u201d.",
                code=code,
                name=name_in(other, None).official_name,
            ),
            field="code",
        )


def list_units(
    session: Session, *, year: int | None = None, query: str = "", include_merged: bool = True
) -> list[UnitInfo]:
    """Units with their names as in ``year``, filtered by ``query``, in Vietnamese order."""
    units = session.scalars(select(Unit)).all()
    result = []
    for unit in units:
        gone = unit.merged_on is not None and (year is None or unit.merged_on <= year_start(year))
        if gone and not include_merged:
            continue
        if query and not any(
            matches(query, n.official_name, n.short_name, unit.code, unit.province)
            for n in unit.names
        ):
            continue
        result.append(info(unit, year))
    return sorted(result, key=lambda u: sort_key(u.official_name))


def get_unit(session: Session, unit_uuid: UUID, year: int | None = None) -> UnitInfo:
    return info(load(session, unit_uuid), year)


def create_unit(
    session: Session,
    fields: UnitFields,
    *,
    official_name: str,
    short_name: str = "",
    from_year: int | None = None,
    valid_from: dt.date | None = None,
) -> UnitInfo:
    """Add a unit with its first name, valid from ``valid_from`` (or 1 January of ``from_year``)."""
    fields = _clean(fields)
    official = checks.name(official_name, _("Official name"))
    short = checks.name(short_name, _("Short name"), required=False)
    since = _since(from_year, valid_from)
    with write(session):
        _refuse_duplicate_code(session, fields.code)
        unit = Unit(**asdict(fields))
        unit.names.append(UnitName(valid_from=since, official_name=official, short_name=short))
        session.add(unit)
        session.flush()
        audit.record(
            session,
            action="create",
            entity="unit",
            entity_uuid=unit.uuid,
            summary=official,
            new={**asdict(fields), "official_name": official, "short_name": short},
        )
        return info(unit)


def update_unit(
    session: Session, unit_uuid: UUID, fields: UnitFields, expected_version: int | None = None
) -> UnitInfo:
    """Change a unit's code and contact details (its names change through ``rename_unit``)."""
    fields = _clean(fields)
    with write(session):
        unit = load(session, unit_uuid)
        check_version(unit, expected_version, name_in(unit, None).official_name)
        _refuse_duplicate_code(session, fields.code, unit.id)
        old = UnitFields(unit.code, unit.province, unit.contact_person, unit.email, unit.phone)
        for key, value in asdict(fields).items():
            setattr(unit, key, value)
        session.flush()
        if old == fields:
            return info(unit)
        audit.record(
            session,
            action="update",
            entity="unit",
            entity_uuid=unit.uuid,
            summary=name_in(unit, None).official_name,
            old=asdict(old),
            new=asdict(fields),
        )
        return info(unit)


def _since(from_year: int | None, valid_from: dt.date | None) -> dt.date:
    if valid_from is not None:
        checks.year(valid_from.year)
        return valid_from
    if from_year is None:
        raise ValidationError(_("Give the date the name takes effect."))
    checks.year(from_year)
    return year_start(from_year)


def rename_unit(
    session: Session,
    unit_uuid: UUID,
    *,
    from_year: int | None = None,
    official_name: str,
    short_name: str = "",
    valid_from: dt.date | None = None,
    decision_number: str = "",
    decision_date: dt.date | None = None,
) -> UnitInfo:
    """Give the unit a new name from a date on; papers dated earlier keep the old name."""
    official = checks.name(official_name, _("Official name"))
    short = checks.name(short_name, _("Short name"), required=False)
    since = _since(from_year, valid_from)
    number = checks.name(decision_number, _("Decision number"), required=False, max_len=80)
    with write(session):
        unit = load(session, unit_uuid)
        set_name(unit, since, official, short, decision_number=number, decision_date=decision_date)
        previous = unit_name_on(unit, since - dt.timedelta(days=1))
        old = {"valid_from": previous.valid_from, "official_name": previous.official_name}
        from_year = since.year
        session.flush()
        audit.record(
            session,
            action="rename",
            entity="unit",
            entity_uuid=unit.uuid,
            summary=_(
                "{old} \u2192 {new} from {year}",
                old=previous.official_name,
                new=official,
                year=from_year,
            ),
            old=old,
            new={
                "valid_from": since,
                "official_name": official,
                "short_name": short,
                "decision_number": number,
                "decision_date": decision_date,
            },
        )
        return info(unit)


def set_name(
    unit: Unit,
    since: dt.date,
    official: str,
    short: str,
    *,
    decision_number: str = "",
    decision_date: dt.date | None = None,
) -> None:
    """Record (or correct) the unit's name valid from ``since``; inside a caller's write."""
    existing = next((n for n in unit.names if n.valid_from == since), None)
    if existing is not None:
        existing.official_name, existing.short_name = official, short
        existing.decision_number, existing.decision_date = decision_number, decision_date
    else:
        unit.names.append(
            UnitName(
                valid_from=since,
                official_name=official,
                short_name=short,
                decision_number=decision_number,
                decision_date=decision_date,
            )
        )


def merge_unit(
    session: Session,
    unit_uuid: UUID,
    successor_uuid: UUID,
    *,
    year: int | None = None,
    on: dt.date | None = None,
) -> UnitInfo:
    """Record that ``unit`` merged into ``successor`` on ``on`` (or 1 January of ``year``).

    Papers dated earlier keep the unit under its own name. Memberships of later years pass to
    the successor; in the year of a mid-year merger the unit leaves on that day and the
    successor joins (``reorganisation.merge`` also moves the year's scores and papers).
    """
    on = _since(year, on)
    with write(session):
        unit = load(session, unit_uuid)
        successor = load(session, successor_uuid)
        moved = absorb(session, unit, successor, on)
        label = unit_ref_on(unit, on - dt.timedelta(days=1)).name
        audit.record(
            session,
            action="merge",
            entity="unit",
            entity_uuid=unit.uuid,
            summary=_(
                "{unit} merged into {successor} from {year}",
                unit=label,
                successor=unit_ref_on(successor, on).name,
                year=on.strftime("%d/%m/%Y"),
            ),
            new={"successor": successor.uuid, "on": on, "memberships_moved": moved},
        )
        return info(unit)


def absorb(session: Session, unit: Unit, successor: Unit, on: dt.date) -> list[str]:
    """Check and record a merger on ``on`` and move memberships; inside a caller's write."""
    label = unit_ref_on(unit, on - dt.timedelta(days=1)).name
    if unit.id == successor.id:
        raise ValidationError(_("A unit cannot be merged into itself."))
    if unit.merged_on is not None:
        raise ConflictError(
            _(
                "\u201c{name}\u201d was already merged into another unit in {year}.",
                name=label,
                year=unit.merged_on.strftime("%d/%m/%Y"),
            )
        )
    chain: Unit | None = successor
    while chain is not None:
        if chain.id == unit.id:
            raise ValidationError(
                _("This merge would make a circle: the successor was merged into this unit.")
            )
        chain = chain.successor
    if successor.merged_on is not None and successor.merged_on <= on:
        raise ValidationError(
            _(
                "\u201c{name}\u201d no longer exists in {year}; merge into its successor.",
                name=unit_ref_on(successor, on).name,
                year=on.strftime("%d/%m/%Y"),
            )
        )
    moved = _transfer_memberships(session, unit, successor, on)
    unit.successor = successor
    unit.merged_on = on
    session.flush()
    return moved


def _transfer_memberships(session: Session, unit: Unit, successor: Unit, on: dt.date) -> list[str]:
    """The successor takes the unit's place in the merger's year and later ones.

    In the merger's own year (unless it is 1 January) a head or deputy role stays with the
    vanished unit until an officer records who takes it over: the year page flags it.
    """
    moved: list[str] = []
    rows = session.execute(
        select(Membership, ClusterYear)
        .join(ClusterYear, Membership.cluster_year_id == ClusterYear.id)
        .where(Membership.unit_id == unit.id, ClusterYear.year >= on.year)
    ).all()
    mid_year = on != year_start(on.year)
    for membership, cluster_year in rows:
        label = f"{cluster_year.cluster.code}/{cluster_year.year}"
        already = any(m.unit_id == successor.id for m in cluster_year.memberships)
        if already:
            cluster_year.memberships.remove(membership)
        else:
            membership.unit = successor
            if mid_year and cluster_year.year == on.year:
                membership.joined_on = on
        moved.append(label)
        if mid_year and cluster_year.year == on.year:
            continue
        if cluster_year.head_unit_id == unit.id:
            cluster_year.head = None if cluster_year.deputy_unit_id == successor.id else successor
        if cluster_year.deputy_unit_id == unit.id:
            cluster_year.deputy = None if cluster_year.head_unit_id == successor.id else successor
    return moved


def remove_unit(session: Session, unit_uuid: UUID) -> None:
    """Delete a unit that has no history at all (typed by mistake)."""
    with write(session):
        unit = load(session, unit_uuid)
        label = name_in(unit, None).official_name
        used = session.scalar(select(Membership.id).where(Membership.unit_id == unit.id).limit(1))
        led = session.scalar(
            select(ClusterYear.id)
            .where(or_(ClusterYear.head_unit_id == unit.id, ClusterYear.deputy_unit_id == unit.id))
            .limit(1)
        )
        successor_of = session.scalar(select(Unit.id).where(Unit.successor_id == unit.id).limit(1))
        people = session.scalar(select(Person.id).where(Person.unit_id == unit.id).limit(1))
        past = session.scalar(select(PastAward.id).where(PastAward.unit_id == unit.id).limit(1))
        if used or led or successor_of or people or past:
            raise InUseError(
                _(
                    "\u201c{name}\u201d has history (memberships, roles, merged units or "
                    "people) and cannot be removed; record a merge or end its membership "
                    "instead.",
                    name=label,
                )
            )
        audit.record(
            session,
            action="remove",
            entity="unit",
            entity_uuid=unit.uuid,
            summary=label,
            old={"code": unit.code, "official_name": label},
        )
        session.delete(unit)
