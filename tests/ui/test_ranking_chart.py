"""The hand-painted ranking chart: any size, any data, no error; and its axis."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from emudesk.ui.labels import short_names
from emudesk.ui.ranking_chart import BAR, ChartBar, RankingChart, axis_range, nice_step

BARS = [
    ChartBar("Đắk Lắk", "1", 9812, 10200, 9819),
    ChartBar("Phú Yên", "2", 9546, 9836, 9560),
    ChartBar("Kon Tum", "=7", 8448, None, 8459),
    ChartBar("Đắk Nông", "=7", 8448, 8925, None, muted=True),
]


@pytest.mark.parametrize("size", [(1, 1), (60, 40), (160, 100), (480, 320), (2400, 1400)])
@pytest.mark.parametrize("bars", [BARS, BARS[:1], []], ids=["four", "one", "none"])
def test_renders_at_every_size(qtbot: QtBot, size: tuple[int, int], bars: list[ChartBar]) -> None:
    chart = RankingChart()
    qtbot.addWidget(chart)
    chart.set_bars(bars)
    chart.setMinimumSize(1, 1)
    chart.resize(*size)
    image = chart.grab().toImage()
    assert not image.isNull()
    assert (image.width(), image.height()) == size


def test_the_bars_are_drawn(qtbot: QtBot) -> None:
    chart = RankingChart()
    qtbot.addWidget(chart)
    chart.set_bars(BARS)
    chart.resize(600, 300)
    image = chart.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, 600, 3) for y in range(0, 300, 3)}
    assert BAR.name() in colours
    assert QColor("#e07b00").name() in colours  # the self-score markers


def test_many_units_and_zero_totals(qtbot: QtBot) -> None:
    chart = RankingChart()
    qtbot.addWidget(chart)
    chart.set_bars([ChartBar(f"Đơn vị {i}", str(i), 0) for i in range(40)])
    chart.resize(300, 200)
    assert not chart.grab().toImage().isNull()


def test_axis_starts_at_zero_on_round_numbers() -> None:
    # GIVEN totals between 84,48 and 102 THEN the axis runs from 0 to 125 in steps of 25:
    # a bar's length is its value, so 95,5 against 99 is drawn as nearly equal
    low, high, step = axis_range([8448, 9812, 10200])
    assert (low, high, step) == (0, 12500, 2500)
    assert axis_range([9812, 9546]) == (0, 10000, 2000)
    assert axis_range([]) == (0.0, 100.0, 20.0)
    assert axis_range([0, 0]) == (0.0, 100.0, 20.0)
    assert axis_range([1, 2])[2] >= 1  # never finer than a hundredth
    low, high, step = axis_range([5000, 5000])
    assert low <= 5000 <= high and step > 0
    assert nice_step(7) == 2 and nice_step(0) == 1


def test_short_names_drop_the_shared_words() -> None:
    assert short_names(["Ban Dân tộc Đắk Lắk", "Ban Dân tộc Phú Yên"]) == ["Đắk Lắk", "Phú Yên"]
    assert short_names(["Sở VHTTDL Lạng Sơn", "Sở Văn hóa Cao Bằng"]) == [
        "VHTTDL Lạng Sơn",
        "Văn hóa Cao Bằng",
    ]
    assert short_names(["Ban A", "Ban"]) == ["Ban A", "Ban"]  # a name would be left empty
    assert short_names(["Ban Dân tộc Đắk Lắk"]) == ["Ban Dân tộc Đắk Lắk"]
