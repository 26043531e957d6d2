"""Switching the UI language writes the figures again in the new language: the pages
hold the window's language (through their binder), not a copy of the old one's text."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from canvas_app.text import formatting
from canvas_app.ui import facts


def _overview_figures(plan, code: str) -> dict[str, str]:
    """What the overview must show in language ``code``."""
    summary = facts.roadmap_summary(plan)
    unit = plan.settings.money_unit
    return {
        "total budget": formatting.format_money(summary.total_budget, unit, code),
        "schedule": f"{formatting.format_date(summary.start, code)} – {formatting.format_date(summary.end, code)}",
        "money unit": formatting.money_unit_suffix(unit, code),
    }


def _shown(page) -> str:
    texts = [label.text() for label in page.findChildren(QLabel)]
    return "\n".join([*texts, page.subtitle.text()])


@pytest.mark.parametrize("figure", ["total budget", "schedule", "money unit"])
@pytest.mark.parametrize(("first", "then"), [("ja", "en"), ("en", "ja")])
def test_a_language_switch_writes_the_overview_figures_again(window, first, then, figure):
    plan = window.session.plan
    before, after = _overview_figures(plan, first)[figure], _overview_figures(plan, then)[figure]
    assert before != after and before not in after and after not in before  # the test can tell them apart
    window.show_step("overview")
    page = window.page("overview")
    try:
        window.set_language(first)
        assert before in _shown(page) and after not in _shown(page)
        window.set_language(then)
        assert after in _shown(page) and before not in _shown(page)
        assert page.binder.language is window.language and window.language.code == then
    finally:
        window.set_language("en")
