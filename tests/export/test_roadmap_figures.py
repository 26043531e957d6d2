"""The PDF's roadmap panel shows the quarters of the budget strip under the Gantt:
the same yen (``calc.roadmap.budget_strip`` over the fiscal year), written the same way,
for every sample and a plan without initiatives."""

from __future__ import annotations

from pathlib import Path

import pytest

from canvas_app import i18n
from canvas_app.calc import roadmap as rm
from canvas_app.export.pdf import roadmap_rows
from canvas_app.model.enums import Granularity
from canvas_app.storage.project_file import load_plan
from canvas_app.text.formatting import format_money

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "resources" / "samples").glob("*.scanvas"))


def _plans():
    for path in SAMPLES:
        plan = load_plan(path).plan
        yield pytest.param(plan, id=path.stem)
        empty = plan.model_copy(update={"roadmap": plan.roadmap.model_copy(update={"initiatives": []})})
        yield pytest.param(empty, id=f"{path.stem}-no-initiatives")


@pytest.mark.parametrize("plan", list(_plans()))
def test_the_pdf_quarters_are_the_strips(plan):
    lang = i18n.language(plan.settings.language)
    year = plan.settings.fiscal_year
    strip = rm.budget_strip(plan, Granularity.QUARTER, range(year, year + 1))
    unit = plan.settings.money_unit
    rows = roadmap_rows(plan, lang)
    assert [value for _label, value, _ in rows[-4:]] == [
        format_money(yen, unit, lang.code, with_unit=False) for yen in strip.amounts]
    assert rows[2][1] == format_money(strip.total, unit, lang.code, with_unit=False)
    # The fiscal year's quarters on the strip's own scale (the mid-term years around it).
    whole = rm.budget_strip(plan, Granularity.QUARTER)
    on_scale = [yen for period, yen in zip(whole.periods, whole.amounts) if period.fiscal_year == year]
    assert on_scale == list(strip.amounts)
