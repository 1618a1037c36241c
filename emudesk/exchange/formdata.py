"""The scoring form as plain data, and where each part of it sits in the sheet.

The writer (``forms``) and the reader (``returns``, ``structure``, ``values``) both take
their cell positions from ``FormLayout``, so the two can never drift apart: a column moved
here moves in the exported form and in the import check at once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any
from uuid import UUID

from emudesk.rules import CriterionKind

FORMAT_VERSION = 1
"""Version of the workbook format; a reader refuses versions it does not know."""

GUIDE_SHEET = "Hướng dẫn"
FORM_SHEET = "Chấm điểm"
IDENTITY_SHEET = "emudesk"
PROPERTY_PREFIX = "emudesk."

HEADER_TOP = 6
HEADER_BOTTOM = 7
FIRST_ROW = 8
COL_CODE, COL_TITLE, COL_HOW, COL_MAX = 1, 2, 3, 4
COL_SELF, COL_NOTE, COL_EVIDENCE = 5, 6, 7
COL_FIRST_PEER = 8
TOTAL_LABEL = "Tổng điểm tạm tính"
"""Text in column A of the row under the last criterion: the reader stops there."""


def column_letter(column: int) -> str:
    """ "A", "B", … "AA" for a 1-based column number, as cell references are written."""
    from openpyxl.utils import get_column_letter

    return get_column_letter(column)


def titles_hash(rows: Iterable[tuple[str, str]]) -> str:
    """SHA-256 of the (code, title) rows, titles NFC with spaces collapsed as a reader sees them.

    ``criteria_hash`` leaves titles out (wording does not change a score), so a title fixed
    in place after the forms went out would look like a unit's tampering; comparing with the
    wording the form was sent with tells the two apart.
    """
    from emudesk.text import clean

    payload = json.dumps([[code, clean(title)] for code, title in rows], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Identity:
    """Which cluster-year, table version and assessing unit a form was issued for."""

    format_version: int
    cluster_year_uuid: UUID
    cluster_code: str
    year: int
    table_uuid: UUID
    table_revision: int
    criteria_hash: str
    titles_hash: str  # the wording as sent: a title edited later is no tampering
    unit_uuid: UUID
    unit_code: str
    issued_at: str  # ISO 8601, UTC

    def to_pairs(self) -> list[tuple[str, str]]:
        return [(f.name, str(getattr(self, f.name))) for f in fields(self)]

    @classmethod
    def from_pairs(cls, pairs: Mapping[str, str]) -> Identity:
        """Rebuild from stored text; raises ``KeyError`` (field missing) or ``ValueError``."""
        return cls(
            format_version=int(pairs["format_version"]),
            cluster_year_uuid=UUID(pairs["cluster_year_uuid"]),
            cluster_code=pairs["cluster_code"],
            year=int(pairs["year"]),
            table_uuid=UUID(pairs["table_uuid"]),
            table_revision=int(pairs["table_revision"]),
            criteria_hash=pairs["criteria_hash"],
            titles_hash=pairs["titles_hash"],
            unit_uuid=UUID(pairs["unit_uuid"]),
            unit_code=pairs["unit_code"],
            issued_at=pairs["issued_at"],
        )


@dataclass(frozen=True)
class FormRow:
    """A row of the scoring table as the form shows it; ``key`` is the criterion's UUID."""

    key: str
    code: str
    title: str
    kind: CriterionKind
    max_points: int
    depth: int = 0
    parent_key: str | None = None
    params: Mapping[str, object] = field(default_factory=dict)

    @classmethod
    def of(cls, criterion: Any) -> FormRow:
        """The row of a ``services.tables.CriterionInfo`` (any object with its attributes)."""
        parent = criterion.parent_uuid
        return cls(
            key=str(criterion.uuid),
            code=criterion.code,
            title=criterion.title,
            kind=CriterionKind(criterion.kind),
            max_points=criterion.max_points,
            depth=criterion.depth,
            parent_key=str(parent) if parent else None,
            params=dict(criterion.params),
        )


@dataclass(frozen=True)
class FormColumn:
    """A unit being assessed: the assessing unit itself first, then every other member."""

    unit_uuid: UUID
    code: str
    label: str
    is_self: bool


@dataclass(frozen=True)
class FormSpec:
    """Everything one unit's form shows; ``values`` is keyed by (criterion key, unit UUID)."""

    identity: Identity
    cluster_name: str
    issuer_name: str
    unit_name: str
    table_title: str
    rows: tuple[FormRow, ...]
    columns: tuple[FormColumn, ...]
    deadline: dt.date | None = None
    head_name: str = ""
    head_contact: str = ""
    head_email: str = ""
    values: Mapping[tuple[str, UUID], int] = field(default_factory=dict)
    texts: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # self note, evidence


@dataclass(frozen=True)
class Member:
    """A member unit of a cluster-year, as forms name it."""

    uuid: UUID
    code: str
    label: str  # the short name in that year


@dataclass(frozen=True)
class YearFacts:
    """What the database holds about a cluster-year, as the forms of that year need it."""

    cluster_year_uuid: UUID
    cluster_code: str
    year: int
    table_uuid: UUID
    table_revision: int
    criteria_hash: str
    rows: tuple[FormRow, ...]
    members: tuple[Member, ...]  # in Vietnamese name order
    revisions: Mapping[UUID, int] = field(default_factory=dict)  # every table version
    locked: str = ""  # the refusal when the year's scores are locked

    def identity(self, unit: Member, issued_at: str) -> Identity:
        """The identity of ``unit``'s form of this year, issued at ``issued_at``."""
        return Identity(
            format_version=FORMAT_VERSION,
            cluster_year_uuid=self.cluster_year_uuid,
            cluster_code=self.cluster_code,
            year=self.year,
            table_uuid=self.table_uuid,
            table_revision=self.table_revision,
            criteria_hash=self.criteria_hash,
            titles_hash=titles_hash((row.code, row.title) for row in self.rows),
            unit_uuid=unit.uuid,
            unit_code=unit.code,
            issued_at=issued_at,
        )

    def columns(self, unit_uuid: UUID) -> list[FormColumn]:
        """The unit itself first, then the other members in name order."""
        ordered = sorted(self.members, key=lambda m: m.uuid != unit_uuid)  # stable sort
        return [FormColumn(m.uuid, m.code, m.label, m.uuid == unit_uuid) for m in ordered]


class FormLayout:
    """Cell positions of one form: fixed columns, then self-score, note, evidence, peers."""

    def __init__(self, rows: Sequence[FormRow], columns: Sequence[FormColumn]) -> None:
        self.rows = list(rows)
        self.columns = list(columns)
        self.peers = [c for c in columns if not c.is_self]
        self.last_column = COL_FIRST_PEER + len(self.peers) - 1 if self.peers else COL_EVIDENCE
        self.total_row = FIRST_ROW + len(self.rows)
        self.number_of = {row.key: FIRST_ROW + i for i, row in enumerate(self.rows)}
        self._scored = [(c, self.score_column(c)) for c in self.columns]

    def score_column(self, column: FormColumn) -> int:
        """The sheet column holding scores for ``column``'s unit."""
        if column.is_self:
            return COL_SELF
        return COL_FIRST_PEER + self.peers.index(column)

    def scored_columns(self) -> list[tuple[FormColumn, int]]:
        """Each assessed unit with its sheet column, self first."""
        return list(self._scored)

    @staticmethod
    def row_number(index: int) -> int:
        return FIRST_ROW + index

    def header_labels(self) -> list[str]:
        """What each column's heading says (the lower heading row where there is one)."""
        from emudesk.exchange import formtext as words

        labels = [words.CODE, words.CRITERION, words.HOW, words.MAXIMUM]
        labels += [words.SELF_SCORE, words.NOTE, words.EVIDENCE]
        labels += [c.label for c in self.peers]
        return labels
