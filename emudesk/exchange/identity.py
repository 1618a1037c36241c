"""Who a form was issued to, stored twice inside the workbook and read back.

Two copies because each survives different accidents: copying the sheets into a new
workbook keeps neither, but "Save as" in LibreOffice or a copy of the file keeps the custom
document properties, and a workbook whose properties were stripped (some mail gateways and
"inspect document" tools do that) still has the very hidden sheet, which no menu shows.
Neither copy is a security measure: the import re-checks every cell anyway.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from emudesk.errors import FileFormatError
from emudesk.exchange import safe
from emudesk.exchange.formdata import FORMAT_VERSION, IDENTITY_SHEET, PROPERTY_PREFIX, Identity
from emudesk.i18n import _

if TYPE_CHECKING:
    from openpyxl import Workbook


def write_identity(workbook: Workbook, identity: Identity) -> None:
    """Add the very hidden identity sheet and the custom document properties."""
    from openpyxl.packaging.custom import StringProperty

    ws = workbook.create_sheet(IDENTITY_SHEET)
    for row, (key, value) in enumerate(identity.to_pairs(), start=1):
        safe.put_text(ws.cell(row=row, column=1), key)
        safe.put_text(ws.cell(row=row, column=2), value)
    ws.sheet_state = "veryHidden"
    for key, value in identity.to_pairs():
        workbook.custom_doc_props.append(StringProperty(name=PROPERTY_PREFIX + key, value=value))


def _sheet_pairs(workbook: Any) -> dict[str, str] | None:
    if IDENTITY_SHEET not in workbook.sheetnames:
        return None
    pairs: dict[str, str] = {}
    sheet = workbook[IDENTITY_SHEET]
    for key, value in sheet.iter_rows(max_row=40, max_col=2, values_only=True):
        if key is not None:
            pairs[str(key).strip()] = "" if value is None else str(value).strip()
    return pairs or None


def _property_pairs(workbook: Any) -> dict[str, str] | None:
    pairs = {
        prop.name[len(PROPERTY_PREFIX) :]: str(prop.value).strip()
        for prop in getattr(workbook, "custom_doc_props", [])
        if isinstance(getattr(prop, "name", None), str) and prop.name.startswith(PROPERTY_PREFIX)
    }
    return pairs or None


def _parse(file: str, pairs: dict[str, str]) -> Identity:
    try:
        return Identity.from_pairs(pairs)
    except (KeyError, ValueError) as exc:
        raise FileFormatError(
            _(
                "{file}: the form's identity data is damaged ({detail}); send the unit a new "
                "form from emudesk.",
                file=file,
                detail=exc,
            )
        ) from exc


def read_identity(file: str, workbook: Any) -> Identity:
    """The identity of an opened return, from either copy; both must agree when both exist."""
    in_sheet = _sheet_pairs(workbook)
    in_properties = _property_pairs(workbook)
    if in_sheet is None and in_properties is None:
        raise FileFormatError(
            _(
                "{file}: this is not a scoring form made by emudesk (its identity data is "
                "missing; perhaps the sheet was copied into another workbook). Fill in the "
                "form as it was sent.",
                file=file,
            )
        )
    if in_sheet is not None and in_properties is not None:
        for key in sorted(set(in_sheet) | set(in_properties)):
            if in_sheet.get(key) != in_properties.get(key):
                raise FileFormatError(
                    _(
                        "{file}: the two copies of the form's identity disagree ({field}); "
                        "the file was altered or put together from two forms.",
                        file=file,
                        field=key,
                    )
                )
    chosen = in_sheet if in_sheet is not None else in_properties
    assert chosen is not None
    identity = _parse(file, chosen)
    if identity.format_version != FORMAT_VERSION:
        raise FileFormatError(
            _(
                "{file}: the form has format version {version}, which this emudesk does not "
                "read (it reads version {supported}); update emudesk.",
                file=file,
                version=identity.format_version,
                supported=FORMAT_VERSION,
            )
        )
    return identity
