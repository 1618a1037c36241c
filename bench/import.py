"""Import 100 returned scoring forms: emudesk's check + commit beside openpyxl's bare reading.

A cluster-year of 10 units × 120 criteria is generated in a temporary SQLite database; its
10 forms are exported, filled in with openpyxl (every self- and peer score) in 10 rounds of
different values, giving 100 returned workbooks. Then, per round as a head would do it,
``check_files`` + ``commit`` of its 10 files is timed, beside the time openpyxl alone takes
to load the same 100 files once (read-only, every row of every sheet read) — the least any
reader of these workbooks needs. The two alternate round by round in the same run; the ratio
is the figure.

Goal: emudesk ≤ 1.5 × openpyxl alone, and peak memory < 300 MB.

    .venv/bin/python bench/import.py [--units 10] [--criteria 120] [--rounds 10]
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any
from uuid import UUID

SECTIONS = 6
ROMAN = ("I", "II", "III", "IV", "V", "VI")


def build(db: Any, units: int, criteria: int) -> UUID:
    """Issuer, cluster, units, one year with a table of ``criteria`` one-point leaves."""
    from emudesk.rules import CriterionKind as K
    from emudesk.services.organisation import clusters, issuers, years
    from emudesk.services.organisation import units as unit_service
    from emudesk.services.scoring import table_edit, tables

    with db.session() as session:
        issuer = issuers.create_issuer(session, issuers.IssuerFields(name="Bộ Thử nghiệm"))
        cluster = clusters.create_cluster(
            session, clusters.ClusterFields(code="BENCH", name="Cụm thử", issuer_uuid=issuer.uuid)
        )
        members = [
            unit_service.create_unit(
                session,
                unit_service.UnitFields(code=f"U{i:02d}"),
                official_name=f"Đơn vị thử nghiệm số {i}",
                short_name=f"Đơn vị {i}",
                from_year=2024,
            ).uuid
            for i in range(units)
        ]
        year = years.create_year(
            session,
            cluster.uuid,
            2024,
            members,
            leadership=years.Leadership(members[0], members[1]),
        )
        per_section = criteria // SECTIONS
        table = tables.create_table(session, year.uuid, declared_total=per_section * SECTIONS * 100)
        rows = []
        for s in range(SECTIONS):
            code = ROMAN[s]
            rows.append(
                table_edit.NewRow(
                    tables.CriterionFields(code, f"Mục {code}", K.SECTION, per_section * 100)
                )
            )
            rows += [
                table_edit.NewRow(
                    tables.CriterionFields(
                        f"{s + 1}.{c + 1}", f"Tiêu chí {s + 1}.{c + 1} thử nghiệm", K.POINTS, 100
                    ),
                    parent_code=code,
                )
                for c in range(per_section)
            ]
        table_edit.add_rows(session, table.uuid, rows)
        return year.uuid


def fill(form: Path, target: Path, round_: int) -> None:
    """Type a score into every unlocked score cell, as a unit would."""
    from openpyxl import load_workbook

    from emudesk.exchange.formdata import FIRST_ROW, FORM_SHEET

    workbook = load_workbook(form)
    ws = workbook[FORM_SHEET]
    for row in ws.iter_rows(min_row=FIRST_ROW):
        for cell in row:
            if cell.protection.locked is False and cell.number_format != "@":  # not a note
                cell.value = ((cell.row * 7 + cell.column * 3 + round_) % 5) * 0.25
    workbook.save(target)


def openpyxl_alone(files: list[Path]) -> float:
    """Seconds openpyxl takes to load every file once and read every row of every sheet."""
    from openpyxl import load_workbook

    start = time.perf_counter()
    for path in files:
        data = path.read_bytes()
        workbook = load_workbook(io.BytesIO(data), read_only=True, keep_links=False)
        for ws in workbook.worksheets:
            for _row in ws.iter_rows(values_only=True):
                pass
        workbook.close()
    return time.perf_counter() - start


def emudesk_import(db: Any, rounds: list[list[Path]]) -> tuple[float, float, int]:
    """Seconds for check_files and for commit over all rounds; and the scores stored."""
    from emudesk.services.exchange import return_import

    checking = committing = 0.0
    stored = 0
    for files in rounds:
        with db.session() as session:
            start = time.perf_counter()
            reports = return_import.check_files(session, files)
            checking += time.perf_counter() - start
            bad = [p for r in reports for p in r.problems]
            if bad:
                raise SystemExit("unexpected refusal: " + bad[0])
            start = time.perf_counter()
            outcome = return_import.commit(session, reports)
            committing += time.perf_counter() - start
            stored += sum(
                sum(1 for c in summary.changes if c.kind != "unchanged")
                for _name, summary in outcome.committed
            )
    return checking, committing, stored


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=10)
    parser.add_argument("--criteria", type=int, default=120)
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        os.environ["EMUDESK_HOME"] = str(folder / "home")
        from emudesk.db import open_database
        from emudesk.services.exchange import form_export

        db = open_database(folder / "bench.sqlite")
        year_uuid = build(db, args.units, args.criteria)
        (folder / "forms").mkdir()
        with db.session() as session:
            forms = form_export.export_forms(session, year_uuid, folder / "forms")
        print(f"{len(forms)} forms exported; filling {args.rounds} rounds …", file=sys.stderr)
        rounds: list[list[Path]] = []
        for r in range(args.rounds):
            target = folder / f"round{r}"
            target.mkdir()
            rounds.append([target / f.name for f in forms])
            for form, returned in zip(forms, rounds[-1], strict=True):
                fill(form, returned, r)
        files = [f for round_ in rounds for f in round_]
        size = sum(f.stat().st_size for f in files) / (1024 * 1024)
        # round by round, openpyxl alone on the round's files then emudesk on them, so that
        # a change in the machine's load weighs on both sides of the ratio alike
        baseline = checking = committing = 0.0
        stored = 0
        for round_ in rounds:
            baseline += openpyxl_alone(round_)
            round_checking, round_committing, round_stored = emudesk_import(db, [round_])
            checking, committing = checking + round_checking, committing + round_committing
            stored += round_stored
        peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
        # The Python heap's peak over one more round (checked again; nothing left to store).
        tracemalloc.start()
        emudesk_import(db, rounds[-1:])
        traced_peak = tracemalloc.get_traced_memory()[1] / (1024 * 1024)
        tracemalloc.stop()
        db.dispose()
    total = checking + committing
    print(
        f"{len(files)} returns ({size:.1f} MB): {args.units} units × {args.criteria} criteria, "
        f"{args.rounds} rounds of new values"
    )
    print(f"openpyxl alone, every file loaded once:  {baseline:6.2f} s")
    print(f"emudesk check_files (read + preview):    {checking:6.2f} s")
    print(f"emudesk commit ({stored} scores stored): {committing:6.2f} s")
    print(f"emudesk total:                           {total:6.2f} s")
    print(f"ratio total / openpyxl alone: {total / baseline:.2f}  (goal ≤ 1.5)")
    print(f"ratio check_files / openpyxl alone: {checking / baseline:.2f}")
    print(
        f"peak RSS of the whole run: {peak_rss:.0f} MB; Python heap peak of one round: "
        f"{traced_peak:.1f} MB  (goal < 300 MB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
