"""A bar chart of the ranking, painted by hand (QtCharts is not part of PySide6-Essentials).

One horizontal bar per unit, best first, so long Vietnamese names stay readable on the left;
the self-score total and the peers' mean total are markers on the same row, so a unit that
rates itself far above its peers stands out. The axis always starts at 0: totals of a cluster
are close together, and an axis cut at 80 would draw 95,5 against 99 as a bar a third as long.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from emudesk import rules

BAR = QColor("#4f7cac")
BAR_MUTED = QColor("#a9b4c0")
SELF = QColor("#e07b00")
PEERS = QColor("#202020")
GRID = QColor("#d8dde3")
TEXT = QColor("#202020")


@dataclass(frozen=True)
class ChartBar:
    label: str
    rank: str
    total: int
    self_total: int | None = None
    peer_mean_total: int | None = None
    muted: bool = False  # excluded from awards: drawn in grey


def nice_step(span: float, ticks: int = 5) -> float:
    """A round step (1, 2, 2.5 or 5 × 10^k, at least 1): about ``ticks`` intervals over ``span``.

    Values are hundredths of a point, so no step is finer than a hundredth.
    """
    if span <= 0:
        return 1.0
    raw = max(span / ticks, 1.0)
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * power >= raw and float(factor * power).is_integer():
            return float(factor * power)
    return float(10 * power)  # pragma: no cover - the loop always returns


def axis_range(values: Sequence[float]) -> tuple[float, float, float]:
    """(0, high, step) of an axis showing ``values``: from zero, so bar lengths compare truly."""
    if not values or max(values) <= 0:
        return 0.0, 100.0, 20.0  # nothing scored: one point, in hundredths
    high = max(values)
    step = nice_step(high)
    return 0.0, math.ceil(high / step) * step, step


@dataclass(frozen=True)
class _Axis:
    """Values from ``low`` to ``high`` (hundredths) across the plot's width."""

    plot: QRectF
    low: float
    high: float
    step: float

    def x(self, value: float) -> float:
        return self.plot.left() + (value - self.low) / (self.high - self.low) * self.plot.width()


class RankingChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[ChartBar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 100)

    def set_bars(self, bars: Sequence[ChartBar]) -> None:
        self._bars = list(bars)
        self.update()

    def bars(self) -> list[ChartBar]:
        return list(self._bars)

    def sizeHint(self) -> QSize:
        return QSize(520, 320)

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.fillRect(self.rect(), self.palette().base())
            if any(bar.total or bar.self_total or bar.peer_mean_total for bar in self._bars):
                self._paint(painter)
            else:
                painter.setPen(TEXT)
                painter.drawText(
                    QRectF(self.rect()),
                    Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                    self.tr("No scores to chart yet"),
                )
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        font = QFont(self.font())
        rows = len(self._bars)
        legend_height = QFontMetricsF(font).height() + 8
        room = (self.height() - legend_height * 2 - 12) / max(rows, 1)
        if room < QFontMetricsF(font).height() + 2:  # a small widget: smaller letters
            font.setPointSizeF(max(5.0, font.pointSizeF() * max(room, 6) / 18))
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        line = metrics.height()
        values = [float(b.total) for b in self._bars]
        values += [float(b.self_total) for b in self._bars if b.self_total is not None]
        values += [float(b.peer_mean_total) for b in self._bars if b.peer_mean_total is not None]
        low, high, step = axis_range(values)

        width, height = float(self.width()), float(self.height())
        label_width = min(
            max(metrics.horizontalAdvance(f"{b.rank}  {b.label}") for b in self._bars) + 8,
            width * 0.38,
        )
        value_width = metrics.horizontalAdvance("000,00") + 10
        legend_bottom = self._legend_places(metrics, width)[-1].y() + line
        plot = QRectF(
            label_width + 6,
            legend_bottom + 6,
            max(10.0, width - label_width - value_width - 12),
            max(10.0, height - legend_bottom - line - 20),
        )
        axis = _Axis(plot, low, high, step)
        x_of = axis.x
        self._paint_legend(painter, metrics, width)
        self._paint_axis(painter, metrics, axis)
        row_height = plot.height() / rows
        bar_height = max(2.0, min(row_height * 0.62, line * 1.3))
        for number, bar in enumerate(self._bars):
            middle = plot.top() + row_height * (number + 0.5)
            label_rect = QRectF(2, middle - row_height / 2, label_width, row_height)
            painter.setPen(TEXT)
            text = metrics.elidedText(
                f"{bar.rank}  {bar.label}", Qt.TextElideMode.ElideRight, label_width - 4
            )
            painter.drawText(
                label_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text
            )
            right = max(plot.left() + 1, x_of(bar.total))
            rect = QRectF(plot.left(), middle - bar_height / 2, right - plot.left(), bar_height)
            painter.fillRect(rect, BAR_MUTED if bar.muted else BAR)
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(plot.right() + 4, middle - line / 2, value_width - 6, line),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                rules.local_points(bar.total),
            )
            if bar.peer_mean_total is not None:
                x = x_of(bar.peer_mean_total)
                painter.setPen(QPen(PEERS, 2))
                painter.drawLine(
                    QPointF(x, middle - bar_height * 0.75), QPointF(x, middle + bar_height * 0.75)
                )
            if bar.self_total is not None:
                self._diamond(painter, QPointF(x_of(bar.self_total), middle), bar_height * 0.45)

    def _legend(self) -> tuple[tuple[str, str], ...]:
        return (
            (self.tr("Final total"), "bar"),
            (self.tr("Self-score total"), "self"),
            (self.tr("Peers' mean total"), "peers"),
        )

    def _legend_places(self, metrics: QFontMetricsF, width: float) -> list[QPointF]:
        """Where each legend entry starts: on as many lines as the width needs."""
        line = metrics.height()
        places: list[QPointF] = []
        x, y = 6.0, 4.0
        for text, _mark in self._legend():
            needed = line + 4 + metrics.horizontalAdvance(text)
            if places and x + needed > width:  # the next line rather than a cut word
                x, y = 6.0, y + line + 2
            places.append(QPointF(x, y))
            x += needed + 18
        return places

    def _paint_legend(self, painter: QPainter, metrics: QFontMetricsF, width: float) -> None:
        line = metrics.height()
        for (text, mark), place in zip(
            self._legend(), self._legend_places(metrics, width), strict=True
        ):
            x, y = place.x(), place.y()
            middle = y + line / 2
            if mark == "bar":
                painter.fillRect(QRectF(x, middle - line * 0.3, line, line * 0.6), BAR)
            elif mark == "self":
                self._diamond(painter, QPointF(x + line / 2, middle), line * 0.35)
            else:
                painter.setPen(QPen(PEERS, 2))
                painter.drawLine(QPointF(x + line / 2, y + 2), QPointF(x + line / 2, y + line - 2))
            painter.setPen(TEXT)
            painter.drawText(QPointF(x + line + 4, y + metrics.ascent()), text)

    def _paint_axis(self, painter: QPainter, metrics: QFontMetricsF, axis: _Axis) -> None:
        plot, step = axis.plot, axis.step
        decimals = 0 if step >= rules.SCALE else 2
        tick = axis.low
        while tick <= axis.high + step / 1000:
            x = axis.x(tick)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(TEXT)
            text = rules.local_points(round(tick), decimals)
            advance = metrics.horizontalAdvance(text)
            painter.drawText(QPointF(x - advance / 2, plot.bottom() + metrics.ascent() + 4), text)
            tick += step

    @staticmethod
    def _diamond(painter: QPainter, centre: QPointF, radius: float) -> None:
        points = QPolygonF(
            [
                QPointF(centre.x(), centre.y() - radius),
                QPointF(centre.x() + radius, centre.y()),
                QPointF(centre.x(), centre.y() + radius),
                QPointF(centre.x() - radius, centre.y()),
            ]
        )
        painter.setPen(QPen(QColor("#ffffff"), 1))
        painter.setBrush(SELF)
        painter.drawPolygon(points)
        painter.setBrush(Qt.BrushStyle.NoBrush)
