"""Helpers shared by the sample-plan tests (tests/samples)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from canvas_app.model import Formula, FunnelRole, KpiNode, Plan
from canvas_app.storage.project_file import load_plan

REPO = Path(__file__).resolve().parents[2]
SAMPLES_DIR = REPO / "resources" / "samples"
#: Every shipped sample.
NAMES = ("manufacturer_ja", "retail_ja", "saas_en")
#: The samples with a whole year of history: a B2B revenue funnel, actuals, held reviews
#: and a Q1 snapshot. ``retail_ja`` is a smaller plan fresh from the planning workshop
#: (tests/samples/test_retail_sample.py).
FUNNEL_SAMPLES = ("manufacturer_ja", "saas_en")
#: "Today" for the review-cycle pitfalls (overdue actions, scheduled reviews).
TODAY = dt.date(2026, 11, 21)


def load(name: str) -> Plan:
    """Load a sample the way the app does (strict, unknown fields rejected)."""
    loaded = load_plan(SAMPLES_DIR / f"{name}.scanvas")
    assert not loaded.read_only and not loaded.warnings
    return loaded.plan


def nodes(plan: Plan) -> dict[str, KpiNode]:
    return {n.id: n for n in plan.kpis.nodes}


def by_role(plan: Plan) -> dict[FunnelRole, KpiNode]:
    return {n.role: n for n in plan.kpis.nodes if n.role is not None}


def evaluate_targets(plan: Plan) -> dict[str, float]:
    """Annual value of every node from the input targets (an oracle independent of calc)."""
    by_id, values = nodes(plan), {}

    def value(node_id: str) -> float:
        if node_id not in values:
            node = by_id[node_id]
            kids = [value(c) for c in node.children]
            if node.formula == Formula.INPUT:
                values[node_id] = node.target
            elif node.formula == Formula.SUM:
                values[node_id] = sum(kids)
            elif node.formula == Formula.PRODUCT:
                values[node_id] = 1.0
                for k in kids:
                    values[node_id] *= k
            elif node.formula == Formula.RATIO:
                values[node_id] = kids[0] / kids[1]
            else:
                values[node_id] = kids[0] - kids[1]
        return values[node_id]

    for node_id in by_id:
        value(node_id)
    return values
