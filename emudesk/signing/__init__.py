"""Digital signatures (chữ ký số) with the office's PKCS#11 token, and checking them offline.

At the layer of ``printing`` and ``exchange``: modules here take plain values (bytes, the
``Token`` record, lists of certificates) and know nothing of the database, the services or
Qt. The cryptography (pyHanko, python-pkcs11, cryptography, asn1crypto) is imported inside
the functions that need it, so importing this package costs nothing when the window opens.

- ``token``: the vendor's PKCS#11 driver, the token (by its label) and the key; a session
  per operation, the PIN passed in each time and never kept;
- ``certs``: certificates and CRLs from .cer/.pem/.p7b/.crl files; who a certificate names;
- ``pdf``: PAdES signatures with a visible box (``appearance`` draws it), and their check;
- ``cms``: detached CMS signatures over bytes, and their check;
- ``package``: a zip package whose ``manifest.json`` lists each member's SHA-256, signed by
  ``signature.p7s`` (detached CMS over the manifest's exact bytes) — every package emudesk
  sends (handover, and later the submission and decision packages) uses this module;
- ``qr``: a short signature inside a certificate's QR code text.

Nothing here goes online: trust comes only from certificates and CRLs the office imported.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass


@dataclass(frozen=True)
class Token:
    """Which token and key sign: the settings, never the PIN.

    ``module`` is the vendor's PKCS#11 driver (a .dll on Windows, .so elsewhere);
    ``token_label`` picks the token by its label (robust: slot numbers change when a token is
    plugged into another port); ``slot`` is the index in the driver's slot list, used only
    when no label is given; ``key_label`` is the label of the private key or of its
    certificate (empty: the token's only key with a certificate).
    """

    module: str
    token_label: str = ""
    key_label: str = ""
    slot: int | None = None


@dataclass(frozen=True)
class Signer:
    """Who a certificate names, as an officer reads it."""

    name: str
    organisation: str
    unit: str
    issuer: str
    serial: str
    valid_from: dt.datetime
    valid_to: dt.datetime
    sha256: str
    is_ca: bool = False

    def valid_on(self, moment: dt.datetime) -> bool:
        return self.valid_from <= moment <= self.valid_to


class Status(enum.Enum):
    """What a check found, from best to worst."""

    VALID = "valid"  # intact, and the certificate chains to one this office trusts
    UNTRUSTED = "untrusted"  # intact, but no trusted certificate vouches for the signer
    INVALID = "invalid"  # changed after signing, a broken signature, a revoked certificate
    UNSIGNED = "unsigned"


@dataclass(frozen=True)
class Verdict:
    """One signature's check: its status, who signed and when, and what went wrong."""

    status: Status
    signer: Signer | None = None
    signed_at: dt.datetime | None = None
    problems: tuple[str, ...] = ()
    field: str = ""  # a PDF signature's field name

    @property
    def valid(self) -> bool:
        return self.status is Status.VALID
