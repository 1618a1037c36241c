"""The issuer's office on the command line: submission and decision packages, the board,
award history."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from emudesk.cli.base import EXIT_OK, EXIT_USAGE, err, open_db, out, year
from emudesk.i18n import _


def cmd_submission_export(args: argparse.Namespace) -> int:
    from emudesk.cli.signing import pin
    from emudesk.services.issuing import submission_export

    secret = pin() if args.sign else ""
    db = open_db(args)
    try:
        with db.session() as session:
            count = submission_export.export_submission(
                session, args.cluster, args.year, Path(args.out)
            )
        if args.sign:
            from emudesk.services.signing import packages

            signer = packages.sign_package(Path(args.out), secret)
            out(
                _(
                    "Signed by {name} ({organisation}).",
                    name=signer.name,
                    organisation=signer.organisation or "—",
                )
            )
    finally:
        db.dispose()
    out(_("Submission written to {path}: {count} proposal(s).", path=args.out, count=count))
    return EXIT_OK


def cmd_submission_import(args: argparse.Namespace) -> int:
    from emudesk.cli.signing import show
    from emudesk.services.issuing import submission_import
    from emudesk.services.signing import packages

    db = open_db(args, create=True)  # the issuer's office may start from an empty database
    try:
        with db.session() as session:
            try:
                received = submission_import.receive(
                    session,
                    Path(args.file),
                    dry_run=args.dry_run,
                    accept_unverified=args.accept_unverified,
                )
            except packages.UnverifiedPackageError as refused:
                show([refused.check.verdict])
                hint = _("To import it all the same: --accept-unverified.")
                raise packages.UnverifiedPackageError(
                    f"{refused.message} {hint}", refused.check
                ) from refused
    finally:
        db.dispose()
    show([received.check.verdict])
    plan = received.plan
    if not plan.changes_anything:
        out(_("{cluster} {year}: no changes.", cluster=plan.cluster_code, year=plan.year))
        return EXIT_OK
    out(
        _(
            "{cluster} {year}: {count} proposal(s); {changes} change(s):",
            cluster=plan.cluster_code,
            year=plan.year,
            count=plan.proposals,
            changes=len(plan.changes),
        )
    )
    for line in plan.changes:
        out(f"  {line}")
    if args.dry_run:
        out(_("Dry run: nothing was stored."))
    return EXIT_OK


def cmd_register_format(args: argparse.Namespace) -> int:
    from emudesk.services.issuing import register

    db = open_db(args, create=True)
    try:
        with db.session() as session:
            if args.pattern is not None:
                register.set_series(
                    session,
                    args.issuer,
                    award_code=args.award or "",
                    pattern=args.pattern,
                    last_paper_number=args.last_paper_number,
                )
            found = register.list_series(session, args.issuer)
    finally:
        db.dispose()
    for series in found:
        out(
            _(
                "{award}: {pattern}, after paper number {paper}; next {next}",
                award=series.award_code or _("every other award"),
                pattern=series.pattern,
                paper=series.last_paper_number,
                next=series.next_number,
            )
        )
    if not found:
        out(_("No register format yet."))
    return EXIT_OK


def _points(total: int | None, mark: str) -> str:
    from emudesk.rules import format_points

    return "" if total is None else format_points(total, 2, mark=mark)


def cmd_board(args: argparse.Namespace) -> int:
    from emudesk.i18n import decimal_mark
    from emudesk.services.cycle import dossiers
    from emudesk.services.issuing import board

    db = open_db(args)
    try:
        with db.session() as session:
            found = board.board(session, args.issuer, args.year)
    finally:
        db.dispose()
    if args.format == "csv":
        import csv
        import sys

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["cluster", "unit", "nominee", "award", "total", "rank", "status",
                         "decision", "register_number", "papers_missing", "days_left"])  # fmt: skip
        for row in found.rows:
            writer.writerow(
                [row.cluster, row.unit, row.nominee, row.award, _points(row.total, "."),
                 row.rank or "", row.status, row.decision, row.register_number,
                 " ".join(row.papers_missing), "" if row.days_left is None else row.days_left]
            )  # fmt: skip
        return EXIT_OK
    out(_("{issuer} — {year}: {count} nominee(s) from {clusters} cluster(s)", issuer=found.issuer,
          year=found.year, count=len(found.rows), clusters=found.clusters))  # fmt: skip
    shown = ""
    for row in found.rows:
        if row.cluster != shown:
            shown = row.cluster
            when = ""
            if row.deadline is not None and row.days_left is not None:
                when = _(
                    "dossier deadline {day} ({days} day(s) left)",
                    day=row.deadline.strftime("%d/%m/%Y"),
                    days=row.days_left,
                )
            out(f"{row.cluster} — {row.cluster_name}" + (f": {when}" if when else ""))
        missing = ", ".join(dossiers.PAPER_VI[k] for k in row.papers_missing)
        out(
            f"  {row.rank or '—':>3}  {_points(row.total, decimal_mark()):>7}  "
            f"{row.nominee} — {row.award}"
            + (f"  [{_('missing')}: {missing}]" if missing else "")
            + (f"  [{row.decision} {row.register_number}]".rstrip() if row.decision else "")
        )
    for line in found.breaches:
        out(_("Over the quota: {what}", what=line))
    return EXIT_OK


def cmd_quota(args: argparse.Namespace) -> int:
    from emudesk.rules import cross_cluster
    from emudesk.services.issuing import board

    db = open_db(args)
    try:
        with db.session() as session:
            if args.per_cluster is not None:
                board.set_quota(
                    session, args.issuer, args.award, cross_cluster.PER_CLUSTER, args.per_cluster
                )
            if args.share_of_clusters is not None:
                board.set_quota(session, args.issuer, args.award, cross_cluster.SHARE_OF_CLUSTERS,
                                args.share_of_clusters)  # fmt: skip
            found = board.list_quotas(session, args.issuer)
    finally:
        db.dispose()
    for quota in found:
        if quota.kind == cross_cluster.PER_CLUSTER:
            out(
                _("{award}: at most {limit} per cluster", award=quota.award_code, limit=quota.limit)
            )
        else:
            out(
                _(
                    "{award}: at most {limit} % of the clusters",
                    award=quota.award_code,
                    limit=quota.limit,
                )
            )
    return EXIT_OK


def day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        try:
            return dt.datetime.strptime(text, "%d/%m/%Y").date()
        except ValueError:
            raise argparse.ArgumentTypeError(_("{text} is not a date.", text=text)) from None


def cmd_decision_record(args: argparse.Namespace) -> int:
    from emudesk.errors import ValidationError
    from emudesk.services.issuing import decisions

    refused = {}
    for text in args.refuse or []:
        code, sep, reason = text.partition("=")
        if not sep:
            raise ValidationError(_("--refuse takes UNIT_CODE=REASON."))
        refused[code] = reason
    fields = decisions.DecisionFields(
        number=args.number,
        signed_on=args.date,
        year=args.year,
        signer_name=args.signer or "",
        signer_title=args.title or "",
        signing_mode=args.mode or "",
        signing_for=args.signing_for or "",
        place=args.place or "",
    )
    db = open_db(args)
    try:
        with db.session() as session:
            found = decisions.record_decision(
                session, args.issuer, fields, refused=refused, clusters=tuple(args.cluster or ())
            )
    finally:
        db.dispose()
    out(_("Decision {number}: {approved} of {count} proposal(s) approved.", number=found.number,
          approved=len(found.approved), count=len(found.items)))  # fmt: skip
    for item in found.items:
        mark = (
            item.register_number
            if item.approved
            else _("not approved: {reason}", reason=item.reason)
        )
        out(f"  {item.cluster:<10} {item.nominee} — {item.award}: {mark}")
    return EXIT_OK


def cmd_decision_paper(args: argparse.Namespace) -> int:
    from emudesk.services.issuing import decision_paper

    db = open_db(args)
    try:
        with db.session() as session:
            for name in args.out:
                decision_paper.write_decision(session, args.issuer, args.number, Path(name))
                out(_("Written: {path}", path=name))
    finally:
        db.dispose()
    return EXIT_OK


def cmd_decision_export(args: argparse.Namespace) -> int:
    from emudesk.cli.signing import pin
    from emudesk.services.issuing import decision_package

    secret = pin() if args.sign else ""
    db = open_db(args)
    try:
        with db.session() as session:
            count = decision_package.export_decision(
                session, args.issuer, args.number, Path(args.out)
            )
        if args.sign:
            from emudesk.services.signing import packages

            signer = packages.sign_package(Path(args.out), secret)
            out(_("Signed by {name} ({organisation}).", name=signer.name,
                  organisation=signer.organisation or "—"))  # fmt: skip
    finally:
        db.dispose()
    out(_("Decision package written to {path}: {count} proposal(s).", path=args.out, count=count))
    return EXIT_OK


def cmd_decision_import(args: argparse.Namespace) -> int:
    from emudesk.cli.signing import show
    from emudesk.services.issuing import decision_package
    from emudesk.services.signing import packages

    db = open_db(args)
    try:
        with db.session() as session:
            try:
                received = decision_package.receive(
                    session, Path(args.file), dry_run=args.dry_run,
                    accept_unverified=args.accept_unverified,
                )  # fmt: skip
            except packages.UnverifiedPackageError as refused:
                show([refused.check.verdict])
                hint = _("To import it all the same: --accept-unverified.")
                raise packages.UnverifiedPackageError(
                    f"{refused.message} {hint}", refused.check
                ) from refused
    finally:
        db.dispose()
    show([received.check.verdict])
    plan = received.plan
    if not plan.changes_anything:
        out(_("Decision {number}: no changes.", number=plan.number))
        return EXIT_OK
    out(_("Decision {number}: {count} proposal(s) here; {changes} change(s):", number=plan.number,
          count=plan.here, changes=len(plan.changes)))  # fmt: skip
    for line in plan.changes:
        out(f"  {line}")
    if args.dry_run:
        out(_("Dry run: nothing was stored."))
    return EXIT_OK


def cmd_history(args: argparse.Namespace) -> int:
    from emudesk.services.issuing import history

    if not args.unit:
        err(_("Give --unit TEXT, or an action: history template, history import."))
        return EXIT_USAGE
    db = open_db(args)
    try:
        with db.session() as session:
            found = history.history(session, args.unit)
    finally:
        db.dispose()
    if args.format == "csv":
        import csv
        import sys

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(["year", "issuer", "cluster", "unit_code", "nominee", "award",
                         "decision_number", "decision_date", "register_number"])  # fmt: skip
        for row in found:
            writer.writerow([row.year, row.issuer, row.cluster, row.unit_code, row.nominee,
                             row.award, row.decision_number,
                             row.decision_date.isoformat() if row.decision_date else "",
                             row.register_number])  # fmt: skip
        return EXIT_OK
    if not found:
        out(_("No award found for {text}.", text=args.unit))
    for row in found:
        when = row.decision_date.strftime("%d/%m/%Y") if row.decision_date else ""
        decision = _("decision {number} of {day}", number=row.decision_number, day=when)
        number = f", {_('register number')} {row.register_number}" if row.register_number else ""
        out(f"{row.year}  {row.nominee} — {row.award} ({row.cluster}; {decision}{number})")
    return EXIT_OK


def _accept(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dry-run", action="store_true", help=_("only say what would change"))
    parser.add_argument(
        "--accept-unverified",
        action="store_true",
        help=_("import even without a valid signature by a trusted signer (recorded)"),
    )


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's commands to the parser."""
    command = sub.add_parser("submission", help=_("a cluster-year's proposals for the issuer"))
    actions = command.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help=_("write the submission package (head's PC)"))
    export.add_argument("--cluster", required=True, help=_("cluster code, e.g. UBDT-C4"))
    export.add_argument("--year", required=True, type=year)
    export.add_argument("--out", required=True, help="FILE.emudesk-submission")
    export.add_argument(
        "--sign",
        action="store_true",
        help=_("sign the file with the token (PIN from EMUDESK_PKCS11_PIN or a prompt)"),
    )
    export.set_defaults(handler=cmd_submission_export)
    receive = actions.add_parser("import", help=_("receive a submission package (issuer's PC)"))
    receive.add_argument("file")
    _accept(receive)
    receive.set_defaults(handler=cmd_submission_import)

    numbering = sub.add_parser(
        "register-format", help=_("how the issuer numbers its register (issuer's PC)")
    )
    numbering.add_argument("--issuer", required=True, help=_("issuer's short name, e.g. UBDT"))
    numbering.add_argument("--award", help=_("award code (default: every other award)"))
    numbering.add_argument("--pattern", help=_('e.g. "{n}/BK-BDTTG" ({n}: the running number)'))
    numbering.add_argument(
        "--last-paper-number",
        type=int,
        default=0,
        help=_("the last number written in the paper register"),
    )
    numbering.set_defaults(handler=cmd_register_format)

    shown = sub.add_parser("board", help=_("the issuer's nominees of a year, every cluster"))
    shown.add_argument("--issuer", required=True, help=_("issuer's short name, e.g. UBDT"))
    shown.add_argument("--year", required=True, type=year)
    shown.add_argument("--format", choices=("text", "csv"), default="text")
    shown.set_defaults(handler=cmd_board)

    caps = sub.add_parser("quota", help=_("the issuer's caps on an award across its clusters"))
    caps.add_argument("--issuer", required=True, help=_("issuer's short name, e.g. UBDT"))
    caps.add_argument("--award", default="", help=_("award code, e.g. CO-THI-DUA"))
    caps.add_argument("--per-cluster", metavar="N", help=_("at most N per cluster ('' removes)"))
    caps.add_argument(
        "--share-of-clusters", metavar="PERCENT", help=_("at most this share of the clusters")
    )
    caps.set_defaults(handler=cmd_quota)

    command = sub.add_parser("decision", help=_("the issuer's decision: record, paper, package"))
    actions = command.add_subparsers(dest="action", metavar="ACTION", required=True)
    record = actions.add_parser("record", help=_("decide the year's submitted proposals"))
    record.add_argument("--issuer", required=True, help=_("issuer's short name, e.g. UBDT"))
    record.add_argument("--year", required=True, type=year)
    record.add_argument("--number", required=True, help=_("e.g. 123/QĐ-UBDT"))
    record.add_argument("--date", required=True, type=day, help=_("signing date, 2025-01-24"))
    record.add_argument("--signer", help=_("the signer's name"))
    record.add_argument("--title", help=_("the signer's title, e.g. THỨ TRƯỞNG"))
    record.add_argument("--mode", choices=("", "TM.", "KT.", "Q.", "TL.", "TUQ."), default="")
    record.add_argument("--for", dest="signing_for", help=_("whom the mode signs for"))
    record.add_argument("--place", help=_("place of the decision, e.g. Hà Nội"))
    record.add_argument("--cluster", action="append", help=_("only this cluster (repeatable)"))
    record.add_argument(
        "--refuse", action="append", metavar="UNIT=REASON", help=_("not approved, and why")
    )
    record.set_defaults(handler=cmd_decision_record)
    paper = actions.add_parser("paper", help=_("the Quyết định and its annex, DOCX or PDF"))
    paper.add_argument("--issuer", required=True)
    paper.add_argument("--number", required=True)
    paper.add_argument("--out", required=True, action="append", help="FILE.docx | FILE.pdf")
    paper.set_defaults(handler=cmd_decision_paper)
    export = actions.add_parser("export", help=_("write the decision package for the heads"))
    export.add_argument("--issuer", required=True)
    export.add_argument("--number", required=True)
    export.add_argument("--out", required=True)
    export.add_argument("--sign", action="store_true", help=_("sign the file with the token"))
    export.set_defaults(handler=cmd_decision_export)
    receive = actions.add_parser("import", help=_("bring the issuer's decision (head's PC)"))
    receive.add_argument("file")
    _accept(receive)
    receive.set_defaults(handler=cmd_decision_import)

    past = sub.add_parser("history", help=_("a unit's or person's awards across the years"))
    past.add_argument("--unit", help=_('part of a name, e.g. "phu yen"'))
    past.add_argument("--format", choices=("text", "csv"), default="text")
    past.set_defaults(handler=cmd_history)
    from emudesk.cli import past as past_decisions

    past_decisions.register(past)  # history template / history import
