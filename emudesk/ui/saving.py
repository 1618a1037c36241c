"""Every file the program writes for the user: where the save dialog starts, and the notice
that says where the file went.

A save dialog starts in the folder the same kind of file was last saved in, else in the
user's Documents folder — never in the program's working folder, where nobody would look.
Once written, the file is named with its folder, and the user can open it or its folder at
once: a paper saved silently is a paper looked for later.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from emudesk.ui import messages
from emudesk.ui.formatting import arg
from emudesk.ui.settings import Settings

# Kinds of files, each remembering its own folder.
PAPERS = "papers"  # PDFs for printing: commitment, minutes, summary, score sheets, grid
WORKBOOKS = "workbooks"  # Excel files for people: signing register, score sheets
CERTIFICATES = "certificates"
RETURNS = "returns"  # a member's filled-in return
FORMS = "forms"  # the scoring forms sent to the members (a folder of them)
BACKUPS = "backups"
HANDOVER = "handover"


class _State:
    settings: Settings | None = None  # where the folders are remembered (the window's)
    folders: dict[str, str] = {}  # noqa: RUF012 - without settings (a dialog on its own)


def remember_in(settings: Settings | None) -> None:
    """Keep the last folders in ``settings`` (saved with them); None: for this run only."""
    _State.settings = settings


def _folders() -> dict[str, str]:
    return _State.settings.save_folders if _State.settings is not None else _State.folders


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def start_folder(kind: str) -> Path:
    """Where a save dialog for ``kind`` opens: its last folder if still there, else Documents."""
    last = _folders().get(kind)
    if last and Path(last).is_dir():
        return Path(last)
    documents = documents_folder()
    return documents if documents.is_dir() else Path.home()


def remember(kind: str, path: Path) -> None:
    """Note ``path``'s folder as the last one for ``kind``."""
    _folders()[kind] = str(path.parent)
    if _State.settings is not None:
        _State.settings.save()


def ask_save_path(
    parent: QWidget | None,
    kind: str,
    title: str,
    name: str,
    filters: str,
    *,
    folder: Path | None = None,
    chosen_filter: list[str] | None = None,
) -> Path | None:
    """Ask where to save a file of ``kind`` suggested as ``name``; None when cancelled.

    ``folder`` overrides where the dialog starts (the file was saved there before);
    ``chosen_filter``, when given, receives the filter the user picked.
    """
    start = (folder or start_folder(kind)) / name
    path, picked = QFileDialog.getSaveFileName(parent, title, str(start), filters)
    if not path:
        return None
    if chosen_filter is not None:
        chosen_filter.append(picked)
    target = Path(path)
    remember(kind, target)
    return target


def open_path(path: Path) -> None:
    """Open ``path`` (a file or a folder) with the program the system chooses for it."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def open_attachment(folder: Path, name: str, data: bytes) -> Path:
    """Write an attached file's bytes into ``folder`` (a private temporary folder) and open
    it. ``name`` comes from ``attachments.content`` (made safe there); only its base name is
    used all the same, so nothing is ever written outside ``folder``."""
    target = Path(folder) / Path(name.replace("\\", "/")).name
    if target.parent.resolve() != Path(folder).resolve() or not target.name.strip("."):
        raise ValueError(name)
    target.write_bytes(data)
    open_path(target)
    return target


def saved(
    parent: QWidget | None, title: str, path: Path, text: str = "", *, openable: bool = True
) -> None:
    """Say where ``path`` was written and offer to open it (``openable``) or its folder."""
    translate = QCoreApplication.translate
    message = text or arg(translate("Saving", "Saved to %1."), str(path))
    actions = [(translate("Saving", "Open"), path)] if openable else []
    actions.append((translate("Saving", "Show the folder"), path.parent))
    choice = messages.ask(
        parent,
        messages.Icon.Information,
        title,
        message,
        [label for label, _target in actions] + [translate("Saving", "Close")],
    )
    if 0 <= choice < len(actions):
        open_path(actions[choice][1])
