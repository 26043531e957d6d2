"""The step 3 KPI tree editor in the window on a 500-KPI plan: what a user waits for.

The plan is ``kpi_calc.large_tree_plan()`` (514 KPIs, 9 levels). The main window shows
step 3 with a deep input selected. Timed from the event to the end of the event
processing that follows it, repaint included:

- a target typed and committed (Enter) in the tree: the edit command, the new figures
  and statuses of every KPI, the repaint of the tree (and of the panels below it that
  are shown);
- the same in the KPI form's target field, when the page has one;
- structural edits from the keyboard: Tab (indent), Shift+Tab (outdent), Delete of an
  input and its undo — each a command that swaps the node list and resets the tree.

Baseline, in the same run: key presses into a bare QLineEdit in a bare window.

    python -m bench kpi_editor [-n 100]

Reports median / p95 / worst in ms and the ratio of medians to the baseline; writes
bench/results/kpi_editor.json. Budgets from the issue: a keystroke's recompute and
repaint under 16 ms, a structural edit under 50 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

RESULTS_FILE = Path(__file__).with_name("results") / "kpi_editor.json"
DEEP_INPUT = "b7-in1"  # an input eight levels down


def _summary(samples: list[float]) -> dict[str, float]:
    ms = sorted(s * 1000 for s in samples)
    return {"median": round(statistics.median(ms), 2), "p95": round(ms[max(0, int(len(ms) * 0.95) - 1)], 2),
            "worst": round(ms[-1], 2), "n": len(ms)}


def _timed(app, action, n: int) -> list[float]:
    samples = []
    for i in range(n):
        start = time.perf_counter()
        action(i)
        app.processEvents()
        samples.append(time.perf_counter() - start)
    return samples


def bare_key_baseline(app, n: int) -> dict[str, float]:
    """``keystroke.bare_baseline`` (keys into a bare QLineEdit) in this bench's figures."""
    from bench.keystroke import bare_baseline

    base = bare_baseline(app, n)
    return {"median": base["median_ms"], "p95": base["p95_ms"], "worst": base["max_ms"], "n": n}


def run(n: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from bench.kpi_calc import large_tree_plan
    from canvas_app import i18n
    from canvas_app.document import DocumentSession
    from canvas_app.ui import theme
    from canvas_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    i18n.install_translators(app, "ja")
    theme.apply(app, "ja")

    results = {"baseline: a key in a bare QLineEdit": bare_key_baseline(app, n)}

    plan = large_tree_plan()
    session = DocumentSession(plan)
    window = MainWindow(session, persist=False, language=i18n.language("ja"))
    window.resize(1280, 720)
    window.show()
    window.show_step("3")
    page = window.page("3")
    section = page.tree_section
    section.select_item(DEEP_INPUT)
    app.processEvents()
    model, tree = section.model, section.tree

    def tree_target(i: int) -> None:
        model.setData(model.index_of(DEEP_INPUT, 3), str(100 + i % 50))

    _timed(app, tree_target, 10)
    results["target committed in the tree (recompute + repaint)"] = _summary(_timed(app, tree_target, n))

    form = section.panels.get("form")
    field = getattr(form, "fields", {}).get("target") if form is not None else None
    if field is not None:
        section.details.setCurrentWidget(form)
        field.setFocus()
        app.processEvents()

        def form_key(i: int) -> None:
            QTest.keyClick(field, Qt.Key.Key_1)

        def form_commit(i: int) -> None:
            field.selectAll()
            QTest.keyClicks(field, str(200 + i % 50))
            QTest.keyClick(field, Qt.Key.Key_Return)

        results["a key in the form's target field"] = _summary(_timed(app, form_key, n))
        results["target typed and committed in the form (recompute + repaint)"] = _summary(
            _timed(app, form_commit, n))

    tree.setFocus()
    section.select_item("b7-in2")  # an input with a sibling above it: Tab puts it under that sibling
    app.processEvents()

    def indent_outdent(i: int) -> None:
        QTest.keyClick(tree, Qt.Key.Key_Tab if i % 2 == 0 else Qt.Key.Key_Backtab)

    _timed(app, indent_outdent, 4)
    results["indent / outdent from the keyboard (tree reset + repaint)"] = _summary(_timed(app, indent_outdent, n))

    def remove_and_undo(i: int) -> None:
        if i % 2 == 0:
            section.select_item("b9-in0")
            QTest.keyClick(tree, Qt.Key.Key_Delete)
        else:
            session.undo_stack.undo()

    results["remove an input / undo it (tree reset + repaint)"] = _summary(_timed(app, remove_and_undo, n))
    base = results["baseline: a key in a bare QLineEdit"]["median"]
    for figures in results.values():
        figures["ratio_to_baseline"] = round(figures["median"] / max(base, 1e-6), 1)
    session.undo_stack.setClean()
    window.close()
    return {"nodes": len(plan.kpis.nodes), "results": results, "machine": platform.platform(),
            "python": platform.python_version(), "qpa": os.environ.get("QT_QPA_PLATFORM", "")}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench kpi_editor", description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=100, help="repetitions per measurement (default 100)")
    args = parser.parse_args(argv)
    result = run(args.n)
    print(f"{result['nodes']} KPIs")
    for name, f in result["results"].items():
        print(f"{name}: median {f['median']} ms, p95 {f['p95']} ms, worst {f['worst']} ms "
              f"({f['ratio_to_baseline']}× baseline)")
    RESULTS_FILE.parent.mkdir(exist_ok=True)
    RESULTS_FILE.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0
