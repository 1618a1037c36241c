"""Small helpers that the controllers share: optional dates, combo data, table selection."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, TypeVar

from PySide6.QtCore import QDate, QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QHeaderView

from emudesk.ui.formatting import DATE_FORMAT, from_qdate, to_qdate
from emudesk.ui.models.base import HasUuid, RecordTableModel

R = TypeVar("R", bound=HasUuid)


def setup_optional_date(check: QCheckBox, edit: QDateEdit, value: dt.date | None) -> None:
    """A date that may be unknown: the check box says whether ``edit`` holds one."""
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDate(to_qdate(value) if value else QDate.currentDate())
    check.setChecked(value is not None)
    edit.setEnabled(value is not None)
    check.toggled.connect(edit.setEnabled)


def optional_date(check: QCheckBox, edit: QDateEdit) -> dt.date | None:
    return from_qdate(edit.date()) if check.isChecked() else None


def fill_combo(
    combo: QComboBox, items: Iterable[tuple[str, Any]], current: Any = None, *, choose: bool = True
) -> None:
    """Replace the items of ``combo`` by (text, data) pairs and select ``current``'s item.

    Without a match the first item is selected, or none when ``choose`` is False (the combo
    then shows its placeholder text, so the user must pick consciously).
    """
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    index = find_data(combo, current)
    if index < 0 and choose and combo.count():
        index = 0
    combo.setCurrentIndex(index)
    combo.blockSignals(False)


def find_data(combo: QComboBox, value: Any) -> int:
    """The index of the item holding ``value``, compared in Python.

    ``QComboBox.findData`` compares QVariants, which fails for Python objects such as UUIDs.
    """
    if value is None:
        return next((i for i in range(combo.count()) if combo.itemData(i) is None), -1)
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)


def select_uuid(view: QAbstractItemView, model: RecordTableModel[Any], uuid: Any) -> bool:
    """Select and show the row of record ``uuid``; False when it is not listed."""
    row = model.row_of(uuid)
    if row < 0:
        return False
    index = model.index(row, 0)
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    view.selectionModel().setCurrentIndex(index, flags)
    view.scrollTo(index)
    return True


def selected_record(view: QAbstractItemView, model: RecordTableModel[R]) -> R | None:
    """The record of the current row, if a row is selected."""
    rows = view.selectionModel().selectedRows()
    return model.record(rows[0]) if rows else None


def fit_columns(view: Any, stretch: int | None = None) -> None:
    """Size columns to their content; ``stretch`` (a column) takes the remaining width."""
    header: QHeaderView = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def wrap_columns(view: Any, wrapped: tuple[int, ...]) -> None:
    """Short columns fit their content; ``wrapped`` ones share the width left and wrap, so
    every column stays in sight on a small screen (rows grow to their text)."""
    header: QHeaderView = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in wrapped:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(True)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
