"""The pages of the main window: the overview, the four steps and the revenue funnel.

Where a page's code goes: each step has a folder, ``stepN/``, holding its page, the
parts the page is made of and the item models only it uses; a page of one module (the
overview, the funnel) is a module here. What several pages use lives outside
``steps/``: bound fields and the table model in ``ui/editing``, views in ``ui/widgets``.
How a page is built and follows the plan: ``base.py``.

Each page's module is imported only when the page is first shown (start-up stays lean).
"""

from types import MappingProxyType

PAGE_MODULES = MappingProxyType({
    "overview": ("canvas_app.ui.steps.overview", "OverviewPage"),
    "1": ("canvas_app.ui.steps.step1.strategy", "StrategyPage"),
    "2": ("canvas_app.ui.steps.step2.customers", "CustomersPage"),
    "3": ("canvas_app.ui.steps.step3.kpis", "KpiPage"),
    "4": ("canvas_app.ui.steps.step4.review", "ReviewPage"),
    "funnel": ("canvas_app.ui.steps.funnel", "FunnelPage"),
})


def page_class(step: str):
    import importlib

    module_name, class_name = PAGE_MODULES[step]
    return getattr(importlib.import_module(module_name), class_name)
