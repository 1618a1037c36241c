"""The year as its scoring forms and returns see it: table rows, members, what each unit gave."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from emudesk import rules
from emudesk.errors import EmuError
from emudesk.exchange.formdata import FormRow, Member, YearFacts
from emudesk.model import ClusterYear, Criterion, Score, ScoringTable, Unit
from emudesk.services.organisation import years
from emudesk.services.scoring import locking, tables


def year_facts(session: Session, cluster_year: ClusterYear) -> YearFacts:
    """The year as its forms need it: current table, its rows, members, versions, lock."""
    table = tables.require_current(session, cluster_year)
    rows = tuple(FormRow.of(c) for c in tables.info(session, table).criteria)
    versions = select(ScoringTable).where(ScoringTable.cluster_year_id == cluster_year.id)
    locked = ""
    try:
        locking.refuse_if_locked(session, cluster_year)
    except EmuError as exc:
        locked = exc.message
    return YearFacts(
        cluster_year_uuid=cluster_year.uuid,
        cluster_code=cluster_year.cluster.code,
        year=cluster_year.year,
        table_uuid=table.uuid,
        table_revision=table.revision,
        criteria_hash=tables.criteria_hash(table),
        rows=rows,
        members=tuple(
            Member(m.uuid, m.code, m.short_name) for m in years.info(cluster_year).members
        ),
        revisions={t.uuid: t.revision for t in session.scalars(versions)},
        locked=locked,
    )


def given_by(
    session: Session, facts: YearFacts, unit_uuid: UUID
) -> list[tuple[str, UUID, str, int, str, str]]:
    """The self- and peer scores ``unit_uuid`` gave on the year's current table.

    Plain rows (criterion key, assessed unit, role, value, note, evidence) from one query:
    no ORM objects and no lazy loads, since an import reads them for every file.
    """
    assessed = aliased(Unit)
    scorer = aliased(Unit)
    rows = session.execute(
        select(Criterion.uuid, assessed.uuid, Score.role, Score.value, Score.note, Score.evidence)
        .join(Criterion, Score.criterion_id == Criterion.id)
        .join(ScoringTable, Criterion.table_id == ScoringTable.id)
        .join(scorer, Score.scorer_unit_id == scorer.id)
        .join(assessed, Score.assessed_unit_id == assessed.id)
        .where(
            ScoringTable.uuid == facts.table_uuid,
            scorer.uuid == unit_uuid,
            Score.role != rules.ScorerRole.HEAD.value,
        )
    )
    return [(str(c), a, role, value, note, ev) for c, a, role, value, note, ev in rows]
