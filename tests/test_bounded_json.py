"""The JSON reader of files from outside (handover files, the issuer's packages)."""

from __future__ import annotations

import pytest

from emudesk.bounded_json import parse, too_deep


def test_plain_json_is_read() -> None:
    assert parse(b'{"a": [1, 2.5, "x[{"], "b": null}', 4) == {
        "a": [1, 2.5, "x[{"],
        "b": None,
    }


@pytest.mark.parametrize(
    "raw",
    [b"NaN", b"[Infinity]", b'{"a": -Infinity}', b"[1e999]", b"\xff[]", b"[1,", b""],
)
def test_what_is_not_finite_utf8_json_is_refused(raw: bytes) -> None:
    with pytest.raises(ValueError):
        parse(raw, 32)


def test_nesting_is_bounded_before_parsing() -> None:
    assert parse(b"[" * 32 + b"]" * 32, 32) is not None
    with pytest.raises(ValueError, match="nesting"):
        parse(b"[" * 33 + b"]" * 33, 32)
    with pytest.raises(ValueError, match="nesting"):
        parse(b"[" * 100_000, 32)  # never reaches the parser's recursion
    # brackets inside strings do not count
    assert not too_deep('["' + "[" * 100 + '"]', 2)
