"""What the roadmap's Gantt chart shows of each initiative, read once per change of the
plan (a repaint, and every step of a drag, only reads these rows)."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from pydantic import ValidationError

from ...calc.compare import snapshot_plan
from ...calc.gantt_drag import Bar, baseline_bars, latest_snapshot
from ...model import Initiative, Plan
from ...model.enums import InitiativeStatus


class MilestoneMark(NamedTuple):
    date: dt.date
    done: bool
    name: str


class GanttRow(NamedTuple):
    """One initiative as the chart draws it (a tuple: a thousand are made per reading).

    Attributes:
        baseline: its dates in the latest snapshot, or None.
        milestones: the dated ones.
    """

    id: str
    name: str
    owner: str
    start: dt.date | None
    end: dt.date | None
    status: InitiativeStatus
    budget_yen: int | None
    milestones: tuple[MilestoneMark, ...]
    baseline: Bar | None

    @property
    def bar(self) -> Bar | None:
        """Its dates, or None while it lacks a start or an end (no bar to drag)."""
        return Bar(self.start, self.end) if self.start is not None and self.end is not None else None


class Baseline:
    """The latest snapshot's initiative dates, read again only when another snapshot
    becomes the latest (reading a snapshot validates a whole plan)."""

    def __init__(self) -> None:
        self._key: tuple[str, dt.datetime] | None = None
        self._bars: dict[str, Bar] = {}

    def bars(self, plan: Plan) -> dict[str, Bar]:
        snapshot = latest_snapshot(plan)
        key = None if snapshot is None else (snapshot.id, snapshot.taken_at)
        if key != self._key:
            self._key, self._bars = key, {}
            if snapshot is not None:
                try:
                    self._bars = baseline_bars(snapshot_plan(snapshot))
                except ValidationError:
                    self._bars = {}  # a damaged snapshot: the chart shows no baseline
        return self._bars


def gantt_rows(plan: Plan, baseline: dict[str, Bar]) -> list[GanttRow]:
    return [gantt_row(ini, baseline) for ini in plan.roadmap.initiatives]


def gantt_row(initiative: Initiative, baseline: dict[str, Bar]) -> GanttRow:
    return GanttRow(initiative.id, initiative.name, initiative.owner, initiative.start, initiative.end,
                    initiative.status, initiative.budget_yen,
                    tuple(MilestoneMark(m.date, m.done, m.name) for m in initiative.milestones if m.date is not None),
                    baseline.get(initiative.id))
