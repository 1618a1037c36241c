"""Messages of the layers below the GUI (services, db, CLI) in the user's language.

The GUI is translated with Qt Linguist; the lower layers must not import Qt, so their
messages go through ``_``: the English source text is the key of a gettext catalogue
(``resources/locale/vi/LC_MESSAGES/emudesk.po``, compiled to ``.mo`` by ``make`` and the
bundle), and ``make i18n-check`` proves every ``_("…")`` in the code has a translation with
the same ``{placeholders}``. Vietnamese is the default, as in the GUI.
"""

from __future__ import annotations

import gettext
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

DEFAULT_LANGUAGE = "vi"
LANGUAGES = ("vi", "en")
DOMAIN = "emudesk"
DOCUMENTS_LANGUAGE = "vi"


class _State:
    language = DEFAULT_LANGUAGE
    catalogues: dict[str, gettext.NullTranslations] = {}  # noqa: RUF012 - a cache
    documents = threading.local()  # .vietnamese: this thread is writing a document


@contextmanager
def vietnamese_documents() -> Iterator[None]:
    """Within the block, on this thread, messages come out in Vietnamese whatever the user's
    language: printed papers and exchange workbooks are official Vietnamese documents, and
    sentences from the rules (ranking explanations, award notes) end up in them."""
    previous = getattr(_State.documents, "vietnamese", False)
    _State.documents.vietnamese = True
    try:
        yield
    finally:
        _State.documents.vietnamese = previous


def set_language(code: str) -> None:
    """Switch the messages of the lower layers to ``code`` ("vi" or "en")."""
    _State.language = code if code in LANGUAGES else DEFAULT_LANGUAGE


def language() -> str:
    """The language messages are currently produced in."""
    return _State.language


def decimal_mark() -> str:
    """The decimal separator of the messages being produced: "," in Vietnamese (and in every
    document), "." in English."""
    if getattr(_State.documents, "vietnamese", False) or _State.language == "vi":
        return ","
    return "."


def catalogue(code: str) -> gettext.NullTranslations:
    """The compiled catalogue of ``code``; English, the source language, needs none."""
    found = _State.catalogues.get(code)
    if found is None:
        from emudesk import paths

        mo = paths.resources_dir() / "locale" / code / "LC_MESSAGES" / f"{DOMAIN}.mo"
        try:
            with mo.open("rb") as file:
                found = gettext.GNUTranslations(file)
        except OSError:  # English, or a checkout where `make` has not compiled it yet
            found = gettext.NullTranslations()
        _State.catalogues[code] = found
    return found


def _(source: str, /, **params: Any) -> str:
    """Translate ``source`` and fill its ``{name}`` placeholders from ``params``."""
    documents = getattr(_State.documents, "vietnamese", False)
    template = catalogue(DOCUMENTS_LANGUAGE if documents else _State.language).gettext(source)
    return template.format(**params) if params else template
