"""The search box: issuers, clusters, units (under any of their names) and persons."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.model import Cluster, Issuer, Person, Unit
from emudesk.services.organisation.units import name_in
from emudesk.text import clean, matches, sort_key


class HitKind(enum.StrEnum):
    ISSUER = "issuer"
    CLUSTER = "cluster"
    UNIT = "unit"
    PERSON = "person"


@dataclass(frozen=True)
class SearchHit:
    kind: HitKind
    uuid: UUID
    title: str
    detail: str


def search(session: Session, query: str, limit: int = 50) -> list[SearchHit]:
    """Everything whose names match every word of ``query``, ignoring case and diacritics."""
    if not clean(query):
        return []
    hits: list[SearchHit] = []
    for issuer in session.scalars(select(Issuer)):
        if matches(query, issuer.name, issuer.short_name):
            hits.append(SearchHit(HitKind.ISSUER, issuer.uuid, issuer.name, issuer.short_name))
    for cluster in session.scalars(select(Cluster)):
        if matches(query, cluster.code, cluster.name):
            hits.append(
                SearchHit(
                    HitKind.CLUSTER,
                    cluster.uuid,
                    f"{cluster.name} ({cluster.code})",
                    cluster.issuer.name,
                )
            )
    for unit in session.scalars(select(Unit)):
        matched = [
            n for n in unit.names if matches(query, n.official_name, n.short_name, unit.code)
        ]
        if matched:
            current = name_in(unit, None).official_name
            former = [n.official_name for n in matched if n.official_name != current]
            detail = unit.code + (f" — {', '.join(former)}" if former else "")
            hits.append(SearchHit(HitKind.UNIT, unit.uuid, current, detail))
    for person in session.scalars(select(Person)):
        if matches(query, person.full_name):
            hits.append(SearchHit(HitKind.PERSON, person.uuid, person.full_name, person.title))
    order = list(HitKind)
    hits.sort(key=lambda h: (order.index(h.kind), sort_key(h.title)))
    return hits[:limit]
