"""A certificate's QR code is encoded once (measuring it must not draw it a second time)."""

from __future__ import annotations

from pathlib import Path

import pytest


def test_each_certificates_qr_code_is_encoded_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportlab.graphics.barcode import qrencoder

    from emudesk.printing.certificate import render
    from emudesk.printing.templates import builtin_templates

    # GIVEN three certificates with a QR code each, and the encoder counted
    calls: list[int] = []
    make = qrencoder.QRCode.make
    monkeypatch.setattr(qrencoder.QRCode, "make", lambda self: calls.append(1) or make(self))
    template = builtin_templates()["bang-khen-bo-truong"]
    assert template.qr
    pages = [{"recipient": f"Sở số {i}", "qr": f"EMUDESK1|Bộ|1/QĐ|{i}|Sở|0"} for i in range(3)]
    # WHEN they are rendered
    render(tmp_path / "c.pdf", [(template, values) for values in pages])
    # THEN one encoding each, and the PDF is written
    assert len(calls) == 3
    assert (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF")
