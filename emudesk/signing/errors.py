"""Refusals of the signing layer that the user can act on."""

from __future__ import annotations

from emudesk.errors import EmuError


class TokenError(EmuError):
    """The driver, the token, the key or the PIN: what to check is in the message.

    ``wrong_pin`` is set when the token refused the PIN (the window asks again, saying how
    many tries may be left; it never retries by itself, because tokens lock after a few).
    """

    def __init__(self, message: str, *, wrong_pin: bool = False) -> None:
        super().__init__(message)
        self.wrong_pin = wrong_pin


class SignatureError(EmuError):
    """A file cannot be signed or checked: not a PDF or package, damaged, too large."""
