"""The bundle's own PyInstaller run-time hooks (tools/pyi_rth_*.py, listed in build.spec):
PyInstaller's hooks deferred to the first import of their module, and the per-user cache of
the archive's modules. Both are loaded from their files; outside a bundle they install
nothing, so their parts are checked here one by one (`make bundle` runs `self-test` on the
real thing)."""

from __future__ import annotations

import importlib.util
import marshal
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load_hook(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"_emudesk_{name}", ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


deferred = _load_hook("pyi_rth_deferred")
cache_hook = _load_hook("pyi_rth_bytecode_cache")

MODULE, PACKAGE, NAMESPACE = 0, 1, 3


class FakeArchive:
    """PyInstaller's archive reader as the cache sees it: a table of contents and extract()."""

    def __init__(self) -> None:
        self.sources = {"alpha": "VALUE = 1", "beta.gamma": "VALUE = 2"}
        self.toc = {"alpha": (MODULE, 0, 1), "beta.gamma": (PACKAGE, 1, 1), "ns": (NAMESPACE, 0, 0)}
        self.calls: list[tuple[str, bool]] = []

    def extract(self, name: str, raw: bool = False) -> object:
        self.calls.append((name, raw))
        if self.toc[name][0] == NAMESPACE:
            return None
        data = marshal.dumps(compile(self.sources[name], name, "exec"))
        return data if raw else marshal.loads(data)


def _cache(archive: FakeArchive, root: Path, key: str = "k1") -> Any:
    return cache_hook.BytecodeCache(archive.extract, archive.toc, (MODULE, PACKAGE), str(root), key)


def _value(code: Any) -> object:
    namespace: dict[str, object] = {}
    exec(code, namespace)  # the test's own code objects
    return namespace["VALUE"]


def test_cache_writes_a_module_once_then_reads_it_without_the_archive(tmp_path: Path) -> None:
    archive = FakeArchive()
    # GIVEN an empty cache: the first run decompresses from the archive and keeps the module
    first = _cache(archive, tmp_path)
    assert _value(first.extract("alpha")) == 1
    assert (tmp_path / "k1" / "alpha.pyc").is_file()
    # WHEN another run of the same build imports it
    archive.calls.clear()
    second = _cache(archive, tmp_path)
    # THEN the cached file answers, the archive is not read
    assert _value(second.extract("alpha")) == 1
    assert _value(second.extract("beta.gamma")) == 2  # a package: cached on this run
    assert archive.calls == [("beta.gamma", True)]


def test_cache_leaves_raw_reads_and_namespace_packages_to_the_archive(tmp_path: Path) -> None:
    archive = FakeArchive()
    cache = _cache(archive, tmp_path)
    assert cache.extract("ns") is None
    assert isinstance(cache.extract("alpha", raw=True), bytes)
    assert archive.calls == [("ns", False), ("alpha", True)]
    assert not (tmp_path / "k1").exists()  # nothing written for either


def test_a_damaged_cached_module_is_read_again_from_the_archive(tmp_path: Path) -> None:
    archive = FakeArchive()
    _cache(archive, tmp_path).extract("alpha")
    (tmp_path / "k1" / "alpha.pyc").write_bytes(b"\xe3 truncated")
    assert _value(_cache(archive, tmp_path).extract("alpha")) == 1
    assert marshal.loads((tmp_path / "k1" / "alpha.pyc").read_bytes())  # rewritten whole
    # a file that unmarshals to something other than code is damaged too
    (tmp_path / "k1" / "alpha.pyc").write_bytes(marshal.dumps(42))
    assert _value(_cache(archive, tmp_path).extract("alpha")) == 1


def test_an_unwritable_cache_still_gives_the_modules(tmp_path: Path) -> None:
    archive = FakeArchive()
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = _cache(archive, blocker)  # its folder cannot be made
    assert _value(cache.extract("alpha")) == 1
    assert _value(cache.extract("beta.gamma")) == 2
    assert cache.writable is False


def test_a_new_build_replaces_the_older_builds_caches(tmp_path: Path) -> None:
    archive = FakeArchive()
    _cache(archive, tmp_path, "old").extract("alpha")
    _cache(archive, tmp_path, "new").extract("alpha")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["new"]


def test_build_key_changes_with_the_archive_file(tmp_path: Path) -> None:
    archive_file = tmp_path / "emudesk"
    archive_file.write_bytes(b"x" * 10)
    key = cache_hook.build_key(str(archive_file))
    archive_file.write_bytes(b"x" * 11)
    assert cache_hook.build_key(str(archive_file)) != key


def test_cache_root_follows_emudesk_home_then_the_platform(tmp_path: Path) -> None:
    home = str(tmp_path)
    assert cache_hook.cache_root({"EMUDESK_HOME": home}) == str(tmp_path / "cache" / "bytecode")
    if sys.platform.startswith("win"):
        assert cache_hook.cache_root({"LOCALAPPDATA": home}) == str(
            tmp_path / "emudesk" / "cache" / "bytecode"
        )
    else:
        assert cache_hook.cache_root({"XDG_CACHE_HOME": home}) == str(
            tmp_path / "emudesk" / "bytecode"
        )
        assert cache_hook.cache_root({"XDG_CACHE_HOME": "relative"}) is None


def test_the_hooks_install_nothing_outside_a_bundle() -> None:
    assert not getattr(sys, "frozen", False)
    assert not any(type(finder).__name__ == "_AfterImport" for finder in sys.meta_path)


def test_a_deferred_hook_runs_once_right_after_its_module_is_first_imported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "emudesk_probe_module.py").write_text("VALUE = 41\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    seen: list[int] = []

    def callback(module: Any) -> None:
        seen.append(module.VALUE)
        module.VALUE += 1  # the program sees the module as the hook left it

    after_import = deferred._AfterImport()
    try:
        after_import.watch("emudesk_probe_module", callback)
        assert after_import in sys.meta_path  # nothing imported yet
        import emudesk_probe_module

        assert seen == [41]
        assert getattr(emudesk_probe_module, "VALUE") == 42  # noqa: B009
        assert after_import not in sys.meta_path  # its last watched module: it leaves
        # the module keeps its own loader (inspect and linecache ask it for the source)
        assert type(emudesk_probe_module.__loader__).__name__ == "SourceFileLoader"
        assert emudesk_probe_module.__spec__.loader is emudesk_probe_module.__loader__
    finally:
        if after_import in sys.meta_path:
            sys.meta_path.remove(after_import)
        sys.modules.pop("emudesk_probe_module", None)


def test_a_deferred_hook_of_a_module_already_imported_runs_at_once() -> None:
    seen: list[str] = []
    deferred._AfterImport().watch("os", lambda module: seen.append(module.__name__))
    assert seen == ["os"]


def test_the_bundle_spec_runs_the_hooks_instead_of_pyinstallers() -> None:
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert '"tools" / "pyi_rth_deferred.py"' in spec
    assert '"tools" / "pyi_rth_bytecode_cache.py"' in spec
    assert '("pyi_rth_pyside6", "pyi_rth_inspect", "pyi_rth_pkgutil")' in spec


# PyInstaller's archive reader, changed at build time to read its table in blocks
# (tools/pyi_bootstrap.py)
bootstrap = _load_hook("pyi_bootstrap")


def _archive_reader_source() -> str:
    # PyInstaller comes with the bundle's extra: `make test` skips these, `make bundle` runs
    # them (CI runs both) before building with it
    pyinstaller = pytest.importorskip("PyInstaller")
    path = Path(str(pyinstaller.__file__)).parent / "loader" / "pyimod01_archive.py"
    return path.read_text(encoding="utf-8")


def _reader_module(source: str, name: str) -> ModuleType:
    module = ModuleType(name)
    exec(compile(source, name, "exec"), module.__dict__)  # PyInstaller's own module
    return module


def _write_archive(path: Path, entries: int, trailer: bytes, magic: bytes) -> dict[str, Any]:
    """A PYZ archive as PyInstaller lays it out inside the executable: header, entries, the
    table of contents, then whatever follows in the executable (its own table, trailer)."""
    import struct

    body = b"x" * 64
    toc = [(f"package{i // 50}.module{i}", (i % 2, 12 + (i % 64), 1)) for i in range(entries)]
    table = marshal.dumps(toc)
    path.write_bytes(b"PYZ\0" + magic + struct.pack("!i", 12 + len(body)) + body + table + trailer)
    return dict(toc)


@pytest.mark.parametrize("entries", [0, 2100, 30000])  # 30,000 entries: more than one block
def test_the_changed_reader_reads_the_same_table(tmp_path: Path, entries: int) -> None:
    source = _archive_reader_source()
    changed = bootstrap.patched_source(source)
    assert changed is not None, "the pinned PyInstaller's reader is no longer the expected one"
    original = _reader_module(source, "_original_archive_reader")
    patched = _reader_module(changed, "_patched_archive_reader")
    archive = tmp_path / "emudesk"
    expected = _write_archive(
        archive,
        entries,
        trailer=b"MEI\014\013\012\013\016" * 500,
        magic=original.PYTHON_MAGIC_NUMBER,
    )
    if entries == 30000:
        assert archive.stat().st_size > 2 * 262144
    read_before = original.ZlibArchiveReader(str(archive), check_pymagic=True).toc
    read_after = patched.ZlibArchiveReader(str(archive), check_pymagic=True).toc
    assert read_after == read_before == expected


def test_a_cut_table_is_refused_as_before(tmp_path: Path) -> None:
    changed = bootstrap.patched_source(_archive_reader_source())
    assert changed is not None
    patched = _reader_module(changed, "_patched_archive_reader")
    archive = tmp_path / "emudesk"
    _write_archive(archive, 30000, trailer=b"", magic=patched.PYTHON_MAGIC_NUMBER)
    whole = archive.read_bytes()
    archive.write_bytes(whole[: len(whole) - 1000])
    with pytest.raises(EOFError):
        patched.ZlibArchiveReader(str(archive))


def test_the_build_uses_the_changed_reader_or_says_why_not(tmp_path: Path) -> None:
    reader = tmp_path / "pyimod01_archive.py"
    reader.write_text(_archive_reader_source(), encoding="utf-8")
    other = tmp_path / "pyimod02_importers.py"
    other.write_text("", encoding="utf-8")
    said: list[str] = []

    def original() -> list[tuple[str, str, str]]:
        return [
            ("pyimod01_archive", str(reader), "PYMODULE"),
            ("pyimod02_importers", str(other), "PYMODULE"),
        ]

    modules = bootstrap.patch_bootstrap(original, tmp_path / "build", said.append)()
    assert modules[0] == (
        "pyimod01_archive",
        str(tmp_path / "build" / "pyimod01_archive.py"),
        "PYMODULE",
    )
    assert "_emudesk_read_toc(fp)" in Path(modules[0][1]).read_text(encoding="utf-8")
    assert modules[1] == original()[1]
    assert said == []

    reader.write_text("self.toc = {}  # another PyInstaller\n", encoding="utf-8")
    assert bootstrap.patch_bootstrap(original, tmp_path / "other", said.append)() == original()
    assert said == [f"{reader}: not the expected PyInstaller module, used as it is"]


def test_the_bundle_spec_changes_the_reader() -> None:
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert "pyinstaller_api.get_bootstrap_modules = patch_bootstrap(" in spec


@pytest.mark.parametrize(("value", "kept"), [(None, True), ("1", False)])
def test_the_build_knows_whether_column_positions_are_kept(value: str | None, kept: bool) -> None:
    import os
    import subprocess

    env = {k: v for k, v in os.environ.items() if k != "PYTHONNODEBUGRANGES"}
    if value is not None:
        env["PYTHONNODEBUGRANGES"] = value
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); from pyi_bootstrap import "
        "column_positions_kept; print(column_positions_kept())"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, str(ROOT / "tools")],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=60,
    )
    assert run.stdout.strip() == str(kept)
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "PYTHONNODEBUGRANGES=1 $(BIN)/pyinstaller" in makefile


def test_the_last_hook_freezes_what_exists_in_a_bundle_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import gc

    freeze_hook = _load_hook("pyi_rth_freeze")  # outside a bundle: nothing frozen
    before = gc.get_freeze_count()
    freeze_hook.freeze()
    assert gc.get_freeze_count() == before
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    try:
        freeze_hook.freeze()
        assert gc.get_freeze_count() > before
    finally:
        gc.unfreeze()
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    hooks = spec[spec.index("runtime_hooks=[") : spec.index("],", spec.index("runtime_hooks=["))]
    assert (
        hooks.rstrip()
        .splitlines()[-1]
        .strip()
        .startswith('str(ROOT / "tools" / "pyi_rth_freeze.py")')
    )
