"""The build tooling: generated forms are current, translations are complete, checkers bite.

The tools live in ``tools/`` (scripts, not a package), so they are loaded from their files.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load_tool(name: str) -> ModuleType:
    module_name = f"_emudesk_tools_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


build_forms = _load_tool("build_forms")
i18n = _load_tool("i18n")


# --- the project itself -------------------------------------------------------------------


def test_generated_forms_are_current() -> None:
    # GIVEN the committed forms/*.ui and emudesk/ui/generated/
    # WHEN every form is compiled again in memory
    problems = build_forms.find_problems(ROOT)
    # THEN the committed generated code is byte-identical (trivially so with no forms yet)
    assert not problems, "Generated forms are out of date; run `make ui`:\n" + "\n".join(
        str(p) for p in problems
    )


def test_translations_are_complete_and_consistent() -> None:
    vi_ts = i18n.ts_path("vi", ROOT)
    if not vi_ts.exists():
        pytest.fail(
            f"{vi_ts.relative_to(ROOT)} does not exist: Vietnamese is the default UI language "
            "and every GUI string needs a translation. Create it with `make i18n`, translate it "
            "in Qt Linguist (pyside6-linguist), then run `make i18n` again."
        )
    errors, _warnings = i18n.check(ROOT)
    assert not errors, "Translation problems (see tools/i18n.py):\n" + "\n".join(
        str(e) for e in errors
    )


# --- the checkers themselves, on synthetic projects ---------------------------------------

SYNTHETIC_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>RankingPage</name>
    <message>
        <source>Rank</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Unit %1 scored %L2</source>
        <translation>Đơn vị %1 đạt %2 điểm</translation>
    </message>
    <message>
        <source>Lock the ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>   </translation>
    </message>
    <message>
        <source>Score %1 of %2</source>
        <translation>Điểm %1 trên %3</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) ranked</source>
        <translation>
            <numerusform>đã xếp hạng các đơn vị</numerusform>
        </translation>
    </message>
    <message>
        <source>Old text</source>
        <translation type="vanished">Chữ cũ</translation>
    </message>
</context>
</TS>
"""


def _reasons(problems: list) -> dict[str, str]:
    return {p.source: p.reason for p in problems}


def test_checker_catches_unfinished_empty_and_placeholder_mismatches(tmp_path: Path) -> None:
    # GIVEN a Vietnamese .ts with one problem of each kind beside correct messages
    ts_file = tmp_path / "emudesk_vi.ts"
    ts_file.write_text(SYNTHETIC_TS, encoding="utf-8")

    # WHEN it is checked as a language that must be complete
    errors, warnings = i18n.check_file(ts_file, require_complete=True)

    # THEN each faulty message is named with its reason, and only those
    reasons = _reasons(errors)
    assert set(reasons) == {"Lock the ranking", "Cancel", "Score %1 of %2", "%n unit(s) ranked"}
    assert reasons["Lock the ranking"] == "unfinished translation"
    assert reasons["Cancel"] == "empty translation"
    assert "%2" in reasons["Score %1 of %2"] and "%3" in reasons["Score %1 of %2"]
    assert "%n" in reasons["%n unit(s) ranked"]
    assert all(e.context == "RankingPage" for e in errors)
    assert warnings == []


def test_checker_only_warns_about_untranslated_source_language(tmp_path: Path) -> None:
    ts_file = tmp_path / "emudesk_en.ts"
    ts_file.write_text(SYNTHETIC_TS, encoding="utf-8")

    errors, warnings = i18n.check_file(ts_file, require_complete=False)

    assert set(_reasons(errors)) == {"Score %1 of %2", "%n unit(s) ranked"}
    assert set(_reasons(warnings)) == {"Lock the ranking", "Cancel"}


def test_placeholders_treat_localised_markers_as_the_same() -> None:
    assert i18n.placeholders("%L1 of %2, %n, 100% done") == ["%1", "%2", "%n"]
    assert i18n.placeholders("no markers, 50 %") == []


def test_missing_ts_files_are_errors(tmp_path: Path) -> None:
    errors, _ = i18n.check(tmp_path, with_sources=False)
    assert {e.file for e in errors} == {
        "resources/i18n/emudesk_vi.ts",
        "resources/i18n/emudesk_en.ts",
    }
    assert all("missing" in e.reason for e in errors)


PAGE_PY = """from PySide6.QtWidgets import QWidget


class ScoresPage(QWidget):
    def title(self) -> str:
        return self.tr("Scores of %1")
"""


def test_update_then_check_round_trip(tmp_path: Path) -> None:
    # GIVEN a tiny project with one translatable string
    page = tmp_path / "emudesk" / "ui" / "scores_page.py"
    page.parent.mkdir(parents=True)
    page.write_text(PAGE_PY, encoding="utf-8")

    # WHEN the .ts files are created
    i18n.update(tmp_path)
    vi_ts, en_ts = i18n.ts_path("vi", tmp_path), i18n.ts_path("en", tmp_path)

    # THEN English is filled from the source, Vietnamese waits for a translator
    assert "<translation>Scores of %1</translation>" in en_ts.read_text(encoding="utf-8")
    errors, _ = i18n.check(tmp_path)
    assert [(e.file, e.source, e.reason) for e in errors] == [
        ("emudesk_vi.ts", "Scores of %1", "unfinished translation")
    ]

    # WHEN a translator fills it in, THEN all is clean and a second update changes nothing
    vi_text = vi_ts.read_text(encoding="utf-8").replace(
        '<translation type="unfinished"></translation>', "<translation>Điểm của %1</translation>"
    )
    vi_ts.write_text(vi_text, encoding="utf-8")
    assert i18n.check(tmp_path) == ([], [])
    before = (vi_ts.read_bytes(), en_ts.read_bytes())
    i18n.update(tmp_path)
    assert (vi_ts.read_bytes(), en_ts.read_bytes()) == before

    # WHEN code gains a string nobody ran `make i18n` for, THEN the check names it
    page.write_text(PAGE_PY + '\n    def hint(self) -> str:\n        return self.tr("New")\n')
    errors, _ = i18n.check(tmp_path)
    assert {(e.file, e.source) for e in errors} == {
        ("emudesk_vi.ts", "New"),
        ("emudesk_en.ts", "New"),
    }
    assert all("in the sources but not here" in e.reason for e in errors)

    # AND the compiled English catalogue loads
    written = i18n.release(tmp_path)
    assert [p.name for p in written] == ["emudesk_vi.qm", "emudesk_en.qm"]
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(tmp_path / "resources" / "i18n" / "emudesk_en.qm"))


FORM_UI = """<?xml version="1.0" encoding="UTF-8"?>
<ui version="4.0">
 <class>AboutDialog</class>
 <widget class="QDialog" name="AboutDialog">
  <property name="windowTitle"><string>About emudesk</string></property>
  <layout class="QVBoxLayout" name="layout">
   <item><widget class="QLabel" name="versionLabel"><property name="text"><string>Version %1</string></property></widget></item>
  </layout>
 </widget>
 <resources/>
 <connections/>
</ui>
"""


def test_build_forms_is_byte_stable_and_check_detects_staleness(tmp_path: Path) -> None:
    # GIVEN a project with one form
    (tmp_path / "forms").mkdir()
    (tmp_path / "forms" / "about_dialog.ui").write_text(FORM_UI, encoding="utf-8")
    generated = tmp_path / "emudesk" / "ui" / "generated"
    assert [str(p) for p in build_forms.find_problems(tmp_path)] == [
        "emudesk/ui/generated/__init__.py: missing",
        "emudesk/ui/generated/ui_about_dialog.py: missing",
    ]

    # WHEN it is built twice
    first = build_forms.build(tmp_path)
    code = (generated / "ui_about_dialog.py").read_bytes()
    second = build_forms.build(tmp_path)

    # THEN the second build changes nothing and the header names no uic version
    assert len(first) == 2 and second == []
    assert (generated / "ui_about_dialog.py").read_bytes() == code
    assert b"class Ui_AboutDialog" in code and b"Compiler version" not in code
    assert build_forms.find_problems(tmp_path) == []

    # WHEN the generated code is edited by hand and a form's output is orphaned
    (generated / "ui_about_dialog.py").write_bytes(code + b"# hand edit\n")
    (generated / "ui_removed_form.py").write_text("", encoding="utf-8")

    # THEN the check names both
    reasons = {str(p.path.name): p.reason for p in build_forms.find_problems(tmp_path)}
    assert set(reasons) == {"ui_about_dialog.py", "ui_removed_form.py"}
    assert build_forms.main(["--check", "--root", str(tmp_path)]) == 1


def test_build_forms_with_no_forms_is_current(tmp_path: Path) -> None:
    assert build_forms.find_problems(tmp_path) == []


def test_fill_from_json_fills_only_its_context_and_escapes(tmp_path: Path) -> None:
    # GIVEN two pages with the same source text in different contexts
    page = tmp_path / "emudesk" / "ui" / "scores_page.py"
    page.parent.mkdir(parents=True)
    page.write_text(
        PAGE_PY
        + "\n\nclass OtherPage(QWidget):\n    def t(self) -> str:\n"
        + '        return self.tr("Scores of %1")\n\n    def u(self) -> str:\n'
        + '        return self.tr("A & B <C>")\n',
        encoding="utf-8",
    )
    i18n.update(tmp_path)
    vi_ts = i18n.ts_path("vi", tmp_path)

    # WHEN a JSON catalogue translates one context only
    filled = i18n.fill_from_json(
        vi_ts, {"OtherPage": {"Scores of %1": "Điểm của %1", "A & B <C>": "A và B <C>"}}
    )

    # THEN exactly those two are filled, escaped, and the other context still waits
    assert filled == 2
    text = vi_ts.read_text(encoding="utf-8")
    assert "<translation>A và B &lt;C&gt;</translation>" in text
    errors, _ = i18n.check(tmp_path)
    assert [(e.context, e.source) for e in errors] == [("ScoresPage", "Scores of %1")]


# --- the bundle's trimmed ICU data ----------------------------------------------------------


def _qt_icu_data() -> Path:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not found:
        pytest.skip("this PySide6 carries no ICU data library (not Linux)")
    return found[0]


def test_trimmed_icu_keeps_vietnamese_and_english_items_byte_for_byte() -> None:
    # GIVEN the ICU data library that PySide6's Qt loads
    trim_icu = _load_tool("trim_icu")
    library = _qt_icu_data().read_bytes()
    start, end = trim_icu.find_blob(library)
    original = dict(trim_icu.read_items(library[start:end]))
    # WHEN it is trimmed for the bundle
    trimmed, before, after = trim_icu.trim(library[start:end])
    items = trim_icu.read_items(trimmed)
    names = [name.decode() for name, _ in items]
    # THEN the kept items are the originals, in ICU's sorted (binary-searched) order, aligned
    assert (before, after) == (len(original), len(items))
    assert names == sorted(names, key=str.encode)
    assert all(original[name] == data for name, data in items)
    header = int.from_bytes(trimmed[:2], "little")
    for name, data in items:
        assert (trimmed.index(data, header) % trim_icu.ALIGN == 0) or len(data) == 0, name
    # AND Vietnamese and English locale data stay, other locales and code pages go
    short = {name.split("/", 1)[1] for name in names}
    assert {"root.res", "vi.res", "en.res", "coll/vi.res", "coll/ucadata.icu"} <= short
    assert {"uts46.nrm", "cnvalias.icu", "pool.res", "zone/pool.res", "zone/vi.res"} <= short
    indexes = {n.decode().split("/", 1)[1] for n in original if n.endswith(b"res_index.res")}
    dropped = {f"{tree}/res_index.res" for tree in trim_icu.DROP_TREES}
    kept = indexes - dropped
    assert len(kept) >= 3 and kept <= short  # each kept tree's list of installed locales
    # AND the trees Qt never opens go whole (Qt calls ucol_, ucnv_, ucal_, u_strTo* only)
    assert not [name for name in short if name.split("/")[0] in trim_icu.DROP_TREES]
    assert not {"fr.res", "coll/zh.res", "coll/de__PHONEBOOK.res"} & short
    assert not [name for name in short if name.endswith((".cnv", ".dict"))]
    assert len(trimmed) < (end - start) / 4


def test_trimmed_icu_library_exports_the_same_symbol(tmp_path: Path) -> None:
    # GIVEN the trimming tool and a C compiler
    trim_icu = _load_tool("trim_icu")
    source = _qt_icu_data()
    if not (shutil.which("cc") or shutil.which("gcc")):
        pytest.skip("no C compiler")
    # WHEN it builds the library
    built = trim_icu.build(source, tmp_path)
    # THEN the library has the original's name and symbol, and carries the trimmed package
    assert built.name == source.name
    library = built.read_bytes()
    start, _ = trim_icu.find_blob(library)
    original = source.read_bytes()
    expected, _, _ = trim_icu.trim(original[slice(*trim_icu.find_blob(original))])
    assert library[start : start + len(expected)] == expected
    symbol = re.search(rb"icudt\d+_dat", original)
    assert symbol is not None and symbol.group() in library


# --- make ---------------------------------------------------------------------------------


def _dry_run(target: str) -> list[str]:
    """What ``make TARGET`` would run, command by command (``make -n``: nothing is run)."""
    import os
    import subprocess

    environment = {k: v for k, v in os.environ.items() if k != "SKIP_SYSTEM_PACKAGES"}
    done = subprocess.run(
        ["make", "-n", target],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def _packages_checked(commands: list[str]) -> set[str]:
    line = next(c for c in commands if "ensure_system_packages.sh" in c)
    packages = line.split("submodule_search_locations[0])')\"", 1)[-1]
    return set(packages.split())


@pytest.mark.skipif(shutil.which("make") is None, reason="GNU make is not installed")
def _make_variable(name: str) -> set[str]:
    """The words of a ``NAME := …`` assignment in the Makefile (continuation lines joined)."""
    text = (ROOT / "Makefile").read_text(encoding="utf-8").replace("\\\n", " ")
    line = next(line for line in text.splitlines() if line.startswith(f"{name} :="))
    return set(line.split(":=", 1)[1].split())


def test_make_run_installs_the_qt_libraries_before_opening_the_window() -> None:
    # GIVEN a bare machine WHEN a developer types `make run`
    commands = _dry_run("run")
    # THEN the Debian packages are checked (and installed) before the window opens ...
    checked = next(i for i, c in enumerate(commands) if "ensure_system_packages.sh" in c)
    window = next(i for i, c in enumerate(commands) if c.rstrip().endswith("--db .dev/demo.sqlite"))
    assert checked < window
    # ... and they are every Qt library and xcb package that `make test` checks
    for_window = _packages_checked(commands)
    for_tests = _packages_checked(_dry_run("sysdeps"))
    tools = _make_variable("TOOL_PACKAGES")  # what only the tests use (LibreOffice, poppler…)
    qt_libraries = {p for p in for_tests - tools if p.startswith("lib") or p == "fontconfig"}
    assert qt_libraries <= for_window <= for_tests
    assert "libxcb-cursor0" in for_window and "libgl1" in for_window
