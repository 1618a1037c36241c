"""Merge a handover file by identity: new rows added, equal rows left, conflicts listed."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table, UniqueConstraint, and_, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from emudesk.errors import ConflictError
from emudesk.i18n import _
from emudesk.model import Base
from emudesk.services import audit
from emudesk.services.handover.confine import Contents, is_shared, key_of, read_contents
from emudesk.services.handover.conflicts import Conflict, describe
from emudesk.services.handover.identities import (
    LOCAL_ONLY,
    OWNED,
    Identities,
    Key,
    foreign_keys,
    natural_key_columns,
    plain,
    tables_of_model,
)
from emudesk.services.handover.package import damaged, read_content, read_file
from emudesk.services.tx import pause_point, write


@dataclass
class MergePlan:
    """What merging a handover file would do (``conflicts``: rows both sides changed)."""

    cluster_code: str
    new: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    records: int = 0  # what the file holds (its manifest's count): every one is accounted for
    history: int = 0  # the other office's audit entries added
    history_known: int = 0  # … and those this database already had

    @property
    def changes_anything(self) -> bool:
        return bool(sum(self.new.values()) or self.conflicts or self.history)

    @property
    def accounted(self) -> int:
        """new + unchanged + differing + history: equal to ``records`` when all is told."""
        return (
            sum(self.new.values())
            + self.unchanged
            + len(self.conflicts)
            + self.history
            + self.history_known
        )


def _decode(table: Table, values: Mapping[str, Any], ids: Identities, file: str) -> dict[str, Any]:
    """A checked row as column values for this database (foreign keys as local ids)."""
    fk_targets = {col.name: target for col, target in foreign_keys(table)}
    decoded = dict(values)
    for name, target in fk_targets.items():
        key = values.get(name)
        if key is not None:
            local = ids.local(target, key)
            if local is None:
                raise damaged(file, _("{table} refers to a missing row", table=table.name))
            decoded[name] = local
    return decoded


def _same(table: Table, mine: Mapping[str, Any], theirs: Mapping[str, Any]) -> bool:
    ignored = {"id", "updated_at", "updated_by", "version", *LOCAL_ONLY}
    return all(
        plain(mine[c.name]) == plain(theirs[c.name]) for c in table.c if c.name not in ignored
    )


def _describe(table: Table, values: Mapping[str, Any]) -> str:
    for name in ("code", "name", "title", "full_name", "official_name", "recipient", "summary"):
        if values.get(name):
            return f"{table.name}: {values[name]}"
    return f"{table.name}: {values.get('uuid', '')}"


Choices = Mapping[tuple[str, Key], bool]  # (table, record's key) → take the file's version


def merge(
    session: Session,
    path: Path,
    *,
    take_theirs: bool | None = None,
    dry_run: bool = False,
    choices: Choices | None = None,
) -> MergePlan:
    """Merge a handover file; conflicts need ``take_theirs`` (True: the file wins, False: keep)
    or a choice per record in ``choices`` (which wins over ``take_theirs``).

    The whole file is read and checked before anything is written (and before the automatic
    backup): a refused file leaves the database as it was, byte for byte."""
    file = Path(path).name
    content = read_content(path)  # read once: the file may vanish or change meanwhile
    manifest, data = read_file(path, content=content)
    contents = read_contents(manifest, data, file)
    del data
    plan = MergePlan(cluster_code=contents.cluster, records=sum(contents.counts.values()))
    source = Source(file, hashlib.sha256(content).hexdigest())
    del content
    if not dry_run:
        _backup_first(session)
    try:
        with contextlib.suppress(_DryRun):
            decide = Decisions(take_theirs, choices or {})
            _apply(session, contents, source, plan, decide=decide, dry_run=dry_run)
        return plan
    except IntegrityError:  # rolled back; a clash the checks above did not name (a safety net)
        pass
    raise damaged(file, _("its records contradict each other or this database's"))


@dataclass(frozen=True)
class Decisions:
    """How each conflict is settled: per record, else all alike (None: not decided)."""

    all_alike: bool | None
    per_record: Choices

    def __call__(self, conflict: Conflict) -> bool | None:
        return self.per_record.get((conflict.table, conflict.key), self.all_alike)


@dataclass(frozen=True)
class Source:
    """The handover file a merge reads: its name and SHA-256, kept on imported history."""

    file: str
    sha256: str


class _DryRun(Exception):  # noqa: N818 - not an error: it rolls the trial merge back
    """Raised at the end of a dry run so that the transaction is rolled back."""


def _apply(
    session: Session,
    contents: Contents,
    source: Source,
    plan: MergePlan,
    *,
    decide: Decisions,
    dry_run: bool,
) -> None:
    file = source.file
    with write(session):
        ids = Identities(session)
        owned = _owned_here(session, contents, ids, file)
        shared: list[Conflict] = []
        added: dict[str, set[int]] = {}
        for table in tables_of_model():
            rows = contents.rows.get(table.name, [])
            self_refs = [col.name for col, target in foreign_keys(table) if target is table]
            marked = "imported_from" in table.c
            later: list[tuple[int, dict[str, Any]]] = []
            for row in rows:
                deferred = {name: row.get(name) for name in self_refs}
                values = _decode(table, {**row, **dict.fromkeys(self_refs)}, ids, file)
                if marked:
                    values.update(imported_from=file, imported_sha256=source.sha256)
                key = key_of(table, row)
                local = ids.local(table, key)
                if (
                    local is not None
                    and not is_shared(table)
                    and local not in owned.get(table.name, ())
                ):
                    raise damaged(
                        file,
                        _(
                            "{record} belongs to another cluster in this database",
                            record=_describe(table, values),
                        ),
                    )
                _refuse_clash(session, table, values, local, file)
                if local is None:
                    if is_shared(table) and _parent_was_here(table, row, ids, added):
                        # a new name of a unit (award of an issuer) this database had
                        conflict = describe(session, table, key, {}, values, shared=True)
                        plan.conflicts.append(conflict)
                        if decide(conflict):
                            shared.append(conflict)
                        continue
                    plan.new[table.name] = plan.new.get(table.name, 0) + 1
                    result = session.execute(insert(table).values(**values))
                    new_id = result.inserted_primary_key[0]  # type: ignore[attr-defined]
                    ids.add(table, new_id, key)
                    added.setdefault(table.name, set()).add(new_id)
                    later.append((new_id, deferred))
                    continue
                mine = dict(
                    session.execute(select(table).where(table.c.id == local)).one()._mapping
                )
                theirs = {**values, **{n: mine[n] for n in self_refs}}
                if _same(table, mine, theirs):
                    plan.unchanged += 1
                    continue
                conflict = describe(session, table, key, mine, theirs, shared=is_shared(table))
                plan.conflicts.append(conflict)
                if conflict.shared:
                    if decide(conflict):
                        shared.append(conflict)
                elif decide(conflict):
                    session.execute(update(table).where(table.c.id == local).values(**values))
                    later.append((local, deferred))
            for local, deferred in later:  # self-references once every row of the table exists
                resolved = {}
                for name, value in deferred.items():
                    if value is not None:
                        target = ids.local(table, value)
                        if target is None:
                            raise damaged(
                                file, _("{table} refers to a missing row", table=table.name)
                            )
                        resolved[name] = target
                if resolved:
                    session.execute(update(table).where(table.c.id == local).values(**resolved))
        pause_point("handover-merge")
        plan.history, plan.history_known = _merge_audit(session, contents, source)
        if shared:
            raise ConflictError(
                _(
                    "{file} would change {count} record(s) shared with other clusters (issuers, "
                    "units, persons, their names and awards); a handover file never changes "
                    "them, so nothing was imported. Keep this database's versions (--keep-mine "
                    "or “Keep mine”) or correct them by hand first:\n{records}",
                    file=file,
                    count=len(shared),
                    records="\n".join(f"• {c.line}" for c in shared[:10]),
                )
            )
        open_ = [c for c in plan.conflicts if decide(c) is None]
        if open_ and not dry_run:
            listed = "\n".join(f"• {c.line}" for c in open_[:10])
            raise ConflictError(
                _(
                    "{count} record(s) differ between this database and the file; nothing was "
                    "imported. Choose to keep this database's version or take the file's:\n"
                    "{records}",
                    count=len(open_),
                    records=listed,
                )
            )
        if dry_run:
            raise _DryRun
        audit.record(
            session,
            action="handover_import",
            entity="cluster",
            entity_uuid=None,
            summary=(
                f"{plan.cluster_code}: {sum(plan.new.values())} new, "
                f"{len(plan.conflicts)} conflicts"
            ),
            source=file,
            source_sha256=source.sha256,
        )


def _unique_sets(table: Table) -> list[list[str]]:
    """The column sets the table holds unique, besides the row's identity."""
    identity = natural_key_columns(table)
    found = [[c.name for c in u.columns] for u in table.constraints
             if isinstance(u, UniqueConstraint)]  # fmt: skip
    found += [[c.name for c in i.columns] for i in table.indexes if i.unique]
    return [s for s in found if s not in (identity, ["uuid"])]


def _refuse_clash(
    session: Session, table: Table, values: Mapping[str, Any], local: int | None, file: str
) -> None:
    """Refuse, in words, a row that would take a code, name or number another row holds."""
    for columns in _unique_sets(table):
        if any(values.get(c) is None for c in columns):
            continue
        found = session.scalar(
            select(table.c.id).where(and_(*(table.c[c] == values[c] for c in columns)))
        )
        if found is not None and found != local:
            raise damaged(
                file,
                _(
                    "{record}: this database already has another record with the same {columns}",
                    record=_describe(table, values),
                    columns=", ".join(columns),
                ),
            )


def _owned_here(
    session: Session, contents: Contents, ids: Identities, file: str
) -> dict[str, set[int]]:
    """The ids of this database's rows of the file's cluster, after checking that the
    cluster is the same one here (its UUID and its code name the same cluster)."""
    from emudesk.model import Cluster
    from emudesk.services.handover.export import collect

    (row,) = contents.rows["cluster"]
    table = Base.metadata.tables["cluster"]
    by_uuid = ids.local(table, key_of(table, row))
    by_code = session.scalar(select(Cluster.id).where(Cluster.code == contents.cluster))
    if by_uuid is not None and by_code != by_uuid:
        raise damaged(
            file,
            _(
                "it declares the cluster {cluster}, but its records are those of another "
                "cluster of this database",
                cluster=contents.cluster,
            ),
        )
    if by_code is not None and by_uuid is None:
        raise damaged(
            file,
            _(
                "this database has another cluster {cluster} (its identity differs)",
                cluster=contents.cluster,
            ),
        )
    return {} if by_uuid is None else collect(session, by_uuid)


def _parent_was_here(
    table: Table, row: Mapping[str, Any], ids: Identities, added: Mapping[str, set[int]]
) -> bool:
    """Whether a unit's name (an issuer's award) is new for a unit (issuer) this database
    had before: the file would change a shared record."""
    for column, target in foreign_keys(table):
        if (table.name, target.name) in OWNED and row[column.name] is not None:
            local = ids.local(target, row[column.name])
            return local is not None and local not in added.get(target.name, ())
    return False


def _merge_audit(session: Session, contents: Contents, source: Source) -> tuple[int, int]:
    """The other office's history, kept marked as imported from this file: (entries added,
    entries this database already had)."""
    table = Base.metadata.tables["audit_entry"]
    known = set(session.scalars(select(table.c.uuid)))
    added = 0
    for values in contents.audit:
        if values["uuid"] not in known:
            added += 1
            session.execute(
                insert(table).values(
                    **values, imported_from=source.file, imported_sha256=source.sha256
                )
            )
            known.add(values["uuid"])
    return added, len(contents.audit) - added


def _backup_first(session: Session) -> None:
    from emudesk.services import backups

    backups.before_bulk_write(session, reason="before-import")
