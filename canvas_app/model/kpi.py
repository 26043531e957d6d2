"""Step 3a — the KPI tree (KPIツリー). One engine for marketing KPIs and the revenue funnel.

The tree is stored flat: each computed node lists its children's ids in order (order
matters for ``ratio`` and ``difference``). Roots are nodes nobody lists as a child.
"""

from __future__ import annotations

from pydantic import Field, model_validator

from .base import DomainModel, Id, Item, Label, Text
from .enums import Aggregation, Direction, Formula, FunnelRole, RevenueStage, Unit

#: Formulas that take exactly two children, in order.
BINARY_FORMULAS = frozenset({Formula.RATIO, Formula.DIFFERENCE})


class KpiNode(Item):
    """A KPI or driver.

    Attributes:
        formula: ``input`` (the user types ``target``) or how it is computed from children.
        children: ids of the child nodes, in order; empty for inputs.
        target: for an input, the planned annual value (additive) or level (non-additive)
            used by the tree; for a computed node, an optional goal the tree should reach
            (back-calculation solves an input so the tree meets it).
        period_targets: optional per-period targets keyed by period ("Q1".."Q4" or
            "M01".."M12", fiscal); missing periods fall back to the default split.
        goal_id: the business goal this KPI measures (ties the metric to a business result).
        stage: owner of the KPI in the revenue process (Marketing → CS).
        role: its meaning in the revenue funnel, if any.
    """

    name: Label = ""
    description: Text = ""
    formula: Formula = Formula.INPUT
    children: list[Id] = Field(default_factory=list)
    unit: Unit = Unit.COUNT
    direction: Direction = Direction.HIGHER_IS_BETTER
    aggregation: Aggregation = Aggregation.ADDITIVE
    target: float | None = None
    period_targets: dict[str, float] = Field(default_factory=dict)
    owner: Label = ""
    department_id: Id | None = None
    stage: RevenueStage | None = None
    role: FunnelRole | None = None
    goal_id: Id | None = None
    data_source: Label = ""

    @model_validator(mode="after")
    def _children_fit_formula(self) -> KpiNode:
        if self.formula == Formula.INPUT and self.children:
            raise ValueError("an input KPI cannot have child KPIs")
        if self.formula in BINARY_FORMULAS and len(self.children) != 2:
            raise ValueError(f"a {self.formula.value} KPI needs exactly two child KPIs")
        if self.formula != Formula.INPUT and not self.children:
            raise ValueError("a computed KPI needs child KPIs")
        if len(set(self.children)) != len(self.children):
            raise ValueError("a KPI lists the same child twice")
        return self

    @property
    def is_input(self) -> bool:
        return self.formula == Formula.INPUT


class KpiTree(DomainModel):
    nodes: list[KpiNode] = Field(default_factory=list)
