"""The funnel sheet's "why a required volume is missing" cell: the sentences of
``text.funnel_blocks``, each shown by a formula only while its input blocks — so the
cell follows an edit in the KPI tree sheet as the volumes do, and reads the same as
the app, the command line and the health check.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from canvas_app.calc import funnel_blocks as fb
from canvas_app.calc.funnel_blocks import FunnelBlock
from canvas_app.calc.funnel_roles import CHAIN
from canvas_app.model.enums import FunnelRole as R
from canvas_app.model.kpi import KpiNode
from canvas_app.model.plan import Plan
from canvas_app.text.funnel_blocks import block_sentence
from canvas_app.text.language import Language

from .xlsx_book import formula_string

__all__ = ["MAX_FORMULA", "why_formula"]

#: Excel's limit for a formula is 8,192 characters; beyond this the caller writes text.
MAX_FORMULA = 8000
# Where the blocking value and the KPI's name go in a sentence: both come from cells, so
# no user text is ever written into a formula (design.md §7: user text is always text).
_VALUE, _NAME = "\x00", "\x01"


def _text(sentence: str, expressions: Mapping[str, str]) -> str:
    """A sentence as a formula's text, each placeholder replaced by its expression."""
    parts = re.split(f"([{_VALUE}{_NAME}])", sentence)
    return "&".join(expressions[part] if part in expressions else formula_string(part) for part in parts if part)


def _candidates(nodes: Mapping[R, KpiNode], target: str, deal: str, rates: Mapping[R, str]
                ) -> list[tuple[FunnelBlock, str, str]]:
    """(block, the condition under which it blocks, the value's cell) nearest the target
    first, as ``calc.funnel_blocks`` lists them."""
    def node_id(role: R) -> str | None:
        return nodes[role].id if role in nodes else None

    revenue = R.NEW_REVENUE if R.NEW_REVENUE in nodes or R.TOTAL_REVENUE not in nodes else R.TOTAL_REVENUE
    total, new = nodes.get(R.TOTAL_REVENUE), nodes.get(R.NEW_REVENUE)
    missing_target = (FunnelBlock(fb.NO_EXISTING_REVENUE, R.EXISTING_REVENUE, node_id(R.EXISTING_REVENUE),
                                  R.WON_DEALS, None)
                      if (new is None or new.target is None) and total is not None and total.target is not None
                      else FunnelBlock(fb.NO_REVENUE_TARGET, revenue, node_id(revenue), R.WON_DEALS, None))
    found = [
        (missing_target, f"NOT(ISNUMBER({target}))", target),
        (FunnelBlock(fb.NO_DEAL_SIZE, R.AVERAGE_DEAL_SIZE, node_id(R.AVERAGE_DEAL_SIZE), R.WON_DEALS, None),
         f"NOT(ISNUMBER({deal}))", deal),
        (FunnelBlock(fb.ZERO_DEAL_SIZE, R.AVERAGE_DEAL_SIZE, node_id(R.AVERAGE_DEAL_SIZE), R.WON_DEALS, None),
         f"AND(ISNUMBER({deal}),{deal}<=0)", deal),
    ]
    for index in reversed(range(len(CHAIN) - 1)):
        volume, rate_role, _, _ = CHAIN[index]
        cell, next_volume = rates[volume], CHAIN[index + 1][0]
        found += [
            (FunnelBlock(fb.NO_RATE, rate_role, node_id(rate_role), volume, next_volume),
             f"NOT(ISNUMBER({cell}))", cell),
            (FunnelBlock(fb.ZERO_RATE, rate_role, node_id(rate_role), volume, next_volume),
             f"AND(ISNUMBER({cell}),{cell}<=0)", cell),
        ]
    return found


def why_formula(plan: Plan, lang: Language, nodes: Mapping[R, KpiNode], target: str, deal: str,
                rates: Mapping[R, str], names: Mapping[str, str]) -> str:
    """The expression (without "=") that lists the sentences of every input blocking the
    funnel, separated by spaces; "" when nothing blocks. ``target``, ``deal``: the cells of
    the revenue target and the deal size; ``rates``: volume → its conversion rate's cell;
    ``names``: KPI id → the cell holding its name (the KPI tree sheet's)."""
    parts = []
    for block, condition, cell in _candidates(nodes, target, deal, rates):
        sentence = block_sentence(block, _NAME if block.node_id else None, plan, lang, value_text=_VALUE)
        value = f'TEXT({cell},"0.0%")' if block.is_rate else f'TEXT({cell},"#,##0")'
        expressions = {_VALUE: value, _NAME: names.get(block.node_id or "", '""')}
        parts.append(f'IF({condition},{_text(sentence, expressions)}&" ","")')
    return "TRIM(" + "&".join(parts) + ")"
