"""The manufacturer sample with one conversion rate at zero or without a value: the
cases every view of a blocked funnel is tested over (page, command line, workbook,
health check)."""

from __future__ import annotations

from pathlib import Path

from canvas_app.model import Plan
from canvas_app.model.enums import FunnelRole as R
from canvas_app.storage.project_file import load_plan, save_plan

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "manufacturer_ja.scanvas"

#: The sample's rate KPIs by role, upstream first.
RATE_NODES = {
    R.LEAD_TO_MQL_RATE: "kpi-lead-to-mql",
    R.MQL_TO_SQL_RATE: "kpi-mql-to-sql",
    R.SQL_TO_OPPORTUNITY_RATE: "kpi-sql-to-opp",
    R.WIN_RATE: "kpi-win-rate",
}
KINDS = {"zero": 0.0, "missing": None}
CASES = [(role, kind) for role in RATE_NODES for kind in KINDS]


def case_id(case) -> str:
    role, kind = case
    return f"{role.value}-{kind}"


def blocked_plan(role: R, kind: str) -> Plan:
    plan = load_plan(SAMPLE).plan
    node = next(n for n in plan.kpis.nodes if n.id == RATE_NODES[role])
    node.target = KINDS[kind]
    return plan


def blocked_file(role: R, kind: str, folder: Path) -> Path:
    path = folder / f"blocked-{role.value}-{kind}.scanvas"
    save_plan(blocked_plan(role, kind), path)
    return path
