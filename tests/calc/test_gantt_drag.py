"""The Gantt chart's drag maths (calc/gantt_drag.py): the time scale at both zooms, what a
drag of the body or of an end does, snapping, clamping, the keyboard's week, milestones
that move with their bar, the baseline taken from the latest snapshot."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from canvas_app.calc import gantt_drag as gd
from canvas_app.calc.gantt_drag import Bar, Grip, Zoom
from canvas_app.model import Initiative, Plan
from canvas_app.model.review import Snapshot

ZOOMS = (Zoom.MONTH, Zoom.QUARTER)
COLUMN_PX = {Zoom.MONTH: 64.0, Zoom.QUARTER: 120.0}
BAR = Bar(dt.date(2026, 6, 1), dt.date(2026, 6, 30))


def plan_for(fiscal_year: int = 2026, start_month: int = 4, mid_term: tuple[int | None, int | None] = (None, None)):
    plan = Plan()
    plan.settings.fiscal_year, plan.settings.fiscal_year_start_month = fiscal_year, start_month
    plan.strategy.mid_term_plan.start_year, plan.strategy.mid_term_plan.end_year = mid_term
    return plan


def scale_for(zoom: Zoom, **kwargs) -> gd.TimeScale:
    return gd.time_scale(plan_for(**kwargs), zoom, COLUMN_PX[zoom])


def px(days: float, scale: gd.TimeScale) -> float:
    return days * scale.px_per_day


# -- the time scale ---------------------------------------------------------------------------
@pytest.mark.parametrize("zoom", ZOOMS)
@pytest.mark.parametrize("start_month", [1, 4, 7, 10])
def test_the_scale_covers_the_fiscal_year_in_its_columns(zoom, start_month):
    scale = scale_for(zoom, start_month=start_month)
    columns = scale.columns()
    assert len(columns) == (12 if zoom == Zoom.MONTH else 4)
    assert columns[0].first == scale.first == dt.date(2026, start_month, 1)
    assert columns[-1].last == scale.last
    assert scale.last == dt.date(2027, start_month, 1) - dt.timedelta(days=1)
    for before, after in zip(columns, columns[1:], strict=False):
        assert after.first == before.last + dt.timedelta(days=1)  # no gap, no overlap
    assert [c.number for c in columns] == list(range(1, len(columns) + 1))
    assert [y.fiscal_year for y in scale.years()] == [2026]
    assert scale.width == pytest.approx(scale.days * scale.px_per_day)


@pytest.mark.parametrize("zoom", ZOOMS)
@pytest.mark.parametrize(("mid_term", "years"), [
    ((2026, 2028), [2026, 2027, 2028]),   # the mid-term plan is longer: its years
    ((2025, 2027), [2025, 2026, 2027]),   # it began a year earlier
    ((None, 2027), [2026, 2027]),
    ((2026, None), [2026]),
    ((2026, 2026), [2026]),
    ((1900, 2200), [2026]),               # a mistyped plan cannot make the chart a century wide
    ((2020, 2200), [2020, 2021, 2022, 2023, 2024, 2025, 2026]),
])
def test_the_mid_term_plan_stretches_the_scale_to_its_years(zoom, mid_term, years):
    scale = scale_for(zoom, mid_term=mid_term)
    assert [y.fiscal_year for y in scale.years()] == years
    assert len(scale.columns()) == len(years) * (12 if zoom == Zoom.MONTH else 4)
    assert scale.first == dt.date(years[0], 4, 1)
    assert scale.last == dt.date(years[-1] + 1, 3, 31)


@pytest.mark.parametrize("zoom", ZOOMS)
@pytest.mark.parametrize("offset", [0, 1, 27, 45, 180, 364])
def test_pixels_and_days_map_both_ways(zoom, offset):
    scale = scale_for(zoom)
    day = scale.first + dt.timedelta(days=offset)
    x = scale.x_of(day)
    assert x == pytest.approx(offset * scale.px_per_day)
    assert scale.day_at(x) == day
    assert scale.day_at(x + scale.px_per_day * 0.99) == day  # anywhere on the day
    left, right = scale.bar_span(Bar(day, day))
    assert right - left == pytest.approx(scale.px_per_day)  # a one-day bar is a day wide


@pytest.mark.parametrize("zoom", ZOOMS)
def test_day_at_stays_within_the_scale(zoom):
    scale = scale_for(zoom)
    assert scale.day_at(-500) == scale.first
    assert scale.day_at(scale.width + 500) == scale.last


def test_a_quarter_is_narrower_per_day_than_a_month():
    month, quarter = scale_for(Zoom.MONTH), scale_for(Zoom.QUARTER)
    assert month.width == pytest.approx(12 * COLUMN_PX[Zoom.MONTH], rel=0.01)
    assert quarter.width == pytest.approx(4 * COLUMN_PX[Zoom.QUARTER], rel=0.01)
    assert (month.snap_days, quarter.snap_days) == (1, 7)


# -- gripping -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("x", "grip"), [
    (91, None), (92, Grip.START), (100, Grip.START), (107, Grip.START),
    (110, Grip.BODY), (150, Grip.BODY), (190, Grip.BODY),
    (193, Grip.END), (200, Grip.END), (208, Grip.END), (209, None),
])
def test_each_end_is_gripped_from_outside_and_inside_the_bar(x, grip):
    assert gd.grip_at(x, 100, 200, reach=8) == grip


@pytest.mark.parametrize("width", [3, 6, 12, 24])
def test_a_short_bar_keeps_a_body_to_move_it_by(width):
    middle = 100 + width / 2
    assert gd.grip_at(middle, 100, 100 + width, reach=8) == Grip.BODY
    assert gd.grip_at(100 - 8, 100, 100 + width, reach=8) == Grip.START
    assert gd.grip_at(100 + width + 8, 100, 100 + width, reach=8) == Grip.END


# -- dragging -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("zoom", "days", "expected"), [
    (Zoom.MONTH, 0.0, 0), (Zoom.MONTH, 0.4, 0), (Zoom.MONTH, 0.6, 1), (Zoom.MONTH, 3.2, 3),
    (Zoom.MONTH, -3.2, -3), (Zoom.MONTH, 30.0, 30), (Zoom.MONTH, -0.6, -1),
    (Zoom.QUARTER, 3.0, 0), (Zoom.QUARTER, 4.0, 7), (Zoom.QUARTER, 10.0, 7), (Zoom.QUARTER, 11.0, 14),
    (Zoom.QUARTER, -4.0, -7), (Zoom.QUARTER, -3.0, 0), (Zoom.QUARTER, 30.0, 28),
])
def test_a_drag_snaps_to_days_at_month_zoom_and_to_weeks_at_quarter_zoom(zoom, days, expected):
    scale = scale_for(zoom)
    assert gd.snapped_days(px(days, scale), scale) == expected


@pytest.mark.parametrize("zoom", ZOOMS)
@pytest.mark.parametrize(("grip", "days", "expected"), [
    (Grip.BODY, 14, Bar(dt.date(2026, 6, 15), dt.date(2026, 7, 14))),
    (Grip.BODY, -28, Bar(dt.date(2026, 5, 4), dt.date(2026, 6, 2))),
    (Grip.START, 7, Bar(dt.date(2026, 6, 8), dt.date(2026, 6, 30))),
    (Grip.START, -14, Bar(dt.date(2026, 5, 18), dt.date(2026, 6, 30))),
    (Grip.END, 21, Bar(dt.date(2026, 6, 1), dt.date(2026, 7, 21))),
    (Grip.END, -7, Bar(dt.date(2026, 6, 1), dt.date(2026, 6, 23))),
    # an end dragged past the other stops there: a bar is at least one day
    (Grip.END, -35, Bar(dt.date(2026, 6, 1), dt.date(2026, 6, 1))),
    (Grip.START, 70, Bar(dt.date(2026, 6, 30), dt.date(2026, 6, 30))),
])
def test_a_drag_moves_the_body_or_resizes_an_end(zoom, grip, days, expected):
    scale = scale_for(zoom)
    assert gd.dragged(BAR, grip, px(days, scale), 0, scale) == expected


@pytest.mark.parametrize("zoom", ZOOMS)
@pytest.mark.parametrize("grip", list(Grip))
@pytest.mark.parametrize(("dx", "dy"), [(0, 0), (0, 40), (30, 31), (-30, -80), (5, -200)])
def test_a_vertical_or_empty_drag_changes_nothing(zoom, grip, dx, dy):
    assert gd.dragged(BAR, grip, dx, dy, scale_for(zoom)) is None


@pytest.mark.parametrize("zoom", ZOOMS)
def test_a_drag_smaller_than_its_snap_changes_nothing(zoom):
    scale = scale_for(zoom)
    below = px(scale.snap_days * 0.45, scale)
    for grip in Grip:
        assert gd.dragged(BAR, grip, below, 0, scale) is None
        assert gd.dragged(BAR, grip, -below, 0, scale) is None


def test_an_end_already_at_the_other_end_is_unchanged_when_pushed_further():
    one_day = Bar(BAR.start, BAR.start)
    assert gd.shifted(one_day, Grip.END, -7) is None
    assert gd.shifted(one_day, Grip.START, 7) is None


def test_a_date_beyond_the_calendar_leaves_the_bar_unchanged():
    last = Bar(dt.date(9999, 12, 1), dt.date(9999, 12, 31))
    assert gd.shifted(last, Grip.BODY, 31) is None
    assert gd.shifted(last, Grip.END, 31) is None


@pytest.mark.parametrize(("grip", "steps", "expected"), [
    (Grip.BODY, 1, Bar(dt.date(2026, 6, 8), dt.date(2026, 7, 7))),
    (Grip.BODY, -1, Bar(dt.date(2026, 5, 25), dt.date(2026, 6, 23))),
    (Grip.END, 1, Bar(dt.date(2026, 6, 1), dt.date(2026, 7, 7))),
    (Grip.END, -1, Bar(dt.date(2026, 6, 1), dt.date(2026, 6, 23))),
    (Grip.END, -5, Bar(dt.date(2026, 6, 1), dt.date(2026, 6, 1))),
])
def test_the_keyboard_moves_a_bar_or_its_end_by_a_week(grip, steps, expected):
    assert gd.nudged(BAR, grip, steps) == expected


# -- milestones -----------------------------------------------------------------------------------
MILESTONES = [dt.date(2026, 6, 10), None, dt.date(2026, 6, 30), dt.date(2026, 8, 1)]


@pytest.mark.parametrize("days", [-30, -7, 1, 14, 90])
def test_a_moved_bar_takes_its_milestones_along(days):
    new = gd.shifted(BAR, Grip.BODY, days)
    shift = dt.timedelta(days=days)
    assert gd.milestones_after(BAR, new, MILESTONES) == [
        MILESTONES[0] + shift, None, MILESTONES[2] + shift, MILESTONES[3] + shift]
    assert gd.stranded_milestones(BAR, new, MILESTONES) == []


@pytest.mark.parametrize(("grip", "days", "stranded"), [
    (Grip.END, -1, [2]),        # the milestone on the last day would be left behind
    (Grip.END, -21, [0, 2]),
    (Grip.END, 7, []),          # longer: nothing leaves the bar
    (Grip.START, 10, [0]),
    (Grip.START, -10, []),
    (Grip.END, 40, []),         # the milestone outside the bar before stays as it was
])
def test_a_resize_leaves_milestones_where_they_are_and_names_those_it_would_strand(grip, days, stranded):
    new = gd.shifted(BAR, grip, days)
    assert gd.milestones_after(BAR, new, MILESTONES) == MILESTONES
    assert gd.stranded_milestones(BAR, new, MILESTONES) == stranded


# -- baseline ------------------------------------------------------------------------------------
def test_the_baseline_is_the_latest_snapshots_dates():
    plan = Plan()
    assert gd.latest_snapshot(plan) is None
    early = Plan(roadmap={"initiatives": [Initiative(id="a", start=dt.date(2026, 4, 1), end=dt.date(2026, 5, 1))]})
    late = Plan(roadmap={"initiatives": [
        Initiative(id="a", start=dt.date(2026, 5, 1), end=dt.date(2026, 6, 1)),
        Initiative(id="b", start=dt.date(2026, 5, 1)),  # one date: no ghost bar
        Initiative(id="c"),
    ]})
    plan.snapshots = [
        Snapshot(id="s2", taken_at=dt.datetime(2026, 7, 1, 9), plan=late.model_dump(mode="json")),
        # a time with a zone (as files store it) compares with one without
        Snapshot(id="s1", taken_at=dt.datetime(2026, 4, 1, 9, tzinfo=dt.UTC), plan=early.model_dump(mode="json")),
    ]
    latest = gd.latest_snapshot(plan)
    assert latest.id == "s2"
    assert gd.baseline_bars(Plan.model_validate(latest.plan)) == {"a": Bar(dt.date(2026, 5, 1), dt.date(2026, 6, 1))}


# -- properties ------------------------------------------------------------------------------------
bars = st.builds(lambda start, days: Bar(start, start + dt.timedelta(days=days)),
                 st.dates(dt.date(2020, 1, 1), dt.date(2035, 12, 31)), st.integers(0, 800))


@given(bar=bars, grip=st.sampled_from(list(Grip)), zoom=st.sampled_from(ZOOMS),
       dx=st.floats(-3000, 3000, allow_nan=False), dy=st.floats(-3000, 3000, allow_nan=False),
       column_px=st.floats(20, 400))
def test_any_drag_gives_dates_in_order_snapped_or_nothing(bar, grip, zoom, dx, dy, column_px):
    scale = gd.time_scale(plan_for(), zoom, column_px)
    result = gd.dragged(bar, grip, dx, dy, scale)
    if result is None:
        return
    assert result.start <= result.end
    assert result != bar
    step = scale.snap_days
    moved = {Grip.BODY: (result.start - bar.start).days, Grip.START: (result.start - bar.start).days,
             Grip.END: (result.end - bar.end).days}[grip]
    if grip == Grip.BODY:
        assert result.end - result.start == bar.end - bar.start  # a move keeps the length
        assert moved % step == 0
    elif grip == Grip.START:
        assert result.end == bar.end
        assert moved % step == 0 or result.start == bar.end  # snapped, or stopped at the end
    else:
        assert result.start == bar.start
        assert moved % step == 0 or result.end == bar.start
    assert abs(dy) <= abs(dx)
    assert (moved > 0) == (dx > 0)  # never against the hand


@given(bar=bars, grip=st.sampled_from(list(Grip)), zoom=st.sampled_from(ZOOMS), dy=st.floats(-3000, 3000))
def test_a_zero_pixel_drag_is_unchanged(bar, grip, zoom, dy):
    assert gd.dragged(bar, grip, 0.0, dy, scale_for(zoom)) is None
