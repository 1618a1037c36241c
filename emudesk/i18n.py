"""Messages of the layers below the GUI (services, db, CLI) in the user's language.

The GUI is translated with Qt Linguist; the lower layers must not import Qt, so their
messages go through ``_``: the English source text is the key, ``emudesk/locale/vi.py``
holds the Vietnamese, and a test proves every ``_("…")`` in the code has a translation with
the same ``{placeholders}``. Vietnamese is the default, as in the GUI.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

DEFAULT_LANGUAGE = "vi"
LANGUAGES = ("vi", "en")


class _State:
    language = DEFAULT_LANGUAGE
    catalogue: dict[str, str] | None = None
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
    _State.catalogue = None


def language() -> str:
    """The language messages are currently produced in."""
    return _State.language


def _load() -> dict[str, str]:
    if _State.catalogue is None:
        if _State.language == "vi":
            from emudesk.locale.vi import MESSAGES

            _State.catalogue = MESSAGES
        else:
            _State.catalogue = {}
    return _State.catalogue


def _(source: str, /, **params: Any) -> str:
    """Translate ``source`` and fill its ``{name}`` placeholders from ``params``."""
    if getattr(_State.documents, "vietnamese", False):
        from emudesk.locale.vi import MESSAGES

        template = MESSAGES.get(source, source)
    else:
        template = _load().get(source, source)
    return template.format(**params) if params else template
