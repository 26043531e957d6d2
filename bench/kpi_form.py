"""Per-keystroke time in step 3's KPI form on a 500-KPI plan, and what the form adds to
an edit made elsewhere while it is shown and while it is hidden.

The plan: ``bench.kpi_calc.large_tree_plan`` (the manufacturer sample grown to 500 KPI
nodes, at least 8 levels deep). The form is hosted alone in a 1000 px window in Japanese,
showing a computed KPI deep in the tree. Timed, each n times, from the event to the end
of the event processing that follows it, repaint included:

- typing into the KPI's name (each key one undoable command; the line under the formula
  is worked out again, the whole tree evaluated);
- a target typed and committed with Enter (the value stored, the tree evaluated);
- a command on another KPI pushed while the form is shown, and while it is hidden (then
  the form only marks itself out of date).

Baseline, in the same run: the same keys into a bare QLineEdit in a bare window.

    python -m bench kpi_form [-n 200]

Reports median / p95 / worst in ms and the ratio of medians to the baseline; writes
bench/results/kpi_form.json. Budget from the issue: under 16 ms per keystroke.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

from bench.keystroke import _summary, _type, bare_baseline

RESULTS_FILE = Path(__file__).with_name("results") / "kpi_form.json"


def _enter_targets(app, field, count: int) -> list[tuple[float, float]]:
    """Type a new target and press Enter, ``count`` times; the Enter (the commit) is timed."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    field.setFocus(Qt.FocusReason.OtherFocusReason)
    times = []
    for n in range(count):
        field.selectAll()
        QTest.keyClicks(field, str(100 + n))
        app.processEvents()
        wall, cpu = time.perf_counter(), time.process_time()
        QTest.keyClick(field, Qt.Key.Key_Return)
        app.processEvents()
        times.append((time.perf_counter() - wall, time.process_time() - cpu))
    return times


def _edits_elsewhere(app, session, node_id: str, count: int) -> list[tuple[float, float]]:
    from canvas_app.commands import EditField

    times = []
    for n in range(count):
        wall, cpu = time.perf_counter(), time.process_time()
        session.push(EditField(session, node_id, "owner", f"担当 {n}", merge=False))
        app.processEvents()
        times.append((time.perf_counter() - wall, time.process_time() - cpu))
    return times


def run(count: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QScrollArea

    from bench.kpi_calc import large_tree_plan
    from canvas_app import i18n
    from canvas_app.document import DocumentSession
    from canvas_app.ui import theme
    from canvas_app.ui.editing.binder import Binder
    from canvas_app.ui.steps.step3.kpi_form import KpiNodeForm

    app = QApplication.instance() or QApplication([sys.argv[0]])
    i18n.install_translators(app, "ja")
    theme.apply(app, "ja")

    baseline = bare_baseline(app, count)

    session = DocumentSession(large_tree_plan())
    form = KpiNodeForm(Binder(session, language=i18n.language("ja")))
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(form)
    area.resize(1000, 500)
    area.show()
    area.activateWindow()
    form.set_node("b10-p3")  # a product four levels below the root of a branch
    app.processEvents()
    results = {}
    _type(app, form.fields["name"], 10)  # warm-up
    results["typing the name of a computed KPI"] = _summary(_type(app, form.fields["name"], count))
    form.set_node("b10-r2")
    results["a rate's target typed and committed (Enter)"] = _summary(
        _enter_targets(app, form.fields["target"], count))
    form.set_node("b10-p3")  # its line is worked out again on every edit while shown
    app.processEvents()
    results["an edit of another KPI, form shown"] = _summary(_edits_elsewhere(app, session, "b20-in1", count))
    area.hide()
    app.processEvents()
    results["an edit of another KPI, form hidden"] = _summary(_edits_elsewhere(app, session, "b20-in1", count))
    wall = time.perf_counter()
    area.show()
    app.processEvents()
    results["showing the form again (catching up)"] = {"ms": round((time.perf_counter() - wall) * 1000, 2)}
    for figures in results.values():
        if "median_ms" in figures:
            figures["ratio_to_bare"] = round(figures["median_ms"] / max(baseline["median_ms"], 1e-6), 1)
    session.undo_stack.setClean()
    area.close()
    return {"baseline_bare_qlineedit": baseline, "targets": results, "events_per_target": count,
            "plan": f"bench.kpi_calc.large_tree_plan: {len(session.plan.kpis.nodes)} KPI nodes",
            "machine": platform.platform(), "python": platform.python_version(),
            "qpa": os.environ.get("QT_QPA_PLATFORM", "")}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench kpi_form", description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200, help="events per target (default 200)")
    args = parser.parse_args(argv)
    result = run(args.n)
    base = result["baseline_bare_qlineedit"]
    print(f"bare QLineEdit: median {base['median_ms']} ms, p95 {base['p95_ms']} ms, worst {base['max_ms']} ms")
    for key, figures in result["targets"].items():
        if "median_ms" not in figures:
            print(f"{key}: {figures['ms']} ms")
            continue
        print(f"{key}: median {figures['median_ms']} ms, p95 {figures['p95_ms']} ms, worst {figures['max_ms']} ms, "
              f"CPU {figures['cpu_median_ms']} ms, {figures['ratio_to_bare']}× bare")
    RESULTS_FILE.parent.mkdir(exist_ok=True)
    RESULTS_FILE.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0
