"""A submission package's content, every value checked, as plain records (nothing stored)."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

from emudesk.errors import FileFormatError
from emudesk.i18n import _
from emudesk.model.org import ClusterKind, IssuerKind
from emudesk.services.cycle import attachments as attachment_files
from emudesk.services.issuing import package, submitted_ranking
from emudesk.services.issuing.values import Reader
from emudesk.services.papers import catalogue

KIND = "submission"
FORMAT = 2  # the newest format read (``submission_export.FORMAT``)
MAX_ROWS = 500
NOMINEES = ("unit", "collective", "person")
PAPERS = ("submission", "minutes", "achievement_report")


@dataclass(frozen=True)
class IssuerData:
    uuid: UUID
    name: str
    short_name: str
    kind: str
    signer_title: str
    names: tuple[tuple[dt.date, str, str, str], ...] = ()  # dated: from, name, short, title


@dataclass(frozen=True)
class ClusterData:
    uuid: UUID
    code: str
    number: int | None
    name: str
    kind: str


@dataclass(frozen=True)
class UnitData:
    uuid: UUID
    code: str
    province: str
    official_name: str
    short_name: str


@dataclass(frozen=True)
class AwardData:
    uuid: UUID
    code: str
    kind: str
    recipient: str
    name: str
    artefact: str
    template_key: str
    paper: str
    grantor: str
    signing_mode: str
    signing_for: str
    signer_title: str
    money_hundredths: int | None
    vote_threshold: str
    ranking_role: str
    valid_from: dt.date | None
    valid_until: dt.date | None
    position: int


@dataclass(frozen=True)
class FileData:
    uuid: UUID
    file_name: str
    data: bytes


@dataclass(frozen=True)
class PaperData:
    uuid: UUID
    kind: str
    ready: bool
    file: FileData | None


@dataclass(frozen=True)
class VoteData:
    uuid: UUID
    method: str
    votes_for: int
    votes_against: int
    abstentions: int
    unanimous: bool


@dataclass(frozen=True)
class PersonData:
    uuid: UUID
    full_name: str
    honorific: str
    title: str


@dataclass(frozen=True)
class ProposalData:
    uuid: UUID
    nominee_kind: str
    unit: UUID
    collective_name: str
    person: PersonData | None
    award: UUID
    reason: str
    rank: int | None
    total: int | None
    position: int
    vote: VoteData | None
    papers: tuple[PaperData, ...]


@dataclass(frozen=True)
class MeetingData:
    uuid: UUID
    held_on: dt.date
    place: str
    chair: str
    secretary: str
    agenda: str
    resolutions: str


@dataclass(frozen=True)
class SubmissionData:
    file: str
    sha256: str
    package_uuid: UUID
    created: dt.datetime
    issuer: IssuerData
    cluster: ClusterData
    year_uuid: UUID
    year: int
    head: UUID | None
    deputy: UUID | None
    members: tuple[UUID, ...]
    deadline: dt.date | None
    scores_locked: bool  # the head had locked the scores the ranking comes from
    units: tuple[UnitData, ...]
    awards: tuple[AwardData, ...]
    meeting: MeetingData | None
    proposals: tuple[ProposalData, ...]
    ranking: submitted_ranking.RankingData | None = None  # format 2 onwards


def _award(r: Reader) -> AwardData:
    return AwardData(
        uuid=r.required_uuid("uuid"),
        code=r.text("code", 40, required=True),
        kind=r.choice("kind", tuple(catalogue.AwardType)),
        recipient=r.choice("recipient", tuple(catalogue.Recipient)),
        name=r.text("name", 300, required=True),
        artefact=r.choice("artefact", tuple(catalogue.Artefact)),
        template_key=r.text("template_key", 60),
        paper=r.choice("paper", tuple(catalogue.Paper)),
        grantor=r.text("grantor", 300),
        signing_mode=r.text("signing_mode", 6),
        signing_for=r.text("signing_for", 200),
        signer_title=r.text("signer_title", 200),
        money_hundredths=r.integer("money_hundredths", 0, 10_000_000, optional=True),
        vote_threshold=r.text("vote_threshold", 20),
        ranking_role=r.text("ranking_role", 20),
        valid_from=r.date("valid_from"),
        valid_until=r.date("valid_until"),
        position=r.integer("position", 0, 100_000) or 0,
    )


def _file(r: Reader, attachments: dict[str, bytes]) -> FileData:
    uuid = r.required_uuid("uuid")
    name = r.text("file_name", 260, required=True)
    data = attachments.get(f"attachments/{uuid}.bin")
    if data is None:
        raise r.bad("uuid")
    try:
        attachment_files.media_type(name, data)
    except FileFormatError as exc:
        raise r.bad("file_name") from exc
    return FileData(uuid, name, data)


def _proposal(r: Reader, attachments: dict[str, bytes], used: set[str]) -> ProposalData:
    person_r = r.child("person", optional=True)
    vote_r = r.child("vote", optional=True)
    papers = []
    kinds: set[str] = set()
    for p in r.items("papers", len(PAPERS)):
        kind = p.choice("kind", PAPERS)
        if kind in kinds:
            raise p.bad("kind")
        kinds.add(kind)
        file_r = p.child("file", optional=True)
        file = _file(file_r, attachments) if file_r is not None else None
        if file is not None:
            used.add(f"attachments/{file.uuid}.bin")
        papers.append(PaperData(p.required_uuid("uuid"), kind, p.flag("ready"), file))
    kind = r.choice("nominee_kind", NOMINEES)
    person = (
        PersonData(
            person_r.required_uuid("uuid"),
            person_r.text("full_name", 300, required=True),
            person_r.text("honorific", 10),
            person_r.text("title", 300),
        )
        if person_r is not None
        else None
    )
    if (kind == "person") != (person is not None):
        raise r.bad("person")
    collective = r.text("collective_name", 300, required=kind == "collective")
    return ProposalData(
        uuid=r.required_uuid("uuid"),
        nominee_kind=kind,
        unit=r.required_uuid("unit"),
        collective_name=collective,
        person=person,
        award=r.required_uuid("award"),
        reason=r.text("reason", 4000, lines=True),
        rank=r.integer("rank", 1, 10_000, optional=True),
        total=r.integer("total", -10_000_000, 10_000_000, optional=True),
        position=r.integer("position", 0, 100_000) or 0,
        vote=None
        if vote_r is None
        else VoteData(
            vote_r.required_uuid("uuid"),
            vote_r.choice("method", ("hands", "secret")),
            vote_r.integer("for", 0, 10_000) or 0,
            vote_r.integer("against", 0, 10_000) or 0,
            vote_r.integer("abstentions", 0, 10_000) or 0,
            vote_r.flag("unanimous"),
        ),
        papers=tuple(papers),
    )


def read_submission(path: Path) -> SubmissionData:
    """The package at ``path`` checked whole: refused on the first wrong value."""
    found = package.read(Path(path), KIND, newest=FORMAT)
    file = Path(path).name
    manifest = Reader(found.manifest, "manifest", file)
    root = Reader(found.document, "", file)
    issuer_r = root.required_child("issuer")
    cluster_r = root.required_child("cluster")
    year_r = root.required_child("year")
    meeting_r = root.child("meeting", optional=True)
    units = tuple(
        UnitData(
            u.required_uuid("uuid"),
            u.text("code", 40, required=True).upper(),
            u.text("province", 300),
            u.text("official_name", 300, required=True),
            u.text("short_name", 300),
        )
        for u in root.items("units", MAX_ROWS)
    )
    awards = tuple(_award(a) for a in root.items("awards", MAX_ROWS))
    used: set[str] = set()
    proposals = tuple(
        _proposal(p, found.attachments, used) for p in root.items("proposals", MAX_ROWS)
    )
    if used != set(found.attachments):
        raise package.damaged(file, _("an attachment belongs to no paper"))
    known_units = {u.uuid for u in units}
    known_awards = {a.uuid for a in awards}
    year = year_r.integer("year", 2000, 2100) or 0
    members = tuple(_uuid_list(year_r, "members"))
    head, deputy = year_r.uuid("head", optional=True), year_r.uuid("deputy", optional=True)
    for what, value in (("head", head), ("deputy", deputy)):
        if value is not None and value not in known_units:
            raise year_r.bad(what)
    if not set(members) <= known_units:
        raise year_r.bad("members")
    uuids: list[UUID] = [u.uuid for u in units] + [a.uuid for a in awards]
    for index, proposal in enumerate(proposals):
        if proposal.unit not in known_units:
            raise root.bad(f"proposals[{index}].unit")
        if proposal.award not in known_awards:
            raise root.bad(f"proposals[{index}].award")
        uuids.append(proposal.uuid)
        uuids.extend(p.uuid for p in proposal.papers)
    if len(uuids) != len(set(uuids)):
        raise package.damaged(file, _("an identity is used twice"))
    if found.manifest["format"] >= 2 and "ranking" not in root.data:  # None: not rankable
        raise root.bad("ranking")
    table = submitted_ranking.read(root, set(members)) if found.manifest["format"] >= 2 else None
    return SubmissionData(
        file=file,
        sha256=found.sha256,
        package_uuid=manifest.required_uuid("package_uuid"),
        created=package.created(manifest),
        issuer=IssuerData(
            issuer_r.required_uuid("uuid"),
            issuer_r.text("name", 300, required=True),
            issuer_r.text("short_name", 40),
            issuer_r.choice("kind", tuple(k.value for k in IssuerKind)),
            issuer_r.text("signer_title", 300),
            tuple(
                (
                    n.date("valid_from", optional=False) or dt.date(2000, 1, 1),
                    n.text("name", 300, required=True),
                    n.text("short_name", 40),
                    n.text("signer_title", 300),
                )
                for n in issuer_r.items("names", 100)
            ),
        ),
        cluster=ClusterData(
            cluster_r.required_uuid("uuid"),
            cluster_r.text("code", 40, required=True).upper(),
            cluster_r.integer("number", 0, 100_000, optional=True),
            cluster_r.text("name", 300, required=True),
            cluster_r.choice("kind", tuple(k.value for k in ClusterKind)),
        ),
        year_uuid=year_r.required_uuid("uuid"),
        year=year,
        head=head,
        deputy=deputy,
        members=members,
        deadline=year_r.date("deadline"),
        scores_locked=year_r.flag("scores_locked"),
        units=units,
        awards=awards,
        meeting=None
        if meeting_r is None
        else MeetingData(
            meeting_r.required_uuid("uuid"),
            meeting_r.date("held_on", optional=False) or dt.date(2000, 1, 1),
            meeting_r.text("place", 200),
            meeting_r.text("chair", 200),
            meeting_r.text("secretary", 200),
            meeting_r.text("agenda", 4000, lines=True),
            meeting_r.text("resolutions", 4000, lines=True),
        ),
        proposals=proposals,
        ranking=table,
    )


def _uuid_list(r: Reader, key: str) -> list[UUID]:
    value = r.data.get(key)
    if not isinstance(value, list) or len(value) > MAX_ROWS:
        raise r.bad(key)
    try:
        found = [UUID(v) for v in value if isinstance(v, str)]
    except ValueError as exc:
        raise r.bad(key) from exc
    if len(found) != len(value) or len(set(found)) != len(found):
        raise r.bad(key)
    return found


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
