"""Exporting from the window: in a worker thread of the window's process, or in a child
``canvas-app export`` process? Decided by how smooth the window stays.

For the manufacturer sample, each way is run while a 16 ms QTimer ticks in the main
thread (as a window's repaint would); a tick is *late* when it comes more than 50 ms
after the one before (three frames lost). Reported per way: the wall time of the export
and the late ticks with the longest gap. Ways:

- ``thread xlsx`` / ``thread pdf``: ``workbook_bytes`` / ``pdf_bytes`` in a Python
  thread of this process (the GIL is shared with the timer's thread);
- ``thread xlsx, large plan``: the same with ``bench.export``'s large plan (500 KPIs,
  1,000 initiatives, 6,000 actuals);
- ``process``: ``canvas-app export --xlsx --pdf`` of the sample as a child process (what
  the window does today, after saving a temporary copy of the plan).

    python -m bench export_window [-n 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

RESULTS_FILE = Path(__file__).with_name("results") / "export_window.json"
SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "manufacturer_ja.scanvas"
TICK_MS = 16
LATE_S = 0.050


def _watched(app, work) -> dict:
    """Run ``work`` (started by a callable that returns a "done?" callable) while the
    timer ticks; the wall time, the late ticks and the longest gap between ticks."""
    from PySide6.QtCore import QTimer

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    start = time.perf_counter()
    timer.start()
    done = work()
    while not done():
        app.processEvents()
        time.sleep(0.001)
    seconds = time.perf_counter() - start
    timer.stop()
    gaps = [b - a for a, b in zip([start, *ticks], ticks)]
    return {"seconds": seconds, "late_ticks": sum(g > LATE_S for g in gaps), "longest_gap_ms": 1000 * max(gaps, default=0)}


def _in_thread(make):
    def work():
        thread = threading.Thread(target=make)
        thread.start()
        return lambda: not thread.is_alive()
    return work


def _in_process(out: Path):
    def work():
        child = subprocess.Popen([str(Path(sys.executable).with_name("canvas-app")), "export", str(SAMPLE),
                                  "--xlsx", str(out / "p.xlsx"), "--pdf", str(out / "p.pdf")],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return lambda: child.poll() is not None
    return work


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench export_window")
    parser.add_argument("-n", type=int, default=3, help="rounds (default 3)")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from canvas_app import i18n
    from canvas_app.export.excel import workbook_bytes
    from canvas_app.export.pdf import pdf_bytes
    from canvas_app.storage.project_file import load_plan

    app = QApplication.instance() or QApplication(["bench"])
    from bench.export import large_plan

    plan, large = load_plan(SAMPLE).plan, large_plan()
    lang = i18n.language(plan.settings.language)
    today = dt.date(2026, 11, 21)
    ways = {
        "thread xlsx": _in_thread(lambda: workbook_bytes(plan, lang, today=today)),
        "thread pdf": _in_thread(lambda: pdf_bytes(plan, lang, today)),
        "thread xlsx, large plan": _in_thread(lambda: workbook_bytes(large, lang, today=today)),
    }
    runs: dict[str, list[dict]] = {name: [] for name in [*ways, "process"]}
    with tempfile.TemporaryDirectory() as folder:
        ways["process"] = _in_process(Path(folder))
        for name, work in ways.items():
            _watched(app, work)  # warm-up
        for _ in range(args.n):
            for name, work in ways.items():
                runs[name].append(_watched(app, work))
    result = {name: {key: statistics.median(r[key] for r in rounds) for key in rounds[0]}
              for name, rounds in runs.items()}
    for name, figures in result.items():
        print(f"{name:<24} {figures['seconds']:6.2f} s  late ticks {figures['late_ticks']:4.0f}  "
              f"longest gap {figures['longest_gap_ms']:6.0f} ms")
    RESULTS_FILE.parent.mkdir(exist_ok=True)
    RESULTS_FILE.write_text(json.dumps({"rounds": args.n, "medians": result}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
