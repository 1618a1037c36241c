"""1,000 certificates: emudesk's renderer beside reportlab alone drawing the same strings.

emudesk: ``printing.certificate.render`` of 1,000 pages (full design: border, national header,
every field fitted into its box, QR code), written to one PDF.
reportlab alone: the same fonts, the same strings drawn at the same places with
``drawString`` and the same QR codes, no fitting, no border — the floor of any renderer.

Goal: emudesk ≤ 1.25 × reportlab alone.

    .venv/bin/python bench/certificates.py [--count 1000] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def pages(count: int) -> list[dict[str, str]]:
    provinces = ("Lạng Sơn", "Tuyên Quang", "Hà Giang", "Cao Bằng", "Bắc Kạn", "Đắk Lắk")
    return [
        {
            "issuer_title": "BỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
            "recipient": f"Sở Văn hóa, Thể thao và Du lịch tỉnh {provinces[i % len(provinces)]}",
            "achievement": "Đã có thành tích xuất sắc trong phong trào thi đua năm 2024",
            "decision_line": "Quyết định số 15/QĐ-BVHTTDL, ngày 24 tháng 01 năm 2025",
            "register_line": f"Số sổ: {i + 1}",
            "place_date": "Hà Nội, ngày 24 tháng 01 năm 2025",
            "signer_title": "BỘ TRƯỞNG",
            "signer_name": "Nguyễn Văn Hùng",
            "qr": f"EMUDESK1|Bộ VHTTDL|15/QĐ-BVHTTDL|{i + 1}|Sở VHTTDL|0123456789",
        }
        for i in range(count)
    ]


def emudesk_run(target: Path, data: list[dict[str, str]]) -> float:
    from emudesk.printing.certificate import render
    from emudesk.printing.templates import builtin_templates

    template = builtin_templates()["bang-khen-bo-truong"]
    start = time.perf_counter()
    render(target, [(template, values) for values in data])
    return time.perf_counter() - start


def reportlab_run(target: Path, data: list[dict[str, str]]) -> float:
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.pdfgen.canvas import Canvas

    from emudesk.printing.certificate import MM
    from emudesk.printing.fonts import register_fonts
    from emudesk.printing.templates import builtin_templates

    template = builtin_templates()["bang-khen-bo-truong"]
    family = register_fonts()
    height = template.height * MM
    start = time.perf_counter()
    canvas = Canvas(str(target), pagesize=(template.width * MM, height), pageCompression=1)
    for values in data:
        for field in template.fields:
            text = field.text.format_map(values) if "{" in field.text else field.text
            if field.name == "qr":
                widget = QrCodeWidget(values["qr"], barLevel="M")
                side = field.width * MM
                drawing = Drawing(side, side)
                drawing.add(widget)
                renderPDF.draw(drawing, canvas, field.x * MM, height - field.bottom * MM)
                continue
            canvas.setFont(family.bold if field.bold else family.regular, field.size)
            canvas.drawString(field.x * MM, height - field.bottom * MM, text)
        canvas.showPage()
    canvas.save()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    data = pages(args.count)
    from emudesk.printing.fonts import register_fonts

    register_fonts()
    ours, alone = [], []
    with tempfile.TemporaryDirectory() as folder:
        for run in range(args.runs):
            alone.append(reportlab_run(Path(folder) / f"r{run}.pdf", data))
            ours.append(emudesk_run(Path(folder) / f"e{run}.pdf", data))
        size = (Path(folder) / "e0.pdf").stat().st_size / (1024 * 1024)
    ours_median, alone_median = statistics.median(ours), statistics.median(alone)
    print(f"{args.count} certificates (A3, full design), {args.runs} runs, median:")
    print(f"  reportlab alone: {alone_median:6.2f} s")
    print(f"  emudesk:         {ours_median:6.2f} s   ({size:.1f} MB PDF)")
    print(f"  ratio: {ours_median / alone_median:.2f}  (goal ≤ 1.25)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
