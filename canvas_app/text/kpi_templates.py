"""The words of the revenue tree templates (``calc.funnel_template``), in one language:
the nodes' names and the templates' own names for the button that starts a tree."""

from __future__ import annotations

from canvas_app.calc import funnel_template as ft

from .labels import funnel_role_labels
from .language import Language


def template_names(lang: Language) -> dict[str, str]:
    """What ``revenue_tree`` names each node: a funnel role's value or an extra key → text."""
    names: dict[str, str] = {role.value: label for role, label in funnel_role_labels(lang).items()}
    names[ft.EXPANSION_FACTOR] = lang.translate("KpiTemplates", "1 + expansion rate")
    names[ft.EXPANSION_BASE] = lang.translate("KpiTemplates", "Base (100 %)")
    names[ft.CYCLE_DAYS] = lang.translate("KpiTemplates", "Days from lead to won deal")
    return names


def template_titles(lang: Language) -> dict[str, str]:
    """Each template's name, as the template menu lists it (``ft.TEMPLATES`` order)."""
    return {
        ft.NEW_BUSINESS: lang.translate("KpiTemplates", "New business: leads → MQL → SQL → opportunities → won × deal size"),
        ft.NEW_AND_EXISTING: lang.translate(
            "KpiTemplates", "New and existing customers: new business + customers × retention × revenue per customer "
            "× (1 + expansion)"),
    }
