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

from emudesk.rules.errors import RegulationError
from emudesk.rules.points import format_points
from emudesk.rules.ranking import RankedUnit, Ranking


class AwardKind(StrEnum):
    """Collective awards a cluster proposes from its ranking."""

    FLAG = "flag"
    MERIT_CERTIFICATE = "merit_certificate"

    @property
    def label_vi(self) -> str:
        """Vietnamese name of the award."""
        return "Cờ thi đua" if self is AwardKind.FLAG else "Bằng khen"


class ExclusionReason(StrEnum):
    """Why a unit may receive no award this year."""

    DISCIPLINE = "discipline"
    INSPECTION = "inspection"
    COMPLAINT = "complaint"

    @property
    def label_vi(self) -> str:
        """Vietnamese wording used in the skipped-unit note."""
        return _EXCLUSION_LABELS[self]


_EXCLUSION_LABELS = {
    ExclusionReason.DISCIPLINE: "đang bị xem xét kỷ luật",
    ExclusionReason.INSPECTION: "đang bị thanh tra, kiểm tra",
    ExclusionReason.COMPLAINT: "đang có khiếu nại, tố cáo chưa giải quyết",
}


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
                "Số cờ thi đua ghi theo số lượng hoặc theo tỉ lệ phần trăm, không ghi cả hai",
                field="quotas",
            )
        if self.flag_count is not None and self.flag_count < 0:
            raise RegulationError("Số cờ thi đua không được là số âm", field="quotas")
        if self.flag_percent is not None:
            try:
                valid = self.flag_percent.is_finite() and 0 <= self.flag_percent <= 100
            except InvalidOperation:
                valid = False
            if not valid:
                raise RegulationError(
                    "Tỉ lệ cờ thi đua phải từ 0 đến 100 phần trăm", field="quotas"
                )
        if self.merit_certificates < 0:
            raise RegulationError("Số bằng khen không được là số âm", field="quotas")
        if self.minimum_total is not None and self.minimum_total < 0:
            raise RegulationError("Điểm tối thiểu để xét khen không được âm", field="quotas")

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
    reason_vi: str


@dataclass(frozen=True)
class SkippedUnit:
    """A unit passed over while places were still open, and why."""

    unit_key: str
    rank: int
    total: int
    reason: ExclusionReason | None
    note_vi: str


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
        vote = (
            f"cần biểu quyết: {len(eligible)} đơn vị cho {limit - taken} suất "
            f"{kind.label_vi.lower()}"
            if needs_vote
            else None
        )
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
        note = f"Hạng {row.rank}: không đề nghị khen thưởng vì {reason.label_vi}"
        return SkippedUnit(row.unit_key, row.rank, row.total, reason, note)
    if quotas.minimum_total is not None and row.total < quotas.minimum_total:
        note = (
            f"Hạng {row.rank}: tổng {format_points(row.total, decimals)} chưa đạt mức tối thiểu "
            f"{format_points(quotas.minimum_total, decimals)} để xét khen thưởng"
        )
        return SkippedUnit(row.unit_key, row.rank, row.total, None, note)
    return None


def _reason(row: RankedUnit, vote: str | None, decimals: int) -> str:
    standing = "Đồng hạng" if row.shared else "Xếp hạng"
    text = f"{standing} {row.rank}, tổng {format_points(row.total, decimals)}"
    return text if vote is None else f"{text}; {vote}"
