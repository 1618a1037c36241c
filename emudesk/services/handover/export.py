"""Write every row of a cluster, with its attachments and audit entries, to a handover file."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk import __version__
from emudesk.model import Base
from emudesk.services.handover.identities import (
    LOCAL_ONLY,
    OWNED,
    SHARED,
    Identities,
    foreign_keys,
    plain,
    tables_of_model,
)
from emudesk.services.handover.package import FORMAT
from emudesk.services.organisation import clusters


def collect(session: Session, cluster_id: int) -> dict[str, set[int]]:
    """The ids of every row that belongs to the cluster, per table."""
    tables = tables_of_model()
    chosen: dict[str, set[int]] = {t.name: set() for t in tables}
    chosen["cluster"].add(cluster_id)
    changed = True
    while changed:
        changed = False
        for table in tables:
            for column, target in foreign_keys(table):
                ids = chosen.get(target.name)
                if not ids:
                    continue
                owning = target.name not in SHARED or (table.name, target.name) in OWNED
                if owning and table.name not in SHARED:  # children of what the cluster owns
                    found = (
                        set(session.scalars(select(table.c.id).where(column.in_(ids))))
                        - chosen[table.name]
                    )
                    if found:
                        chosen[table.name] |= found
                        changed = True
            own = chosen[table.name]
            if not own:
                continue
            for column, target in foreign_keys(table):  # parents of what is chosen
                refs = set(session.scalars(select(column).where(table.c.id.in_(own)))) - {None}
                new = refs - chosen[target.name]
                if new:
                    chosen[target.name] |= new
                    changed = True
    return chosen


def export_cluster(session: Session, cluster_code: str, path: Path) -> dict[str, int]:
    """Write the handover file of ``cluster_code`` to ``path``; returns rows per table."""
    from emudesk.files import atomic_output

    cluster = clusters.load(session, cluster_code)
    chosen = collect(session, cluster.id)
    ids = Identities(session)
    members: dict[str, bytes] = {}
    counts: dict[str, int] = {}
    uuids: set[str] = set()
    for table in tables_of_model():
        own = chosen[table.name]
        if not own:
            continue
        fk_targets = {col.name: target for col, target in foreign_keys(table)}
        rows = []
        for row in session.execute(select(table).where(table.c.id.in_(own)).order_by(table.c.id)):
            data: dict[str, Any] = {}
            for column in table.c:
                if column.name == "id" or column.name in LOCAL_ONLY:
                    continue
                value = row._mapping[column.name]
                if column.name in fk_targets:
                    data[column.name] = (
                        None if value is None else list(ids.key(fk_targets[column.name], value))
                    )
                elif isinstance(value, bytes):
                    name = f"attachments/{row._mapping['uuid']}.bin"
                    members[name] = value
                    data[column.name] = {"file": name}
                else:
                    data[column.name] = plain(value)
            if "uuid" in data:
                uuids.add(data["uuid"])
            rows.append(data)
        counts[table.name] = len(rows)
        members[f"tables/{table.name}.json"] = json.dumps(rows, ensure_ascii=False).encode()
    audit_table = Base.metadata.tables["audit_entry"]
    entries = [
        {
            c.name: plain(r._mapping[c.name])
            for c in audit_table.c
            if c.name != "id" and c.name not in LOCAL_ONLY
        }
        for r in session.execute(select(audit_table).order_by(audit_table.c.id))
        if r._mapping["entity_uuid"] is not None and str(r._mapping["entity_uuid"]) in uuids
    ]
    counts["audit_entry"] = len(entries)
    members["tables/audit_entry.json"] = json.dumps(entries, ensure_ascii=False).encode()
    manifest = {
        "format": FORMAT,
        "program": "emudesk",
        "program_version": __version__,
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "cluster": cluster.code,
        "counts": counts,
        "sha256": {name: hashlib.sha256(data).hexdigest() for name, data in members.items()},
    }
    with (
        atomic_output(path) as temporary,
        zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as z,
    ):
        z.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
        for name, content in members.items():
            z.writestr(name, content)
    return counts
