"""The health check's findings about an initiative (no owner, no dates, no budget, no
persona, linked to nothing) take the user to that initiative in the roadmap's table."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from canvas_app.calc.health import check_plan

from tests.ui.conftest import rich_plan

TODAY = dt.date(2026, 8, 1)
#: What an otherwise complete initiative lacks -> the fields cleared and the finding's code.
GAPS = {
    "owner": ({"owner": ""}, "initiative_no_owner"),
    "start": ({"start": None}, "initiative_no_dates"),
    "end": ({"end": None}, "initiative_no_dates"),
    "budget": ({"budget_yen": None}, "initiative_no_budget"),
    "persona": ({"persona_id": None}, "initiative_no_persona"),
    "kpi and goal": ({"kpi_ids": [], "goal_id": None}, "initiative_not_linked"),
}


@pytest.fixture(params=list(GAPS))
def gap(request) -> str:
    return request.param


@pytest.fixture
def plan(gap):
    """The rich plan with one more initiative, like the complete "i-show" but for ``gap``,
    placed in the middle of the list so that selecting the first row proves nothing."""
    plan = rich_plan()
    fields, _code = GAPS[gap]
    complete = plan.roadmap.initiatives[0]
    lacking = complete.model_copy(update={"id": "i-gap", "name": "Lacking " + gap, "milestones": [], **fields})
    plan.roadmap.initiatives.insert(1, lacking)
    return plan


def test_the_finding_names_the_initiative(plan, gap):
    _fields, code = GAPS[gap]
    found = {f.code for f in check_plan(plan, TODAY) if f.item_id == "i-gap"}
    assert found == {code}


@pytest.mark.parametrize("by", ["click", "keyboard"])
def test_the_finding_selects_the_initiative_in_the_roadmap_table(window, qtbot, by):
    window.show_step("overview")
    page = window.page("overview")
    if page.findings_toggle.isVisible():
        page.findings_toggle.click()
    row = next(r for r in page.finding_rows if r.property("item_id") == "i-gap")
    if by == "click":
        qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    else:
        row.setFocus()
        qtbot.keyClick(row, Qt.Key.Key_Return)
    assert window.current_step() == "3"
    step3 = window.page("3")
    section = step3.sections["roadmap"]
    assert step3.tabs.currentWidget() is section
    table = section.initiatives_table
    assert table.currentIndex().row() == 1 and table.selectionModel().isRowSelected(1)
    assert section.initiatives.current_id() == "i-gap"
    assert table.hasFocus()
