"""The hand-painted count chart: any size, any data, no error; segments in the legend's
colours; a whole-number axis."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from emudesk.ui.count_chart import PALETTE, CountBar, CountChart, count_step

BARS = [
    CountBar("Bằng khen của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc", (3, 5, 2), 12),
    CountBar("Cờ thi đua của Ủy ban Dân tộc", (1, 0, 1), 2),
    CountBar("Giấy khen", (0, 0, 0), 1),
]


@pytest.mark.parametrize("size", [(1, 1), (60, 40), (480, 320), (2400, 1400)])
@pytest.mark.parametrize("bars", [BARS, BARS[:1], []], ids=["three", "one", "none"])
def test_renders_at_every_size(qtbot: QtBot, size: tuple[int, int], bars: list[CountBar]) -> None:
    chart = CountChart()
    qtbot.addWidget(chart)
    chart.set_data(["2022", "2023", "2024"], bars, "Proposed")
    chart.setMinimumSize(1, 1)
    chart.resize(*size)
    image = chart.grab().toImage()
    assert (image.width(), image.height()) == size


def test_each_column_has_its_colour(qtbot: QtBot) -> None:
    chart = CountChart()
    qtbot.addWidget(chart)
    chart.set_data(["2022", "2023", "2024"], BARS, "Proposed")
    chart.resize(700, 300)
    image = chart.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, 700, 2) for y in range(0, 300, 2)}
    assert {c.name() for c in PALETTE[:3]} <= colours
    assert BARS[0].total == 10


def test_many_rows_and_many_columns(qtbot: QtBot) -> None:
    chart = CountChart()
    qtbot.addWidget(chart)
    legend = [str(year) for year in range(2000, 2025)]
    chart.set_data(legend, [CountBar(f"Đơn vị {i}", (1,) * 25, 30) for i in range(80)], "")
    chart.resize(300, 200)
    assert not chart.grab().toImage().isNull()


def test_the_axis_is_in_whole_round_steps() -> None:
    assert [count_step(n) for n in (1, 5, 6, 12, 40, 97, 1234)] == [1, 1, 2, 5, 10, 20, 500]
