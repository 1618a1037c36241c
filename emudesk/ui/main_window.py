"""The main window: navigation tree on the left, the chosen page on the right."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Slot
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QSizePolicy, QWidget

from emudesk.ui import early_view, keyboard, messages, package_actions, saving, settings_actions
from emudesk.ui.action_state import update_file_actions
from emudesk.ui.context import DataContext
from emudesk.ui.database_actions import DatabaseActions
from emudesk.ui.formatting import arg
from emudesk.ui.generated.ui_main_window import Ui_MainWindow
from emudesk.ui.navigation import NavigationModel, load_tree
from emudesk.ui.pages import register_builtin_pages
from emudesk.ui.pages.base import Page
from emudesk.ui.registry import CLUSTERS, ISSUERS, UNITS, PageRegistry, Scope, Target
from emudesk.ui.search import SearchBox
from emudesk.ui.settings import Settings

if TYPE_CHECKING:
    from emudesk.ui.dialogs.import_returns import ImportDialog
    from emudesk.ui.dialogs.list_import import ListImportDialog, ListKind
    from emudesk.ui.guide import GuideDialog


class MainWindow(QMainWindow):
    """Owns the pages (built on first use), keeps tree, page and status bar in step.

    Built in two steps so that the window paints before the database layer is even imported:
    ``__init__`` makes the frame (menus, toolbar, empty tree); ``attach`` gives it the open
    database and fills it. Pass ``context`` to do both at once.
    """

    def __init__(
        self,
        context: DataContext | None,
        settings: Settings,
        registry: PageRegistry | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context: DataContext | None = None
        self.settings = settings
        saving.remember_in(settings)  # save dialogs start where the same kind went last
        self.registry = registry or register_builtin_pages(PageRegistry())
        self.pages: dict[str, Page] = {}
        self.current: Target | None = None
        self._year_of: dict[UUID, int] = {}  # each cluster-year's UUID → its year
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([280, 1000])
        self.navigation = NavigationModel(self.registry, self, lambda: self.settings.role)
        self.ui.navTree.setModel(self.navigation)
        self.ui.navTree.selectionModel().currentChanged.connect(self._on_nav_current_changed)
        self.search = SearchBox(None, self)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.ui.mainToolBar.addWidget(spacer)
        self.ui.mainToolBar.addWidget(self.search)
        self.search.chosen.connect(self.go)
        self.database_label = QLabel(self)
        self.ui.statusbar.addPermanentWidget(self.database_label, 1)
        self._database: DatabaseActions | None = None
        self.import_dialog: ImportDialog | None = None
        self.setAcceptDrops(True)  # returned workbooks dropped on the window are imported
        # Ctrl+Tab leaves a table, F6 switches between the tree and the page
        self.focus_keys = keyboard.install(self, self.ui.navTree, self.current_page)
        package_actions.install(self)
        self._set_data_actions_enabled(False)
        self._show_database()
        if context is not None:
            self.attach(context)

    @property
    def context(self) -> DataContext:
        """The open database; only ``attach`` makes one (before it, nothing can ask for it)."""
        if self._context is None:
            raise RuntimeError("MainWindow.attach() has not been called yet")
        return self._context

    def current_context(self) -> DataContext | None:
        return self._context

    def set_context(self, context: DataContext | None) -> None:
        """For ``early_view`` only: the early read's context, or none once it is dropped."""
        self._context, self._year_of = context, {}

    @property
    def database(self) -> DatabaseActions:
        if self._database is None:
            raise RuntimeError("MainWindow.attach() has not been called yet")
        return self._database

    def attach(self, context: DataContext) -> None:
        """Show ``context``'s database: fill the tree, open the clusters page, enable actions."""
        early_view.drop(self)  # what the early read showed, if anything
        self._context = context
        self.search.context = context
        self._database = DatabaseActions(self, context, self.settings)
        context.changed.connect(self.refresh)
        context.replaced.connect(self._on_database_replaced)
        self._set_data_actions_enabled(True)
        self._show_database()
        self._fill_recent_menu()
        self._rebuild_navigation()
        self.go(Target(self.registry.start_page(self.settings.role)))

    def _set_data_actions_enabled(self, enabled: bool) -> None:
        """Menu actions that need an open database wait for ``attach``."""
        for action in (
            self.ui.actionBackup,
            self.ui.actionRestore,
            self.ui.actionCheckDatabase,
            self.ui.actionReload,
            self.ui.actionGoClusters,
            self.ui.actionGoUnits,
            self.ui.actionGoIssuers,
            self.ui.actionSettings,
            self.ui.actionOpenDatabase,
            self.ui.actionNewDatabase,
            self.ui.actionAbout,
            self.ui.actionFind,
            self.ui.actionImportReturns,
            self.ui.actionExportForms,
            self.ui.actionSendForms,
            self.ui.actionHandoverExport,
            self.ui.actionHandoverImport,
            self.ui.actionReceivePackage,
            self.ui.actionImportUnits,
            self.ui.actionImportTable,
        ):
            action.setEnabled(enabled)
        self.ui.menuRecent.setEnabled(enabled and bool(self.settings.recent_databases))
        self.search.setEnabled(enabled)

    # -- pages and navigation ------------------------------------------------------------

    def page(self, key: str) -> Page:
        """The page registered as ``key``, built the first time it is needed."""
        page = self.pages.get(key)
        if page is None:
            page = self.registry.get(key).factory(self.context, self.ui.pageStack)
            page.navigate.connect(self.go)
            self.ui.pageStack.addWidget(page)
            self.pages[key] = page
        return page

    def current_page(self) -> Page | None:
        widget = self.ui.pageStack.currentWidget()
        return widget if isinstance(widget, Page) else None

    @Slot(object)
    def go(self, target: Target) -> None:
        """Show ``target``'s page with its record selected, and the matching tree node."""
        page = self.page(target.page)
        if target.uuid is not None and self.registry.get(target.page).scope is Scope.YEAR:
            # the year being worked on: new units' names and new years default to it
            self.context.working_year = self._year_of.get(target.uuid)
        self.ui.pageStack.setCurrentWidget(page)
        self.current = target
        page.show_target(target)
        self._select_node(target)

    def _select_node(self, target: Target) -> None:
        index = self.navigation.find(target)
        selection = self.ui.navTree.selectionModel()
        selection.blockSignals(True)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        selection.blockSignals(False)
        if index.isValid():
            self.ui.navTree.scrollTo(index)

    def _on_nav_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        target = NavigationModel.target_of(current)
        if target is not None:
            self.go(target)

    def refresh_tree(self) -> None:
        self._rebuild_navigation()

    def _rebuild_navigation(self) -> None:
        tree = self.context.read_plain(load_tree)
        self._year_of = {uuid: year for node in tree for year, uuid in node.years}
        self.navigation.rebuild(tree)
        update_file_actions(self, tree)  # File entries that need a cluster or a year
        self.ui.navTree.expandToDepth(1)
        if self.current is not None:
            self._select_node(self.current)

    @Slot()
    def refresh(self) -> None:
        """After a change: rebuild the tree and reload the visible page (keeping selections).

        Hidden pages need nothing: ``go`` reloads a page each time it is shown.
        """
        self._rebuild_navigation()
        page = self.current_page()
        if page is not None:
            page.reload()

    def _on_database_replaced(self) -> None:
        self._show_database()
        self._fill_recent_menu()
        self.current = None
        self._rebuild_navigation()
        self.go(Target(self.registry.start_page(self.settings.role)))

    def _show_database(self) -> None:
        if self._context is None:
            self.database_label.setText(self.tr("Opening the database…"))
            self.setWindowTitle("emudesk")
            return
        name = self.context.db.display_name
        self.database_label.setText(arg(self.tr("Database: %1"), name))
        self.setWindowTitle(
            f"emudesk — {self.context.db.path.name if self.context.db.path else name}"
        )

    def _fill_recent_menu(self) -> None:
        menu = self.ui.menuRecent
        menu.clear()
        for target in self.settings.recent_databases:
            action = QAction(target, menu)
            action.triggered.connect(lambda _checked=False, t=target: self.database.open_target(t))
            menu.addAction(action)
        menu.setEnabled(bool(self.settings.recent_databases))
        self._fill_recent_files_menu()

    def _fill_recent_files_menu(self) -> None:
        """Received forms filled in and returns checked lately; choosing one reopens it."""
        menu = self.ui.menuRecentFiles
        menu.clear()
        for entry in self.settings.recent_files:
            path = Path(entry["path"])
            template = (
                self.tr("%1 — form to fill in")
                if entry["kind"] == "form"
                else self.tr("%1 — return to import")
            )
            action = QAction(arg(template, path.name), menu)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(
                lambda _checked=False, p=path, k=entry["kind"]: self.open_recent_file(p, k)
            )
            menu.addAction(action)
        menu.setEnabled(self._context is not None and bool(self.settings.recent_files))

    def remember_files(self, paths: Sequence[Path], kind: str) -> None:
        """Note workbooks just opened (forms to fill in, returns to import): one save."""
        for path in reversed(paths):  # the first given ends up first
            self.settings.add_recent_file(str(path), kind)
        self.settings.save()
        self._fill_recent_files_menu()

    def open_recent_file(self, path: Path, kind: str) -> None:
        if not path.is_file():
            messages.ask(
                self,
                messages.Icon.Warning,
                self.tr("Recent workbooks"),
                arg(self.tr("%1 is no longer there; it is taken off the list."), str(path)),
                [self.tr("OK")],
            )
            self.settings.forget_file(str(path))
            self.settings.save()
            self._fill_recent_files_menu()
            return
        if kind == "form":
            self.fill_form(path)
        else:
            self.import_files([path])

    # -- exchange with the member units ----------------------------------------------------

    def import_files(
        self, paths: Sequence[Path] = (), *, year_uuid: UUID | None = None
    ) -> ImportDialog:
        """Open the import dialog (once) and give it ``paths`` to check (for ``year_uuid``,
        when it is opened from a year's Returns page)."""
        from emudesk.ui.dialogs.import_returns import ImportDialog

        dialog = self.import_dialog
        if dialog is not None and dialog.isVisible() and year_uuid != dialog.year_uuid:
            dialog.year_uuid = year_uuid
            dialog.check()
        if dialog is None or not dialog.isVisible():
            dialog = ImportDialog(self.context, (), self, year_uuid=year_uuid)
            dialog.start_folder = lambda: self.settings.last_folder("return")
            dialog.files_added.connect(self._remember_returns)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(self._forget_import_dialog)
            self.import_dialog = dialog
            dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.add_files(paths)
        return dialog

    def _remember_returns(self, paths: list[Path]) -> None:
        self.remember_files(paths, "return")

    def _forget_import_dialog(self) -> None:
        self.import_dialog = None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from emudesk.ui.dialogs.import_returns import local_files

        if self._context is not None and local_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from emudesk.ui.dialogs.import_returns import local_files

        paths = local_files(event)
        if self._context is not None and paths:
            event.acceptProposedAction()
            self.import_files(paths)

    @Slot()
    def on_actionImportReturns_triggered(self) -> None:
        self.import_files()

    @Slot()
    def on_actionExportForms_triggered(self) -> None:
        from emudesk.ui.dialogs.export_forms import ExportFormsDialog

        current = self.current
        on_year = current is not None and self.registry.get(current.page).scope is Scope.YEAR
        year = current.uuid if on_year and current is not None else None
        dialog = ExportFormsDialog(self.context, year, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def on_actionSendForms_triggered(self) -> None:
        from emudesk.ui.dialogs.send_forms import SendFormsDialog

        current = self.current
        on_year = current is not None and self.registry.get(current.page).scope is Scope.YEAR
        year = current.uuid if on_year and current is not None else None
        dialog = SendFormsDialog(self.context, self.settings, year, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def on_actionFillForm_triggered(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a received scoring form"),
            self.settings.last_folder("form"),
            self.tr("Excel workbooks (*.xlsx);;All files (*)"),
        )
        if name:
            self.fill_form(Path(name))

    def fill_form(self, path: Path) -> None:
        """Open a received scoring form to fill in (and remember it among recent workbooks)."""
        from emudesk.ui.dialogs.member_form import open_received_form

        if open_received_form(self, path) is not None:
            self.remember_files([path], "form")

    def import_list(self, kind: ListKind) -> ListImportDialog:
        """Open the dialog that imports units or a scoring table from a workbook."""
        from emudesk.ui.dialogs.list_import import open_list_import

        current = self.current
        on_year = current is not None and self.registry.get(current.page).scope is Scope.YEAR
        return open_list_import(
            self,
            self.context,
            kind,
            year_uuid=current.uuid if on_year and current is not None else None,
            from_year=self.context.working_year or max(self._year_of.values(), default=0),
            start_folder=self.settings.last_folder("return"),
        )

    @Slot()
    def on_actionImportUnits_triggered(self) -> None:
        from emudesk.ui.dialogs.list_import import ListKind

        self.import_list(ListKind.UNITS)

    @Slot()
    def on_actionImportTable_triggered(self) -> None:
        from emudesk.ui.dialogs.list_import import ListKind

        self.import_list(ListKind.TABLE)

    @Slot()
    def on_actionHandoverExport_triggered(self) -> None:
        from emudesk.ui import handover_actions

        handover_actions.export_cluster(self, self.context)

    @Slot()
    def on_actionHandoverImport_triggered(self) -> None:
        from emudesk.ui import handover_actions

        handover_actions.import_file(self, self.context)

    # -- menu actions --------------------------------------------------------------------

    @Slot()
    def on_actionOpenDatabase_triggered(self) -> None:
        self.database.open_file()

    @Slot()
    def on_actionNewDatabase_triggered(self) -> None:
        self.database.new_file()

    @Slot()
    def on_actionBackup_triggered(self) -> None:
        self.database.backup()

    @Slot()
    def on_actionRestore_triggered(self) -> None:
        self.database.restore()

    @Slot()
    def on_actionQuit_triggered(self) -> None:
        self.close()

    @Slot()
    def on_actionGoClusters_triggered(self) -> None:
        self.go(Target(CLUSTERS))

    @Slot()
    def on_actionGoUnits_triggered(self) -> None:
        self.go(Target(UNITS))

    @Slot()
    def on_actionGoIssuers_triggered(self) -> None:
        self.go(Target(ISSUERS))

    @Slot()
    def on_actionFind_triggered(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    @Slot()
    def on_actionReload_triggered(self) -> None:
        self.refresh()

    @Slot()
    def on_actionSettings_triggered(self) -> None:
        settings_actions.open_dialog(self)

    def apply_settings(self, language: str, database: str, role: str | None = None) -> None:
        """Put the Settings dialog's choices into effect (``settings_actions.apply``)."""
        settings_actions.apply(self, language, database, role)

    @Slot()
    def on_actionCheckDatabase_triggered(self) -> None:
        self.database.check()

    @Slot()
    def on_actionUserGuide_triggered(self) -> None:
        self.show_guide()

    def show_guide(self) -> GuideDialog:
        """Open the user guide (once) at the section that explains the page shown."""
        from emudesk.ui import guide, translation

        language = translation.current() or self.settings.language
        return guide.show_guide(self, language, self.current.page if self.current else "")

    @Slot()
    def on_actionVerifySignature_triggered(self) -> None:
        from emudesk.ui import signing_actions

        signing_actions.verify_file(self)

    @Slot()
    def on_actionAbout_triggered(self) -> None:
        from emudesk.ui.dialogs.about import AboutDialog

        dialog = AboutDialog(self.context.db.display_name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- language ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.search.retranslate()
            self._show_database()
            if self._context is not None:
                self._rebuild_navigation()
        super().changeEvent(event)
