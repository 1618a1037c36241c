"""Words for the scoring and award values on screen: kinds, roles, rules, statuses, awards.

The values are defined by ``emudesk.rules`` and the services; their translated names live
here, under one context, so each is worded once for every page and dialog.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from emudesk import rules
from emudesk.services.cycle.proposals import NomineeKind, ProposalStatus
from emudesk.services.scoring.locking import ScoreStatus
from emudesk.ui.formatting import arg

translate = QCoreApplication.translate


def criterion_kind(kind: rules.CriterionKind) -> str:
    kinds = rules.CriterionKind
    return {
        kinds.SECTION: translate("Labels", "Section"),
        kinds.POINTS: translate("Labels", "Points"),
        kinds.PASS_FAIL: translate("Labels", "Pass / fail"),
        kinds.PER_OCCURRENCE: translate("Labels", "Per occurrence"),
        kinds.QUANTITATIVE: translate("Labels", "Against a target"),
        kinds.BONUS: translate("Labels", "Bonus"),
        kinds.DEDUCTION: translate("Labels", "Deduction"),
    }[rules.CriterionKind(kind)]


def how_to_score(kind: rules.CriterionKind, max_points: int, params: Mapping[str, object]) -> str:
    """What to type in a row of this kind, with its range: the form's "how to score" column."""
    kinds, top = rules.CriterionKind, rules.format_points(max_points)

    def points(name: str) -> str:
        value = params.get(name)
        return rules.format_points(value) if isinstance(value, int) else "?"

    kind = rules.CriterionKind(kind)
    if kind is kinds.POINTS:
        return arg(translate("Labels", "Points from 0 to %1"), top)
    if kind is kinds.PASS_FAIL:
        return arg(translate("Labels", "Pass: %1; fail: 0"), top)
    if kind is kinds.PER_OCCURRENCE:
        each = points("points_per_occurrence")
        return arg(translate("Labels", "Number of times (%1 points each, at most %2)"), each, top)
    if kind is kinds.QUANTITATIVE:
        if params.get("higher_is_better", True) is False:
            return arg(
                translate("Labels", "Result achieved (target: at most %1)"), points("target")
            )
        return arg(translate("Labels", "Result achieved (target %1)"), points("target"))
    if kind is kinds.BONUS:
        return arg(translate("Labels", "Bonus points, 0 to %1"), top)
    if kind is kinds.DEDUCTION:
        return arg(translate("Labels", "Points deducted (a positive number), 0 to %1"), top)
    return ""


def scorer_role(role: rules.ScorerRole) -> str:
    roles = rules.ScorerRole
    return {
        roles.SELF: translate("Labels", "Self-score"),
        roles.PEER: translate("Labels", "Peer score"),
        roles.HEAD: translate("Labels", "Head's review"),
    }[rules.ScorerRole(role)]


def score_status(status: str) -> str:
    if not status:
        return translate("Labels", "not scored")
    return {
        ScoreStatus.DRAFT: translate("Labels", "draft"),
        ScoreStatus.SUBMITTED: translate("Labels", "submitted"),
        ScoreStatus.REVIEWED: translate("Labels", "reviewed"),
        ScoreStatus.LOCKED: translate("Labels", "locked"),
    }[ScoreStatus(status)]


def combine_method(method: rules.CombineMethod) -> str:
    methods = rules.CombineMethod
    return {
        methods.HEAD_ELSE_PEER_MEAN: translate(
            "Labels", "Head's review where given, else the mean of peer scores"
        ),
        methods.PEER_MEAN: translate("Labels", "Mean of the peer scores"),
        methods.HEAD_ONLY: translate("Labels", "Head's review only"),
        methods.SELF_ONLY: translate("Labels", "Self-score only"),
        methods.MEAN_OF_ALL: translate("Labels", "Mean of the self-score and the peer scores"),
    }[rules.CombineMethod(method)]


def collision_rule(rule: rules.CollisionRule) -> str:
    """What a mid-year merger does with a row both units scored."""
    return {
        rules.CollisionRule.KEEP_SUCCESSOR: translate("Labels", "keep the successor's value"),
        rules.CollisionRule.MEAN: translate("Labels", "take the mean of both"),
        rules.CollisionRule.ASK: translate("Labels", "ask the officer row by row"),
    }[rules.CollisionRule(rule)]


def tie_break_kind(kind: rules.TieBreakKind) -> str:
    kinds = rules.TieBreakKind
    return {
        kinds.SECTION_TOTAL: translate("Labels", "Higher score in a section"),
        kinds.FEWER_DEDUCTIONS: translate("Labels", "Fewer deduction points"),
        kinds.MORE_BONUS: translate("Labels", "More bonus points"),
        kinds.VOTES: translate("Labels", "More votes"),
        kinds.PREVIOUS_RANK: translate("Labels", "Better rank last year"),
    }[rules.TieBreakKind(kind)]


def tie_break(rule: rules.TieBreak) -> str:
    if rule.kind is rules.TieBreakKind.SECTION_TOTAL:
        return arg(translate("Labels", "Higher score in section %1"), rule.section_code)
    return tie_break_kind(rule.kind)


def exclusion_reason(reason: rules.ExclusionReason | None) -> str:
    if reason is None:
        return translate("Labels", "Not excluded")
    reasons = rules.ExclusionReason
    return {
        reasons.DISCIPLINE: translate("Labels", "Under disciplinary review"),
        reasons.INSPECTION: translate("Labels", "Under inspection"),
        reasons.COMPLAINT: translate("Labels", "Unresolved complaint or denunciation"),
    }[rules.ExclusionReason(reason)]


def award_kind(kind: rules.AwardKind) -> str:
    if kind is rules.AwardKind.FLAG:
        return translate("Labels", "Emulation flag")
    return translate("Labels", "Certificate of merit")


def proposal_status(status: ProposalStatus) -> str:
    statuses = ProposalStatus
    return {
        statuses.DRAFT: translate("Labels", "Draft"),
        statuses.VOTED: translate("Labels", "Voted"),
        statuses.SUBMITTED: translate("Labels", "Submitted"),
        statuses.APPROVED: translate("Labels", "Approved"),
        statuses.REJECTED: translate("Labels", "Not awarded"),
    }[ProposalStatus(status)]


def nominee_kind(kind: NomineeKind) -> str:
    return {
        NomineeKind.UNIT: translate("Labels", "Unit"),
        NomineeKind.COLLECTIVE: translate("Labels", "Collective"),
        NomineeKind.PERSON: translate("Labels", "Person"),
    }[NomineeKind(kind)]


def award_type(kind: str) -> str:
    return {
        "title": translate("Labels", "Emulation title"),
        "form": translate("Labels", "Form of commendation"),
    }[kind]


def award_recipient(kind: str) -> str:
    return {
        "collective": translate("Labels", "Collectives"),
        "individual": translate("Labels", "Individuals"),
        "both": translate("Labels", "Collectives and individuals"),
    }[kind]


def artefact(kind: str) -> str:
    return {
        "flag": translate("Labels", "Flag (made by the flag maker)"),
        "certificate": translate("Labels", "Certificate"),
        "none": translate("Labels", "Nothing to print"),
    }[kind]


def ranking_role(role: str) -> str:
    return {
        "": translate("Labels", "Not suggested by the ranking"),
        "flag": translate("Labels", "The leading units (flag)"),
        "merit_certificate": translate("Labels", "The next units (certificate)"),
    }[role]


def rounding(kind: str) -> str:
    return {
        "down": translate("Labels", "rounded down"),
        "up": translate("Labels", "rounded up"),
        "half_up": translate("Labels", "rounded to the nearest"),
    }[kind]


def short_names(names: Sequence[str]) -> list[str]:
    """Names without the words they all start with: "Ban Dân tộc Đắk Lắk" → "Đắk Lắk".

    Column headers and chart labels then show what tells the units apart. With one name, or
    when a name would be left empty, the names are returned as they are.
    """
    if len(names) < 2:
        return list(names)
    split = [name.split() for name in names]
    common = 0
    while all(len(words) > common + 1 for words in split) and (
        len({words[common] for words in split}) == 1
    ):
        common += 1
    return [" ".join(words[common:]) for words in split]


def dossier_paper(kind: str) -> str:
    """A paper of an award dossier (services.dossiers.PAPERS)."""
    return {
        "submission": translate("Labels", "Submission"),
        "minutes": translate("Labels", "Meeting minutes"),
        "achievement_report": translate("Labels", "Achievement report"),
    }[kind]
