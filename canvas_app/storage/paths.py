"""The app's own data folder (recovery copies, crash logs), outside the user's files.

``$STRATEGY_CANVAS_DATA_DIR`` overrides it (a portable install, or a test). Otherwise it
is ``QStandardPaths.GenericDataLocation/StrategyCanvas/StrategyCanvas``: the same folder
for the GUI and the command line whatever application name Qt was given — on Linux
``~/.local/share/StrategyCanvas/StrategyCanvas`` (Qt's AppDataLocation for our names),
on Windows under ``%LOCALAPPDATA%``, on macOS under ``~/Library/Application Support``.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths

__all__ = ["ENV_DATA_DIR", "data_dir", "recovery_dir", "crash_dir"]

ENV_DATA_DIR = "STRATEGY_CANVAS_DATA_DIR"
_NAMES = ("StrategyCanvas", "StrategyCanvas")


def data_dir() -> Path:
    """The data folder (not created here)."""
    override = os.environ.get(ENV_DATA_DIR, "").strip()
    if override:
        return Path(override)
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    if not base:  # pragma: no cover - no home folder at all
        base = os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base).joinpath(*_NAMES)


def recovery_dir() -> Path:
    """Where autosave keeps recovery copies."""
    return data_dir() / "recovery"


def crash_dir() -> Path:
    """Where crash logs go."""
    return data_dir() / "crash"
