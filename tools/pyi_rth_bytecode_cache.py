r"""PyInstaller run-time hook of the bundle (build.spec): the modules PyInstaller's archive holds,
kept decompressed in a per-user cache, as Python keeps ``__pycache__`` beside a virtualenv's.

The bundle stores its Python modules in one compressed archive (PYZ, inside the executable)
and decompresses every module it imports on every run: zlib was 9-11 % of the CPU time of
the bundled ``emudesk info`` and the whole of its lag behind the virtualenv's. Storing the
modules uncompressed would add 23 MB to the bundle (its size goal is 120 MB); this cache
costs nothing in the bundle. The first run of a bundle writes each module it imports, as
PyInstaller's archive holds it decompressed (marshalled code), to
``<folder>/<executable's size and time>/<module>.pyc``; later runs read
that file instead of decompressing the archive's entry. Another build of the bundle has
another folder (the older ones are removed when it is made). Any failure (no home, a
read-only disk, a damaged file) falls back on the archive, which stays the reference.

``<folder>``: ``$EMUDESK_HOME/cache/bytecode`` when EMUDESK_HOME is set (tests and benches),
else ``%LOCALAPPDATA%\emudesk\cache\bytecode`` on Windows (beside the program's data,
docs/windows.md), ``$XDG_CACHE_HOME/emudesk/bytecode`` or ``~/.cache/emudesk/bytecode``
elsewhere. The files are the user's own, in the user's own folder, like the ``.pyc`` files
of a Python installed for that user.
"""

from __future__ import annotations

import marshal
import os
import sys
from types import CodeType

# typing and collections.abc only for the type checker: this hook runs before every command,
# and ``emudesk --version`` loads neither (emudesk/entry.py)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Mapping
    from typing import Any

SUFFIX = ".pyc"


def cache_root(environ: Mapping[str, str] = os.environ) -> str | None:
    """The folder under which each build of the bundle gets its own cache folder."""
    home = environ.get("EMUDESK_HOME")
    if home:
        return os.path.join(home, "cache", "bytecode")
    if sys.platform.startswith("win"):  # beside the program's data (docs/windows.md)
        local = environ.get("LOCALAPPDATA")
        if not local or not os.path.isabs(local):
            return None
        return os.path.join(local, "emudesk", "cache", "bytecode")
    base = environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(base):
        return None
    return os.path.join(base, "emudesk", "bytecode")


def build_key(archive_file: str) -> str:
    """Names one build of the bundle: the size and modification time of the file that holds
    the archive (a new build, or a copy with another time, is another cache)."""
    status = os.stat(archive_file)
    return f"{status.st_size:x}-{status.st_mtime_ns:x}"


class BytecodeCache:
    """``extract`` in front of PyInstaller's archive reader's own ``extract``."""

    def __init__(
        self,
        original: Callable[..., Any],
        toc: Mapping[str, tuple[int, int, int]],
        code_kinds: Collection[int],
        root: str,
        key: str,
    ) -> None:
        self.original = original
        self.toc = toc  # name -> (kind, offset, length), the archive's table of contents
        self.code_kinds = code_kinds  # the kinds of entry that hold a module's code
        self.root = root
        self.folder = os.path.join(root, key)
        self.writable = True
        self.ready = os.path.isdir(self.folder)

    def path(self, name: str) -> str:
        return os.path.join(self.folder, name + SUFFIX)

    def extract(self, name: str, raw: bool = False) -> Any:
        entry = self.toc.get(name)
        if raw or entry is None or entry[0] not in self.code_kinds:
            return self.original(name, raw)
        path = self.path(name)
        try:
            with open(path, "rb", buffering=0) as file:  # one read, no buffer object
                cached = marshal.loads(file.read())
            if type(cached) is CodeType:
                return cached
        except (OSError, EOFError, ValueError, TypeError):
            pass  # not cached yet, or damaged: the archive answers (and the file is rewritten)
        data = self.original(name, True)  # decompressed, not yet unmarshalled
        code = marshal.loads(data)
        self.store(path, data)
        return code

    def store(self, path: str, data: bytes) -> None:
        if not self.writable:
            return
        try:
            if not self.ready:
                self.make_folder()
            temporary = f"{path}.{os.getpid()}.tmp"
            with open(temporary, "wb") as file:
                file.write(data)
            os.replace(temporary, path)  # whole or absent, even with two runs at once
        except OSError:
            self.writable = False  # a read-only or full disk: the archive is enough

    def make_folder(self) -> None:
        import shutil

        os.makedirs(self.folder, exist_ok=True)
        self.ready = True
        for entry in os.listdir(self.root):  # other builds' caches
            if entry != os.path.basename(self.folder):
                shutil.rmtree(os.path.join(self.root, entry), ignore_errors=True)


def install() -> None:
    """Put the cache in front of the running bundle's archive reader (bundle only)."""
    if not getattr(sys, "frozen", False):
        return
    try:
        import pyimod01_archive  # PyInstaller's bootstrap
        import pyimod02_importers

        reader = pyimod02_importers.pyz_archive
        root = cache_root()
        if reader is None or root is None:
            return
        kinds = (pyimod01_archive.PYZ_ITEM_MODULE, pyimod01_archive.PYZ_ITEM_PKG)
        key = build_key(reader._filename)
        cache = BytecodeCache(reader.extract, reader.toc, kinds, root, key)
    except (ImportError, AttributeError, OSError):
        return  # another PyInstaller than 6.x, or no archive file: modules as they are
    reader.extract = cache.extract


install()
