"""Every workbook the program writes prints as an office expects, checked by LibreOffice.

Each is converted to PDF by LibreOffice headless (as "print to PDF" would), then the pages are
counted and read: the demo's signing register is one page, the results' ranking sheet is one
page and the detail rows are not printed, and every page says which cluster and year it
belongs to and its number. The sheets' own settings (orientation, fit to the width, heading
rows repeated, rules around the cells) are read back as well.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest

from emudesk.db import open_database
from emudesk.exchange import member
from emudesk.services.cycle import commitments
from emudesk.services.exchange import form_export, list_import, result_export
from emudesk.services.organisation import years
from emudesk.services.scoring import ranking

pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)


@dataclass(frozen=True)
class Printed:
    workbook: Path
    pages: list[str]  # the text of each printed page


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")[:-1]  # each page ends with a form feed


@pytest.fixture(scope="module")
def printed(_demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Printed]:
    """Every kind of workbook, written from the demo and printed to PDF by LibreOffice."""
    folder = tmp_path_factory.mktemp("workbooks")
    database = folder / "demo.sqlite"
    shutil.copyfile(_demo_template, database)
    db = open_database(database)
    written: dict[str, Path] = {}
    try:
        with db.session() as session:
            scored = years.get_year(session, "UBDT-C4", 2024)
            written["results"] = result_export.export_results(
                session, scored.uuid, folder / "results.xlsx"
            )
            written["proposals"] = result_export.export_proposals(
                session, scored.uuid, folder / "proposals.xlsx"
            )
            signing = years.get_year(session, "VHTTDL-C4", 2025)
            written["signing"] = commitments.signing_register(
                session, signing.uuid, folder / "signing.xlsx"
            )
            (folder / "forms").mkdir()
            forms = form_export.export_forms(
                session, years.get_year(session, "UBDT-C4", 2025).uuid, folder / "forms"
            )
            written["form"] = forms[0]
            sheet = ranking.score_sheet(session, "UBDT-C4", 2024, "BDT-DLK", document=True)
        from emudesk.exchange.scoresheet import write_scoresheet_xlsx

        write_scoresheet_xlsx(sheet, folder / "scoresheet.xlsx")
        written["scoresheet"] = folder / "scoresheet.xlsx"
        form = member.open_form(forms[0])
        written["return"] = member.save_return(form, {}, {}, folder / "return.xlsx")
        written["units template"] = list_import.write_units_template(folder / "units.xlsx")
        written["table template"] = list_import.write_table_template(folder / "table.xlsx")
    finally:
        db.dispose()
    pdfs = folder / "pdf"
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{folder}/lo-profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(pdfs),
            *(str(path) for path in written.values()),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return {
        name: Printed(path, _pages(pdfs / f"{path.stem}.pdf")) for name, path in written.items()
    }


def test_the_demo_signing_register_prints_on_one_page(printed: dict[str, Printed]) -> None:
    signing = printed["signing"]
    assert len(signing.pages) == 1
    page = signing.pages[0]
    # every column on the page, every member on it
    for heading in ("STT", "Đơn vị", "Người ký", "Chức vụ", "Ngày ký", "Đóng dấu", "Bản chụp"):
        assert heading in page
    assert page.count("Sở Văn hóa, Thể thao và Du lịch tỉnh") == 5
    # ruled like a table
    sheet = openpyxl.load_workbook(signing.workbook).worksheets[0]
    assert sheet["B5"].border.left.style == "thin" and sheet["G9"].border.bottom.style == "thin"


def test_the_results_print_the_ranking_on_one_page_and_not_the_detail(
    printed: dict[str, Printed],
) -> None:
    results = printed["results"]
    # the ranking sheet is the first page, and its heading (repeated on every page it would
    # spill onto) is on no other page
    assert "Căn cứ xếp hạng" in results.pages[0]
    assert all("Căn cứ xếp hạng" not in page for page in results.pages[1:])
    assert all(f"Ban Dân tộc tỉnh {name}" in results.pages[0] for name in ("Đắk Lắk", "Kon Tum"))
    # the 1,392 rows of every scorer's input are not printed: a note says how to print them
    assert len(results.pages) <= 4
    text = "".join(results.pages)
    assert "Chấm chéo" not in text and "Thẩm định" not in text
    assert "1.392 dòng chi tiết" in text and "không in" in text


@pytest.mark.parametrize(
    ("name", "where"),
    [
        ("results", ("Cụm thi đua số 4", "2024")),
        ("proposals", ("Cụm thi đua số 4", "2024")),
        ("signing", ("Cụm thi đua số 4", "2025")),
        ("form", ("Cụm thi đua số 4", "2025")),
        ("return", ("Cụm thi đua số 4", "2025")),
        ("scoresheet", ("Cụm thi đua số 4", "2024")),
        ("units template", ("Danh sách đơn vị",)),
        ("table template", ("Bảng chấm điểm",)),
    ],
)
def test_every_page_says_where_it_belongs_and_its_number(
    printed: dict[str, Printed], name: str, where: tuple[str, ...]
) -> None:
    pages = printed[name].pages
    assert pages
    for number, page in enumerate(pages, start=1):
        assert all(word in page for word in where), (name, number)
        assert "Trang" in page, (name, number)


@pytest.mark.parametrize(
    "name",
    ["results", "proposals", "signing", "form", "return", "scoresheet", "units template"],
)
def test_every_sheet_has_a_page_setup(printed: dict[str, Printed], name: str) -> None:
    workbook = openpyxl.load_workbook(printed[name].workbook)
    for sheet in workbook.worksheets:
        if sheet.sheet_state != "visible":
            continue  # the form's hidden identity
        setup = sheet.page_setup
        assert setup.orientation in ("portrait", "landscape"), sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage and setup.fitToWidth == 1
        assert sheet.print_title_rows, sheet.title  # the heading on every page
        assert "&P" in (sheet.oddFooter.right.text or ""), sheet.title
