"""The gettext catalogue of the layers below the GUI (``resources/locale/<lang>/LC_MESSAGES``).

Source strings are English, passed to ``emudesk.i18n._`` with ``{name}`` placeholders; Babel
extracts them from every module outside ``emudesk/ui`` (the GUI uses Qt Linguist instead).

- ``update``: extract, then merge into each language's ``emudesk.po`` (new messages get an
  empty translation, messages no longer in the code are dropped, never fuzzy-matched);
- ``release``: compile each ``.po`` to the ``.mo`` beside it, which the program reads;
- ``check``: every message of the code translated, none left over, none fuzzy, and the same
  ``{placeholders}`` in source and translation.

Used by ``tools/i18n.py`` (``make i18n``, ``make qm``, ``make i18n-check``).
"""

from __future__ import annotations

import contextlib
import io
import string
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
DOMAIN = "emudesk"
LANGUAGES = ("vi",)  # English is the source language: it needs no catalogue
PACKAGE = "emudesk"
GUI = "ui"  # translated with Qt Linguist
HEADER = (
    "# Messages of emudesk below the GUI (services, db, cli, exchange, printing, rules).\n"
    "# The keys are the English sources. `make i18n` updates this file from the code,\n"
    "# `make i18n-check` checks it; translators may use Poedit or Lokalize."
)


def po_path(language: str, root: Path = ROOT) -> Path:
    return root / "resources" / "locale" / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def sources(root: Path = ROOT) -> Iterator[Path]:
    """Every module whose ``_()`` messages belong to the catalogue."""
    package = root / PACKAGE
    for path in sorted(package.rglob("*.py")):
        if path.relative_to(package).parts[0] != GUI:
            yield path


def extract(root: Path = ROOT) -> Catalog:
    """The messages of the code, as a template catalogue with their locations."""
    template = Catalog(domain=DOMAIN, project="emudesk", fuzzy=False)
    for path in sources(root):
        # Babel warns about f-strings given as *arguments* of _() (not the message itself):
        # they are values of placeholders, correctly left out.
        with contextlib.redirect_stderr(io.StringIO()):
            found = list(extract_from_file("python", str(path), keywords={"_": None}))
        for lineno, message, _comments, _context in found:
            template.add(message, locations=[(path.relative_to(root).as_posix(), lineno)])
    return template


def read(path: Path) -> Catalog:
    with path.open("rb") as file:
        return read_po(file)


def write(catalogue: Catalog, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    catalogue.header_comment = HEADER
    # Sorted by source text, without line numbers: an entry moves only when its text changes,
    # so that moving code leaves the catalogue alone and parallel changes rarely collide.
    write_po(buffer, catalogue, width=100, sort_output=True, include_lineno=False)
    path.write_bytes(buffer.getvalue())


def update(root: Path = ROOT) -> list[Path]:
    template = extract(root)
    written = []
    for language in LANGUAGES:
        path = po_path(language, root)
        catalogue = read(path) if path.exists() else Catalog(locale=language, domain=DOMAIN)
        catalogue.update(
            template,
            no_fuzzy_matching=True,
            update_header_comment=False,
            update_creation_date=False,
        )
        catalogue.obsolete.clear()
        write(catalogue, path)
        written.append(path)
        print(f"updated {path.relative_to(root).as_posix()}")
    return written


def fill(wanted: dict[str, str | list[str]], root: Path = ROOT, language: str = "vi") -> int:
    """Fill untranslated entries of the ``language`` catalogue from ``{msgid: msgstr}``.

    A plural entry is found by its singular msgid and takes a list of forms. Entries that
    already have a translation are left alone. Returns how many were filled.
    """
    if not wanted:
        return 0
    path = po_path(language, root)
    catalogue = read(path)
    count = 0
    for message in catalogue:
        if not message.id:
            continue
        key: str = message.id[0] if isinstance(message.id, tuple | list) else str(message.id)
        translation = wanted.get(key)
        if not translation:
            continue
        if isinstance(message.id, tuple | list):
            forms = [translation] if isinstance(translation, str) else list(translation)
            if any(message.string or ()):
                continue
            count_forms = catalogue.num_plurals
            message.string = tuple((forms * count_forms)[:count_forms])
        else:
            if message.string or not isinstance(translation, str):
                continue
            message.string = translation
        count += 1
    if count:
        write(catalogue, path)
    return count


def release(root: Path = ROOT) -> list[Path]:
    written = []
    for language in LANGUAGES:
        path = po_path(language, root)
        target = path.with_suffix(".mo")
        buffer = io.BytesIO()
        write_mo(buffer, read(path))
        target.write_bytes(buffer.getvalue())
        written.append(target)
        print(f"compiled {target.relative_to(root).as_posix()}")
    return written


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def check(root: Path = ROOT) -> list[str]:
    """Problems of the catalogues against the code, one sentence each (empty: all good)."""
    used = {str(m.id): m for m in extract(root) if m.id}
    problems = []
    for language in LANGUAGES:
        path = po_path(language, root)
        name = path.relative_to(root).as_posix()
        if not path.exists():
            problems.append(f"{name}: missing (run `make i18n`)")
            continue
        catalogue = read(path)
        known = {str(m.id): m for m in catalogue if m.id}
        for source, message in used.items():
            where = ", ".join(f"{f}:{n}" for f, n in message.locations[:2])
            entry = known.get(source)
            if entry is None:
                problems.append(f"{name}: not in the catalogue ({where}): {source!r}")
            elif not entry.string:
                problems.append(f"{name}: untranslated ({where}): {source!r}")
            elif entry.fuzzy:
                problems.append(f"{name}: fuzzy ({where}): {source!r}")
            elif fields(source) != fields(str(entry.string)):
                problems.append(f"{name}: placeholders differ ({where}): {source!r}")
        problems += [
            f"{name}: no longer used: {source!r}" for source in known if source not in used
        ]
    return problems
