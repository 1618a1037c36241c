"""Undo and redo in the scoring table editor: typed cells and the places of rows.

Rows are found by code (a new version of the table gives them new UUIDs). A scored table
changes meaning only through a new version that leaves the changed rows' scores behind, so
Ctrl+Z never makes one: an edit that made a version clears the history, and an undo that
would change the meaning of a scored table is refused (wording is still undone in place).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any
from uuid import UUID

from PySide6.QtCore import QObject

from emudesk.services.scoring import table_edit, tables
from emudesk.services.scoring.tables import CriterionFields, CriterionInfo, TableInfo
from emudesk.ui.formatting import arg
from emudesk.ui.undo import Edit

if TYPE_CHECKING:
    from emudesk.ui.pages.scoring_table import ScoringTablePage

# (code of the parent row or None, position under it)
Place = tuple[str | None, int]


def meaning(row: CriterionInfo | CriterionFields) -> tuple[Any, ...]:
    """What scores depend on: changing it on a scored table makes a new version."""
    return (row.code, row.kind, row.max_points, dict(row.params))


class TableHistory(QObject):
    """The page's undo stack fed with its edits, and the way back through the services."""

    def __init__(self, page: ScoringTablePage) -> None:
        super().__init__(page)
        self.page = page

    # -- recording ---------------------------------------------------------------------------

    def fields_changed(
        self, criterion: CriterionInfo, fields: CriterionFields, revision: int | None
    ) -> None:
        """A typed cell was stored: ``criterion`` as it was, ``fields`` as it is now."""
        self._push(
            arg(self.tr("row %1"), fields.code),
            self._apply_fields,
            (fields.code, criterion.fields),
            (criterion.code, fields),
            revision,
        )

    def moved(self, code: str, was: Place, now: Place, revision: int | None) -> None:
        """The row coded ``code`` moved from ``was`` to ``now``."""
        self._push(
            arg(self.tr("the place of row %1"), code),
            self._apply_place,
            (code, *was),
            (code, *now),
            revision,
        )

    def _push(
        self, label: str, apply: Callable[..., bool], before: Any, after: Any, revision: int | None
    ) -> None:
        page = self.page
        if page.year is None or page.table is None:
            return
        if page.table.revision != revision:
            page.undo_stack.clear()
            page.show_status(
                arg(
                    self.tr(
                        "The change made version %1 of the table; it cannot be undone with "
                        "Ctrl+Z (version %2 keeps its scores)."
                    ),
                    page.table.revision,
                    revision if revision is not None else "—",
                )
            )
            return
        page.undo_stack.push(Edit(label, partial(apply, page.year.uuid), before, after))

    # -- going back --------------------------------------------------------------------------

    def _refused(self, year_uuid: UUID, changes_meaning: bool) -> TableInfo | None:
        """The year's table when an undo or redo may change it; None (said why) otherwise."""
        page = self.page
        table = page.context.read(tables.get_table, year_uuid)
        if table is None or page.lock.locked:
            page.show_status(self.tr("The table cannot change now, so nothing was undone."))
            return None
        if changes_meaning and table.score_count:
            page.show_status(
                self.tr(
                    "Scores have been given against this table: undoing that change would "
                    "make a new version without them. Change the row by hand if you must."
                )
            )
            return None
        return table

    def _apply_fields(self, year_uuid: UUID, change: tuple[str, CriterionFields]) -> bool:
        """Undo or redo of a typed cell: give the row coded ``change[0]`` the fields."""
        code, fields = change
        table = self.page.context.read(tables.get_table, year_uuid)
        row = next((c for c in table.criteria if c.code == code), None) if table else None
        if row is None:
            self.page.show_status(arg(self.tr("There is no row %1 any more."), code))
            return False
        changes_meaning = meaning(row) != meaning(fields)
        if self._refused(year_uuid, changes_meaning) is None:
            return False
        return self.page.write(
            table_edit.update_criterion,
            row.uuid,
            fields,
            select=fields.code,
            changes_meaning=changes_meaning,
        )

    def _apply_place(self, year_uuid: UUID, place: tuple[str, str | None, int]) -> bool:
        """Undo or redo of a move: put the row coded ``place[0]`` under ``place[1]``."""
        code, parent_code, position = place
        table = self._refused(year_uuid, changes_meaning=True)
        if table is None:
            return False
        rows = {c.code: c for c in table.criteria}
        row = rows.get(code)
        parent = rows.get(parent_code) if parent_code is not None else None
        if row is None or (parent_code is not None and parent is None):
            self.page.show_status(arg(self.tr("There is no row %1 any more."), code))
            return False
        return self.page.write(
            table_edit.move_criterion,
            row.uuid,
            parent_uuid=parent.uuid if parent is not None else None,
            position=position,
            select=code,
        )
