"""A build-time change to one of PyInstaller's bootstrap modules (build.spec applies it).

PyInstaller's archive reader (``pyimod01_archive.ZlibArchiveReader`` in 6.22) reads the
table of contents of the modules' archive with ``marshal.load(fp)`` straight from the file.
marshal then reads the table (95 kB for emudesk's 2,100 modules) a few bytes at a time
through Python's buffered file: 3.5 ms of CPU at every start of the bundle, more than the
rest of the bootloader's own work (bench/README.md, "bundled CLI"). Reading the table in
large blocks and unmarshalling the bytes gives the same dictionary in 0.4 ms. The bytes
after the table (the bundle's own table and trailer) are ignored, as ``marshal.loads``
ignores extra bytes; a table larger than the first block is read in growing blocks.

The change is made on a copy of the module in the build folder. When the installed
PyInstaller no longer has the line it replaces (another version), the build keeps
PyInstaller's module as it is and says so; tests/test_bundle_hooks.py checks that the pinned
version is changed and that both readers give the same table.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

MODULE = "pyimod01_archive"
ORIGINAL = "self.toc = dict(marshal.load(fp))"
CHANGED = "self.toc = dict(_emudesk_read_toc(fp))"
READER = '''

def _emudesk_read_toc(fp, block=262144):
    """The archive's table of contents, read in large blocks (emudesk's tools/pyi_bootstrap.py)."""
    data = fp.read(block)
    while True:
        try:
            return marshal.loads(data)  # bytes after the table are ignored
        except EOFError:
            more = fp.read(max(len(data), block))
            if not more:
                raise
            data += more
'''

BootstrapEntry = tuple[str, str, str]


def patched_source(source: str) -> str | None:
    """PyInstaller's ``pyimod01_archive`` source with the block reader, or None when the
    source does not have the line this change expects (exactly once)."""
    if source.count(ORIGINAL) != 1:
        return None
    return source.replace(ORIGINAL, CHANGED) + READER


def patch_bootstrap(
    original: Callable[[], list[BootstrapEntry]], folder: Path, say: Callable[[str], None]
) -> Callable[[], list[BootstrapEntry]]:
    """``original`` (PyInstaller's ``get_bootstrap_modules``), with the archive reader's
    module replaced by the changed copy written to ``folder``."""

    def bootstrap_modules() -> list[BootstrapEntry]:
        entries = []
        for name, source, kind in original():
            used = source
            if name == MODULE:
                changed = patched_source(Path(source).read_text(encoding="utf-8"))
                if changed is None:
                    say(f"{source}: not the expected PyInstaller module, used as it is")
                else:
                    folder.mkdir(parents=True, exist_ok=True)
                    target = folder / f"{MODULE}.py"
                    target.write_text(changed, encoding="utf-8")
                    used = str(target)
            entries.append((name, used, kind))
        return entries

    return bootstrap_modules


def column_positions_kept() -> bool:
    """Whether this Python compiles code objects with their column positions (the default).

    ``make bundle`` runs PyInstaller with PYTHONNODEBUGRANGES=1: the bundle's modules then
    carry line numbers but not the column ranges Python 3.11 adds for tracebacks' ``^^^``
    marks, which makes the archive 3.7 MB smaller (the bundle's size goal is 120 MB) and its
    modules quicker to load; a crash report still names every file and line."""
    probe = compile("x + 1", "<probe>", "eval")
    return any(position[2] is not None for position in probe.co_positions())
