"""Helpers for the CLI tests: run canvas-app in-process or in a fresh interpreter."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from canvas_app.cli import main

REPO = Path(__file__).resolve().parents[2]
FROZEN_V1 = REPO / "tests" / "data" / "schema_v1.scanvas"


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    """``canvas-app ARGV`` in this process: (exit code, stdout, stderr)."""
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _environment(env: dict[str, str] | None = None) -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("LANG", "LC_", "LANGUAGE"))}
    environment.update({"PYTHONPATH": str(REPO) + os.pathsep + environment.get("PYTHONPATH", ""), "LANG": "C.UTF-8",
                        "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"})
    environment.update(env or {})
    return environment


def run_process(*argv: str, env: dict[str, str] | None = None, code: str | None = None,
                timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """``python -c CODE`` (default: run canvas-app with ARGV) in a fresh interpreter."""
    script = code or "import sys; from canvas_app.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", script, *argv], capture_output=True, text=True, encoding="utf-8",
                          env=_environment(env), cwd=REPO, timeout=timeout)


_HOLD = """
import sys
from canvas_app.storage.lock import acquire
held = acquire(sys.argv[1])
print("held" if held else "no lock", flush=True)
sys.stdin.readline()
held.release()
"""


@contextmanager
def lock_held_elsewhere(plan: Path) -> Iterator[int]:
    """Another process on this machine holds the lock of ``plan`` (as an open window
    does) until the block ends; yields its pid."""
    child = subprocess.Popen([sys.executable, "-c", _HOLD, str(plan)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             text=True, env=_environment(), cwd=REPO)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "held"
        yield child.pid
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(timeout=60)


def dead_pid() -> int:
    """The pid of a process that has exited (and been reaped)."""
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True)
    return int(done.stdout)


def folder_state(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` with its hash: proves what was written or left behind."""
    return {p.name: digest(p) for p in sorted(folder.iterdir()) if p.is_file()}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_sentence(text: str) -> str:
    """stderr must be exactly one line, never a traceback."""
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]
