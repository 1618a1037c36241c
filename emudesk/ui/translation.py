"""Install the interface language: our Qt Linguist catalogue, Qt's own, and the lower layers'.

Switching at run time removes the previous translators and installs the new ones; Qt then
sends ``QEvent.LanguageChange`` to every widget, and each controller re-runs its
``retranslateUi`` (see ``emudesk.ui.pages.base.Page.changeEvent``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from emudesk import i18n, paths

LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}
_LOCALES = {
    "vi": QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


class _State:
    translators: list[QTranslator] = []  # noqa: RUF012 - the installed ones, to remove later
    language = ""


def catalogue_file(language: str) -> str:
    """Our compiled catalogue for ``language`` (it may not exist in a fresh checkout)."""
    return str(paths.resources_dir() / "i18n" / f"emudesk_{language}.qm")


def install(language: str) -> str:
    """Make ``language`` the interface language; returns the language actually used."""
    if language not in i18n.LANGUAGES:
        language = i18n.DEFAULT_LANGUAGE
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before installing translations")
    for old in _State.translators:
        app.removeTranslator(old)
    _State.translators = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [
        (f"qtbase_{language}", qt_folder),
        (catalogue_file(language), ""),
    ]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder) if folder else translator.load(name):
            app.installTranslator(translator)
            _State.translators.append(translator)
    QLocale.setDefault(_LOCALES[language])
    i18n.set_language(language)
    _State.language = language
    return language


def current() -> str:
    """The installed interface language ("" before ``install``)."""
    return _State.language
