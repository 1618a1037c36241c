"""Build a smaller ICU data library for the bundle: only what a Vietnamese/English program uses.

PySide6's Qt on Linux links against ICU, whose data library (libicudata.so.NN, about 31 MB)
carries the locale data of some 800 locales, 200 legacy code pages and the break dictionaries
of East Asian scripts. emudesk needs none of that (it sorts Vietnamese itself, emudesk.text),
but Qt opens ICU for collation, case mapping and IDNA. This tool keeps:

- every item that is not locale data or a code page: normalisation (.nrm), properties (.icu),
  string preparation (.spp), the converter alias table, the supplemental and time-zone data;
- of the locale data, in every tree (main, coll, curr, lang, region, unit, zone, rbnf, brkitr,
  translit): root, en, en_001, en_GB, en_US, vi, vi_VN, and the trees' own pool and index;
- none of the trees Qt never opens: Qt calls ICU only for collation (coll), code pages
  (the converters), time-zone names (zone) and case mapping (``nm -D`` on its libraries
  lists ucol_, ucnv_, ucal_ and u_strTo*), so the transliterators (translit, 1 MB), break
  rules (brkitr), number spell-out (rbnf) and the display names of currencies, languages,
  regions and units go.

The data blob is the ICU "common data" package format (ucmndata.h): a header, a table of
(name offset, data offset) pairs sorted by name, the names, then the 16-byte-aligned items.
The result is assembled into a shared library with the same soname and symbol (``cc``).

Usage: trim_icu.py SOURCE_LIBICUDATA OUTPUT_DIR  -> prints the path of the new library.
Exit 1 with a message (the bundle then keeps the original) when anything is unexpected.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_LOCALES = frozenset({"root", "en", "en_001", "en_GB", "en_US", "vi", "vi_VN"})
TREE_FILES = frozenset({"res_index", "pool"})  # each tree's index and shared keys: kept
LOCALE_NAME = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")  # also de__PHONEBOOK
DROP_SUFFIXES = (".cnv", ".dict")
DROP_TREES = frozenset({"translit", "brkitr", "rbnf", "curr", "lang", "region", "unit"})
DROP_NAMES = frozenset({"unames.icu"})  # Unicode character names: u_charName, unused by Qt
ALIGN = 16


class TrimError(Exception):
    pass


def find_blob(lib: bytes) -> tuple[int, int]:
    """(start, end) of the common-data blob inside the ELF library's data section."""
    # The blob starts with a DataHeader: uint16 headerSize, magic 0xda 0x27, then UDataInfo
    # whose dataFormat is "CmnD" at offset 12 of the header.
    match = re.search(rb"..\xda\x27.{8}CmnD", lib, re.DOTALL)
    if match is None or lib[:4] != b"\x7fELF" or lib[4] != 2:
        raise TrimError("not a 64-bit ELF library holding ICU common data")
    start = match.start()
    shoff, _flags, _ehsize, _phentsize, _phnum, shentsize, shnum = struct.unpack_from(
        "<QIHHHHH", lib, 0x28
    )
    for index in range(shnum):
        (offset, size) = struct.unpack_from("<QQ", lib, shoff + index * shentsize + 0x18)
        if offset <= start < offset + size:
            return start, offset + size
    raise TrimError("the ICU data is in no section of the library")


def keep(name: str) -> bool:
    """Whether the item ``icudtNNl/[tree/]file`` stays in the trimmed package."""
    parts = name.split("/")[1:]
    file = parts[-1]
    if len(parts) > 1 and parts[0] in DROP_TREES:
        return False
    if file in DROP_NAMES or file.endswith(DROP_SUFFIXES):
        return False
    stem, _, suffix = file.rpartition(".")
    if stem in TREE_FILES:
        return True
    if suffix == "res" and (stem == "root" or LOCALE_NAME.match(stem)):
        return stem in KEEP_LOCALES
    return True


def read_items(blob: bytes) -> list[tuple[bytes, bytes]]:
    """The (name, data) items of a common-data package, in the package's (name) order."""
    header_size = struct.unpack_from("<H", blob, 0)[0]
    toc = header_size
    count = struct.unpack_from("<I", blob, toc)[0]
    entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(entries):
        name_end = blob.index(b"\0", toc + name_offset)
        end = entries[index + 1][1] if index + 1 < count else len(blob) - toc
        items.append((blob[toc + name_offset : name_end], blob[toc + data_offset : toc + end]))
    return items


def trim(blob: bytes) -> tuple[bytes, int, int]:
    """The trimmed package, with the item counts before and after."""
    header_size = struct.unpack_from("<H", blob, 0)[0]
    every = read_items(blob)
    count = len(every)
    items = [(name, data) for name, data in every if keep(name.decode("ascii"))]
    if not any(name.endswith(b"/root.res") for name, _ in items):
        raise TrimError("the package has no root locale: not the expected ICU layout")

    table_size = 4 + 8 * len(items)
    names = b"".join(name + b"\0" for name, _ in items)
    name_offsets = []
    position = table_size
    for name, _ in items:
        name_offsets.append(position)
        position += len(name) + 1
    body = bytearray()
    data_start = _aligned(table_size + len(names) + header_size) - header_size
    data_offsets = []
    for _, data in items:
        offset = data_start + len(body)
        padding = _aligned(header_size + offset) - (header_size + offset)
        body += b"\0" * padding
        data_offsets.append(offset + padding)
        body += data
    table = struct.pack("<I", len(items)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True)
    )
    gap = b"\0" * (data_start - table_size - len(names))
    return blob[:header_size] + table + names + gap + bytes(body), count, len(items)


def _aligned(value: int) -> int:
    return (value + ALIGN - 1) // ALIGN * ALIGN


def build(source: Path, output_dir: Path) -> Path:
    lib = source.read_bytes()
    try:
        start, end = find_blob(lib)
        trimmed, before, after = trim(lib[start:end])
    except (struct.error, ValueError, IndexError, UnicodeDecodeError) as error:
        raise TrimError(f"unexpected ICU data layout ({error})") from error
    prefix = re.search(rb"(icudt\d+)[lb]/", lib[start : start + (1 << 16)])
    if prefix is None:
        raise TrimError("cannot tell the ICU version from the item names")
    symbol = prefix.group(1).decode("ascii") + "_dat"
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise TrimError("no C compiler (cc) to assemble the library")
    output_dir.mkdir(parents=True, exist_ok=True)
    target = output_dir / source.name
    with tempfile.TemporaryDirectory() as work:
        data = Path(work) / "icu.dat"
        data.write_bytes(trimmed)
        assembly = Path(work) / "icu.S"
        assembly.write_text(
            f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n"
            f'\t.balign {ALIGN}\n{symbol}:\n\t.incbin "{data}"\n'
            f"\t.size {symbol}, .-{symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        subprocess.run(
            [
                compiler,
                "-shared",
                "-nostdlib",
                f"-Wl,-soname,{source.name}",
                "-o",
                target,
                assembly,
            ],
            check=True,
        )
    print(
        f"ICU data: {before} items, {len(lib) / 1e6:.1f} MB -> {after} items, "
        f"{target.stat().st_size / 1e6:.1f} MB",
        file=sys.stderr,
    )
    return target


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        print(build(Path(argv[0]), Path(argv[1])))
    except (TrimError, OSError, subprocess.CalledProcessError) as error:
        print(f"trim_icu: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
