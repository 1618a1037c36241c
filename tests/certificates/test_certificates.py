"""Certificates: one page per approved award, the register, fitting, calibration, verifying."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from emudesk.cli import main
from emudesk.db import Database
from emudesk.errors import ConflictError, ValidationError
from emudesk.model import CertificateEntry, Proposal, Unit
from emudesk.printing.certificate import MM, Calibration, render
from emudesk.printing.errors import MissingGlyphError
from emudesk.printing.templates import builtin_templates, from_dict
from emudesk.services.certificates import printers, printing, register, templates
from emudesk.services.organisation import years
from tests.conftest import dump

NAMES = ("Ban Dân tộc tỉnh Đắk Lắk", "Ban Dân tộc tỉnh Phú Yên", "Ban Dân tộc tỉnh Bình Định")


def text_of(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    info = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "99", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    return [
        (float(w), float(h))
        for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)
    ]


def words(pdf: Path, page: int = 1) -> list[tuple[str, float, float, float, float]]:
    """(text, xMin, yMin, xMax, yMax) of every word, in points from the top-left corner."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pattern = (
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    )
    return [
        (text, float(x0), float(y0), float(x1), float(y1))
        for x0, y0, x1, y1, text in re.findall(pattern, html)
    ]


def year_uuid(db: Database, cluster: str = "UBDT-C4", year: int = 2024):  # type: ignore[no-untyped-def]
    with db.session() as session:
        return years.get_year(session, cluster, year).uuid


def test_the_demo_year_prints_a_page_per_certificate_and_lists_the_flag(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "c.pdf"
    flags = tmp_path / "co.pdf"
    code = main(
        ["--db", str(demo_path), "certificates", "--cluster", "UBDT-C4", "--year", "2024",
         "--out", str(out)]
    )  # fmt: skip
    assert code == 0
    said = capsys.readouterr().out
    assert "(số sổ 2 (ví dụ), 3 (ví dụ))" in said
    assert "Ban Dân tộc tỉnh Đắk Lắk" in said and "--flag-list" in said
    # THEN two pages (Phú Yên, Bình Định), each exactly the template's size (A3 landscape)
    assert len(page_sizes(out)) == 2
    assert all(abs(w - 420 * MM) < 0.01 and abs(h - 297 * MM) < 0.01 for w, h in page_sizes(out))
    text = text_of(out)
    assert "CỜ THI ĐUA" not in text and text.count("BẰNG KHEN") == 2
    assert NAMES[0] not in text  # the flag of Đắk Lắk is no paper certificate
    for name in NAMES[1:]:
        assert name in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
    assert "Số sổ: 3 (ví dụ)" in text
    # the catalogue's signer: a deputy signs for the head (KT.), dates by the state's rule
    assert "KT. BỘ TRƯỞNG, CHỦ NHIỆM" in text and "THỨ TRƯỞNG, PHÓ CHỦ NHIỆM" in text
    assert "ngày 24 tháng 01 năm 2025" in text
    # the achievement sentence is the proposal's
    assert "Đã có thành tích xuất sắc trong phong trào thi đua năm 2024" in text
    # WHEN the flag list is asked for THEN it holds the text sewn on the flag
    assert main(
        ["--db", str(demo_path), "certificates", "--cluster", "UBDT-C4", "--year", "2024",
         "--flag-list", str(flags)]
    ) == 0  # fmt: skip
    listed = text_of(flags)
    for line in ("ỦY BAN DÂN TỘC", "TẶNG", "BAN DÂN TỘC TỈNH ĐẮK LẮK", "THI ĐUA NĂM 2024"):
        assert line in listed
    assert "PHÚ YÊN" not in listed


def test_a_certificate_without_a_decision_date_is_refused(
    demo_db: Database, tmp_path: Path
) -> None:
    uuid = year_uuid(demo_db)
    with demo_db.session() as session:
        proposal = session.scalar(select(Proposal).join(Proposal.unit).where(Unit.code == "BDT-PY"))
        assert proposal is not None
        proposal.decision_date = None  # as an import from elsewhere may leave it
        session.commit()
    before = dump(demo_db)
    with demo_db.session() as session, pytest.raises(ValidationError, match="Chưa có ngày"):
        printing.print_certificates(session, uuid, tmp_path / "x.pdf")
    assert dump(demo_db) == before and not (tmp_path / "x.pdf").exists()


def test_overlay_prints_only_the_variable_text(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "overlay.pdf"
    assert main(
        ["--db", str(demo_path), "certificates", "--cluster", "UBDT-C4", "--year", "2024",
         "--overlay", "--out", str(out)]
    ) == 0  # fmt: skip
    text = text_of(out)
    assert "BẰNG KHEN" not in text and "CỘNG HÒA" not in text and "TẶNG" not in text
    for name in NAMES[1:]:
        assert name in text


def test_printing_again_asks_and_a_reprint_keeps_the_numbers(
    demo_db: Database, tmp_path: Path
) -> None:
    uuid = year_uuid(demo_db)
    with demo_db.session() as session:
        first = printing.print_certificates(session, uuid, tmp_path / "a.pdf")
    assert first.numbers == ("2 (ví dụ)", "3 (ví dụ)") and first.new == 2
    assert first.flags == ("Ban Dân tộc tỉnh Đắk Lắk",)
    before = dump(demo_db)
    # WHEN the same awards are printed again by accident THEN it is refused, nothing changes
    with demo_db.session() as session, pytest.raises(ConflictError, match="xác nhận in lại"):
        printing.print_certificates(session, uuid, tmp_path / "b.pdf")
    assert dump(demo_db) == before and not (tmp_path / "b.pdf").exists()
    # WHEN confirmed THEN the numbers stay and the reprint is logged
    with demo_db.session() as session:
        again = printing.print_certificates(session, uuid, tmp_path / "b.pdf", allow_reprint=True)
        entries = list(session.scalars(select(CertificateEntry).order_by(CertificateEntry.number)))
        assert [e.register_number for e in entries] == ["2 (ví dụ)", "3 (ví dụ)"]
        assert [e.print_count for e in entries] == [2, 2]
        assert [[p.reprint for p in e.prints] for e in entries] == [[False, True]] * 2
    assert again.numbers == ("2 (ví dụ)", "3 (ví dụ)") and again.reprints == 2
    # AND the next year's awards continue the issuer's numbering
    with demo_db.session() as session:
        rows = register.search_register(session, "binh dinh")
    assert [(r.number, r.recipient) for r in rows] == [("3 (ví dụ)", "Ban Dân tộc tỉnh Bình Định")]


def test_a_decision_without_approved_awards_is_refused(demo_db: Database, tmp_path: Path) -> None:
    before = dump(demo_db)
    with demo_db.session() as session, pytest.raises(ValidationError, match="Quyết định 99/QĐ"):
        printing.print_certificates(
            session, year_uuid(demo_db), tmp_path / "x.pdf", decision="99/QĐ"
        )
    with demo_db.session() as session, pytest.raises(ValidationError, match="chưa có khen"):
        printing.print_certificates(
            session, year_uuid(demo_db, "UBDT-C4", 2025), tmp_path / "x.pdf"
        )
    assert dump(demo_db) == before and not (tmp_path / "x.pdf").exists()


def test_fields_land_within_half_a_millimetre_of_the_template(tmp_path: Path) -> None:
    template = builtin_templates()["bang-khen-bo-truong"]
    values = {
        "issuer_title": "BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
        "recipient": "Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn",
        "decision_line": "Quyết định số 15/QĐ-BVHTTDL, ngày 24 tháng 01 năm 2025",
        "register_line": "Số sổ: 7",
        "signer_name": "Nguyễn Văn Hùng",
    }
    out = tmp_path / "p.pdf"
    render(out, [(template, values)])
    found = words(out)

    def line_box(first: str, last: str) -> tuple[float, float, float, float]:
        start = next(i for i, w in enumerate(found) if w[0] == first)
        end = next(i for i, w in enumerate(found) if i >= start and w[0] == last)
        part = found[start : end + 1]
        return (
            min(w[1] for w in part),
            min(w[2] for w in part),
            max(w[3] for w in part),
            max(w[4] for w in part),
        )

    half_mm = 0.5 * MM
    # left-aligned: the line starts at the field's left edge
    decision = template.field("decision_line")
    assert decision is not None
    x0, y0, _x1, y1 = line_box("Quyết", "2025")
    assert abs(x0 - decision.x * MM) <= half_mm
    assert decision.y * MM - half_mm <= y0 and y1 <= decision.bottom * MM + half_mm
    # centred: the line's middle is the box's middle, and it stays inside the box
    recipient = template.field("recipient")
    assert recipient is not None
    x0, y0, x1, y1 = line_box("Sở", "Sơn")
    assert abs((x0 + x1) / 2 - (recipient.x + recipient.width / 2) * MM) <= half_mm
    assert recipient.y * MM - half_mm <= y0 and y1 <= recipient.bottom * MM + half_mm
    signer = template.field("signer_name")
    assert signer is not None
    x0, _y0, x1, _y1 = line_box("Nguyễn", "Hùng")
    assert abs((x0 + x1) / 2 - (signer.x + signer.width / 2) * MM) <= half_mm


def test_a_very_long_name_shrinks_and_never_reaches_the_next_field(tmp_path: Path) -> None:
    template = builtin_templates()["bang-khen-bo-truong"]
    recipient = template.field("recipient")
    achievement = template.field("achievement")
    assert recipient is not None and achievement is not None
    long_name = (
        "Phòng Văn hóa, Thể thao và Du lịch thuộc Sở Văn hóa, Thể thao và Du lịch tỉnh "
        "Tuyên Quang (đơn vị được hợp nhất theo Nghị quyết của Quốc hội năm 2025 về việc "
        "sắp xếp đơn vị hành chính cấp tỉnh)"
    )
    out = tmp_path / "long.pdf"
    (placed,) = render(out, [(template, {"recipient": long_name, "achievement": "Thành tích"})])
    fitted = next(p for p in placed if p.name == "recipient")
    assert fitted.size < recipient.size and len(fitted.lines) == 2
    found = words(out)
    name_words = {w for w in long_name.split()}
    bottom = max(w[4] for w in found if w[0] in name_words and w[0] != "Thành")
    top_of_next = min(w[2] for w in found if w[0] == "Thành")
    assert bottom <= recipient.bottom * MM + 0.5 * MM < top_of_next
    # a name that cannot fit even at the smallest size is refused by name
    with pytest.raises(ValidationError, match="ô “Người/đơn vị nhận”"):
        render(tmp_path / "no.pdf", [(template, {"recipient": long_name * 4})])
    assert not (tmp_path / "no.pdf").exists()


def test_a_character_the_font_lacks_is_named(tmp_path: Path) -> None:
    template = builtin_templates()["giay-khen-giam-doc"]
    with pytest.raises(MissingGlyphError, match="U\\+1D538"):
        render(tmp_path / "g.pdf", [(template, {"recipient": "Đội 𝔸"})])
    assert not (tmp_path / "g.pdf").exists()


def test_a_field_outside_the_page_is_refused(demo_db: Database) -> None:
    template = builtin_templates()["giay-khen-giam-doc"]
    recipient = template.field("recipient")
    assert recipient is not None
    broken = template.with_field(replace(recipient, x=280.0))
    with pytest.raises(ValidationError, match=r"ô “Người/đơn vị nhận”.*nằm ngoài trang"):
        from_dict(broken.to_dict())
    before = dump(demo_db)
    with demo_db.session() as session, pytest.raises(ValidationError):
        templates.save_template(session, broken)
    assert dump(demo_db) == before


def test_an_edited_template_is_used_and_can_be_reset(demo_db: Database, tmp_path: Path) -> None:
    template = builtin_templates()["bang-khen-bo-truong"]
    signer = template.field("signer_name")
    assert signer is not None
    moved = template.with_field(replace(signer, y=signer.y - 20))
    with demo_db.session() as session:
        templates.save_template(session, moved)
        assert templates.get_template(session, template.key) == moved
        assert [t.edited for t in templates.list_templates(session)].count(True) == 1
        templates.reset_template(session, template.key)
        assert templates.get_template(session, template.key) == template


def test_calibration_moves_overlay_text_by_the_measured_offset(tmp_path: Path) -> None:
    template = builtin_templates()["giay-khen-giam-doc"]
    values = {"register_line": "Số sổ: 12"}
    plain, shifted = tmp_path / "plain.pdf", tmp_path / "shifted.pdf"
    render(plain, [(template, values)], overlay=True)
    render(shifted, [(template, values)], overlay=True, calibration=Calibration(2.0, -1.5))
    (a,) = [w for w in words(plain) if w[0] == "Số"]
    (b,) = [w for w in words(shifted) if w[0] == "Số"]
    assert abs((b[1] - a[1]) - 2.0 * MM) < 0.05 and abs((b[2] - a[2]) + 1.5 * MM) < 0.05


def test_calibration_is_stored_per_printer_and_checked(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["calibrate", "--printer", "HP-2055", "--dx", "1.5", "--dy", "-2"]) == 0
    assert printers.calibration_for("HP-2055") == Calibration(1.5, -2.0, 1.0)
    assert main(["calibrate", "--printer", "HP-2055", "--dx", "45"]) == 3
    assert "đo nhầm" in capsys.readouterr().err
    assert printers.calibration_for("HP-2055") == Calibration(1.5, -2.0, 1.0)
    # "nan" parses as a float but is no measurement: refused, the stored offsets kept
    assert main(["calibrate", "--printer", "HP-2055", "--dx", "nan"]) == 3
    assert "phải là số" in capsys.readouterr().err
    assert printers.calibration_for("HP-2055") == Calibration(1.5, -2.0, 1.0)


def test_the_calibration_grid_has_rulers(tmp_path: Path) -> None:
    out = tmp_path / "grid.pdf"
    assert main(["calibration-grid", "--paper", "a4", "--out", str(out)]) == 0
    assert page_sizes(out) and abs(page_sizes(out)[0][0] - 297 * MM) < 0.01
    assert "Lưới căn chỉnh máy in" in text_of(out)


@pytest.mark.sqlite_only
def test_a_printed_certificate_verifies_and_a_forged_one_does_not(
    demo_db: Database, demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with demo_db.session() as session:
        printing.print_certificates(session, year_uuid(demo_db), tmp_path / "a.pdf")
        entry = session.scalar(select(CertificateEntry).where(CertificateEntry.number == 1))
        assert entry is not None
        code = register.qr_text(entry.issuer, entry)
    assert main(["--db", str(demo_path), "verify", code]) == 0
    assert "Hợp lệ: bằng số sổ 2 (ví dụ)" in capsys.readouterr().out
    forged = code.replace("Phú Yên", "Lâm Đồng")
    assert main(["--db", str(demo_path), "verify", forged]) == 3
    assert "làm giả" in capsys.readouterr().out
    assert main(["--db", str(demo_path), "verify", "hello"]) == 3


def test_one_file_per_certificate(demo_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "each"
    folder.mkdir()
    assert main(
        ["--db", str(demo_path), "certificates", "--cluster", "UBDT-C4", "--year", "2024",
         "--split", "--out", str(folder)]
    ) == 0  # fmt: skip
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["2-v-d-BDT-PY.pdf", "3-v-d-BDT-BDI.pdf"]
    assert "Ban Dân tộc tỉnh Phú Yên" in text_of(folder / "2-v-d-BDT-PY.pdf")
