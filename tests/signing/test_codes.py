"""Certificates whose QR code carries the issuer's signature: printed, scanned back from the
paper, and verified on a PC with an empty database that only trusts the issuer."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from emudesk.db import open_database
from emudesk.printing.templates import builtin_templates
from emudesk.signing.qr import b45decode, b45encode, split
from tests.signing.helpers import run

needs_scanner = pytest.mark.skipif(
    shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
    reason="zbar-tools (zbarimg) and poppler-utils are needed to read the printed code",
)


def scanned(pdf: Path, folder: Path, pages: int, dpi: int = 300) -> list[str]:
    """The QR codes of the first pages, as a scanner reads them from a picture of each."""
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-l", str(pages), str(pdf),
                    str(folder / "p")], check=True)  # fmt: skip
    texts = []
    for picture in sorted(folder.glob("p-*.png")):
        out = subprocess.run(["zbarimg", "--raw", "-q", "-Sbinary", str(picture)],
                             capture_output=True, check=False).stdout  # fmt: skip
        texts.append(out.decode("utf-8").rstrip("\n"))
    return texts


@needs_scanner
@pytest.mark.parametrize("template", ["bang-khen-bo-truong", "giay-khen-giam-doc"])
def test_a_signed_code_verifies_on_a_pc_that_only_trusts_the_issuer(
    template: str, demo_path: Path, tmp_path: Path, token: dict[str, str],
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    # GIVEN the issuer's office prints its certificates with signed QR codes
    pdf = tmp_path / "bang-khen.pdf"
    code, out, err = run(capsys, "--db", str(demo_path), "certificates", "--cluster", "UBDT-C4",
                         "--year", "2024", "--template", template, "--out", str(pdf), "--sign")  # fmt: skip
    assert code == 0, err
    assert "Their QR codes are signed by Nguyễn Văn Thử" in out
    # WHEN a printed certificate's code is scanned (from a 300 dpi picture of the page)
    pictures = tmp_path / "scans"
    pictures.mkdir()
    texts = scanned(pdf, pictures, pages=1)
    assert texts[0].startswith("EMUDESK1|UBDT|") and "~" in texts[0]
    # ... on another PC: an empty database, whose office trusts only the issuer's certificate
    other = tmp_path / "other-pc"
    other.mkdir()
    monkeypatch.setenv("EMUDESK_HOME", str(other))
    empty = tmp_path / "empty.sqlite"
    open_database(empty, create=True).dispose()
    code, _out, err = run(capsys, "trust", "import", token["EMUDESK_TEST_SIGNER_CERT"])
    assert code == 0, err
    # THEN it is valid, signed by the issuer's signer, and says what it certifies
    code, out, _err = run(capsys, "--db", str(empty), "verify", texts[0])
    assert code == 0
    assert out.startswith("Valid, signed by Nguyễn Văn Thử (Sở Nội vụ tỉnh Thử nghiệm;")
    recipient = texts[0].split("|")[4]
    assert f"certificate number 2 (ví dụ) of UBDT, to {recipient}, decision" in out
    # AND an edited text (another recipient) is not valid
    forged = texts[0].replace(recipient, "Ban Dân tộc tỉnh Gia Lai")
    assert forged != texts[0]
    code, out, _err = run(capsys, "--db", str(empty), "verify", forged)
    assert code == 3 and out.startswith("NOT valid")
    # AND neither is a code signed by a key this PC does not trust
    monkeypatch.setenv("EMUDESK_HOME", str(tmp_path / "third-pc"))
    code, out, _err = run(capsys, "--db", str(empty), "verify", texts[0])
    assert code == 3 and "NOT valid" in out


def test_an_unsigned_code_is_checked_in_the_register_and_says_it_is_not_signed(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "c.pdf"
    code, _out, err = run(capsys, "--db", str(demo_path), "certificates", "--cluster", "UBDT-C4",
                          "--year", "2024", "--out", str(pdf))  # fmt: skip
    assert code == 0, err
    first = next(t for t in pdf_texts(demo_path) if t.split("|")[3] == "2 (ví dụ)")
    code, out, _err = run(capsys, "--db", str(demo_path), "verify", first)
    assert code == 0 and out.startswith("Valid: certificate number 2 (ví dụ) of UBDT")
    assert "This code carries no digital signature" in out


def pdf_texts(demo_path: Path) -> list[str]:
    """The QR texts the register would print (the printed code's text, from the register)."""
    from emudesk.model import CertificateEntry
    from emudesk.services.certificates.register import qr_text

    database = open_database(demo_path)
    with database.session() as session:
        entries = session.query(CertificateEntry).all()
        texts = [qr_text(entry.issuer, entry) for entry in entries]
    database.dispose()
    return texts


def test_base45_round_trips_and_a_signed_text_splits_back() -> None:
    for data in (b"", b"\x00", b"\xff\xff", bytes(range(256))):
        assert b45decode(b45encode(data)) == data
    assert b45encode(b"AB") == "BB8"  # RFC 9285's example
    assert split("EMUDESK1|A|B|1|Tên~BB8") == ("EMUDESK1|A|B|1|Tên", b"AB")
    assert split("EMUDESK1|A|B|1|Tên") == ("EMUDESK1|A|B|1|Tên", None)
    assert split("EMUDESK1|A|B|1|Tên~not base45!") == ("EMUDESK1|A|B|1|Tên", b"")


def test_a_code_signed_with_rsa_2048_fits_the_templates_qr_field() -> None:
    """Version 14 at level M (73 modules, 81 with the quiet zone) at ≥ 0.3 mm a module."""
    from reportlab.graphics.barcode import qrencoder

    from emudesk.printing.certificate import _qr_segments

    text = "EMUDESK1|UBDT|123/QĐ-UBDT|12345|Ban Dân tộc tỉnh Đắk Lắk|0123456789~" + b45encode(
        bytes(256)
    )
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    for segment in _qr_segments(text):
        code.addData(segment)
    code.make()
    assert code.version == 14
    modules = code.getModuleCount() + 8
    for key, template in builtin_templates().items():
        [field] = [f for f in template.fields if f.name == "qr"]
        assert min(field.width, field.height) / modules >= 0.3, key
