"""Units and scoring tables from plain workbooks: checked and previewed like typed input."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from uuid import UUID

from sqlalchemy.orm import Session

from emudesk import rules
from emudesk.errors import ValidationError
from emudesk.exchange import plain
from emudesk.exchange.plain import PlainImport, PlainOutcome, PlainRow
from emudesk.services.organisation import units, years
from emudesk.services.scoring import table_edit, tables
from emudesk.services.tx import batch


@contextmanager
def _trial(session: Session, *, keep: bool) -> Iterator[None]:
    """One transaction for a whole workbook, rolled back at the end unless ``keep``.

    A preview runs the very services a commit runs, so it finds every problem they would.
    """
    with batch(session):
        trial = session.begin_nested()
        yield
        if keep:
            trial.commit()
        else:
            trial.rollback()


def import_units_workbook(
    session: Session, path: Path, *, from_year: int, commit: bool = False
) -> PlainImport:
    """Units from a list (Mã đơn vị, Tên đơn vị, …): new codes created, known ones updated.

    Each row goes through ``units.create_unit``/``update_unit``, checked exactly as typed
    input; a refused row is reported by its number and, on commit, stops the whole import.
    A known unit keeps its names (renames are dated: ``units.rename_unit``).
    """
    path = Path(path)
    rows = plain.read_plain(path, plain.UNIT_FIELDS, plain.UNIT_REQUIRED)
    known = {u.code: u for u in units.list_units(session)}

    def apply(row: PlainRow) -> PlainOutcome:
        value = {key: plain.text(v) for key, v in row.values.items()}
        before = known.get(value["code"].upper())
        # a column the sheet lacks leaves the stored value alone
        kept = {k: getattr(before, k) if before else "" for k in plain.UNIT_DETAILS}
        fields = units.UnitFields(**{k: value.get(k, kept[k]) for k in plain.UNIT_DETAILS})
        if before is not None:
            after = units.update_unit(session, before.uuid, fields)
            status = "unchanged" if after.version == before.version else "changed"
            return PlainOutcome(row.number, after.code, after.official_name, status)
        name, short = value["official_name"], value.get("short_name", "")
        new = units.create_unit(
            session, fields, official_name=name, short_name=short, from_year=from_year
        )
        return PlainOutcome(row.number, new.code, new.official_name, "new")

    with _trial(session, keep=commit):
        result = plain.apply_rows(path.name, rows, apply)
        if commit and result.problems:
            raise ValidationError("\n".join(result.problems))
    return replace(result, committed=commit)


def import_table_workbook(
    session: Session, year_uuid: UUID, path: Path, *, commit: bool = False
) -> PlainImport:
    """Criteria from a workbook (Mã, Nội dung, Loại, Điểm tối đa, Mã mục cha) into the year.

    The rows are appended through ``table_edit.add_rows`` (one transaction; a new table version
    if scores exist); a year without a table gets one whose total is the sum of the
    top-level maxima. Preview unless ``commit``.
    """
    path = Path(path)
    table = tables.current(session, years.load(session, year_uuid))
    existing = [c.code for c in table.criteria] if table else []
    rows = plain.read_plain(path, plain.TABLE_FIELDS, plain.TABLE_REQUIRED)
    good, bad = plain.table_rows(path.name, rows, existing)
    outcomes = [*bad, *(PlainOutcome(r.number, r.code, r.title, "new") for r in good)]
    result = PlainImport(path.name, tuple(sorted(outcomes, key=lambda o: o.number)), commit)
    if bad:
        if commit:
            raise ValidationError("\n".join(result.problems))
        return result
    top = [r for r in good if r.parent is None and rules.CriterionKind(r.kind).counts_in_maximum]
    with _trial(session, keep=commit):
        if table is None:
            total = sum(r.max_points for r in top) or 100_00
            table_uuid = tables.create_table(session, year_uuid, declared_total=total).uuid
        else:
            table_uuid = table.uuid
        new_rows = [table_edit.NewRow(tables.CriterionFields(**r.fields()), r.parent) for r in good]
        table_edit.add_rows(session, table_uuid, new_rows)
    return result


def write_units_template(path: Path) -> Path:
    """A blank unit list with the headings ``import_units_workbook`` reads, and an example."""
    from emudesk.exchange.list_templates import write_units_template as write

    write(path)
    return Path(path)


def write_table_template(path: Path) -> Path:
    """A blank scoring table with the headings ``import_table_workbook`` reads, a list of the
    kinds, and an example."""
    from emudesk.exchange.list_templates import write_table_template as write

    write(path)
    return Path(path)
