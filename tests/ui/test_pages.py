"""What each page shows, and how the health check takes the user to an item."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from canvas_app.commands import EditField
from canvas_app.document import DocumentSession
from canvas_app.model import Plan
from canvas_app.settings import STEPS
from canvas_app.ui.widgets.card import Card


def texts(widget) -> str:
    """All label texts under ``widget`` (what a user can read), one string."""
    from PySide6.QtWidgets import QApplication, QLabel

    # Widgets added to a visible layout are shown by a queued call: let it run.
    QApplication.processEvents()
    return "\n".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def test_overview_shows_the_plan_on_a_page(window):
    window.show_step("overview")
    page = window.page("overview")
    assert page.title.text() == "FY2026 marketing plan"
    assert "Acme Tools" in page.subtitle.text() and "FY2026" in page.subtitle.text()
    shown = texts(page)
    for expected in ("Revenue", "800,000 → 1,000,000 thousand yen", "President",  # goals
                     "Plant manager", "No surprise stoppages",  # personas and value
                     "Total revenue", "Off track",  # KPI roots with status
                     "8,400 thousand yen", "Initiatives",  # roadmap
                     "15 Jul 2099"):  # next review
        assert expected in shown, expected
    assert len(page.finding_rows) == 5  # the first five; the rest behind "Show all"


def test_overview_shows_all_findings_on_request(window):
    page = window.page("overview")
    window.show_step("overview")
    page.findings_toggle.click()
    assert len(page.finding_rows) > 5
    page.findings_toggle.click()
    assert len(page.finding_rows) == 5


def test_a_finding_takes_the_user_to_the_item(window, qtbot):
    window.show_step("overview")
    page = window.page("overview")
    page.findings_toggle.click()
    row = next(r for r in page.finding_rows if r.property("item_id") == "k-followers")
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    assert window.current_step() == "3"
    tree = window.page("3").tree_section.tree
    assert tree.currentIndex().data() == "SNS followers" and tree.hasFocus()


def test_a_finding_can_be_opened_with_the_keyboard(window, qtbot):
    window.show_step("overview")
    page = window.page("overview")
    page.findings_toggle.click()
    row = next(r for r in page.finding_rows if r.property("item_id") == "i-case")
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_Return)
    assert window.current_step() == "3"
    table = window.page("3").sections["roadmap"].initiatives_table
    assert table.currentIndex().row() == 2 or table.selectionModel().isRowSelected(2)


def test_navigating_to_a_goal_selects_it_on_step_1(window):
    window.navigate_to("overview", "g-new")
    assert window.current_step() == "1"
    table = window.page("1").goals_table
    assert table.selectionModel().isRowSelected(1)


def test_navigating_to_a_persona_and_a_review(window):
    window.navigate_to("", "p1")
    assert window.current_step() == "2"
    page = window.page("2")
    assert page.tabs.currentWidget() is page.sections["personas"]
    assert page.sections["personas"].current_id() == "p1"
    window.navigate_to("", "a1")
    assert window.current_step() == "4"
    assert window.page("4").action_tables["rv1"].selectionModel().isRowSelected(0)


def test_navigating_to_a_channel_opens_its_tab(window):
    window.navigate_to("", "ch1")
    page = window.page("2")
    assert window.current_step() == "2"
    assert page.tabs.currentWidget() is page.sections["channels"]


def test_step1_shows_vision_mission_and_goals_in_editable_fields(window):
    window.show_step("1")
    page = window.page("1")
    assert page.vision.toPlainText() == "Every factory runs without downtime"
    assert page.mission.toPlainText() == "Make maintenance predictable"
    assert not page.vision.isReadOnly()
    assert page.goals_model.rowCount() == 2
    assert page.midterm_card.title_field.text() == "Plan 2028"
    assert page.strategy_card.priorities.model.rowCount() == 1


def test_step2_shows_personas_competitors_channels_and_journeys_in_tabs(window):
    window.show_step("2")
    page = window.page("2")
    assert list(page.sections) == ["personas", "competitors", "channels", "journey"]
    assert [page.tabs.tabText(n) for n in range(page.tabs.count())] == [s.title() for s in page.sections.values()]
    assert page.sections["personas"].model.rowCount() == 1
    assert page.sections["competitors"].competitors.table.model.rowCount() == 2
    assert page.sections["channels"].table.model.rowCount() == 1
    for name in page.sections:
        assert page.show_section(name) and page.tabs.currentWidget() is page.sections[name]
    assert not page.show_section("nonsense")


def test_an_edit_does_not_rebuild_the_editing_pages(window, qtbot):
    """A page rebuilt on every change would take the focus and the cursor away."""
    from canvas_app.commands import EditField

    window.show_step("1")
    page = window.page("1")
    vision = page.vision
    window.session.push(EditField(window.session, None, "strategy.vision", "New vision"))
    assert page.vision is vision and vision.toPlainText() == "New vision"


def test_step3_shows_the_tree_the_gantt_and_budgets(window):
    window.show_step("3")
    tree = window.page("3").tree_section
    assert tree.tree.isVisible() and tree.model.rowCount() == 2
    window.page("3").show_section("roadmap")
    page = window.page("3").sections["roadmap"]
    assert page.gantt.isVisible()
    assert page.initiatives_model.rowCount() == 3
    shown = texts(page)
    assert "8,400 thousand yen" in shown
    assert "Revenue" in shown  # budget per goal
    image = page.gantt.grab().toImage()
    assert image.width() > 300  # painted beside the table, not an empty placeholder


def test_gantt_bars_sit_in_their_months(window, qapp):
    import datetime as dt

    window.show_step("3")
    window.page("3").show_section("roadmap")
    section = window.page("3").sections["roadmap"]
    gantt = section.gantt
    qapp.processEvents()
    image = gantt.viewport().grab().toImage()
    bar = gantt.bar_rect("i-show")  # May–June, done (green)
    assert abs(bar.left() - gantt.viewport_x(dt.date(2026, 5, 1))) <= 1
    assert abs(bar.right() - gantt.viewport_x(dt.date(2026, 7, 1))) <= 2
    row_y = int(bar.center().y())
    may = int(gantt.viewport_x(dt.date(2026, 5, 20)))
    april = int(gantt.viewport_x(dt.date(2026, 4, 15)))
    assert image.pixelColor(may, row_y).green() > image.pixelColor(may, row_y).red() + 40
    assert image.pixelColor(april, row_y).green() <= image.pixelColor(april, row_y).red() + 10  # no bar in April
    # Row for row beside the table: the bar's row is the table's first row.
    table = section.initiatives_table
    first = table.visualRect(table.model().index(0, 0))
    assert abs(first.center().y() + table.horizontalHeader().height() - row_y - gantt.header_height()) <= 2


def test_step4_shows_progress_reviews_and_overdue_actions(window):
    window.show_step("4")
    page = window.page("4")
    page.today = dt.date(2026, 7, 1)
    page.refresh()
    assert page.progress_model.rowCount() == 3
    assert set(page.meeting_boxes) == {"rv1", "rv2"}
    shown = texts(page)
    assert "Scale what works" in shown
    assert "Participants: President, Sales director" in shown
    actions = page.action_tables["rv1"].model()
    assert "Overdue" in actions.index(0, 3).data()


@pytest.mark.parametrize("refreshes", [1, 3])
def test_step4_keeps_one_action_items_model_per_meeting_shown(window, refreshes):
    from PySide6.QtCore import QCoreApplication, QEvent

    from canvas_app.ui.steps.step4.review_models import ActionItemsModel

    window.show_step("4")
    page = window.page("4")
    for _ in range(refreshes):
        page.refresh()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    models = page.findChildren(ActionItemsModel)
    assert len(models) == len(page.action_tables) == 1
    assert models[0] is page.action_tables["rv1"].model()


def test_funnel_page_works_back_from_the_revenue_target(window):
    window.show_step("funnel")
    page = window.page("funnel")
    assert page.chart.isVisible()
    stages = {s.role.value: s for s in page.chart.analysis.stages}
    # New revenue target = total 1,000 M − existing 810 M = 190 M; ÷ 5 M per deal = 38 deals.
    assert stages["won_deals"].required_whole == 38
    shown = texts(page)
    assert "190,000 thousand yen" in shown
    assert "3.3×" in shown  # required coverage = 1 ÷ 30 % win rate
    image = page.chart.grab().toImage()
    assert image.width() > 600


def test_pages_follow_edits(window):
    window.show_step("funnel")
    page = window.page("funnel")
    window.session.push(EditField(window.session, "k-size", "target", 10_000_000.0))
    assert {s.role.value: s for s in page.chart.analysis.stages}["won_deals"].required_whole == 19


@pytest.mark.parametrize("step", STEPS)
def test_every_page_explains_itself_on_an_empty_plan(qtbot, step):
    from canvas_app.settings import AppSettings
    from canvas_app.ui.main_window import MainWindow

    window = MainWindow(DocumentSession(Plan()), AppSettings(), None, persist=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.show_step(step)
    page = window.page(step)
    cards = [c for c in page.findChildren(Card) if c.isVisibleTo(page)]
    assert cards, "a page with no cards looks unfinished"
    for card in cards:
        assert card.title_label.text(), "every card has a heading"
    assert texts(page).strip()


@pytest.mark.parametrize("sample", ["manufacturer_ja", "saas_en"])
def test_no_page_is_wider_than_the_window(qtbot, samples_dir, sample):
    """At 1280×800 nothing may be cut off at the right (pages scroll only vertically)."""
    from canvas_app.settings import AppSettings
    from canvas_app.ui.main_window import MainWindow

    window = MainWindow(DocumentSession.open(samples_dir / f"{sample}.scanvas"), AppSettings(), None, persist=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    for step in STEPS:
        window.show_step(step)
        page = window.page(step)
        texts(page)
        assert page.widget().minimumSizeHint().width() <= page.viewport().width(), step
        assert page.widget().width() <= page.viewport().width(), step
