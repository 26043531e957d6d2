"""The step 3 targets-per-period panel on a 500-KPI plan: what one edit costs, repaint included.

The plan is ``kpi_calc.large_tree_plan`` (500 nodes, at least 8 levels deep). The panel
is shown on its own at 1000 × 420 px, in Japanese, following the revenue root's input
"b1-in0" (an input: no tree evaluation needed) or the root "bench-root" (a computed KPI
without a target: its default split needs the whole tree's value). Timed, each n times,
from the event to the end of the repaint of what changed (``processEvents``):

- a keystroke in a period cell (checked, not stored until Enter);
- three digits typed over a cell and Enter: the undo step, the panel's recompute;
- a change elsewhere in the plan (another KPI's annual target) while the panel shows the
  root, and the same while the panel is hidden (it only marks itself dirty);
- spreading the remainder, and its undo.

Baseline in the same run: a keystroke in a bare QLineEdit.

    python -m bench period_targets [-n 200]

Reports median / p95 / worst in ms; writes bench/results/period_targets.json.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from bench.kpi_calc import large_tree_plan, summary, timed

RESULTS_FILE = Path(__file__).with_name("results") / "period_targets.json"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench period_targets", description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200, help="repetitions per measurement (default 200)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit

    from canvas_app import i18n
    from canvas_app.document import DocumentSession
    from canvas_app.ui import theme
    from canvas_app.ui.editing.binder import Binder
    from canvas_app.ui.steps.step3.period_targets import PeriodTargetsPanel

    app = QApplication.instance() or QApplication([sys.argv[0]])
    i18n.install_translators(app, "ja")
    theme.apply(app, "ja")

    def painted(widget, action):
        def run():
            action()
            app.processEvents()  # the repaint of what changed, as after a real key press
        return run

    bare = QLineEdit()
    bare.resize(300, 40)
    bare.show()
    bare.setFocus()
    results = {"baseline: a keystroke in a bare QLineEdit":
               summary(timed(painted(bare, lambda: QTest.keyClick(bare, Qt.Key.Key_1)), args.n))}
    bare.close()

    session = DocumentSession(large_tree_plan())
    panel = PeriodTargetsPanel(Binder(session, language=i18n.language("ja")))
    panel.resize(1000, 420)
    panel.show()
    app.processEvents()
    cell = panel.cells["M03"]
    values = iter(range(10**9))

    def keystroke():  # a digit, then Backspace: the cell's text stays short and valid
        QTest.keyClick(cell, Qt.Key.Key_5 if next(values) % 2 else Qt.Key.Key_Backspace)

    def commit():  # a three-digit value typed over the cell's text, then Enter
        cell.selectAll()
        QTest.keyClicks(cell, str(100 + next(values) % 900))
        QTest.keyClick(cell, Qt.Key.Key_Return)

    def spread_and_undo():
        panel.spread_remainder()
        session.undo_stack.undo()

    def other_target():
        session_binder.edit("b2-in1", "target", 100.0 + next(values), merge=False)

    session_binder = panel.binder
    measurements = {}
    for node_id in ("b1-in0", "bench-root"):
        panel.set_node(node_id)
        # One period at zero, so that spreading changes the other eleven.
        session_binder.edit(node_id, "period_targets", {"M01": 0.0}, merge=False)
        cell.setFocus()
        app.processEvents()
        assert panel.spread is not None and panel.spread.changes
        measurements[f"{node_id}: spread the remainder, then undo"] = painted(panel, spread_and_undo)
        measurements[f"{node_id}: a keystroke in a period cell"] = painted(panel, keystroke)
        measurements[f"{node_id}: three digits and Enter (undo step, recompute)"] = painted(panel, commit)
        measurements[f"{node_id}: another KPI's target changed"] = painted(panel, other_target)
        for name, function in list(measurements.items()):
            if name.startswith(node_id):
                function()  # warm up
                results[name] = summary(timed(function, args.n))
    panel.hide()
    app.processEvents()
    results["hidden panel: another KPI's target changed"] = summary(timed(other_target, args.n))

    print(f"{len(session.plan.kpis.nodes)} KPI nodes, n = {args.n} (ms: median / p95 / worst)")
    for name, figures in results.items():
        print(f"  {name:<52} {figures['median']:8.3f} {figures['p95']:8.3f} {figures['worst']:8.3f}")
    RESULTS_FILE.parent.mkdir(exist_ok=True)
    RESULTS_FILE.write_text(json.dumps({"nodes": len(session.plan.kpis.nodes), "n": args.n, "results": results},
                                       indent=2), encoding="utf-8")
    session.undo_stack.clear()
    return 0
