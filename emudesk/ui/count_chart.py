"""A bar chart of counts, painted by hand like the ranking chart (no QtCharts in
PySide6-Essentials): one horizontal bar per row (an award, a unit, a level), its segments
the row's counts per column (a year, an award) in the legend's colours, the row's total at
the right, and a black tick where the proposals stood. The axis starts at 0 and is in
whole numbers.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from emudesk.ui.ranking_chart import GRID, PEERS, TEXT

PALETTE = (
    QColor("#4f7cac"),
    QColor("#e07b00"),
    QColor("#5a9e6f"),
    QColor("#b85450"),
    QColor("#8e6bb8"),
    QColor("#c9a227"),
    QColor("#3a9fb0"),
    QColor("#8c8c8c"),
)


@dataclass(frozen=True)
class CountBar:
    label: str
    segments: tuple[int, ...]  # one count per legend entry
    proposed: int | None = None  # drawn as a tick; None: none

    @property
    def total(self) -> int:
        return sum(self.segments)


def count_step(high: int, ticks: int = 5) -> int:
    """A whole, round step (1, 2, 5 × 10^k) giving about ``ticks`` intervals up to ``high``."""
    if high <= ticks:
        return 1
    raw = high / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return int(factor * power)
    return int(10 * power)  # pragma: no cover - the loop always returns


class CountChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[CountBar] = []
        self._legend: list[str] = []
        self._proposed_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 100)

    def set_data(self, legend: Sequence[str], bars: Sequence[CountBar], proposed: str) -> None:
        """``legend`` names the segments; ``proposed`` names the tick (translated)."""
        self._legend = list(legend)
        self._bars = list(bars)
        self._proposed_text = proposed
        self.update()

    def bars(self) -> list[CountBar]:
        return list(self._bars)

    def legend(self) -> list[str]:
        return list(self._legend)

    def sizeHint(self) -> QSize:
        return QSize(520, 280)

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), self.palette().base())
            if any(bar.total or bar.proposed for bar in self._bars):
                self._paint(painter)
            else:
                painter.setPen(TEXT)
                painter.drawText(
                    QRectF(self.rect()),
                    Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                    self.tr("No awards to chart for these choices"),
                )
        finally:
            painter.end()

    def _entries(self) -> list[tuple[str, QColor | None]]:
        entries: list[tuple[str, QColor | None]] = [
            (text, PALETTE[number % len(PALETTE)]) for number, text in enumerate(self._legend)
        ]
        if any(bar.proposed is not None for bar in self._bars):
            entries.append((self._proposed_text, None))
        return entries

    def _legend_places(self, metrics: QFontMetricsF, width: float) -> list[QPointF]:
        line = metrics.height()
        places: list[QPointF] = []
        x, y = 6.0, 4.0
        for text, _colour in self._entries():
            needed = line + 4 + min(metrics.horizontalAdvance(text), width * 0.4)
            if places and x + needed > width:
                x, y = 6.0, y + line + 2
            places.append(QPointF(x, y))
            x += needed + 18
        return places

    def _paint(self, painter: QPainter) -> None:
        font = QFont(self.font())
        rows = len(self._bars)
        line = QFontMetricsF(font).height()
        room = (self.height() - line * 4) / max(rows, 1)
        if room < line + 2:  # many rows in a small widget: smaller letters
            font.setPointSizeF(max(5.0, font.pointSizeF() * max(room, 6) / 18))
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        line = metrics.height()
        width, height = float(self.width()), float(self.height())
        places = self._legend_places(metrics, width)
        legend_bottom = (places[-1].y() + line) if places else 0.0
        high = max(max(bar.total, bar.proposed or 0) for bar in self._bars)
        step = count_step(high)
        top = math.ceil(high / step) * step
        label_width = min(
            max(metrics.horizontalAdvance(b.label) for b in self._bars) + 8, width * 0.38
        )
        value_width = metrics.horizontalAdvance("00000") + 10
        plot = QRectF(
            label_width + 6,
            legend_bottom + 8,
            max(10.0, width - label_width - value_width - 12),
            max(10.0, height - legend_bottom - line - 20),
        )

        def x_of(value: float) -> float:
            return plot.left() + value / top * plot.width()

        self._paint_legend(painter, metrics, places)
        value = 0
        while value <= top:
            x = x_of(value)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(TEXT)
            text = str(value)
            advance = metrics.horizontalAdvance(text)
            painter.drawText(QPointF(x - advance / 2, plot.bottom() + metrics.ascent() + 4), text)
            value += step
        row_height = plot.height() / rows
        bar_height = max(2.0, min(row_height * 0.62, line * 1.3))
        for number, bar in enumerate(self._bars):
            middle = plot.top() + row_height * (number + 0.5)
            painter.setPen(TEXT)
            text = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 4)
            painter.drawText(
                QRectF(2, middle - row_height / 2, label_width, row_height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )
            start = 0
            for index, count in enumerate(bar.segments):
                if count:
                    rect = QRectF(
                        x_of(start), middle - bar_height / 2, x_of(start + count) - x_of(start),
                        bar_height,
                    )  # fmt: skip
                    painter.fillRect(rect, PALETTE[index % len(PALETTE)])
                    painter.setPen(QPen(QColor("#ffffff"), 1))
                    painter.drawLine(rect.topRight(), rect.bottomRight())
                start += count
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(plot.right() + 4, middle - line / 2, value_width - 6, line),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                str(bar.total),
            )
            if bar.proposed is not None:
                x = x_of(bar.proposed)
                painter.setPen(QPen(PEERS, 2))
                painter.drawLine(
                    QPointF(x, middle - bar_height * 0.75), QPointF(x, middle + bar_height * 0.75)
                )

    def _paint_legend(
        self, painter: QPainter, metrics: QFontMetricsF, places: list[QPointF]
    ) -> None:
        line = metrics.height()
        for (text, colour), place in zip(self._entries(), places, strict=True):
            x, y = place.x(), place.y()
            middle = y + line / 2
            if colour is not None:
                painter.fillRect(QRectF(x, middle - line * 0.3, line, line * 0.6), colour)
            else:
                painter.setPen(QPen(PEERS, 2))
                painter.drawLine(QPointF(x + line / 2, y + 2), QPointF(x + line / 2, y + line - 2))
            painter.setPen(TEXT)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, self.width() * 0.4)
            painter.drawText(QPointF(x + line + 4, y + metrics.ascent()), shown)
