"""Pure calculations on the plan (KPI tree, funnel, progress, health, compare); no Qt."""
