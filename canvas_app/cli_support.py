"""What every command of ``canvas-app`` shares: exit codes, the failure that carries the
user's sentence, printing, loading the plan, and the crash log.

``cli.py`` (the parser and dispatcher) and the command modules (``cli_export``,
``cli_write``, ``cli_report``) all import from here, never from each other upwards, so
the command line has no import circle (the layers contract in pyproject.toml).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from canvas_app.storage.project_file import LoadError, LoadedPlan, load_plan

__all__ = ["EXIT_OK", "EXIT_FAILURE", "EXIT_USAGE", "EXIT_INPUT", "EXIT_OUTPUT", "Failure", "UsageError",
           "say", "load", "log_crash"]

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_INPUT, EXIT_OUTPUT = 0, 1, 2, 3, 4


class UsageError(Exception):
    """The command line itself is wrong (exit 2); the message says how."""


class Failure(Exception):
    """A command failed with a message for the user and an exit code."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message


def say(text: str, stream: Any = None) -> None:
    print(text, file=stream or sys.stdout)


def load(path: Path, lang: str) -> LoadedPlan:
    """The plan at ``path``, its warnings printed in ``lang``; a file that cannot be read
    is a ``Failure`` with exit 3."""
    from canvas_app.i18n import language

    try:
        loaded = load_plan(path)
    except LoadError as error:
        raise Failure(EXIT_INPUT, error.message(language(lang))) from None
    for warning in loaded.warnings:
        say(QCoreApplication.translate("Cli", "Warning: {message}").format(message=warning.message(language(lang))),
            sys.stderr)
    return loaded


def log_crash() -> Path | None:
    """Write the traceback being handled to a log file; its path, or None."""
    try:
        folder = Path(tempfile.gettempdir()) / "strategy-canvas"
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        path = folder / f"canvas-app-error-{stamp}-{os.getpid()}.log"
        path.write_text(traceback.format_exc(), encoding="utf-8")
        return path
    except Exception:  # noqa: BLE001 - logging must not fail the error path
        return None
