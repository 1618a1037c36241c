"""Papers signed with the office's token (SoftHSM2): valid for pdfsig and pyHanko, invalid
after one changed byte, the visible box in the signer's block, Vietnamese in the box.

The tờ trình does not exist on main yet (the dossier is being written); the minutes are the
paper of the issue's "done when", with the commitment for a paper of many signers."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from emudesk.services.signing import papers
from emudesk.signing import Status
from tests.signing.helpers import change_one_byte, pdfsig, run

pytestmark = pytest.mark.skipif(
    subprocess.run(["which", "pdfsig"], capture_output=True, check=False).returncode != 0,
    reason="poppler-utils (pdfsig) is not installed",
)


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


def widget_rects(path: Path) -> list[tuple[float, float, float, float]]:
    from pyhanko.pdf_utils.reader import PdfFileReader

    with path.open("rb") as stream:
        reader = PdfFileReader(stream)
        return [
            tuple(float(v) for v in sig.sig_field["/Rect"]) for sig in reader.embedded_signatures
        ]  # type: ignore[misc]


def test_minutes_signed_with_the_token_are_valid_and_one_changed_byte_breaks_them(
    demo_path: Path, tmp_path: Path, trusting_ca: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    # GIVEN the minutes of the 2024 conference, written and signed with the office's token
    paper = tmp_path / "bien-ban.pdf"
    code, out, err = run(capsys, "--db", str(demo_path), "minutes", "--cluster", "VHTTDL-C4",
                         "--year", "2024", "--out", str(paper), "--sign")  # fmt: skip
    assert code == 0, err
    assert "Signed by Nguyễn Văn Thử (Sở Nội vụ tỉnh Thử nghiệm) in the block Chủ trì" in out
    # THEN poppler's pdfsig finds the signature valid, its certificate trusted, the whole
    # document signed
    said = pdfsig(paper, trusting_ca["EMUDESK_TEST_NSSDB"])
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


def test_the_box_sits_in_the_chairs_signature_block_and_speaks_vietnamese(
    demo_db: object, demo_path: Path, tmp_path: Path, trusting_ca: dict[str, str]
) -> None:
    from emudesk.db import open_database
    from emudesk.printing.minutes import write_minutes_pdf
    from emudesk.services.cycle import meetings

    # GIVEN the minutes as their writer reports the places to sign
    paper = tmp_path / "bien-ban.pdf"
    db = open_database(demo_path)
    with db.session() as session:
        places = write_minutes_pdf(meetings.minutes_of(session, "VHTTDL-C4", 2024), paper)
    db.dispose()
    assert [(p.key, p.label) for p in places] == [
        ("secretary", "Thư ký hội nghị"),
        ("chair", "Chủ trì hội nghị"),
    ]
    # WHEN it is signed (the default place: the last, the chair's)
    signed = papers.sign_paper(paper, trusting_ca["EMUDESK_PKCS11_PIN"], places=places)
    # THEN the signature's box is exactly the chair's room to sign ...
    assert signed.place == places[-1]
    [rect] = widget_rects(paper)
    assert rect == tuple(round(v) for v in places[-1].box)
    # ... on its page, below the chair's "(Ký tên, đóng dấu)" and above the dotted name line
    page = places[-1].page + 1
    found = words(paper, page)
    height = 842.0
    top, bottom = height - rect[3], height - rect[1]
    hints = [w for w in found if w[0] == "(Ký" and w[1] > rect[0] - 40]
    dots = [w for w in found if w[0].startswith("……") and w[1] > rect[0] - 40]
    assert hints and dots
    assert hints[0][4] <= top and bottom <= dots[0][2]
    assert rect[0] > 297 and rect[2] < 595 - 40  # the right-hand column, inside the margin
    # ... and the box's text is Vietnamese, drawn in a font that has its letters
    text = " ".join(w[0] for w in found)
    assert "Ký bởi: Nguyễn Văn Thử" in text and "Sở Nội vụ tỉnh Thử nghiệm" in text


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
    assert "in the block Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng" in out
    first = paper.read_bytes()
    # WHEN a second member signs the same file in its block, with its own (EC) key
    from emudesk.db import open_database
    from emudesk.printing.commitment import write_commitment_pdf
    from emudesk.services.cycle import commitments

    db = open_database(demo_path)
    with db.session() as session:
        places = write_commitment_pdf(
            commitments.require(session, "VHTTDL-C4", 2025), tmp_path / "again.pdf"
        )
    db.dispose()
    monkeypatch.setenv("EMUDESK_PKCS11_KEY_LABEL", trusting_ca["EMUDESK_PKCS11_EC_KEY_LABEL"])
    papers.sign_paper(
        paper, trusting_ca["EMUDESK_PKCS11_PIN"], places=places, place_key="vhttdl-ls"
    )
    # THEN the first revision is kept byte for byte and both signatures are valid
    assert paper.read_bytes().startswith(first)
    verdicts = papers.check_pdf(paper)
    assert [v.status for v in verdicts] == [Status.VALID, Status.VALID]
    said = pdfsig(paper, trusting_ca["EMUDESK_TEST_NSSDB"])
    assert said.count("Signature Validation: Signature is Valid.") == 2
    # AND the two boxes are in two different members' blocks
    rects = widget_rects(paper)
    by_key = {p.key: p for p in places}
    assert rects == [
        tuple(round(v) for v in by_key["VHTTDL-CB"].box),
        tuple(round(v) for v in by_key["VHTTDL-LS"].box),
    ]
    # AND a block the paper does not have is refused, naming the blocks it has
    code, _out, err = run(capsys, *args[:-1], "VHTTDL-XX")
    assert code == 3 and "VHTTDL-CB (Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng)" in err


def test_a_paper_without_signature_block_is_signed_without_a_box(
    demo_path: Path, tmp_path: Path, trusting_ca: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    paper = tmp_path / "tong-hop.pdf"
    code, out, err = run(capsys, "--db", str(demo_path), "year-summary", "--cluster", "UBDT-C4",
                         "--year", "2024", "--out", str(paper), "--sign")  # fmt: skip
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
    # AND the right PIN works at once (the failed login left nothing behind)
    signed = papers.sign_paper(paper, trusting_ca["EMUDESK_PKCS11_PIN"])
    assert signed.signer.name == "Nguyễn Văn Thử"


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
    # AND an unsigned PDF is said to be unsigned
    plain = tmp_path / "plain.pdf"
    run(capsys, "--db", str(demo_path), "minutes", "--cluster", "VHTTDL-C4", "--year", "2024",
        "--out", str(plain))  # fmt: skip
    code, out, _err = run(capsys, "verify-signature", str(plain))
    assert code == 3 and "not signed" in out
