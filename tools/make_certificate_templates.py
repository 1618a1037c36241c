"""Write the built-in certificate templates (``resources/certificates/*.json``).

The templates are data that officers edit (copies in the database); this script is how the
shipped ones were laid out, so that a change of the common layout is made once. The A3
landscape layout (420 × 297 mm) follows the specimen in DOMAIN.md; other sizes scale it.

Usage: python tools/make_certificate_templates.py
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RED = "#c00000"

# (name, x, y, width, height, text, options) on a 420 × 297 mm sheet
A3_FIELDS: list[tuple[str, float, float, float, float, str, dict[str, object]]] = [
    (
        "issuer_title",
        40,
        52,
        340,
        20,
        "{issuer_title}",
        {"size": 20, "min_size": 12, "bold": True, "color": RED, "max_lines": 2, "static": True},
    ),
    ("tang", 160, 76, 100, 11, "TẶNG", {"size": 18, "bold": True, "static": True}),
    (
        "award_title",
        60,
        90,
        300,
        24,
        "{award_title}",
        {"size": 46, "min_size": 24, "bold": True, "color": RED, "static": True},
    ),
    (
        "recipient",
        40,
        122,
        340,
        24,
        "{recipient}",
        {"size": 26, "min_size": 14, "bold": True, "max_lines": 2},
    ),
    (
        "achievement",
        50,
        150,
        320,
        40,
        "{achievement}",
        {"size": 17, "min_size": 11, "italic": True, "max_lines": 3},
    ),
    ("place_date", 225, 200, 160, 9, "{place_date}", {"size": 14, "min_size": 10, "italic": True}),
    (
        "signer_title",
        225,
        210,
        160,
        16,
        "{signer_title}",
        {"size": 14, "min_size": 10, "bold": True, "max_lines": 2},
    ),
    ("signer_name", 225, 262, 160, 10, "{signer_name}", {"size": 16, "min_size": 11, "bold": True}),
    (
        "decision_line",
        38,
        218,
        170,
        9,
        "{decision_line}",
        {"size": 13, "min_size": 9, "align": "left"},
    ),
    (
        "register_line",
        38,
        228,
        170,
        9,
        "{register_line}",
        {"size": 13, "min_size": 9, "align": "left"},
    ),
    # 36 mm: a code signed with RSA-2048 (version 14, 81 modules with its margin) prints at
    # 0.44 mm a module (0.31 mm on the A4 Giấy khen), which phones read from paper
    ("qr", 38, 242, 36, 36, "{qr}", {"size": 10, "min_size": 10}),
]

TEMPLATES = [
    ("bang-khen-bo-truong", "Bằng khen của Bộ trưởng (420 × 297 mm)", 420, 297, "BẰNG KHEN"),
    (
        "bang-khen-chu-tich-tinh",
        "Bằng khen của Chủ tịch UBND tỉnh (420 × 297 mm)",
        420,
        297,
        "BẰNG KHEN",
    ),
    (
        "giay-khen-giam-doc",
        "Giấy khen của Giám đốc (A4 ngang, 297 × 210 mm)",
        297,
        210,
        "GIẤY KHEN",
    ),
    ("co-thi-dua", "Giấy chứng nhận kèm Cờ thi đua (420 × 297 mm)", 420, 297, "CỜ THI ĐUA"),
]


def scaled(width: float, height: float, award: str) -> list[dict[str, object]]:
    sx, sy = width / 420, height / 297
    fields = []
    for name, x, y, w, h, text, options in A3_FIELDS:
        item: dict[str, object] = {
            "name": name,
            "x": round(x * sx, 1),
            "y": round(y * sy, 1),
            "width": round(w * sx, 1),
            "height": round(h * sy, 1),
            "text": award if name == "award_title" else text,
        }
        for key, value in options.items():
            if key in ("size", "min_size") and isinstance(value, int | float):
                item[key] = max(6.0, round(float(value) * min(sx, sy) * 2) / 2)
            else:
                item[key] = value
        if name == "award_title" and award == "CỜ THI ĐUA":
            item["size"] = round(40 * min(sx, sy))
        fields.append(item)
    return fields


def main() -> None:
    folder = ROOT / "resources" / "certificates"
    folder.mkdir(parents=True, exist_ok=True)
    for key, name, width, height, award in TEMPLATES:
        data = {
            "key": key,
            "name": name,
            "width": width,
            "height": height,
            "border": True,
            "national_header": True,
            "qr": True,
            "fields": scaled(width, height, award),
        }
        path = folder / f"{key}.json"
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
