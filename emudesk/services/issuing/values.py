"""Every value of a package checked like typed input: type, length, range, NFC text.

``Reader`` walks the JSON document; the first wrong value refuses the whole package with
where it was found ("proposals[2].reason"), so the sender can be told what to fix.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any
from uuid import UUID

from emudesk.errors import FileFormatError
from emudesk.i18n import _
from emudesk.text import clean, clean_multiline, control_characters


class Reader:
    """Typed access to one JSON object of a package, refusing anything out of shape."""

    def __init__(self, data: Any, where: str, file: str) -> None:
        if not isinstance(data, dict):
            raise self._bad_at(where, file)
        self.data = data
        self.where = where
        self.file = file

    @staticmethod
    def _bad_at(where: str, file: str) -> FileFormatError:
        return FileFormatError(
            _(
                "{file} was refused: the value at {where} is missing or not acceptable. "
                "Nothing was changed; ask the sender for a corrected file.",
                file=file,
                where=where or "/",
            )
        )

    def bad(self, key: str) -> FileFormatError:
        return self._bad_at(f"{self.where}.{key}" if self.where else key, self.file)

    def _get(self, key: str, kinds: type | tuple[type, ...], optional: bool) -> Any:
        value = self.data.get(key)
        if value is None and optional:
            return None
        if not isinstance(value, kinds) or (isinstance(value, bool) and kinds is int):
            raise self.bad(key)
        return value

    def text(self, key: str, limit: int, *, required: bool = False, lines: bool = False) -> str:
        value = self._get(key, str, not required)
        if len(value or "") > 4 * limit:  # no need to normalise megabytes to refuse them
            raise self.bad(key)
        if value and any("\ud800" <= c <= "\udfff" for c in value):
            raise self.bad(key)  # a broken character ("\ud800" in JSON): no text can hold it
        result = (clean_multiline if lines else clean)(value or "")
        if (
            len(result) > limit
            or (required and not result)
            or control_characters(result, keep="\n\t" if lines else "")
        ):  # the characters typed input refuses (``services.checks``)
            raise self.bad(key)
        return result

    def choice(self, key: str, allowed: tuple[str, ...]) -> str:
        value = self._get(key, str, False)
        if value not in allowed:
            raise self.bad(key)
        return str(value)

    def uuid(self, key: str, *, optional: bool = False) -> UUID | None:
        value = self._get(key, str, optional)
        if value is None:
            return None
        try:
            return UUID(value)
        except ValueError as exc:
            raise self.bad(key) from exc

    def required_uuid(self, key: str) -> UUID:
        found = self.uuid(key)
        assert found is not None
        return found

    def integer(self, key: str, low: int, high: int, *, optional: bool = False) -> int | None:
        value = self._get(key, int, optional)
        if value is not None and not low <= value <= high:
            raise self.bad(key)
        return value

    def flag(self, key: str) -> bool:
        return bool(self._get(key, bool, False))

    def date(self, key: str, *, optional: bool = True) -> dt.date | None:
        value = self._get(key, str, optional)
        if value is None:
            return None
        try:
            day = dt.date.fromisoformat(value)
        except ValueError as exc:
            raise self.bad(key) from exc
        if not 1900 <= day.year <= 2999:
            raise self.bad(key)
        return day

    def moment(self, key: str) -> dt.datetime:
        value = self._get(key, str, False)
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError as exc:
            raise self.bad(key) from exc
        return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)

    def child(self, key: str, *, optional: bool = False) -> Reader | None:
        value = self.data.get(key)
        if value is None and optional:
            return None
        return Reader(value, f"{self.where}.{key}" if self.where else key, self.file)

    def required_child(self, key: str) -> Reader:
        found = self.child(key)
        assert found is not None
        return found

    def items(self, key: str, limit: int) -> Iterator[Reader]:
        value = self._get(key, list, False)
        if len(value) > limit:
            raise self.bad(key)
        prefix = f"{self.where}.{key}" if self.where else key
        for index, item in enumerate(value):
            yield Reader(item, f"{prefix}[{index}]", self.file)
