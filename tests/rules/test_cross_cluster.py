"""Caps across clusters: per cluster, and a share of the clusters (rounded down)."""

from __future__ import annotations

from decimal import Decimal

from emudesk.rules.cross_cluster import (
    PER_CLUSTER,
    SHARE_OF_CLUSTERS,
    CrossQuota,
    Nomination,
    allowed_clusters,
    check,
)


def test_one_flag_per_cluster() -> None:
    quota = CrossQuota("CO", PER_CLUSTER, Decimal(1))
    found = check([quota], [Nomination("A", "CO"), Nomination("A", "CO"), Nomination("B", "CO")], 2)
    assert [(b.clusters, b.allowed, b.found) for b in found] == [(("A",), 1, 2)]
    assert check([quota], [Nomination("A", "CO"), Nomination("B", "CO")], 2) == []


def test_a_share_of_the_clusters_is_rounded_down() -> None:
    assert allowed_clusters(Decimal(20), 9) == 1
    assert allowed_clusters(Decimal(20), 10) == 2
    quota = CrossQuota("CO", SHARE_OF_CLUSTERS, Decimal(20))
    two = [Nomination("A", "CO"), Nomination("B", "CO"), Nomination("B", "BK")]
    assert [b.found for b in check([quota], two, 9)] == [2]
    assert check([quota], two, 10) == []
