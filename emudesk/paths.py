"""Every location the program reads or writes, in one place.

``EMUDESK_HOME`` overrides the user data directory (tests and the dev mode of ``make run``
keep everything inside a temporary folder or the checkout). Inside a PyInstaller bundle the
read-only resources live under ``sys._MEIPASS``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "emudesk"


def resources_dir() -> Path:
    """The read-only ``resources/`` folder (fonts, translations, templates, icons)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def docs_dir() -> Path:
    """The user guide (``guide.vi.md``, ``guide.en.md``) and its screenshots, shown by F1."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "docs"
    return Path(__file__).resolve().parent.parent / "docs"


def guide_file(language: str) -> Path:
    """The user guide in ``language`` ("vi" or "en"; Vietnamese for any other)."""
    return docs_dir() / f"guide.{language if language == 'en' else 'vi'}.md"


def forms_dir() -> Path:
    """The Qt Designer sources (only used by tooling; the app uses generated code)."""
    return Path(__file__).resolve().parent.parent / "forms"


def data_dir() -> Path:
    """Where the user's database, backups and logs live (created on first use)."""
    override = os.environ.get("EMUDESK_HOME")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database() -> Path:
    """The database opened when neither ``--db`` nor ``EMUDESK_DB`` says otherwise."""
    return data_dir() / "emudesk.sqlite"


def backups_dir() -> Path:
    """Rotating automatic backups (before migrations and bulk imports)."""
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def logs_dir() -> Path:
    """The rotating log file's folder."""
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def settings_file() -> Path:
    """Program settings (language, printer offsets, recent files) as JSON."""
    return data_dir() / "settings.json"


def signing_dir() -> Path:
    """The token's settings and the certificates and CRLs this office trusts."""
    path = data_dir() / "signing"
    path.mkdir(parents=True, exist_ok=True)
    return path
