"""The issuer's side: receive a submission package, whole or not at all.

The file is copied once; that copy's signature is checked (``services.signing.packages``),
then every value (``submission_read``), then it is laid over the database in one
transaction that records each change it makes. A dry run, or a package that changes nothing
(the same file twice), is rolled back, so the database stays byte for byte as it was; a
corrected package replaces the earlier one and its changes are the preview.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from emudesk.model import (
    ClusterYear,
)
from emudesk.services import audit, backups
from emudesk.services.issuing.submission_apply import SubmissionPlan, apply
from emudesk.services.issuing.submission_read import SubmissionData, read_submission
from emudesk.services.signing import packages
from emudesk.services.tx import write
from emudesk.signing.package import PackageCheck


@dataclass(frozen=True)
class Received:
    check: PackageCheck
    plan: SubmissionPlan


class _RollbackError(Exception):
    def __init__(self, plan: SubmissionPlan) -> None:
        super().__init__()
        self.plan = plan


def receive(
    session: Session, path: Path, *, dry_run: bool = False, accept_unverified: bool = False
) -> Received:
    """Check and import the submission package at ``path`` (see the module's docstring)."""
    source = Path(path)
    with packages.trusted_copy(
        source, accept_unverified=accept_unverified, prefix="emudesk-submission-"
    ) as (copy, check):
        data = read_submission(copy)
    signer = check.verdict.signer
    signed_by = f"{signer.name} ({signer.organisation})" if signer and check.valid else ""
    plan = _run(session, data, signed_by, commit=False)
    if dry_run or not plan.changes_anything:
        return Received(check, plan)
    backups.before_bulk_write(session)
    plan = _run(session, data, signed_by, commit=True)
    entity = session.scalar(select(ClusterYear.uuid).where(ClusterYear.uuid == data.year_uuid))
    packages.record(
        session, check, source, kind="submission", accepted=accept_unverified, entity_uuid=entity
    )
    return Received(check, plan)


def _run(session: Session, data: SubmissionData, signed_by: str, *, commit: bool) -> SubmissionPlan:
    try:
        with write(session):
            plan = apply(session, data, signed_by)
            if not commit or not plan.changes_anything:
                raise _RollbackError(plan)
            audit.record(
                session,
                action="submission_imported",
                entity="cluster_year",
                entity_uuid=data.year_uuid,
                summary=f"{data.cluster.code} {data.year}: {len(plan.changes)}",
                new={"changes": list(plan.changes), "package": str(data.package_uuid)},
                source=data.file,
                source_sha256=data.sha256,
            )
    except _RollbackError as stop:
        session.expire_all()
        return stop.plan
    return plan
