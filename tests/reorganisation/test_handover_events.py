"""The handover carries the issuer's dated names and the organisation's events."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from emudesk.db import Database
from emudesk.services.handover import export, merge
from emudesk.services.organisation import clusters, years
from emudesk.services.reorganisation import events, leaders


def test_handover_carries_names_and_events(
    reorganised_db: Database, db: Database, tmp_path: Path
) -> None:
    file = tmp_path / "ubdt.emudesk"
    with reorganised_db.session() as s:
        export.export_cluster(s, "UBDT-C4", file)
        sent = [
            (e.kind, e.effective_on, e.summary)
            for e in events.list_events(s, cluster_key="UBDT-C4")
        ]
    with db.session() as s:
        merge.merge(s, file)
        got = [
            (e.kind, e.effective_on, e.summary)
            for e in events.list_events(s, cluster_key="UBDT-C4")
        ]
        assert got == sent and len(got) >= 14
        assert [c.issuer_name for c in clusters.list_clusters(s)] == ["Bộ Dân tộc và Tôn giáo"]
        assert years.get_year(s, "UBDT-C4", 2024).issuer_name == "Ủy ban Dân tộc"
        state = leaders.cluster_on(s, "UBDT-C4", dt.date(2025, 12, 31)).year
        assert state is not None and state.head is not None and state.head.code == "BDT-DLK"
        assert len(state.members) == 5
