"""Checks of a scoring table and of one entered value, with Vietnamese messages.

A table is typed in by hand from a printed regulation, so its arithmetic is checked instead of
trusted: a section whose maximum differs from the sum of its rows is reported rather than
silently recomputed, because the printed number and the rows cannot both be right. Problems are
structured (code, kind, expected, actual) so a caller can sort or highlight them, and each one
can say itself in Vietnamese.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from emudesk.rules.points import PointsFormatError, format_points, parse_points
from emudesk.rules.table import CriterionKind, CriterionSpec, check_params

_COUNT = re.compile(r"[+-]?[0-9]+")


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
    def message_vi(self) -> str:
        """The problem as a Vietnamese sentence for the table editor."""
        code, kind = self.code, self.kind
        expected = format_points(self.expected) if self.expected is not None else ""
        actual = format_points(self.actual) if self.actual is not None else ""
        if kind is TableProblemKind.EMPTY_CODE:
            return f"Có dòng chưa có mã: “{self.detail}”"
        if kind is TableProblemKind.DUPLICATE_KEY:
            return f"Tiêu chí {code}: khóa nội bộ trùng với một dòng khác của bảng"
        if kind is TableProblemKind.DUPLICATE_CODE:
            return f"Mã {code} được dùng cho {self.actual} dòng; mỗi dòng cần một mã riêng"
        if kind is TableProblemKind.MISSING_PARENT:
            return f"Tiêu chí {code}: không tìm thấy mục cha"
        if kind is TableProblemKind.CYCLE:
            return f"Các dòng {self.detail} là cha – con của nhau theo vòng tròn"
        if kind is TableProblemKind.CHILD_OF_LEAF:
            return (
                f"Tiêu chí {code} không phải là mục nên không được có tiêu chí con ({self.detail})"
            )
        if kind is TableProblemKind.EMPTY_SECTION:
            return f"Mục {code}: chưa có tiêu chí con"
        if kind is TableProblemKind.NON_POSITIVE_MAX:
            return f"Tiêu chí {code}: điểm tối đa phải lớn hơn 0 (đang là {actual})"
        if kind is TableProblemKind.BAD_PARAMS:
            return self.detail
        if kind is TableProblemKind.SECTION_SUM:
            return f"Mục {code}: tổng điểm các tiêu chí con là {actual} nhưng mục ghi {expected}"
        return f"Bảng điểm: tổng điểm các mục là {actual} nhưng tổng của bảng là {expected}"


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
    def message_vi(self) -> str:
        """The problem as a Vietnamese sentence naming the criterion and the allowed range."""
        code, ckind, kind = self.code, self.criterion_kind, self.kind
        if kind is ValueProblemKind.NOT_A_LEAF:
            return f"Mục {code} là mục tổng hợp, không nhập điểm trực tiếp"
        if kind is ValueProblemKind.NOT_A_NUMBER:
            return f"Tiêu chí {code}: {self.detail}"
        if ckind is CriterionKind.PER_OCCURRENCE:
            return (
                f"Tiêu chí {code}: số lần {self.value} không hợp lệ; phải là số nguyên từ 0 trở lên"
            )
        value = format_points(self.value) if isinstance(self.value, int) else self.value
        top = format_points(self.maximum)
        if ckind is CriterionKind.QUANTITATIVE:
            return f"Tiêu chí {code}: kết quả đạt được {value} không được là số âm"
        if kind is ValueProblemKind.NOT_PASS_FAIL:
            return (
                f"Tiêu chí {code}: chỉ chấm 0,00 (không đạt) hoặc {top} (đạt), không chấm {value}"
            )
        if ckind is CriterionKind.DEDUCTION:
            if kind is ValueProblemKind.NEGATIVE:
                return (
                    f"Tiêu chí {code}: điểm trừ nhập là số dương từ 0,00 đến {top} "
                    f"(không nhập {value})"
                )
            return f"Tiêu chí {code}: điểm trừ {value} vượt quá mức tối đa {top}"
        if ckind is CriterionKind.BONUS:
            if kind is ValueProblemKind.NEGATIVE:
                return (
                    f"Tiêu chí {code}: điểm thưởng {value} nhỏ hơn 0; được nhập từ 0,00 đến {top}"
                )
            return f"Tiêu chí {code}: điểm thưởng {value} vượt quá mức tối đa {top}"
        if kind is ValueProblemKind.NEGATIVE:
            return (
                f"Tiêu chí {code}: điểm {value} nhỏ hơn 0; chấm từ 0,00 đến {top} "
                "(điểm trừ chỉ nhập ở dòng điểm trừ)"
            )
        return f"Tiêu chí {code}: điểm {value} vượt quá tối đa {top}"


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
        return _problem(spec, ValueProblemKind.NOT_A_NUMBER, str(value), "không phải là một số")
    if value < 0:
        return _problem(spec, ValueProblemKind.NEGATIVE, value)
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
            f"“{cleaned}” không phải là số lần; hãy nhập một số nguyên từ 0 trở lên",
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
