"""Per-keystroke time while typing into the step 1 and step 2 editors of a large plan.

The plan: the manufacturer sample grown to 50 personas (each with a value proposition
and a five-stage journey), 20 competitors scored on 12 criteria, and 30 channels. The
main window shows the page; for each target field the benchmark types N characters
(half ASCII key presses, half Japanese input-method commits) and times each from the
key event to the end of the event processing that follows it, repaint included — what
the user waits for. Every character is an undoable command. As a baseline, the same
keys go into a bare QLineEdit in a bare window, in the same process and run.

    python -m bench keystroke [-n 200]

Reports median, 95th percentile and worst per target, the ratio of medians to the
baseline, and writes bench/results/keystroke.json. Target: under 16 ms per keystroke.
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

RESULTS_FILE = Path(__file__).with_name("results") / "keystroke.json"
REPO = Path(__file__).resolve().parents[1]


def large_plan():
    """The manufacturer sample with 50 personas, 20 competitors and 30 channels."""
    from canvas_app.model import (
        Channel, Competitor, CustomerJourney, DifferentiationCriterion, JourneyStage, Persona, ValueProposition,
    )
    from canvas_app.model.enums import ChannelKind, JourneyPhase
    from canvas_app.storage.project_file import load_plan

    plan = load_plan(REPO / "resources" / "samples" / "manufacturer_ja.scanvas").plan
    c = plan.customers
    phases = list(JourneyPhase)
    phases_n = len(c.channels)
    channels = [Channel(id=f"bch{i}", name=f"チャネル {i}", kind=ChannelKind.ONLINE if i % 2 else ChannelKind.OFFLINE,
                        phase=phases[i % 5], monthly_cost_yen=100_000 * (i + 1), owner=f"担当 {i}")
                for i in range(30 - phases_n)]
    c.channels += channels
    c.personas += [Persona(id=f"bp{i}", name=f"ペルソナ {i}", segment="中堅製造業", role="工場長",
                          description="設備保全の責任者。" * 5, challenges=["突発停止", "属人化"], needs=["予兆保全"],
                          values=["安定稼働"], buying_triggers=["大型更新"], objections=["初期費用"],
                          information_sources=["展示会", "業界誌"]) for i in range(50 - len(c.personas))]
    c.value_propositions += [ValueProposition(id=f"bvp{i}", persona_id=f"bp{i}", pains=["突発停止"],
                                             pain_relievers=["予兆検知"], gains=["稼働率"], gain_creators=["遠隔監視"],
                                             products=["保全サービス"], statement=f"価値 {i}") for i in range(50)
                             if any(p.id == f"bp{i}" for p in c.personas)]
    c.journeys += [CustomerJourney(id=f"bj{i}", persona_id=f"bp{i}", stages=[
        JourneyStage(id=f"bj{i}s{s}", name=f"段階 {s}", touchpoint="展示会", channel_id=f"bch{s}",
                     customer_thought="不安", our_action="事例紹介") for s in range(5)]) for i in range(50)
        if any(p.id == f"bp{i}" for p in c.personas)]
    c.competitors += [Competitor(id=f"bc{i}", name=f"競合 {i}", strengths=["価格"], weaknesses=["納期"])
                      for i in range(20 - len(c.competitors))]
    c.criteria += [DifferentiationCriterion(id=f"bcr{k}", name=f"基準 {k}", our_score=(k % 5) + 1,
                                           competitor_scores={f"bc{i}": (i + k) % 5 + 1 for i in range(20 - 3)})
                   for k in range(12 - len(c.criteria))]
    plan = plan.model_validate(plan.model_dump())
    assert (len(c.personas), len(c.competitors), len(c.channels)) == (50, 20, 30), \
        (len(c.personas), len(c.competitors), len(c.channels))
    return plan


#: (page, section or "", item id or None for a plan field, field path) typed into.
TARGETS = (
    ("1", "", None, "strategy.vision"),
    ("1", "", "goal-revenue", "marketing_contribution"),
    ("2", "personas", "bp25", "name"),
    ("2", "personas", "bp25", "description"),
    ("2", "competitors", "bc10", "notes"),
)


def _find_field(page, item_id, path):
    from canvas_app.ui.editing.fields import LineField, TextField

    for cls in (LineField, TextField):
        for field in page.findChildren(cls):
            if field.binding.item_id == item_id and field.binding.path == path and field.isVisible():
                return field
    return None


def _type(app, widget, count: int) -> list[tuple[float, float]]:
    """Type ``count`` characters; returns (wall, cpu) seconds per keystroke."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    app.processEvents()
    times = []
    for n in range(count):
        wall, cpu = time.perf_counter(), time.process_time()
        if n % 2:
            event = QInputMethodEvent("", [])
            event.setCommitString("語")
            QApplication.sendEvent(widget, event)
        else:
            QTest.keyClick(widget, Qt.Key.Key_A)
        app.processEvents()
        times.append((time.perf_counter() - wall, time.process_time() - cpu))
    return times


def _summary(times: list[tuple[float, float]]) -> dict:
    walls = sorted(t[0] * 1000 for t in times)
    cpus = sorted(t[1] * 1000 for t in times)
    return {"median_ms": round(statistics.median(walls), 2),
            "p95_ms": round(walls[int(len(walls) * 0.95) - 1], 2),
            "max_ms": round(walls[-1], 2),
            "cpu_median_ms": round(statistics.median(cpus), 2)}


def bare_baseline(app, count: int) -> dict:
    """The same keys typed into a bare QLineEdit in a bare 1280×720 window."""
    from PySide6.QtWidgets import QLineEdit, QMainWindow

    bare = QMainWindow()
    edit = QLineEdit()
    bare.setCentralWidget(edit)
    bare.resize(1280, 720)
    bare.show()
    bare.activateWindow()
    _type(app, edit, 20)  # warm-up
    baseline = _summary(_type(app, edit, count))
    bare.close()
    return baseline


def run(count: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from canvas_app import i18n
    from canvas_app.document import DocumentSession
    from canvas_app.ui import theme
    from canvas_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    i18n.install_translators(app, "ja")
    theme.apply(app, "ja")

    baseline = bare_baseline(app, count)

    session = DocumentSession(large_plan())
    window = MainWindow(session, persist=False, language=i18n.language("ja"))
    window.resize(1280, 720)
    window.show()
    window.activateWindow()
    results = {}
    for step, section, item_id, path in TARGETS:
        window.show_step(step)
        page = window.page(step)
        if section:
            page.show_section(section)
        if item_id:
            page.select_item(item_id)
        app.processEvents()
        field = _find_field(page, item_id, path)
        key = f"step {step}{'/' + section if section else ''}: {item_id or 'plan'}.{path}"
        if field is None:
            results[key] = {"error": "field not found on the page"}
            continue
        _type(app, field, 10)  # warm-up
        summary = _summary(_type(app, field, count))
        summary["ratio_to_bare"] = round(summary["median_ms"] / max(baseline["median_ms"], 1e-6), 1)
        results[key] = summary
    undo_steps = session.undo_stack.count()
    session.undo_stack.setClean()
    window.close()
    return {"baseline_bare_qlineedit": baseline, "targets": results, "keystrokes_per_target": count,
            "undo_steps_after_typing": undo_steps,
            "plan": "manufacturer_ja + 50 personas (VP, 5-stage journey), 20 competitors × 12 criteria, 30 channels",
            "machine": platform.platform(), "python": platform.python_version(),
            "qpa": os.environ.get("QT_QPA_PLATFORM", "")}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench keystroke", description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200, help="keystrokes per field (default 200)")
    args = parser.parse_args(argv)
    result = run(args.n)
    base = result["baseline_bare_qlineedit"]
    print(f"bare QLineEdit: median {base['median_ms']} ms, p95 {base['p95_ms']} ms")
    for key, figures in result["targets"].items():
        if "error" in figures:
            print(f"{key}: {figures['error']}")
            continue
        print(f"{key}: median {figures['median_ms']} ms, p95 {figures['p95_ms']} ms, worst {figures['max_ms']} ms, "
              f"CPU {figures['cpu_median_ms']} ms, {figures['ratio_to_bare']}× bare")
    RESULTS_FILE.parent.mkdir(exist_ok=True)
    RESULTS_FILE.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0
