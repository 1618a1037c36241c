"""``emudesk check``: SQLite's own checks plus the domain's invariants, as readable problems."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.db.engine import Database
from emudesk.i18n import _
from emudesk.model import ClusterYear, Membership, Unit


def check_database(db: Database) -> list[str]:
    """Every problem found, in Vietnamese; an empty list means the database is sound."""
    problems: list[str] = []
    if db.path is not None:
        with db.engine.connect() as conn:
            for (row,) in conn.exec_driver_sql("PRAGMA integrity_check").all():
                if row != "ok":
                    problems.append(_("SQLite integrity check: {detail}", detail=row))
            for row in conn.exec_driver_sql("PRAGMA foreign_key_check").all():
                problems.append(
                    _(
                        "Broken reference: table {table} row {row} points to a missing {target}",
                        table=row[0],
                        row=row[1],
                        target=row[2],
                    )
                )
    with db.session() as session:
        problems.extend(_domain_problems(session))
    return problems


def _domain_problems(session: Session) -> list[str]:
    problems: list[str] = []
    members = {
        (cy, unit)
        for cy, unit in session.execute(select(Membership.cluster_year_id, Membership.unit_id))
    }
    for year in session.scalars(select(ClusterYear)):
        label = _("{cluster} year {year}", cluster=year.cluster.code, year=year.year)
        if year.head_unit_id is not None and year.head_unit_id == year.deputy_unit_id:
            problems.append(_("{label}: the head is also the deputy", label=label))
        # A head or deputy merged away during the year awaits its successor (flagged on the
        # year page), which is not a fault of the database.
        if (
            year.head is not None
            and (year.id, year.head.id) not in members
            and not _vanished_in(year.head, year.year)
        ):
            problems.append(_("{label}: the head is not a member that year", label=label))
        if (
            year.deputy is not None
            and (year.id, year.deputy.id) not in members
            and not _vanished_in(year.deputy, year.year)
        ):
            problems.append(_("{label}: the deputy is not a member that year", label=label))
    for unit in session.scalars(select(Unit)):
        if not unit.names:
            problems.append(_("Unit {code} has no name", code=unit.code))
        if unit.successor_id == unit.id:
            problems.append(_("Unit {code} is merged into itself", code=unit.code))
    problems += _score_problems(session)
    problems += _register_problems(session)
    return problems


def _vanished_in(unit: Unit, year: int) -> bool:
    return unit.merged_on is not None and unit.merged_on.year == year


def _score_problems(session: Session) -> list[str]:
    """Every stored score must be a value its criterion allows (an edit outside emudesk)."""
    from emudesk import rules
    from emudesk.model import Criterion, Score

    problems: list[str] = []
    rows = session.execute(
        select(Criterion.code, Criterion.kind, Criterion.max_points, Criterion.params, Score.value,
               Unit.code)
        .join(Score, Score.criterion_id == Criterion.id)
        .join(Unit, Unit.id == Score.assessed_unit_id)
    )  # fmt: skip
    for code, kind, maximum, params, value, unit in rows:
        spec = rules.CriterionSpec(code, code, "", rules.CriterionKind(kind), maximum,
                                   params=dict(params or {}))  # fmt: skip
        problem = rules.check_value(spec, value)
        if problem is not None:
            problems.append(
                _("Score of {unit} on criterion {code}: {problem}", unit=unit, code=code,
                  problem=problem.message)
            )  # fmt: skip
    return problems[:50]


def _register_problems(session: Session) -> list[str]:
    """Register numbers run 1, 2, 3… per issuer: never skipped, never repeated."""
    from emudesk.model import CertificateEntry, Issuer

    problems: list[str] = []
    numbers: dict[str, list[int]] = {}
    for issuer, number in session.execute(
        select(Issuer.name, CertificateEntry.number)
        .join(Issuer, Issuer.id == CertificateEntry.issuer_id)
        .order_by(CertificateEntry.number)
    ):
        numbers.setdefault(issuer, []).append(number)
    for issuer, found in numbers.items():
        missing = sorted(set(range(found[0], found[-1] + 1)) - set(found))
        if missing:
            problems.append(
                _(
                    "Certificate register of {issuer}: numbers are not consecutive "
                    "(missing {missing})",
                    issuer=issuer,
                    missing=", ".join(str(n) for n in missing[:10]),
                )
            )
    return problems
