"""The plan health check: one test per pitfall, on a plan that is healthy until a test
breaks exactly one thing."""

from __future__ import annotations

import pytest

from canvas_app.calc.health import FINDING_CODES, SEVERITY_ORDER, Finding, check_plan
from canvas_app.model import (
    ActionItem,
    Actual,
    BusinessGoal,
    CustomerDesign,
    Department,
    Initiative,
    Persona,
    ReviewDecision,
    ReviewMeeting,
    ValueProposition,
)
from canvas_app.model.enums import ActionStatus, Decision, InitiativeStatus

from .builders import day, funnel_nodes, kpi, plan_with
from canvas_app.text.language import Language

TODAY = day("2026-07-01")  # FY2026 (April start), fiscal month M04


def healthy_plan(actuals=()):
    nodes = funnel_nodes()
    for node in nodes:
        node.owner = "Sato"
    by_id = {node.id: node for node in nodes}
    by_id["total"].target = 169_500_000   # 120,000,000 new + 49,500,000 existing
    by_id["pipeline"].target = 480_000_000
    for root in ("total", "d_mql", "d_sql", "d_opp", "d_close", "pipeline"):
        by_id[root].goal_id = "g1"
    plan = plan_with(
        nodes,
        actuals=actuals,
        customers=CustomerDesign(personas=[Persona(id="p1", name="Factory owner")], value_propositions=[
            ValueProposition(id="vp1", persona_id="p1", statement="Cut downtime by half")]),
        departments=[Department(id="sales", name="Sales"), Department(id="mkt", name="Marketing")],
        goals=[BusinessGoal(id="g1", name="Revenue FY2026", target=169_500_000,
                            marketing_contribution="Generate 4,000 leads", agreed_department_ids=["sales", "mkt"])],
        initiatives=[
            Initiative(id="webinar", name="Webinar series", owner="Suzuki", persona_id="p1",
                       start=day("2026-05-01"), end=day("2026-09-30"), budget_yen=1_200_000, kpi_ids=["leads"]),
            Initiative(id="success", name="Customer success program", owner="Tanaka", persona_id="p1",
                       start=day("2026-04-01"), end=day("2027-03-31"), budget_yen=0, kpi_ids=["retention"]),
        ],
    )
    plan.review.cadence.meeting_day = 10
    return plan


def node(plan, node_id):
    return next(n for n in plan.kpis.nodes if n.id == node_id)


def codes(plan, today=TODAY):
    return [(f.code, f.item_id) for f in check_plan(plan, today)]


def only(plan, code, today=TODAY) -> Finding:
    found = [f for f in check_plan(plan, today) if f.code == code]
    assert len(found) == 1, found
    return found[0]


def test_the_healthy_plan_has_no_findings():
    assert check_plan(healthy_plan(), TODAY) == []


def test_every_code_is_documented_with_a_severity():
    assert set(SEVERITY_ORDER) == {"error", "warning", "info"}
    for code, (severity, meaning) in FINDING_CODES.items():
        assert severity in SEVERITY_ORDER and meaning.endswith(".")


# ---------------------------------------------------------------------------- Step 1


def test_goal_findings():
    plan = healthy_plan()
    plan.strategy.goals.append(BusinessGoal(id="g2", name="Brand awareness"))
    assert codes(plan) == [("goal_no_kpi", "g2"), ("goal_no_contribution", "g2"), ("goal_not_agreed", "g2")]
    assert only(plan, "goal_no_kpi").severity == "error"
    plan.strategy.goals[1].marketing_contribution = "   "  # blank text counts as missing
    assert ("goal_no_contribution", "g2") in codes(plan)


# ---------------------------------------------------------------------------- Step 3: KPIs


def test_sns_followers_not_tied_to_a_business_result():
    plan = healthy_plan()
    plan.kpis.nodes.append(kpi("followers", name="SNS followers", target=10_000, owner="Ito"))
    finding = only(plan, "kpi_not_linked_to_goal")
    assert (finding.severity, finding.item_kind, finding.item_id) == ("error", "kpi", "followers")
    assert finding.params == {"node_count": 1}


def test_an_unlinked_tree_is_reported_once_at_its_root():
    plan = healthy_plan()
    plan.kpis.nodes += [
        kpi("engagement", "product", ("posts", "likes"), target=5000, owner="Ito"),
        kpi("posts", target=100, owner="Ito"), kpi("likes", target=50, owner="Ito"),
    ]
    assert only(plan, "kpi_not_linked_to_goal").params == {"node_count": 3}
    # A goal anywhere in the tree links all of it, even deep below the root.
    node(plan, "likes").goal_id = "g1"
    assert "kpi_not_linked_to_goal" not in [c for c, _ in codes(plan)]


def test_kpi_without_owner_or_target():
    plan = healthy_plan()
    node(plan, "leads").owner = ""
    node(plan, "win").target = None          # an input: the tree cannot compute
    node(plan, "total").target = None        # a computed root: no goal for the tree
    node(plan, "new").target = None          # a computed node below the root: fine
    found = codes(plan)
    assert ("kpi_no_owner", "leads") in found
    assert ("kpi_no_target", "win") in found and ("kpi_no_target", "total") in found
    assert ("kpi_no_target", "new") not in found


def test_kpi_tree_gap():
    plan = healthy_plan()
    node(plan, "leads").target = 3000
    # 3,000 leads → 45 won deals × 2,000,000 = 90,000,000 < 120,000,000 at "new";
    # total 90,000,000 + 49,500,000 = 139,500,000 < 169,500,000.
    gaps = {f.item_id: f for f in check_plan(plan, TODAY) if f.code == "kpi_tree_gap"}
    assert set(gaps) == {"total", "new"}
    assert gaps["new"].params["value"] == pytest.approx(90_000_000)
    assert gaps["new"].params["target"] == 120_000_000
    assert gaps["new"].params["difference"] == pytest.approx(-30_000_000)
    # Above target is not a gap for a higher-is-better KPI.
    node(plan, "leads").target = 5000
    assert "kpi_tree_gap" not in [c for c, _ in codes(plan)]


@pytest.mark.parametrize("kpi_id, value, rule", [
    ("leads", -3, "count"), ("won", -1, "count"), ("d_close", -2, "days"), ("win", -0.1, "funnel"),
    ("new", -1_000, "funnel"), ("pipeline", -5, "funnel"),
])
def test_a_negative_actual_of_a_kpi_that_cannot_be_negative(kpi_id, value, rule):
    plan = healthy_plan(actuals=[(kpi_id, "M03", value), (kpi_id, "M01", 5), (kpi_id, "M02", value)])
    finding = only(plan, "kpi_negative_actual")
    assert (finding.severity, finding.item_kind, finding.item_id) == ("warning", "kpi", kpi_id)
    assert finding.params == {"period": "M02", "value": value, "count": 2, "rule": rule}  # the first, by period


@pytest.mark.parametrize("unit", ["jpy", "percent", "ratio", "score", "other"])
def test_a_negative_actual_of_a_kpi_that_may_be_negative_is_no_finding(unit):
    plan = healthy_plan(actuals=[("leads", "M01", 0)])
    plan.kpis.nodes.append(kpi("profit", unit=unit, owner="Sato", target=1.0, goal_id="g1"))
    plan.review.actuals.append(Actual(kpi_id="profit", period="M01", value=-10))
    assert "kpi_negative_actual" not in [c for c, _ in codes(plan)]


# ---------------------------------------------------------------------------- funnel


def test_funnel_weak_links_become_findings():
    plan = healthy_plan(actuals=[
        ("mql_sql", "M02", 0.2),        # < 0.3 × 0.8 = 0.24
        ("d_close", "M02", 90),         # > 60 ÷ 0.8 = 75 days
        ("win", "M02", 0.15),           # 40 % under the planned 0.25
        ("pipeline", "M02", 200_000_000), ("new", "M02", 20_000_000),  # 200 ÷ 100 = 2× < 4×
    ])
    found = {f.code: f for f in check_plan(plan, TODAY)}
    assert found["funnel_low_mql_to_sql"].item_id == "mql_sql"
    assert found["funnel_low_mql_to_sql"].params["stage"] == "inside_sales"
    assert found["funnel_stagnation"].item_id == "d_close"
    assert found["funnel_stagnation"].params["role"] == "days_to_close"
    assert found["funnel_win_rate_out_of_line"].item_id == "win"
    assert found["funnel_low_coverage"].params["actual"] == pytest.approx(2.0)
    assert all(f.severity == "warning" for code, f in found.items() if code.startswith("funnel_"))


def test_untapped_expansion_is_a_hint():
    plan = healthy_plan()
    plan.roadmap.initiatives.pop()  # the customer success program
    finding = only(plan, "funnel_untapped_expansion")
    assert finding.severity == "info" and finding.params["reason"] == "no_initiative"


# ---------------------------------------------------------------------------- Step 3: roadmap


def test_initiative_findings():
    plan = healthy_plan()
    plan.customers.personas.append(Persona(id="p2", name="Buyer"))
    plan.customers.value_propositions.append(ValueProposition(id="vp2", persona_id="p2", statement=" "))
    plan.roadmap.initiatives += [
        Initiative(id="ads", name="Instagram campaign", kpi_ids=["leads"]),
        Initiative(id="fair", name="Trade fair", persona_id="p2", owner="Ito", goal_id="g1",
                   start=day("2026-10-01"), end=day("2026-10-03"), budget_yen=500_000),
        Initiative(id="old", name="Cancelled", status=InitiativeStatus.CANCELLED),
    ]
    assert [c for c in codes(plan) if c[1] in ("ads", "fair", "old")] == [
        ("initiative_no_persona", "ads"),              # errors first
        ("initiative_no_owner", "ads"),
        ("initiative_no_dates", "ads"),
        ("initiative_no_budget", "ads"),
        ("initiative_persona_no_value", "fair"),       # a blank statement is no value design
    ]
    assert only(plan, "initiative_persona_no_value").params == {"persona_id": "p2"}
    # Pain relievers are value design too; an initiative with neither KPI nor goal is unlinked.
    plan.customers.value_propositions[1].pain_relievers = ["Fewer suppliers"]
    plan.roadmap.initiatives[3].goal_id = None
    assert [c for c in codes(plan) if c[1] == "fair"] == [("initiative_not_linked", "fair")]


# ---------------------------------------------------------------------------- Step 4


def test_no_review_scheduled():
    plan = healthy_plan()
    plan.review.cadence.meeting_day = None
    finding = only(plan, "no_review_scheduled")
    assert (finding.item_kind, finding.item_id) == ("cadence", "")
    plan.review.meetings.append(ReviewMeeting(id="r1", date=day("2026-07-10")))
    assert codes(plan) == []
    plan.review.meetings[0].held = True   # held in the future is no schedule
    assert [c for c, _ in codes(plan)] == ["no_review_scheduled"]


def test_review_overdue():
    plan = healthy_plan()
    plan.review.meetings += [
        ReviewMeeting(id="june", date=day("2026-06-10")),
        ReviewMeeting(id="may", date=day("2026-05-10"), held=True),
        ReviewMeeting(id="today", date=TODAY),
    ]
    finding = only(plan, "review_overdue")
    assert finding.item_id == "june"
    assert finding.params == {"date": "2026-06-10", "days_overdue": 21}  # 10 Jun → 1 Jul


def test_action_overdue():
    plan = healthy_plan()
    plan.review.meetings.append(ReviewMeeting(id="r1", date=day("2026-06-10"), held=True, action_items=[
        ActionItem(id="a1", text="Call lost deals", due=day("2026-06-30")),
        ActionItem(id="a2", due=day("2026-06-01"), status=ActionStatus.DONE),
        ActionItem(id="a3", due=day("2026-06-01"), status=ActionStatus.DROPPED),
        ActionItem(id="a4", due=TODAY),
        ActionItem(id="a5", due=day("2026-05-01"), status=ActionStatus.IN_PROGRESS),
    ]))
    assert [c for c in codes(plan)] == [("action_overdue", "a1"), ("action_overdue", "a5")]
    assert only(plan, "action_overdue", day("2026-06-15")).params == {"due": "2026-05-01", "days_overdue": 45}


def _off_track_plan():
    # Leads: 4,000 a year → 1,000 to date at M03; 100 recorded: 0.1 → off track.
    return healthy_plan(actuals=[("leads", "M01", 50), ("leads", "M03", 50)])


def _revisit(meeting_id, **fields):
    return ReviewMeeting(id=meeting_id, held=True, decisions=[
        ReviewDecision(id=f"{meeting_id}-d", decision=Decision.REVISIT_STRATEGY, revisit_step=2)], **fields)


def test_strategy_not_revisited():
    plan = _off_track_plan()
    finding = only(plan, "strategy_not_revisited")
    assert (finding.severity, finding.item_id) == ("error", "leads")
    assert finding.params == {"period": "M03", "off_track_count": 1}


@pytest.mark.parametrize(("meeting", "revisited"), [
    (_revisit("june", date=day("2026-06-10")), True),     # M03 is June: decided since it began
    (_revisit("may", date=day("2026-05-31")), False),     # before June
    (_revisit("undated", period="M03"), True),            # the period it reviewed
    (_revisit("q1", period="Q1"), False),                 # Q1 began in April, before June
    (_revisit("unknown"), True),                          # no date at all: benefit of the doubt
    (ReviewMeeting(id="fix", held=True, date=day("2026-06-20"), decisions=[
        ReviewDecision(id="fix-d", decision=Decision.FIX_TACTICS)]), False),
])
def test_strategy_revisited_by_a_held_review(meeting, revisited):
    plan = _off_track_plan()
    plan.review.meetings.append(meeting)
    assert ("strategy_not_revisited" not in [c for c, _ in codes(plan)]) == revisited


def test_a_planned_revisit_does_not_count_and_old_off_track_kpis_do_not_either():
    plan = _off_track_plan()
    plan.review.meetings.append(_revisit("next", date=day("2026-07-10")).model_copy(update={"held": False}))
    assert "strategy_not_revisited" in [c for c, _ in codes(plan)]
    # Another KPI reported later (M04) and on track: leads' latest period is no longer the latest.
    plan = healthy_plan(actuals=[("leads", "M03", 50), ("win", "M04", 0.25)])
    assert "strategy_not_revisited" not in [c for c, _ in codes(plan)]


def test_findings_are_ordered_by_severity_then_plan_order():
    plan = healthy_plan()
    plan.strategy.goals.append(BusinessGoal(id="g2", name="Brand"))
    plan.kpis.nodes.append(kpi("followers", target=10, owner="Ito"))
    plan.roadmap.initiatives.append(Initiative(id="ads", goal_id="g1", owner="x", budget_yen=1,
                                               start=TODAY, end=TODAY))
    plan.roadmap.initiatives.pop(1)
    plan.review.meetings.append(ReviewMeeting(id="late", date=day("2026-06-01")))
    assert codes(plan) == [
        ("goal_no_kpi", "g2"),                    # errors, in plan order: Step 1 …
        ("kpi_not_linked_to_goal", "followers"),  # … Step 3 KPIs …
        ("initiative_no_persona", "ads"),         # … Step 3 roadmap
        ("goal_no_contribution", "g2"),           # then warnings
        ("goal_not_agreed", "g2"),
        ("review_overdue", "late"),
        ("funnel_untapped_expansion", "expansion"),  # then hints
    ]


def test_a_10000_deep_tree_is_checked_without_recursion():
    depth = 10_000
    nodes = [kpi(f"n{i}", "sum", (f"n{i + 1}",), owner="x") for i in range(depth - 1)]
    nodes.append(kpi(f"n{depth - 1}", target=1.0, owner="x"))
    nodes[0].target = 2.0  # the chain reaches 1.0: a gap at the root, the only computed node with a target
    plan = plan_with(nodes, actuals=[(f"n{depth - 1}", "M01", 0.01)])
    plan.review.cadence.meeting_day = 1
    found = codes(plan)
    assert ("kpi_not_linked_to_goal", "n0") in found and ("kpi_tree_gap", "n0") in found
    assert ("strategy_not_revisited", f"n{depth - 1}") in found  # 0.01 of 1 ÷ 12 to date
    assert len(found) == 3


def test_an_extreme_target_gives_findings_with_finite_numbers_and_a_message():
    """Extreme but valid values (1e308, 1e-300) still give findings with finite numbers and
    a message; the hypothesis test in test_generated_plans explores more such plans."""
    import math

    from canvas_app.model import Actual, KpiNode, Plan
    from canvas_app.model.enums import FunnelRole, Unit
    from canvas_app.text.findings import finding_message

    plan = Plan()
    plan.kpis.nodes.append(KpiNode(id="kpi-win", name="Win rate", unit=Unit.PERCENT, target=1e308, role=FunnelRole.WIN_RATE))
    plan.review.actuals.append(Actual(kpi_id="kpi-win", period="M01", value=1e-300))
    # the tree misses its target by more than a float can hold (1e308 − (−1e308))
    plan.kpis.nodes.append(KpiNode(id="kpi-sum", name="Total", formula="sum", children=["kpi-neg"], target=1e308))
    plan.kpis.nodes.append(KpiNode(id="kpi-neg", name="Part", target=-1e308))
    import datetime as dt

    findings = check_plan(plan, dt.date(2026, 11, 21))
    assert findings
    for finding in findings:
        assert all(isinstance(v, str) or math.isfinite(v) for v in finding.params.values())
        assert finding_message(finding, plan, Language("en"))
