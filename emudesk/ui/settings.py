"""Program settings kept as a small JSON file (``emudesk.paths.settings_file()``).

The file is read once at start and rewritten whole (through a temporary file, so a crash
never leaves half a file). A damaged or foreign file is not an error: the defaults apply and
the next save replaces it.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from emudesk import paths
from emudesk.i18n import DEFAULT_LANGUAGE, LANGUAGES

log = logging.getLogger(__name__)

MAX_RECENT = 8
FILE_KINDS = ("form", "return")  # a received form to fill in; a return to import
SMTP_KEYS = ("host", "port", "security", "user", "sender", "cafile")


@dataclass
class Settings:
    """What the user chose: interface language, preferred database, recent databases."""

    language: str = DEFAULT_LANGUAGE
    # Opened when neither --db nor EMUDESK_DB names a database; empty means the default file.
    database: str = ""
    recent_databases: list[str] = field(default_factory=list)
    role: str = ""  # "head", "member" or "issuer", as told to the first-run assistant (or Settings)
    # Workbooks opened lately, newest first: {"path": ..., "kind": "form" | "return"}
    recent_files: list[dict[str, str]] = field(default_factory=list)
    # The office's mail server for Send the forms: host, port, security, user, sender, cafile.
    # Never the password (that goes to the system's keyring, if anywhere).
    smtp: dict[str, str] = field(default_factory=dict)
    # The folder each kind of file was last saved in (papers, workbooks, backups…)
    save_folders: dict[str, str] = field(default_factory=dict)
    path: Path | None = field(default=None, repr=False, compare=False)
    # No settings file was found: the program has never run here (the first-run assistant).
    is_new: bool = field(default=False, repr=False, compare=False)

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """The stored settings, or the defaults when the file is missing or unreadable."""
        path = path or paths.settings_file()
        settings = cls(path=path)
        try:
            raw: Any = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            settings.is_new = True
            return settings
        except (OSError, ValueError) as exc:
            log.warning("ignoring unreadable settings file %s: %s", path, exc)
            return settings
        if not isinstance(raw, dict):
            return settings
        language = raw.get("language")
        if language in LANGUAGES:
            settings.language = language
        database = raw.get("database")
        if isinstance(database, str):
            settings.database = database
        role = raw.get("role")
        if role in ("head", "member", "issuer"):
            settings.role = role
        files = raw.get("recent_files")
        if isinstance(files, list):
            settings.recent_files = [
                {"path": f["path"], "kind": f["kind"]}
                for f in files
                if isinstance(f, dict)
                and isinstance(f.get("path"), str)
                and f.get("kind") in FILE_KINDS
            ][: MAX_RECENT * len(FILE_KINDS)]
        smtp = raw.get("smtp")
        if isinstance(smtp, dict):
            settings.smtp = {
                key: value[:300]
                for key, value in smtp.items()
                if key in SMTP_KEYS and isinstance(value, str)
            }
        folders = raw.get("save_folders")
        if isinstance(folders, dict):
            settings.save_folders = {
                str(k): v for k, v in folders.items() if isinstance(v, str) and v
            }
        recent = raw.get("recent_databases")
        if isinstance(recent, list):
            settings.recent_databases = [r for r in recent if isinstance(r, str)][:MAX_RECENT]
        return settings

    def save(self) -> None:
        """Write the settings atomically; a failure is logged, never raised at the user."""
        path = self.path or paths.settings_file()
        data = {
            "language": self.language,
            "database": self.database,
            "recent_databases": self.recent_databases,
            "role": self.role,
            "recent_files": self.recent_files,
            "smtp": {key: value for key, value in self.smtp.items() if key in SMTP_KEYS},
            "save_folders": self.save_folders,
        }
        partial = path.with_name(path.name + ".part")
        try:
            partial.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
            os.replace(partial, path)
        except OSError as exc:
            log.warning("could not save settings to %s: %s", path, exc)

    def add_recent(self, target: str) -> None:
        """Put ``target`` first in the recent list (no duplicates, at most ``MAX_RECENT``)."""
        rest = [r for r in self.recent_databases if r != target]
        self.recent_databases = [target, *rest][:MAX_RECENT]

    def add_recent_file(self, path: str, kind: str) -> None:
        """Put the workbook ``path`` first among the recent files (``kind``: form or return);
        each kind keeps its newest ``MAX_RECENT``, so thirty returns never push out the forms."""
        rest = [f for f in self.recent_files if f["path"] != path]
        kept: list[dict[str, str]] = []
        counts = dict.fromkeys(FILE_KINDS, 0)
        for entry in [{"path": path, "kind": kind}, *rest]:
            counts[entry["kind"]] += 1
            if counts[entry["kind"]] <= MAX_RECENT:
                kept.append(entry)
        self.recent_files = kept

    def forget_file(self, path: str) -> None:
        self.recent_files = [f for f in self.recent_files if f["path"] != path]

    def last_folder(self, kind: str) -> str:
        """The folder of the newest recent workbook of ``kind`` (where the next one likely is)."""
        found = next((f["path"] for f in self.recent_files if f["kind"] == kind), "")
        return str(Path(found).parent) if found else ""

    def startup_target(self, explicit: str | None) -> str | None:
        """The database to open: ``--db``, then ``EMUDESK_DB``, then the chosen one, else None."""
        return explicit or os.environ.get("EMUDESK_DB") or self.database or None
