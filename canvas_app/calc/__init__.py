"""Pure calculations on a plan (no Qt): the KPI tree, the revenue funnel, progress against
targets, roadmap budgets, the plan health check, step completion, the review outlook and
snapshot comparison.

Every result is a frozen dataclass (or, for what the overview shows before its first
paint, a NamedTuple: a tenth of the cost to define) carrying stable keys and numbers,
never display text; ``canvas_app.text`` and the UI turn keys into translated words.
"""
