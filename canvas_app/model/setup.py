"""The New plan wizard's settings applied to a plan (pure, no Qt).

``apply_setup`` sets the company name, the fiscal-year start month, the money display
unit and the departments of a plan taken from a template. Departments are given as
``(id or None, name)`` in their new order: a kept id keeps the department (renamed when
the name changed), ``None`` creates one with a fresh id, and a department left out is
deleted together with every reference to it, so the result always passes
:func:`~canvas_app.model.references.find_problems`.

Snapshots are left alone: they record the plan as it stood at a past review, with the
departments of that day.
"""

from __future__ import annotations

from collections.abc import Sequence

from .base import new_id
from .enums import MoneyUnit
from .plan import Department, Plan
from .walk import iter_items

__all__ = ["apply_setup", "DepartmentSpec"]

#: One department of the wizard: its existing id (None for a new one) and its name.
DepartmentSpec = tuple[str | None, str]


def apply_setup(
    plan: Plan,
    *,
    company_name: str,
    fiscal_year_start_month: int,
    money_unit: MoneyUnit | str,
    departments: Sequence[DepartmentSpec],
) -> Plan:
    """A new plan: ``plan`` with these settings (``plan`` itself is not changed).

    Raises ValueError for a name or month the model refuses, or an id given twice
    or unknown to the plan.
    """
    existing = {d.id for d in plan.settings.departments}
    all_ids = {item.id for item, _ in iter_items(plan)}
    seen: set[str] = set()
    kept: list[Department] = []
    for dept_id, name in departments:
        if dept_id is None:
            kept.append(Department(id=_fresh_id(all_ids | seen), name=name))
        else:
            if dept_id not in existing:
                raise ValueError(f"unknown department id {dept_id!r}")
            if dept_id in seen:
                raise ValueError(f"department id {dept_id!r} given twice")
            kept.append(Department(id=dept_id, name=name))
        seen.add(kept[-1].id)
    removed = existing - seen

    data = plan.model_dump(mode="python", exclude={"settings"}, round_trip=True)
    settings = plan.settings.model_dump(mode="python", round_trip=True)
    settings.update(
        company_name=company_name,
        fiscal_year_start_month=fiscal_year_start_month,
        money_unit=MoneyUnit(money_unit),
        departments=kept,
    )
    data["settings"] = settings
    if removed:
        for goal in data["strategy"]["goals"]:
            goal["agreed_department_ids"] = [d for d in goal["agreed_department_ids"] if d not in removed]
        for node in data["kpis"]["nodes"]:
            if node["department_id"] in removed:
                node["department_id"] = None
        cadence = data["review"]["cadence"]
        cadence["participant_department_ids"] = [d for d in cadence["participant_department_ids"] if d not in removed]
    return Plan.model_validate(data)


def _fresh_id(taken: set[str]) -> str:
    while True:
        candidate = new_id("dept")
        if candidate not in taken:
            return candidate
