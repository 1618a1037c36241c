"""The member unit's side: open the form the head sent, fill it in, save the return.

A member's emudesk need not hold the cluster: every form carries, besides its identity, a
very hidden sheet describing the table rows and the members as the head's database had them
(``write_description``). ``FormSource`` turns that description into the ``Source`` the
importer reads returns with, so a member's entries go through exactly the checks the head's
import applies, before the file is even sent. The return is the received workbook with its
input cells filled in: protection, validation, print setup and identity stay as the head
made them, and the unit can still open and change it in Excel.
"""

from __future__ import annotations

import io
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID

from emudesk.errors import FileFormatError
from emudesk.exchange import safe
from emudesk.exchange.entries import StoredKey
from emudesk.exchange.formdata import (
    COL_EVIDENCE,
    COL_NOTE,
    FORM_SHEET,
    FormColumn,
    FormLayout,
    FormRow,
    FormSpec,
    Identity,
    Member,
    YearFacts,
)
from emudesk.exchange.report import RefusedError, capped
from emudesk.i18n import _
from emudesk.rules import CriterionKind

if TYPE_CHECKING:
    from openpyxl import Workbook

DESCRIPTION_SHEET = "emudesk-bang"
_CHUNK = 30_000  # characters per cell (a cell holds at most 32,767)


def write_description(workbook: Workbook, spec: FormSpec) -> None:
    """Add the very hidden sheet that lets a member's emudesk fill the form without the DB."""
    payload = json.dumps(
        {
            "cluster_name": spec.cluster_name,
            "unit_name": spec.unit_name,
            "table_title": spec.table_title,
            "head_name": spec.head_name,  # whom the member's reply goes to
            "head_email": spec.head_email,
            "rows": [
                {
                    "key": row.key,
                    "code": row.code,
                    "title": row.title,
                    "kind": row.kind.value,
                    "max": row.max_points,
                    "depth": row.depth,
                    "parent": row.parent_key,
                    "params": dict(row.params),
                }
                for row in spec.rows
            ],
            "members": [
                {"uuid": str(c.unit_uuid), "code": c.code, "label": c.label} for c in spec.columns
            ],
        },
        ensure_ascii=False,
        default=str,
    )
    sheet = workbook.create_sheet(DESCRIPTION_SHEET)
    for index in range(0, len(payload), _CHUNK):
        safe.put_text(
            sheet.cell(row=index // _CHUNK + 1, column=1), payload[index : index + _CHUNK]
        )
    sheet.sheet_state = "veryHidden"


@dataclass(frozen=True)
class MemberForm:
    """A received form as the member's grid shows it."""

    path: Path
    identity: Identity
    cluster_name: str
    unit_name: str
    table_title: str
    facts: YearFacts
    unit: Member
    columns: tuple[FormColumn, ...]  # the unit itself first, then the other members
    values: Mapping[tuple[str, UUID], int] = field(default_factory=dict)  # (row key, assessed)
    texts: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # self note, evidence
    problems: tuple[str, ...] = ()  # values in the file that the head would refuse
    head_name: str = ""  # the cluster head's unit, for the reply (forms since the mail room)
    head_email: str = ""

    @property
    def rows(self) -> tuple[FormRow, ...]:
        return self.facts.rows


class FormSource:
    """The importer's ``Source`` built from a form's own description (no database)."""

    def __init__(self, identity: Identity, rows: tuple[FormRow, ...], members: tuple[Member, ...]):
        self.facts = YearFacts(
            cluster_year_uuid=identity.cluster_year_uuid,
            cluster_code=identity.cluster_code,
            year=identity.year,
            table_uuid=identity.table_uuid,
            table_revision=identity.table_revision,
            criteria_hash=identity.criteria_hash,
            rows=rows,
            members=members,
            revisions={identity.table_uuid: identity.table_revision},
        )

    def year(self, identity: Identity) -> YearFacts | None:
        return self.facts if identity.cluster_year_uuid == self.facts.cluster_year_uuid else None

    def unit_label(self, code: str, year: int) -> str | None:
        return next((m.label for m in self.facts.members if m.code == code), None)

    def stored(self, facts: YearFacts, unit_uuid: UUID) -> Mapping[StoredKey, int]:
        return {}


def _description(file: str, workbook: Any) -> dict[str, Any]:
    if DESCRIPTION_SHEET not in workbook.sheetnames:
        raise FileFormatError(
            _(
                "{file}: this form was made by an older emudesk and cannot be filled in "
                "here; fill it in Excel or LibreOffice, or ask the head unit for a new form.",
                file=file,
            )
        )
    sheet = workbook[DESCRIPTION_SHEET]
    text = "".join(str(row[0] or "") for row in sheet.iter_rows(max_col=1, values_only=True))
    try:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not an object")
        return data
    except ValueError as exc:
        raise FileFormatError(
            _(
                "{file}: the form's description of the scoring table is damaged; ask the head "
                "unit for a new form.",
                file=file,
            )
        ) from exc


def _rows_and_members(
    file: str, data: Mapping[str, Any]
) -> tuple[tuple[FormRow, ...], tuple[Member, ...]]:
    try:
        rows = tuple(
            FormRow(
                key=str(r["key"]),
                code=str(r["code"]),
                title=str(r["title"]),
                kind=CriterionKind(r["kind"]),
                max_points=int(r["max"]),
                depth=int(r["depth"]),
                parent_key=r["parent"],
                params=dict(r["params"]),
            )
            for r in data["rows"]
        )
        members = tuple(
            Member(UUID(m["uuid"]), str(m["code"]), str(m["label"])) for m in data["members"]
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise FileFormatError(
            _(
                "{file}: the form's description of the scoring table is damaged; ask the head "
                "unit for a new form.",
                file=file,
            )
        ) from exc
    return rows, members


def open_form(path: Path) -> MemberForm:
    """Read a received (or partly filled) form; refuses a file that is not a usable form."""
    from emudesk.exchange import sanity
    from emudesk.exchange.importer import read_return
    from emudesk.exchange.returns import ReturnBook

    path = Path(path)
    file = path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FileFormatError(
            _("{file}: the file cannot be read ({reason}).", file=file, reason=exc.strerror)
        ) from exc
    sanity.check_file(file, data)
    with ReturnBook(file, data) as book:
        identity = book.identity()
        description = _description(file, book.workbook)
    rows, members = _rows_and_members(file, description)
    source = FormSource(identity, rows, members)
    unit = next((m for m in members if m.uuid == identity.unit_uuid), None)
    if unit is None:
        raise FileFormatError(
            _(
                "{file}: the form's description does not list the unit it was sent to; ask "
                "the head unit for a new form.",
                file=file,
            )
        )
    found = read_return(file, data, source)
    values = {(e.criterion_key, e.assessed_uuid): e.value for e in found.entries}
    texts = {
        e.criterion_key: (e.note, e.evidence)
        for e in found.entries
        if e.is_self and (e.note or e.evidence)
    }
    return MemberForm(
        path=path,
        identity=identity,
        cluster_name=str(description.get("cluster_name", "")),
        unit_name=str(description.get("unit_name", "")),
        table_title=str(description.get("table_title", "")),
        facts=source.facts,
        unit=unit,
        columns=tuple(source.facts.columns(unit.uuid)),
        values=values,
        texts=texts,
        problems=found.problems,
        head_name=_text(description.get("head_name")),
        head_email=_text(description.get("head_email")),
    )


def _text(value: object) -> str:
    """A short text of the description, or "" (older forms lack it; a damaged one too)."""
    return value.strip()[:300] if isinstance(value, str) else ""


def save_return(
    form: MemberForm,
    values: Mapping[tuple[str, UUID], int],
    texts: Mapping[str, tuple[str, str]],
    target: Path,
) -> Path:
    """Write the received workbook with ``values`` and ``texts`` filled in, at ``target``.

    The saved file is read back with the head's checks first; a file they would refuse is
    never left behind (``RefusedError`` names the cells).
    """
    from openpyxl import load_workbook

    from emudesk.exchange.formtext import amount
    from emudesk.exchange.importer import read_return
    from emudesk.files import atomic_output

    file = Path(target).name
    try:
        original = form.path.read_bytes()
    except OSError as exc:
        raise FileFormatError(
            _(
                "{file}: the file cannot be read ({reason}).",
                file=form.path.name,
                reason=exc.strerror,
            )
        ) from exc
    workbook = load_workbook(io.BytesIO(original))
    sheet = workbook[FORM_SHEET]
    layout = FormLayout(form.rows, form.columns)
    for row in form.rows:
        if not row.kind.is_leaf:
            continue
        number = layout.number_of[row.key]
        for column, sheet_column in layout.scored_columns():
            raw = values.get((row.key, column.unit_uuid))
            cell = sheet.cell(row=number, column=sheet_column)
            if raw is None:
                cell.value = None
            else:
                cell.value = raw if row.kind is CriterionKind.PER_OCCURRENCE else amount(raw)
        note, evidence = texts.get(row.key, ("", ""))
        for sheet_column, text in ((COL_NOTE, note), (COL_EVIDENCE, evidence)):
            cell = sheet.cell(row=number, column=sheet_column)
            if text:
                safe.put_text(cell, text)
            else:
                cell.value = None
    buffer = io.BytesIO()
    workbook.save(buffer)
    data = buffer.getvalue()
    source = FormSource(form.identity, form.rows, form.facts.members)
    found = read_return(file, data, source)
    if found.problems:
        raise RefusedError(list(capped(list(found.problems))))
    with atomic_output(target) as temporary:
        Path(temporary).write_bytes(data)
    return Path(target)
