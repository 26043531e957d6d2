"""Step 3's roadmap tab in the window on a plan with 1,000 initiatives: what a user
editing the roadmap waits for.

The plan is ``gantt.large_roadmap_plan()`` (1,000 dated initiatives with milestones,
owners, budgets and a snapshot for the baseline bars). The main window (1280×720, in
Japanese) shows step 3's roadmap tab: the table, the Gantt beside it, the budget strip,
the form, the budget per goal. Timed from the event to the end of the event processing
that follows it, repaint included:

- one drag step: a mouse move on the Gantt's viewport during a drag (the preview);
- a completed drag: press, one move, release — the command, then the table, the chart,
  the budget strip, the summary and the budget per goal following the plan, and the
  repaint — alternately right and left;
- a budget typed and committed (Enter) in the table's budget cell;
- Alt+→ / Alt+← on the selected bar.

Baseline, in the same run: key presses into a bare QLineEdit in a bare window.

    python -m bench roadmap [-n 100]

Reports median / p95 / worst in ms and the ratio of medians to the baseline; writes
bench/results/roadmap.json. Budgets from the issue: a drag step under 16 ms, a
completed drag under 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
from pathlib import Path

from bench.gantt import INITIATIVES, large_roadmap_plan
from bench.kpi_editor import _summary, _timed, bare_key_baseline

RESULTS_FILE = Path(__file__).with_name("results") / "roadmap.json"
BUDGET_COLUMN = 4


def run(n: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from canvas_app import i18n
    from canvas_app.document import DocumentSession
    from canvas_app.ui import theme
    from canvas_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    i18n.install_translators(app, "ja")
    theme.apply(app, "ja")

    results = {"baseline: a key in a bare QLineEdit": bare_key_baseline(app, n)}

    session = DocumentSession(large_roadmap_plan())
    window = MainWindow(session, persist=False, language=i18n.language("ja"))
    window.resize(1280, 720)
    window.show()
    window.show_step("3")
    page = window.page("3")
    page.show_section("roadmap")
    section = page.sections["roadmap"]
    target = f"ini-{INITIATIVES // 2}"
    section.select_item(target)
    app.processEvents()
    gantt, table = section.gantt, section.initiatives_table
    viewport = gantt.viewport()
    left, plain = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    step_px = gantt.geometry_now().scale.px_per_day * 3

    centre = gantt.bar_rect(target).center()
    QTest.mousePress(viewport, left, plain, centre.toPoint())

    def drag_step(i: int) -> None:
        QTest.mouseMove(viewport, (centre + QPointF(step_px * (1 + i % 20), 0)).toPoint())

    _timed(app, drag_step, 10)
    results["one drag step on the Gantt (mouse move → preview repaint)"] = _summary(_timed(app, drag_step, n))
    QTest.keyClick(gantt, Qt.Key.Key_Escape)
    QTest.mouseRelease(viewport, left, plain, centre.toPoint())
    app.processEvents()

    def completed_drag(i: int) -> None:
        here = gantt.bar_rect(target).center()
        there = here + QPointF(step_px * (5 if i % 2 == 0 else -5), 0)
        QTest.mousePress(viewport, left, plain, here.toPoint())
        QTest.mouseMove(viewport, there.toPoint())
        QTest.mouseRelease(viewport, left, plain, there.toPoint())

    before = session.undo_stack.count()
    _timed(app, completed_drag, 4)
    results["a completed drag (command + table, strip, summary, goals + repaint)"] = _summary(
        _timed(app, completed_drag, n))
    drags = session.undo_stack.count() - before

    model = section.initiatives_model
    row = model.row_of(target)

    def budget_typed(i: int) -> None:
        index = model.index(row, BUDGET_COLUMN)
        table.setCurrentIndex(index)
        table.edit(index)
        editor = app.focusWidget()
        editor.selectAll()
        QTest.keyClicks(editor, str(200 + i % 50))
        QTest.keyClick(editor, Qt.Key.Key_Return)

    table.setFocus()
    _timed(app, budget_typed, 4)
    results["a budget typed and committed in the table"] = _summary(_timed(app, budget_typed, n))

    def nudge(i: int) -> None:
        QTest.keyClick(gantt, Qt.Key.Key_Right if i % 2 == 0 else Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)

    gantt.select(target)
    gantt.setFocus()
    app.processEvents()
    results["Alt+→ / Alt+← on a bar (command + everything following + repaint)"] = _summary(_timed(app, nudge, n))
    commands = session.undo_stack.count()
    base = results["baseline: a key in a bare QLineEdit"]["median"]
    for figures in results.values():
        figures["ratio_to_baseline"] = round(figures["median"] / max(base, 1e-6), 1)
    session.undo_stack.clear()
    window.close()
    return {"initiatives": INITIATIVES, "commands": commands, "drags_pushed": drags, "results": results,
            "machine": platform.platform(), "python": platform.python_version(),
            "qpa": os.environ.get("QT_QPA_PLATFORM", "")}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench roadmap", description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=100, help="repetitions per measurement (default 100)")
    args = parser.parse_args(argv)
    result = run(args.n)
    print(f"{result['initiatives']} initiatives, {result['commands']} commands pushed "
          f"({result['drags_pushed']} by drags)")
    for name, f in result["results"].items():
        print(f"{name}: median {f['median']} ms, p95 {f['p95']} ms, worst {f['worst']} ms "
              f"({f['ratio_to_baseline']}× baseline)")
    RESULTS_FILE.parent.mkdir(exist_ok=True)
    RESULTS_FILE.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0
