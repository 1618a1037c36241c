"""The SMTP password, kept only in the system's keyring, and only when the user asks.

Never in the settings file, the database or a log. The keyring is the operating system's
own store (Windows Credential Manager, macOS Keychain, the Secret Service on Linux
desktops). Where there is none — a bare Linux, a locked or missing backend — every
function degrades to "not kept": the password is simply asked again next time.
"""

from __future__ import annotations

import logging
from typing import Any

SERVICE = "emudesk-smtp"

log = logging.getLogger(__name__)


def _keyring() -> Any | None:
    """The keyring module when a usable backend exists, else None."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a misconfigured backend must not stop sending by hand
        log.info("no usable keyring backend", exc_info=True)
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return keyring


def _account(host: str, user: str) -> str:
    return f"{user}@{host}"


def available() -> bool:
    """True when a password can be kept on this system."""
    return _keyring() is not None


def stored(host: str, user: str) -> str | None:
    """The password kept for ``user`` on ``host``, or None."""
    keyring = _keyring()
    if keyring is None or not user:
        return None
    try:
        value = keyring.get_password(SERVICE, _account(host, user))
    except Exception:  # a locked or broken store: ask the user instead
        log.info("keyring read failed", exc_info=True)
        return None
    return value if isinstance(value, str) else None


def keep(host: str, user: str, password: str) -> bool:
    """Keep the password in the keyring; False when there is none (nothing is kept then)."""
    keyring = _keyring()
    if keyring is None or not user:
        return False
    try:
        keyring.set_password(SERVICE, _account(host, user), password)
    except Exception:  # as above: not kept, and the user is told so
        log.info("keyring write failed", exc_info=True)
        return False
    return True


def forget(host: str, user: str) -> None:
    """Remove a kept password (nothing happens when none is kept)."""
    keyring = _keyring()
    if keyring is None or not user:
        return
    try:
        keyring.delete_password(SERVICE, _account(host, user))
    except Exception:  # not kept, or the store is locked: nothing to undo
        log.info("keyring delete failed", exc_info=True)
