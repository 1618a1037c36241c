"""Lay a checked submission over the database, noting every change (see submission_import)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.errors import ConflictError
from emudesk.i18n import _
from emudesk.model import (
    Attachment,
    Award,
    Cluster,
    ClusterYear,
    DecisionItem,
    DossierPaper,
    Issuer,
    Meeting,
    Membership,
    Person,
    Proposal,
    Submission,
    Unit,
    Vote,
    YearPlan,
    YearScoring,
)
from emudesk.model.base import utcnow
from emudesk.model.org import ClusterKind, IssuerKind
from emudesk.services.cycle import attachments as attachment_files
from emudesk.services.issuing import names, submitted_ranking
from emudesk.services.issuing.submission_read import AwardData, ProposalData, SubmissionData


@dataclass(frozen=True)
class SubmissionPlan:
    """What a package changes (or changed): the preview and the result."""

    cluster_code: str
    year: int
    proposals: int
    first: bool  # the first package of this cluster-year
    changes: tuple[str, ...]

    @property
    def changes_anything(self) -> bool:
        return bool(self.changes)


class _Log:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def set(self, row: Any, values: dict[str, Any], what: str) -> None:
        """Set the attributes of ``row`` that differ, noting each change under ``what``."""
        for attr, value in values.items():
            old = getattr(row, attr)
            if old != value:
                setattr(row, attr, value)
                if row in row_session(row).new:
                    continue
                self.lines.append(
                    _("{what}: {field} {old} → {new}", what=what, field=attr, old=old, new=value)
                )

    def add(self, line: str) -> None:
        self.lines.append(line)


def row_session(row: Any) -> Session:
    from sqlalchemy.orm import object_session

    found = object_session(row)
    assert found is not None
    return found


def _by_uuid(session: Session, model: Any, uuid: Any) -> Any:
    return session.scalar(select(model).where(model.uuid == uuid))


def _issuer(session: Session, data: SubmissionData, log: _Log) -> Issuer:
    found = _by_uuid(session, Issuer, data.issuer.uuid) or session.scalar(
        select(Issuer).where(Issuer.name == data.issuer.name)
    )
    if found is None:  # the issuer's own record comes first; a package only creates it
        found = Issuer(
            uuid=data.issuer.uuid,
            name=data.issuer.name,
            short_name=data.issuer.short_name,
            kind=IssuerKind(data.issuer.kind),
            signer_title=data.issuer.signer_title,
        )
        names.add_issuer_names(found, list(data.issuer.names))
        session.add(found)
        log.add(_("New issuer: {name}", name=data.issuer.name))
    return found


def _award(session: Session, issuer: Issuer, data: AwardData, log: _Log) -> Award:
    found = _by_uuid(session, Award, data.uuid)
    if found is not None and found.issuer_id != issuer.id:
        raise ConflictError(_("The award {name} belongs to another issuer here.", name=data.name))
    found = found or session.scalar(
        select(Award).where(Award.issuer_id == issuer.id, Award.code == data.code)
    )
    if found is None:
        values = {k: v for k, v in data.__dict__.items()}
        found = Award(issuer=issuer, **values)
        session.add(found)
        log.add(_("New award in the catalogue: {name}", name=data.name))
    return found


def _cluster(session: Session, issuer: Issuer, data: SubmissionData, log: _Log) -> Cluster:
    found = _by_uuid(session, Cluster, data.cluster.uuid)
    same_code = session.scalar(select(Cluster).where(Cluster.code == data.cluster.code))
    if found is None and same_code is not None:
        raise ConflictError(
            _(
                "Another cluster already has the code {code} here; the package was refused and "
                "nothing was changed.",
                code=data.cluster.code,
            )
        )
    if found is None:
        found = Cluster(uuid=data.cluster.uuid, code=data.cluster.code, issuer=issuer)
        session.add(found)
        log.add(_("New cluster: {code}", code=data.cluster.code))
    elif found.issuer_id != issuer.id:
        raise ConflictError(
            _("The cluster {code} belongs to another issuer here.", code=data.cluster.code)
        )
    log.set(
        found,
        {
            "name": data.cluster.name,
            "number": data.cluster.number,
            "kind": ClusterKind(data.cluster.kind),
        },
        data.cluster.code,
    )
    return found


def _units(session: Session, data: SubmissionData, log: _Log) -> dict[Any, Unit]:
    result = {}
    for item in data.units:
        found = _by_uuid(session, Unit, item.uuid)
        if found is None:
            if session.scalar(select(Unit).where(Unit.code == item.code)) is not None:
                raise ConflictError(
                    _(
                        "Another unit already has the code {code} here; the package was refused "
                        "and nothing was changed.",
                        code=item.code,
                    )
                )
            found = Unit(uuid=item.uuid, code=item.code, province=item.province)
            session.add(found)
            log.add(_("New unit: {name}", name=item.official_name))
        renamed = names.set_unit_name(found, data.year, item.official_name, item.short_name)
        if renamed and found not in session.new:
            log.add(
                _(
                    "Name of {code} in {year}: {name}",
                    code=found.code,
                    year=data.year,
                    name=item.official_name,
                )
            )
        result[item.uuid] = found
    return result


def _year(
    session: Session, cluster: Cluster, data: SubmissionData, units: dict[Any, Unit], log: _Log
) -> ClusterYear:
    found = _by_uuid(session, ClusterYear, data.year_uuid)
    if found is None:
        if any(y.year == data.year for y in cluster.years):
            raise ConflictError(
                _(
                    "{code} {year} is recorded here under another identity; the package was "
                    "refused and nothing was changed.",
                    code=cluster.code,
                    year=data.year,
                )
            )
        found = ClusterYear(uuid=data.year_uuid, cluster=cluster, year=data.year)
        session.add(found)
    elif found.cluster_id != cluster.id or found.year != data.year:
        raise ConflictError(_("The package's year does not match the one recorded here."))
    what = f"{cluster.code} {data.year}"
    log.set(
        found,
        {
            "head": units[data.head] if data.head else None,
            "deputy": units[data.deputy] if data.deputy else None,
        },
        what,
    )
    present = {m.unit.uuid: m for m in found.memberships}
    for uuid in data.members:
        if uuid not in present:
            found.memberships.append(Membership(unit=units[uuid]))
            if found not in session.new:
                log.add(_("{what}: member added: {code}", what=what, code=units[uuid].code))
    for uuid, membership in present.items():
        if uuid not in data.members:
            found.memberships.remove(membership)
            log.add(_("{what}: member removed: {code}", what=what, code=membership.unit.code))
    _scores_locked(session, found, data, log, what)
    plan = (
        session.scalar(select(YearPlan).where(YearPlan.cluster_year_id == found.id))
        if found.id
        else None
    )
    if plan is None and data.deadline is not None:
        session.flush()
        session.add(YearPlan(cluster_year_id=found.id, dossier_deadline=data.deadline))
    elif plan is not None:
        log.set(plan, {"dossier_deadline": data.deadline}, what)
    return found


def _scores_locked(
    session: Session, year: ClusterYear, data: SubmissionData, log: _Log, what: str
) -> None:
    """The issuer keeps no scores: only whether the head had locked those it ranked by."""
    session.flush()
    found = session.scalar(select(YearScoring).where(YearScoring.cluster_year_id == year.id))
    if found is None:
        found = YearScoring(cluster_year_id=year.id, locked=False)
        session.add(found)
    if found.locked != data.scores_locked:
        found.locked = data.scores_locked
        found.locked_at = data.created if data.scores_locked else None
        found.locked_by = data.cluster.code if data.scores_locked else ""
        if year not in session.new:
            log.add(_("{what}: scores locked: {locked}", what=what, locked=data.scores_locked))


def _meeting(
    session: Session, year: ClusterYear, data: SubmissionData, log: _Log
) -> Meeting | None:
    if data.meeting is None:
        return None
    item = data.meeting
    found = _by_uuid(session, Meeting, item.uuid)
    if found is None:
        found = Meeting(uuid=item.uuid, cluster_year=year, kind="year_end", held_on=item.held_on)
        session.add(found)
    elif found.cluster_year_id != year.id:
        raise ConflictError(_("The package's minutes belong to another year here."))
    values = {
        k: getattr(item, k)
        for k in ("held_on", "place", "chair", "secretary", "agenda", "resolutions")
    }
    log.set(found, values, _("minutes"))
    return found


def _decided(session: Session, proposal: Proposal) -> bool:
    return (
        session.scalar(select(DecisionItem.id).where(DecisionItem.proposal_id == proposal.id))
        is not None
    )


def _refuse_decided(proposal: Proposal) -> ConflictError:
    return ConflictError(
        _(
            "The package changes a proposal the issuer has already decided ({unit}); the package "
            "was refused and nothing was changed.",
            unit=proposal.unit.code,
        )
    )


def _person(session: Session, item: ProposalData, unit: Unit) -> Person | None:
    if item.person is None:
        return None
    found = _by_uuid(session, Person, item.person.uuid)
    if found is None:
        found = Person(uuid=item.person.uuid, full_name=item.person.full_name, unit=unit)
        session.add(found)
    found.full_name = item.person.full_name
    found.honorific = item.person.honorific
    found.title = item.person.title
    return found


def _papers(session: Session, proposal: Proposal, item: ProposalData, log: _Log, what: str) -> None:
    present = {}
    if proposal.id is not None:
        present = {
            p.kind: p
            for p in session.scalars(
                select(DossierPaper).where(DossierPaper.proposal_id == proposal.id)
            )
        }
    for paper in item.papers:
        found = present.pop(paper.kind, None)
        if found is None:
            found = DossierPaper(uuid=paper.uuid, proposal=proposal, kind=paper.kind)
            session.add(found)
        before = (found.ready, found.attachment.uuid if found.attachment else None)
        found.ready = paper.ready
        if paper.file is None:
            found.attachment = None
        elif found.attachment is None or found.attachment.uuid != paper.file.uuid:
            attachment = _by_uuid(session, Attachment, paper.file.uuid)
            if attachment is None:
                attachment = attachment_files.make(paper.file.file_name, paper.file.data)
                attachment.uuid = paper.file.uuid
                session.add(attachment)
            found.attachment = attachment
        after = (found.ready, paper.file.uuid if paper.file else None)
        if before != after and proposal not in session.new:
            log.add(_("{what}: paper {paper} changed", what=what, paper=paper.kind))
    for kind, gone in present.items():
        session.delete(gone)
        log.add(_("{what}: paper {paper} removed", what=what, paper=kind))


def _proposals(
    session: Session,
    *,
    year: ClusterYear,
    data: SubmissionData,
    units: dict[Any, Unit],
    awards: dict[Any, Award],
    meeting: Meeting | None,
    log: _Log,
) -> None:
    present = {}
    if year.id is not None:
        present = {
            p.uuid: p
            for p in session.scalars(select(Proposal).where(Proposal.cluster_year_id == year.id))
        }
    for item in data.proposals:
        found = present.pop(item.uuid, None)
        unit = units[item.unit]
        what = (
            names.unit_name(unit, data.year)
            if item.nominee_kind == "unit"
            else item.collective_name or (item.person.full_name if item.person else "")
        )
        if found is None:
            if _by_uuid(session, Proposal, item.uuid) is not None:
                raise ConflictError(_("A proposal of the package belongs to another year here."))
            found = Proposal(uuid=item.uuid, cluster_year=year, status="submitted")
            session.add(found)
            log.add(
                _("New proposal: {nominee} — {award}", nominee=what, award=awards[item.award].name)
            )
        values = {
            "nominee_kind": item.nominee_kind,
            "unit": unit,
            "collective_name": item.collective_name,
            "person": _person(session, item, unit),
            "award": awards[item.award],
            "reason": item.reason,
            "rank": item.rank,
            "total": item.total,
            "position": item.position,
        }
        before = len(log.lines)
        log.set(found, values, what)
        _papers(session, found, item, log, what)
        if meeting is not None and item.vote is not None:
            vote = _by_uuid(session, Vote, item.vote.uuid)
            if vote is None:
                vote = Vote(
                    uuid=item.vote.uuid, meeting=meeting, subject="proposal", proposal=found
                )
                session.add(vote)
            log.set(
                vote,
                {
                    "method": item.vote.method,
                    "votes_for": item.vote.votes_for,
                    "votes_against": item.vote.votes_against,
                    "abstentions": item.vote.abstentions,
                    "unanimous": item.vote.unanimous,
                },
                what,
            )
        if len(log.lines) > before and found.id is not None and _decided(session, found):
            raise _refuse_decided(found)
    for gone in present.values():
        if _decided(session, gone):
            raise _refuse_decided(gone)
        log.add(
            _("Proposal withdrawn: {unit} — {award}", unit=gone.unit.code, award=gone.award.name)
        )
        session.delete(gone)


def _submission(
    session: Session, year: ClusterYear, data: SubmissionData, signed_by: str, log: _Log
) -> bool:
    found = (
        session.scalar(select(Submission).where(Submission.cluster_year_id == year.id))
        if year.id
        else None
    )
    if found is not None and data.created < found.created_at.replace(
        tzinfo=found.created_at.tzinfo or data.created.tzinfo
    ):
        raise ConflictError(
            _(
                "{file} is older than the submission already received for {code} {year}; it was "
                "refused and nothing was changed.",
                file=data.file,
                code=data.cluster.code,
                year=data.year,
            )
        )
    ranking = submitted_ranking.stored(data.ranking)
    if found is not None and found.ranking != ranking:
        log.add(_("The cluster's ranking table changes."))
    if not log.lines:
        return found is None
    values = {
        "ranking": ranking,
        "package_uuid": data.package_uuid,
        "created_at": data.created,
        "received_at": utcnow(),
        "file_name": data.file,
        "file_sha256": data.sha256,
        "signer": signed_by,
    }
    if found is None:
        session.add(Submission(cluster_year=year, revision=1, **values))
        return True
    for key, value in values.items():
        setattr(found, key, value)
    found.revision += 1
    return False


def apply(session: Session, data: SubmissionData, signed_by: str) -> SubmissionPlan:
    log = _Log()
    issuer = _issuer(session, data, log)
    awards = {a.uuid: _award(session, issuer, a, log) for a in data.awards}
    cluster = _cluster(session, issuer, data, log)
    units = _units(session, data, log)
    year = _year(session, cluster, data, units, log)
    meeting = _meeting(session, year, data, log)
    _proposals(session, year=year, data=data, units=units, awards=awards, meeting=meeting, log=log)
    session.flush()
    first = _submission(session, year, data, signed_by, log)
    session.flush()
    return SubmissionPlan(
        data.cluster.code, data.year, len(data.proposals), first, tuple(log.lines)
    )
