"""Maintain the Qt Linguist translations of the GUI (``resources/i18n/emudesk_<lang>.ts``).

Source strings in the code are English; Vietnamese is the default UI language.

- ``update``: ``pyside6-lupdate`` over ``forms/*.ui`` and ``emudesk/ui/**/*.py`` (not the
  generated forms, which repeat the .ui strings) into both .ts files, dropping obsolete
  entries. In the English file every unfinished plain message is filled with its source text,
  so English is a complete, identical translation; plural (``%n``) messages are left to a
  person, since English needs two forms.
- ``release``: ``pyside6-lrelease`` each .ts to the .qm beside it (unfinished entries left out).
- ``check``: fails, naming each message, on an unfinished or empty Vietnamese translation, on
  ``%1``/``%2``…/``%n`` placeholders that differ between source and translation (either file),
  on a missing .ts file, and on sources that hold messages the .ts files do not (``update``
  was not run).

- ``fill FILE.json...``: fill unfinished Vietnamese messages from ``{context: {source: text}}``
  files, so that new strings can be translated without editing the .ts file by hand. The
  context ``"gettext"`` fills the gettext catalogue (``emudesk.po``) instead: its sources are
  msgids (a plural entry's key is its singular msgid, its value a list of forms).

The gettext catalogue of the layers below the GUI is maintained by ``tools/po.py`` alongside:
``update``, ``release`` and ``check`` cover both.

Usage: python tools/i18n.py {update,release,check,fill} [--root DIR] [--no-sources] [FILE...]
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # tools/ is no package
import po

ROOT = Path(__file__).resolve().parent.parent
I18N_DIR = Path("resources/i18n")
SOURCE_LANGUAGE = "en"
LANGUAGES = ("vi", "en")
# Languages whose every message must be translated; the source language may fall back.
COMPLETE_LANGUAGES = ("vi",)
GENERATED_DIR = Path("emudesk/ui/generated")
# The key of a fill file's section for the gettext catalogue rather than a Qt context.
GETTEXT_CONTEXT = "gettext"

# QString::arg markers (%1 … %99, optionally localised as %L1) and the plural count %n / %Ln.
PLACEHOLDER = re.compile(r"%L?(\d{1,2}|n)")

_TOOL = "import sys; from PySide6.scripts import pyside_tool as t; sys.argv[0] = '{0}'; t.{0}()"


@dataclass(frozen=True)
class Problem:
    file: str
    context: str
    source: str
    reason: str

    def __str__(self) -> str:
        if not self.context and not self.source:
            return f"{self.file}: {self.reason}" if self.reason else self.file
        return f'{self.file}: [{self.context}] "{self.source}": {self.reason}'


def ts_path(language: str, root: Path = ROOT) -> Path:
    return root / I18N_DIR / f"emudesk_{language}.ts"


def source_files(root: Path = ROOT) -> list[Path]:
    """The files lupdate reads: every form and every hand-written module under emudesk/ui."""
    forms = sorted((root / "forms").glob("*.ui"))
    generated = root / GENERATED_DIR
    modules = sorted(
        p for p in (root / "emudesk" / "ui").rglob("*.py") if generated not in p.parents
    )
    return forms + modules


def _run_tool(tool: str, args: list[str], cwd: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _TOOL.format(tool), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"pyside6-{tool} failed:\n{proc.stdout}{proc.stderr}")


def run_lupdate(ts_file: Path, language: str, root: Path = ROOT) -> bool:
    """Merge the current source strings into ``ts_file``; False when there are no sources."""
    sources = source_files(root)
    if not sources:
        return False
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    args = [str(p.relative_to(root)) for p in sources]
    args += ["-ts", str(ts_file), "-no-obsolete", "-silent", "-locations", "relative"]
    args += ["-source-language", SOURCE_LANGUAGE, "-target-language", language]
    _run_tool("lupdate", args, cwd=root)
    return True


_MESSAGE = re.compile(r"<message>.*?</message>", re.DOTALL)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.DOTALL)
_UNFINISHED = re.compile(r'<translation type="unfinished"(?:/>|>.*?</translation>)', re.DOTALL)


def fill_from_source(ts_file: Path) -> int:
    """Give each unfinished plain message of ``ts_file`` its source text; return how many.

    Works on the raw text (the source is copied already escaped) so the file keeps exactly the
    layout lupdate writes and the next lupdate run changes nothing. Plural messages are
    ``<message numerus="yes">`` and so are not matched.
    """
    text = ts_file.read_text(encoding="utf-8")
    count = 0

    def fill(match: re.Match[str]) -> str:
        nonlocal count
        block = match.group(0)
        source = _SOURCE.search(block)
        if source is None or not _UNFINISHED.search(block):
            return block
        count += 1
        replacement = f"<translation>{source.group(1)}</translation>"
        return _UNFINISHED.sub(lambda _m: replacement, block, count=1)

    new_text = _MESSAGE.sub(fill, text)
    if new_text != text:
        ts_file.write_text(new_text, encoding="utf-8")
    return count


_CONTEXT = re.compile(r"<context>.*?</context>", re.DOTALL)
_CONTEXT_NAME = re.compile(r"<name>(.*?)</name>", re.DOTALL)


def fill_from_json(ts_file: Path, catalogue: dict[str, dict[str, str]]) -> int:
    """Fill unfinished plain messages of ``ts_file`` from ``{context: {source: translation}}``.

    Lets several people translate new strings in small JSON files without editing the .ts
    file at the same time; ``update`` first, so the messages exist. Returns how many it filled.
    """
    text = ts_file.read_text(encoding="utf-8")
    count = 0

    def fill_context(context_match: re.Match[str]) -> str:
        block = context_match.group(0)
        name = _CONTEXT_NAME.search(block)
        wanted = catalogue.get(html.unescape(name.group(1))) if name else None
        if not wanted:
            return block

        def fill(match: re.Match[str]) -> str:
            nonlocal count
            message = match.group(0)
            source = _SOURCE.search(message)
            if source is None or not _UNFINISHED.search(message):
                return message
            translation = wanted.get(html.unescape(source.group(1)))
            if not translation:
                return message
            count += 1
            escaped = html.escape(translation, quote=False)
            replacement = f"<translation>{escaped}</translation>"
            return _UNFINISHED.sub(lambda _m: replacement, message, count=1)

        return _MESSAGE.sub(fill, block)

    new_text = _CONTEXT.sub(fill_context, text)
    if new_text != text:
        ts_file.write_text(new_text, encoding="utf-8")
    return count


def update(root: Path = ROOT) -> None:
    for language in LANGUAGES:
        ts_file = ts_path(language, root)
        if not run_lupdate(ts_file, language, root):
            print("No translatable sources yet (forms/*.ui, emudesk/ui/**/*.py).")
            return
        filled = fill_from_source(ts_file) if language == SOURCE_LANGUAGE else 0
        note = f" ({filled} filled from source)" if filled else ""
        print(f"updated {ts_file.relative_to(root).as_posix()}{note}")


def release(root: Path = ROOT) -> list[Path]:
    """Compile every existing .ts to its .qm; return the .qm files written."""
    written = []
    for language in LANGUAGES:
        ts_file = ts_path(language, root)
        if not ts_file.exists():
            print(f"skipped {ts_file.relative_to(root).as_posix()}: missing", file=sys.stderr)
            continue
        qm_file = ts_file.with_suffix(".qm")
        _run_tool("lrelease", ["-nounfinished", "-silent", str(ts_file), "-qm", str(qm_file)], root)
        written.append(qm_file)
        print(f"compiled {qm_file.relative_to(root).as_posix()}")
    return written


def placeholders(text: str) -> list[str]:
    """The set of arg markers in ``text`` as a sorted list (``%L1`` counts as ``%1``)."""
    return sorted({f"%{m}" for m in PLACEHOLDER.findall(text)})


def _key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def read_messages(ts_file: Path) -> dict[tuple[str, str, str], ET.Element]:
    """Live messages of a .ts file by (context, source, comment); obsolete ones left out."""
    tree = ET.parse(ts_file)
    messages = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("obsolete", "vanished"):
                continue
            messages[_key(name, message)] = message
    return messages


def check_file(ts_file: Path, require_complete: bool) -> tuple[list[Problem], list[Problem]]:
    """(errors, warnings) of one .ts file.

    Placeholder mismatches are always errors; an unfinished or empty translation is an error
    when ``require_complete`` and a warning otherwise (the source language falls back to the
    source text, which is English already).
    """
    errors: list[Problem] = []
    warnings: list[Problem] = []
    for (context, source, _comment), message in read_messages(ts_file).items():
        translation = message.find("translation")
        if translation is None:
            errors.append(Problem(ts_file.name, context, source, "no <translation> element"))
            continue
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
        else:
            forms = [translation.text or ""]
        untranslated = None
        if translation.get("type") == "unfinished":
            untranslated = "unfinished translation"
        elif not forms or any(not form.strip() for form in forms):
            untranslated = "empty translation"
        if untranslated:
            (errors if require_complete else warnings).append(
                Problem(ts_file.name, context, source, untranslated)
            )
            continue  # nothing is shipped to compare placeholders with
        expected = placeholders(source)
        for index, form in enumerate(forms):
            found = placeholders(form)
            if found != expected:
                which = f"plural form {index + 1}" if len(forms) > 1 else "translation"
                reason = (
                    f"placeholders differ: source has {', '.join(expected) or 'none'}, "
                    f"{which} has {', '.join(found) or 'none'}"
                )
                errors.append(Problem(ts_file.name, context, source, reason))
    return errors, warnings


def check_sources(root: Path = ROOT) -> list[Problem]:
    """Messages in the sources but not in the .ts files, or the other way round."""
    problems = []
    with tempfile.TemporaryDirectory(prefix="emudesk-i18n-") as tmp:
        for language in LANGUAGES:
            ts_file = ts_path(language, root)
            if not ts_file.exists():
                continue
            fresh_file = Path(tmp) / ts_file.name
            shutil.copyfile(ts_file, fresh_file)
            if run_lupdate(fresh_file, language, root):
                fresh = set(read_messages(fresh_file))
            else:
                fresh = set()
            current = set(read_messages(ts_file))
            for context, source, _ in sorted(fresh - current):
                problems.append(
                    Problem(
                        ts_file.name,
                        context,
                        source,
                        "in the sources but not here (run `make i18n`)",
                    )
                )
            for context, source, _ in sorted(current - fresh):
                problems.append(
                    Problem(
                        ts_file.name, context, source, "no longer in the sources (run `make i18n`)"
                    )
                )
    return problems


def check(root: Path = ROOT, with_sources: bool = True) -> tuple[list[Problem], list[Problem]]:
    """Return (errors, warnings) for every .ts file; a missing .ts file is an error."""
    errors: list[Problem] = []
    warnings: list[Problem] = []
    parsed = True
    for language in LANGUAGES:
        ts_file = ts_path(language, root)
        if not ts_file.exists():
            reason = "missing; create it with `make i18n` (tools/i18n.py update)"
            errors.append(Problem(ts_file.relative_to(root).as_posix(), "", "", reason))
            continue
        try:
            file_errors, file_warnings = check_file(
                ts_file, require_complete=language in COMPLETE_LANGUAGES
            )
        except ET.ParseError as exc:
            errors.append(Problem(ts_file.name, "", "", f"not valid XML: {exc}"))
            parsed = False
            continue
        errors += file_errors
        warnings += file_warnings
    if with_sources and parsed:
        errors += check_sources(root)
    return errors, warnings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("command", choices=["update", "release", "check", "fill"])
    parser.add_argument(
        "files", nargs="*", type=Path, help="fill: JSON files {context: {source: Vietnamese}}"
    )
    parser.add_argument("--root", type=Path, default=ROOT, help="project root (default: here)")
    parser.add_argument(
        "--no-sources", action="store_true", help="check: skip comparing with the sources"
    )
    args = parser.parse_args(argv)
    root = args.root.resolve()
    try:
        if args.command == "update":
            update(root)
            po.update(root)
        elif args.command == "release":
            release(root)
            po.release(root)
        elif args.command == "fill":
            for file in args.files:
                catalogue = json.loads(file.read_text(encoding="utf-8"))
                filled = fill_from_json(ts_path("vi", root), catalogue)
                filled += po.fill(catalogue.get(GETTEXT_CONTEXT, {}), root)
                print(f"{file}: {filled} Vietnamese translation(s) filled")
        else:
            errors, warnings = check(root, with_sources=not args.no_sources)
            errors += [Problem(message, "", "", "") for message in po.check(root)]
            for warning in warnings:
                print(f"warning: {warning}", file=sys.stderr)
            for error in errors:
                print(f"error: {error}", file=sys.stderr)
            if errors:
                print(f"{len(errors)} translation problem(s); see above.", file=sys.stderr)
                return 1
            print("Translations are complete and consistent.")
    except RuntimeError as exc:
        print(exc, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
