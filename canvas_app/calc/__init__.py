"""Pure calculations on a plan (no Qt): the KPI tree, the revenue funnel, progress against
targets, roadmap budgets, the plan health check, step completion and snapshot comparison.

Every result is a frozen dataclass carrying stable keys and numbers, never display text;
``canvas_app.text`` and the UI turn keys into translated words.
"""
