"""The issuer's caps across its clusters: how many nominees of an award one cluster may put
forward, and what share of the clusters may have one (e.g. flags to at most 20 % of them).

The caps are data (``services.issuing.board``); this checks a year's nominees against them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

PER_CLUSTER = "per_cluster"
SHARE_OF_CLUSTERS = "share_of_clusters"
KINDS = (PER_CLUSTER, SHARE_OF_CLUSTERS)


@dataclass(frozen=True)
class CrossQuota:
    award: str  # the award's code
    kind: str  # PER_CLUSTER or SHARE_OF_CLUSTERS
    limit: Decimal  # a count, or a percentage


@dataclass(frozen=True)
class Nomination:
    cluster: str
    award: str


@dataclass(frozen=True)
class QuotaBreach:
    quota: CrossQuota
    allowed: int
    found: int
    clusters: tuple[str, ...]  # the clusters over the cap (per cluster) or with one (share)


def allowed_clusters(limit: Decimal, clusters: int) -> int:
    """How many of ``clusters`` a share of ``limit`` percent allows (rounded down)."""
    return int((limit * clusters / 100).to_integral_value(rounding=ROUND_DOWN))


def check(
    quotas: Sequence[CrossQuota], nominations: Sequence[Nomination], clusters: int
) -> list[QuotaBreach]:
    """Every cap the year's nominations go over (``clusters``: how many the issuer has)."""
    breaches = []
    for quota in quotas:
        counts = Counter(n.cluster for n in nominations if n.award == quota.award)
        if quota.kind == PER_CLUSTER:
            allowed = int(quota.limit)
            over = tuple(sorted(c for c, k in counts.items() if k > allowed))
            if over:
                breaches.append(QuotaBreach(quota, allowed, max(counts[c] for c in over), over))
        else:
            allowed = allowed_clusters(quota.limit, clusters)
            if len(counts) > allowed:
                breaches.append(QuotaBreach(quota, allowed, len(counts), tuple(sorted(counts))))
    return breaches
