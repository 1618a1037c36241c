"""Detached CMS signatures (PKCS#7, as ``openssl cms`` makes them) over bytes, and checking.

The signature carries the signer's certificate, the CA certificates found on the token, and
the signing time; it does not carry the content, which travels beside it.
"""

from __future__ import annotations

import asyncio
import datetime as dt

from emudesk.i18n import _
from emudesk.signing import Signer, Status, Verdict
from emudesk.signing.errors import SignatureError
from emudesk.signing.token import TokenSession, translated_errors
from emudesk.signing.trust import Trust, key_usage, validation_context, verdict

MAX_SIGNATURE_BYTES = 256 * 1024


def sign_detached(data: bytes, session: TokenSession) -> tuple[bytes, Signer]:
    """A DER ``ContentInfo(SignedData)`` over ``data`` by ``session``'s key, and who signed."""
    from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes

    signer = session.pdf_signer()

    async def run() -> bytes:
        info = await signer.async_sign_general_data(
            data,
            "sha256",
            detached=True,
            # pyHanko adds no signing time to generic CMS unless asked
            signed_attr_settings=PdfCMSSignedAttributes(signing_time=dt.datetime.now(dt.UTC)),
        )
        return bytes(info.dump())

    with translated_errors():
        signature = _run(run())
    assert isinstance(signature, bytes)
    return signature, session.signer


def verify_detached(data: bytes, signature: bytes, trust: Trust) -> Verdict:
    """Check ``signature`` (DER CMS) over ``data`` against ``trust``."""
    from asn1crypto import cms
    from pyhanko.sign.validation import async_validate_detached_cms
    from pyhanko.sign.validation.errors import SignatureValidationError

    if len(signature) > MAX_SIGNATURE_BYTES:
        return _unreadable()
    try:
        info = cms.ContentInfo.load(signature, strict=True)
        if info["content_type"].native != "signed_data":
            return _unreadable()
        signed = info["content"]
        signed.native  # noqa: B018 - parse everything now, inside the try
    except (ValueError, TypeError, KeyError, OverflowError):
        return _unreadable()
    context = validation_context(trust)
    try:
        status = _run(
            async_validate_detached_cms(
                data, signed, signer_validation_context=context, key_usage_settings=key_usage()
            )
        )
    except (SignatureValidationError, ValueError, TypeError, KeyError, IndexError):
        return _unreadable()
    return verdict(status)


def _unreadable() -> Verdict:
    return Verdict(Status.INVALID, problems=(_("the signature is damaged and cannot be read"),))


def _run(work: object) -> object:
    """Run pyHanko's async API from plain code (the window calls this on a worker thread,
    which has no event loop of its own)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(work)  # type: ignore[arg-type]
    raise SignatureError(_("Signing cannot run inside an event loop."))  # a programming error
