"""PyInstaller run-time hook of the bundle (build.spec): PyInstaller's own run-time hooks for
PySide6, inspect and pkgutil, with their work deferred until the program imports the module.

PyInstaller runs its run-time hooks before the program, whatever the command. Its PySide6
hook imports ``PySide6.QtCore`` (Qt Core and ICU loaded, about 75 ms of CPU) only to check
that Qt has an embedded ``qt.conf``; its inspect hook imports ``inspect`` and ``zipfile`` and
reads the directory of ``base_library.zip``; its pkgutil hook imports ``pkgutil``. The bundled
``emudesk --version`` or ``emudesk info`` use none of them, and paid for all of them (the
bundled command line was 1.3-1.8 times the virtualenv's). build.spec drops those three hooks
and runs this one instead: the environment variables the PySide6 hook sets are set here at
once (cheap), and each hook's work runs right after its module is first imported, before the
program sees the module. What each does is PyInstaller 6.22's, unchanged.
"""

from __future__ import annotations

import os
import sys

# typing and collections.abc only for the type checker: this hook runs before every command,
# and ``emudesk --version`` loads neither (emudesk/entry.py)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from types import ModuleType
    from typing import Any


class _Then:
    """A module's loader, followed by a callback once the module has run."""

    def __init__(self, loader: Any, callback: Callable[[ModuleType], None]) -> None:
        self.loader = loader
        self.callback = callback

    def create_module(self, spec: Any) -> ModuleType | None:
        module: ModuleType | None = self.loader.create_module(spec)
        return module

    def exec_module(self, module: ModuleType) -> None:
        # the module keeps its own loader (inspect and linecache ask it for the source)
        module.__loader__ = self.loader
        if module.__spec__ is not None:
            module.__spec__.loader = self.loader
        self.loader.exec_module(module)
        self.callback(module)


class _AfterImport:
    """A finder first on ``sys.meta_path`` that finds nothing itself: for the modules it
    watches, it asks the other finders and wraps the loader in :class:`_Then`."""

    def __init__(self) -> None:
        self.pending: dict[str, Callable[[ModuleType], None]] = {}

    def watch(self, name: str, callback: Callable[[ModuleType], None]) -> None:
        if name in sys.modules:  # already imported (by PyInstaller's bootstrap)
            callback(sys.modules[name])
            return
        self.pending[name] = callback
        if self not in sys.meta_path:
            sys.meta_path.insert(0, self)

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        callback = self.pending.pop(name, None)
        if callback is None:
            return None
        if not self.pending:
            sys.meta_path.remove(self)
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec: Any = finder.find_spec(name, path, target)
            if spec is not None:
                if spec.loader is not None:
                    spec.loader = _Then(spec.loader, callback)
                return spec
        return None

    def invalidate_caches(self) -> None:
        pass


def _qt_paths() -> str:
    """What PyInstaller's pyi_rth_pyside6 sets before anything runs: Qt's plug-in and QML
    folders (for Linux and Windows; the bundle is not a macOS .app). Returns Qt's prefix."""
    bundle = getattr(sys, "_MEIPASS", os.path.dirname(sys.executable))
    if sys.platform.startswith("win"):
        qt = os.path.join(bundle, "PySide6")
        os.environ["PATH"] = bundle + os.pathsep + os.environ.get("PATH", "")
    else:
        qt = os.path.join(bundle, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")
    os.environ["QML2_IMPORT_PATH"] = os.path.join(qt, "qml")
    return qt


def _after_qtcore(qt: str) -> Callable[[ModuleType], None]:
    def embed_qt_conf(_module: ModuleType) -> None:
        # the rest of pyi_rth_pyside6: Qt's prefix in an embedded qt.conf, unless the
        # PySide6 wheel embedded one already (it does; this is PyInstaller's safety net)
        from _pyi_rth_utils import qt as qt_rth_utils

        qt_rth_utils.ensure_single_qt_bindings_package("PySide6")
        qt_rth_utils.create_embedded_qt_conf("PySide6", qt)

    return embed_qt_conf


def _after_inspect(inspect: ModuleType) -> None:
    """pyi_rth_inspect: inspect.getsourcefile() resolving the relative file names PyInstaller
    gives the bundled code objects (PyInstaller issue 5963)."""
    import zipfile

    prefix = os.path.normpath(getattr(sys, "_MEIPASS", ""))
    base_library = os.path.join(prefix, "base_library.zip")
    if os.path.isfile(base_library):
        with zipfile.ZipFile(base_library, "r") as archive:
            base_library_files = {os.path.normpath(entry) for entry in archive.namelist()}
    else:
        base_library_files = set()
    original = inspect.getsourcefile

    def getsourcefile(object: Any) -> str | None:
        filename = os.path.normpath(inspect.getfile(object))
        if not os.path.isabs(filename):
            main_file = getattr(sys.modules["__main__"], "__file__", None)
            if main_file and filename == os.path.basename(main_file):
                return str(main_file)
            if filename + "c" in base_library_files:
                return os.path.normpath(os.path.join(base_library, filename + "c"))
            return os.path.normpath(os.path.join(prefix, filename))
        if filename.startswith(prefix):
            return filename
        result: str | None = original(object)
        return result

    inspect.getsourcefile = getsourcefile  # type: ignore[attr-defined]


def _after_pkgutil(pkgutil: ModuleType) -> None:
    """pyi_rth_pkgutil: pkgutil.iter_modules() listing the modules of PyInstaller's archive."""
    import pyimod02_importers  # PyInstaller's bootstrap

    def iter_frozen_modules(finder: Any, prefix: str = "") -> Any:
        node = pyimod02_importers.get_pyz_toc_tree()
        parts = finder._pyz_entry_prefix.split(".") if finder._pyz_entry_prefix else []
        for part in parts:
            node = node.get(part)
            if not isinstance(node, dict):  # no such path, or a module rather than a package
                node = {}
                break
        for entry_name, entry_data in node.items():
            yield prefix + entry_name, isinstance(entry_data, dict)
        if finder.fallback_finder is not None:
            yield from pkgutil.iter_importer_modules(finder.fallback_finder, prefix)

    pkgutil.iter_importer_modules.register(pyimod02_importers.PyiFrozenFinder, iter_frozen_modules)


def _install() -> None:
    after_import = _AfterImport()
    after_import.watch("PySide6.QtCore", _after_qtcore(_qt_paths()))
    after_import.watch("inspect", _after_inspect)
    after_import.watch("pkgutil", _after_pkgutil)


if getattr(sys, "frozen", False):  # the bundle (tests load this file to check its parts)
    _install()
