"""Award suggestions from a ranking: the flag to the leader(s), certificates to the next units.

The rules only *suggest*: the conference votes and the issuer decides. So when a shared rank
straddles a quota, every tied unit is suggested with ``needs_vote`` instead of the rules
picking one, and units passed over (discipline, inspection, complaint, a total under the
minimum) are listed with the reason, so the minutes can say who was skipped and why.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from emudesk.i18n import _, vietnamese_documents
from emudesk.rules.errors import RegulationError
from emudesk.rules.points import local_points
from emudesk.rules.ranking import RankedUnit, Ranking


class AwardKind(StrEnum):
    """Collective awards a cluster proposes from its ranking."""

    FLAG = "flag"
    MERIT_CERTIFICATE = "merit_certificate"

    @property
    def label(self) -> str:
        """Name of the award in the user's language."""
        return _("Emulation flag") if self is AwardKind.FLAG else _("Certificate of merit")

    @property
    def label_vi(self) -> str:
        """Vietnamese name of the award, whatever the user's language (for documents)."""
        with vietnamese_documents():
            return self.label


class ExclusionReason(StrEnum):
    """Why a unit may receive no award this year."""

    DISCIPLINE = "discipline"
    INSPECTION = "inspection"
    COMPLAINT = "complaint"

    @property
    def label(self) -> str:
        """Wording of the reason in the user's language, as used in the skipped-unit note."""
        if self is ExclusionReason.DISCIPLINE:
            return _("under disciplinary review")
        if self is ExclusionReason.INSPECTION:
            return _("under inspection or audit")
        return _("the subject of an unresolved complaint or denunciation")

    @property
    def label_vi(self) -> str:
        """Vietnamese wording of the reason, whatever the user's language (for documents)."""
        with vietnamese_documents():
            return self.label


@dataclass(frozen=True)
class AwardQuotas:
    """How many flags and certificates a cluster may propose, and the minimum total.

    Flags are either a count (``flag_count``) or a percentage of member units
    (``flag_percent``, e.g. Decimal("20")), never both. A percentage is rounded down but
    gives at least one flag when it is above zero and the cluster has members: a cluster
    always has a leading unit, and "20 % of 3 units" must not silently mean "no flag".
    ``minimum_total`` (hundredths) is the least total a unit needs for any award.
    """

    flag_count: int | None = 1
    flag_percent: Decimal | None = None
    merit_certificates: int = 0
    minimum_total: int | None = None

    def __post_init__(self) -> None:
        if self.flag_count is not None and self.flag_percent is not None:
            raise RegulationError(
                _("Give the number of flags either as a count or as a percentage, not both"),
                field="quotas",
            )
        if self.flag_count is not None and self.flag_count < 0:
            raise RegulationError(_("The number of flags cannot be negative"), field="quotas")
        if self.flag_percent is not None:
            try:
                valid = self.flag_percent.is_finite() and 0 <= self.flag_percent <= 100
            except InvalidOperation:
                valid = False
            if not valid:
                raise RegulationError(
                    _("The percentage of flags must be from 0 to 100"), field="quotas"
                )
        if self.merit_certificates < 0:
            raise RegulationError(
                _("The number of certificates of merit cannot be negative"), field="quotas"
            )
        if self.minimum_total is not None and self.minimum_total < 0:
            raise RegulationError(
                _("The minimum total for an award cannot be negative"), field="quotas"
            )

    def flags_for(self, member_count: int) -> int:
        """Number of flags for a cluster of ``member_count`` units."""
        if self.flag_percent is None:
            return self.flag_count or 0
        if member_count <= 0 or self.flag_percent == 0:
            return 0
        return max(1, int(member_count * self.flag_percent / 100))


@dataclass(frozen=True)
class AwardSuggestion:
    """A unit suggested for an award; ``needs_vote`` when a tie straddles the quota."""

    unit_key: str
    kind: AwardKind
    rank: int
    total: int
    needs_vote: bool
    reason_vi: str  # in the language of the user when the suggestion was made


@dataclass(frozen=True)
class SkippedUnit:
    """A unit passed over while places were still open, and why."""

    unit_key: str
    rank: int
    total: int
    reason: ExclusionReason | None
    note_vi: str  # in the language of the user when the suggestion was made


@dataclass(frozen=True)
class AwardPlan:
    """Suggestions in ranking order, and the units skipped on the way."""

    suggestions: tuple[AwardSuggestion, ...]
    skipped: tuple[SkippedUnit, ...]


def suggest_awards(
    ranking: Ranking,
    quotas: AwardQuotas,
    exclusions: Mapping[str, ExclusionReason],
    member_count: int,
    decimals: int = 2,
) -> AwardPlan:
    """Give the flag quota to the leading eligible units, then certificates to the next ones.

    Places are filled in ranking order by groups of equal rank. A group that fits takes its
    places. A group larger than the places left is suggested whole, with ``needs_vote``: for
    the flag, the vote picks the holder and the others fall to certificates, so the extra
    units use up certificate places first; at the end of the certificates, the vote picks who
    gets one. Excluded units and units under the minimum total take no place.
    """
    flags = quotas.flags_for(member_count)
    places = flags + quotas.merit_certificates
    suggestions: list[AwardSuggestion] = []
    skipped: list[SkippedUnit] = []
    taken = 0
    for group in _rank_groups(ranking):
        if taken >= places:
            break
        eligible = []
        for row in group:
            note = _skip(row, quotas, exclusions, decimals)
            if note is None:
                eligible.append(row)
            else:
                skipped.append(note)
        if not eligible:
            continue
        first, last = taken + 1, taken + len(eligible)
        kind = AwardKind.FLAG if first <= flags else AwardKind.MERIT_CERTIFICATE
        limit = flags if kind is AwardKind.FLAG else places
        needs_vote = last > limit
        vote = _vote(kind, len(eligible), limit - taken) if needs_vote else None
        for row in eligible:
            reason = _reason(row, vote, decimals)
            suggestions.append(
                AwardSuggestion(row.unit_key, kind, row.rank, row.total, needs_vote, reason)
            )
        taken = last
    return AwardPlan(tuple(suggestions), tuple(skipped))


def _rank_groups(ranking: Ranking) -> list[list[RankedUnit]]:
    groups: list[list[RankedUnit]] = []
    for row in ranking.rows:
        if groups and groups[-1][0].rank == row.rank:
            groups[-1].append(row)
        else:
            groups.append([row])
    return groups


def _skip(
    row: RankedUnit,
    quotas: AwardQuotas,
    exclusions: Mapping[str, ExclusionReason],
    decimals: int,
) -> SkippedUnit | None:
    reason = exclusions.get(row.unit_key)
    if reason is not None:
        note = _(
            "Rank {rank}: no award proposed because the unit is {reason}",
            rank=row.rank,
            reason=reason.label,
        )
        return SkippedUnit(row.unit_key, row.rank, row.total, reason, note)
    if quotas.minimum_total is not None and row.total < quotas.minimum_total:
        note = _(
            "Rank {rank}: the total {total} is below the minimum {minimum} for an award",
            rank=row.rank,
            total=local_points(row.total, decimals),
            minimum=local_points(quotas.minimum_total, decimals),
        )
        return SkippedUnit(row.unit_key, row.rank, row.total, None, note)
    return None


def _vote(kind: AwardKind, units: int, places: int) -> str:
    if kind is AwardKind.FLAG:
        return _(
            "vote needed: {units} units for {places} emulation flag place(s)",
            units=units,
            places=places,
        )
    return _(
        "vote needed: {units} units for {places} certificate of merit place(s)",
        units=units,
        places=places,
    )


def _reason(row: RankedUnit, vote: str | None, decimals: int) -> str:
    total = local_points(row.total, decimals)
    if row.shared:
        text = _("Shared rank {rank}, total {total}", rank=row.rank, total=total)
    else:
        text = _("Rank {rank}, total {total}", rank=row.rank, total=total)
    return text if vote is None else f"{text}; {vote}"
