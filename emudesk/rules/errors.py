"""Refusals of the rules, each with a Vietnamese message the user can act on.

They derive from ``ValueError`` (bad values, not bugs) and carry ``message`` and ``field`` like
the application's ``EmuError``, so a service can pass them on to the user unchanged.
"""

from __future__ import annotations


class RegulationError(ValueError):
    """A regulation setting, table or set of scores that the rules refuse to work with."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class TableError(RegulationError):
    """A scoring table too broken to compute totals (cycle, missing parent, bad parameters…)."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__("Bảng điểm chưa dùng được: " + "; ".join(messages), field="criteria")
        self.messages = messages


class InvalidScoresError(RegulationError):
    """Score entries that break the table or the roles; ``messages`` lists each one."""

    def __init__(self, messages: list[str]) -> None:
        shown = "; ".join(messages[:5])
        more = f" (và {len(messages) - 5} lỗi khác)" if len(messages) > 5 else ""
        super().__init__(f"Điểm chưa hợp lệ: {shown}{more}", field="scores")
        self.messages = messages
