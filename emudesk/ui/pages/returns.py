"""A year's Returns board: per member unit, the form sent, the return received, who is late."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from typing import Any
from uuid import UUID

from PySide6.QtCore import QItemSelection, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QWidget

from emudesk.services import ui_queries
from emudesk.services.mail import board
from emudesk.services.mail.board import BoardRow, State
from emudesk.services.organisation.years import YearInfo
from emudesk.services.scoring import tables
from emudesk.ui.context import DataContext
from emudesk.ui.formatting import arg, date_text, year_cluster
from emudesk.ui.generated.ui_returns_page import Ui_ReturnsPage
from emudesk.ui.models.base import RecordTableModel
from emudesk.ui.pages.base import Page

_LATE = QColor("#fde2e1")
_DONE = QColor("#e3f4e1")
_WAITING = QColor("#fff4d6")


def _when(moment: dt.datetime | None) -> str:
    return moment.astimezone().strftime("%d/%m/%Y %H:%M") if moment else ""


class _Row:
    """A board row with the ``uuid`` the table model selects by."""

    def __init__(self, row: BoardRow) -> None:
        self.row = row
        self.uuid: UUID = row.unit_uuid


class ReturnsModel(RecordTableModel[_Row]):
    UNIT, STATE, SENT, DEADLINE, RECEIVED, SENDER, FILE = range(7)

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Unit"),
            self.tr("State"),
            self.tr("Form sent"),
            self.tr("Deadline"),
            self.tr("Return received"),
            self.tr("From"),
            self.tr("File"),
        )

    def state_text(self, row: BoardRow) -> str:
        text = {
            State.NOT_SENT: self.tr("Not sent"),
            State.WAITING: self.tr("Waiting"),
            State.LATE: self.tr("Late"),
            State.REFUSED: self.tr("Refused: send again"),
            State.RECEIVED: self.tr("Received"),
        }[row.state]
        if row.state is State.RECEIVED and row.outcome == "":
            text = self.tr("Scores stored")
        return text

    def text(self, record: _Row, column: int) -> str:
        row = record.row
        deadline = date_text(row.deadline) if row.deadline else ""
        if deadline and row.days_left is not None:
            if row.days_left >= 0:
                deadline += " " + arg(self.tr("(%1 day(s) left)"), row.days_left)
            else:
                deadline += " " + arg(self.tr("(%1 day(s) late)"), -row.days_left)
        sent = _when(row.sent_at)
        if row.reminders:
            sent += " " + arg(self.tr("(+%1 reminder(s))"), row.reminders)
        return (
            row.unit_name,
            self.state_text(row),
            sent,
            deadline,
            _when(row.received_at),
            row.received_from,
            row.received_file,
        )[column]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == self.STATE:
            record = self.record(index)
            if record is not None:
                state = record.row.state
                if state in (State.LATE, State.REFUSED):
                    return QBrush(_LATE)
                if state is State.RECEIVED:
                    return QBrush(_DONE)
                if state is State.WAITING:
                    return QBrush(_WAITING)
        return super().data(index, role)


class ReturnsPage(Page):
    def __init__(self, context: DataContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_ReturnsPage()
        self.ui.setupUi(self)
        self._send_tip = self.ui.sendButton.toolTip()
        self.has_table = True
        self.model = ReturnsModel(self)
        self.ui.boardView.setModel(self.model)
        self.ui.boardView.verticalHeader().hide()
        header = self.ui.boardView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReturnsModel.FILE, QHeaderView.ResizeMode.Stretch)
        self.ui.boardView.selectionModel().selectionChanged.connect(self._on_selection)
        self.result: board.Board | None = None
        self.year: YearInfo | None = None

    @property
    def year_uuid(self) -> UUID:
        assert self.target is not None and self.target.uuid is not None
        return self.target.uuid

    def reload(self) -> None:
        selected = self.selected()
        self.year = self.context.read(ui_queries.year_info, self.year_uuid)
        self._show_title()
        self.has_table = self.context.read(tables.get_table, self.year_uuid) is not None
        self.result = self.context.read(board.returns_board, self.year_uuid)
        self.model.set_records([_Row(row) for row in self.result.rows])
        row = self.model.row_of(selected.unit_uuid) if selected else -1
        if self.model.rowCount():
            self.ui.boardView.selectRow(max(row, 0))
        self._show_summary()
        self._show_details()

    def _show_title(self) -> None:
        if self.year is not None:  # like every year page: which cluster (and issuer), which year
            self.ui.titleLabel.setText(
                arg(self.tr("Returns — %1 — year %2"), year_cluster(self.year), self.year.year)
            )

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self._send_tip = self.ui.sendButton.toolTip()
        self.model.retranslate()
        self._show_title()
        self._show_summary()
        self._show_details()

    def selected(self) -> BoardRow | None:
        rows = self.ui.boardView.selectionModel().selectedRows()
        record = self.model.record(rows[0]) if rows else None
        return record.row if record else None

    def _show_summary(self) -> None:
        result = self.result
        if result is None:
            return
        missing = len(result.missing)
        late = result.count(State.LATE)
        text = arg(
            self.tr("%1 %2: %3 of %4 form(s) sent, %5 return(s) in, %6 missing (%7 late)."),
            result.cluster_code,
            result.year,
            result.sent,
            len(result.rows),
            len(result.rows) - missing,
            missing,
            late,
        )
        self.ui.summaryLabel.setText(text)
        self.ui.remindButton.setEnabled(missing > 0 and result.sent > 0)
        # the forms are made from the scoring table: without one there is nothing to send
        self.ui.sendButton.setEnabled(self.has_table)
        self.ui.sendButton.setToolTip(
            self._send_tip
            if self.has_table
            else self.tr(
                "No scoring table yet: make it on the Scoring table page first; "
                "each member's form is made from it."
            )
        )

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_details()

    def _show_details(self) -> None:
        row = self.selected()
        if row is None:
            self.ui.detailsBrowser.clear()
            return
        lines = [f"<b>{html.escape(row.unit_name)}</b> ({html.escape(row.unit_code)})"]
        lines.append(
            html.escape(arg(self.tr("E-mail address: %1"), row.address or self.tr("none")))
        )
        if row.sent_at:
            how = self.tr("as a draft") if row.sent_by == "draft" else self.tr("by the server")
            lines.append(html.escape(arg(self.tr("Form sent %1, %2."), _when(row.sent_at), how)))
        if row.reminders:
            lines.append(
                html.escape(
                    arg(self.tr("Reminded %1 time(s), last %2."), row.reminders,
                        _when(row.reminded_at))
                )
            )  # fmt: skip
        if row.received_at:
            lines.append(
                html.escape(
                    arg(self.tr("Return received %1 from %2: %3"), _when(row.received_at),
                        row.received_from or "?", row.received_file)
                )
            )  # fmt: skip
        if row.reason:
            lines.append(html.escape(arg(self.tr("Refused: %1"), row.reason)))
        self.ui.detailsBrowser.setHtml("<br>".join(lines))

    # -- buttons ----------------------------------------------------------------------------

    def _window(self) -> Any:
        return self.window()

    @Slot()
    def on_sendButton_clicked(self) -> None:
        self._open_sender(remind=False)

    @Slot()
    def on_remindButton_clicked(self) -> None:
        self._open_sender(remind=True)

    def _open_sender(self, *, remind: bool) -> None:
        from emudesk.ui.dialogs.send_forms import SendFormsDialog
        from emudesk.ui.settings import Settings

        settings = getattr(self._window(), "settings", None)
        if not isinstance(settings, Settings):
            settings = Settings.load()
        dialog = SendFormsDialog(self.context, settings, self.year_uuid, remind=remind, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def on_importButton_clicked(self) -> None:
        window = self._window()
        opener = getattr(window, "import_files", None)
        if opener is not None:
            opener((), year_uuid=self.year_uuid)
