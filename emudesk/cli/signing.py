"""Digital signatures on the command line: ``--sign`` on the commands that write papers and
packages, ``verify-signature FILE``, the trust store (``trust``) and the token (``token``).

The token comes from the settings (or ``EMUDESK_PKCS11_MODULE``, ``…_TOKEN_LABEL``,
``…_SLOT``, ``…_KEY_LABEL``); the PIN from ``EMUDESK_PKCS11_PIN`` or a prompt, never from
an option (options end up in the shell's history and in process lists).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from emudesk.cli.base import EXIT_OK, EXIT_REFUSED, out
from emudesk.i18n import _

if TYPE_CHECKING:
    from emudesk.signing import Verdict


def add_sign_options(parser: argparse.ArgumentParser, *, places: bool = False) -> None:
    """``--sign`` (and ``--sign-place`` on papers with several signature blocks)."""
    parser.add_argument(
        "--sign",
        action="store_true",
        help=_("sign with the token (PIN from EMUDESK_PKCS11_PIN or a prompt)"),
    )
    if places:
        parser.add_argument(
            "--sign-place",
            metavar="KEY",
            help=_("the signature block to sign in (default: the last one)"),
        )


def pin() -> str:
    """The PIN: ``EMUDESK_PKCS11_PIN``, else asked on the terminal (never echoed)."""
    from emudesk.errors import ValidationError
    from emudesk.services.signing import settings

    found = settings.pin_from_environment()
    if found:
        return found
    if not sys.stdin.isatty():
        raise ValidationError(
            _(
                "The token's PIN is needed: set {variable} or run the command in a terminal.",
                variable=settings.ENV_PIN,
            )
        )
    import getpass

    token = settings.require_token()
    return getpass.getpass(_("PIN of the token {label}: ", label=token.token_label or "?"))


def sign_paper(
    path: Path, key: str | None = None, *, written: bool = True, secret: str = ""
) -> None:
    """Sign a paper (just written, unless ``written`` is False), and say who signed where;
    ``secret``: the PIN already asked for a batch of papers."""
    from emudesk.errors import EmuError
    from emudesk.services.signing import papers

    try:
        signed = papers.sign_paper(path, secret or pin(), place_key=key)
    except EmuError as error:
        if not written:
            raise
        raise type(error)(
            _("{path} was written but NOT signed: {reason}", path=path, reason=error.message)
        ) from error
    where = (
        _("in the block {label}", label=signed.place.label)
        if signed.place
        else _("without a visible box (the paper has no signature block)")
    )
    out(
        _(
            "{file}: signed by {name} ({organisation}) {where}.",
            file=path.name,
            name=signed.signer.name,
            organisation=signed.signer.organisation or "—",
            where=where,
        )
    )


def show(verdicts: Sequence[Verdict]) -> None:
    from emudesk.services.signing.packages import details

    for number, verdict in enumerate(verdicts, start=1):
        if len(verdicts) > 1:
            out(_("Signature {number} ({field}):", number=number, field=verdict.field or "—"))
        for line in details(verdict):
            out(("  " if len(verdicts) > 1 else "") + line)


def cmd_sign(args: argparse.Namespace) -> int:
    sign_paper(Path(args.file), args.sign_place, written=False)
    return EXIT_OK


def cmd_verify_signature(args: argparse.Namespace) -> int:
    from emudesk.services.signing import files

    verdicts = files.check_file(Path(args.file))
    show(verdicts)
    return EXIT_OK if all(v.valid for v in verdicts) else EXIT_REFUSED


def cmd_trust_import(args: argparse.Namespace) -> int:
    from emudesk.services.signing import trust

    for name in args.files:
        imported = trust.import_file(Path(name))
        for signer in imported.certificates:
            kind = _("CA") if signer.is_ca else _("office")
            out(
                _(
                    "Trusted ({kind}): {name} — {organisation}, valid {start} – {end}; {sha256}",
                    kind=kind,
                    name=signer.name,
                    organisation=signer.organisation or "—",
                    start=signer.valid_from.date().isoformat(),
                    end=signer.valid_to.date().isoformat(),
                    sha256=signer.sha256,
                )
            )
        if imported.crls:
            out(_("{count} revocation list(s) imported.", count=imported.crls))
        if imported.known:
            out(_("{count} already known.", count=imported.known))
    return EXIT_OK


def cmd_trust_list(_args: argparse.Namespace) -> int:
    from emudesk.services.signing import trust

    found = trust.trusted()
    for signer in found:
        kind = _("CA") if signer.is_ca else _("office")
        out(
            f"{signer.sha256}  [{kind}] {signer.name} — {signer.organisation or '—'} "
            f"({signer.valid_from.date().isoformat()} – {signer.valid_to.date().isoformat()})"
        )
    for crl in trust.revocation_lists():
        out(f"{crl.sha256}  [CRL] {crl.issuer} ({crl.next_update or '—'})")
    if not found:
        out(_("No certificate is trusted yet: import the CA's or the offices' certificates."))
    return EXIT_OK


def cmd_trust_remove(args: argparse.Namespace) -> int:
    from emudesk.services.signing import trust

    trust.remove(args.sha256)
    out(_("Removed {sha256}.", sha256=args.sha256))
    return EXIT_OK


def cmd_token_list(args: argparse.Namespace) -> int:
    from emudesk.services.signing import settings
    from emudesk.signing.token import list_tokens

    chosen = settings.current_token()
    module = args.module or (chosen.module if chosen else "")
    found = list_tokens(module)
    for token in found:
        out(
            _(
                "Token {label} (slot {slot}; {manufacturer} {model}, serial {serial})",
                label=token.label,
                slot=token.slot,
                manufacturer=token.manufacturer,
                model=token.model,
                serial=token.serial,
            )
        )
        for cert in token.certificates:
            out(
                _(
                    "  key {label}: {name} — {organisation}, valid until {end}",
                    label=cert.label,
                    name=cert.signer.name,
                    organisation=cert.signer.organisation or "—",
                    end=cert.signer.valid_to.date().isoformat(),
                )
            )
    if not found:
        out(_("The driver sees no token: plug the token in."))
    return EXIT_OK


def cmd_token_choose(args: argparse.Namespace) -> int:
    from emudesk.services.signing import settings
    from emudesk.signing import Token

    saved = settings.save_token(
        Token(module=args.module, token_label=args.token, key_label=args.key or "")
    )
    out(
        _(
            "Signing with the token {label}, key {key}, through {module}.",
            label=saved.token_label,
            key=saved.key_label or "—",
            module=saved.module,
        )
    )
    return EXIT_OK


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's commands to the parser."""
    signing = sub.add_parser(
        "sign", help=_("sign a paper emudesk wrote (PDF) in one of its signature blocks")
    )
    signing.add_argument("file", help="FILE.pdf")
    signing.add_argument(
        "--sign-place",
        metavar="KEY",
        help=_("the signature block to sign in (default: the last one)"),
    )
    signing.set_defaults(handler=cmd_sign)

    check = sub.add_parser(
        "verify-signature", help=_("check the digital signatures of a PDF or a package")
    )
    check.add_argument("file")
    check.set_defaults(handler=cmd_verify_signature)

    trusting = sub.add_parser("trust", help=_("the certificates this office trusts"))
    actions = trusting.add_subparsers(dest="action", metavar="ACTION", required=True)
    adding = actions.add_parser(
        "import", help=_("trust the certificates of .cer/.pem/.p7b files, keep .crl files")
    )
    adding.add_argument("files", nargs="+")
    adding.set_defaults(handler=cmd_trust_import)
    listing = actions.add_parser("list", help=_("list the trusted certificates"))
    listing.set_defaults(handler=cmd_trust_list)
    removing = actions.add_parser("remove", help=_("stop trusting a certificate (its SHA-256)"))
    removing.add_argument("sha256")
    removing.set_defaults(handler=cmd_trust_remove)

    token = sub.add_parser("token", help=_("the token that signs (PKCS#11)"))
    token_actions = token.add_subparsers(dest="action", metavar="ACTION", required=True)
    showing = token_actions.add_parser("list", help=_("the tokens plugged in, with their keys"))
    showing.add_argument("--module", help=_("the vendor's PKCS#11 driver file"))
    showing.set_defaults(handler=cmd_token_list)
    choosing = token_actions.add_parser("choose", help=_("store which token and key sign"))
    choosing.add_argument("--module", required=True, help=_("the vendor's PKCS#11 driver file"))
    choosing.add_argument("--token", required=True, help=_("the token's label"))
    choosing.add_argument("--key", help=_("the key's (or its certificate's) label"))
    choosing.set_defaults(handler=cmd_token_choose)
