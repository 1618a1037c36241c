"""The office's USB token through the vendor's PKCS#11 driver: find it, log in, sign.

One session per operation, closed in ``finally``: PKCS#11 keeps the login per program and
token, so a session left open makes every later login fail ("user already logged in"), and
the driver is re-initialised after any unexpected failure. Operations are serialised by a
lock for the same reason (the window signs on a worker thread). The PIN is a parameter of
each call and is kept nowhere.

The token is found by its label, never by pyHanko's slot index alone: drivers number slots
by USB port and SoftHSM2 moves a token to a random slot id. The key is found by its label or
its certificate's label (vendors label them differently), and the certificate by the key's
CKA_ID.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from emudesk.i18n import _
from emudesk.signing import Signer, Token
from emudesk.signing.certs import describe
from emudesk.signing.errors import TokenError

if TYPE_CHECKING:
    from asn1crypto import x509

_LOCK = threading.RLock()

# PKCS#11 token flags (CKF_USER_PIN_*)
_PIN_COUNT_LOW = 0x00010000
_PIN_FINAL_TRY = 0x00020000
_PIN_LOCKED = 0x00040000


@dataclass(frozen=True)
class TokenCertificate:
    """A certificate stored on a token (readable without the PIN)."""

    label: str
    key_id: str  # CKA_ID in hex: the private key with the same id signs for it
    signer: Signer


@dataclass(frozen=True)
class TokenInfo:
    """A token plugged in, as the settings list it."""

    slot: int  # index in the driver's slot list
    label: str
    manufacturer: str
    model: str
    serial: str
    certificates: tuple[TokenCertificate, ...]


def library(module: str) -> Any:
    """The loaded driver (python-pkcs11 keeps one per path)."""
    import pkcs11

    if not module.strip():
        raise TokenError(
            _(
                "No token driver is chosen: choose the PKCS#11 driver file of your token "
                "(from its vendor) in the settings, or set EMUDESK_PKCS11_MODULE."
            )
        )
    path = Path(module)
    try:
        exists = path.is_file()
    except OSError:
        exists = False
    if not exists:
        raise TokenError(
            _(
                "The token driver {path} does not exist; install the token's software from "
                "its vendor, or choose the right file in the settings.",
                path=module,
            )
        )
    try:
        return pkcs11.lib(str(path))
    except (pkcs11.PKCS11Error, OSError) as exc:
        raise TokenError(
            _(
                "The token driver {path} cannot be loaded ({reason}); it may be for another "
                "system (a 32-bit driver in a 64-bit program): choose the vendor's 64-bit "
                "PKCS#11 driver.",
                path=module,
                reason=_short(exc),
            )
        ) from exc


def list_tokens(module: str) -> list[TokenInfo]:
    """Every token the driver sees, with the certificates on it (no PIN needed)."""
    import pkcs11
    from asn1crypto import x509
    from pkcs11 import Attribute, ObjectClass

    with _LOCK:
        lib = library(module)
        found: list[TokenInfo] = []
        try:
            slots = lib.get_slots()
            for index, slot in enumerate(slots):
                try:
                    token = slot.get_token()
                except pkcs11.PKCS11Error:
                    continue  # an empty reader, an uninitialised token
                label = _text(token.label)
                if not label:
                    continue
                certificates: list[TokenCertificate] = []
                try:
                    with token.open() as session:
                        for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
                            with contextlib.suppress(ValueError, TypeError, pkcs11.PKCS11Error):
                                cert = x509.Certificate.load(bytes(obj[Attribute.VALUE]))
                                certificates.append(
                                    TokenCertificate(
                                        label=_text(obj[Attribute.LABEL]),
                                        key_id=bytes(obj[Attribute.ID] or b"").hex(),
                                        signer=describe(cert),
                                    )
                                )
                except pkcs11.PKCS11Error:
                    pass  # a token that hides its certificates until login: listed bare
                found.append(
                    TokenInfo(
                        slot=index,
                        label=label,
                        manufacturer=_text(token.manufacturer_id),
                        model=_text(token.model),
                        serial=_text(token.serial),
                        certificates=tuple(c for c in certificates if not c.signer.is_ca),
                    )
                )
        except pkcs11.PKCS11Error as exc:
            _reset(lib)
            raise _translated(exc) from exc
    return found


def pin_warning(token: Token) -> str:
    """What the PIN dialog should warn about: tries running low, or the PIN locked."""
    import pkcs11

    with _LOCK:
        try:
            flags = int(_find_token(library(token.module), token).flags)
        except (TokenError, pkcs11.PKCS11Error):
            return ""
    if flags & _PIN_LOCKED:
        return _("The token's PIN is locked; unlock it with the vendor's tool.")
    if flags & _PIN_FINAL_TRY:
        return _("Careful: one more wrong PIN locks the token.")
    if flags & _PIN_COUNT_LOW:
        return _("Careful: a wrong PIN was entered before; few tries are left.")
    return ""


class TokenSession:
    """A logged-in session on the chosen token, for one operation (a context manager).

    ``certificate`` and ``signer`` describe the signing certificate; ``pdf_signer()`` is a
    pyHanko signer for PDF and CMS signatures; ``sign_raw`` signs bytes directly (QR codes).
    """

    def __init__(self, token: Token, pin: str) -> None:
        self.token = token
        self._pin = pin
        self._session: Any = None
        self._lib: Any = None
        self._key: Any = None
        self.certificate: x509.Certificate | None = None
        self.chain: list[x509.Certificate] = []
        self.is_ec = False

    def __enter__(self) -> TokenSession:
        import pkcs11

        _LOCK.acquire()
        try:
            self._lib = library(self.token.module)
            self._open()
            self._find_key()
        except pkcs11.PKCS11Error as exc:
            self._close(reset=True)
            _LOCK.release()
            raise _translated(exc) from exc
        except BaseException:
            self._close(reset=True)
            _LOCK.release()
            raise
        finally:
            self._pin = ""
        return self

    def __exit__(self, kind: object, error: object, _tb: object) -> None:
        try:
            self._close(reset=error is not None and not isinstance(error, TokenError))
        finally:
            _LOCK.release()

    @property
    def signer(self) -> Signer:
        assert self.certificate is not None
        return describe(self.certificate)

    def _open(self) -> None:
        import pkcs11

        token = _find_token(self._lib, self.token)
        if not self._pin:
            raise TokenError(_("Type the token's PIN."), wrong_pin=True)
        try:
            self._session = token.open(user_pin=self._pin)
        except pkcs11.UserAlreadyLoggedIn:
            _reset(self._lib)  # a session another failure left behind
            self._session = _find_token(self._lib, self.token).open(user_pin=self._pin)

    def _find_key(self) -> None:
        from asn1crypto import x509
        from pkcs11 import Attribute, KeyType, ObjectClass

        session = self._session
        keys = list(session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY}))
        certs = []
        for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
            with contextlib.suppress(ValueError, TypeError):
                certs.append(
                    (
                        _text(obj[Attribute.LABEL]),
                        bytes(obj[Attribute.ID] or b""),
                        x509.Certificate.load(bytes(obj[Attribute.VALUE])),
                    )
                )
        wanted = self.token.key_label.strip()
        key = None
        if wanted:
            named = [k for k in keys if _text(k.label) == wanted]
            if not named:  # the certificate's label: its key has the same CKA_ID
                ids = {cid for label, cid, _c in certs if label == wanted and cid}
                named = [k for k in keys if bytes(k.id or b"") in ids]
            if len(named) == 1:
                key = named[0]
        else:
            ids = {cid for _l, cid, cert in certs if cid and not cert.ca}
            usable = [k for k in keys if bytes(k.id or b"") in ids]
            if len(usable) == 1:
                key = usable[0]
        if key is None:
            labels = ", ".join(sorted({_text(k.label) for k in keys} - {""})) or "—"
            raise TokenError(
                _(
                    "The key {key} is not on the token {token} (keys found: {labels}); "
                    "choose the key in the settings.",
                    key=wanted or "?",
                    token=self.token.token_label or self.token.slot,
                    labels=labels,
                )
            )
        key_id = bytes(key.id or b"")
        mine = [(label, cert) for label, cid, cert in certs if key_id and cid == key_id]
        if not mine:
            raise TokenError(
                _(
                    "The token holds the key {key} but not its certificate; ask the CA to "
                    "write the certificate onto the token.",
                    key=_text(key.label) or key_id.hex(),
                )
            )
        mine.sort(key=lambda item: item[1]["tbs_certificate"]["validity"]["not_after"].native)
        self.certificate = mine[-1][1]
        self.chain = [cert for _l, cid, cert in certs if cert is not self.certificate]
        self._key = key
        self.is_ec = key.key_type == KeyType.EC
        signer = describe(self.certificate)
        now = dt.datetime.now(dt.UTC)
        if not signer.valid_on(now):
            raise TokenError(
                _(
                    "The certificate of {name} on the token is valid from {start} to {end}, "
                    "not today; ask the CA to renew it.",
                    name=signer.name,
                    start=signer.valid_from.date().isoformat(),
                    end=signer.valid_to.date().isoformat(),
                )
            )

    def pdf_signer(self) -> Any:
        """A pyHanko signer using this session's key and certificate."""
        from pyhanko.sign.pkcs11 import PKCS11Signer

        key_id = bytes(self._key.id or b"")
        return PKCS11Signer(
            self._session,
            signing_cert=self.certificate,
            ca_chain=self.chain,  # the CA's certificates on the token: verifiers build the chain
            key_id=key_id or None,
            key_label=None if key_id else _text(self._key.label),
            other_certs_to_pull=(),
            use_raw_mechanism=self.is_ec,  # hash here, then CKM_ECDSA: every EC token has it
        )

    def sign_raw(self, data: bytes) -> bytes:
        """A bare signature of ``data``: RSA PKCS#1 v1.5 over SHA-256 (256 bytes for
        RSA-2048), or ECDSA over SHA-256 as r‖s (64 bytes for P-256)."""
        import pkcs11
        from pkcs11 import Mechanism

        digest = hashlib.sha256(data).digest()
        try:
            if self.is_ec:
                return bytes(self._key.sign(digest, mechanism=Mechanism.ECDSA))
            try:
                return bytes(self._key.sign(data, mechanism=Mechanism.SHA256_RSA_PKCS))
            except pkcs11.MechanismInvalid:  # tokens that only sign a prepared DigestInfo
                prefix = bytes.fromhex("3031300d060960864801650304020105000420")
                return bytes(self._key.sign(prefix + digest, mechanism=Mechanism.RSA_PKCS))
        except pkcs11.PKCS11Error as exc:
            raise _translated(exc) from exc

    def _close(self, *, reset: bool) -> None:
        session, self._session = self._session, None
        if session is not None:
            with contextlib.suppress(Exception):
                session.close()
        if reset and self._lib is not None:
            _reset(self._lib)


def _find_token(lib: Any, token: Token) -> Any:
    import pkcs11

    slots = lib.get_slots()
    label = token.token_label.strip()
    if label:
        for slot in slots:
            with contextlib.suppress(pkcs11.PKCS11Error):
                found = slot.get_token()
                if _text(found.label) == label:
                    return found
        raise TokenError(
            _(
                "The token {label} is not plugged in (or its driver is another one); plug it "
                "in and try again.",
                label=label,
            )
        )
    if token.slot is not None and 0 <= token.slot < len(slots):
        try:
            return slots[token.slot].get_token()
        except pkcs11.PKCS11Error as exc:
            raise _translated(exc) from exc
    raise TokenError(
        _("Choose the token in the settings (by its label), or set EMUDESK_PKCS11_TOKEN_LABEL.")
    )


def _reset(lib: Any) -> None:
    """C_Finalize + C_Initialize: forget every session and login of this program."""
    with contextlib.suppress(Exception):
        lib.reinitialize()


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return str(value or "").rstrip("\x00 ").strip()


def _short(exc: BaseException) -> str:
    return (str(exc) or type(exc).__name__).splitlines()[0][:200]


def _translated(exc: BaseException) -> TokenError:
    import pkcs11

    if isinstance(exc, pkcs11.PinIncorrect):
        return TokenError(
            _("The token refused the PIN; check it and type it again."), wrong_pin=True
        )
    if isinstance(exc, pkcs11.PinLocked):
        return TokenError(_("The token's PIN is locked; unlock it with the vendor's tool."))
    if isinstance(exc, pkcs11.PinExpired):
        return TokenError(_("The token's PIN has expired; change it with the vendor's tool."))
    if isinstance(exc, pkcs11.PinLenRange):
        return TokenError(_("The PIN has the wrong length for this token."), wrong_pin=True)
    if isinstance(exc, pkcs11.TokenNotPresent | pkcs11.DeviceRemoved):
        return TokenError(_("The token was removed; plug it in and try again."))
    return TokenError(
        _(
            "The token failed ({reason}); unplug it, plug it in again and retry.",
            reason=f"{type(exc).__name__}: {_short(exc)}".rstrip(": "),
        )
    )


@contextlib.contextmanager
def translated_errors() -> Iterator[None]:
    """PKCS#11 and pyHanko signing failures as ``TokenError`` (inside a ``TokenSession``)."""
    import pkcs11
    from pyhanko.sign.general import SigningError

    try:
        yield
    except pkcs11.PKCS11Error as exc:
        raise _translated(exc) from exc
    except SigningError as exc:
        cause = exc.__cause__
        if isinstance(cause, pkcs11.PKCS11Error):
            raise _translated(cause) from exc
        raise TokenError(_("The token could not sign ({reason}).", reason=_short(exc))) from exc
