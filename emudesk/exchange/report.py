"""What checking one returned file found, in words for the preview and the CLI.

Plain data so that the GUI's preview dialog and ``emudesk import`` show the same thing: per
file either the reasons it is refused (each naming the file and the cell) or what it would
change, with the cells that stay as they are counted rather than listed.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from emudesk.errors import EmuError
from emudesk.exchange.entries import shown
from emudesk.exchange.formdata import FormRow
from emudesk.i18n import _

if TYPE_CHECKING:
    from emudesk.exchange.mail.records import MailOrigin
    from emudesk.records.scores import ChangeSummary, ScoreInput, StoredCell

MAX_SHOWN = 30
SOURCE_LIMIT = 500  # the audit's source column


class FileStatus(enum.StrEnum):
    REFUSED = "refused"
    DUPLICATE = "duplicate"
    NO_CHANGES = "no_changes"
    READY = "ready"
    NO_WORKBOOK = "no_workbook"  # an e-mail without a workbook: nothing to import


def capped(problems: list[str], limit: int = MAX_SHOWN) -> tuple[str, ...]:
    """At most ``limit`` messages, then one line saying how many more there are."""
    if len(problems) <= limit:
        return tuple(problems)
    more = _("… and {count} more.", count=len(problems) - limit)
    return (*problems[:limit], more)


@dataclass(frozen=True)
class FileReport:
    """One returned file: who it is from, what is wrong with it, or what it would change."""

    path: Path
    name: str
    sha256: str
    problems: tuple[str, ...] = ()
    notices: tuple[str, ...] = ()
    year_uuid: UUID | None = None
    cluster_code: str = ""
    year: int | None = None
    unit_code: str = ""
    unit_name: str = ""
    inputs: tuple[ScoreInput, ...] = ()
    summary: ChangeSummary | None = None
    # the cells that would change, in words: a function that words them, called when they
    # are first shown (see ``details``)
    described: Callable[[], tuple[str, ...]] | None = field(default=None, compare=False)
    kept: int = 0  # empty cells that keep a stored value
    duplicate_of: str = ""
    origin: MailOrigin | None = None  # the e-mail that carried the workbook
    without_workbook: bool = False  # an e-mail that carries no workbook at all

    @property
    def details(self) -> tuple[str, ...]:
        """The cells that would change, in words, worded when first asked for and kept.

        A check of a hundred returns plans a hundred thousand cells; the head reads the
        lines of a few files, so wording every cell up front was wasted work."""
        words = self.__dict__.get("_details")
        if words is None:
            words = self.described() if self.described is not None else ()
            object.__setattr__(self, "_details", words)
        return words

    @property
    def status(self) -> FileStatus:
        if self.problems:
            return FileStatus.REFUSED
        if self.without_workbook:
            return FileStatus.NO_WORKBOOK
        if self.duplicate_of:
            return FileStatus.DUPLICATE
        if self.summary is None or not self.summary.changed_anything:
            return FileStatus.NO_CHANGES
        return FileStatus.READY

    @property
    def refused(self) -> bool:
        return bool(self.problems)

    def headline(self) -> str:
        """One line: the file, whose form it is, and its verdict."""
        who = f"{self.unit_name}, {self.year}" if self.unit_name else ""
        status = self.status
        if status is FileStatus.REFUSED:
            verdict = _("REFUSED ({count} problem(s))", count=len(self.problems))
        elif status is FileStatus.DUPLICATE:
            verdict = _("the same file as {other}; skipped", other=self.duplicate_of)
        elif status is FileStatus.NO_CHANGES:
            verdict = _("no changes")
        elif status is FileStatus.NO_WORKBOOK:
            verdict = _("no workbook attached; nothing to import")
        else:
            assert self.summary is not None
            verdict = _(
                "{new} new, {changed} changed, {unchanged} unchanged",
                new=self.summary.count("new"),
                changed=self.summary.count("changed"),
                unchanged=self.summary.count("unchanged"),
            )
        if self.kept and status is not FileStatus.REFUSED:
            verdict += "; " + _("{count} empty cell(s) keep the stored score", count=self.kept)
        return f"{self.name} — {who}: {verdict}" if who else f"{self.name}: {verdict}"

    def lines(self, limit: int = 20) -> list[str]:
        """The headline, then the problems, or the changes and the notices."""
        body = list(self.problems) if self.refused else [*self.details[:limit], *self.notices]
        if not self.refused and len(self.details) > limit:
            more = len(self.details) - limit
            body.insert(limit, _("… and {count} more changes.", count=more))
        if self.origin is not None:
            body.insert(0, _("E-mail from {origin}", origin=self.origin.describe()))
        return [self.headline(), *(f"  • {line}" for line in body)]

    def source(self) -> str:
        """What the audit names as the source: the file, and the e-mail that carried it.

        In English whatever the interface language, like the rest of the audit trail.
        """
        if self.origin is None:
            return self.name[:SOURCE_LIMIT]
        text = f"{self.name} (e-mail from {self.origin.describe()})"
        return text if len(text) <= SOURCE_LIMIT else text[: SOURCE_LIMIT - 1] + "…"


class RefusedError(EmuError):
    """A return refused for one or more reasons, each naming the file (and the cell)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(problems[0] if problems else "")
        self.problems = problems


def mark_duplicates(reports: list[FileReport]) -> list[FileReport]:
    """The same file twice is skipped; two different returns of one unit are both refused.

    Which of two different returns is the right one cannot be known (the newer file may be a
    stale copy), so the head chooses by importing only one.
    """
    groups: dict[tuple[UUID, str], list[int]] = defaultdict(list)
    for index, report in enumerate(reports):
        if not report.refused and report.year_uuid is not None:
            groups[(report.year_uuid, report.unit_code)].append(index)
    result = list(reports)
    for indexes in groups.values():
        first = reports[indexes[0]]
        if all(reports[i].sha256 == first.sha256 for i in indexes):
            for i in indexes[1:]:
                result[i] = replace(reports[i], duplicate_of=first.name, inputs=())
            continue
        names = ", ".join(reports[i].name for i in indexes)
        for i in indexes:
            problem = _(
                "{file}: {unit} sent {count} different forms for {year} in this import "
                "({names}); import only one of them.",
                file=reports[i].name,
                unit=reports[i].unit_name,
                count=len(indexes),
                year=reports[i].year,
                names=names,
            )
            result[i] = replace(reports[i], problems=(problem,), inputs=())
    return result


def describe_changes(
    summary: ChangeSummary,
    rows: Mapping[str, FormRow],
    labels: Mapping[str, str],
    inputs: Sequence[ScoreInput] = (),
) -> tuple[str, ...]:
    """Each cell that would change, in words: "2.1 · Ban Dân tộc Phú Yên (tự chấm): 9,50 → 10,00".

    ``rows`` is keyed by criterion code, ``labels`` maps unit codes to short names. With the
    ``inputs`` the summary was planned from, a unit's explanation and evidence are quoted
    when they are new or changed: the head reads what the unit wrote before importing it.
    """
    from emudesk.rules import ScorerRole

    lines = []
    for index, change in enumerate(summary.changes):
        if change.kind == "unchanged":
            continue
        row = rows[change.criterion_code]
        role = _("self-score") if change.role is ScorerRole.SELF else _("peer score")
        if change.old == change.new:
            value = _("{value} (unchanged)", value=shown(row, change.new))
        else:
            value = f"{shown(row, change.old)} → {shown(row, change.new)}"
        unit = labels.get(change.assessed_code, change.assessed_code)
        line = f"{change.criterion_code} · {unit} ({role}): {value}"
        if index < len(inputs) and change.new is not None:
            cell = summary.cells[index] if index < len(summary.cells) else None
            line += _texts_changed(inputs[index], cell)
        lines.append(line)
    return tuple(lines)


QUOTED = 300  # characters of an explanation quoted in a preview line


def _texts_changed(item: ScoreInput, stored: StoredCell | None) -> str:
    """ "; explanation: “…”; evidence: “…”" for the texts this input changes, else ""."""
    from emudesk.text import clean_multiline

    parts = []
    for new, old, label in (
        (item.note, stored.note if stored else "", _("explanation")),
        (item.evidence, stored.evidence if stored else "", _("evidence")),
    ):
        text = " ".join(clean_multiline(new).split())
        if text == " ".join(old.split()):
            continue
        if not text:
            parts.append(_("{what} removed", what=label))
            continue
        quoted = text if len(text) <= QUOTED else text[: QUOTED - 1].rstrip() + "…"
        parts.append(f"{label}: “{quoted}”")
    return "".join(f"; {part}" for part in parts)


@dataclass(frozen=True)
class ImportOutcome:
    """What ``commit`` stored: per file its changes, the files that failed, the backup made."""

    committed: tuple[tuple[str, ChangeSummary], ...]
    failed: tuple[tuple[str, str], ...]
    backup: Path | None


def with_plans(
    reports: list[FileReport],
    plan: Callable[[UUID, list[ScoreInput]], ChangeSummary],
    describe: Callable[[UUID, ChangeSummary, Sequence[ScoreInput]], tuple[str, ...]],
) -> list[FileReport]:
    """Add to each good file what it would change; ``plan`` raises ``EmuError`` on a problem.

    ``describe`` words the changes; it is called when a file's details are first shown, so
    it must read nothing from the session (plain data only).

    One plan per year covers all its files, so the year's stored scores load once; only when
    that plan fails are the files planned one by one, to name the file at fault.
    """
    by_year: dict[UUID, list[int]] = defaultdict(list)
    for index, report in enumerate(reports):
        if not report.refused and not report.duplicate_of and report.year_uuid is not None:
            by_year[report.year_uuid].append(index)
    result = list(reports)
    for year_uuid, indexes in by_year.items():
        try:
            whole: ChangeSummary | None = plan(
                year_uuid, [item for i in indexes for item in reports[i].inputs]
            )
        except EmuError:
            whole = None
        start = 0
        for i in indexes:
            count = len(reports[i].inputs)
            if whole is not None:
                part = whole.part(start, start + count)
                start += count
            else:
                try:
                    part = plan(year_uuid, list(reports[i].inputs))
                except EmuError as exc:
                    problem = f"{reports[i].name}: {exc.message}"
                    result[i] = replace(reports[i], problems=(problem,))
                    continue
            details = partial(describe, year_uuid, part, reports[i].inputs)
            result[i] = replace(reports[i], summary=part, described=details)
    return result
