"""Each issuer's award catalogue: the awards its clusters propose, as its papers name them.

An entry is valid between two dates (a renamed issuer renames its awards); a cluster-year
offers the entries valid on the last day of its year. Everything a paper or a rule needs
about an award is here as data — its printed name, what it is made into (a flag, a
certificate on a template, nothing), who signs it and how, the legal basis its papers cite,
the money as a multiple of the base salary, the quota per cluster and the vote it needs.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Protocol
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from emudesk import rules
from emudesk.errors import InUseError, NotFoundError, ValidationError
from emudesk.i18n import _
from emudesk.model import Award, ClusterYear, Issuer, PastAward, Proposal
from emudesk.printing.official import SIGNING_MODES
from emudesk.services import audit, checks
from emudesk.services.common import check_version
from emudesk.services.organisation import issuers
from emudesk.services.tx import write
from emudesk.text import clean


class AwardType(enum.StrEnum):
    TITLE = "title"  # danh hiệu thi đua
    FORM = "form"  # hình thức khen thưởng


class Recipient(enum.StrEnum):
    COLLECTIVE = "collective"
    INDIVIDUAL = "individual"
    BOTH = "both"


class Artefact(enum.StrEnum):
    FLAG = "flag"  # a satin flag made to the issuer's specimen: no paper certificate
    CERTIFICATE = "certificate"
    NONE = "none"


class Paper(enum.StrEnum):
    PLAIN = "plain"  # the whole design printed on plain paper
    BLANK = "blank"  # only the text, onto pre-printed blanks (phôi)


@dataclass(frozen=True)
class AwardFields:
    """What the user edits about a catalogue entry (texts as typed)."""

    code: str
    name: str
    kind: AwardType = AwardType.FORM
    recipient: Recipient = Recipient.COLLECTIVE
    artefact: Artefact = Artefact.CERTIFICATE
    template_key: str = ""
    paper: Paper = Paper.PLAIN
    grantor: str = ""
    signing_mode: str = ""
    signing_for: str = ""
    signer_title: str = ""
    legal_basis: str = ""
    money_multiple: str = ""  # "1,5" times the base salary; "" for none
    quota_count: int | None = None
    quota_percent: str = ""
    quota_rounding: rules.Rounding = rules.Rounding.DOWN
    vote_threshold: str = ""
    ranking_role: str = ""  # rules.AwardKind value, or ""
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None


@dataclass(frozen=True)
class AwardInfo:
    uuid: UUID
    issuer_uuid: UUID
    issuer_name: str
    fields: AwardFields
    position: int
    in_use: int  # proposals that ask for it
    version: int

    @property
    def name(self) -> str:
        return self.fields.name

    @property
    def artefact(self) -> Artefact:
        return self.fields.artefact

    @property
    def threshold(self) -> rules.VoteThreshold:
        return rules.VoteThreshold.parse(self.fields.vote_threshold)

    @property
    def quota(self) -> rules.QuotaRule:
        return quota_of_fields(self.fields)

    @property
    def money(self) -> Decimal | None:
        return money_value(self.fields.money_multiple)

    def valid_on(self, day: dt.date) -> bool:
        f = self.fields
        return (f.valid_from is None or f.valid_from <= day) and (
            f.valid_until is None or day <= f.valid_until
        )


def money_value(text: str) -> Decimal | None:
    if not text.strip():
        return None
    try:
        value = Decimal(text.strip().replace(",", ".").rstrip("×x").strip())
    except InvalidOperation:
        raise ValidationError(
            _("The money “{value}” is not a multiple of the base salary.", value=text),
            field="money",
        ) from None
    if not value.is_finite() or not 0 <= value <= 1000:
        raise ValidationError(
            _("The money must be from 0 to 1000 times the base salary."), field="money"
        )
    return value


def money_text(hundredths: int | None) -> str:
    """150 → "1,5" (as typed back into the form)."""
    if hundredths is None:
        return ""
    text = f"{Decimal(hundredths) / 100:f}"
    return (text.rstrip("0").rstrip(".") if "." in text else text).replace(".", ",")


def quota_of_fields(fields: AwardFields) -> rules.QuotaRule:
    try:
        return rules.parse_quota(fields.quota_count, fields.quota_percent, fields.quota_rounding)
    except rules.RegulationError as exc:
        raise ValidationError(exc.message, field="quota") from exc


def _fields(award: Award) -> AwardFields:
    return AwardFields(
        code=award.code,
        name=award.name,
        kind=AwardType(award.kind),
        recipient=Recipient(award.recipient),
        artefact=Artefact(award.artefact),
        template_key=award.template_key,
        paper=Paper(award.paper),
        grantor=award.grantor,
        signing_mode=award.signing_mode,
        signing_for=award.signing_for,
        signer_title=award.signer_title,
        legal_basis=award.legal_basis,
        money_multiple=money_text(award.money_hundredths),
        quota_count=award.quota_count,
        quota_percent=award.quota_percent,
        quota_rounding=rules.Rounding(award.quota_rounding),
        vote_threshold=award.vote_threshold,
        ranking_role=award.ranking_role,
        valid_from=award.valid_from,
        valid_until=award.valid_until,
    )


def info(session: Session, award: Award) -> AwardInfo:
    used = session.scalar(select(func.count()).where(Proposal.award_id == award.id)) or 0
    return AwardInfo(
        uuid=award.uuid,
        issuer_uuid=award.issuer.uuid,
        issuer_name=award.issuer.name,
        fields=_fields(award),
        position=award.position,
        in_use=used,
        version=award.version,
    )


def load(session: Session, award_uuid: UUID) -> Award:
    found = session.scalar(select(Award).where(Award.uuid == award_uuid))
    if found is None:
        raise NotFoundError(_("The award no longer exists in the catalogue; reload the list."))
    return found


def _entries(session: Session, issuer: Issuer) -> list[Award]:
    return list(
        session.scalars(
            select(Award)
            .where(Award.issuer_id == issuer.id)
            .order_by(Award.position, Award.valid_from, Award.id)
        )
    )


def list_awards(session: Session, issuer_uuid: UUID) -> list[AwardInfo]:
    """The issuer's catalogue in its order (every validity period)."""
    issuer = issuers.load(session, issuer_uuid)
    return [info(session, a) for a in _entries(session, issuer)]


def reference_day(year: int) -> dt.date:
    """The day a cluster-year's awards are taken on: the last day of the emulation year."""
    return dt.date(year, 12, 31)


def offered(session: Session, cluster_year: ClusterYear) -> list[Award]:
    """The issuer's awards valid on the last day of the year, in the catalogue's order."""
    day = reference_day(cluster_year.year)
    return [
        a
        for a in _entries(session, cluster_year.cluster.issuer)
        if (a.valid_from is None or a.valid_from <= day)
        and (a.valid_until is None or day <= a.valid_until)
    ]


def offered_for_year(session: Session, year_uuid: UUID) -> list[AwardInfo]:
    """The awards a cluster-year's proposals may ask for (the proposals dialog's choices)."""
    from emudesk.services.organisation import years

    return [info(session, a) for a in offered(session, years.load(session, year_uuid))]


def for_role(session: Session, cluster_year: ClusterYear, role: rules.AwardKind) -> Award:
    """The award the ranking's suggestion ``role`` is proposed for, or a refusal saying so."""
    for award in offered(session, cluster_year):
        if award.ranking_role == role.value:
            return award
    issuer = cluster_year.cluster.issuer
    if role is rules.AwardKind.FLAG:
        message = _(
            "The award catalogue of {issuer} has no award for the leading units valid in "
            "{year}; add it on the Issuers page (suggested for: the leading units).",
            issuer=issuer.name,
            year=cluster_year.year,
        )
    else:
        message = _(
            "The award catalogue of {issuer} has no award for the next units valid in {year}; "
            "add it on the Issuers page (suggested for: the next units).",
            issuer=issuer.name,
            year=cluster_year.year,
        )
    raise ValidationError(message)


def capped_quotas(
    session: Session, cluster_year: ClusterYear, quotas: rules.AwardQuotas, members: int
) -> rules.AwardQuotas:
    """The regulation's quotas, never above the catalogue's cap of the award each one asks.

    A cluster may propose fewer flags or certificates than the issuer allows, never more.
    """
    return cap_quotas(offered(session, cluster_year), quotas, members)


class QuotaSource(Protocol):
    """What of an award caps a quota (an ``Award``, or the ranking's plain record of one)."""

    @property
    def ranking_role(self) -> str: ...
    @property
    def quota_count(self) -> int | None: ...
    @property
    def quota_percent(self) -> str: ...
    @property
    def quota_rounding(self) -> str: ...


def cap_quotas(
    awards: Iterable[QuotaSource], quotas: rules.AwardQuotas, members: int
) -> rules.AwardQuotas:
    """``capped_quotas`` for the awards offered (valid at the year's end, in catalogue order)."""
    caps: dict[rules.AwardKind, int | None] = {}
    for award in awards:
        if award.ranking_role and award.ranking_role not in {k.value for k in caps}:
            rule = rules.parse_quota(award.quota_count, award.quota_percent, award.quota_rounding)
            caps[rules.AwardKind(award.ranking_role)] = rule.places(members)
    flag_cap = caps.get(rules.AwardKind.FLAG)
    merit_cap = caps.get(rules.AwardKind.MERIT_CERTIFICATE)
    flags = quotas.flags_for(members)
    if flag_cap is None and merit_cap is None:
        return quotas
    return replace(
        quotas,
        flag_count=min(flags, flag_cap) if flag_cap is not None else flags,
        flag_percent=None,
        merit_certificates=(
            min(quotas.merit_certificates, merit_cap)
            if merit_cap is not None
            else quotas.merit_certificates
        ),
    )


def _clean(session: Session, fields: AwardFields) -> AwardFields:
    from emudesk.services.certificates.templates import list_templates

    artefact = Artefact(fields.artefact)
    template = clean(fields.template_key)
    if artefact is Artefact.CERTIFICATE:
        known = {t.key for t in list_templates(session)}
        if template not in known:
            raise ValidationError(
                _(
                    "Choose the certificate template of {name} (one of: {known}).",
                    name=clean(fields.name) or "?",
                    known=", ".join(sorted(known)),
                ),
                field="template",
            )
    mode = clean(fields.signing_mode).upper()
    if mode and not mode.endswith("."):
        mode += "."
    if mode not in SIGNING_MODES:
        raise ValidationError(
            _(
                "The signing mode “{mode}” is not one of {modes}.",
                mode=fields.signing_mode,
                modes=", ".join(m for m in SIGNING_MODES if m),
            ),
            field="signing_mode",
        )
    if mode and not clean(fields.signing_for):
        raise ValidationError(
            _("Say for whom the signer signs with {mode} (for example BỘ TRƯỞNG).", mode=mode),
            field="signing_for",
        )
    try:
        threshold = rules.VoteThreshold.parse(fields.vote_threshold)
    except rules.RegulationError as exc:
        raise ValidationError(exc.message, field="vote_threshold") from exc
    if fields.quota_count is not None and fields.quota_percent.strip():
        raise ValidationError(
            _("Give the quota either as a number or as a share of the members, not both."),
            field="quota",
        )
    quota = quota_of_fields(fields)
    if fields.ranking_role and fields.ranking_role not in {k.value for k in rules.AwardKind}:
        raise ValidationError(_("Unknown ranking suggestion {role}.", role=fields.ranking_role))
    if (
        fields.valid_from is not None
        and fields.valid_until is not None
        and fields.valid_until < fields.valid_from
    ):
        raise ValidationError(_("The award cannot stop being valid before it starts."))
    money_value(fields.money_multiple)
    return AwardFields(
        code=checks.code(fields.code, _("Code")),
        name=checks.name(fields.name, _("Award name")),
        kind=AwardType(fields.kind),
        recipient=Recipient(fields.recipient),
        artefact=artefact,
        template_key=template if artefact is Artefact.CERTIFICATE else "",
        paper=Paper(fields.paper),
        grantor=checks.name(fields.grantor, _("Granted by"), required=False).upper(),
        signing_mode=mode,
        signing_for=checks.name(fields.signing_for, _("Signs for"), required=False).upper(),
        signer_title=checks.name(fields.signer_title, _("Signer's title"), required=False).upper(),
        legal_basis=checks.text(fields.legal_basis, _("Legal basis"), max_len=4000),
        money_multiple=fields.money_multiple.strip(),
        quota_count=quota.count,
        quota_percent="" if quota.percent is None else f"{quota.percent:f}",
        quota_rounding=quota.rounding,
        vote_threshold=threshold.text() if fields.vote_threshold.strip() else "",
        ranking_role=fields.ranking_role,
        valid_from=fields.valid_from,
        valid_until=fields.valid_until,
    )


def _refuse_overlap(session: Session, issuer: Issuer, fields: AwardFields, own: int | None) -> None:
    """Two entries with one code must not be valid on the same day."""
    start = fields.valid_from or dt.date.min
    end = fields.valid_until or dt.date.max
    for other in _entries(session, issuer):
        if other.id == own or other.code != fields.code:
            continue
        if (other.valid_from or dt.date.min) <= end and start <= (other.valid_until or dt.date.max):
            raise ValidationError(
                _(
                    "{issuer} already has the award {code} valid in that period ({name}); "
                    "end its validity first.",
                    issuer=issuer.name,
                    code=fields.code,
                    name=other.name,
                ),
                field="code",
            )


def _apply(award: Award, fields: AwardFields) -> None:
    data = asdict(fields)
    money = money_value(data.pop("money_multiple"))
    for key, value in data.items():
        setattr(award, key, value.value if isinstance(value, enum.Enum) else value)
    award.money_hundredths = None if money is None else int(money * 100)


def _snapshot(fields: AwardFields) -> dict[str, object]:
    return {k: (v.value if isinstance(v, enum.Enum) else v) for k, v in asdict(fields).items()}


def save_award(
    session: Session,
    issuer_uuid: UUID,
    fields: AwardFields,
    award_uuid: UUID | None = None,
    expected_version: int | None = None,
) -> AwardInfo:
    """Add an award to the issuer's catalogue, or change one."""
    fields = _clean(session, fields)
    with write(session):
        issuer = issuers.load(session, issuer_uuid)
        award = load(session, award_uuid) if award_uuid is not None else None
        if award is not None:
            check_version(award, expected_version, award.name)
            if award.issuer_id != issuer.id:
                raise ValidationError(_("The award belongs to another issuer."))
        _refuse_overlap(session, issuer, fields, award.id if award is not None else None)
        old = _snapshot(_fields(award)) if award is not None else None
        if award is None:
            position = len(_entries(session, issuer))
            award = Award(issuer=issuer, position=position)
            session.add(award)
        _apply(award, fields)
        session.flush()
        audit.record(
            session,
            action="update" if old is not None else "create",
            entity="award",
            entity_uuid=award.uuid,
            summary=f"{issuer.short_name or issuer.name}: {fields.name}",
            old=old,
            new=_snapshot(fields),
        )
        return info(session, award)


def remove_award(session: Session, award_uuid: UUID) -> None:
    """Remove an award no proposal asks for (one in use is ended with a validity date)."""
    with write(session):
        award = load(session, award_uuid)
        used = session.scalar(select(func.count()).where(Proposal.award_id == award.id)) or 0
        if used:
            raise InUseError(
                _(
                    "{count} proposal(s) ask for “{name}”; give it an end of validity instead "
                    "of removing it.",
                    count=used,
                    name=award.name,
                )
            )
        past = session.scalar(select(func.count()).where(PastAward.award_id == award.id)) or 0
        if past:
            raise InUseError(
                _(
                    "{count} past award(s) of the award history are “{name}”; give it an end "
                    "of validity instead of removing it.",
                    count=past,
                    name=award.name,
                )
            )
        audit.record(
            session,
            action="remove",
            entity="award",
            entity_uuid=award.uuid,
            summary=award.name,
            old=_snapshot(_fields(award)),
        )
        session.delete(award)


def move_award(session: Session, award_uuid: UUID, step: int) -> list[AwardInfo]:
    """Move an award up (-1) or down (+1) in its catalogue's order."""
    with write(session):
        award = load(session, award_uuid)
        entries = _entries(session, award.issuer)
        index = entries.index(award)
        target = max(0, min(len(entries) - 1, index + step))
        entries.insert(target, entries.pop(index))
        for position, entry in enumerate(entries):
            entry.position = position
        session.flush()
        return [info(session, a) for a in entries]
