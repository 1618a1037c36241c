"""Each printer's measured offset, so that text lands on the pre-printed blanks."""

from __future__ import annotations

import json
import math
from pathlib import Path

from emudesk import paths
from emudesk.errors import ValidationError
from emudesk.i18n import _
from emudesk.printing.certificate import Calibration


def _calibration_file() -> Path:
    return paths.data_dir() / "printer-calibration.json"


def load_calibrations() -> dict[str, Calibration]:
    try:
        data = json.loads(_calibration_file().read_text(encoding="utf-8"))
        return {
            str(name): Calibration(float(v["dx"]), float(v["dy"]), float(v.get("scale", 1.0)))
            for name, v in data.items()
        }
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return {}


LEGACY_KEY = "default"  # where calibrations were kept before they were stored per printer


def stored_calibration(printer: str) -> Calibration | None:
    """The offset measured on ``printer`` (by its system name), None when never measured.

    A calibration saved before emudesk stored them per printer (under "default") applies
    until the printer gets its own: it was measured on the printer the office prints with.
    """
    found = load_calibrations()
    return found.get(printer) or found.get(LEGACY_KEY)


def calibration_for(printer: str) -> Calibration:
    return stored_calibration(printer) or Calibration()


def save_calibration(printer: str, calibration: Calibration) -> None:
    """Store the offsets measured on ``printer``'s calibration grid (mm; scale near 1)."""
    numbers = (calibration.dx, calibration.dy, calibration.scale)
    if not all(math.isfinite(n) for n in numbers):
        raise ValidationError(_("The offsets and the scale must be numbers."))
    if abs(calibration.dx) > 30 or abs(calibration.dy) > 30:
        raise ValidationError(
            _("An offset of more than 30 mm is a measuring mistake; measure the grid again.")
        )
    if not 0.9 <= calibration.scale <= 1.1:
        raise ValidationError(
            _("The scale must be between 0.9 and 1.1; check that the grid was printed at 100 %.")
        )
    if not printer.strip():
        raise ValidationError(_("Choose the printer whose offset you measured."))
    found = load_calibrations()
    found[printer] = calibration
    data = {k: {"dx": v.dx, "dy": v.dy, "scale": v.scale} for k, v in found.items()}
    target = _calibration_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    from emudesk.files import atomic_output

    with atomic_output(target) as temporary:
        temporary.write_text(json.dumps(data, indent=1), encoding="utf-8")
