"""Reports of the headless commands ``check``, ``kpis`` and ``funnel``: the results of
canvas_app.calc as stable JSON (keys and ids, numbers as numbers, never translated) and
as aligned tables for people (translated, money in the plan's unit).

East Asian wide characters take two columns in a terminal; the tables pad by display
width so Japanese names line up.
"""

from __future__ import annotations

import datetime as dt
import math
import unicodedata
from collections.abc import Sequence
from typing import Any

from canvas_app.calc.funnel import FunnelAnalysis, analyse_funnel
from canvas_app.calc.health import FINDING_CODES, Finding, check_plan
from canvas_app.calc.kpi_report import kpi_rows
from canvas_app.calc.progress import reporting_period
from canvas_app.model import Plan
from canvas_app.model.enums import Unit
from canvas_app.model.walk import index_items, item_label
from canvas_app.text.findings import finding_message, severity_label
from canvas_app.text.funnel_blocks import block_message
from canvas_app.text.formatting import MISSING, format_date, format_value, money_unit_suffix
from canvas_app.text.labels import enum_label
from canvas_app.text.language import Language

__all__ = ["display_width", "render_table", "check_report", "kpi_report", "funnel_report"]


# --------------------------------------------------------------------------- tables


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: wide and full-width characters count two,
    combining marks zero."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def _pad(text: str, width: int, right: bool) -> str:
    space = " " * max(0, width - display_width(text))
    return space + text if right else text + space


def render_table(headers: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[bool] = ()) -> list[str]:
    """Lines of a table with a header and a rule; ``right[i]`` right-aligns column i."""
    aligns = list(right) + [False] * (len(headers) - len(right))
    widths = [display_width(h) for h in headers]
    for row in rows:
        widths = [max(w, display_width(cell)) for w, cell in zip(widths, row)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(_pad(cell, w, a) for cell, w, a in zip(cells, widths, aligns)).rstrip()

    return [line(headers), "  ".join("-" * w for w in widths), *(line(row) for row in rows)]


def _number(value: float | None) -> float | int | None:
    """A JSON number: whole floats as ints, non-finite as null."""
    if value is None or not math.isfinite(value):
        return None
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


def _name(plan: Plan, item_id: str) -> str:
    found = index_items(plan).get(item_id)
    return item_label(found[0]) if found else item_id


# --------------------------------------------------------------------------- check


def _finding_json(plan: Plan, finding: Finding, lang: Language) -> dict[str, Any]:
    return {
        "code": finding.code,
        "severity": finding.severity,
        "item_kind": finding.item_kind,
        "item_id": finding.item_id,
        "item_name": _name(plan, finding.item_id) if finding.item_id else "",
        "message": finding_message(finding, plan, lang),
        "params": {k: (_number(v) if isinstance(v, float) else v) for k, v in sorted(finding.params.items())},
    }


def check_report(plan: Plan, today: dt.date, lang: Language) -> tuple[dict[str, Any], list[str]]:
    """The health check as JSON data and as lines of text."""
    findings = check_plan(plan, today)
    counts = {severity: sum(f.severity == severity for f in findings) for severity in ("error", "warning", "info")}
    data = {"today": today.isoformat(), "counts": counts, "findings": [_finding_json(plan, f, lang) for f in findings]}
    if not findings:
        return data, [lang.translate("Cli", "No problems found: the plan passes the health check.")]
    rows = [[severity_label(f["severity"], lang), f["code"], f["item_id"], f["message"]] for f in data["findings"]]
    headers = [lang.translate("Cli", "Severity"), lang.translate("Cli", "Code"),
               lang.translate("Cli", "Item"), lang.translate("Cli", "Message")]
    summary = lang.translate("Cli", "Errors: {errors}, warnings: {warnings}, hints: {hints}.").format(
        errors=counts["error"], warnings=counts["warning"], hints=counts["info"])
    return data, [*render_table(headers, rows), "", summary]


# --------------------------------------------------------------------------- kpis


def kpi_report(plan: Plan, today: dt.date | None, lang: Language) -> tuple[dict[str, Any], list[str]]:
    """The KPI tree evaluated, in tree order: target, computed value, latest actual and
    status of every node."""
    money = plan.settings.money_unit
    nodes: list[dict[str, Any]] = []
    rows: list[list[str]] = []
    for row in kpi_rows(plan, today):
        node, progress = row.node, row.progress
        nodes.append({
            "id": node.id, "name": node.name, "parent": row.parent, "depth": row.depth,
            "formula": node.formula.value, "unit": node.unit.value, "direction": node.direction.value,
            "aggregation": node.aggregation.value, "stage": node.stage.value if node.stage else None,
            "role": node.role.value if node.role else None, "owner": node.owner,
            "target": _number(node.target), "value": _number(row.value), "problem": row.problem,
            "latest_actual": None if row.latest_period is None else {
                "period": row.latest_period, "value": _number(row.latest_actual)},
            "target_to_date": _number(progress.target_to_date),
            "actual_to_date": _number(progress.actual_to_date),
            "achievement": _number(progress.achievement),
            "status": row.status.value,
        })
        actual_text = MISSING
        if row.latest_period is not None:
            actual_text = f"{format_value(row.latest_actual, node.unit, money, lang.code)} ({row.latest_period})"
        rows.append([
            "  " * row.depth + (node.name or node.id), node.id, enum_label(node.unit, lang),
            format_value(node.target, node.unit, money, lang.code), format_value(row.value, node.unit, money, lang.code),
            actual_text, enum_label(row.status, lang),
        ])
    limit = reporting_period(plan, today) if today is not None else None
    data = {"money_unit": money.value, "reporting_period": limit, "nodes": nodes}
    if not nodes:
        return data, [lang.translate("Cli", "The plan has no KPIs yet.")]
    headers = [lang.translate("Cli", "KPI"), lang.translate("Cli", "ID"),
               lang.translate("Cli", "Unit"), lang.translate("Cli", "Target"),
               lang.translate("Cli", "Value"), lang.translate("Cli", "Latest actual"),
               lang.translate("Cli", "Status")]
    note = lang.translate("Cli", "Money in {unit}; the value is what the tree computes from its inputs.").format(
        unit=money_unit_suffix(money, lang.code))
    return data, [*render_table(headers, rows, [False, False, False, True, True, True, False]), "", note]


# --------------------------------------------------------------------------- funnel


def _weak_link_findings(analysis: FunnelAnalysis) -> list[Finding]:
    """Weak links as health-check findings, so they get the same translated sentences."""
    findings = []
    for link in analysis.weak_links:
        code = f"funnel_{link.code}"
        params = dict(link.params)
        if link.stage is not None:
            params["stage"] = link.stage.value
        kind, item_id = ("kpi", link.node_id) if link.node_id else ("plan", "")
        findings.append(Finding(code, FINDING_CODES.get(code, ("warning", ""))[0], kind, item_id, params))
    return findings


def funnel_report(plan: Plan, today: dt.date | None, lang: Language) -> tuple[dict[str, Any], list[str]]:
    """The revenue funnel worked back from the revenue target, stage by stage."""
    analysis = analyse_funnel(plan, today)
    money = plan.settings.money_unit
    stages = [{
        "role": s.role.value, "stage": s.stage.value, "node_id": s.node_id, "required": _number(s.required),
        "required_whole": s.required_whole, "planned": _number(s.planned), "actual_to_date": _number(s.actual_to_date),
        "rate_role": s.rate_role.value if s.rate_role else None, "rate_node_id": s.rate_node_id, "rate": _number(s.rate),
        "days_to_close": _number(s.days_to_close), "generate_by": s.generate_by.isoformat() if s.generate_by else None,
        "reason": s.reason,
    } for s in analysis.stages]
    existing = analysis.existing
    links = _weak_link_findings(analysis)
    data = {
        "has_funnel": analysis.has_funnel, "revenue_target": _number(analysis.revenue_target),
        "revenue_target_source": analysis.revenue_target_source, "average_deal_size": _number(analysis.average_deal_size),
        "required_coverage": _number(analysis.required_coverage), "actual_coverage": _number(analysis.actual_coverage),
        "pipeline_actual": _number(analysis.pipeline_actual), "new_revenue_actual": _number(analysis.new_revenue_actual),
        "remaining_target": _number(analysis.remaining_target), "as_of": analysis.as_of,
        "fiscal_year_end": analysis.fiscal_year_end.isoformat(), "money_unit": money.value, "stages": stages,
        "existing": {
            "customers": _number(existing.customers), "retention_rate": _number(existing.retention_rate),
            "revenue_per_customer": _number(existing.revenue_per_customer),
            "expansion_rate": _number(existing.expansion_rate), "existing_revenue": _number(existing.existing_revenue),
            "formula_value": _number(existing.formula_value),
            "node_ids": {role.value: node_id for role, node_id in sorted(existing.node_ids.items())},
        },
        "weak_links": [{"code": link.code, "node_id": link.node_id, "stage": link.stage.value if link.stage else None,
                        "params": {k: _number(v) if isinstance(v, float) else v for k, v in sorted(link.params.items())},
                        "message": finding_message(finding, plan, lang)}
                       for link, finding in zip(analysis.weak_links, links)],
    }
    blocks = [block_message(block, plan, lang) for block in analysis.blocks]
    data["blocks"] = [{"code": block.code, "role": block.role.value, "node_id": block.node_id,
                       "volumes": [role.value for role in block.blocked_volumes()], "message": message}
                      for block, message in zip(analysis.blocks, blocks)]
    if not analysis.has_funnel:
        return data, [lang.translate(
            "Cli", "The plan has no revenue funnel: no KPI has a funnel role (leads, MQLs, SQLs, opportunities, won deals).")]
    lines = [
        lang.translate("Cli", "New-business revenue target: {target}; average deal size: {size}.").format(
            target=format_value(analysis.revenue_target, Unit.JPY, money, lang.code),
            size=format_value(analysis.average_deal_size, Unit.JPY, money, lang.code)),
        "",
    ]
    headers = [lang.translate("Cli", "Stage"), lang.translate("Cli", "Volume"),
               lang.translate("Cli", "Required"), lang.translate("Cli", "Planned"),
               lang.translate("Cli", "Actual to date"), lang.translate("Cli", "Conversion to next"),
               lang.translate("Cli", "Needed by")]
    rows = [[enum_label(s.stage, lang), enum_label(s.role, lang),
             format_value(s.required_whole if s.required_whole is not None else s.required, Unit.COUNT, money, lang.code),
             format_value(s.planned, Unit.COUNT, money, lang.code), format_value(s.actual_to_date, Unit.COUNT, money, lang.code),
             format_value(s.rate, Unit.PERCENT, money, lang.code), format_date(s.generate_by, lang.code)] for s in analysis.stages]
    lines += render_table(headers, rows, [False, False, True, True, True, True, False])
    if blocks:
        lines += ["", lang.translate("Cli", "Why a required volume is missing:")]
        lines += [f"- {message}" for message in blocks]
    lines += ["", lang.translate("Cli", "Pipeline coverage: required {required}, actual {actual}.").format(
        required=format_value(analysis.required_coverage, Unit.RATIO, money, lang.code),
        actual=format_value(analysis.actual_coverage, Unit.RATIO, money, lang.code))]
    lines.append(lang.translate("Cli", "Existing revenue: {value} from {customers} customers.").format(
        value=format_value(existing.existing_revenue, Unit.JPY, money, lang.code),
        customers=format_value(existing.customers, Unit.COUNT, money, lang.code)))
    if links:
        lines += ["", lang.translate("Cli", "Weak links:")]
        lines += [f"- {entry['message']}" for entry in data["weak_links"]]
    else:
        lines += ["", lang.translate("Cli", "No weak links found.")]
    return data, lines
