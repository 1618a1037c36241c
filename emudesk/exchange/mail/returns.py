"""Returns straight from saved e-mails: each attached workbook checked like a workbook file.

An e-mail is one more container around the same workbook: ``read_mail_returns`` opens the
container (``folders``), and hands every attachment that claims to be a spreadsheet to
``importer.read_return`` — the very function that checks a workbook file — under the
attachment's own name. The report then carries the e-mail's origin (sender, date, subject),
which the audit records as the return's source. An e-mail refused as a whole, or carrying
no workbook, gets one report saying so; other attachments are named, never opened.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from emudesk.errors import EmuError
from emudesk.exchange.importer import ReadReturn, Source, read_return
from emudesk.exchange.mail.folders import read_mail_file
from emudesk.exchange.mail.records import Received
from emudesk.exchange.report import FileReport
from emudesk.i18n import _

SEPARATOR = " › "


def read_mail_returns(
    path: Path,
    source: Source,
    *,
    expected: tuple[str, int] | None = None,
    map_old: bool = False,
    keep_going: Callable[[], bool] = lambda: True,
) -> list[tuple[ReadReturn | None, FileReport]]:
    """Per attached workbook what was read and its report (one report for an e-mail without
    a workbook, or refused as a whole), as ``importer.read_path`` gives for a workbook file.

    A file refused as a whole gives a single refused report, even when some of its e-mails
    were read before the refusal (a folder over its bound). ``keep_going`` is asked before
    each e-mail; when it says no, reading stops and what was read so far is returned.
    """
    found: list[tuple[ReadReturn | None, FileReport]] = []
    try:
        for received in read_mail_file(path):
            if not keep_going():
                break
            found.extend(_reports(path, received, source, expected, map_old))
    except EmuError as exc:
        return [(None, FileReport(path, path.name, "", (exc.message,)))]
    return found


def _reports(
    path: Path,
    received: Received,
    source: Source,
    expected: tuple[str, int] | None,
    map_old: bool,
) -> list[tuple[ReadReturn | None, FileReport]]:
    origin = received.origin
    if received.problem:
        return [(None, FileReport(path, origin.container, "", (received.problem,), origin=origin))]
    others = _others(received)
    if not received.workbooks:
        empty = FileReport(
            path, origin.container, "", notices=others, origin=origin, without_workbook=True
        )
        return [(None, empty)]
    reports: list[tuple[ReadReturn | None, FileReport]] = []
    for workbook in received.workbooks:
        data = workbook.data
        found = read_return(workbook.name, data, source, expected=expected, map_old=map_old)
        report = found.report(path, hashlib.sha256(data).hexdigest())
        report = replace(
            report,
            name=f"{origin.container}{SEPARATOR}{workbook.name}",
            notices=(*report.notices, *others),
            origin=origin,
        )
        reports.append((found, report))
    return reports


def _others(received: Received) -> tuple[str, ...]:
    if not received.others:
        return ()
    names = ", ".join(received.others[:20])
    if len(received.others) > 20:
        names += ", …"
    notices = [_("Other attachments, not opened: {names}", names=names)]
    if any(name.lower() == "winmail.dat" for name in received.others):
        notices.append(
            _(
                "winmail.dat: Outlook packed the attachments in a format of its own; ask the "
                "unit to send the e-mail again in HTML or plain-text format."
            )
        )
    return tuple(notices)
