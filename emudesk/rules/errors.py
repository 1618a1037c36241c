"""Refusals of the rules, each with a message the user can act on, in the user's language.

They derive from ``ValueError`` (bad values, not bugs) and carry ``message`` and ``field`` like
the application's ``EmuError``, so a service can pass them on to the user unchanged.
"""

from __future__ import annotations

from emudesk.i18n import _


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
        super().__init__(
            _("The scoring table cannot be used yet: {problems}", problems="; ".join(messages)),
            field="criteria",
        )
        self.messages = messages


class InvalidScoresError(RegulationError):
    """Score entries that break the table or the roles; ``messages`` lists each one."""

    def __init__(self, messages: list[str]) -> None:
        shown = "; ".join(messages[:5])
        if len(messages) > 5:
            message = _(
                "Invalid scores: {problems} (and {count} more)",
                problems=shown,
                count=len(messages) - 5,
            )
        else:
            message = _("Invalid scores: {problems}", problems=shown)
        super().__init__(message, field="scores")
        self.messages = messages
