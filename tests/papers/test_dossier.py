"""The year's dossier as Word documents and PDF, read back by LibreOffice as an office would.

Done when (issue 15): the demo's UBDT-C4 2024 and VHTTDL-C4 2024 dossiers are written in both
formats; each Word document, converted by LibreOffice, names the issuer's real awards and
never the law's generic categories, writes dates by the state's rule, carries the "TM."
signature block and the vote shares.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from emudesk.cli import main
from emudesk.db import Database
from emudesk.errors import ValidationError
from emudesk.services.organisation import years
from emudesk.services.papers import dossier
from tests.conftest import dump

GENERIC = (
    "Cờ thi đua của Bộ, ban, ngành, tỉnh",
    "Bằng khen của Bộ trưởng, Chủ tịch UBND tỉnh",
    "Chiến sĩ thi đua cấp Bộ, ban, ngành, tỉnh",
)
LEADING_ZERO_MONTH = re.compile(r"tháng 0[3-9]\b")


def words(text: str) -> str:
    return " ".join(text.split())


def libreoffice_text(files: list[Path], folder: Path) -> dict[str, str]:
    """Each Word document as LibreOffice Writer reads it (converted to plain text)."""
    out = folder / "lo"
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{folder}/lo-profile",
            "--convert-to",
            "txt:Text (encoded):UTF8",
            "--outdir",
            str(out),
            *map(str, files),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return {f.stem: words((out / f"{f.stem}.txt").read_text(encoding="utf-8")) for f in files}


def pdf_text(path: Path) -> str:
    return words(
        subprocess.run(
            ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
        ).stdout
    )


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize(
    ("cluster", "flag", "certificate", "reports", "members", "place"),
    [
        (
            "UBDT-C4",
            "Cờ thi đua của Ủy ban Dân tộc",
            "Bằng khen của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc",
            ("BDT-DLK", "BDT-PY", "BDT-BDI"),
            8,
            "Đắk Lắk, ngày 20 tháng 12 năm 2024",
        ),
        (
            "VHTTDL-C4",
            None,
            "Bằng khen của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch",
            ("VHTTDL-LS", "VHTTDL-TQ"),
            5,
            "Lạng Sơn, ngày 17 tháng 01 năm 2025",
        ),
    ],
)
def test_the_demo_dossier_reads_right_in_libreoffice(
    demo_path: Path,
    tmp_path: Path,
    cluster: str,
    flag: str | None,
    certificate: str,
    reports: tuple[str, ...],
    members: int,
    place: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "hs"
    out.mkdir()
    # WHEN the head writes the year's dossier in both formats
    code = main(
        ["--db", str(demo_path), "dossier", "--cluster", cluster, "--year", "2024",
         "--out", str(out), "--format", "both"]
    )  # fmt: skip
    assert code == 0
    written = sorted(p.name for p in out.iterdir())
    stems = ["01-to-trinh", "02-bien-ban"] + [
        f"{i:02d}-bao-cao-thanh-tich-{c}" for i, c in enumerate(reports, 3)
    ]
    assert written == sorted(f"{s}.{x}" for s in stems for x in ("docx", "pdf"))
    assert f"{len(written)} tệp" in capsys.readouterr().out
    # THEN LibreOffice reads each Word document
    texts = libreoffice_text(sorted(out.glob("*.docx")), tmp_path)
    everything = " ".join(texts.values())
    # real award names, never the law's generic categories
    assert certificate in everything
    if flag is not None:
        assert flag in everything
    for generic in GENERIC:
        assert generic not in everything
    # dates by the rule: no "tháng 03" … "tháng 09"
    assert not LEADING_ZERO_MONTH.search(everything), LEADING_ZERO_MONTH.findall(everything)
    submission, minutes = texts["01-to-trinh"], texts["02-bien-ban"]
    assert "TỜ TRÌNH" in submission and "Số: 02/TTr-CTĐ4" in submission
    assert place in submission and "TM. CỤM THI ĐUA" in submission and "CỤM TRƯỞNG" in submission
    assert "Kính gửi: Hội đồng Thi đua - Khen thưởng" in submission
    assert "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;" in submission
    assert "Căn cứ Nghị định số 98/2023/NĐ-CP" in submission
    assert f"{members}/{members} (100 %)" in submission  # vote share of all members
    assert "PHỤ LỤC" in submission and "KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA NĂM 2024" in submission
    assert "BIÊN BẢN" in minutes and "Số: 01/BB-CTĐ4" in minutes
    assert "Chủ trì:" in minutes and "Thư ký:" in minutes
    assert f"{members}/{members} đơn vị (100 %)" in minutes  # members present
    assert f"{members}/{members} (100 %)" in minutes and "Thông qua" in minutes
    assert "BẦU CỤM TRƯỞNG, CỤM PHÓ NĂM 2025" in minutes and "Nơi nhận:" in minutes
    # the list of members present ends like a sentence
    present = re.findall(r"- ([^;.\n]+)([;.])", minutes.split("Đơn vị thành viên dự họp")[1])
    assert [end for _name, end in present[:members]] == [";"] * (members - 1) + ["."]
    for code_ in reports:
        report = texts[next(s for s in texts if s.endswith(code_))]
        assert "BÁO CÁO THÀNH TÍCH" in report and "THÀNH TÍCH ĐẠT ĐƯỢC" in report
        assert "Tổng điểm đạt được:" in report and "xếp hạng" in report
        assert "CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG" in report
        # the shares of the maximum line up: two decimals each ("95,60 %", never "95,6 %")
        assert re.findall(r"\d+,\d %", report) == [], report
    # AND the PDF of each paper says the same
    assert "TM. CỤM THI ĐUA" in pdf_text(out / "01-to-trinh.pdf")
    assert certificate in pdf_text(out / "01-to-trinh.pdf")


def test_papers_of_2024_keep_the_committees_name(demo_db: Database) -> None:
    # GIVEN the committee became a ministry on 1/3/2025: 2024's papers keep its old name
    with demo_db.session() as session:
        year = years.get_year(session, "UBDT-C4", 2024)
        document = dossier.build(session, year.uuid, "submission")
    assert document.superior == "Ủy ban Dân tộc"
    assert document.date is not None and document.date.year == 2024


def test_a_dossier_without_voted_proposals_is_refused_and_writes_nothing(
    demo_db: Database, tmp_path: Path
) -> None:
    with demo_db.session() as session:
        year = years.get_year(session, "UBDT-C4", 2025)
    before = dump(demo_db)
    folder = tmp_path / "hs"
    folder.mkdir()
    with demo_db.session() as session, pytest.raises(ValidationError, match="biểu quyết"):
        dossier.write_dossier(session, year.uuid, folder)
    assert list(folder.iterdir()) == [] and dump(demo_db) == before


def test_the_dossier_folder_is_made_like_the_forms_folder_once_the_papers_are_sure(
    demo_db: Database, tmp_path: Path
) -> None:
    # GIVEN a folder that does not exist yet
    folder = tmp_path / "ho-so" / "2024"
    with demo_db.session() as session:
        y2024 = years.get_year(session, "UBDT-C4", 2024)
        y2025 = years.get_year(session, "UBDT-C4", 2025)
        # WHEN a dossier that cannot be written is asked THEN no folder is left behind
        with pytest.raises(ValidationError, match="biểu quyết"):
            dossier.write_dossier(session, y2025.uuid, folder, ("docx",))
        assert not folder.exists()
        # WHEN the 2024 dossier is written there THEN the folder is made and holds it
        written = dossier.write_dossier(session, y2024.uuid, folder, ("docx",))
    assert folder.is_dir() and sorted(folder.iterdir()) == sorted(written)
    # AND a folder that cannot be made is refused in words
    blocker = tmp_path / "tep"
    blocker.write_text("")
    with (
        demo_db.session() as session,
        pytest.raises(ValidationError, match="Không tạo được thư mục"),
    ):
        dossier.write_dossier(session, y2024.uuid, blocker / "x", ("docx",))
