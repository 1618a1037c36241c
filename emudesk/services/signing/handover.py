"""The handover file, signed: written then signed by the sender's token; checked before it
is merged, refused unless validly signed by a trusted signer or accepted by the officer.

A thin layer over ``services.handover`` (which knows nothing of signatures beyond letting
the member ``signature.p7s`` through): the file is copied once to a private folder, and that
copy is checked and merged, so the file checked is the file merged.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from emudesk.services.handover import export, merge
from emudesk.services.signing import packages
from emudesk.signing import Signer, Token
from emudesk.signing.package import PackageCheck


@dataclass(frozen=True)
class Received:
    check: PackageCheck
    plan: merge.MergePlan


def export_signed(
    session: Session, cluster_code: str, path: Path, pin: str, *, token: Token | None = None
) -> tuple[dict[str, int], Signer]:
    """Write the cluster's handover file to ``path``, signed; nothing is left on a failure
    (a file that should have been signed never lies there unsigned)."""
    target = Path(path)
    with tempfile.TemporaryDirectory(prefix="emudesk-sign-", dir=_folder(target)) as folder:
        unsigned = Path(folder) / target.name
        counts = export.export_cluster(session, cluster_code, unsigned)
        signer = packages.sign_package(unsigned, pin, token=token)
        from emudesk.files import atomic_output

        with atomic_output(target) as temporary:
            shutil.copyfile(unsigned, temporary)
    return counts, signer


def receive(
    session: Session, path: Path, *, accept_unverified: bool = False, **merge_options: Any
) -> Received:
    """Check the file's signature, then merge it (``merge_options`` go to ``merge.merge``:
    how conflicts are settled, ``dry_run``); a file that is not validly signed by a trusted
    signer is refused before anything is read into the database, unless
    ``accept_unverified``. A merge records who signed, or the acceptance, in the audit."""
    source = Path(path)
    with packages.trusted_copy(
        source, accept_unverified=accept_unverified, prefix="emudesk-handover-"
    ) as (copy, check):
        plan = merge.merge(session, copy, **merge_options)
        if not merge_options.get("dry_run") and plan.changes_anything:
            packages.record(session, check, source, kind="handover", accepted=accept_unverified)
    return Received(check, plan)


def _folder(target: Path) -> Path:
    """Beside the target, so the signed file moves into place in one step."""
    folder = target.parent
    return folder if folder.is_dir() else Path(tempfile.gettempdir())
