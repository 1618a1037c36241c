"""File > Hand over a cluster, and Receive a handover file, as the officers use them."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from emudesk.db import open_database
from emudesk.services.organisation import clusters, years
from emudesk.ui import handover_actions
from emudesk.ui.context import DataContext
from emudesk.ui.main_window import MainWindow
from emudesk.ui.settings import Settings
from tests.conftest import dump
from tests.ui.conftest import Boxes


def test_hand_over_and_receive_on_another_pc(
    qtbot: QtBot, window: MainWindow, boxes: Boxes, tmp_path: Path
) -> None:
    # GIVEN the old head writes the handover file of VHTTDL-C4
    file = tmp_path / "ban-giao.emudesk"
    assert handover_actions.write_export(window, window.context, "VHTTDL-C4", file) == file
    assert boxes.last.title == "Đã ghi tệp bàn giao"
    # WHEN the new head, on an empty database, receives it and confirms
    other = DataContext(open_database(tmp_path / "new.sqlite", create=True))
    new_window = MainWindow(other, Settings(path=tmp_path / "s.json"))
    qtbot.addWidget(new_window)
    boxes.answers = [0, 0]
    plan = handover_actions.merge_file(new_window, other, file)
    # THEN the cluster is there with its years
    assert plan is not None and sum(plan.new.values()) > 100
    assert [c.code for c in other.read(clusters.list_clusters)] == ["VHTTDL-C4"]
    assert [y.year for y in other.read(years.list_years, "VHTTDL-C4")] == [2025, 2024]
    assert boxes.last.title == "Đã nhận bàn giao"
    # AND receiving it again says there is nothing to merge, and changes nothing
    before = dump(other.db)
    handover_actions.merge_file(new_window, other, file)
    assert boxes.last.title == "Không có gì để nhập" and dump(other.db) == before
    # AND a file that is not a handover file is refused by name
    bogus = tmp_path / "thu.emudesk"
    bogus.write_bytes(b"hello")
    assert handover_actions.merge_file(new_window, other, bogus) is None
    assert "thu.emudesk" in boxes.last.text and dump(other.db) == before
    new_window.close()
    other.close()
