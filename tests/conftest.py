"""Test set-up shared by the whole suite (design.md §8).

- Qt runs offscreen unless QT_QPA_PLATFORM says otherwise (set before any QApplication).
- Every test gets its own QSettings directory (IniFormat), QStandardPaths test mode and
  its own app data folder ($STRATEGY_CANVAS_DATA_DIR), so no test reads or writes the
  real user's settings, recent files, recovery copies or crash logs.
- A test that uses ``qtbot``, ``qapp`` or ``qtmodeltester`` is marked ``gui``
  automatically: ``pytest -m "not gui"`` runs the fast, Qt-free core alone.
- No QApplication is created here: pytest-qt's ``qapp`` fixture does that on demand.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

if not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
if not os.environ.get("XDG_RUNTIME_DIR"):
    # Without it Qt warns ("QStandardPaths: XDG_RUNTIME_DIR not set"), which fails the test
    # under qt_log_level_fail = WARNING. mkdtemp gives the 0700 mode Qt insists on.
    _runtime_dir = tempfile.mkdtemp(prefix="canvas-xdg-runtime-")
    atexit.register(shutil.rmtree, _runtime_dir, ignore_errors=True)
    os.environ["XDG_RUNTIME_DIR"] = _runtime_dir

import pytest  # noqa: E402
from hypothesis import settings as hypothesis_settings  # noqa: E402
from PySide6.QtCore import QSettings, QStandardPaths  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parent.parent

QStandardPaths.setTestModeEnabled(True)

# No deadline: timing belongs in bench/, not in tests (a 2-core CI machine is slow).
hypothesis_settings.register_profile("dev", deadline=None)
hypothesis_settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
hypothesis_settings.load_profile(
    os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev")
)

GUI_FIXTURES = frozenset({"qtbot", "qapp", "qtmodeltester"})


@pytest.hookimpl(tryfirst=True)  # before -m deselects, so that -m "not gui" sees the mark
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if GUI_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path_factory: pytest.TempPathFactory):
    """Point every QSettings at a fresh temporary directory of ini files.

    Both formats are redirected: ``QSettings()`` uses the default format (IniFormat here),
    but ``QSettings(org, app)`` always uses NativeFormat, which has its own path.
    """
    settings_dir = str(tmp_path_factory.mktemp("qsettings"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, settings_dir)
    yield settings_dir


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app's data folder (recovery copies, crash logs) is a fresh temporary folder per
    test: QStandardPaths test mode alone shares one folder between all tests and runs."""
    from canvas_app.storage.paths import ENV_DATA_DIR

    folder = tmp_path_factory.mktemp("appdata")
    monkeypatch.setenv(ENV_DATA_DIR, str(folder))
    return folder


@pytest.fixture
def samples_dir() -> Path:
    """resources/samples: the sample plans shipped with the app."""
    return REPO_ROOT / "resources" / "samples"


@pytest.fixture
def data_dir() -> Path:
    """tests/data: frozen files (one per released schema version, bad files, …)."""
    return REPO_ROOT / "tests" / "data"
