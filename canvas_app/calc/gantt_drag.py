"""The roadmap's Gantt chart without Qt: its time scale, and what dragging a bar does.

The scale is linear in days: a day is ``px_per_day`` pixels wide wherever it falls, so a
drag of ``dx`` pixels is the same number of days in February as in March. It covers
whole fiscal years: the plan's, stretched to the mid-term plan's years when that plan
is longer (within ten years of the plan's own year, so a mistyped year cannot make the
chart a century wide). Its columns are the fiscal months (month zoom) or quarters
(quarter zoom).

A drag grips a bar by its body (both dates move by the same days) or by one end (that
date alone moves). The days follow the pixels, snapped to whole days at month zoom and
to whole weeks at quarter zoom, where a day is too narrow to aim at. A drag that ends
more vertical than horizontal changes nothing: the hand slipped while following a
row. An end dragged past the other end stops there, so a bar is always at least one
day. The keyboard moves by a week (``KEY_STEP_DAYS``) whatever the zoom.

Milestones belong to their initiative: a bar that is moved takes every dated milestone
along by the same days, so a kick-off two weeks after the start stays two weeks after
it. A resized bar leaves its milestones where they are; a resize that would leave
outside the bar a milestone that was inside it is refused (``stranded_milestones``),
because silently moving a deadline the team agreed on is worse than asking.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from canvas_app.model.periods import month_start
from canvas_app.model.plan import Plan
from canvas_app.model.review import Snapshot

#: Days the keyboard moves a bar or its end (Alt+←/→, Alt+Shift+←/→).
KEY_STEP_DAYS = 7
#: How far from the plan's own fiscal year the mid-term plan may stretch the chart.
MAX_EXTRA_YEARS = 10
_DAYS_PER_YEAR = 365.25


class Zoom(StrEnum):
    """The chart's columns: fiscal months or quarters."""

    MONTH = "month"
    QUARTER = "quarter"


class Grip(StrEnum):
    """Where a bar is held: its body moves it, an end resizes it."""

    BODY = "body"
    START = "start"
    END = "end"


#: The step a drag snaps to at each zoom, in days.
SNAP_DAYS = MappingProxyType({Zoom.MONTH: 1, Zoom.QUARTER: 7})


@dataclass(frozen=True)
class Bar:
    """An initiative's first and last day (both inclusive; ``start <= end``)."""

    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class Column:
    """One column of the chart's heading: a fiscal month, quarter or year.

    Attributes:
        first / last: its first and last day (inclusive).
        fiscal_year: the fiscal year it belongs to.
        number: 1–12 for a month, 1–4 for a quarter, 0 for a whole year.
    """

    first: dt.date
    last: dt.date
    fiscal_year: int
    number: int


@dataclass(frozen=True)
class TimeScale:
    """Dates ↔ pixels along the chart, from ``first`` (x = 0) through ``last``."""

    first: dt.date
    last: dt.date
    px_per_day: float
    zoom: Zoom
    first_fiscal_year: int
    last_fiscal_year: int
    start_month: int

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def width(self) -> float:
        return self.days * self.px_per_day

    @property
    def snap_days(self) -> int:
        return SNAP_DAYS[self.zoom]

    def x_of(self, day: dt.date) -> float:
        """Left edge of ``day`` (the right edge of a bar ending on ``day`` is
        ``x_of(day) + px_per_day``)."""
        return (day - self.first).days * self.px_per_day

    def day_at(self, x: float) -> dt.date:
        """The day under pixel ``x``, kept within the scale."""
        index = min(self.days - 1, max(0, math.floor(x / self.px_per_day)))
        return self.first + dt.timedelta(days=index)

    def bar_span(self, bar: Bar) -> tuple[float, float]:
        """Left and right pixel of a bar: from its first day's left edge to its last
        day's right edge."""
        return self.x_of(bar.start), self.x_of(bar.end) + self.px_per_day

    def years(self) -> list[Column]:
        return [_column(self, y, 1, 12, 0) for y in range(self.first_fiscal_year, self.last_fiscal_year + 1)]

    def columns(self) -> list[Column]:
        """The months or quarters of every fiscal year shown, in order."""
        step = 1 if self.zoom == Zoom.MONTH else 3
        return [_column(self, year, m, m + step - 1, (m - 1) // step + 1)
                for year in range(self.first_fiscal_year, self.last_fiscal_year + 1)
                for m in range(1, 13, step)]


def _column(scale: TimeScale, fiscal_year: int, first_month: int, last_month: int, number: int) -> Column:
    first = month_start(fiscal_year, scale.start_month, first_month)
    # month 13 of a fiscal year is the first month of the next (month_start counts on)
    last = month_start(fiscal_year, scale.start_month, last_month + 1) - dt.timedelta(days=1)
    return Column(first, last, fiscal_year, number)


def shown_years(plan: Plan) -> tuple[int, int]:
    """The first and last fiscal year the chart shows: the plan's, and the mid-term
    plan's when it is longer (within ``MAX_EXTRA_YEARS``)."""
    own = plan.settings.fiscal_year
    mid = plan.strategy.mid_term_plan
    years = [own] + [y for y in (mid.start_year, mid.end_year)
                     if y is not None and abs(y - own) <= MAX_EXTRA_YEARS]
    return min(years), max(years)


def time_scale(plan: Plan, zoom: Zoom, column_px: float) -> TimeScale:
    """The scale for ``plan`` at ``zoom``, an average column (month or quarter) being
    ``column_px`` pixels wide."""
    first_year, last_year = shown_years(plan)
    start_month = plan.settings.fiscal_year_start_month
    first = month_start(first_year, start_month, 1)
    last = month_start(last_year + 1, start_month, 1) - dt.timedelta(days=1)
    columns_per_year = 12 if zoom == Zoom.MONTH else 4
    return TimeScale(first, last, column_px * columns_per_year / _DAYS_PER_YEAR, Zoom(zoom), first_year,
                     last_year, start_month)


# -- dragging --------------------------------------------------------------------------------
def grip_at(x: float, left: float, right: float, reach: float) -> Grip | None:
    """Which part of a bar drawn from ``left`` to ``right`` pixel ``x`` grips.

    Each end can be gripped from ``reach`` pixels outside the bar to ``reach`` inside
    it (a third of the bar at most, so a short bar keeps a body to move it by)."""
    inside = min(reach, (right - left) / 3)
    if left - reach <= x < left + inside:
        return Grip.START
    if right - inside < x <= right + reach:
        return Grip.END
    if left <= x <= right:
        return Grip.BODY
    return None


def snapped_days(dx: float, scale: TimeScale) -> int:
    """The days ``dx`` pixels stand for, rounded to the zoom's snap (half away from zero,
    so a drag left and the same drag right move by as much)."""
    step = scale.snap_days
    steps = abs(dx) / (scale.px_per_day * step)
    return int(math.copysign(math.floor(steps + 0.5) * step, dx))


def shifted(bar: Bar, grip: Grip, days: int) -> Bar | None:
    """``bar`` with the gripped part moved by ``days``; an end stops at the other end.
    None when nothing changes (or the date would leave the calendar)."""
    step = dt.timedelta(days=days)
    try:
        if grip == Grip.BODY:
            result = Bar(bar.start + step, bar.end + step)
        elif grip == Grip.START:
            result = Bar(min(bar.start + step, bar.end), bar.end)
        else:
            result = Bar(bar.start, max(bar.end + step, bar.start))
    except OverflowError:
        return None
    return None if result == bar else result


def dragged(bar: Bar, grip: Grip, dx: float, dy: float, scale: TimeScale) -> Bar | None:
    """The bar after a drag of (``dx``, ``dy``) pixels, or None when the drag changes
    nothing: no whole snap step, or more vertical than horizontal."""
    if abs(dy) > abs(dx):
        return None
    return shifted(bar, grip, snapped_days(dx, scale))


def nudged(bar: Bar, grip: Grip, steps: int) -> Bar | None:
    """The keyboard's move: ``steps`` weeks of the bar (BODY) or of one end."""
    return shifted(bar, grip, steps * KEY_STEP_DAYS)


def milestones_after(old: Bar, new: Bar, dates: Sequence[dt.date | None]) -> list[dt.date | None]:
    """Milestone dates once ``old`` became ``new``: moved by the same days when the whole
    bar moved, unchanged when one end did."""
    shift = new.start - old.start
    if new.end - old.end != shift or not shift:
        return list(dates)
    try:
        return [None if day is None else day + shift for day in dates]
    except OverflowError:
        return list(dates)


def stranded_milestones(old: Bar, new: Bar, dates: Sequence[dt.date | None]) -> list[int]:
    """Positions of the milestones inside ``old`` that ``new`` would leave outside
    (dates taken after the move, see ``milestones_after``)."""
    after = milestones_after(old, new, dates)
    return [n for n, (before, now) in enumerate(zip(dates, after, strict=True))
            if before is not None and now is not None
            and old.start <= before <= old.end and not new.start <= now <= new.end]


# -- baseline --------------------------------------------------------------------------------
def latest_snapshot(plan: Plan) -> Snapshot | None:
    """The snapshot taken last (the baseline a quarterly review compares with); a time
    without a zone is taken as UTC, so files from anywhere compare."""
    return max(plan.snapshots, key=lambda s: _utc(s.taken_at), default=None)


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment


def baseline_bars(snapshot_plan: Plan) -> dict[str, Bar]:
    """Initiative id → its dates in a snapshot's plan (initiatives with both dates)."""
    return {ini.id: Bar(ini.start, ini.end) for ini in snapshot_plan.roadmap.initiatives
            if ini.start is not None and ini.end is not None}
