"""The pages of the main window: the overview, the four steps and the revenue funnel.

Each module is imported only when its page is first shown (start-up stays lean).
"""

PAGE_MODULES = {
    "overview": ("canvas_app.ui.steps.overview", "OverviewPage"),
    "1": ("canvas_app.ui.steps.step1.strategy", "StrategyPage"),
    "2": ("canvas_app.ui.steps.customers", "CustomersPage"),
    "3": ("canvas_app.ui.steps.kpis", "KpiPage"),
    "4": ("canvas_app.ui.steps.review", "ReviewPage"),
    "funnel": ("canvas_app.ui.steps.funnel", "FunnelPage"),
}


def page_class(step: str):
    import importlib

    module_name, class_name = PAGE_MODULES[step]
    return getattr(importlib.import_module(module_name), class_name)
