"""Why the funnel cannot work a volume back from the revenue target, in one sentence.

``calc.funnel_blocks`` finds the inputs that block (a missing or zero conversion rate,
deal size or revenue target); this module alone words them, in the ``Language``
passed in — for the funnel page, ``canvas-app funnel``, the workbook's funnel sheet
and the health check, so all four say the same thing.
"""

from __future__ import annotations

from canvas_app.calc import funnel_blocks as fb
from canvas_app.calc.funnel_blocks import FunnelBlock
from canvas_app.calc.kpi_bounds import ABOVE_WHOLE
from canvas_app.model.enums import FunnelRole, Unit
from canvas_app.model.plan import Plan

from .formatting import format_value
from .labels import enum_label
from .language import Language

__all__ = ["block_message", "block_sentence", "bound_refusal", "volume_list"]


def volume_list(roles: tuple[FunnelRole, ...], lang: Language) -> str:
    """"Leads, MQLs and SQLs" / 「リード・MQL・SQL」."""
    labels = [enum_label(role, lang) for role in roles]
    if len(labels) < 2:
        return "".join(labels)
    return lang.translate("FunnelBlocks", "{first} and {last}").format(
        first=lang.translate("FunnelBlocks", ", ").join(labels[:-1]), last=labels[-1])


def _templates(lang: Language) -> dict[tuple[str, bool], str]:
    """(code, whether the input's KPI exists) → sentence."""
    return {
        (fb.NO_RATE, True): lang.translate(
            "FunnelBlocks", "Required volumes cannot be worked out for {volumes}: “{name}” has no value yet — "
            "enter the rate you plan for."),
        (fb.NO_RATE, False): lang.translate(
            "FunnelBlocks", "Required volumes cannot be worked out for {volumes}: the plan has no {rate} KPI, and "
            "no planned {volume} and {next} to imply one — add the rate to the KPI tree."),
        (fb.ZERO_RATE, True): lang.translate(
            "FunnelBlocks", "Required volumes cannot be worked out for {volumes}: “{name}” is {value}, and at that "
            "rate no number of {volume} becomes {next} — enter the rate you plan for."),
        (fb.ZERO_RATE, False): lang.translate(
            "FunnelBlocks", "Required volumes cannot be worked out for {volumes}: the planned {volume} and {next} "
            "imply a {rate} of {value} — add the rate to the KPI tree."),
        (fb.NO_DEAL_SIZE, True): lang.translate(
            "FunnelBlocks", "No required volume can be worked out: “{name}” has no value yet — enter the deal size "
            "you plan for."),
        (fb.NO_DEAL_SIZE, False): lang.translate(
            "FunnelBlocks", "No required volume can be worked out: the plan has no average deal size KPI, and no "
            "planned new revenue and won deals to imply one — add it to the KPI tree."),
        (fb.ZERO_DEAL_SIZE, True): lang.translate(
            "FunnelBlocks", "No required volume can be worked out: “{name}” is {value} — a deal must be worth "
            "something for the revenue target to need a number of deals."),
        (fb.NO_REVENUE_TARGET, True): lang.translate(
            "FunnelBlocks", "No required volume can be worked out: “{name}” has no target — give it one, or link "
            "it to step 1's revenue goal."),
        (fb.NO_EXISTING_REVENUE, True): lang.translate(
            "FunnelBlocks", "No required volume can be worked out: new business must bring the total revenue target "
            "less existing revenue, and “{name}” has no value yet — fill in the existing-customer drivers."),
        (fb.NO_EXISTING_REVENUE, False): lang.translate(
            "FunnelBlocks", "No required volume can be worked out: new business must bring the total revenue target "
            "less existing revenue, and the plan has no existing-revenue KPI — add one, or give new revenue a "
            "target of its own."),
        (fb.NO_REVENUE_TARGET, False): lang.translate(
            "FunnelBlocks", "No required volume can be worked out: no KPI has the new-revenue or total-revenue "
            "role, so there is no revenue target to work back from."),
    }


def block_sentence(block: FunnelBlock, name: str | None, plan: Plan, lang: Language, *,
                   value_text: str | None = None) -> str:
    """One sentence for ``block``; ``name``: its KPI's name (None when it has no KPI).
    ``value_text`` stands for the value (the workbook puts a formula there)."""
    templates = _templates(lang)
    key = (block.code, name is not None)
    if key not in templates:  # an implied deal size of zero: word it as the role's
        key, name = (block.code, True), enum_label(block.role, lang)
    unit = Unit.PERCENT if block.is_rate else Unit.JPY
    return _fill(templates[key],
        volumes=volume_list(block.blocked_volumes(), lang),
        name=name or "",
        rate=enum_label(block.role, lang),
        volume=enum_label(block.volume, lang),
        next=enum_label(block.next_volume, lang) if block.next_volume is not None else "",
        value=value_text if value_text is not None else format_value(block.value, unit, plan.settings.money_unit,
                                                                      lang.code),
    )


def _fill(template: str, **values: str) -> str:
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a malformed translation
        return template


def block_message(block: FunnelBlock, plan: Plan, lang: Language) -> str:
    """:func:`block_sentence` naming the block's KPI as the plan names it."""
    node = next((n for n in plan.kpis.nodes if n.id == block.node_id), None) if block.node_id else None
    return block_sentence(block, node.name if node is not None else None, plan, lang)


def bound_refusal(bound: str, lang: Language) -> str:
    """Why a typed value was refused for a KPI that cannot take it (``calc.kpi_bounds``)."""
    if bound == ABOVE_WHOLE:
        return lang.translate("FunnelBlocks", "A conversion, win or retention rate cannot be above 100 %.")
    return lang.translate("FunnelBlocks", "This KPI cannot be below zero.")
