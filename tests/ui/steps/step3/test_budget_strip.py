"""The budget strip under the roadmap: each period's total and the totals per goal as
the calculation gives them, in the plan's money unit and language, following every
edit and its undo — and computing nothing while it is hidden."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from canvas_app import i18n
from canvas_app.calc import roadmap as rm
from canvas_app.document import DocumentSession
from canvas_app.model.enums import Granularity
from canvas_app.storage.project_file import load_plan
from canvas_app.text.formatting import format_money
from canvas_app.ui.steps.step3 import budget_strip as strip_module
from canvas_app.ui.steps.step3.budget_strip import BudgetStrip
from tests.saved import saved_bytes
from tests.ui.steps.hosting import host_section

SAMPLES = Path(__file__).resolve().parents[4] / "resources" / "samples"
CASES = [(lang, sample, zoom) for lang, sample in (("ja", "manufacturer_ja"), ("en", "saas_en"))
         for zoom in ("month", "quarter")]


def _strip(qtbot, sample: str, lang: str, zoom: str) -> BudgetStrip:
    session = DocumentSession(load_plan(SAMPLES / f"{sample}.scanvas").plan)
    strip = host_section(qtbot, session, BudgetStrip, lang=lang)
    strip.set_zoom(zoom)
    return strip


def _expected(strip: BudgetStrip, zoom: str) -> tuple[list[str], dict[str, str]]:
    plan, lang = strip.binder.plan, strip.binder.language.code
    figures = rm.budget_strip(plan, Granularity(zoom))
    unit = plan.settings.money_unit
    periods = [format_money(yen, unit, lang, with_unit=False) for yen in figures.amounts]
    goals = {goal_id: format_money(yen, unit, lang, with_unit=False) for goal_id, yen in figures.goals.by_goal.items()}
    if figures.goals.unassigned:
        goals[""] = format_money(figures.goals.unassigned, unit, lang, with_unit=False)
    return periods, goals


@pytest.mark.parametrize(("lang", "sample", "zoom"), CASES)
def test_the_strip_shows_the_calculations_figures(qtbot, lang, sample, zoom):
    strip = _strip(qtbot, sample, lang, zoom)
    periods, goals = _expected(strip, zoom)
    assert strip.period_texts() == periods
    assert strip.goal_texts() == goals
    figures = strip.figures
    assert len(figures.periods) == len(rm.roadmap_years(strip.binder.plan)) * (12 if zoom == "month" else 4)
    assert sum(figures.amounts) + figures.before + figures.after + figures.undated == \
        rm.total_budget(strip.binder.plan), "to the yen"
    assert not strip.grab().isNull()


@pytest.mark.parametrize(("lang", "sample", "zoom"), CASES)
def test_an_edit_and_its_undo_move_the_figures(qtbot, lang, sample, zoom):
    strip = _strip(qtbot, sample, lang, zoom)
    before = saved_bytes(strip.binder.plan)
    shown = strip.period_texts(), strip.goal_texts()
    initiative = next(i for i in strip.binder.plan.roadmap.initiatives if i.start and i.budget_yen)
    assert strip.binder.edit(initiative.id, "budget_yen", initiative.budget_yen + 12_000_000) == ""
    assert (strip.period_texts(), strip.goal_texts()) == _expected(strip, zoom)
    assert (strip.period_texts(), strip.goal_texts()) != shown
    strip.binder.session.undo_stack.undo()
    assert (strip.period_texts(), strip.goal_texts()) == shown
    assert saved_bytes(strip.binder.plan) == before
    strip.binder.session.undo_stack.redo()
    assert (strip.period_texts(), strip.goal_texts()) == _expected(strip, zoom)


def test_a_hidden_strip_computes_nothing_until_shown(qtbot, monkeypatch):
    strip = _strip(qtbot, "saas_en", "en", "month")
    calls = []
    real = strip_module.budget_strip
    monkeypatch.setattr(strip_module, "budget_strip", lambda *a, **k: calls.append(1) or real(*a, **k))
    strip.host_area.hide()
    initiative = strip.binder.plan.roadmap.initiatives[0]
    for step in range(1, 4):
        strip.binder.edit(initiative.id, "budget_yen", (initiative.budget_yen or 0) + step)
    assert calls == []
    strip.host_area.show()
    QApplication.processEvents()
    assert calls == [1], "caught up once when shown"
    assert strip.period_texts() == _expected(strip, "month")[0]
    for budget in (5, 6, 7):  # several edits announced before the next paint: worked out once
        strip.binder.edit(initiative.id, "budget_yen", budget)
    QApplication.processEvents()
    assert calls == [1, 1], "shown, it follows the edits once"
    assert strip.period_texts() == _expected(strip, "month")[0]


@pytest.mark.parametrize(("left", "width"), [(0, 50), (120, 80.5), (300, 26)])
def test_the_periods_line_up_with_the_columns_given(qtbot, left, width):
    strip = _strip(qtbot, "saas_en", "en", "quarter")
    strip.set_column_geometry(left, width)
    figures = [t for t in strip._current() if t.tooltip]
    assert figures, "the periods are drawn"
    for index, text in enumerate(figures):
        assert abs(text.rect.center().x() - (left + (index + 0.5) * width)) < 0.01 or \
            text.rect.right() <= strip.width() + 0.01  # a staggered figure kept inside the strip
    assert all(text.rect.left() < strip.width() for text in figures), "no period drawn beyond the strip"
