"""The editable Gantt chart (ui/widgets/gantt_view.py) on a plan with 1,000 initiatives:
what a user dragging a bar waits for.

The plan has 1,000 dated initiatives (two milestones each, owners, budgets, every
status) and a snapshot of itself with other dates, so every row also draws its
baseline. The chart is shown 900×600 at month zoom, scrolled to the middle rows.
Timed from the event to the end of the event processing that follows it, repaint
included:

- one drag step: a mouse move during a drag (the preview moves, the chart repaints);
- a completed drag: press, one move, release (the command, the chart reading the plan
  again, the repaint), alternately right and left;
- the keyboard's Alt+→ (one command and repaint);
- for reference, the roadmap's budget per month (``calc.roadmap.budget_by_period``),
  which the budget strip under the chart computes after every edit.

Baseline, in the same run: ``repaint()`` of a bare QWidget of the same size.

    python -m bench gantt [-n 200]

Reports median / p95 / worst in ms; writes bench/results/gantt.json. Budgets from the
issue: a drag step under 16 ms, a completed drag under 50 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
from pathlib import Path

from bench.kpi_editor import _summary, _timed  # timed to the end of the event processing after it

RESULTS_FILE = Path(__file__).with_name("results") / "gantt.json"
INITIATIVES = 1000


def large_roadmap_plan(count: int = INITIATIVES):
    """A plan whose roadmap has ``count`` dated initiatives and a snapshot of them a
    fortnight earlier."""
    from canvas_app.model import Initiative, Milestone, Plan
    from canvas_app.model.enums import InitiativeStatus
    from canvas_app.model.review import Snapshot

    statuses = list(InitiativeStatus)
    plan = Plan()
    plan.settings.fiscal_year, plan.settings.fiscal_year_start_month = 2026, 4
    first = dt.date(2026, 4, 1)
    for n in range(count):
        start = first + dt.timedelta(days=(n * 7) % 300)
        end = start + dt.timedelta(days=20 + n % 60)
        plan.roadmap.initiatives.append(Initiative(
            id=f"ini-{n}", name=f"Initiative {n}", owner=f"Owner {n % 17}", start=start, end=end,
            budget_yen=100_000 + n * 1_000, status=statuses[n % len(statuses)],
            milestones=[Milestone(id=f"ms-{n}-a", name="Kick-off", date=start + dt.timedelta(days=3)),
                        Milestone(id=f"ms-{n}-b", name="Review", date=end)]))
    old = plan.model_copy(deep=True)
    for initiative in old.roadmap.initiatives:
        initiative.start -= dt.timedelta(days=14)
        initiative.end -= dt.timedelta(days=14)
        for milestone in initiative.milestones:
            milestone.date -= dt.timedelta(days=14)
    plan.snapshots = [Snapshot(id="snap-1", taken_at=dt.datetime(2026, 7, 1, tzinfo=dt.UTC),
                               plan=old.model_dump(mode="json", exclude={"snapshots"}))]
    return plan


def run(n: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from canvas_app import i18n
    from canvas_app.calc.roadmap import budget_by_period
    from canvas_app.document import DocumentSession
    from canvas_app.ui import theme
    from canvas_app.ui.editing.binder import Binder
    from canvas_app.ui.widgets.gantt_view import GanttView

    app = QApplication.instance() or QApplication([sys.argv[0]])
    i18n.install_translators(app, "ja")
    theme.apply(app, "ja")

    bare = QWidget()
    bare.resize(900, 600)
    bare.show()
    app.processEvents()
    results = {"baseline: repaint of a bare QWidget": _summary(_timed(app, lambda i: bare.repaint(), n))}
    bare.close()

    plan = large_roadmap_plan()
    session = DocumentSession(plan)
    binder = Binder(session, language=i18n.language("ja"))
    view = GanttView(binder)
    view.resize(900, 600)
    view.show()
    view.today = dt.date(2026, 8, 20)
    app.processEvents()
    target = f"ini-{INITIATIVES // 2}"
    view.select(target)
    app.processEvents()
    viewport = view.viewport()
    left, right = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    step_px = view.geometry_now().scale.px_per_day * 3

    centre = view.bar_rect(target).center()
    QTest.mousePress(viewport, left, right, centre.toPoint())

    def drag_step(i: int) -> None:
        QTest.mouseMove(viewport, (centre + QPointF(step_px * (1 + i % 20), 0)).toPoint())

    _timed(app, drag_step, 10)
    results["one drag step (mouse move → preview repaint)"] = _summary(_timed(app, drag_step, n))
    QTest.keyClick(view, Qt.Key.Key_Escape)
    QTest.mouseRelease(viewport, left, right, centre.toPoint())
    app.processEvents()

    def completed_drag(i: int) -> None:
        here = view.bar_rect(target).center()
        there = here + QPointF(step_px * (5 if i % 2 == 0 else -5), 0)
        QTest.mousePress(viewport, left, right, here.toPoint())
        QTest.mouseMove(viewport, there.toPoint())
        QTest.mouseRelease(viewport, left, right, there.toPoint())

    results["a completed drag (command + chart read again + repaint)"] = _summary(_timed(app, completed_drag, n))

    def nudge(i: int) -> None:
        QTest.keyClick(view, Qt.Key.Key_Right if i % 2 == 0 else Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)

    view.setFocus()
    results["Alt+→ / Alt+← (command + repaint)"] = _summary(_timed(app, nudge, n))
    results["for reference: budget per month of the roadmap (calc)"] = _summary(
        _timed(app, lambda i: budget_by_period(session.plan), n))
    commands = session.undo_stack.count()
    session.undo_stack.clear()
    view.close()
    base = results["baseline: repaint of a bare QWidget"]["median"]
    for figures in results.values():
        figures["ratio_to_baseline"] = round(figures["median"] / max(base, 1e-6), 1)
    return {"initiatives": INITIATIVES, "commands": commands, "results": results, "machine": platform.platform(),
            "python": platform.python_version(), "qpa": os.environ.get("QT_QPA_PLATFORM", "")}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench gantt", description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200, help="repetitions per measurement (default 200)")
    args = parser.parse_args(argv)
    result = run(args.n)
    print(f"{result['initiatives']} initiatives, {result['commands']} commands pushed")
    for name, f in result["results"].items():
        print(f"{name}: median {f['median']} ms, p95 {f['p95']} ms, worst {f['worst']} ms "
              f"({f['ratio_to_baseline']}× baseline)")
    RESULTS_FILE.parent.mkdir(exist_ok=True)
    RESULTS_FILE.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0
