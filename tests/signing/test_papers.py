"""Papers signed with the office's token (SoftHSM2): the tờ trình valid for pdfsig and
pyHanko and invalid after one changed byte, the visible box in the signer's block of the
state's form, Vietnamese in the box, several signers on the commitment."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from emudesk.db import open_database
from emudesk.services.signing import papers
from emudesk.signing import Status
from tests.signing.helpers import change_one_byte, pdfsig, run

pytestmark = pytest.mark.skipif(
    shutil.which("pdfsig") is None or shutil.which("pdftotext") is None,
    reason="poppler-utils (pdfsig, pdftotext) is not installed",
)
A4_HEIGHT = 842.0


def words(path: Path, page: int) -> list[tuple[str, float, float, float, float]]:
    """(word, x1, top, x2, bottom) of a page, as pdftotext -bbox reads them (y from the top)."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    found = re.findall(
        r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html
    )
    return [(w, float(a), float(b), float(c), float(d)) for a, b, c, d, w in found]


def signed_rects(path: Path) -> list[tuple[float, ...]]:
    """The rectangle of each signed signature's box, in signing order."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    with path.open("rb") as stream:
        reader = PdfFileReader(stream)
        return [
            tuple(round(float(v), 1) for v in sig.sig_field["/Rect"])
            for sig in reader.embedded_signatures
        ]


def submission(demo_path: Path, target: Path) -> tuple[object, ...]:
    """The tờ trình of UBDT-C4 2024 as PDF; the places its writer reports."""
    from emudesk.printing.official.pdf import write_pdf
    from emudesk.services.organisation import years
    from emudesk.services.papers import dossier

    database = open_database(demo_path)
    with database.session() as session:
        year = years.get_year(session, "UBDT-C4", 2024)
        places = write_pdf(dossier.build(session, year.uuid, "submission"), target)
    database.dispose()
    return places


def test_the_to_trinh_signed_with_the_token_is_valid_and_one_changed_byte_breaks_it(
    demo_path: Path, tmp_path: Path, trusting_ca: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN the year's dossier written as PDF and signed with the office's token
    code, out, err = run(capsys, "--db", str(demo_path), "dossier", "--cluster", "UBDT-C4",
                         "--year", "2024", "--out", str(tmp_path), "--format", "pdf", "--sign")  # fmt: skip
    assert code == 0, err
    paper = tmp_path / "01-to-trinh.pdf"
    assert "01-to-trinh.pdf: signed by Nguyễn Văn Thử (Sở Nội vụ tỉnh Thử nghiệm) in the block " \
           "TM. CỤM THI ĐUA – CỤM TRƯỞNG." in out  # fmt: skip
    # THEN poppler's pdfsig finds the tờ trình's signature valid, its certificate trusted,
    # the whole document signed
    said = pdfsig(paper, trusting_ca["EMUDESK_TEST_NSSDB"])
    assert "Signature Field Name: head" in said
    assert "Signer Certificate Common Name: Nguyễn Văn Thử" in said
    assert "Signature Validation: Signature is Valid." in said
    assert "Certificate Validation: Certificate is Trusted." in said
    assert "Total document signed" in said
    # AND pyHanko (emudesk verify-signature) too, naming the signer and the certificate
    code, out, _err = run(capsys, "verify-signature", str(paper))
    assert code == 0
    assert "valid signature of Nguyễn Văn Thử (Sở Nội vụ tỉnh Thử nghiệm)" in out
    assert "issued by Emudesk Test Root CA" in out and "(valid now)" in out
    # WHEN one byte of the signed content is changed
    broken = change_one_byte(paper, b"ReportLab Generated PDF", tmp_path / "sua.pdf")
    # THEN both say it is no longer valid
    said = pdfsig(broken, trusting_ca["EMUDESK_TEST_NSSDB"])
    assert "Signature Validation: Digest Mismatch." in said
    assert "Signature is Valid." not in said
    code, out, _err = run(capsys, "verify-signature", str(broken))
    assert code == 3 and "the content was changed after it was signed" in out
    [verdict] = papers.check_pdf(broken)
    assert verdict.status is Status.INVALID


def test_the_box_sits_in_the_heads_signature_block_and_speaks_vietnamese(
    demo_path: Path, tmp_path: Path, trusting_ca: dict[str, str]
) -> None:
    # GIVEN the tờ trình as its writer reports the place to sign: the head's block
    paper = tmp_path / "to-trinh.pdf"
    [place] = submission(demo_path, paper)
    assert (place.key, place.label) == ("head", "TM. CỤM THI ĐUA – CỤM TRƯỞNG")  # type: ignore[attr-defined]
    # ... which the PDF itself offers as an empty signature field
    assert [(f.name, f.label) for f in papers.places(paper)] == [(place.key, place.label)]  # type: ignore[attr-defined]
    # WHEN it is signed
    signed = papers.sign_paper(paper, trusting_ca["EMUDESK_PKCS11_PIN"])
    # THEN the box fills exactly that room ...
    assert signed.place is not None and signed.place.name == "head"
    [rect] = signed_rects(paper)
    assert rect == tuple(round(v, 1) for v in place.box)  # type: ignore[attr-defined]
    # ... on its page, below "(Ký, ghi rõ họ tên, đóng dấu)" and above the name's line,
    # in the right-hand column
    found = words(paper, place.page + 1)  # type: ignore[attr-defined]
    top, bottom = A4_HEIGHT - rect[3], A4_HEIGHT - rect[1]
    hint = [w for w in found if w[0] == "(Ký," and w[1] > 297]
    dots = [w for w in found if w[0].startswith("……") and w[1] > 297]
    assert hint and dots and hint[0][4] <= top and bottom <= dots[0][2]
    assert rect[0] > 297 and rect[2] < 595 - 40
    # ... and its text is Vietnamese, in a font that has the letters
    text = " ".join(w[0] for w in found)
    assert "Ký bởi: Nguyễn Văn Thử" in text and "Sở Nội vụ tỉnh Thử nghiệm" in text
    # AND nothing is left to sign
    assert papers.places(paper) == []


def test_the_commitment_is_signed_by_two_members_in_their_own_blocks(
    demo_path: Path, tmp_path: Path, trusting_ca: dict[str, str], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    # GIVEN the commitment, signed for the member VHTTDL-CB in its block
    paper = tmp_path / "giao-uoc.pdf"
    args = ["--db", str(demo_path), "commitment", "--cluster", "VHTTDL-C4", "--year", "2025",
            "--out", str(paper), "--sign", "--sign-place", "VHTTDL-CB"]  # fmt: skip
    code, out, err = run(capsys, *args)
    assert code == 0, err
    assert "in the block SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH CAO BẰNG" in out
    first = paper.read_bytes()
    left = [f.name for f in papers.places(paper)]
    assert left == ["VHTTDL-BK", "VHTTDL-HG", "VHTTDL-LS", "VHTTDL-TQ"]
    # WHEN a second member signs the same file in its block later, with its own (EC) key
    monkeypatch.setenv("EMUDESK_PKCS11_KEY_LABEL", trusting_ca["EMUDESK_PKCS11_EC_KEY_LABEL"])
    code, out, err = run(capsys, "sign", str(paper), "--sign-place", "vhttdl-ls")
    assert code == 0, err
    # THEN the first revision is kept byte for byte and both signatures are valid
    assert paper.read_bytes().startswith(first)
    assert [v.status for v in papers.check_pdf(paper)] == [Status.VALID, Status.VALID]
    said = pdfsig(paper, trusting_ca["EMUDESK_TEST_NSSDB"])
    assert said.count("Signature Validation: Signature is Valid.") == 2
    assert said.count("The signature form field is not signed.") == 3
    # AND a block the paper does not have is refused, naming those left to sign
    code, _out, err = run(capsys, "sign", str(paper), "--sign-place", "VHTTDL-XX")
    assert code == 3 and "VHTTDL-BK (SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH BẮC KẠN" in err


def test_a_paper_without_signature_block_is_signed_without_a_box(
    demo_path: Path, tmp_path: Path, trusting_ca: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    paper = tmp_path / "bang-diem.pdf"
    code, out, err = run(capsys, "--db", str(demo_path), "scoresheet", "--cluster", "UBDT-C4",
                         "--year", "2024", "--unit", "BDT-DLK", "--out", str(paper), "--sign")  # fmt: skip
    assert code == 0, err
    assert "without a visible box" in out
    assert [v.status for v in papers.check_pdf(paper)] == [Status.VALID]
    assert "Signature is Valid." in pdfsig(paper, trusting_ca["EMUDESK_TEST_NSSDB"])


def test_a_wrong_pin_leaves_the_paper_unsigned_and_says_so(
    demo_path: Path, tmp_path: Path, trusting_ca: dict[str, str], capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setenv("EMUDESK_PKCS11_PIN", "000000")
    paper = tmp_path / "bien-ban.pdf"
    code, _out, err = run(capsys, "--db", str(demo_path), "minutes", "--cluster", "VHTTDL-C4",
                          "--year", "2024", "--out", str(paper), "--sign")  # fmt: skip
    assert code == 3
    assert "was written but NOT signed" in err and "refused the PIN" in err
    assert [v.status for v in papers.check_pdf(paper)] == [Status.UNSIGNED]
    # AND the right PIN works at once (the failed login left nothing behind), in the
    # chair's block, the last one
    signed = papers.sign_paper(paper, trusting_ca["EMUDESK_PKCS11_PIN"])
    assert signed.signer.name == "Nguyễn Văn Thử"
    assert signed.place is not None and signed.place.name == "chair"


def test_a_signer_this_office_does_not_trust_is_reported(
    demo_path: Path, tmp_path: Path, token: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN a paper signed by a token whose CA this office never imported
    paper = tmp_path / "bien-ban.pdf"
    code, _out, err = run(capsys, "--db", str(demo_path), "minutes", "--cluster", "VHTTDL-C4",
                          "--year", "2024", "--out", str(paper), "--sign")  # fmt: skip
    assert code == 0, err
    # THEN the signature is intact but the signer is not vouched for
    code, out, _err = run(capsys, "verify-signature", str(paper))
    assert code == 3
    assert (
        "signed by Nguyễn Văn Thử (Sở Nội vụ tỉnh Thử nghiệm), whom this office does not trust"
        in out
    )
    # AND an unsigned PDF is said to be unsigned; a Word paper is no PDF to sign
    plain = tmp_path / "plain.pdf"
    run(capsys, "--db", str(demo_path), "minutes", "--cluster", "VHTTDL-C4", "--year", "2024",
        "--out", str(plain))  # fmt: skip
    code, out, _err = run(capsys, "verify-signature", str(plain))
    assert code == 3 and "not signed" in out
    word = tmp_path / "bien-ban.docx"
    code, _out, err = run(capsys, "--db", str(demo_path), "minutes", "--cluster", "VHTTDL-C4",
                          "--year", "2024", "--out", str(word), "--sign")  # fmt: skip
    assert code == 3 and "This is not a PDF file." in err
