"""What the channels cost a month: in all, and per funnel stage in the stages' order."""

from __future__ import annotations

import pytest

from canvas_app.calc.channel_costs import cost_totals
from canvas_app.model import Channel, Plan
from canvas_app.model.enums import JourneyPhase


def plan_of(*costs: tuple[JourneyPhase, int | None]) -> Plan:
    plan = Plan()
    plan.customers.channels = [Channel(id=f"c{n}", phase=phase, monthly_cost_yen=cost)
                               for n, (phase, cost) in enumerate(costs)]
    return plan


def test_no_channels_cost_nothing() -> None:
    assert cost_totals(Plan()) == (0, {})


@pytest.mark.parametrize("phase", list(JourneyPhase), ids=str)
@pytest.mark.parametrize("cost", [None, 0, 1, 150_000, 10**12], ids=lambda c: f"cost={c}")
def test_one_channel_counts_in_its_stage_unless_it_costs_nothing(phase: JourneyPhase, cost: int | None) -> None:
    total, per_stage = cost_totals(plan_of((phase, cost)))
    assert total == (cost or 0)
    assert per_stage == ({phase: cost} if cost else {})


def test_stages_in_journey_order_whatever_the_channel_order() -> None:
    phases = list(JourneyPhase)
    costs = [(phase, 1_000 * (n + 1)) for n, phase in enumerate(phases)] * 2
    total, per_stage = cost_totals(plan_of(*reversed(costs), (phases[0], None)))
    assert list(per_stage) == phases
    assert per_stage == {phase: 2_000 * (n + 1) for n, phase in enumerate(phases)}
    assert total == sum(per_stage.values()) == sum(cost for _, cost in costs)
