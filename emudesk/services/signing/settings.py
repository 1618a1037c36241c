"""Which token signs: the driver file, the token's label and the key, per PC.

Stored in ``signing/token.json`` of the user data folder; the variables
``EMUDESK_PKCS11_MODULE``, ``EMUDESK_PKCS11_TOKEN_LABEL``, ``EMUDESK_PKCS11_SLOT`` (the index
in the driver's slot list, used only without a label) and ``EMUDESK_PKCS11_KEY_LABEL``
override it for one run (what ``tools/test_token.sh`` prints). The PIN is never stored: the
window asks for it each time, the commands take ``EMUDESK_PKCS11_PIN`` or a prompt.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from emudesk import paths
from emudesk.errors import ValidationError
from emudesk.i18n import _
from emudesk.signing import Token
from emudesk.signing.errors import TokenError

if TYPE_CHECKING:
    from emudesk.signing.token import TokenInfo

ENV_MODULE = "EMUDESK_PKCS11_MODULE"
ENV_TOKEN = "EMUDESK_PKCS11_TOKEN_LABEL"
ENV_SLOT = "EMUDESK_PKCS11_SLOT"
ENV_KEY = "EMUDESK_PKCS11_KEY_LABEL"
ENV_PIN = "EMUDESK_PKCS11_PIN"
MAX_TEXT = 1000


def _file() -> Path:
    return paths.signing_dir() / "token.json"


def stored_token() -> Token | None:
    """The token chosen in the settings (None when none was chosen or the file is damaged)."""
    try:
        data = json.loads(_file().read_text(encoding="utf-8"))
        slot = data.get("slot")
        token = Token(
            module=str(data["module"]),
            token_label=str(data.get("token_label", "")),
            key_label=str(data.get("key_label", "")),
            slot=slot if isinstance(slot, int) and not isinstance(slot, bool) else None,
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return token if token.module else None


def current_token() -> Token | None:
    """The stored token with the environment's overrides; None when nothing says which."""
    stored = stored_token() or Token(module="")
    slot_text = os.environ.get(ENV_SLOT, "").strip()
    slot = int(slot_text) if slot_text.isdigit() else stored.slot
    token = Token(
        module=os.environ.get(ENV_MODULE) or stored.module,
        token_label=os.environ.get(ENV_TOKEN) or stored.token_label,
        key_label=os.environ.get(ENV_KEY) or stored.key_label,
        slot=slot,
    )
    return token if token.module else None


def require_token() -> Token:
    token = current_token()
    if token is None:
        raise TokenError(
            _(
                "No token is set up for signing: choose the token's driver, the token and the "
                "key in Settings › Digital signatures (or set {variable}).",
                variable=ENV_MODULE,
            )
        )
    return token


def save_token(token: Token) -> Token:
    """Store the choice of the settings (an empty driver forgets the token)."""
    cleaned = Token(
        module=token.module.strip(),
        token_label=token.token_label.strip(),
        key_label=token.key_label.strip(),
        slot=token.slot,
    )
    if any(
        len(text) > MAX_TEXT for text in (cleaned.module, cleaned.token_label, cleaned.key_label)
    ):
        raise ValidationError(_("A token setting is too long."))
    if cleaned.module and not cleaned.token_label and cleaned.slot is None:
        raise ValidationError(_("Choose the token (its label) as well as the driver."))
    target = _file()
    if not cleaned.module:
        target.unlink(missing_ok=True)
        return cleaned
    from emudesk.files import atomic_output

    data = {
        "module": cleaned.module,
        "token_label": cleaned.token_label,
        "key_label": cleaned.key_label,
        "slot": cleaned.slot,
    }
    with atomic_output(target) as temporary:
        temporary.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return cleaned


def pin_from_environment() -> str:
    """The PIN for a command run by a script (the only place besides a prompt it comes from)."""
    return os.environ.get(ENV_PIN, "")


def find_tokens(module: str) -> list[TokenInfo]:
    """The tokens the driver ``module`` sees, with the certificates on each (no PIN)."""
    from emudesk.signing.token import list_tokens

    return list_tokens(module)


def pin_warning(token: Token) -> str:
    """A warning for the PIN dialog: few tries left, or the PIN locked ("" when none)."""
    from emudesk.signing.token import pin_warning as warning

    return warning(token)
