"""The plan model itself: JSON round trip, field rules, extras kept."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pydantic import ValidationError

from canvas_app.model import (
    BusinessGoal,
    DifferentiationCriterion,
    Initiative,
    KpiNode,
    MidTermPlan,
    Plan,
    StatusThresholds,
)
from canvas_app.model.base import new_id
from canvas_app.model.enums import Formula, MoneyUnit
from canvas_app.model.walk import index_items, item_kind, item_label, iter_items

from .full_plan import full_plan


def test_json_round_trip_is_exact():
    plan = full_plan()
    text = plan.model_dump_json()
    again = Plan.model_validate_json(text)
    assert again == plan
    assert again.model_dump_json() == text  # stable: dumping twice gives the same bytes
    assert Plan.model_validate(json.loads(text)) == plan
    assert Plan.model_validate(plan.model_dump(mode="json")) == plan


def test_round_trip_keeps_japanese_and_dates():
    data = json.loads(full_plan().model_dump_json())
    assert data["settings"]["company_name"] == "山田製作所"
    assert data["strategy"]["goals"][0]["deadline"] == "2027-03-31"
    assert data["roadmap"]["initiatives"][0]["budget_yen"] == 1_200_000  # an int, not 1200000.0
    assert data["snapshots"][0]["taken_at"].startswith("2026-07-01T09:30")


def test_fields_from_a_newer_version_survive():
    data = full_plan().model_dump(mode="json")
    data["kpis"]["nodes"][0]["forecast_model"] = {"kind": "linear"}
    data["future_section"] = [1, 2]
    plan = Plan.model_validate(data)
    dumped = plan.model_dump(mode="json")
    assert dumped["kpis"]["nodes"][0]["forecast_model"] == {"kind": "linear"}
    assert dumped["future_section"] == [1, 2]


@pytest.mark.parametrize("build", [
    lambda: KpiNode(id="k", formula=Formula.INPUT, children=["x"]),       # an input with children
    lambda: KpiNode(id="k", formula=Formula.RATIO, children=["a"]),       # a ratio needs two
    lambda: KpiNode(id="k", formula=Formula.DIFFERENCE, children=["a", "b", "c"]),
    lambda: KpiNode(id="k", formula=Formula.SUM, children=[]),            # computed needs children
    lambda: KpiNode(id="k", formula=Formula.SUM, children=["a", "a"]),    # the same child twice
    lambda: KpiNode(id="k", target=float("nan")),
    lambda: KpiNode(id="k", target=float("inf")),
    lambda: KpiNode(id="bad id"),                                          # ids: no spaces
    lambda: KpiNode(id="-starts-with-dash"),
    lambda: KpiNode(id="x" * 65),
    lambda: Initiative(id="i", start=dt.date(2026, 5, 1), end=dt.date(2026, 4, 30)),
    lambda: Initiative(id="i", budget_yen=-1),
    lambda: Initiative(id="i", budget_yen=10**15 + 1),
    lambda: Initiative(id="i", budget_yen=1.5),
    lambda: MidTermPlan(start_year=2028, end_year=2026),
    lambda: StatusThresholds(on_track=0.8, at_risk=0.9),
    lambda: DifferentiationCriterion(id="c", our_score=6),
    lambda: BusinessGoal(id="g", name="x" * 501),
])
def test_invalid_items_are_refused(build):
    with pytest.raises(ValidationError):
        build()


def test_assignment_is_validated():
    node = KpiNode(id="k", target=1.0)
    with pytest.raises(ValidationError):
        node.target = "many"
    assert node.target == 1.0
    with pytest.raises(ValidationError):
        node.children = ["x"]  # an input cannot get children (see test_ops for the undo-safe path)


def test_money_unit_divisors_and_new_ids():
    assert [u.divisor for u in MoneyUnit] == [1, 1_000, 10_000, 1_000_000, 100_000_000]
    first, second = new_id("goal"), new_id("goal")
    assert first != second and first.startswith("goal-") and len(first) == len("goal-") + 8
    KpiNode(id=first)  # a fresh id is a valid id


def test_walk_finds_every_item_in_document_order():
    plan = full_plan()
    kinds = [item_kind(item) for item, _ in iter_items(plan)]
    assert kinds[:2] == ["department", "department"]  # settings come first
    assert {"headline_target", "priority", "goal", "persona", "value_proposition", "competitor", "criterion",
            "channel", "journey", "journey_stage", "kpi", "initiative", "milestone", "review", "decision",
            "action", "snapshot"} <= set(kinds)
    index = index_items(plan)
    item, location = index["ms1"]
    assert location.owner.id == "ini1" and location.field == "milestones" and location.index == 0
    assert item_label(index["a1"][0]) == "失注理由を集める"     # text when there is no name
    assert item_label(index["r1"][0]) == "M01"                # a meeting: its period
    assert item_label(KpiNode(id="k", name="  ")) == "k"      # blank names fall back to the id
    # Snapshots are items but their frozen copies are not walked into.
    assert "snap1" in index and len(index) == len(kinds)
