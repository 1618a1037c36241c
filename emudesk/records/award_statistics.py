"""Award statistics as plain data: counts per award, level, year and unit, and the three
cross tables the report and the window show (award × year, unit × award, level × year).

Counts are exact integers. An award of a past decision (typed into the template, kept in
``past_award``) counts as proposed and decided; it belongs to no cluster. A unit and an
issuer are named as they were on the decision's date (a proposal not decided yet: on the last
day of its year), so a unit renamed or merged since keeps, in the rows of its old awards, the
name those awards were given under.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

# The level of an award: who grants it in the end (the catalogue says it: its grantor).
STATE = "state"  # the Prime Minister, the President, the Government
MINISTRY = "ministry"  # a minister, a ministry-level committee's chairman
PROVINCE = "province"  # a provincial people's committee's chairman
OTHER = "other"
LEVELS = (STATE, MINISTRY, PROVINCE, OTHER)

AWARD_YEAR = "award_year"
UNIT_AWARD = "unit_award"
LEVEL_YEAR = "level_year"
BREAKDOWNS = (AWARD_YEAR, UNIT_AWARD, LEVEL_YEAR)


@dataclass(frozen=True)
class StatCell:
    """How many awards of one kind one unit was proposed for, and granted, in one year."""

    year: int
    level: str
    award_code: str
    award: str  # as the catalogue prints it
    unit_code: str
    unit: str  # as called on the decision's date
    proposed: int
    decided: int  # approved by a decision
    past: int = 0  # of ``decided`` (and ``proposed``): past decisions typed into the template


@dataclass(frozen=True)
class Crosstab:
    """One breakdown: ``decided[r][c]`` awards for row ``r`` and column ``c``; each row's
    proposals in ``proposed`` (a row total), the totals under the table."""

    key: str
    row_heading: str
    rows: tuple[str, ...]
    row_codes: tuple[str, ...]  # the award's or unit's code, the level; "" when none
    columns: tuple[str, ...]
    decided: tuple[tuple[int, ...], ...]
    proposed: tuple[int, ...]

    def row_total(self, row: int) -> int:
        return sum(self.decided[row])

    def column_totals(self) -> tuple[int, ...]:
        return tuple(sum(r[c] for r in self.decided) for c in range(len(self.columns)))

    @property
    def total_decided(self) -> int:
        return sum(sum(r) for r in self.decided)

    @property
    def total_proposed(self) -> int:
        return sum(self.proposed)


@dataclass(frozen=True)
class AwardStatistics:
    issuer_code: str
    issuer: str  # its names on the decisions' dates, oldest first, joined by " / "
    first_year: int | None  # the period asked for (None: from the first year found)
    last_year: int | None
    cluster: str  # "" for every cluster of the issuer
    made_on: dt.date
    cells: tuple[StatCell, ...]
    # Past decisions belong to no cluster: with a cluster chosen, how many were left out.
    past_left_out: int = 0

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(sorted({c.year for c in self.cells}))

    @property
    def decided(self) -> int:
        return sum(c.decided for c in self.cells)

    @property
    def proposed(self) -> int:
        return sum(c.proposed for c in self.cells)

    @property
    def past(self) -> int:
        """Awards counted from past decisions (imported from the template)."""
        return sum(c.past for c in self.cells)

    def period(self) -> tuple[int, int] | None:
        """The years shown: the range asked for, narrowed to the years found when open."""
        years = self.years
        first = self.first_year if self.first_year is not None else (years[0] if years else None)
        last = self.last_year if self.last_year is not None else (years[-1] if years else None)
        if first is None or last is None:
            return None
        return first, last

    def crosstab(
        self,
        key: str,
        *,
        headings: dict[str, str],
        level_label: Callable[[str], str],
        sort_key: Callable[[str], object],
    ) -> Crosstab:
        """The breakdown ``key`` (one of ``BREAKDOWNS``); ``headings`` names its first column
        ("award", "unit", "level"), ``level_label`` words a level, ``sort_key`` orders names."""
        if key == AWARD_YEAR:
            return _table(
                key,
                headings["award"],
                self.cells,
                row=lambda c: (c.award_code, c.award),
                column=lambda c: str(c.year),
                row_order=lambda r: (sort_key(r[1]), r[0]),
                column_order=lambda text: text,
            )
        if key == UNIT_AWARD:
            awards = {c.award_code: c.award for c in self.cells}
            return _table(
                key,
                headings["unit"],
                self.cells,
                row=lambda c: (c.unit_code, c.unit),
                column=lambda c: awards[c.award_code],
                row_order=lambda r: (sort_key(r[1]), r[0]),
                column_order=sort_key,
            )
        if key == LEVEL_YEAR:
            return _table(
                key,
                headings["level"],
                self.cells,
                row=lambda c: (c.level, level_label(c.level)),
                column=lambda c: str(c.year),
                row_order=lambda r: LEVELS.index(r[0]) if r[0] in LEVELS else len(LEVELS),
                column_order=lambda text: text,
            )
        raise ValueError(key)


def _table(
    key: str,
    heading: str,
    cells: Iterable[StatCell],
    *,
    row: Callable[[StatCell], tuple[str, str]],
    column: Callable[[StatCell], str],
    row_order: Callable[[tuple[str, str]], object],
    column_order: Callable[[str], object],
) -> Crosstab:
    decided: dict[tuple[tuple[str, str], str], int] = {}
    proposed: dict[tuple[str, str], int] = {}
    columns: set[str] = set()
    for cell in cells:
        r, c = row(cell), column(cell)
        columns.add(c)
        proposed[r] = proposed.get(r, 0) + cell.proposed
        decided[(r, c)] = decided.get((r, c), 0) + cell.decided
    rows = sorted(proposed, key=row_order)  # type: ignore[arg-type]
    ordered = sorted(columns, key=column_order)  # type: ignore[arg-type]
    return Crosstab(
        key=key,
        row_heading=heading,
        rows=tuple(r[1] for r in rows),
        row_codes=tuple(r[0] for r in rows),
        columns=tuple(ordered),
        decided=tuple(tuple(decided.get((r, c), 0) for c in ordered) for r in rows),
        proposed=tuple(proposed[r] for r in rows),
    )
