"""Health-check findings (計画チェック) as one translated sentence each.

``canvas_app.calc.health`` produces findings with a code, the item and numbers; this
module alone turns them into words (translation context "Findings"). Each sentence
names the item and, where the seeds give one, says why it matters.

Everything is written in the ``Language`` passed as ``lang`` (the CLI's or the window's
for messages, the plan's for an export): sentences and numbers alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from canvas_app.calc.funnel_blocks import FunnelBlock
from canvas_app.calc.health import Finding
from canvas_app.model.enums import FunnelRole, Unit
from canvas_app.model.kpi import KpiNode
from canvas_app.model.plan import Plan
from canvas_app.model.walk import ItemIndex, index_items, item_label

from .funnel_blocks import block_sentence
from .formatting import format_date, format_number, format_value, period_label
from .labels import enum_label
from .language import Language

__all__ = ["finding_message", "finding_messages", "finding_title", "negative_reason", "severity_label"]


class _Params(dict):
    def __missing__(self, key: str) -> str:
        return "—"


def _fill(template: str, params: Mapping[str, Any]) -> str:
    try:
        return template.format_map(_Params(params))
    except (ValueError, IndexError, AttributeError, KeyError):  # a malformed translation
        return template


def severity_label(severity: str, lang: Language) -> str:
    return {
        "error": lang.translate("Findings", "Error"),
        "warning": lang.translate("Findings", "Warning"),
        "info": lang.translate("Findings", "Hint"),
    }.get(severity, severity)


def finding_title(code: str, lang: Language) -> str:
    """A short title for a finding code (a list heading, a tooltip title)."""
    titles = {
        "goal_no_kpi": lang.translate("Findings", "Goal without a KPI"),
        "goal_no_contribution": lang.translate("Findings", "Marketing contribution missing"),
        "goal_not_agreed": lang.translate("Findings", "Goal not agreed across departments"),
        "kpi_not_linked_to_goal": lang.translate("Findings", "Metric not tied to a business result"),
        "kpi_no_target": lang.translate("Findings", "KPI without a target"),
        "kpi_no_owner": lang.translate("Findings", "KPI without an owner"),
        "kpi_tree_gap": lang.translate("Findings", "KPI tree short of its target"),
        "kpi_negative_actual": lang.translate("Findings", "Negative actual"),
        "funnel_low_mql_to_sql": lang.translate("Findings", "Low MQL → SQL conversion"),
        "funnel_stagnation": lang.translate("Findings", "Stage stagnation"),
        "funnel_win_rate_out_of_line": lang.translate("Findings", "Win rate out of line"),
        "funnel_low_coverage": lang.translate("Findings", "Too little pipeline coverage"),
        "funnel_blocked": lang.translate("Findings", "Funnel cannot be worked back"),
        "funnel_untapped_expansion": lang.translate("Findings", "Untapped expansion"),
        "initiative_no_persona": lang.translate("Findings", "Campaign without a target persona"),
        "initiative_persona_no_value": lang.translate("Findings", "Campaign without value design"),
        "initiative_not_linked": lang.translate("Findings", "Initiative not tied to a KPI or goal"),
        "initiative_no_owner": lang.translate("Findings", "Initiative without an owner"),
        "initiative_no_dates": lang.translate("Findings", "Initiative without dates"),
        "initiative_no_budget": lang.translate("Findings", "Initiative without a budget"),
        "initiative_milestone_outside": lang.translate("Findings", "Milestone outside its initiative's dates"),
        "no_review_scheduled": lang.translate("Findings", "No review scheduled"),
        "review_overdue": lang.translate("Findings", "Review overdue"),
        "action_overdue": lang.translate("Findings", "Action item overdue"),
        "strategy_not_revisited": lang.translate("Findings", "Strategy not revisited"),
    }
    return titles.get(code, code)


def _templates(lang: Language) -> dict[str, str]:
    return {
        "goal_no_kpi": lang.translate(
            "Findings", "Business goal “{name}” has no KPI measuring it — break it down into a KPI tree "
            "so everyone knows which numbers move it."),
        "goal_no_contribution": lang.translate(
            "Findings", "Business goal “{name}” does not say how marketing contributes to it."),
        "goal_not_agreed": lang.translate(
            "Findings", "No department has agreed to business goal “{name}” yet — agree on it across "
            "departments so that everyone speaks the same language."),
        "kpi_not_linked_to_goal": lang.translate(
            "Findings", "KPI “{name}” is not tied to any business goal — marketing metrics must connect "
            "to a business result."),
        "kpi_not_linked_to_goal_tree": lang.translate(
            "Findings", "KPI “{name}” and the {count} KPIs below it are not tied to any business goal — "
            "marketing metrics must connect to a business result."),
        "kpi_not_linked_to_goal_pair": lang.translate(
            "Findings", "KPI “{name}” and the KPI below it are not tied to any business goal — marketing "
            "metrics must connect to a business result."),
        "kpi_no_target": lang.translate("Findings", "KPI “{name}” has no target."),
        "kpi_no_owner": lang.translate("Findings", "KPI “{name}” has no owner."),
        "kpi_tree_gap": lang.translate(
            "Findings", "The KPI tree under “{name}” reaches {value}, short of its target of {target} — "
            "raise a driver, or use back-calculation to see what it must reach."),
        "kpi_tree_gap_lower": lang.translate(
            "Findings", "The KPI tree under “{name}” comes to {value}, above its target of {target} — "
            "lower a driver, or use back-calculation to see what it must reach."),
        "kpi_negative_actual": lang.translate(
            "Findings", "KPI “{name}” has a negative actual for {period}: {value} — {reason}; correct it in "
            "the review."),
        "kpi_negative_actual_many": lang.translate(
            "Findings", "KPI “{name}” has {count} negative actuals, the first for {period}: {value} — {reason}; "
            "correct them in the review."),
        "funnel_low_mql_to_sql": lang.translate(
            "Findings", "MQL → SQL conversion is {actual}, below the planned {planned} — check lead "
            "quality and the hand-off from Marketing to Inside Sales."),
        "funnel_low_mql_to_sql_unplanned": lang.translate(
            "Findings", "MQL → SQL conversion is {actual}, below {threshold} — check lead quality and "
            "the hand-off from Marketing to Inside Sales."),
        "funnel_stagnation": lang.translate(
            "Findings", "Deals stagnate: “{name}” is {actual} against a plan of {planned} — find out "
            "where and why deals stall in this stage."),
        "funnel_win_rate_out_of_line": lang.translate(
            "Findings", "The win rate is {actual}, out of line with the planned {planned} — check the "
            "forecast and how deals are qualified."),
        "funnel_low_coverage": lang.translate(
            "Findings", "Pipeline coverage is {actual}, below the {required} the remaining revenue target "
            "needs — the pipeline cannot carry future revenue yet."),
        "funnel_untapped_expansion/no_expansion_kpi": lang.translate(
            "Findings", "The plan has no expansion KPI — upsell and expansion with existing customers "
            "are left untapped."),
        "funnel_untapped_expansion/zero_expansion": lang.translate(
            "Findings", "Expansion rate “{name}” is zero — upsell and expansion with existing customers "
            "are left untapped."),
        "funnel_untapped_expansion/no_initiative": lang.translate(
            "Findings", "No initiative works on existing customers — retention, upsell and expansion are "
            "left untapped."),
        "initiative_no_persona": lang.translate(
            "Findings", "Initiative “{name}” has no target persona — decide whom it is for before "
            "running it."),
        "initiative_persona_no_value": lang.translate(
            "Findings", "Initiative “{name}” targets persona “{persona}”, who has no value proposition "
            "yet — design the value before the campaign."),
        "initiative_not_linked": lang.translate(
            "Findings", "Initiative “{name}” is linked to no KPI and no business goal — it is unclear "
            "which result it should move."),
        "initiative_no_owner": lang.translate("Findings", "Initiative “{name}” has no owner."),
        "initiative_no_dates": lang.translate(
            "Findings", "Initiative “{name}” has no start or end date."),
        "initiative_no_budget": lang.translate("Findings", "Initiative “{name}” has no budget."),
        "initiative_milestone_outside": lang.translate(
            "Findings", "Milestone “{milestone}” ({date}) lies outside the dates of initiative “{name}”."),
        "no_review_scheduled": lang.translate(
            "Findings", "No review is scheduled — set a meeting day or add the next review meeting."),
        "review_overdue": lang.translate(
            "Findings", "Review meeting “{name}” was due on {date} and has not been held."),
        "action_overdue": lang.translate(
            "Findings", "Action item “{name}” was due on {date} and is not done."),
        "strategy_not_revisited": lang.translate(
            "Findings", "KPI “{name}” is off track in {period}, but no review since has decided to "
            "revisit the strategy — when results do not come, go back to the strategy design "
            "(target, value, channel)."),
        "strategy_not_revisited_many": lang.translate(
            "Findings", "{count} KPIs, among them “{name}”, are off track in {period}, but no review since "
            "has decided to revisit the strategy — when results do not come, go back to the strategy "
            "design (target, value, channel)."),
        "unknown": lang.translate("Findings", "{title}: “{name}”."),
    }


def negative_reason(rule: str, lang: Language) -> str:
    """Why a KPI cannot be negative (``calc.kpi_sign``'s rule), as a clause."""
    return {
        "count": lang.translate("Findings", "a count cannot be negative"),
        "days": lang.translate("Findings", "a number of days cannot be negative"),
        "funnel": lang.translate("Findings", "a funnel volume, rate or amount cannot be negative"),
    }.get(rule, lang.translate("Findings", "this KPI cannot be negative"))


def _number(params: Mapping[str, Any], key: str) -> float | None:
    value = params.get(key)
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def finding_message(finding: Finding, plan: Plan, lang: Language, *,
                    index: ItemIndex | None = None) -> str:
    """One sentence for ``finding``, naming its item, in ``lang``.

    ``index`` is ``index_items(plan)`` when the caller has it already (for many findings,
    :func:`finding_messages` builds it once)."""
    return _message(finding, plan, lang, index_items(plan) if index is None else index, _templates(lang))


def finding_messages(findings: Iterable[Finding], plan: Plan, lang: Language, *,
                     index: ItemIndex | None = None) -> list[str]:
    """:func:`finding_message` of each finding; the plan is indexed and the sentences
    translated once for all of them."""
    items = index_items(plan) if index is None else index
    templates = _templates(lang)
    return [_message(finding, plan, lang, items, templates) for finding in findings]


def _message(finding: Finding, plan: Plan, lang: Language, items: ItemIndex, templates: dict[str, str]) -> str:
    params = dict(finding.params)
    item = items.get(finding.item_id, (None, None))[0] if finding.item_id else None
    name = item_label(item) if item is not None else finding.item_id
    values: dict[str, Any] = {"name": name}
    settings = plan.settings
    money_unit = settings.money_unit

    def as_unit(key: str, unit: Unit) -> str:
        return format_value(_number(params, key), unit, money_unit, lang.code)

    code = finding.code
    template_key = code
    if code == "kpi_not_linked_to_goal":
        count = int(_number(params, "node_count") or 1)
        if count == 2:
            template_key = "kpi_not_linked_to_goal_pair"
        elif count > 2:
            template_key, values["count"] = "kpi_not_linked_to_goal_tree", format_number(count - 1)
    elif code == "kpi_tree_gap":
        unit = item.unit if isinstance(item, KpiNode) else Unit.OTHER
        values.update(value=as_unit("value", unit), target=as_unit("target", unit))
        if params.get("direction") == "lower":
            template_key = "kpi_tree_gap_lower"
    elif code == "kpi_negative_actual":
        unit = item.unit if isinstance(item, KpiNode) else Unit.OTHER
        values.update(value=as_unit("value", unit), period=_period_text(str(params.get("period", "")), plan, lang.code),
                      reason=negative_reason(str(params.get("rule", "")), lang))
        count = int(_number(params, "count") or 1)
        if count > 1:
            template_key, values["count"] = "kpi_negative_actual_many", format_number(count)
    elif code in ("funnel_low_mql_to_sql", "funnel_win_rate_out_of_line"):
        values.update({key: as_unit(key, Unit.PERCENT) for key in ("actual", "planned", "threshold")})
        if code == "funnel_low_mql_to_sql" and "planned" not in params:
            template_key = "funnel_low_mql_to_sql_unplanned"
    elif code == "funnel_stagnation":
        values.update(actual=as_unit("actual", Unit.DAYS), planned=as_unit("planned", Unit.DAYS))
        if item is None:  # the stage's KPI is gone: name the stage by its role
            try:
                values["name"] = enum_label(FunnelRole(str(params.get("role"))), lang)
            except ValueError:
                pass
    elif code == "funnel_low_coverage":
        values.update(actual=as_unit("actual", Unit.RATIO), required=as_unit("required", Unit.RATIO))
    elif code == "funnel_blocked":
        return _blocked_message(params, plan, lang, items)
    elif code == "funnel_untapped_expansion":
        template_key = f"{code}/{params.get('reason', 'no_expansion_kpi')}"
    elif code == "initiative_persona_no_value":
        persona = items.get(str(params.get("persona_id", "")), (None, None))[0]
        values["persona"] = item_label(persona) if persona is not None else params.get("persona_id", "")
    elif code == "initiative_milestone_outside":
        values["milestone"] = params.get("milestone") or "—"
        values["date"] = _date_text(str(params.get("date", "")), lang.code)
    elif code in ("review_overdue", "action_overdue"):
        date = params.get("date", params.get("due"))
        values["date"] = _date_text(str(date), lang.code) if date else "—"
    elif code == "strategy_not_revisited":
        values["period"] = _period_text(str(params.get("period", "")), plan, lang.code)
        count = int(_number(params, "off_track_count") or 1)
        if count > 1:
            template_key, values["count"] = "strategy_not_revisited_many", format_number(count)
    if template_key not in templates:
        template_key = code if code in templates else "unknown"
        values["title"] = finding_title(code, lang)
    return _fill(templates[template_key], values)


def _blocked_message(params: Mapping[str, Any], plan: Plan, lang: Language, items: ItemIndex) -> str:
    """A funnel_blocked finding in the words of ``text.funnel_blocks`` (the page's, the
    command line's and the workbook's sentence)."""
    try:
        block = FunnelBlock(str(params.get("reason")), FunnelRole(str(params.get("role"))),
                            str(params.get("input_id")) or None, FunnelRole(str(params.get("volume"))),
                            FunnelRole(str(params["next"])) if params.get("next") else None, _number(params, "value"))
    except (ValueError, KeyError):
        return finding_title("funnel_blocked", lang)
    node = items.get(block.node_id, (None, None))[0] if block.node_id else None
    return block_sentence(block, item_label(node) if node is not None else None, plan, lang)


def _period_text(key: str, plan: Plan, lang: str) -> str:
    settings = plan.settings
    try:
        return period_label(key, settings.fiscal_year, settings.fiscal_year_start_month, lang)
    except ValueError:
        return key


def _date_text(iso: str, lang: str) -> str:
    try:
        return format_date(dt.date.fromisoformat(iso), lang)
    except ValueError:
        return iso
