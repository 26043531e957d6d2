"""No traceback ever reaches the user of the GUI.

:func:`install` replaces ``sys.excepthook`` and ``threading.excepthook`` (PySide6 hands
exceptions raised in slots and event handlers to ``sys.excepthook``). On an unexpected
exception the handler

1. writes a crash log (traceback, versions, platform) to the data folder's ``crash``
   folder (:func:`write_crash_log`);
2. writes the recovery copy of every open plan with unsaved changes (autosave), so a
   restart offers them even if the app dies next;
3. shows :class:`~canvas_app.ui.dialogs.crash_dialog.CrashDialog`, which offers to save a
   copy of the open plans to a safe folder (:func:`rescue_dir`, never over their files).

An exception in a worker thread is logged at once and reported in the GUI thread. If
reporting itself fails, one line goes to stderr — never a second traceback. The command
line has its own handler (``canvas_app.cli.main``: one sentence and exit code 1).

This module imports only the standard library at import time (start-up stays fast).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import platform
import signal
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any

__all__ = ["install", "CrashHandler", "write_crash_log", "rescue_dir", "rescue_copies"]

log = logging.getLogger(__name__)


def write_crash_log(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None,
                    folder: Path | None = None, thread: str = "") -> Path | None:
    """Write the crash log; returns its path (None when it could not be written)."""
    try:
        import canvas_app
        from canvas_app.storage.paths import crash_dir

        folder = folder or crash_dir()
        folder.mkdir(parents=True, exist_ok=True)
        now = dt.datetime.now()
        path = folder / f"crash-{now:%Y%m%d-%H%M%S}-{os.getpid()}.log"
        try:
            from PySide6 import __version__ as pyside_version
        except ImportError:  # pragma: no cover - PySide6 is a dependency
            pyside_version = "?"
        header = [
            f"Strategy Canvas {canvas_app.__version__} crash report",
            f"time: {now.isoformat(timespec='seconds')}",
            f"python: {sys.version.split()[0]}  PySide6: {pyside_version}  platform: {platform.platform()}",
            f"pid: {os.getpid()}" + (f"  thread: {thread}" if thread else ""),
            "",
        ]
        body = "".join(traceback.format_exception(exc_type, exc, tb))
        with open(path, "a", encoding="utf-8", errors="backslashreplace") as handle:
            handle.write("\n".join(header) + body + "\n")
        return path
    except Exception:  # noqa: BLE001 - the crash path must not crash
        return None


def rescue_dir() -> Path:
    """Where "Save a Copy" puts plans: ``Documents/Strategy Canvas rescued`` (the data
    folder's ``rescued`` when no documents folder is known, or when the data folder is
    overridden by ``$STRATEGY_CANVAS_DATA_DIR``, as a portable install or a test does)."""
    from PySide6.QtCore import QStandardPaths

    from canvas_app.storage.paths import ENV_DATA_DIR, data_dir

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and not os.environ.get(ENV_DATA_DIR, "").strip():
        return Path(documents) / "Strategy Canvas rescued"
    return data_dir() / "rescued"


def rescue_copies(sessions: list[Any], folder: Path | None = None) -> list[Path]:
    """Save a copy of each session's plan into ``folder`` as a normal ``.scanvas`` file
    named after the plan and the time; returns the files written. A plan that would not
    validate is written as it is (better a file to repair than nothing)."""
    from canvas_app.storage.atomic import write_atomic
    from canvas_app.storage.project_file import SaveError, save_plan, serialize

    folder = folder or rescue_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    written: list[Path] = []
    for index, session in enumerate(sessions):
        base = session.path.stem if session.path else (session.plan.settings.title.strip() or "Untitled")
        base = "".join(ch for ch in base if ch not in '\\/:*?"<>|').strip()[:80] or "plan"
        target = folder / f"{base} (rescued {stamp}{'-' + str(index + 1) if index else ''}).scanvas"
        try:
            save_plan(session.plan, target, keep_backup=False, schema_version=session.schema_version,
                      extra_envelope=session.envelope_extra)
        except SaveError as error:
            if error.code != "invalid_plan":
                log.warning("rescue copy failed: %s", error)
                continue
            try:
                write_atomic(target, serialize(session.plan, session.envelope_extra,
                                               schema_version=session.schema_version))
            except Exception as exc:  # noqa: BLE001 - try the next plan
                log.warning("rescue copy failed: %r", exc)
                continue
        written.append(target)
    return written


def _open_windows() -> list[Any]:
    from PySide6.QtWidgets import QApplication

    from canvas_app.ui.main_window import MainWindow

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


class CrashHandler:
    """The installed hooks. ``handle`` may be called directly (tests do)."""

    def __init__(self) -> None:
        self.reporting = False
        self.last_log: Path | None = None
        self._bridge: Any = None
        self._previous: tuple[Any, Any] | None = None

    # -- installation --------------------------------------------------------------------
    def install(self) -> None:
        from PySide6.QtCore import QObject, Signal

        class _Bridge(QObject):
            crashed = Signal(object)

        self._bridge = _Bridge()
        self._bridge.crashed.connect(self.report)  # queued when emitted from another thread
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        if hasattr(signal, "SIGXFSZ") and threading.current_thread() is threading.main_thread():
            # A file size limit (ulimit -f) must fail a save with EFBIG, not kill the app.
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    # -- hooks -----------------------------------------------------------------------------
    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            from PySide6.QtWidgets import QApplication

            QApplication.quit()
            return
        self.handle(exc_type, exc, tb)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        exc = args.exc_value if args.exc_value is not None else args.exc_type()
        name = args.thread.name if args.thread is not None else ""
        self.last_log = write_crash_log(args.exc_type, exc, args.exc_traceback, thread=name)
        if self._bridge is not None:
            self._bridge.crashed.emit(self.last_log)  # shown by the GUI thread

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        self.last_log = write_crash_log(exc_type, exc, tb)
        self.report(self.last_log)

    def report(self, log_file: Path | None) -> None:
        """Keep the work safe and tell the user (GUI thread only)."""
        if self.reporting:
            return  # an exception while reporting one: the log has it
        self.reporting = True
        try:
            self._report(log_file)
        except Exception as exc:  # noqa: BLE001 - the last resort is one line on stderr
            try:
                sys.stderr.write(f"Strategy Canvas: unexpected error ({type(exc).__name__}); see {log_file}\n")
            except Exception:  # noqa: BLE001
                pass
        finally:
            self.reporting = False

    def _report(self, log_file: Path | None) -> None:
        from PySide6.QtCore import QCoreApplication

        from canvas_app.ui.dialogs.crash_dialog import CrashDialog
        from canvas_app.ui.dialogs.messages import Messages

        windows = _open_windows()
        for window in windows:
            window.autosaver.write_now()
        sessions = [w.session for w in windows]
        parent = windows[0] if windows else None
        if not CrashDialog.ask(parent, log_file, len(sessions)):
            return
        written = rescue_copies(sessions)
        title = QCoreApplication.translate("Crash", "Copy saved")
        if written:
            text = QCoreApplication.translate("Crash", "A copy of your plan was saved as:\n%1")
            Messages.info(parent, title, text.replace("%1", "\n".join(str(p) for p in written)))
        else:
            text = QCoreApplication.translate("Crash", "No copy could be saved. Your unsaved changes are kept in "
                                                       "the recovery folder and offered at the next start.")
            Messages.error(parent, title, text)


def install() -> CrashHandler:
    """Install the GUI's exception hooks (``app.main`` calls this first)."""
    handler = CrashHandler()
    handler.install()
    return handler
