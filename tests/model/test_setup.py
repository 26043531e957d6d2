"""apply_setup: the New plan wizard's settings on a template plan."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from canvas_app.model import (
    BusinessGoal,
    Department,
    KpiNode,
    MoneyUnit,
    Plan,
    PlanSettings,
    find_problems,
)
from canvas_app.model.setup import apply_setup

IDS = ["d-plan", "d-mkt", "d-sales", "d-cs"]


def plan_with_departments() -> Plan:
    plan = Plan(settings=PlanSettings(
        company_name="Old Co", fiscal_year_start_month=1, money_unit=MoneyUnit.YEN,
        departments=[Department(id=i, name=i.upper()) for i in IDS]))
    plan.strategy.goals = [
        BusinessGoal(id="g1", name="Revenue", agreed_department_ids=["d-plan", "d-mkt", "d-sales"]),
        BusinessGoal(id="g2", name="Repeat", agreed_department_ids=["d-cs"]),
    ]
    plan.kpis.nodes = [KpiNode(id="k1", name="Revenue", department_id="d-sales"),
                       KpiNode(id="k2", name="Visits", department_id="d-mkt"),
                       KpiNode(id="k3", name="Loose")]
    plan.review.cadence.participant_department_ids = ["d-mkt", "d-cs"]
    return plan


def setup(plan: Plan, departments, **kwargs) -> Plan:
    values = dict(company_name="New Co", fiscal_year_start_month=4, money_unit=MoneyUnit.THOUSAND)
    values.update(kwargs)
    return apply_setup(plan, departments=departments, **values)


def test_settings_are_set_and_the_input_plan_is_unchanged():
    plan = plan_with_departments()
    before = plan.model_copy(deep=True)
    result = setup(plan, [(i, i.upper()) for i in IDS], money_unit="million", fiscal_year_start_month=10)
    s = result.settings
    assert (s.company_name, s.fiscal_year_start_month, s.money_unit) == ("New Co", 10, MoneyUnit.MILLION)
    assert result.strategy == plan.strategy and result.kpis == plan.kpis and result.review == plan.review
    assert plan == before


def test_kept_departments_keep_their_ids_and_take_the_new_names_and_order():
    plan = plan_with_departments()
    result = setup(plan, [("d-cs", "Customer Success"), ("d-plan", "Corporate planning"),
                          ("d-mkt", "Marketing"), ("d-sales", "Sales")])
    assert [(d.id, d.name) for d in result.settings.departments] == [
        ("d-cs", "Customer Success"), ("d-plan", "Corporate planning"), ("d-mkt", "Marketing"), ("d-sales", "Sales")]
    assert result.strategy.goals[0].agreed_department_ids == ["d-plan", "d-mkt", "d-sales"]


def test_new_departments_get_fresh_ids():
    plan = plan_with_departments()
    result = setup(plan, [("d-mkt", "Marketing"), (None, "店舗運営部"), (None, "店舗運営部 2")])
    ids = [d.id for d in result.settings.departments]
    assert ids[0] == "d-mkt"
    assert all(i.startswith("dept-") for i in ids[1:]) and len(set(ids)) == 3
    assert [d.name for d in result.settings.departments][1:] == ["店舗運営部", "店舗運営部 2"]


def test_deleted_departments_leave_no_reference_behind():
    plan = plan_with_departments()
    result = setup(plan, [("d-plan", "Planning"), ("d-cs", "CS")])
    assert [g.agreed_department_ids for g in result.strategy.goals] == [["d-plan"], ["d-cs"]]
    assert [n.department_id for n in result.kpis.nodes] == [None, None, None]
    assert result.review.cadence.participant_department_ids == ["d-cs"]
    assert find_problems(result) == []


def test_no_departments_at_all():
    result = setup(plan_with_departments(), [])
    assert result.settings.departments == []
    assert all(g.agreed_department_ids == [] for g in result.strategy.goals)
    assert find_problems(result) == []


def test_a_blank_plan_gets_its_first_departments():
    result = setup(Plan(), [(None, "経営企画"), (None, "マーケティング")])
    assert [d.name for d in result.settings.departments] == ["経営企画", "マーケティング"]


@pytest.mark.parametrize("departments", [[("nope", "X")], [("d-mkt", "A"), ("d-mkt", "B")]])
def test_unknown_or_repeated_ids_are_refused(departments):
    with pytest.raises(ValueError):
        setup(plan_with_departments(), departments)


@pytest.mark.parametrize("kwargs", [{"fiscal_year_start_month": 13}, {"fiscal_year_start_month": 0},
                                    {"company_name": "x" * 501}, {"money_unit": "gold"}])
def test_values_the_model_refuses_raise_value_error(kwargs):
    with pytest.raises(ValueError):
        setup(plan_with_departments(), [], **kwargs)


def test_a_shipped_sample_survives_any_department_change():
    from canvas_app.storage.samples import new_plan_from_template

    plan = new_plan_from_template("manufacturer_ja", "ja")
    same = setup(plan, [(d.id, d.name) for d in plan.settings.departments],
                 company_name=plan.settings.company_name, money_unit=plan.settings.money_unit)
    assert same == plan  # nothing to change: nothing changed (snapshots included)
    fewer = setup(plan, [(plan.settings.departments[0].id, "経営企画")])
    assert find_problems(fewer) == []
    assert fewer.snapshots == plan.snapshots


@settings(max_examples=60, deadline=None)
@given(
    keep=st.lists(st.sampled_from(IDS), unique=True),
    new_names=st.lists(st.text(min_size=1, max_size=20), max_size=4),
    month=st.integers(1, 12),
    unit=st.sampled_from(list(MoneyUnit)),
    data=st.data(),
)
def test_any_setup_gives_a_sound_plan(keep, new_names, month, unit, data):
    plan = plan_with_departments()
    specs = [(i, f"Dept {i}") for i in keep] + [(None, n) for n in new_names]
    specs = data.draw(st.permutations(specs))
    result = setup(plan, specs, fiscal_year_start_month=month, money_unit=unit)
    assert find_problems(result) == []
    assert [d.name for d in result.settings.departments] == [name for _, name in specs]
    ids = [d.id for d in result.settings.departments]
    assert len(set(ids)) == len(ids)
    assert [i for i in ids if i in IDS] == [i for i, _ in specs if i is not None]
    removed = set(IDS) - set(keep)
    refs = ({d for g in result.strategy.goals for d in g.agreed_department_ids}
            | {n.department_id for n in result.kpis.nodes if n.department_id}
            | set(result.review.cadence.participant_department_ids))
    assert not refs & removed
    # references to kept departments survive
    assert {"d-mkt"} & set(keep) <= refs
