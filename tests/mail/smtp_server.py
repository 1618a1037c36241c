"""A real SMTP server on loopback for the tests: aiosmtpd, STARTTLS or TLS, a throwaway cert.

The certificate is made for 127.0.0.1 by the test run itself (``cryptography``) and trusted
by the client only through ``SmtpServer.cafile``, exactly as an office with its own
certificate authority would configure it. Messages are kept as the server received them.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

USER = "vanthu@bdt-daklak.example.vn"
PASSWORD = "mật-khẩu-thử"


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate and key for 127.0.0.1, valid for a day."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "emudesk test")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "server.pem", folder / "server.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@dataclass
class Received:
    sender: str
    recipients: list[str]
    data: bytes


@dataclass
class Mailbox:
    """What the server received, and where it listens."""

    port: int
    cafile: str
    messages: list[Received] = field(default_factory=list)


class _Handler:
    def __init__(self, box: list[Received], drop_after: int | None = None) -> None:
        self.box, self.drop_after = box, drop_after

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.drop_after is not None and len(self.box) >= self.drop_after:
            server.transport.abort()  # the line breaks off, as a flaky network does
            return "421 gone"
        self.box.append(Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted"


def _authenticator(server: Any, session: Any, envelope: Any, mechanism: str, auth: Any) -> Any:
    from aiosmtpd.smtp import AuthResult, LoginPassword

    ok = (
        isinstance(auth, LoginPassword)
        and auth.login.decode() == USER
        and auth.password.decode() == PASSWORD
    )
    return AuthResult(success=ok, handled=False)  # False: the server answers 535


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def smtp_server(
    folder: Path, *, security: str = "starttls", drop_after: int | None = None
) -> Iterator[Mailbox]:
    """Run the server on 127.0.0.1 for the block; ``security`` starttls, ssl or none;
    ``drop_after`` messages received, the connection breaks off."""
    from aiosmtpd.controller import Controller

    cert, key = make_certificate(folder)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    box = Mailbox(_free_port(), str(cert))
    options: dict[str, Any] = {"authenticator": _authenticator, "auth_required": True}
    if security == "starttls":
        options.update(tls_context=context, require_starttls=True)
    elif security == "ssl":  # aiosmtpd sees no TLS it did not start: the socket is TLS
        options.update(ssl_context=context, auth_require_tls=False)
    else:
        options.update(auth_require_tls=False)
    handler = _Handler(box.messages, drop_after)
    controller = Controller(handler, hostname="127.0.0.1", port=box.port, **options)
    controller.start()
    try:
        yield box
    finally:
        controller.stop()
