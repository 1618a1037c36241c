"""The preview of an event in words: names on their dates, memberships, leaders, papers.

The facts come from ``reorganisation.preview`` (the event rehearsed and rolled back); this
module only words them for the dialogs, under one translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from emudesk.services.reorganisation.merger import MergePlan
from emudesk.services.reorganisation.preview import EventPreview, NamePeriod, PaperChange
from emudesk.ui.formatting import arg, date_text

translate = QCoreApplication.translate


def period(entry: NamePeriod) -> str:
    if entry.since is None and entry.until is None:
        span = translate("EventPreview", "always")
    elif entry.since is None:
        span = arg(translate("EventPreview", "until %1"), date_text(entry.until))
    elif entry.until is None:
        span = arg(translate("EventPreview", "from %1"), date_text(entry.since))
    else:
        span = arg(
            translate("EventPreview", "%1 – %2"), date_text(entry.since), date_text(entry.until)
        )
    mark = translate("EventPreview", " (new)") if entry.new else ""
    return f"  {span}: {entry.name}{mark}"


def preview_text(shown: EventPreview) -> str:
    """Every line the officer reads before confirming; a refusal comes first."""
    lines: list[str] = []
    if shown.refusal:
        lines.append(arg(translate("EventPreview", "Cannot be recorded yet: %1"), shown.refusal))
    if shown.names:
        lines.append(translate("EventPreview", "Names shown on each date:"))
        lines.extend(period(entry) for entry in shown.names)
    if shown.memberships:
        lines.append(translate("EventPreview", "Memberships that change:"))
        lines.extend(
            arg(
                translate("EventPreview", "  %1: %2 joins")
                if m.joins
                else translate("EventPreview", "  %1: %2 leaves"),
                m.cluster_year,
                m.unit,
            )
            for m in shown.memberships
        )
    if shown.leaders:
        lines.append(translate("EventPreview", "Heads and deputies that change:"))
        lines.extend(
            arg(
                translate("EventPreview", "  %1 head: %2 → %3")
                if c.role == "head"
                else translate("EventPreview", "  %1 deputy: %2 → %3"),
                c.cluster_year,
                c.before or "—",
                c.after or "—",
            )
            for c in shown.leaders
        )
    if shown.papers:
        lines.append(translate("EventPreview", "Lists and year-end papers that change:"))
        lines.extend(paper_line(p) for p in shown.papers)
    if shown.papers_kept:
        lines.append(
            arg(
                translate("EventPreview", "Earlier papers keep their names: %1."),
                ", ".join(p.cluster_year for p in shown.papers_kept),
            )
        )
    if shown.merge is not None:
        lines.extend(merge_lines(shown.merge))
    if not shown.refusal and len(lines) == 0:
        lines.append(
            translate(
                "EventPreview", "Nothing on record changes (the event is kept for later years)."
            )
        )
    return "\n".join(lines)


def paper_line(change: PaperChange) -> str:
    if not change.before:
        return arg(
            translate("EventPreview", "  %1: now listed as “%2”"), change.cluster_year, change.after
        )
    if not change.after:
        return arg(
            translate("EventPreview", "  %1: “%2” no longer listed"),
            change.cluster_year,
            change.before,
        )
    return arg(
        translate("EventPreview", "  %1: “%2” → “%3”"),
        change.cluster_year,
        change.before,
        change.after,
    )


def merge_lines(plan: MergePlan) -> list[str]:
    """What passes to a successor (a split's main successor)."""
    if not plan.years:
        return [translate("EventPreview", "No year in progress holds data of this unit to move.")]
    return [
        arg(
            translate("EventPreview", "Years whose data passes to the main successor: %1"),
            ", ".join(plan.years),
        ),
        arg(
            translate(
                "EventPreview",
                "Scores: %1 move, %2 dropped (peer scores between the two), %3 rows both scored.",
            ),
            plan.scores_moved,
            plan.scores_dropped,
            len(plan.collisions),
        ),
        arg(
            translate(
                "EventPreview", "Explanations: %1; commitment signatures: %2; proposals: %3."
            ),
            plan.explanations_moved,
            plan.signatures_moved,
            plan.proposals_moved,
        ),
    ]
