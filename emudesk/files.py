"""Writing a document file all at once, or not at all.

Officers re-export a sheet over last week's copy; a crash or a full disk half-way must not
leave a truncated PDF or workbook that opens as garbage or, worse, as a plausible but
incomplete document. The file is written beside the target and moved over it in one step.
Shared by ``printing``, ``exchange`` and the services that write files.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

from emudesk.errors import OutputError
from emudesk.i18n import _


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary file beside ``path``; when the block ends well, it replaces ``path``."""
    target = Path(path)
    folder = target.parent
    try:
        usable = folder.is_dir()
    except OSError as exc:  # a name longer than the file system allows
        raise _cannot_write(target) from exc
    if not usable:
        raise OutputError(_("The folder {folder} does not exist.", folder=folder), path=target)
    # Not mkstemp: its 0600 mode would survive the rename and hide the file from colleagues
    # on a shared folder; "x" mode creates it exclusively with the user's usual permissions.
    # The name stays short, so that any name the folder accepts still gets its temporary.
    temporary = folder / f".emudesk-{uuid.uuid4().hex[:12]}.tmp"
    try:
        with temporary.open("xb"):
            pass
    except OSError as exc:
        raise _cannot_write(target) from exc
    try:
        yield temporary
        os.replace(temporary, target)
    except OSError as exc:
        raise _cannot_write(target) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


def _cannot_write(target: Path) -> OutputError:
    return OutputError(
        _(
            "{path} cannot be written; close it if another program (Excel, a PDF viewer) has "
            "it open, and check that the folder is writable.",
            path=target,
        ),
        path=target,
    )
