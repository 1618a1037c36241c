"""Checks of a scoring table and of one entered value, with messages in the user's language.

A table is typed in by hand from a printed regulation, so its arithmetic is checked instead of
trusted: a section whose maximum differs from the sum of its rows is reported rather than
silently recomputed, because the printed number and the rows cannot both be right. Problems are
structured (code, kind, expected, actual) so a caller can sort or highlight them, and each one
can say itself in the user's language (Vietnamese by default).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from emudesk.i18n import _
from emudesk.rules.points import MAX_VALUE, PointsFormatError, local_points, parse_points
from emudesk.rules.table import CriterionKind, CriterionSpec, check_params

_COUNT = re.compile(r"[+-]?[0-9]{1,10}")  # a count, at most ten digits


class TableProblemKind(StrEnum):
    """What is wrong with a table."""

    EMPTY_CODE = "empty_code"
    DUPLICATE_KEY = "duplicate_key"
    DUPLICATE_CODE = "duplicate_code"
    MISSING_PARENT = "missing_parent"
    CYCLE = "cycle"
    CHILD_OF_LEAF = "child_of_leaf"
    EMPTY_SECTION = "empty_section"
    NON_POSITIVE_MAX = "non_positive_max"
    BAD_PARAMS = "bad_params"
    SECTION_SUM = "section_sum"
    TOTAL = "total"

    @property
    def blocks_scoring(self) -> bool:
        """True when no total can be computed until the problem is fixed."""
        return self in _BLOCKING


_BLOCKING = frozenset(
    {
        TableProblemKind.DUPLICATE_KEY,
        TableProblemKind.DUPLICATE_CODE,
        TableProblemKind.MISSING_PARENT,
        TableProblemKind.CYCLE,
        TableProblemKind.CHILD_OF_LEAF,
        TableProblemKind.BAD_PARAMS,
    }
)


@dataclass(frozen=True)
class TableProblem:
    """One fault of a table: which row (None for the whole table), what, and the numbers.

    ``expected`` is what the table declares, ``actual`` what its rows add up to (hundredths);
    for DUPLICATE_CODE ``actual`` is the number of rows sharing the code. ``detail`` carries
    the codes of a cycle or of a leaf's children, the title of a row without a code, or the
    full message of bad parameters.
    """

    code: str | None
    kind: TableProblemKind
    expected: int | None = None
    actual: int | None = None
    detail: str = ""

    @property
    def message(self) -> str:
        """The problem as a sentence for the table editor, in the user's language."""
        code, kind, detail = self.code, self.kind, self.detail
        expected = local_points(self.expected) if self.expected is not None else ""
        actual = local_points(self.actual) if self.actual is not None else ""
        if kind is TableProblemKind.EMPTY_CODE:
            return _("A row has no code: “{title}”", title=detail)
        if kind is TableProblemKind.DUPLICATE_KEY:
            return _("Criterion {code}: its internal key is the same as another row's", code=code)
        if kind is TableProblemKind.DUPLICATE_CODE:
            return _(
                "The code {code} is used by {count} rows; each row needs its own code",
                code=code,
                count=self.actual,
            )
        if kind is TableProblemKind.MISSING_PARENT:
            return _("Criterion {code}: its parent section is not found", code=code)
        if kind is TableProblemKind.CYCLE:
            return _("The rows {codes} are each other's parents in a loop", codes=detail)
        if kind is TableProblemKind.CHILD_OF_LEAF:
            return _(
                "Criterion {code} is not a section, so it cannot have criteria under it ({codes})",
                code=code,
                codes=detail,
            )
        if kind is TableProblemKind.EMPTY_SECTION:
            return _("Section {code}: no criteria under it yet", code=code)
        if kind is TableProblemKind.NON_POSITIVE_MAX:
            return _(
                "Criterion {code}: the maximum must be more than 0 (it is {actual})",
                code=code,
                actual=actual,
            )
        if kind is TableProblemKind.BAD_PARAMS:
            return detail
        if kind is TableProblemKind.SECTION_SUM:
            return _(
                "Section {code}: its criteria add up to {actual} but the section says {expected}",
                code=code,
                actual=actual,
                expected=expected,
            )
        return _(
            "Scoring table: the sections add up to {actual} but the table's total is {expected}",
            actual=actual,
            expected=expected,
        )


def validate_table(criteria: Sequence[CriterionSpec], declared_total: int) -> list[TableProblem]:
    """Return every problem of the table (empty when it is sound), in a stable order.

    Section maxima are *declared and checked*: each section's maximum must equal the sum of
    its children's maxima, bonus and deduction rows excluded, and the top-level rows must add
    up to ``declared_total`` (hundredths, e.g. 10000 for a 100-point table).
    """
    problems: list[TableProblem] = []
    by_key: dict[str, CriterionSpec] = {}
    for spec in criteria:
        if not spec.code.strip():
            problems.append(TableProblem(None, TableProblemKind.EMPTY_CODE, detail=spec.title))
        if spec.key in by_key:
            problems.append(TableProblem(spec.code, TableProblemKind.DUPLICATE_KEY))
        else:
            by_key[spec.key] = spec
    code_counts = Counter(spec.code for spec in criteria if spec.code.strip())
    for code, count in code_counts.items():
        if count > 1:
            problems.append(TableProblem(code, TableProblemKind.DUPLICATE_CODE, actual=count))

    children: dict[str | None, list[CriterionSpec]] = {}
    for spec in by_key.values():
        if spec.parent_key is not None and spec.parent_key not in by_key:
            problems.append(TableProblem(spec.code, TableProblemKind.MISSING_PARENT))
        else:
            children.setdefault(spec.parent_key, []).append(spec)
    problems.extend(_cycles(by_key))

    for spec in by_key.values():
        problems.extend(_row_problems(spec, children.get(spec.key, [])))

    top_total = sum(s.max_points for s in children.get(None, []) if s.kind.counts_in_maximum)
    if top_total != declared_total:
        problems.append(
            TableProblem(None, TableProblemKind.TOTAL, expected=declared_total, actual=top_total)
        )
    return problems


def _row_problems(spec: CriterionSpec, kids: list[CriterionSpec]) -> list[TableProblem]:
    problems: list[TableProblem] = []
    if spec.kind is CriterionKind.SECTION:
        if not kids:
            problems.append(TableProblem(spec.code, TableProblemKind.EMPTY_SECTION))
        else:
            summed = sum(kid.max_points for kid in kids if kid.kind.counts_in_maximum)
            if summed != spec.max_points:
                problems.append(
                    TableProblem(
                        spec.code,
                        TableProblemKind.SECTION_SUM,
                        expected=spec.max_points,
                        actual=summed,
                    )
                )
        return problems
    if kids:
        codes = ", ".join(kid.code for kid in sorted(kids, key=lambda k: (k.position, k.code)))
        problems.append(TableProblem(spec.code, TableProblemKind.CHILD_OF_LEAF, detail=codes))
    if spec.max_points <= 0:
        problems.append(
            TableProblem(spec.code, TableProblemKind.NON_POSITIVE_MAX, actual=spec.max_points)
        )
    message = check_params(spec)
    if message is not None:
        problems.append(TableProblem(spec.code, TableProblemKind.BAD_PARAMS, detail=message))
    return problems


def _cycles(by_key: dict[str, CriterionSpec]) -> list[TableProblem]:
    """Report each loop of parent links once, named by its codes in table order."""
    settled: set[str] = set()
    problems: list[TableProblem] = []
    for start in by_key:
        path: list[str] = []
        on_path: set[str] = set()
        key: str | None = start
        while key is not None and key in by_key and key not in settled:
            if key in on_path:
                loop = path[path.index(key) :]
                codes = ", ".join(sorted(by_key[k].code for k in loop))
                problems.append(
                    TableProblem(by_key[key].code, TableProblemKind.CYCLE, detail=codes)
                )
                break
            path.append(key)
            on_path.add(key)
            key = by_key[key].parent_key
        settled.update(path)
    return problems


class ValueProblemKind(StrEnum):
    """What is wrong with one entered value."""

    NOT_A_LEAF = "not_a_leaf"
    NOT_A_NUMBER = "not_a_number"
    NEGATIVE = "negative"
    ABOVE_MAX = "above_max"
    NOT_PASS_FAIL = "not_pass_fail"


@dataclass(frozen=True)
class ValueProblem:
    """A value the row does not allow, with the allowed range for the message.

    ``value`` is the offending input as given (an int, or the text that did not parse);
    ``detail`` holds the parser's message for NOT_A_NUMBER.
    """

    code: str
    criterion_kind: CriterionKind
    kind: ValueProblemKind
    value: int | str
    maximum: int
    detail: str = ""

    @property
    def message(self) -> str:
        """The problem as a sentence naming the criterion and the allowed range.

        In the user's language (Vietnamese by default).
        """
        code, ckind, kind = self.code, self.criterion_kind, self.kind
        if kind is ValueProblemKind.NOT_A_LEAF:
            return _("Section {code} adds up its criteria; it takes no score itself", code=code)
        if kind is ValueProblemKind.NOT_A_NUMBER:
            return _("Criterion {code}: {detail}", code=code, detail=self.detail)
        if ckind is CriterionKind.PER_OCCURRENCE:
            return _(
                "Criterion {code}: the number of times {value} is not valid; it must be a whole "
                "number from 0 up",
                code=code,
                value=self.value,
            )
        value = local_points(self.value) if isinstance(self.value, int) else self.value
        top = local_points(self.maximum)
        if ckind is CriterionKind.QUANTITATIVE:
            return _(
                "Criterion {code}: the result {value} cannot be negative", code=code, value=value
            )
        said = {"code": code, "value": value, "maximum": top}
        negative = kind is ValueProblemKind.NEGATIVE
        if kind is ValueProblemKind.NOT_PASS_FAIL:
            return _(
                "Criterion {code}: score only 0,00 (not met) or {maximum} (met), not {value}",
                **said,
            )
        if ckind is CriterionKind.DEDUCTION and negative:
            return _(
                "Criterion {code}: deductions are entered as positive numbers from 0,00 to "
                "{maximum} (not {value})",
                **said,
            )
        if ckind is CriterionKind.DEDUCTION:
            return _(
                "Criterion {code}: the deduction {value} is above the maximum {maximum}", **said
            )
        if ckind is CriterionKind.BONUS and negative:
            return _(
                "Criterion {code}: the bonus {value} is below 0; it is entered from 0,00 to "
                "{maximum}",
                **said,
            )
        if ckind is CriterionKind.BONUS:
            return _("Criterion {code}: the bonus {value} is above the maximum {maximum}", **said)
        if negative:
            return _(
                "Criterion {code}: the score {value} is below 0; score from 0,00 to {maximum} "
                "(deductions go on the deduction rows only)",
                **said,
            )
        return _("Criterion {code}: the score {value} is above the maximum {maximum}", **said)


def check_value(spec: CriterionSpec, value: int | str) -> ValueProblem | None:
    """Check one raw input for a row; return the problem or None when it is allowed.

    Text is accepted too (as typed in a cell) and parsed the way the row expects: a count for
    PER_OCCURRENCE, a score or quantity otherwise. A parsed value still has to pass the range
    check, because a workbook's own validation cannot be trusted.
    """
    if not spec.kind.is_leaf:
        return _problem(spec, ValueProblemKind.NOT_A_LEAF, value)
    if isinstance(value, str):
        parsed = _parse(spec, value)
        if isinstance(parsed, ValueProblem):
            return parsed
        value = parsed
    if isinstance(value, bool) or not isinstance(value, int):
        return _problem(spec, ValueProblemKind.NOT_A_NUMBER, str(value), _("not a number"))
    if value < 0:
        return _problem(spec, ValueProblemKind.NEGATIVE, value)
    if value > MAX_VALUE:  # a result or count no table allows, and no database column holds
        return _problem(
            spec, ValueProblemKind.NOT_A_NUMBER, str(value), _("the value is far too large")
        )
    if spec.kind in (CriterionKind.PER_OCCURRENCE, CriterionKind.QUANTITATIVE):
        return None
    if value > spec.max_points:
        return _problem(spec, ValueProblemKind.ABOVE_MAX, value)
    if spec.kind is CriterionKind.PASS_FAIL and value not in (0, spec.max_points):
        return _problem(spec, ValueProblemKind.NOT_PASS_FAIL, value)
    return None


def _parse(spec: CriterionSpec, text: str) -> int | ValueProblem:
    if spec.kind is CriterionKind.PER_OCCURRENCE:
        cleaned = text.strip()
        if _COUNT.fullmatch(cleaned):
            return int(cleaned)
        return _problem(
            spec,
            ValueProblemKind.NOT_A_NUMBER,
            text,
            _("“{text}” is not a number of times; enter a whole number from 0 up", text=cleaned),
        )
    try:
        return parse_points(text)
    except PointsFormatError as error:
        return _problem(spec, ValueProblemKind.NOT_A_NUMBER, text, error.message)


def _problem(
    spec: CriterionSpec, kind: ValueProblemKind, value: int | str, detail: str = ""
) -> ValueProblem:
    return ValueProblem(spec.code, spec.kind, kind, value, spec.max_points, detail)


def blocking_problems(criteria: Sequence[CriterionSpec]) -> list[TableProblem]:
    """The problems of ``validate_table`` that make totals impossible to compute."""
    return [p for p in validate_table(criteria, declared_total=0) if p.kind.blocks_scoring]
