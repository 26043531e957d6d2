"""The editable Gantt chart (ui/widgets/gantt_view.py) driven with real mouse events on
its viewport and real keys: a drag moves or resizes a bar as one undo step after a
preview that leaves the document untouched, a vertical drag and Escape change nothing,
Alt+arrows move by a week — at month and at quarter zoom."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollBar, QToolTip

from canvas_app.document import DocumentSession
from canvas_app.model import Initiative, Milestone, Plan
from canvas_app.model.enums import InitiativeStatus
from canvas_app.model.review import Snapshot
from canvas_app.ui.widgets.gantt import STATUS_BAR_COLOURS
from canvas_app.ui.widgets.gantt_paint import BASELINE_COLOUR
from canvas_app.ui.widgets.gantt_view import GanttView
from tests.saved import saved_bytes
from tests.ui.steps.hosting import host_section, press

D = dt.date
LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier
ALT, SHIFT = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ShiftModifier
ZOOMS = ("month", "quarter")
SNAP = {"month": 1, "quarter": 7}


def roadmap_plan() -> Plan:
    plan = Plan()
    plan.settings.fiscal_year, plan.settings.fiscal_year_start_month = 2026, 4
    plan.roadmap.initiatives = [
        Initiative(id="i1", name="Trade show", owner="Sato", start=D(2026, 5, 1), end=D(2026, 6, 30),
                   budget_yen=1_200_000, status=InitiativeStatus.IN_PROGRESS,
                   milestones=[Milestone(id="m1", name="Booth booked", date=D(2026, 5, 15)),
                               Milestone(id="m2", name="Show", date=D(2026, 6, 20))]),
        Initiative(id="i2", name="Webinar series", owner="Tanaka", start=D(2026, 7, 1), end=D(2026, 9, 30),
                   budget_yen=300_000),
        Initiative(id="i3", name="Undated idea"),
        Initiative(id="i4", name="Half dated", start=D(2026, 10, 1)),
        Initiative(id="i5", name="Case studies", start=D(2026, 11, 1), end=D(2027, 1, 31),
                   status=InitiativeStatus.DONE),
    ]
    return plan


def initiative(view, item_id):
    return next(i for i in view.binder.plan.roadmap.initiatives if i.id == item_id)


def dates(view, item_id):
    found = initiative(view, item_id)
    return found.start, found.end


@pytest.fixture
def host(qtbot):
    sessions = []

    def make(plan=None, zoom="month", lang="en", read_only=False, width=1000, height=400) -> GanttView:
        session = DocumentSession(plan or roadmap_plan(), read_only=read_only)
        sessions.append(session)
        view = host_section(qtbot, session, GanttView, width=width, height=height, lang=lang)
        view.today = D(2026, 8, 20)
        view.set_zoom(zoom)
        QApplication.processEvents()
        return view

    yield make
    for session in sessions:
        session.undo_stack.clear()


def drag(view, start: QPointF, end: QPointF, *, steps: int = 4, release: bool = True) -> None:
    """Press at ``start``, move to ``end`` in ``steps`` mouse moves, release there."""
    viewport = view.viewport()
    QTest.mousePress(viewport, LEFT, NONE, start.toPoint())
    for n in range(1, steps + 1):
        QTest.mouseMove(viewport, (start + (end - start) * (n / steps)).toPoint())
    if release:
        QTest.mouseRelease(viewport, LEFT, NONE, end.toPoint())
    QApplication.processEvents()


def days_px(view, days: int) -> float:
    return view.geometry_now().scale.px_per_day * days


# -- dragging ------------------------------------------------------------------------------------
@pytest.mark.parametrize("zoom", ZOOMS)
@pytest.mark.parametrize("days", [35, -20, 92])
def test_dragging_a_bar_moves_it_with_its_milestones_in_one_undo_step(host, zoom, days):
    view = host(zoom=zoom)
    session = view.binder.session
    before = saved_bytes(session.plan)
    rect = view.bar_rect("i1")
    centre = rect.center()
    drag(view, centre, centre + QPointF(days_px(view, days), 0))
    moved = SNAP[zoom] * round(days / SNAP[zoom])
    shift = dt.timedelta(days=moved)
    assert dates(view, "i1") == (D(2026, 5, 1) + shift, D(2026, 6, 30) + shift)
    assert [m.date for m in initiative(view, "i1").milestones] == [D(2026, 5, 15) + shift, D(2026, 6, 20) + shift]
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert saved_bytes(session.plan) == before
    session.undo_stack.redo()
    assert dates(view, "i1") == (D(2026, 5, 1) + shift, D(2026, 6, 30) + shift)


@pytest.mark.parametrize("zoom", ZOOMS)
def test_a_bar_dragged_to_a_new_month_starts_there(host, zoom):
    view = host(zoom=zoom)
    rect = view.bar_rect("i2")
    target = view.viewport_x(D(2026, 8, 1)) - view.viewport_x(D(2026, 7, 1))  # July → August: 31 days
    drag(view, rect.center(), rect.center() + QPointF(target, 0))
    start = D(2026, 8, 1) if zoom == "month" else D(2026, 7, 29)  # whole weeks at quarter zoom
    assert dates(view, "i2")[0] == start
    assert (dates(view, "i2")[1] - start).days == 91  # the same length


@pytest.mark.parametrize("zoom", ZOOMS)
@pytest.mark.parametrize(("edge", "days"), [("end", 30), ("end", -21), ("start", 14), ("start", -28)])
def test_dragging_an_end_resizes_the_bar_in_one_field(host, zoom, edge, days):
    view = host(zoom=zoom)
    session = view.binder.session
    before = saved_bytes(session.plan)
    rect = view.bar_rect("i2")
    grip = QPointF(rect.right() - 2 if edge == "end" else rect.left() + 2, rect.center().y())
    drag(view, grip, grip + QPointF(days_px(view, days), 0))
    change = dt.timedelta(days=SNAP[zoom] * round(days / SNAP[zoom]))
    expected = (D(2026, 7, 1), D(2026, 9, 30) + change) if edge == "end" else (D(2026, 7, 1) + change, D(2026, 9, 30))
    assert dates(view, "i2") == expected
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert saved_bytes(session.plan) == before


@pytest.mark.parametrize("zoom", ZOOMS)
def test_an_end_dragged_past_the_start_stops_at_one_day(host, zoom):
    view = host(zoom=zoom)
    rect = view.bar_rect("i2")
    grip = QPointF(rect.right() - 2, rect.center().y())
    drag(view, grip, grip - QPointF(days_px(view, 200), 0))
    assert dates(view, "i2") == (D(2026, 7, 1), D(2026, 7, 1))


@pytest.mark.parametrize("zoom", ZOOMS)
@pytest.mark.parametrize("part", ["body", "end"])
def test_a_vertical_drag_keeps_the_dates(host, zoom, part):
    view = host(zoom=zoom)
    session = view.binder.session
    before = saved_bytes(session.plan)
    rect = view.bar_rect("i1")
    grip = rect.center() if part == "body" else QPointF(rect.right() - 2, rect.center().y())
    drag(view, grip, grip + QPointF(days_px(view, 3 * SNAP[zoom]) * 0.9, view.row_height() * 3))
    assert saved_bytes(session.plan) == before
    assert session.undo_stack.count() == 0


@pytest.mark.parametrize("zoom", ZOOMS)
def test_while_dragging_only_the_chart_changes_and_escape_cancels(host, zoom):
    view = host(zoom=zoom)
    session = view.binder.session
    before = saved_bytes(session.plan)
    rect = view.bar_rect("i1")
    far = days_px(view, 98)
    drag(view, rect.center(), rect.center() + QPointF(far, 0), release=False)
    assert saved_bytes(session.plan) == before  # a preview: the document is untouched
    image = view.viewport().grab().toImage()
    probe = QPoint(round(rect.right() + far - days_px(view, 7)), round(rect.center().y()))
    assert image.pixelColor(probe) == QColor(STATUS_BAR_COLOURS[InitiativeStatus.IN_PROGRESS])
    press(view, Qt.Key.Key_Escape)
    QTest.mouseRelease(view.viewport(), LEFT, NONE, (rect.center() + QPointF(far, 0)).toPoint())
    QApplication.processEvents()
    assert saved_bytes(session.plan) == before
    assert session.undo_stack.count() == 0
    image = view.viewport().grab().toImage()
    assert image.pixelColor(probe) != QColor(STATUS_BAR_COLOURS[InitiativeStatus.IN_PROGRESS])


def test_each_completed_drag_is_its_own_undo_step(host):
    view = host()
    session = view.binder.session
    for _ in range(3):
        rect = view.bar_rect("i2")
        drag(view, rect.center(), rect.center() + QPointF(days_px(view, 10), 0))
    assert dates(view, "i2") == (D(2026, 7, 31), D(2026, 10, 30))
    assert session.undo_stack.count() == 3


def test_a_resize_that_would_strand_a_milestone_is_refused_in_one_sentence(host, qtbot):
    view = host()
    session = view.binder.session
    before = saved_bytes(session.plan)
    rect = view.bar_rect("i1")
    grip = QPointF(rect.right() - 2, rect.center().y())
    with qtbot.waitSignal(view.refused) as refusal:
        drag(view, grip, grip - QPointF(days_px(view, 20), 0))
    assert refusal.args == ["“Show” would fall outside the initiative's dates: move the milestone first."]
    assert saved_bytes(session.plan) == before


def test_a_read_only_plan_is_not_dragged(host):
    view = host(read_only=True)
    before = saved_bytes(view.binder.plan)
    rect = view.bar_rect("i2")
    drag(view, rect.center(), rect.center() + QPointF(days_px(view, 30), 0))
    press(view, Qt.Key.Key_Right, ALT)
    assert saved_bytes(view.binder.plan) == before


@pytest.mark.parametrize(("where", "cursor"), [
    ("body", Qt.CursorShape.OpenHandCursor), ("start", Qt.CursorShape.SizeHorCursor),
    ("end", Qt.CursorShape.SizeHorCursor), ("outside", Qt.CursorShape.ArrowCursor),
])
def test_the_cursor_shows_what_a_press_would_grip(host, where, cursor):
    view = host()
    rect = view.bar_rect("i2")
    y = rect.center().y()
    x = {"body": rect.center().x(), "start": rect.left() - 4, "end": rect.right() + 4,
         "outside": rect.right() + 80}[where]
    QTest.mouseMove(view.viewport(), QPointF(x, y).toPoint())
    QApplication.processEvents()
    assert view.viewport().cursor().shape() == cursor


# -- the keyboard ------------------------------------------------------------------------------------
@pytest.mark.parametrize("zoom", ZOOMS)
@pytest.mark.parametrize(("modifiers", "key", "expected"), [
    (ALT, Qt.Key.Key_Right, (D(2026, 7, 8), D(2026, 10, 7))),
    (ALT, Qt.Key.Key_Left, (D(2026, 6, 24), D(2026, 9, 23))),
    (ALT | SHIFT, Qt.Key.Key_Right, (D(2026, 7, 1), D(2026, 10, 7))),
    (ALT | SHIFT, Qt.Key.Key_Left, (D(2026, 7, 1), D(2026, 9, 23))),
])
def test_alt_arrows_move_the_selected_bar_or_its_end_by_a_week(host, zoom, modifiers, key, expected):
    view = host(zoom=zoom)
    session = view.binder.session
    before = saved_bytes(session.plan)
    view.setFocus()
    view.select("i2")
    press(view, key, modifiers)
    assert dates(view, "i2") == expected
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert saved_bytes(session.plan) == before


def test_up_and_down_select_the_previous_and_next_row(host, qtbot):
    view = host()
    view.setFocus()
    chosen = []
    view.selectionChanged.connect(chosen.append)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up):
        press(view, key)
    assert chosen == ["i1", "i2", "i3", "i2"]
    assert view.selected() == "i2"
    press(view, Qt.Key.Key_Right, ALT)
    assert dates(view, "i2") == (D(2026, 7, 8), D(2026, 10, 7))


def test_a_click_selects_the_row_and_select_scrolls_to_it(host, qtbot):
    plan = roadmap_plan()
    plan.roadmap.initiatives += [Initiative(id=f"x{n}", name=f"More {n}", start=D(2026, 4, 1), end=D(2026, 5, 1))
                                 for n in range(40)]
    view = host(plan=plan, height=300)
    rect = view.bar_rect("i5")
    with qtbot.waitSignal(view.selectionChanged) as chosen:
        QTest.mouseClick(view.viewport(), LEFT, NONE, QPointF(rect.right() + 60, rect.center().y()).toPoint())
    assert chosen.args == ["i5"]
    view.select("x39")
    assert view.verticalScrollBar().value() == view.verticalScrollBar().maximum() > 0
    rect = view.bar_rect("x39")
    assert 0 <= rect.top() and rect.bottom() <= view.viewport().height()
    view.select(None)
    assert view.selected() is None


@pytest.mark.parametrize("item_id", ["i3", "i4"])
def test_moving_an_initiative_without_both_dates_says_what_is_missing(host, qtbot, item_id):
    view = host()
    before = saved_bytes(view.binder.plan)
    assert view.bar_rect(item_id) is None
    view.setFocus()
    view.select(item_id)
    with qtbot.waitSignal(view.refused) as refusal:
        press(view, Qt.Key.Key_Right, ALT)
    assert refusal.args == ["This initiative has no start and end dates to move yet."]
    assert saved_bytes(view.binder.plan) == before


def test_a_plan_without_initiatives_shows_the_chart_and_ignores_keys_and_drags(host):
    view = host(plan=Plan())
    before = saved_bytes(view.binder.plan)
    view.setFocus()
    for key, modifiers in ((Qt.Key.Key_Down, NONE), (Qt.Key.Key_Right, ALT), (Qt.Key.Key_Left, ALT | SHIFT)):
        press(view, key, modifiers)
    drag(view, QPointF(100, 10), QPointF(200, 10))
    assert view.selected() is None
    assert saved_bytes(view.binder.plan) == before
    assert not view.viewport().grab().toImage().isNull()


# -- following the plan, sizes, zoom ------------------------------------------------------------------
def test_an_edit_elsewhere_and_its_undo_move_the_bar(host):
    view = host()
    session = view.binder.session
    left = view.bar_rect("i2").left()
    view.binder.edit("i2", "start", D(2026, 8, 1))
    assert view.bar_rect("i2").left() > left
    session.undo_stack.undo()
    assert view.bar_rect("i2").left() == left


def test_a_milestone_edited_elsewhere_moves_its_diamond(host):
    view = host()
    rect = view.bar_rect("i1")
    x = round(view.viewport_x(D(2026, 6, 5)) + view.geometry_now().scale.px_per_day / 2)
    y = round(rect.center().y())
    bar_colour = QColor(STATUS_BAR_COLOURS[InitiativeStatus.IN_PROGRESS])
    assert view.viewport().grab().toImage().pixelColor(x, y) == bar_colour
    view.binder.edit("m1", "date", D(2026, 6, 5))
    assert view.viewport().grab().toImage().pixelColor(x, y) == QColor("#ffffff")  # an open diamond
    view.binder.session.undo_stack.undo()
    assert view.viewport().grab().toImage().pixelColor(x, y) == bar_colour


def test_an_initiative_added_or_removed_elsewhere_adds_or_removes_its_row(host):
    from canvas_app.commands import AddItem
    from canvas_app.model import ops

    view = host()
    binder = view.binder
    binder.run(lambda: AddItem(binder.session, ops.Slot(None, "roadmap.initiatives"),
                               Initiative(id="new", name="New", start=D(2026, 4, 6), end=D(2026, 4, 20)), 0))
    assert view.bar_rect("new").top() < view.bar_rect("i1").top()  # first, in plan order
    binder.session.undo_stack.undo()
    assert view.bar_rect("new") is None


def test_rows_line_up_with_a_table_beside_it(host):
    view = host()
    view.set_row_height(40)
    view.set_header_height(60)
    assert view.row_height() == 40 and view.header_height() == 60
    assert view.viewport().geometry().top() == 60
    assert view.bar_rect("i2").center().y() == pytest.approx(40 * 1.5)  # the second row's middle
    table_bar = QScrollBar(Qt.Orientation.Vertical)  # a table's, scrolling by pixels
    table_bar.setRange(0, 1000)
    view.verticalScrollBar().setRange(0, 1000)
    view.share_vertical_scroll(table_bar)
    table_bar.setValue(37)
    assert view.verticalScrollBar().value() == 37
    view.verticalScrollBar().setValue(12)
    assert table_bar.value() == 12


def test_the_zoom_switch_is_a_property_with_a_signal(host, qtbot):
    view = host()
    month_width = view.geometry_now().scale.width
    with qtbot.waitSignal(view.zoomChanged) as changed:
        view.zoom = "quarter"
    assert changed.args == ["quarter"] and view.zoom == "quarter"
    with qtbot.assertNotEmitted(view.zoomChanged):
        view.set_zoom("quarter")
    assert view.geometry_now().scale.snap_days == 7
    assert view.geometry_now().scale.width <= month_width
    with pytest.raises(ValueError):
        view.set_zoom("week")


def test_the_baseline_is_drawn_thin_under_the_bar(host):
    plan = roadmap_plan()
    old = roadmap_plan()
    old.roadmap.initiatives[1].start, old.roadmap.initiatives[1].end = D(2026, 6, 1), D(2026, 8, 31)
    plan.snapshots = [Snapshot(id="s1", taken_at=dt.datetime(2026, 7, 1, 9, tzinfo=dt.UTC),
                               plan=old.model_dump(mode="json", exclude={"snapshots"}))]
    view = host(plan=plan)
    bar = view.bar_rect("i2")
    image = view.viewport().grab().toImage()
    below = round(bar.bottom() + 2)
    ghost_x = round(view.viewport_x(D(2026, 6, 15)))  # in the baseline, before the bar starts
    assert image.pixelColor(ghost_x, below) == QColor(BASELINE_COLOUR)
    assert image.pixelColor(round(view.viewport_x(D(2026, 9, 20))), below) != QColor(BASELINE_COLOUR)


# -- words ------------------------------------------------------------------------------------------
@pytest.fixture
def japanese(qapp):
    from canvas_app.ui.language import apply_language

    apply_language("ja")
    yield
    apply_language("en")


def tooltip_at(view, point: QPointF) -> str:
    viewport = view.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, point.toPoint(),
                                                viewport.mapToGlobal(point.toPoint())))
    return QToolTip.text()


# Showing a tooltip raises its window, which the offscreen platform says it cannot do.
SHOWS_A_TOOLTIP = pytest.mark.qt_log_ignore(r"^This plugin does not support raise\(\)$")


@SHOWS_A_TOOLTIP
def test_the_tooltip_gives_dates_budget_and_owner(host):
    view = host()
    text = tooltip_at(view, view.bar_rect("i1").center())
    assert text.splitlines() == ["Trade show", "1 May 2026 – 30 Jun 2026", "Budget: 1,200 thousand yen", "Owner: Sato"]


@SHOWS_A_TOOLTIP
def test_the_japanese_chart_speaks_japanese(host, qtbot, japanese):
    view = host(lang="ja")
    text = tooltip_at(view, view.bar_rect("i1").center())
    assert text.splitlines()[1:] == ["2026年5月1日〜2026年6月30日", "予算：1,200千円", "責任者：Sato"]
    view.setFocus()
    view.select("i3")
    with qtbot.waitSignal(view.refused) as refusal:
        press(view, Qt.Key.Key_Right, ALT)
    assert refusal.args == ["この施策には、動かせる開始日と終了日がまだありません。"]
    english = host(lang="en")
    assert view.header().grab().toImage() != english.header().grab().toImage()  # 2026年度, 4月 … painted
