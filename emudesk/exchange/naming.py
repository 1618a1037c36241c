"""File names of the forms, and what a returned file's name says about whose form it is.

Names are ASCII (mail systems and old Windows archivers mangle "Đắk Lắk") and start with the
cluster and year so a folder of returns sorts itself. When a return's name still follows
the pattern but names another unit or year than the form inside, the wrong attachment was
sent: that is refused rather than imported under the wrong name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from emudesk.errors import FileFormatError
from emudesk.exchange.formdata import Identity
from emudesk.i18n import _

FORM_SUFFIX = ".xlsx"
_UNSAFE = re.compile(r"[^A-Za-z0-9.-]+")
# "(2)" or " - Copy" style suffixes that mail programs and file managers add to duplicates.
_FORM_NAME = re.compile(r"^([A-Za-z0-9.-]+)_(\d{4})_([A-Za-z0-9.-]+?)(?:[ _-]*\(\d+\))?$")


def safe_code(code: str) -> str:
    """A code as it appears in file names: ASCII letters, digits, dot and dash only."""
    return _UNSAFE.sub("-", code).strip("-") or "x"


def form_file_name(cluster_code: str, year: int, unit_code: str) -> str:
    """``UBDT-C4_2024_BDT-DLK.xlsx``."""
    return f"{safe_code(cluster_code)}_{year}_{safe_code(unit_code)}{FORM_SUFFIX}"


def check_name(
    file: str, identity: Identity, unit_label: str, label_of: Callable[[str, int], str | None]
) -> None:
    """Refuse a return whose file name names another unit or year of the same cluster.

    ``label_of(code, year)`` gives the short name of a unit code (None when unknown).
    """
    match = _FORM_NAME.match(Path(file).stem)
    if match is None or match.group(1) != safe_code(identity.cluster_code):
        return
    named_year, named_unit = int(match.group(2)), match.group(3)
    year = identity.year
    if named_unit != safe_code(identity.unit_code):
        raise FileFormatError(
            _(
                "{file}: this form belongs to {unit} for {year}, not to {expected} as the file "
                "name says; check the attachment.",
                file=file,
                unit=unit_label,
                year=year,
                expected=label_of(named_unit, year) or named_unit,
            )
        )
    if named_year != year:
        raise FileFormatError(
            _(
                "{file}: this form belongs to {unit} for {year}, not for {expected} as the file "
                "name says; check the attachment.",
                file=file,
                unit=unit_label,
                year=year,
                expected=named_year,
            )
        )


def check_expected_year(
    file: str,
    unit_label: str,
    actual: tuple[str, int],
    expected: tuple[str, int] | None,
) -> None:
    """Refuse a form of another cluster-year than the one being imported."""
    if expected is None or expected == actual:
        return
    (cluster, year), (expected_cluster, expected_year) = actual, expected
    if cluster != expected_cluster:
        raise FileFormatError(
            _(
                "{file}: this form belongs to {unit} in {cluster} {year}, not to {expected} "
                "being imported.",
                file=file,
                unit=unit_label,
                cluster=cluster,
                year=year,
                expected=f"{expected_cluster} {expected_year}",
            )
        )
    raise FileFormatError(
        _(
            "{file}: this form belongs to {unit} for {year}, not for {expected} being imported.",
            file=file,
            unit=unit_label,
            year=year,
            expected=expected_year,
        )
    )
