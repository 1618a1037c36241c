"""An issuer's PC after the demo's 2024 round trip: both clusters' submissions received,
UBDT's three proposals approved, the ministry's one of two (Tuyên Quang refused)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from emudesk.db import open_database
from emudesk.services.issuing import decisions, register
from tests.issuing.helpers import empty_pc, export, receive

UBDT_DECIDED_ON = dt.date(2025, 1, 24)


def decided_issuer_pc(demo_path: Path, folder: Path) -> Path:
    """The issuer's database file, built in ``folder`` from the head's demo at ``demo_path``."""
    head = open_database(demo_path)
    issuer = empty_pc(folder, "issuer")
    try:
        for cluster in ("UBDT-C4", "VHTTDL-C4"):
            receive(issuer, export(head, cluster, folder / f"{cluster}.zip"))
        with issuer.session() as session:
            register.set_series(session, "UBDT", pattern="{n}/BK-UBDT", last_paper_number=1233)
            register.set_series(
                session, "Bộ VHTTDL", pattern="{n}/BK-BVHTTDL", last_paper_number=2450
            )
            decisions.record_decision(
                session,
                "UBDT",
                decisions.DecisionFields("123/QĐ-UBDT", UBDT_DECIDED_ON, 2024),
            )
            decisions.record_decision(
                session,
                "Bộ VHTTDL",
                decisions.DecisionFields("45/QĐ-BVHTTDL", dt.date(2025, 1, 25), 2024),
                refused={"VHTTDL-TQ": "Chưa đủ thời gian"},
            )
    finally:
        head.dispose()
        issuer.dispose()
    return folder / "issuer.sqlite"
