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
from tests.ui.conftest import Boxes, Opened


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


def test_a_scan_from_a_handover_opens_only_as_a_safe_file_in_the_private_folder(
    qtbot: QtBot, window: MainWindow, boxes: Boxes, opened: Opened, tmp_path: Path
) -> None:
    from sqlalchemy import update

    from emudesk.model import Attachment
    from emudesk.ui.pages.commitment import CommitmentPage
    from emudesk.ui.registry import COMMITMENT
    from tests.handover import forge
    from tests.ui.conftest import click, open_year_page

    # GIVEN a handover file whose scanned signed copy is named to land in the Startup folder
    file = tmp_path / "ban-giao.emudesk"
    handover_actions.write_export(window, window.context, "VHTTDL-C4", file)
    startup = "..\\..\\AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs\\Startup\\run.bat"
    hostile = forge.write(
        forge.with_scan(forge.members_of(file), forge.PDF, startup), tmp_path / "scan.emudesk"
    )
    # WHEN the new head receives it
    other = DataContext(open_database(tmp_path / "new.sqlite", create=True))
    new_window = MainWindow(other, Settings(path=tmp_path / "s.json"))
    qtbot.addWidget(new_window)
    new_window.show()
    qtbot.waitExposed(new_window)
    boxes.answers = [0, 0]
    assert handover_actions.merge_file(new_window, other, hostile) is not None
    # AND views the signed copy on the commitment page
    page = open_year_page(new_window, COMMITMENT, "VHTTDL-C4", 2025)
    assert isinstance(page, CommitmentPage) and page.info is not None
    scanned = next(s.unit.uuid for s in page.info.signatures if s.scan_uuid is not None)
    row = next(i for i, r in enumerate(page.signatures.rows) if r[0].uuid == scanned)
    page.ui.signaturesView.selectRow(row)
    opened.paths.clear()
    click(qtbot, page.ui.viewScanButton)
    # THEN only a PDF with a plain name is written, inside the page's private folder
    folder = Path(page._folder.name).resolve()
    assert [p.resolve().parent for p in opened.paths] == [folder]
    assert opened.paths[-1].name == "run.bat.pdf"
    assert opened.paths[-1].read_bytes() == forge.PDF
    # AND a file that an older emudesk took unchecked (a .bat under a climbing name) is
    # refused by name, nothing written or opened
    with other.db.session() as session, session.begin():
        session.execute(
            update(Attachment).values(file_name="../../../evil.bat", data=b"@echo off\r\n")
        )
    click(qtbot, page.ui.viewScanButton)
    assert len(opened.paths) == 1 and "evil.bat" in boxes.last.text
    assert not list(tmp_path.rglob("evil.bat*"))
    new_window.close()
    other.close()


def test_conflicts_are_listed_readably_and_chosen_one_by_one(
    qtbot: QtBot, window: MainWindow, boxes: Boxes, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select, update

    from emudesk.model import Cluster, ClusterYear, Criterion, Score, ScoringTable
    from emudesk.ui.dialogs.handover_conflicts import HandoverConflictsDialog
    from tests.ui.conftest import press_ok

    # GIVEN the handover file of UBDT-C4, and two of its 2024 scores corrected here since
    file = tmp_path / "ban-giao.emudesk"
    handover_actions.write_export(window, window.context, "UBDT-C4", file)
    with window.context.db.session() as session, session.begin():
        scores = session.scalars(
            select(Score)
            .join(Criterion, Score.criterion_id == Criterion.id)
            .join(ScoringTable, Criterion.table_id == ScoringTable.id)
            .join(ClusterYear, ScoringTable.cluster_year_id == ClusterYear.id)
            .join(Cluster, ClusterYear.cluster_id == Cluster.id)
            .where(Cluster.code == "UBDT-C4", ClusterYear.year == 2024, Score.value > 100)
            .order_by(Score.id)
            .limit(2)
        ).all()
        before = {s.id: s.value for s in scores}
        for score in scores:
            session.execute(
                update(Score).where(Score.id == score.id).values(value=score.value - 50)
            )
    seen: dict[str, object] = {}

    def choose(dialog: HandoverConflictsDialog) -> None:
        table = dialog.ui.tableWidget
        seen["rows"] = [
            [table.item(r, c).text() for c in range(1, 4)] for r in range(table.rowCount())
        ]
        dialog.check(0)  # take the file's version of the first score only
        press_ok(qtbot, dialog)

    # WHEN the officer receives it again, ticks the first record and presses OK
    boxes.answers = [0]  # accept the unsigned file
    poll = QTimer()
    poll.setInterval(50)
    ticks = [0]

    def look() -> None:  # the dialog runs its own event loop: act when it shows
        ticks[0] += 1
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, HandoverConflictsDialog) and w.isVisible()]  # fmt: skip
        if shown:
            poll.stop()
            try:
                choose(shown[-1])
            finally:
                if shown[-1].isVisible():  # a failed check must not leave it waiting
                    shown[-1].reject()
        elif ticks[0] > 400:  # 20 s: give up rather than hang
            poll.stop()

    poll.timeout.connect(look)
    poll.start()
    plan = handover_actions.merge_file(window, window.context, file)
    # THEN each conflict read as a person reads it, no UUID
    rows = seen["rows"]
    assert isinstance(rows, list) and len(rows) == 2
    for record, mine, theirs in rows:
        assert record.startswith("UBDT-C4 2024 · điểm · ") and "chấm bởi" in record
        assert mine.startswith("điểm ") and theirs.startswith("điểm ") and mine != theirs
        assert "-" * 4 not in record
    # AND the first score is the file's, the second kept as corrected here
    assert plan is not None and boxes.last.title == "Đã nhận bàn giao"
    with window.context.db.session() as session:
        now = {i: session.get(Score, i).value for i in before}  # type: ignore[union-attr]
    first, second = sorted(before)
    assert now == {first: before[first], second: before[second] - 50}
