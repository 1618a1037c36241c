"""``emudesk screenshot``: every main page, the scored year's pages and two dialogs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from emudesk.ui import translation
from emudesk.ui.screenshot import WINDOW_SIZE, render_pages

EXPECTED = [
    "01-clusters.png",
    "02-units.png",
    "03-issuers.png",
    "04-year-vhttdl-c4-2025.png",
    "05-commitment-vhttdl-c4-2025.png",
    "06-year-ubdt-c4-2025.png",
    "07-scoring-table-ubdt-c4-2024.png",
    "08-scores-ubdt-c4-2024-bdt-dlk.png",
    "09-ranking-ubdt-c4-2024.png",
    "10-proposals-ubdt-c4-2024.png",
    "11-meetings-ubdt-c4-2024.png",
    "12-certificates-ubdt-c4-2024.png",
    "13-dossier-ubdt-c4-2024.png",
    "14-settings.png",
    "15-about.png",
    "16-first-run.png",
    "17-year-dialog.png",
    "18-import-units.png",
    "19-guide.png",
    "20-empty-database.png",
]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_screenshots_of_every_page(
    qapp: object, demo_path: Path, tmp_path: Path, language: str
) -> None:
    out = tmp_path / "shots"
    written = render_pages(str(demo_path), out, language=language)
    assert [p.name for p in written] == EXPECTED
    for name in EXPECTED[:12] + EXPECTED[-1:]:  # the window on every page: 1024 × 768
        window_shot = QImage(str(out / name))
        assert (window_shot.width(), window_shot.height()) == (
            WINDOW_SIZE.width(),
            WINDOW_SIZE.height(),
        ), name
    for path in written:
        image = QImage(str(path))
        assert not image.isNull() and image.width() > 300
    assert translation.current() == "vi"  # the interface language is restored afterwards


def test_a_folder_that_cannot_be_made_is_a_clear_refusal(
    qapp: object, demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from emudesk.cli import EXIT_REFUSED, main

    # GIVEN an output "folder" inside a file WHEN screenshots are asked for there
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    code = main(["--db", str(demo_path), "screenshot", "--out", str(blocker / "shots")])
    # THEN the command refuses with the reason, and the language is as before
    err = capsys.readouterr().err
    assert code == EXIT_REFUSED and "Không ghi được" in err and "Traceback" not in err
    assert translation.current() == "vi"
