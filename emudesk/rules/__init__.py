"""The regulation as code: scoring tables, consolidation, ranking and award suggestions.

Pure Python on purpose (no Qt, no database, no file formats): these are the rules officers
argue about at the review conference, so they must be testable and explainable on their own.
Amounts are integers in hundredths of a point; units and criteria are opaque string keys.
"""

from emudesk.rules.awards import (
    AwardKind,
    AwardPlan,
    AwardQuotas,
    AwardSuggestion,
    ExclusionReason,
    SkippedUnit,
    suggest_awards,
)
from emudesk.rules.catalogue import QuotaRule, Rounding, VoteThreshold, parse_quota
from emudesk.rules.checks import (
    TableProblem,
    TableProblemKind,
    ValueProblem,
    ValueProblemKind,
    blocking_problems,
    check_value,
    validate_table,
)
from emudesk.rules.consolidate import combine_values, consolidate, consolidate_summaries
from emudesk.rules.errors import InvalidScoresError, RegulationError, TableError
from emudesk.rules.points import (
    MAX_DECIMALS,
    MAX_VALUE,
    SCALE,
    PointsFormatError,
    format_points,
    local_points,
    parse_points,
    round_half_up,
)
from emudesk.rules.ranking import (
    Decision,
    RankedUnit,
    Ranking,
    RankRule,
    TieBreak,
    TieBreakKind,
    explain,
    rank_units,
)
from emudesk.rules.regulation import CollisionRule, RegulationSettings
from emudesk.rules.scores import (
    CombineMethod,
    HeadReviewer,
    ScoreEntry,
    ScorerRole,
    ScorerValue,
    UnitResult,
)
from emudesk.rules.summaries import ScoreSummary
from emudesk.rules.table import (
    CriterionKind,
    CriterionSpec,
    ParamsError,
    QuantitativeParams,
    TableTree,
    check_params,
    exact_leaf_points,
    leaf_points,
    points_per_occurrence,
    quantitative_params,
    section_of,
)

__all__ = [
    "MAX_DECIMALS",
    "MAX_VALUE",
    "SCALE",
    "AwardKind",
    "AwardPlan",
    "AwardQuotas",
    "AwardSuggestion",
    "CollisionRule",
    "CombineMethod",
    "CriterionKind",
    "CriterionSpec",
    "Decision",
    "ExclusionReason",
    "HeadReviewer",
    "InvalidScoresError",
    "ParamsError",
    "PointsFormatError",
    "QuantitativeParams",
    "QuotaRule",
    "RankRule",
    "RankedUnit",
    "Ranking",
    "RegulationError",
    "RegulationSettings",
    "Rounding",
    "ScoreEntry",
    "ScoreSummary",
    "ScorerRole",
    "ScorerValue",
    "SkippedUnit",
    "TableError",
    "TableProblem",
    "TableProblemKind",
    "TableTree",
    "TieBreak",
    "TieBreakKind",
    "UnitResult",
    "ValueProblem",
    "ValueProblemKind",
    "VoteThreshold",
    "blocking_problems",
    "check_params",
    "check_value",
    "combine_values",
    "consolidate",
    "consolidate_summaries",
    "exact_leaf_points",
    "explain",
    "format_points",
    "leaf_points",
    "local_points",
    "parse_points",
    "parse_quota",
    "points_per_occurrence",
    "quantitative_params",
    "rank_units",
    "round_half_up",
    "section_of",
    "suggest_awards",
    "validate_table",
]
