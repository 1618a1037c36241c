"""Every paper and file the program saves: where the dialog starts, and the word afterwards.

A save dialog starts in the user's Documents folder, then where the same kind of file went
last; once written, the program says where and offers to open the file (or its folder).
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

import emudesk.ui
from emudesk.ui.main_window import MainWindow
from emudesk.ui.registry import (
    CERTIFICATES,
    COMMITMENT,
    MEETINGS,
    RANKING,
    YEAR_OVERVIEW,
)
from tests.ui.conftest import Boxes, Opened, click, find_dialog, open_year_page, press


@dataclass(frozen=True)
class Save:
    what: str
    name: str  # the file name the dialog suggests
    run: Callable[[QtBot, MainWindow], Any]
    openable: bool = True

    def __str__(self) -> str:
        return self.what


def score_sheet(qtbot: QtBot, window: MainWindow) -> None:
    page = open_year_page(window, RANKING, "UBDT-C4", 2024)
    page.select_unit("BDT-PY")
    click(qtbot, page.ui.exportButton)


def calibration_grid(qtbot: QtBot, window: MainWindow) -> None:
    from emudesk.ui.dialogs.calibration import CalibrationDialog

    click(qtbot, open_year_page(window, CERTIFICATES, "UBDT-C4", 2024).ui.calibrateButton)
    dialog = find_dialog(qtbot, CalibrationDialog)
    click(qtbot, dialog.ui.gridButton)
    dialog.reject()


def handover(qtbot: QtBot, window: MainWindow) -> None:
    window.ui.actionHandoverExport.trigger()


def backup(qtbot: QtBot, window: MainWindow) -> None:
    window.ui.actionBackup.trigger()


SAVES = [
    Save(
        "commitment",
        "giao-uoc-VHTTDL-C4-2025.docx",
        press(COMMITMENT, "VHTTDL-C4", 2025, "printButton"),
    ),
    Save(
        "signing register",
        "ky-giao-uoc-VHTTDL-C4-2025.xlsx",
        press(COMMITMENT, "VHTTDL-C4", 2025, "registerButton"),
    ),
    Save(
        "minutes",
        "bien-ban-VHTTDL-C4-2025-01-17.docx",
        press(MEETINGS, "VHTTDL-C4", 2024, "minutesButton"),
    ),
    Save(
        "year summary",
        "tong-hop-UBDT-C4-2024.pdf",
        press(YEAR_OVERVIEW, "UBDT-C4", 2024, "summaryButton"),
    ),
    Save("score sheet", "bang-diem-BDT-PY-2024.pdf", score_sheet),
    Save("certificates", "bang-khen.pdf", press(CERTIFICATES, "UBDT-C4", 2024, "saveButton")),
    Save("calibration grid", "luoi-can-chinh.pdf", calibration_grid),
    Save("handover", "ban-giao-UBDT-C4.emudesk", handover, openable=False),
    Save("backup", "", backup, openable=False),
]


@pytest.mark.parametrize("save", SAVES, ids=str)
def test_a_save_starts_in_documents_then_the_last_folder_and_says_where(
    qtbot: QtBot,
    window: MainWindow,
    boxes: Boxes,
    opened: Opened,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    save: Save,
) -> None:
    offered: list[str] = []
    folder = tmp_path / "Giấy tờ cụm"
    folder.mkdir()

    def save_as(_parent: Any, _title: str, start: str, _filters: str) -> tuple[str, str]:
        offered.append(start)
        return str(folder / Path(start).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda _p, _t, _l, items, *a: (items[-1], True)
    )  # the handover's cluster: "UBDT-C4 — Cụm thi đua số 4 — Ủy ban Dân tộc"
    # WHEN the officer saves for the first time
    save.run(qtbot, window)
    # THEN the dialog started in her Documents folder, with a name that says what it is
    start = Path(offered[0])
    assert start.parent == opened.documents
    if save.name:
        assert start.name == save.name
    written = folder / start.name
    assert written.is_file() and written.stat().st_size > 0
    # AND she is told where it went, and may open it (or its folder) at once
    box = boxes.last
    assert str(written) in box.text
    assert box.choices[-2:] == ["Mở thư mục chứa tệp", "Đóng"]
    assert (box.choices[0] == "Mở") is save.openable
    assert opened.paths == [written if save.openable else folder]
    # WHEN she saves again THEN the dialog starts where the last one went
    boxes.answers = [len(box.choices) - 1] * 3  # close the notice this time
    save.run(qtbot, window)
    assert Path(offered[-1]).parent == folder


def test_the_handover_chooser_names_the_clusters(
    qtbot: QtBot, window: MainWindow, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[list[str]] = []
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda _p, _t, _l, items, *a: (shown.append(items), ("", False))[1]
    )
    window.ui.actionHandoverExport.trigger()
    assert shown == [
        [
            "VHTTDL-C4 — Cụm thi đua số 4 — Bộ Văn hóa, Thể thao và Du lịch",
            "UBDT-C4 — Cụm thi đua số 4 — Ủy ban Dân tộc",
        ]
    ]


def test_every_save_dialog_goes_through_saving() -> None:
    """Save dialogs elsewhere would start in the working folder and write silently. Choosing
    where a new database lives (first run, File › New database) is not saving a file."""
    package = Path(emudesk.ui.__file__).parent
    allowed = {"saving.py", "first_run.py", "database_actions.py"}
    found = []
    for path in sorted(package.rglob("*.py")):
        if "generated" in path.parts or path.name in allowed:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "getSaveFileName":
                found.append(f"{path.relative_to(package)}:{node.lineno}")
    assert not found, found
    source = (package / "database_actions.py").read_text(encoding="utf-8")
    assert source.count("getSaveFileName") == 1  # new_file only; the backup goes through saving
