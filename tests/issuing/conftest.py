"""The issuer's tests leave the messages' language as they found it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from emudesk import i18n


@pytest.fixture(autouse=True)
def default_language() -> Iterator[None]:
    yield
    i18n.set_language(i18n.DEFAULT_LANGUAGE)
