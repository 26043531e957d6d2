"""A real migration step for the tests of versioned files (no schema change has shipped
yet, so the tests register this one as step 1→2 with monkeypatch)."""

from __future__ import annotations

from canvas_app.storage.migrations import for_each_snapshot_plan


def fill_owner_from_goal(plan: dict) -> dict:
    """Schema 2: a KPI tied to a goal and without an owner takes the goal's owner (on the
    plan and on every snapshot's plan)."""
    owners = {g.get("id"): g.get("owner", "") for g in plan.get("strategy", {}).get("goals", [])}
    for node in plan.get("kpis", {}).get("nodes", []):
        if not node.get("owner") and node.get("goal_id") in owners:
            node["owner"] = owners[node["goal_id"]]
    for_each_snapshot_plan(plan, fill_owner_from_goal)
    return plan
