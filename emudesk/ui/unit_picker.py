"""Unit pickers: combos that show what tells the units apart and find one by typing.

A cluster's members often share most of their names ("Ban Dân tộc tỉnh Đắk Lắk", "Ban Dân tộc
tỉnh Phú Yên"…), so a narrow combo showed "Ba…" for all of them. The picker shows the part
that differs ("Đắk Lắk"), keeps the full name and code in the tooltip, and is editable: typing
any part of the name or code, with or without marks ("dak lak", "bdt-dlk"), lists the units
that match.
"""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from emudesk.services.organisation.units import UnitRef
from emudesk.text import fold
from emudesk.ui.labels import short_names
from emudesk.ui.widgets import find_data

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 40  # the folded words a typed text is matched against


class _FoldingCompleter(QCompleter):
    """Matches what is typed, folded, inside each unit's folded names and code."""

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


def _searchable(combo: QComboBox) -> None:
    """Make ``combo`` editable with a completer over its own items (once)."""
    if isinstance(combo.completer(), _FoldingCompleter):
        return
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = _FoldingCompleter(combo)
    completer.setModel(combo.model())
    completer.setCompletionRole(SEARCH_ROLE)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    combo.currentIndexChanged.connect(
        lambda index: combo.setToolTip(
            str(combo.itemData(index, Qt.ItemDataRole.ToolTipRole) or "")
        )
    )
    line = combo.lineEdit()
    if line is not None:
        # a typed text that names no unit gives way to the chosen unit's name again
        line.editingFinished.connect(lambda: _restore(combo))


def _restore(combo: QComboBox) -> None:
    shown = combo.itemText(combo.currentIndex()) if combo.currentIndex() >= 0 else ""
    if combo.currentText() != shown:
        combo.setEditText(shown)


def fill_units(
    combo: QComboBox,
    units: Sequence[UnitRef],
    current: UUID | None = None,
    *,
    none: str | None = None,
    choose: bool = True,
) -> None:
    """Fill ``combo`` with ``units`` (and a first "nobody" item when ``none`` is given).

    Selects ``current``; without a match the first item, or none when ``choose`` is False.
    """
    _searchable(combo)
    shown = short_names([unit.name for unit in units])
    combo.blockSignals(True)
    combo.clear()
    if none is not None:
        combo.addItem(none, None)
    for label, unit in zip(shown, units, strict=True):
        combo.addItem(label, unit.uuid)
        index = combo.count() - 1
        full = f"{unit.name} ({unit.code})"
        combo.setItemData(index, full, Qt.ItemDataRole.ToolTipRole)
        combo.setItemData(index, fold(f"{label} {unit.name} {unit.code}"), SEARCH_ROLE)
    index = find_data(combo, current)
    if index < 0 and choose and combo.count():
        index = 0
    combo.setCurrentIndex(index)
    if index < 0:
        combo.setEditText("")
    combo.setToolTip(str(combo.itemData(index, Qt.ItemDataRole.ToolTipRole) or ""))
    combo.blockSignals(False)
