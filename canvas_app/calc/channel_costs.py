"""What the channels cost a month (Step 2): in all and per funnel stage, in whole yen."""

from __future__ import annotations

from collections import defaultdict

from canvas_app.model.enums import JourneyPhase
from canvas_app.model.plan import Plan


def cost_totals(plan: Plan) -> tuple[int, dict[JourneyPhase, int]]:
    """The total monthly cost of the channels, and the total per funnel stage in the
    stages' order (stages whose channels cost nothing left out)."""
    per_stage: dict[JourneyPhase, int] = defaultdict(int)
    for channel in plan.customers.channels:
        if channel.monthly_cost_yen:
            per_stage[channel.phase] += channel.monthly_cost_yen
    return sum(per_stage.values()), {p: per_stage[p] for p in JourneyPhase if per_stage.get(p)}


__all__ = ["cost_totals"]
