"""One language on screen: every page and dialog, looked at text by text.

In Vietnamese no source text of the English catalogue may be left; in English no Vietnamese
may be left once the data (names of units, clusters, criteria, people… everything the
database stores) is taken out of each text.
"""

from __future__ import annotations

import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot

from emudesk import paths
from emudesk.model import EventKind
from emudesk.services.organisation import clusters, issuers, units, years
from emudesk.ui.dialogs.about import AboutDialog
from emudesk.ui.dialogs.cluster import ClusterDialog
from emudesk.ui.dialogs.event import EventDialog
from emudesk.ui.dialogs.issuer import IssuerDialog
from emudesk.ui.dialogs.merge_unit import MergeUnitDialog
from emudesk.ui.dialogs.proposal import HONORIFICS
from emudesk.ui.dialogs.settings import SettingsDialog
from emudesk.ui.dialogs.unit import UnitDialog
from emudesk.ui.dialogs.year import YearDialog
from emudesk.ui.main_window import MainWindow
from emudesk.ui.registry import (
    CERTIFICATES,
    COMMITMENT,
    DOSSIER,
    ISSUERS,
    MEETINGS,
    PROPOSALS,
    RANKING,
    RETURNS,
    SCORE_GRID,
    SCORING_TABLE,
    UNITS,
    YEAR_OVERVIEW,
    Target,
)
from emudesk.ui.translation import LANGUAGE_NAMES


def english_sources() -> set[str]:
    """Source texts whose Vietnamese differs (so seeing one on screen means it was missed)."""
    tree = ET.parse(paths.resources_dir() / "i18n" / "emudesk_vi.ts")
    found = set()
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        if source and source != (message.findtext("translation") or ""):
            found.add(source)
            found.add(source.replace("&", ""))
    return found


def texts(widget: QWidget) -> Iterator[str]:
    """Every text a person can read on ``widget`` and its children (tooltips included)."""
    yield widget.windowTitle()
    for child in [widget, *widget.findChildren(QWidget)]:
        yield child.toolTip()
        if isinstance(child, QLabel | QAbstractButton):
            yield child.text()
        elif isinstance(child, QGroupBox):
            yield child.title()
        elif isinstance(child, QLineEdit):
            yield child.placeholderText()
        elif isinstance(child, QComboBox):
            yield from (child.itemText(i) for i in range(child.count()))
        elif isinstance(child, QMenu):
            yield child.title()
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            if not isinstance(model, QAbstractListModel):  # list models have no columns
                for column in range(model.columnCount(QModelIndex())):
                    yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            for row in range(model.rowCount(QModelIndex())):
                for column in range(columns):
                    yield str(model.index(row, column).data() or "")
                    yield str(model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) or "")
    for action in widget.findChildren(QAction):
        yield action.text()
        yield action.toolTip()


VIETNAMESE_LETTERS = frozenset(
    "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)


def english(window: MainWindow) -> None:
    """Switch to English as the settings dialog does, and let every widget retranslate."""
    from PySide6.QtWidgets import QApplication

    from emudesk.ui import translation

    translation.install("en")
    QApplication.sendPostedEvents(None, 0)
    QApplication.processEvents()


def stored_texts(window: MainWindow) -> list[str]:
    """Every text the database stores and the certificate templates print, longest first:
    data, which stays as entered (and printed) whatever the interface language."""
    from sqlalchemy import String, Text, select

    from emudesk.model.base import Base

    found: set[str] = set()
    with window.context.db.session() as session:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, String | Text)]
            if not columns or "audit" in table.name:
                continue
            for row in session.execute(select(*columns)):
                found.update(v for v in row if isinstance(v, str) and len(v) > 1)

    def strings(value: object) -> Iterator[str]:
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict | list):
            for item in value.values() if isinstance(value, dict) else value:
                yield from strings(item)

    for template in (paths.resources_dir() / "certificates").glob("*.json"):  # printed words
        found.update(strings(json.loads(template.read_text(encoding="utf-8"))))
    from emudesk.services.papers.wording import DEFAULTS

    for blocks in DEFAULTS.values():  # the papers' built-in wording, printed in Vietnamese
        found.update(text for text in blocks.values() if len(text) > 1)
    found.update(HONORIFICS)  # offered for typing: the words printed before a person's name
    found.update(LANGUAGE_NAMES.values())  # each language is named in itself
    return sorted(found, key=len, reverse=True)


def vietnamese_left(widget: QWidget, data: list[str]) -> list[str]:
    """The texts on ``widget`` with Vietnamese in them once every stored text is taken out."""
    left = set()
    for text in set(texts(widget)):
        rest = " ".join(unicodedata.normalize("NFC", text).split())  # names wrap in charts
        if rest.startswith("e.g. "):  # an example of what to type: data, in Vietnamese
            continue
        for value in data:
            if value in rest:  # whole words only: "Bà" is data, "Bàn giao" is not
                rest = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", rest)
        if VIETNAMESE_LETTERS & set(rest.lower()):
            left.add(text)
    return sorted(left)


def english_left(widget: QWidget) -> list[str]:
    sources = english_sources()
    return sorted(
        {t for t in texts(widget) if t and (t in sources or t.replace("&", "") in sources)}
    )


@pytest.fixture
def looked_at(window: MainWindow, tmp_path: Path) -> list[QWidget]:
    """Every dialog, in Vietnamese."""
    return all_dialogs(window, tmp_path)


def all_dialogs(window: MainWindow, folder: Path) -> list[QWidget]:
    """Every dialog of the program, opened in the current language (on demo data)."""
    context = window.context
    cluster = context.read(clusters.get_cluster, "UBDT-C4")
    unit = next(u for u in context.read(units.list_units) if u.code == "BDT-DLK")
    year = context.read(years.get_year, "UBDT-C4", 2025)
    dialogs: list[QWidget] = [
        ClusterDialog(context, cluster, window),
        ClusterDialog(context, None, window),
        IssuerDialog(context, context.read(issuers.list_issuers)[0], window),
        UnitDialog(context, unit, 2025, window),
        UnitDialog(context, None, 2025, window),
        *(
            EventDialog(context, kind, unit, 2025, window)
            for kind in (EventKind.RENAME, EventKind.SPLIT, EventKind.JOIN, EventKind.LEAVE)
        ),
        EventDialog(
            context, EventKind.RENAME_ISSUER, context.read(issuers.list_issuers)[0], 2025, window
        ),
        MergeUnitDialog(context, unit, 2025, window),
        YearDialog.for_year(context, year, window),
        SettingsDialog(window.settings, context.db.display_name, window),
        AboutDialog(context.db.display_name, window),
        *paper_dialogs(window),
        *signing_dialogs(window),
        *scoring_dialogs(window),
        *cycle_dialogs(window),
        *certificate_and_exchange_dialogs(window, folder),
    ]
    return dialogs


def paper_dialogs(window: MainWindow) -> list[QWidget]:
    """The award catalogue's dialog (new and existing) and the papers' wording."""
    from emudesk.services.papers import catalogue
    from emudesk.ui.dialogs.award import AwardDialog
    from emudesk.ui.dialogs.wording import WordingDialog

    context = window.context
    issuer = next(i for i in context.read(issuers.list_issuers) if i.short_name == "UBDT")
    award = context.read(catalogue.list_awards, issuer.uuid)[1]
    year = context.read(years.get_year, "UBDT-C4", 2024)
    return [
        AwardDialog(context, issuer, None, window),
        AwardDialog(context, issuer, award, window),
        WordingDialog(context, year.uuid, "submission", window),
        WordingDialog(context, year.uuid, "report", window),
    ]


def signing_dialogs(window: MainWindow) -> list[QWidget]:
    from emudesk.signing import Token
    from emudesk.ui.dialogs.pin import PinDialog
    from emudesk.ui.dialogs.signature_settings import SignatureSettingsDialog

    token = Token("C:/Windows/System32/eps2003csp11.dll", "VNPT-CA", "Nguyen Van A")
    return [
        SignatureSettingsDialog(window),
        PinDialog(token, "", window),
        PinDialog(Token("C:/x.dll", "VNPT-CA"), "", window),
    ]


def cycle_dialogs(window: MainWindow) -> list[QWidget]:
    """The dialogs of the commitment, meetings, year and proposals pages."""
    from emudesk.services.cycle import commitments, meetings, proposals
    from emudesk.ui.dialogs.deadline import DeadlineDialog
    from emudesk.ui.dialogs.dossier import DossierDialog
    from emudesk.ui.dialogs.meeting import MeetingDialog, VoteDialog
    from emudesk.ui.dialogs.signature import SignatureDialog

    context = window.context
    commitment = context.read(commitments.require, "VHTTDL-C4", 2025)
    signed = commitment.signatures[0].unit.uuid
    year = context.read(years.get_year, "UBDT-C4", 2024)
    (meeting,) = context.read(meetings.list_meetings, year.uuid)
    proposal = context.read(proposals.list_proposals, year.uuid)[0]
    return [
        SignatureDialog(context, commitment, None, window),
        SignatureDialog(context, commitment, signed, window),
        MeetingDialog(context, year.uuid, None, window),
        MeetingDialog(context, year.uuid, meeting, window),
        VoteDialog(context, meeting, window),
        DeadlineDialog(context, year.uuid, window),
        DossierDialog(context, proposal.uuid, "Ban Dân tộc tỉnh Phú Yên", window),
    ]


def certificate_and_exchange_dialogs(window: MainWindow, folder: Path) -> list[QWidget]:
    """The certificate dialogs, the import and export dialogs, a member's scoring form, and
    the first-run assistant (for a head and for a member unit)."""
    from emudesk.exchange import member
    from emudesk.services.exchange import form_export
    from emudesk.ui.dialogs.calibration import CalibrationDialog
    from emudesk.ui.dialogs.certificate_register import RegisterDialog
    from emudesk.ui.dialogs.export_forms import ExportFormsDialog
    from emudesk.ui.dialogs.first_run import FirstRunDialog
    from emudesk.ui.dialogs.import_returns import ImportDialog
    from emudesk.ui.dialogs.list_import import ListImportDialog, ListKind
    from emudesk.ui.dialogs.member_form import MemberFormDialog
    from emudesk.ui.dialogs.send_forms import SendFormsDialog
    from emudesk.ui.dialogs.template_editor import TemplateEditorDialog

    context = window.context
    year = context.read(years.get_year, "UBDT-C4", 2025)
    forms = context.read(form_export.export_forms, year.uuid, folder)
    member_assistant = FirstRunDialog(window.settings, window)
    member_assistant.ui.memberRadio.click()
    return [
        CalibrationDialog("HP LaserJet P1102", window),
        RegisterDialog(context, window),
        TemplateEditorDialog(context, "giay-khen-giam-doc", window),
        ExportFormsDialog(context, year.uuid, window),
        SendFormsDialog(context, window.settings, year.uuid, parent=window),
        SendFormsDialog(context, window.settings, year.uuid, remind=True, parent=window),
        ImportDialog(context, (), window),
        ListImportDialog(context, ListKind.UNITS, parent=window),
        ListImportDialog(context, ListKind.TABLE, year_uuid=year.uuid, parent=window),
        MemberFormDialog(member.open_form(forms[0]), window),
        FirstRunDialog(window.settings, window),
        member_assistant,
    ]


def scoring_dialogs(window: MainWindow) -> list[QWidget]:
    """The dialogs of the scoring table, score grid, ranking and proposals pages."""
    from emudesk import rules
    from emudesk.services.cycle import proposals
    from emudesk.services.cycle.proposals import ProposalStatus
    from emudesk.services.scoring import tables
    from emudesk.ui.dialogs.criterion_params import CriterionParamsDialog
    from emudesk.ui.dialogs.explanations import ExplanationsDialog
    from emudesk.ui.dialogs.member_values import ExclusionsDialog, VotesDialog
    from emudesk.ui.dialogs.proposal import DecisionDialog, ProposalDialog
    from emudesk.ui.dialogs.regulation import RegulationDialog
    from emudesk.ui.dialogs.table_header import TableHeaderDialog
    from emudesk.ui.dialogs.unlock import UnlockDialog

    context = window.context
    year = context.read(years.get_year, "UBDT-C4", 2024)
    table = context.read(tables.get_table, year.uuid)
    assert table is not None
    counted = next(c for c in table.criteria if c.kind is rules.CriterionKind.PER_OCCURRENCE)
    measured = next(c for c in table.criteria if c.kind is rules.CriterionKind.QUANTITATIVE)
    proposal = context.read(proposals.list_proposals, year.uuid)[0]
    unit = year.members[0]
    return [
        TableHeaderDialog(context, year.uuid, year.year, table, window),
        TableHeaderDialog(context, year.uuid, year.year, None, window),
        CriterionParamsDialog(context, counted, window),
        CriterionParamsDialog(context, measured, window),
        UnlockDialog(context, year.uuid, "UBDT-C4 2024", window),
        ExplanationsDialog(context, year.uuid, unit, counted, members=year.members, parent=window),
        RegulationDialog(context, year.uuid, ["I", "II", "III"], window),
        ExclusionsDialog(context, year.uuid, window),
        VotesDialog(context, year.uuid, window),
        ProposalDialog(context, year.uuid, year.members, None, window),
        ProposalDialog(context, year.uuid, year.members, proposal, window),
        DecisionDialog(context, proposal, ProposalStatus.APPROVED, window),
        DecisionDialog(context, proposal, ProposalStatus.APPROVED, window, scores_locked=False),
        DecisionDialog(context, proposal, ProposalStatus.REJECTED, window),
    ]


# Each year page on a cluster-year where it has something to show.
YEAR_PAGES = {
    YEAR_OVERVIEW: ("VHTTDL-C4", 2025),
    SCORING_TABLE: ("UBDT-C4", 2024),
    SCORE_GRID: ("UBDT-C4", 2024),
    RANKING: ("UBDT-C4", 2024),
    PROPOSALS: ("UBDT-C4", 2024),
    COMMITMENT: ("VHTTDL-C4", 2025),
    MEETINGS: ("UBDT-C4", 2024),
    CERTIFICATES: ("UBDT-C4", 2024),
    RETURNS: ("UBDT-C4", 2025),
    DOSSIER: ("UBDT-C4", 2024),
}
PAGES = [
    "clusters",
    UNITS,
    ISSUERS,
    *YEAR_PAGES,
    f"{SCORING_TABLE}:2026",
    f"{COMMITMENT}:2024",
    f"{YEAR_OVERVIEW}:2024",
]


def show_page(window: MainWindow, target: str) -> None:
    uuid = None
    if target == f"{SCORING_TABLE}:2026":  # a year without a table: the copy offer
        info = window.context.read(years.get_year, "UBDT-C4", 2025)
        uuid = window.context.write(
            years.create_year, info.cluster_uuid, 2026, [m.uuid for m in info.members]
        ).uuid
        target = SCORING_TABLE
    elif target in (f"{COMMITMENT}:2024", f"{YEAR_OVERVIEW}:2024"):
        # no commitment yet; a deadline passed with papers missing
        uuid = window.context.read(years.get_year, "UBDT-C4", 2024).uuid
        target = target.split(":")[0]
    elif target in YEAR_PAGES:
        uuid = window.context.read(years.get_year, *YEAR_PAGES[target]).uuid
    window.go(Target(target, uuid))


@pytest.mark.parametrize("target", PAGES)
def test_no_english_on_the_pages(window: MainWindow, target: str) -> None:
    show_page(window, target)
    assert english_left(window) == []


@pytest.mark.parametrize("target", PAGES)
def test_no_vietnamese_on_the_pages_in_english(window: MainWindow, target: str) -> None:
    # GIVEN English chosen WHEN the page is opened THEN only stored data is Vietnamese
    english(window)
    data = stored_texts(window)
    show_page(window, target)
    assert vietnamese_left(window, data) == []


def test_no_english_in_the_dialogs(qtbot: QtBot, looked_at: list[QWidget]) -> None:
    for dialog in looked_at:
        assert english_left(dialog) == [], type(dialog).__name__
        dialog.deleteLater()


def test_no_vietnamese_in_the_dialogs_in_english(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # GIVEN English chosen WHEN every dialog is opened THEN only data is Vietnamese
    english(window)
    data = stored_texts(window)
    for dialog in all_dialogs(window, tmp_path):
        assert vietnamese_left(dialog, data) == [], type(dialog).__name__
        dialog.deleteLater()


def test_the_english_checker_sees_vietnamese_but_not_data(window: MainWindow) -> None:
    # GIVEN the English interface, a label left in Vietnamese and one showing a unit's name
    english(window)
    data = stored_texts(window)
    stray = QLabel("Đơn vị thành viên", window)
    named = QLabel("Unit: Ban Dân tộc tỉnh Phú Yên", window)
    # WHEN the window is looked at THEN only the untranslated label is named
    left = vietnamese_left(window, data)
    assert "Đơn vị thành viên" in left and named.text() not in left
    stray.deleteLater()
    named.deleteLater()


def test_the_checker_would_see_english(window: MainWindow) -> None:
    # GIVEN a label left in English WHEN the window is looked at THEN the checker names it
    stray = QLabel("Member units", window)
    assert "Member units" in english_left(window)
    stray.deleteLater()


def test_compiled_catalogues_exist() -> None:
    for language in ("vi", "en"):
        assert (Path(paths.resources_dir()) / "i18n" / f"emudesk_{language}.qm").stat().st_size > 0


@pytest.mark.parametrize("target", [SCORING_TABLE, SCORE_GRID, RANKING, PROPOSALS])
def test_the_scoring_pages_follow_a_language_switch(
    qtbot: QtBot, window: MainWindow, target: str
) -> None:
    from emudesk.ui import translation

    window.go(Target(target, window.context.read(years.get_year, "UBDT-C4", 2024).uuid))
    page = window.current_page()
    assert page is not None
    title = page.findChild(QLabel, "titleLabel")
    vietnamese = title.text()
    translation.install("en")  # widgets retranslate on the LanguageChange event
    qtbot.waitUntil(lambda: "year 2024" in title.text())
    translation.install("vi")
    qtbot.waitUntil(lambda: title.text() == vietnamese)
    assert english_left(window) == []


@pytest.mark.parametrize("language", ["vi", "en"])
def test_no_two_fields_of_a_dialog_share_an_alt_key(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, language: str
) -> None:
    # GIVEN every dialog in either language
    if language == "en":
        english(window)
    for dialog in all_dialogs(window, tmp_path):
        # THEN every Alt+letter reaches one field or button only
        shown = dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
        texts = [w.text() for w in shown if w.isVisibleTo(dialog)]
        texts += [g.title() for g in dialog.findChildren(QGroupBox) if g.isVisibleTo(dialog)]
        marked = [t for t in texts if "&" in t.replace("&&", "")]
        keys = [t[t.index("&") + 1].lower() for t in marked]
        assert len(keys) == len(set(keys)), (type(dialog).__name__, sorted(marked))
        dialog.deleteLater()


@pytest.mark.parametrize("language", ["vi", "en"])
def test_no_two_things_on_a_page_share_an_alt_key_with_each_other_or_the_menus(
    window: MainWindow, language: str
) -> None:
    # GIVEN every page in either language, with the menu bar above it
    if language == "en":
        english(window)
    menus = [action.text() for action in window.ui.menubar.actions()]
    for target in PAGES:
        show_page(window, target)
        page = window.current_page()
        assert page is not None
        shown = page.findChildren(QLabel) + page.findChildren(QAbstractButton)
        marked = [
            t
            for t in [w.text() for w in shown if w.isVisibleTo(page)] + menus
            if "&" in t.replace("&&", "")
        ]
        keys = [t[t.index("&") + 1].lower() for t in marked]
        # THEN each Alt+letter is typeable (ASCII) and reaches one thing only
        assert all(key.isascii() for key in keys), (target, sorted(marked))
        assert len(keys) == len(set(keys)), (target, " | ".join(sorted(marked)))
