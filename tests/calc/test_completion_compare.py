"""Step completion for the navigator, and comparing two plans (snapshot vs live)."""

from __future__ import annotations

import datetime as dt

import pytest

from canvas_app.calc.compare import Change, compare_plans, compare_with_snapshot, snapshot_plan
from canvas_app.calc.completion import plan_completion, step_completion
from canvas_app.model import (
    Actual,
    BusinessGoal,
    Channel,
    Competitor,
    CustomerJourney,
    DifferentiationCriterion,
    Initiative,
    JourneyStage,
    Persona,
    Plan,
    ReviewMeeting,
    Snapshot,
    ValueProposition,
)
from canvas_app.model.enums import InitiativeStatus

from .builders import day, kpi, plan_with


def _parts(result):
    return dict(result.parts)


def test_an_empty_plan_is_nowhere():
    steps = plan_completion(Plan())
    assert [s.step for s in steps] == [1, 2, 3, 4]
    assert all(s.fraction == 0.0 for s in steps)
    assert steps[0].missing == ("vision", "mission", "business_strategy", "goal_with_target", "contributions")
    with pytest.raises(ValueError):
        step_completion(Plan(), 5)


def test_step1():
    plan = Plan()
    plan.strategy.vision = "Make every factory predictable"
    plan.strategy.mission = "  "  # blank is missing
    plan.strategy.goals += [BusinessGoal(id="g1", target=1e8, marketing_contribution="Leads"),
                            BusinessGoal(id="g2")]
    result = step_completion(plan, 1)
    # vision 1, mission 0, strategy 0, a goal with a target 1, contributions 1 of 2 = 0.5
    # → (1 + 0 + 0 + 1 + 0.5) ÷ 5 = 0.5.
    assert _parts(result) == {"vision": 1.0, "mission": 0.0, "business_strategy": 0.0,
                              "goal_with_target": 1.0, "contributions": 0.5}
    assert result.fraction == 0.5
    assert result.missing == ("mission", "business_strategy", "contributions")


def test_step2():
    plan = Plan()
    c = plan.customers
    c.personas += [Persona(id="p1"), Persona(id="p2")]
    c.value_propositions.append(ValueProposition(id="vp1", persona_id="p1", statement="Less downtime"))
    c.competitors += [Competitor(id="k1"), Competitor(id="k2")]
    c.criteria += [
        DifferentiationCriterion(id="c1", our_score=4, competitor_scores={"k1": 3, "k2": 2}),
        DifferentiationCriterion(id="c2", our_score=5, competitor_scores={"k1": 3}),  # k2 not scored
    ]
    c.channels.append(Channel(id="ch1"))
    c.journeys.append(CustomerJourney(id="j1", persona_id="p1"))  # no stages yet
    result = step_completion(plan, 2)
    # personas 1, value propositions 1 of 2, competitors 1, criteria 1 of 2, channels 1,
    # journeys 0 → 4 ÷ 6.
    assert _parts(result) == {"personas": 1.0, "value_propositions": 0.5, "competitors": 1.0,
                              "criteria_scored": 0.5, "channels": 1.0, "journeys": 0.0}
    assert result.fraction == pytest.approx(4 / 6)
    c.journeys[0].stages.append(JourneyStage(id="s1", name="Search"))
    assert _parts(step_completion(plan, 2))["journeys"] == 1.0


def test_step3():
    plan = plan_with(
        [kpi("rev", "product", ("deals", "size")), kpi("deals", target=10, owner="A"),
         kpi("size", owner="B")],
        initiatives=[Initiative(id="i1", owner="C", start=day("2026-04-01"), end=day("2026-05-01"),
                                budget_yen=0),
                     Initiative(id="i2", start=day("2026-04-01"))],
    )
    result = step_completion(plan, 3)
    # Targets: rev (computed root) no, deals yes, size no → 1/3; owners 2/3;
    # initiatives 1; owners 1/2; dates 1/2; budgets 1/2 (0 yen is a budget).
    assert _parts(result) == pytest.approx({
        "kpi_nodes": 1.0, "kpi_targets": 1 / 3, "kpi_owners": 2 / 3, "initiatives": 1.0,
        "initiative_owners": 0.5, "initiative_dates": 0.5, "initiative_budgets": 0.5,
    })
    assert result.fraction == pytest.approx((1 + 1 / 3 + 2 / 3 + 1 + 0.5 * 3) / 7)


def test_step4():
    plan = plan_with([kpi("leads", target=1)])
    plan.review.cadence.participants.append("Sales")
    plan.review.meetings.append(ReviewMeeting(id="r1", held=False))
    assert _parts(step_completion(plan, 4)) == {"cadence_participants": 1.0, "held_review": 0.0, "actuals": 0.0}
    plan.review.meetings[0].held = True
    plan.review.actuals.append(Actual(kpi_id="leads", period="M01", value=3))
    assert step_completion(plan, 4).fraction == 1.0 and step_completion(plan, 4).missing == ()


# ---------------------------------------------------------------------------- compare


def _quarter_plan():
    return plan_with(
        [kpi("leads", target=4000, period_targets={"M01": 300}), kpi("cpa", target=5000)],
        goals=[BusinessGoal(id="g1", name="Revenue", target=1e8), BusinessGoal(id="g2", name="Brand")],
        initiatives=[Initiative(id="web", name="Webinars", budget_yen=1_000_000, start=day("2026-05-01")),
                     Initiative(id="ads", name="Ads", budget_yen=500_000)],
    )


def test_compare_lists_what_changed():
    old = _quarter_plan()
    old.customers.personas.append(Persona(id="p1", name="Owner"))
    new = _quarter_plan()
    new.strategy.goals[0].target = 1.2e8
    new.strategy.goals.pop(1)
    new.strategy.goals.append(BusinessGoal(id="g3", name="Repeat"))
    new.customers.personas.append(Persona(id="p2", name="Buyer"))
    new.kpis.nodes[0].target = 5000
    new.kpis.nodes[0].period_targets = {"M01": 300, "M02": 500}
    new.kpis.nodes.pop(1)
    new.roadmap.initiatives[0].budget_yen = 1_500_000
    new.roadmap.initiatives[0].start = day("2026-06-01")
    new.roadmap.initiatives[1].status = InitiativeStatus.CANCELLED
    new.roadmap.initiatives.append(Initiative(id="fair", name="Trade fair"))
    assert compare_plans(old, new) == [
        Change("removed", "goal", "g2", "", "Brand", None),
        Change("changed", "goal", "g1", "target", 1e8, 1.2e8),
        Change("added", "goal", "g3", "", None, "Repeat"),
        Change("removed", "persona", "p1", "", "Owner", None),
        Change("added", "persona", "p2", "", None, "Buyer"),
        Change("removed", "kpi", "cpa", "", "cpa", None),
        Change("changed", "kpi", "leads", "target", 4000, 5000),
        Change("changed", "kpi", "leads", "period_targets.M02", None, 500),
        Change("changed", "initiative", "web", "budget_yen", 1_000_000, 1_500_000),
        Change("changed", "initiative", "web", "start", "2026-05-01", "2026-06-01"),
        Change("changed", "initiative", "ads", "status", "planned", "cancelled"),
        Change("added", "initiative", "fair", "", None, "Trade fair"),
    ]
    assert compare_plans(old, old) == []


def test_compare_with_a_snapshot():
    live = _quarter_plan()
    frozen = _quarter_plan().model_dump(mode="json")
    snapshot = Snapshot(id="s1", taken_at=dt.datetime(2026, 7, 1, 9, 0), plan=frozen)
    assert snapshot_plan(snapshot) == _quarter_plan()
    live.strategy.goals[1].deadline = day("2027-03-31")
    assert compare_with_snapshot(snapshot, live) == [
        Change("changed", "goal", "g2", "deadline", None, "2027-03-31"),
    ]


@pytest.mark.parametrize("step", [1, 2, 3, 4])
@pytest.mark.parametrize("plan", [Plan(), None], ids=["empty", "partly filled"])
def test_parts_done_and_total_count_what_the_fraction_averages(step, plan):
    """The navigator's "3 of 5 parts complete": done parts score 1.0, partial ones do not count."""
    if plan is None:
        plan = Plan()
        plan.strategy.vision = "Make every factory predictable"
        plan.strategy.goals += [BusinessGoal(id="g1", target=1e8, marketing_contribution="Leads"),
                                BusinessGoal(id="g2")]  # contributions: 0.5
        plan.customers.personas.append(Persona(id="p1", name="Buyer"))
        plan.kpis.nodes.append(kpi("leads", target=100))
        plan.review.meetings.append(ReviewMeeting(id="r1", held=True))
    result = step_completion(plan, step)
    scores = [score for _, score in result.parts]
    assert result.total == len(scores) > 0
    assert result.done == sum(score == 1.0 for score in scores) == result.total - len(result.missing)
    assert result.fraction == pytest.approx(sum(scores) / result.total)
    assert (result.done == result.total) is (result.fraction == 1.0)
