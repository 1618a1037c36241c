"""The user guide inside the program: F1 opens it offline at the section of the current page.

The guide is the Markdown of ``docs/guide.<language>.md`` with its screenshots, shown by a
``QTextBrowser`` (which reads Markdown and resolves the pictures next to the file). Its
sections are numbered the same in both languages, so each page names its section by number.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, QUrl, Slot
from PySide6.QtGui import QTextBlock, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from emudesk import paths
from emudesk.ui.formatting import arg
from emudesk.ui.generated.ui_guide_dialog import Ui_GuideDialog
from emudesk.ui.registry import (
    BOARD,
    CERTIFICATES,
    CLUSTERS,
    COMMITMENT,
    COUNCIL,
    DECISIONS,
    HISTORY,
    ISSUERS,
    MEETINGS,
    PROPOSALS,
    RANKING,
    RETURNS,
    SCORE_GRID,
    SCORING_TABLE,
    STATISTICS,
    UNITS,
    YEAR_OVERVIEW,
)
from emudesk.ui.widgets import fill_combo, find_data

SECTION_OF_PAGE = {
    CLUSTERS: 1,
    UNITS: 1,
    ISSUERS: 1,
    YEAR_OVERVIEW: 1,
    COMMITMENT: 2,
    SCORING_TABLE: 3,
    SCORE_GRID: 4,
    RETURNS: 4,
    RANKING: 5,
    MEETINGS: 6,
    PROPOSALS: 7,
    CERTIFICATES: 8,
    BOARD: 13,
    COUNCIL: 13,
    DECISIONS: 13,
    HISTORY: 13,
    STATISTICS: 13,
}
"""The guide's section (its "## N." heading) that explains each page."""

_NUMBERED = re.compile(r"(\d+)\.\s")
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")


def images_of(guide: Path) -> list[Path]:
    """The pictures a guide shows, as files next to it (for the bundle's self-test)."""
    text = guide.read_text(encoding="utf-8")
    return [guide.parent / link for link in IMAGE.findall(text)]


def show_guide(parent: QWidget, language: str, page: str) -> GuideDialog:
    """Show the guide (one window per ``parent``) at the section that explains ``page``."""
    guide = parent.findChild(GuideDialog)
    if guide is None:
        guide = GuideDialog(language, parent)
    guide.load(language)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    guide.show_section(SECTION_OF_PAGE.get(page, 0))
    return guide


class GuideDialog(QDialog):
    """Non-modal: the officer reads the guide beside the page it explains."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_GuideDialog()
        self.ui.setupUi(self)
        self.language = ""
        self.ui.browser.setOpenExternalLinks(True)
        self.ui.sectionCombo.activated.connect(self._on_section_chosen)
        close = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.clicked.connect(self.close)
        self.load(language)

    # -- the document -----------------------------------------------------------------------

    def load(self, language: str) -> None:
        """Show the guide in ``language`` (again only when the language changed)."""
        if language == self.language:
            return
        self.language = language
        path = paths.guide_file(language)
        if not path.is_file():
            missing = self.tr("The user guide is missing from this installation: %1")
            self.ui.browser.setPlainText(arg(missing, str(path)))
            return
        self.ui.browser.setSource(
            QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource
        )
        self._fit_images()
        choices = [(block.text(), number) for number, block in self.sections().items()]
        fill_combo(self.ui.sectionCombo, choices)

    def sections(self) -> dict[int, QTextBlock]:
        """The numbered second-level headings ("## 5. Ranking"), by number."""
        found: dict[int, QTextBlock] = {}
        block = self.ui.browser.document().begin()
        while block.isValid():
            match = _NUMBERED.match(block.text())
            if block.blockFormat().headingLevel() == 2 and match:
                found[int(match.group(1))] = block
            block = block.next()
        return found

    def show_section(self, number: int) -> None:
        """Scroll so that section ``number`` starts at the top of the view."""
        block = self.sections().get(number)
        if block is None:
            return
        layout = self.ui.browser.document().documentLayout()
        self.ui.browser.verticalScrollBar().setValue(int(layout.blockBoundingRect(block).top()))
        index = find_data(self.ui.sectionCombo, number)
        if index >= 0:
            self.ui.sectionCombo.setCurrentIndex(index)

    def current_section(self) -> int | None:
        """The section whose heading is the last one at or above the top of the view."""
        layout = self.ui.browser.document().documentLayout()
        top = self.ui.browser.verticalScrollBar().value()
        shown = None
        for number, block in self.sections().items():
            if layout.blockBoundingRect(block).top() <= top + 1:
                shown = number
        return shown

    @Slot(int)
    def _on_section_chosen(self, index: int) -> None:
        number = self.ui.sectionCombo.itemData(index)
        if isinstance(number, int):
            self.show_section(number)

    def _fit_images(self) -> None:
        """Pictures as wide as the view at most (screenshots are wider than a help window),
        and room below the end so that any section can be scrolled to the top."""
        from PySide6.QtGui import QImageReader, QTextCursor

        document = self.ui.browser.document()
        viewport = self.ui.browser.viewport()
        room = max(200, viewport.width() - 40)
        root = document.rootFrame()
        frame = root.frameFormat()
        frame.setBottomMargin(viewport.height())  # so the last sections too reach the top
        root.setFrameFormat(frame)
        folder = paths.guide_file(self.language).parent
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            piece = block.begin()
            while not piece.atEnd():
                fragment = piece.fragment()
                piece += 1
                if not fragment.charFormat().isImageFormat():
                    continue
                image = fragment.charFormat().toImageFormat()
                natural = QImageReader(str(folder / image.name())).size()
                if natural.width() <= 0:
                    continue
                width = min(natural.width(), room)
                if abs(image.width() - width) >= 1:
                    image.setWidth(width)
                    image.setHeight(natural.height() * width / natural.width())
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + 1, QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(image)
            block = block.next()

    # -- events -----------------------------------------------------------------------------

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self._fit_images()  # the view has its size now

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        section = self.current_section()
        self._fit_images()
        if section is not None:
            self.show_section(section)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
