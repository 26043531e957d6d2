"""Helpers for the recovery, lock and save-failure GUI tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from canvas_app.storage.paths import ENV_DATA_DIR
from canvas_app.storage.process import host_name

REPO = Path(__file__).resolve().parents[2]

# The real application on FILE, in its own process: once its window is up (and has
# locked the plan), it edits the plan, writes the recovery copy as autosave would on
# losing focus, and says so. Then it waits in its event loop to be killed.
APP_THAT_EDITS = r"""
import os, sys
from PySide6.QtCore import Qt, QTimer
import canvas_app.ui.recovery as recovery
from canvas_app.commands import EditField

original = recovery.start_up

def start_up(window, **kwargs):
    original(window, **kwargs)
    window.session.push(EditField(window.session, "g-rev", "owner", "Edited before the crash"))
    window.autosaver.on_application_state(Qt.ApplicationState.ApplicationInactive)
    print("READY", os.getpid(), window.autosaver.writes, window.session.lock is not None, flush=True)

recovery.start_up = start_up
from canvas_app.app import main
sys.exit(main(file=sys.argv[1], lang="en"))
"""


def dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True)
    return int(done.stdout)


def as_if_written_by(file: Path, pid: int, host: str | None = None) -> Path:
    """Make a recovery copy look written by another process (one that crashed)."""
    record = json.loads(file.read_text(encoding="utf-8"))
    record.update(pid=pid, host=host or host_name(), process_start="")
    file.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return file


def start_app(file: Path, config_dir: Path) -> subprocess.Popen[str]:
    """APP_THAT_EDITS on ``file``, sharing this test's data folder, with its own settings."""
    env = dict(os.environ)
    env.update(PYTHONPATH=str(REPO) + os.pathsep + env.get("PYTHONPATH", ""), QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(config_dir), LANG="C.UTF-8")
    assert env.get(ENV_DATA_DIR)
    return subprocess.Popen([sys.executable, "-c", APP_THAT_EDITS, str(file)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, cwd=REPO)
