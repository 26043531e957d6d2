"""What the guidance beside the KPI tree editor says, per part, in the UI language.

From the seeds' step ③ (KPI設計・ロードマップ): start from the business result the
goal names, not from an activity or vanity metric; break it down into the drivers a
team can move (the revenue funnel: leads → MQL → SQL → opportunities → won × deal
size); give every KPI an owner and a target; work back from the goal (逆算) to what each
driver must reach; and tie marketing's metrics to revenue so the departments share one
process. Literal ``translate`` calls, so that pyside6-lupdate finds every text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...widgets.guidance import Guidance, GuidanceSection

translate = QCoreApplication.translate


def intro() -> tuple[str, str]:
    return (translate("KpiGuidance", "What this step is for"),
            translate("KpiGuidance", "Turn the business goal into the few numbers the team steers by: a tree from "
                      "the result (revenue) down to what each department moves, with a target and an owner for "
                      "each, worked back from the goal."))


def panel_title(name: str) -> str:
    """The tab title of a part below the tree."""
    return {
        "form": translate("KpiGuidance", "KPI"),
        "periods": translate("KpiGuidance", "Targets per Period"),
        "solve": translate("KpiGuidance", "Solve for…"),
        "levers": translate("KpiGuidance", "Levers and What-if"),
    }.get(name, name)


def guidance(topic: str) -> Guidance:
    """The guidance for one part ("tree", "form", "periods", "solve", "levers")."""
    return {"periods": _periods, "solve": _solve, "levers": _levers}.get(topic, _tree)()


def _tree() -> Guidance:
    return Guidance(translate("KpiGuidance", "Building the KPI tree"), (
        GuidanceSection(translate("KpiGuidance", "A good tree"), (
            translate("KpiGuidance", "Starts from a business result linked to a goal of step 1 (revenue, new "
                      "customers), not from a vanity metric such as page views or followers."),
            translate("KpiGuidance", "Breaks it down into drivers the team can move: revenue = won deals × deal "
                      "size, won deals = opportunities × win rate, and so on down to leads."),
            translate("KpiGuidance", "Gives every KPI an owner and a target, and ties marketing's metrics to "
                      "revenue, so Marketing, Inside Sales, Sales and Customer Success share one process."),
        )),
        GuidanceSection(translate("KpiGuidance", "Avoid"), (
            translate("KpiGuidance", "Counting activities (mails sent, events held) as KPIs: they are "
                      "initiatives; measure what they change."),
            translate("KpiGuidance", "More KPIs than the team can review each month. Keep the few that decide "
                      "the goal."),
        )),
    ))


def _periods() -> Guidance:
    return Guidance(translate("KpiGuidance", "Targets per period"), (
        GuidanceSection(translate("KpiGuidance", "A good split"), (
            translate("KpiGuidance", "Follows the business's seasons: more leads around trade shows, fewer in "
                      "the holidays. Type the months you know; spread the rest evenly."),
            translate("KpiGuidance", "Still adds up to the annual target, so the monthly review compares like "
                      "with like."),
        )),
    ))


def _solve() -> Guidance:
    return Guidance(translate("KpiGuidance", "Working back from the goal (逆算)"), (
        GuidanceSection(translate("KpiGuidance", "How to use it"), (
            translate("KpiGuidance", "Pick the KPI that has the goal (revenue) and the driver to solve for: the "
                      "tree tells what that driver must reach, with every step on the way."),
            translate("KpiGuidance", "If the answer is impossible (a win rate above 100 %), the goal needs "
                      "another lever or another plan: that is worth knowing before the year starts."),
        )),
    ))


def _levers() -> Guidance:
    return Guidance(translate("KpiGuidance", "Which lever matters"), (
        GuidanceSection(translate("KpiGuidance", "How to read it"), (
            translate("KpiGuidance", "Each driver is tried 10 % better on its own; the one that moves the goal "
                      "most is where effort pays most."),
            translate("KpiGuidance", "Try values in the what-if before deciding; nothing is stored until you "
                      "apply them."),
        )),
    ))
