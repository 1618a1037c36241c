"""From the values read in a return to the entries to store, and what stays as it was.

Only a unit's own row carries a note and evidence (the self-score). A blank score cell is
"not scored in this return" and keeps what is stored; those cells are counted and named so
the head sees them in the preview. A note typed beside a self-score given in an earlier
return updates that score's note without touching its value.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, NamedTuple
from uuid import UUID

from emudesk.exchange.formdata import FormRow
from emudesk.i18n import _
from emudesk.rules import CriterionKind, local_points

if TYPE_CHECKING:
    from emudesk.exchange.values import SheetValues

MAX_KEPT_SHOWN = 5

StoredKey = tuple[str, UUID, bool]
"""(criterion key, assessed unit, is a self-score)."""


class Entry(NamedTuple):
    """One value to store, given by the form's unit."""

    criterion_key: str
    assessed_uuid: UUID
    is_self: bool
    value: int
    note: str = ""
    evidence: str = ""


def shown(row: FormRow, raw: int | None) -> str:
    """A raw value as the user reads it: a count, or points with the language's decimal mark."""
    if raw is None:
        return "—"
    return str(raw) if row.kind is CriterionKind.PER_OCCURRENCE else local_points(raw)


def entries_of(
    file: str,
    found: SheetValues,
    unit_uuid: UUID,
    stored: Mapping[StoredKey, int],
    rows: Mapping[str, FormRow],
) -> tuple[list[Entry], list[str], int]:
    """The entries of one return, the notices about it, and how many blank cells keep a value.

    ``found`` already holds an entry per value read (``values.read_values`` makes them as it
    reads the cells); here only the notes without a self-score and the empty cells, which
    may need the stored values, are gone through."""
    entries = list(found.entries)
    notices: list[str] = []
    self_scored = found.self_scored
    for key, (note, evidence, cell) in found.texts.items():
        if key in self_scored:
            continue
        previous = stored.get((key, unit_uuid, True))
        if previous is not None:
            entries.append(Entry(key, unit_uuid, True, previous, note, evidence))
        else:
            notices.append(
                _(
                    "{file}, cell {cell}: a note without a self-score is not imported "
                    "(criterion {code}).",
                    file=file,
                    cell=cell,
                    code=rows[key].code,
                )
            )
    kept = [
        _(
            "{file}, cell {cell}: empty; the stored score {value} of criterion {code} is kept.",
            file=file,
            cell=cell,
            value=shown(row, value),
            code=row.code,
        )
        for row, column, cell in found.empty
        if (value := stored.get((row.key, column.unit_uuid, column.is_self))) is not None
    ]
    notices += kept[:MAX_KEPT_SHOWN]
    if len(kept) > MAX_KEPT_SHOWN:
        notices.append(_("… and {count} more empty cells.", count=len(kept) - MAX_KEPT_SHOWN))
    return entries, notices, len(kept)
