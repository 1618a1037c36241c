"""Mutations of valid exchange workbooks and handover files, shared by the tests and
``bench/fuzz.py``: every outcome must be a clear refusal (an ``EmuError``) or a clean result,
never an uncaught exception, never a partial write."""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable

Mutation = Callable[[bytes, random.Random], bytes]


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    raw = bytearray(data)
    for _ in range(rng.randint(1, 20)):
        raw[rng.randrange(len(raw))] = rng.randrange(256)
    return bytes(raw)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data))]


def _rezip(data: bytes, change: Callable[[str, bytes], bytes | None]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = change(info.filename, source.read(info))
            if content is not None:
                target.writestr(info.filename, content)
    return out.getvalue()


def mutate_member(data: bytes, rng: random.Random) -> bytes:
    """Change the text inside one zip member (XML or JSON): a cell value, a tag, a number."""
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    victim = rng.choice(names)

    def change(name: str, content: bytes) -> bytes | None:
        if name != victim:
            return content
        text = bytearray(content)
        if not text:
            return content
        choice = rng.randrange(4)
        position = rng.randrange(len(text))
        if choice == 0:
            del text[position : position + rng.randint(1, 40)]
        elif choice == 1:
            text[position:position] = rng.choice(
                [
                    b"<x/>",
                    b"\x00",
                    b"&amp;",
                    b"9999999",
                    b"-1",
                    b'"',
                    b"=HYPERLINK(1)",
                    "Đắk".encode(),
                ]
            )
        elif choice == 2:
            for _ in range(5):
                where = rng.randrange(len(text))
                if chr(text[where]).isdigit():
                    text[where] = ord(str(rng.randrange(10)))
        else:
            return None  # the member disappears
        return bytes(text)

    return _rezip(data, change)


MUTATIONS: tuple[Mutation, ...] = (flip_bytes, truncate, mutate_member, mutate_member)


def mutate(data: bytes, seed: int) -> bytes:
    rng = random.Random(seed)
    return rng.choice(MUTATIONS)(data, rng)
