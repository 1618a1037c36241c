"""A signature inside a certificate's QR code text, checked with the issuer's certificate.

The code's text becomes ``PAYLOAD~SIGNATURE``: the payload as before, then the raw signature
of its UTF-8 bytes by the issuer's key in base45 (RFC 9285). Base45 uses only the QR code's
alphanumeric characters, so the printer draws it as an alphanumeric segment (5.5 bits a
character instead of 8): an RSA-2048 signature (256 bytes, 384 characters) makes a version
14 code at level M, an ECDSA P-256 one (64 bytes, 96 characters) a version 8. The QR code
holds no certificate: the verifying PC must have imported the issuer's own certificate.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from emudesk.signing import Signer
from emudesk.signing.certs import describe

if TYPE_CHECKING:
    from asn1crypto import x509

SEPARATOR = "~"
BASE45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_VALUE = {ch: i for i, ch in enumerate(BASE45)}


def b45encode(data: bytes) -> str:
    out: list[str] = []
    for i in range(0, len(data) - 1, 2):
        e, n = divmod(data[i] * 256 + data[i + 1], 45 * 45)
        d, c = divmod(n, 45)
        out += [BASE45[c], BASE45[d], BASE45[e]]
    if len(data) % 2:
        d, c = divmod(data[-1], 45)
        out += [BASE45[c], BASE45[d]]
    return "".join(out)


def b45decode(text: str) -> bytes:
    """Raises ``ValueError`` on anything that is not base45."""
    values = [_VALUE[ch] for ch in text] if all(ch in _VALUE for ch in text) else None
    if values is None or len(values) % 3 == 1:
        raise ValueError("not base45")
    out = bytearray()
    for i in range(0, len(values), 3):
        chunk = values[i : i + 3]
        if len(chunk) == 3:
            n = chunk[0] + chunk[1] * 45 + chunk[2] * 45 * 45
            if n > 0xFFFF:
                raise ValueError("not base45")
            out += n.to_bytes(2, "big")
        else:
            n = chunk[0] + chunk[1] * 45
            if n > 0xFF:
                raise ValueError("not base45")
            out.append(n)
    return bytes(out)


def signed_text(payload: str, signature: bytes) -> str:
    return f"{payload}{SEPARATOR}{b45encode(signature)}"


def split(text: str) -> tuple[str, bytes | None]:
    """(payload, signature) of a code's text; ``None`` when it carries no signature."""
    payload, separator, tail = text.rpartition(SEPARATOR)
    if not separator:
        return text, None
    try:
        return payload, b45decode(tail)
    except ValueError:
        return payload, b""  # something after "~" that is no signature: a broken one


def signed_by(
    payload: str, signature: bytes, certificates: Sequence[x509.Certificate]
) -> Signer | None:
    """The trusted certificate whose key made ``signature`` over ``payload``, if any."""
    from cryptography import x509 as cx509
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
    from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

    data = payload.encode("utf-8")
    for cert in certificates:
        if cert.ca:
            continue  # a CA signs certificates, not codes
        try:
            key = cx509.load_der_x509_certificate(cert.dump()).public_key()
            if isinstance(key, rsa.RSAPublicKey):
                key.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
            elif isinstance(key, ec.EllipticCurvePublicKey):
                half = len(signature) // 2
                if not signature or len(signature) % 2:
                    continue
                der = encode_dss_signature(
                    int.from_bytes(signature[:half], "big"), int.from_bytes(signature[half:], "big")
                )
                key.verify(der, data, ec.ECDSA(hashes.SHA256()))
            else:
                continue
        except (InvalidSignature, ValueError, TypeError):
            continue
        return describe(cert)
    return None
