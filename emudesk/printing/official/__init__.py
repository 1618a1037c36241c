"""The state's form of an administrative document (Nghị định 30/2020/NĐ-CP), as plain data.

Every paper emudesk writes for an office — the commitment, the conference minutes, the
submission, an achievement report, the year's summary — is an ``OfficialDocument``: the
issuing body under the body above it with a short line, the national header, "Số: 12/TTr-…",
place and date, the document kind and its summary, the body, the signature blocks with their
signing mode, and "Nơi nhận". ``official.pdf`` lays it out with reportlab, ``official.word``
as a Word document an office finishes in Word or LibreOffice Writer; both follow the same
rules so that the two files read the same.

This module imports nothing heavy: services fill its records, the writers are loaded lazily.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
SIGNING_MODES = ("", "TM.", "KT.", "Q.", "TL.", "TUQ.")
"""Ways of signing: for a collective (TM.), for the head (KT.), acting (Q.), by order (TL.),
by authorisation (TUQ.); "" when the signer signs in their own right."""
BLANK_DATE = "ngày … tháng … năm …"


def day_text(day: int) -> str:
    """Days 1–9 take a leading zero: "08"; 10–31 as they are."""
    return f"{day:02d}" if day < 10 else str(day)


def month_text(month: int) -> str:
    """Months 1 and 2 take a leading zero ("01", "02"), 3–12 do not ("7", "12")."""
    return f"{month:02d}" if month <= 2 else str(month)


def date_words(day: dt.date | None) -> str:
    """ "ngày 08 tháng 7 năm 2024", "ngày 17 tháng 01 năm 2025"; dots when there is no date."""
    if day is None:
        return BLANK_DATE
    return f"ngày {day_text(day.day)} tháng {month_text(day.month)} năm {day.year}"


def short_date(day: dt.date) -> str:
    """ "08/7/2024", "17/01/2025": the same rule in figures, as papers cite decisions."""
    return f"{day_text(day.day)}/{month_text(day.month)}/{day.year}"


def place_date(place: str, day: dt.date | None) -> str:
    """ "Lạng Sơn, ngày 17 tháng 01 năm 2025"; "…, ngày … tháng … năm …" to fill in by hand."""
    return f"{place.strip() or '…'}, {date_words(day)}"


def number_text(number: int | None) -> str:
    """A document number: two digits at least ("01"… "09", "10"); blank to write by hand."""
    return "\u00a0" * 8 if number is None else f"{number:02d}"


def number_line(number: int | None, symbol: str) -> str:
    """ "Số: 12/TTr-CTĐ4"; "Số:       /TTr-CTĐ4" when no number was taken."""
    return f"Số: {number_text(number)}/{symbol}" if symbol else f"Số: {number_text(number)}"


@dataclass(frozen=True)
class Signature:
    """A signature block: "KT. BỘ TRƯỞNG" / "THỨ TRƯỞNG", room to sign (and seal), the name.

    ``mode`` is one of ``SIGNING_MODES``; ``on_behalf`` is who the mode signs for (the
    collective or the head); ``title`` the signer's own title. ``seal`` asks for the seal too.
    ``key`` names the block's place to sign digitally ("head", "chair", a unit's code; see
    ``printing.signature_places``).
    """

    title: str
    mode: str = ""
    on_behalf: str = ""
    name: str = ""
    seal: bool = True
    key: str = ""

    def __post_init__(self) -> None:
        if self.mode not in SIGNING_MODES:
            raise ValueError(f"unknown signing mode {self.mode!r}")

    def lines(self) -> list[str]:
        """The bold lines above the signature, upper case as the form wants them."""
        first = f"{self.mode} {self.on_behalf}".strip() if self.mode else self.on_behalf
        return [line.upper() for line in (first, self.title) if line.strip()]

    @property
    def hint(self) -> str:
        return "(Ký, ghi rõ họ tên, đóng dấu)" if self.seal else "(Ký, ghi rõ họ tên)"

    @property
    def label(self) -> str:
        """The block as an officer names it when choosing where to sign."""
        return " – ".join(self.lines()) or self.name or self.key


@dataclass(frozen=True)
class Paragraph:
    """Body text: justified with a first-line indent unless said otherwise."""

    text: str
    bold: bool = False
    italic: bool = False
    align: str = "justify"  # justify / left / center / right
    indent: bool = True


def keeps_with_next(block: object, following: object) -> bool:
    """A heading, or a bold line that heads what follows ("1. Danh hiệu thi đua:"), is never
    left alone at the foot of a page: both writers keep it with the next block."""
    if following is None:
        return False
    return isinstance(block, Heading) or (isinstance(block, Paragraph) and block.bold)


@dataclass(frozen=True)
class Heading:
    """A bold heading of the body ("I. THÔNG TIN CHUNG"), left or centred."""

    text: str
    align: str = "left"


@dataclass(frozen=True)
class Table:
    """A ruled table; ``widths`` are shares of the text width, ``numeric`` right-aligned
    columns (by index), ``bold_rows`` the rows (by index in ``rows``) set in bold."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]
    numeric: frozenset[int] = frozenset()
    bold_rows: frozenset[int] = frozenset()
    size: float = 11.5  # points; wide tables take a smaller size

    def __post_init__(self) -> None:
        if len(self.widths) != len(self.header) or any(
            len(row) != len(self.header) for row in self.rows
        ):
            raise ValueError("every row of a table needs one cell per column")


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Paragraph | Heading | Table | PageBreak


@dataclass(frozen=True)
class Annex:
    """A page after the signatures: "PHỤ LỤC", its title, what it is attached to, its body."""

    title: str
    subtitle: str
    body: tuple[Block, ...]


@dataclass(frozen=True)
class OfficialDocument:
    """One administrative document, in the order the form lays it out.

    ``superior`` is the body above the issuer ("ỦY BAN DÂN TỘC"; may be empty), ``issuer``
    the issuing body ("CỤM THI ĐUA SỐ 4"). ``symbol`` is what follows the number ("TTr-CTĐ4");
    with ``numbered`` False the document has no "Số:" line (a commitment). Several
    ``signatures`` stand side by side (two) or in a grid under ``signatures_caption``.
    """

    superior: str
    issuer: str
    kind: str  # "TỜ TRÌNH", "BIÊN BẢN"… (printed in capitals)
    summary: str = ""
    place: str = ""
    date: dt.date | None = None
    number: int | None = None
    symbol: str = ""
    numbered: bool = True
    addressees: tuple[str, ...] = ()
    body: tuple[Block, ...] = ()
    signatures: tuple[Signature, ...] = ()
    signatures_caption: str = ""
    recipients: tuple[str, ...] = ()
    annexes: tuple[Annex, ...] = ()
    title: str = ""  # the file's title (metadata); the kind and summary when empty

    @property
    def number_line(self) -> str:
        return number_line(self.number, self.symbol) if self.numbered else ""

    @property
    def place_date(self) -> str:
        return place_date(self.place, self.date)

    @property
    def file_title(self) -> str:
        return self.title or " – ".join(p for p in (self.kind.capitalize(), self.summary) if p)

    def texts(self) -> list[str]:
        """Every piece of text the document prints (to check glyphs before writing)."""
        found = [self.superior, self.issuer, self.kind, self.summary, self.number_line]
        found += [self.place_date, NATION, MOTTO, self.signatures_caption, *self.addressees]
        found += [*self.recipients]
        for signature in self.signatures:
            found += [*signature.lines(), signature.name, signature.hint]
        for block in self.body + tuple(b for a in self.annexes for b in a.body):
            found += _block_texts(block)
        for annex in self.annexes:
            found += [annex.title, annex.subtitle]
        return [text for text in found if text]


def _block_texts(block: Block) -> list[str]:
    if isinstance(block, Paragraph | Heading):
        return [block.text]
    if isinstance(block, Table):
        return [*block.header, *(cell for row in block.rows for cell in row)]
    return []


def recipients_lines(items: Sequence[str]) -> list[str]:
    """ "Nơi nhận" items as the form writes them: "- Như trên;" … "- Lưu: VT."."""
    cleaned = [item.strip().lstrip("-–").strip().rstrip(";.") for item in items if item.strip()]
    lines = [f"- {item};" for item in cleaned]
    if lines:
        lines[-1] = lines[-1][:-1] + "."
    return lines
