"""Fixtures of the rules' tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from emudesk import i18n


@pytest.fixture
def english() -> Iterator[None]:
    """The interface switched to English for one test, and back to Vietnamese after it."""
    i18n.set_language("en")
    try:
        yield
    finally:
        i18n.set_language("vi")
