"""Certificate templates as data: page size and every field's box in millimetres.

A template is a JSON document (built-ins in ``resources/certificates``; edited copies are
stored in the database by ``services.certificates``). Positions are measured from the top-left
corner of the sheet, as an officer measures a pre-printed blank with a ruler. A field marked
``static`` is part of the design (national header, the issuer's title, "BẰNG KHEN"): it is
printed on plain paper and left out when printing onto blanks, which already carry it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from emudesk import paths
from emudesk.errors import ValidationError
from emudesk.i18n import _

ALIGNMENTS = ("left", "center", "right")
FIELD_NAMES = (
    "issuer_title",
    "tang",
    "award_title",
    "recipient",
    "achievement",
    "decision_line",
    "register_line",
    "place_date",
    "signer_title",
    "signer_name",
    "qr",
)
MIN_FONT_SIZE = 6.0


@dataclass(frozen=True)
class Field:
    """One box of the certificate; ``text`` may hold ``{placeholders}`` filled per award."""

    name: str
    x: float  # mm from the left edge
    y: float  # mm from the top edge
    width: float
    height: float
    text: str = ""
    align: str = "center"
    size: float = 14.0  # points
    min_size: float = 10.0  # shrink-to-fit stops here
    bold: bool = False
    italic: bool = False
    color: str = "#000000"
    max_lines: int = 1
    static: bool = False  # part of the design: not printed onto pre-printed blanks

    @property
    def bottom(self) -> float:
        return self.y + self.height


@dataclass(frozen=True)
class Template:
    key: str
    name: str
    width: float  # mm
    height: float  # mm
    fields: tuple[Field, ...]
    border: bool = True  # ornamental border on plain paper
    national_header: bool = True
    qr: bool = False

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)

    def with_field(self, changed: Field) -> Template:
        """A copy with ``changed`` in place of the field of the same name."""
        fields = tuple(changed if f.name == changed.name else f for f in self.fields)
        return replace(self, fields=fields)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["fields"] = [asdict(f) for f in self.fields]
        return data


def from_dict(data: Mapping[str, Any], *, source: str = "") -> Template:
    """Build and check a template; every problem is named with the field concerned."""
    where = source or str(data.get("key", "?"))
    try:
        fields = tuple(Field(**dict(item)) for item in data["fields"])
        template = Template(
            key=str(data["key"]),
            name=str(data["name"]),
            width=float(data["width"]),
            height=float(data["height"]),
            fields=fields,
            border=bool(data.get("border", True)),
            national_header=bool(data.get("national_header", True)),
            qr=bool(data.get("qr", False)),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ValidationError(
            _(
                "The certificate template {template} is damaged ({detail}).",
                template=where,
                detail=exc,
            )
        ) from exc
    check(template)
    return template


def field_label(name: str) -> str:
    """A field as the template editor and its messages name it (not its internal key)."""
    labels = {
        "issuer_title": _("Issuer's title"),
        "tang": _("The word “TẶNG”"),
        "award_title": _("Award title"),
        "recipient": _("Recipient"),
        "achievement": _("Achievement"),
        "decision_line": _("Decision line"),
        "register_line": _("Register number"),
        "place_date": _("Place and date"),
        "signer_title": _("Signer's title"),
        "signer_name": _("Signer's name"),
        "qr": _("QR code"),
    }
    return labels.get(name, name)


def alignment_label(align: str) -> str:
    return {"left": _("left"), "center": _("centred"), "right": _("right")}.get(align, align)


def mm(value: float) -> str:
    """A length as the user reads it: "30,5" in Vietnamese, "30.5" in English."""
    from emudesk.i18n import language

    text = f"{value:g}"
    return text.replace(".", ",") if language() == "vi" else text


def check(template: Template) -> None:
    """Refuse a template a printer could not honour: a box off the page, a wrong size…"""
    problems: list[str] = []
    if not (50 <= template.width <= 1000 and 50 <= template.height <= 1000):
        problems.append(
            _(
                "the page must be 50 to 1000 mm on each side (it is {width} × {height} mm)",
                width=mm(template.width),
                height=mm(template.height),
            )
        )
    seen: set[str] = set()
    for item in template.fields:
        label = field_label(item.name)
        if item.name in seen:
            problems.append(_("the field “{field}” appears twice", field=label))
        seen.add(item.name)
        if item.width <= 0 or item.height <= 0:
            problems.append(_("the field “{field}” has no area", field=label))
        if (
            item.x < 0
            or item.y < 0
            or item.x + item.width > template.width + 0.01
            or item.y + item.height > template.height + 0.01
        ):
            problems.append(
                _(
                    "the field “{field}” ({x}, {y}, {w} × {h} mm) lies outside the page "
                    "({width} × {height} mm)",
                    field=label,
                    x=mm(item.x),
                    y=mm(item.y),
                    w=mm(item.width),
                    h=mm(item.height),
                    width=mm(template.width),
                    height=mm(template.height),
                )
            )
        if item.align not in ALIGNMENTS:
            problems.append(_("the field “{field}” has an unknown alignment", field=label))
        if not MIN_FONT_SIZE <= item.min_size <= item.size:
            problems.append(
                _(
                    "the field “{field}” needs {minimum} pt ≤ smallest size ≤ size",
                    field=label,
                    minimum=mm(MIN_FONT_SIZE),
                )
            )
        if item.max_lines < 1:
            problems.append(_("the field “{field}” must allow at least one line", field=label))
    if problems:
        raise ValidationError(
            _(
                "The certificate template {template} cannot be used: {problems}.",
                template=template.name,
                problems="; ".join(problems),
            )
        )


def builtin_dir() -> Path:
    return paths.resources_dir() / "certificates"


def builtin_templates() -> dict[str, Template]:
    """The templates shipped with the program, by key."""
    found: dict[str, Template] = {}
    for path in sorted(builtin_dir().glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:  # ValueError: not UTF-8, or not JSON
            raise ValidationError(
                _(
                    "The certificate template {path} cannot be read or is damaged; reinstall "
                    "emudesk.",
                    path=path,
                )
            ) from exc
        template = from_dict(data, source=path.name)
        found[template.key] = template
    return found
