"""The editable rules of a cluster's regulation (quy chế), and their JSON form.

Every rule is data stored per cluster-year: how scorers combine, rounding, caps, the
tie-break chain and award quotas. Reading it back is strict, because a misspelt method or a
tie-break on a section the table does not have would otherwise change a ranking silently.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from emudesk.i18n import _
from emudesk.rules.awards import AwardQuotas
from emudesk.rules.errors import RegulationError
from emudesk.rules.points import MAX_DECIMALS
from emudesk.rules.ranking import TieBreak, TieBreakKind
from emudesk.rules.scores import CombineMethod, HeadReviewer
from emudesk.rules.table import CriterionKind, CriterionSpec

FORMAT_VERSION = 1
"""Version of the dictionary written by ``to_dict``; newer versions are refused on reading."""

_KEYS = frozenset(
    {
        "version",
        "combine",
        "trim_extremes",
        "trim_min_peers",
        "decimals",
        "bonus_cap_hundredths",
        "deduction_cap_hundredths",
        "tie_breaks",
        "quotas",
        "head_reviewer",
        "merger_collision",
    }
)
_QUOTA_KEYS = frozenset(
    {"flag_count", "flag_percent", "merit_certificates", "minimum_total_hundredths"}
)


class CollisionRule(StrEnum):
    """When a unit merges into its successor mid-year and both hold a value for the same row,
    scorer and role: keep the successor's, take the mean, or ask the officer row by row."""

    KEEP_SUCCESSOR = "keep"
    MEAN = "mean"
    ASK = "ask"


@dataclass(frozen=True)
class RegulationSettings:
    """The scoring rules of one cluster-year; amounts are hundredths of a point.

    ``trim_extremes`` drops the highest and the lowest peer value of each criterion when at
    least ``trim_min_peers`` peers scored it. ``decimals`` is the precision each consolidated
    criterion value is rounded to (once, half up). ``bonus_cap`` and ``deduction_cap`` limit
    the bonus and deduction totals of a unit (None: only the rows' own caps apply).
    """

    combine: CombineMethod = CombineMethod.HEAD_ELSE_PEER_MEAN
    trim_extremes: bool = False
    trim_min_peers: int = 5
    decimals: int = MAX_DECIMALS
    bonus_cap: int | None = None
    deduction_cap: int | None = None
    tie_breaks: tuple[TieBreak, ...] = ()
    quotas: AwardQuotas = field(default_factory=AwardQuotas)
    head_reviewer: HeadReviewer = HeadReviewer.DEPUTY
    merger_collision: CollisionRule = CollisionRule.KEEP_SUCCESSOR

    def __post_init__(self) -> None:
        object.__setattr__(self, "tie_breaks", tuple(self.tie_breaks))
        try:
            object.__setattr__(self, "merger_collision", CollisionRule(self.merger_collision))
        except ValueError:
            raise RegulationError(
                _("What happens when merged units both scored a row is not a known choice"),
                field="merger_collision",
            ) from None
        try:
            object.__setattr__(self, "head_reviewer", HeadReviewer(self.head_reviewer))
        except ValueError:
            raise RegulationError(
                _("Who reviews the head's own scores is not a known choice"),
                field="head_reviewer",
            ) from None
        if not isinstance(self.combine, CombineMethod):
            raise RegulationError(_("The way scores are combined is not valid"), field="combine")
        if not 0 <= self.decimals <= MAX_DECIMALS:
            raise RegulationError(
                _(
                    "The number of decimal places for rounding must be from 0 to {maximum}, "
                    "not {decimals}",
                    maximum=MAX_DECIMALS,
                    decimals=self.decimals,
                ),
                field="decimals",
            )
        if self.trim_min_peers < 3:
            raise RegulationError(
                _("The highest and lowest scores are dropped only with 3 or more peer scorers"),
                field="trim_min_peers",
            )
        for name, cap in (("bonus_cap", self.bonus_cap), ("deduction_cap", self.deduction_cap)):
            if cap is not None and cap < 0:
                raise RegulationError(
                    _("The caps on bonus and deductions cannot be negative"), field=name
                )
        if len(set(self.tie_breaks)) != len(self.tie_breaks):
            raise RegulationError(_("A tie-break is listed twice"), field="tie_breaks")

    def check_table(self, criteria: Sequence[CriterionSpec]) -> None:
        """Refuse a tie-break on a section code that is not a top-level section of the table."""
        sections = {
            spec.code
            for spec in criteria
            if spec.parent_key is None and spec.kind is CriterionKind.SECTION
        }
        for rule in self.tie_breaks:
            if rule.kind is TieBreakKind.SECTION_TOTAL and rule.section_code not in sections:
                raise rule.missing_section_error()

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dictionary; ``from_dict`` reads it back to an equal object."""
        percent = self.quotas.flag_percent
        data: dict[str, object] = {
            "version": FORMAT_VERSION,
            "combine": self.combine.value,
            "trim_extremes": self.trim_extremes,
            "trim_min_peers": self.trim_min_peers,
            "decimals": self.decimals,
            "bonus_cap_hundredths": self.bonus_cap,
            "deduction_cap_hundredths": self.deduction_cap,
            "tie_breaks": [
                {"kind": rule.kind.value, "section": rule.section_code}
                if rule.section_code is not None
                else {"kind": rule.kind.value}
                for rule in self.tie_breaks
            ],
            "quotas": {
                "flag_count": self.quotas.flag_count,
                "flag_percent": str(percent) if percent is not None else None,
                "merit_certificates": self.quotas.merit_certificates,
                "minimum_total_hundredths": self.quotas.minimum_total,
            },
            "head_reviewer": self.head_reviewer.value,
        }
        if self.merger_collision is not CollisionRule.KEEP_SUCCESSOR:
            # written only when chosen: settings that keep the default still read in a program
            # (or a handover) from before this rule existed
            data["merger_collision"] = self.merger_collision.value
        return data

    @classmethod
    def from_dict(
        cls, data: Mapping[str, object], criteria: Sequence[CriterionSpec] | None = None
    ) -> RegulationSettings:
        """Read settings written by ``to_dict``; missing keys take their defaults.

        With ``criteria`` the tie-breaks are also checked against the table. Every refusal is a
        ``RegulationError`` naming the setting, in the user's language.
        """
        _no_unknown_keys(data, _KEYS, "")
        version = _int(data, "version", FORMAT_VERSION)
        if version is None or version > FORMAT_VERSION:
            raise RegulationError(
                _("The regulation settings were saved by a newer version of the program"),
                field="version",
            )
        defaults = cls()
        settings = cls(
            combine=_combine(data.get("combine", defaults.combine.value)),
            trim_extremes=_bool(data, "trim_extremes", defaults.trim_extremes),
            trim_min_peers=_required_int(data, "trim_min_peers", defaults.trim_min_peers),
            decimals=_required_int(data, "decimals", defaults.decimals),
            bonus_cap=_int(data, "bonus_cap_hundredths", None),
            deduction_cap=_int(data, "deduction_cap_hundredths", None),
            tie_breaks=_tie_breaks(data.get("tie_breaks", [])),
            quotas=_quotas(data.get("quotas", {})),
            head_reviewer=_head_reviewer(data.get("head_reviewer", defaults.head_reviewer.value)),
            merger_collision=_collision(data.get("merger_collision", CollisionRule.KEEP_SUCCESSOR)),
        )
        if criteria is not None:
            settings.check_table(criteria)
        return settings


def _combine(value: object) -> CombineMethod:
    try:
        return CombineMethod(str(value))
    except ValueError:
        choices = ", ".join(method.value for method in CombineMethod)
        raise RegulationError(
            _(
                "The way of combining scores “{value}” is not supported; choose one of: {choices}",
                value=value,
                choices=choices,
            ),
            field="combine",
        ) from None


def _head_reviewer(value: object) -> HeadReviewer:
    try:
        return HeadReviewer(str(value))
    except ValueError:
        choices = ", ".join(choice.value for choice in HeadReviewer)
        raise RegulationError(
            _(
                "“{value}” cannot review the head's own scores; choose one of: {choices}",
                value=value,
                choices=choices,
            ),
            field="head_reviewer",
        ) from None


def _collision(value: object) -> CollisionRule:
    try:
        return CollisionRule(str(value))
    except ValueError:
        choices = ", ".join(choice.value for choice in CollisionRule)
        raise RegulationError(
            _(
                "“{value}” is not a way to settle a row both merged units scored; choose one "
                "of: {choices}",
                value=value,
                choices=choices,
            ),
            field="merger_collision",
        ) from None


def _tie_breaks(value: object) -> tuple[TieBreak, ...]:
    if not isinstance(value, list | tuple):
        raise RegulationError(_("The tie-break chain must be a list"), field="tie_breaks")
    rules = []
    for item in value:
        if not isinstance(item, Mapping):
            raise RegulationError(_("Each tie-break must be a mapping of keys"), field="tie_breaks")
        _no_unknown_keys(item, frozenset({"kind", "section"}), "tie_breaks.")
        try:
            kind = TieBreakKind(str(item.get("kind")))
        except ValueError:
            choices = ", ".join(kind.value for kind in TieBreakKind)
            raise RegulationError(
                _(
                    "The tie-break “{kind}” is not supported; choose one of: {choices}",
                    kind=item.get("kind"),
                    choices=choices,
                ),
                field="tie_breaks",
            ) from None
        section = item.get("section")
        if section is not None and not isinstance(section, str):
            raise RegulationError(
                _("The section code of a tie-break must be text"), field="tie_breaks"
            )
        rules.append(TieBreak(kind, section))
    return tuple(rules)


def _quotas(value: object) -> AwardQuotas:
    if not isinstance(value, Mapping):
        raise RegulationError(_("The award quotas must be a mapping of keys"), field="quotas")
    _no_unknown_keys(value, _QUOTA_KEYS, "quotas.")
    raw_percent = value.get("flag_percent")
    percent: Decimal | None = None
    if raw_percent is not None:
        try:
            if isinstance(raw_percent, bool) or not isinstance(raw_percent, str | int):
                raise InvalidOperation
            percent = Decimal(str(raw_percent).strip().replace(",", "."))
        except InvalidOperation:
            raise RegulationError(
                _("The percentage of flags “{value}” is not a number", value=raw_percent),
                field="quotas",
            ) from None
    flag_default = 1 if percent is None else None
    return AwardQuotas(
        flag_count=_int(value, "flag_count", flag_default, prefix="quotas."),
        flag_percent=percent,
        merit_certificates=_required_int(value, "merit_certificates", 0, prefix="quotas."),
        minimum_total=_int(value, "minimum_total_hundredths", None, prefix="quotas."),
    )


def _no_unknown_keys(data: Mapping[str, object], known: frozenset[str], prefix: str) -> None:
    unknown = sorted(str(key) for key in data if key not in known)
    if unknown:
        name = f"{prefix}{unknown[0]}"
        raise RegulationError(_("The setting “{name}” is not supported", name=name), field=name)


def _int(data: Mapping[str, object], key: str, default: int | None, prefix: str = "") -> int | None:
    value = data.get(key, default)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise RegulationError(
            _(
                "The setting “{name}” must be a whole number, not “{value}”",
                name=f"{prefix}{key}",
                value=value,
            ),
            field=f"{prefix}{key}",
        )
    return value


def _required_int(data: Mapping[str, object], key: str, default: int, prefix: str = "") -> int:
    value = _int(data, key, default, prefix)
    if value is None:
        raise RegulationError(
            _("The setting “{name}” cannot be empty", name=f"{prefix}{key}"),
            field=f"{prefix}{key}",
        )
    return value


def _bool(data: Mapping[str, object], key: str, default: bool) -> bool:
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise RegulationError(_("The setting “{name}” must be true or false", name=key), field=key)
    return value
