"""Sending e-mails through the office's SMTP server, always over TLS.

Two ways a server offers TLS: from the first byte (``ssl``, usually port 465) or by
upgrading a plain connection (``starttls``, usually port 587). Nothing is sent in clear: a
server that does not offer STARTTLS is refused, and its certificate is checked against the
system's trusted authorities (or an office's own, given as ``cafile``). The password is
handed in for the connection and never kept here. Every failure the user can act on (a
wrong password, a server out of reach, an address the server refuses) becomes an
``EmuError`` saying what to do.
"""

from __future__ import annotations

import re
import socket
import ssl
from dataclasses import dataclass
from typing import TYPE_CHECKING

from emudesk.errors import EmuError, ValidationError
from emudesk.i18n import _

if TYPE_CHECKING:
    import smtplib
    from email.message import Message

SECURITY = ("starttls", "ssl")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465}
TIMEOUT = 30.0
_SERVER = re.compile(
    r"^(?:\[(?P<v6>[0-9A-Fa-f:.]+)\]|(?P<host>[A-Za-z0-9.-]+))(?::(?P<port>\d+))?$"
)


class SendError(EmuError):
    """The server could not be used; nothing more can be sent through it now."""


class RecipientRefusedError(SendError):
    """The server refused one message (its address, its content); the others may go."""


@dataclass(frozen=True)
class SmtpServer:
    """The office's outgoing mail server and the account to log in with (no password)."""

    host: str
    port: int
    security: str = "starttls"  # "starttls" or "ssl"
    user: str = ""
    cafile: str = ""  # an office's own certificate authority, when the system lacks it

    def label(self) -> str:
        return f"{self.host}:{self.port}"


def parse_server(text: str, *, security: str = "starttls") -> tuple[str, int]:
    """``HOST[:PORT]`` (``[::1]:25`` for IPv6) as (host, port); the port follows ``security``."""
    match = _SERVER.match(text.strip())
    port = int(match.group("port")) if match and match.group("port") else DEFAULT_PORTS[security]
    if match is None or not 0 < port < 65536:
        raise ValidationError(
            _("“{text}” is not a mail server; write it as HOST:PORT.", text=text[:100])
        )
    return match.group("v6") or match.group("host"), port


class Connection:
    """An open, authenticated connection; use as a context manager around ``send``."""

    def __init__(self, server: SmtpServer, password: str, *, timeout: float = TIMEOUT) -> None:
        if server.security not in SECURITY:
            raise ValidationError(_("Choose STARTTLS or SSL/TLS for the mail server."))
        self.server, self.password, self.timeout = server, password, timeout
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> Connection:
        import smtplib

        server = self.server
        context = _tls_context(server.cafile)
        try:
            if server.security == "ssl":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    server.host, server.port, timeout=self.timeout, context=context
                )
                self._smtp = smtp
            else:
                smtp = self._smtp = smtplib.SMTP(server.host, server.port, timeout=self.timeout)
                smtp.ehlo()
                if not smtp.has_extn("starttls"):
                    self._close()
                    raise SendError(
                        _(
                            "{server} does not offer STARTTLS, so the password and the forms "
                            "would travel in clear; choose SSL/TLS or another server.",
                            server=server.label(),
                        )
                    )
                smtp.starttls(context=context)
                smtp.ehlo()
            if server.user:
                _login(smtp, server.user, self.password)
        except smtplib.SMTPNotSupportedError as exc:
            self._close()
            raise SendError(
                _(
                    "{server} does not accept a log-in; leave the user name empty.",
                    server=server.label(),
                )
            ) from exc
        except smtplib.SMTPAuthenticationError as exc:
            self._close()
            raise SendError(
                _(
                    "{server} refused the user name or the password; check them and try again.",
                    server=server.label(),
                )
            ) from exc
        except ssl.SSLCertVerificationError as exc:
            self._close()
            raise SendError(
                _(
                    "The certificate of {server} cannot be verified ({reason}); nothing was "
                    "sent. Ask whoever runs the server which name and certificate to use.",
                    server=server.label(),
                    reason=exc.verify_message or exc.reason,
                )
            ) from exc
        except (OSError, smtplib.SMTPException) as exc:
            self._close()
            raise unreachable(server, exc) from exc
        return self

    def send(self, message: Message) -> None:
        """Send one message; a refusal of the server names the recipient and the reason."""
        import smtplib

        assert self._smtp is not None
        try:
            self._smtp.send_message(message)
        except smtplib.SMTPSenderRefused as exc:
            raise SendError(
                _(
                    "The server refused the sender address {address} ({reason}); use the "
                    "address of the account you log in with.",
                    address=str(exc.sender)[:200],
                    reason=_reply_text(exc.smtp_error),
                )
            ) from exc
        except smtplib.SMTPRecipientsRefused as exc:
            raise RecipientRefusedError(
                _(
                    "The server refused the address {address}; correct it on the Units page.",
                    address=", ".join(exc.recipients)[:200],
                )
            ) from exc
        except smtplib.SMTPResponseException as exc:
            if exc.smtp_code == 421:  # the server is closing the connection: stop here
                raise unreachable(self.server, smtplib.SMTPServerDisconnected()) from exc
            raise RecipientRefusedError(
                _(
                    "The server refused the e-mail to {address} ({code} {reason}).",
                    address=str(message.get("To", ""))[:200],
                    code=exc.smtp_code,
                    reason=_reply_text(exc.smtp_error),
                )
            ) from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise unreachable(self.server, exc) from exc

    def __exit__(self, *_exc: object) -> None:
        import smtplib

        if self._smtp is not None:
            try:
                self._smtp.quit()
            except (OSError, smtplib.SMTPException):
                self._close()
        self._smtp = None

    def _close(self) -> None:
        if self._smtp is not None:
            self._smtp.close()
            self._smtp = None


def _tls_context(cafile: str) -> ssl.SSLContext:
    """The system's trusted authorities, or the office's own from ``cafile`` (PEM)."""
    try:
        return ssl.create_default_context(cafile=cafile or None)
    except (OSError, ssl.SSLError) as exc:
        reason = getattr(exc, "strerror", None) or getattr(exc, "reason", None) or str(exc)
        raise SendError(
            _(
                "The certificate authority file {file} cannot be used ({reason}); choose the "
                "office's CA certificate as a PEM file (BEGIN CERTIFICATE). Nothing was sent.",
                file=cafile,
                reason=str(reason)[:200],
            )
        ) from exc


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """Log in; a name or password beyond ASCII goes as UTF-8 in AUTH PLAIN (RFC 4616),
    which ``smtplib`` itself cannot send."""
    import base64
    import smtplib

    if user.isascii() and password.isascii():
        smtp.login(user, password)
        return
    smtp.ehlo_or_helo_if_needed()
    if "plain" not in smtp.esmtp_features.get("auth", "").lower().split():
        raise smtplib.SMTPAuthenticationError(504, b"PLAIN not offered for a non-ASCII password")
    token = base64.b64encode(f"\0{user}\0{password}".encode()).decode("ascii")
    code, reply = smtp.docmd("AUTH", f"PLAIN {token}")
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


def unreachable(server: SmtpServer, exc: BaseException) -> SendError:
    """The server cannot be reached or broke off, in words."""
    import smtplib

    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
    if isinstance(exc, socket.timeout | TimeoutError):
        reason = _("no answer within {seconds} s", seconds=int(TIMEOUT))
    elif isinstance(exc, ConnectionRefusedError):
        reason = _("nothing answers on that port")
    elif isinstance(exc, smtplib.SMTPServerDisconnected | ConnectionError | EOFError):
        # a broken pipe, a reset, or smtplib's "Connection unexpectedly closed"
        reason = _("the server closed the connection")
    return SendError(
        _(
            "The mail server {server} cannot be reached or broke off ({reason}); check its "
            "name, port and TLS setting, and the network.",
            server=server.label(),
            reason=reason,
        )
    )


def _reply_text(raw: bytes | str) -> str:
    text = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)
    return " ".join(text.split())[:200]
