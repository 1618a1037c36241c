"""The issuer's tests read the messages in English (the source language), and leave the
language as they found it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from emudesk import i18n


@pytest.fixture(autouse=True)
def english_messages() -> Iterator[None]:
    i18n.set_language("en")
    yield
    i18n.set_language(i18n.DEFAULT_LANGUAGE)
