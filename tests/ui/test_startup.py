"""Start-up: the phase timings bench/startup.py reads, and a window that builds only the
page it shows first."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from canvas_app.app import StartupPhases

REPO = Path(__file__).resolve().parents[2]
PHASES = ["gui_main", "imports", "qapp", "plan_loaded", "window_built", "first_paint"]


def run_bench(samples_dir: Path, **env: str) -> subprocess.CompletedProcess:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env)
    return subprocess.run([sys.executable, "-m", "canvas_app", "--bench-first-paint",
                           str(samples_dir / "saas_en.scanvas"), "--lang", "en"],
                          cwd=REPO, env=environment, capture_output=True, text=True, timeout=120)


def test_the_first_paint_reports_its_phases_in_order_when_asked(samples_dir):
    result = run_bench(samples_dir, CANVAS_BENCH_PHASES="1")
    assert result.returncode == 0, result.stderr
    painted, line = result.stdout.strip().splitlines()
    assert painted == "PAINTED"
    data = json.loads(line)
    assert data["origin"] == "gui_main"
    assert list(data["phases_ms"]) == PHASES == list(data["cpu_ms"])
    times = list(data["phases_ms"].values())
    assert times[0] == 0 and times == sorted(times)


def test_phases_count_from_the_spawn_when_the_parent_says_when(samples_dir):
    result = run_bench(samples_dir, CANVAS_BENCH_PHASES="1", CANVAS_BENCH_SPAWNED_AT=repr(time.monotonic()))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout.strip().splitlines()[1])
    assert data["origin"] == "spawn" and data["phases_ms"]["gui_main"] > 0


def test_phases_are_off_by_default(monkeypatch):
    monkeypatch.delenv("CANVAS_BENCH_PHASES", raising=False)
    phases = StartupPhases.from_environment()
    phases.mark("gui_main")
    assert phases.report() == "" and phases.marks == {}


def test_the_window_builds_only_the_page_it_shows_first(qtbot, session):
    from canvas_app import i18n
    from canvas_app.settings import AppSettings
    from canvas_app.ui.main_window import MainWindow

    window = MainWindow(session, AppSettings(), None, persist=False, language=i18n.language("ja"),
                        first_step="3")
    qtbot.addWidget(window, before_close_func=lambda w: w.session.undo_stack.setClean())
    assert window.current_step() == "3" and window.navigator.current_step() == "3"
    assert set(window._pages) == {"3"}
    assert window.language.code == "ja" and window.menus.actions["lang:ja"].isChecked()
    window.show_step("overview")
    assert set(window._pages) == {"3", "overview"}


def test_an_unknown_first_step_shows_the_overview(qtbot, session):
    from canvas_app.settings import AppSettings
    from canvas_app.ui.main_window import MainWindow

    window = MainWindow(session, AppSettings(), None, persist=False, first_step="nope")
    qtbot.addWidget(window, before_close_func=lambda w: w.session.undo_stack.setClean())
    assert window.current_step() == "overview" and set(window._pages) == {"overview"}
