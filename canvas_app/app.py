"""The GUI entry point: QApplication set-up, language, fonts, the first document, main().

``canvas_app.cli`` calls :func:`main` for the GUI (and for ``--screenshot`` and
``--bench-first-paint``); it returns the process exit code (design.md §5).

Start-up stays lean (bench/startup.py measures it): the pages other than the first are
imported and built when first shown, and work the first paint does not need waits until
after it. With ``CANVAS_BENCH_PHASES=1`` the first-paint benchmark also reports how long
each start-up phase took (:class:`StartupPhases`).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QSize, QTimer

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

ORGANIZATION = "StrategyCanvas"
APPLICATION = "StrategyCanvas"
SCREENSHOT_SIZE = QSize(1280, 800)

EXIT_OK, EXIT_USAGE, EXIT_BAD_INPUT, EXIT_CANNOT_WRITE = 0, 2, 3, 4


class StartupPhases:
    """Start-up phase timings for the first-paint benchmark (bench/startup.py).

    Off unless the environment sets ``CANVAS_BENCH_PHASES=1``; then ``--bench-first-paint``
    prints, after the ``PAINTED`` line, one JSON line ``{"phases_ms": {...}, "cpu_ms": {...},
    "origin": ...}`` with the milliseconds from the origin to the end of each phase, and the
    process's CPU time (all threads, since it started) at that point, in order:

    - ``gui_main``: Python started, ``canvas_app.cli`` imported (pydantic, the model,
      storage, QtCore), arguments parsed: :func:`main` begins;
    - ``imports``: QtWidgets and the window's modules imported;
    - ``qapp``: QApplication, settings, translators, fonts and style sheet ready;
    - ``plan_loaded``: the plan read, migrated and validated, its session made;
    - ``window_built``: the main window built with its first page filled in;
    - ``first_paint``: the window shown and painted.

    The origin is the parent's ``time.monotonic()`` just before it spawned this process
    when it passes one in ``CANVAS_BENCH_SPAWNED_AT`` (the benchmark does: the monotonic
    clock is system-wide), else the start of :func:`main`.
    """

    ENABLE = "CANVAS_BENCH_PHASES"
    SPAWNED_AT = "CANVAS_BENCH_SPAWNED_AT"

    def __init__(self, enabled: bool, origin: float | None = None) -> None:
        self.enabled = enabled
        self._origin = origin
        self.marks: dict[str, float] = {}
        self.cpu: dict[str, float] = {}

    @classmethod
    def from_environment(cls) -> StartupPhases:
        enabled = os.environ.get(cls.ENABLE, "").strip() not in ("", "0")
        try:
            origin = float(os.environ[cls.SPAWNED_AT]) if enabled else None
        except (KeyError, ValueError):
            origin = None
        return cls(enabled, origin)

    def mark(self, phase: str) -> None:
        if self.enabled:
            self.marks[phase] = time.monotonic()
            self.cpu[phase] = time.process_time()

    def report(self) -> str:
        """The JSON line, or "" when off."""
        if not self.enabled or not self.marks:
            return ""
        origin = self._origin if self._origin is not None else next(iter(self.marks.values()))
        return json.dumps({
            "phases_ms": {phase: round((at - origin) * 1000, 1) for phase, at in self.marks.items()},
            "cpu_ms": {phase: round(at * 1000, 1) for phase, at in self.cpu.items()},
            "origin": "spawn" if self._origin is not None else "gui_main",
        })


def main(file: str | Path | None = None, lang: str | None = None, screenshot: str | Path | None = None,
         step: str = "overview", bench_first_paint: bool = False, size: tuple[int, int] | None = None,
         zoom: int | None = None, section: str | None = None, select: str | None = None) -> int:
    """Run the GUI; returns the exit code.

    Args:
        file: the plan to open; without it the most recent file, or on first start a
            sample plan as an untitled, unmodified copy.
        lang: "ja" or "en", overriding the saved setting and the system language.
        screenshot: render page ``step`` to this PNG and exit.
        bench_first_paint: print "PAINTED" after the first paint of the window and exit.
        size: the window size (width, height) of the screenshot (default 1280×800).
        zoom: the zoom of the screenshot in percent (default: the saved one); this run
            only, never saved.
        section: the part of the page to show (``StepPage.show_section``); a name the
            page does not know is a usage error (exit code 2).
        select: the item to select on the page first (``StepPage.select_item``); an id
            the page does not show is a usage error.
    """
    phases = StartupPhases.from_environment()
    phases.mark("gui_main")
    # Everything the first window needs is imported here, up front, so the phases say
    # what each step costs (and none is hidden in another's first call).
    from .document import DocumentSession
    from .settings import AppSettings
    from .storage.errors import LoadError
    from .ui import theme
    from .ui.language import apply_language
    from .ui.main_window import MainWindow

    phases.mark("imports")

    app = _application()
    qsettings = QSettings()
    settings = AppSettings.load(qsettings)
    language = apply_language(lang, settings.language)
    theme.apply(app, language.code)
    headless = screenshot is not None or bench_first_paint
    if headless:
        _quiet_platform_notes()
    if zoom is not None and screenshot is not None:
        settings.zoom = zoom  # this run only: a headless window never saves its settings
    phases.mark("qapp")

    failure = ""
    try:
        session = _first_session(file, settings, language.code)
    except LoadError as error:
        if headless or file is None:
            print(error.message(language), file=sys.stderr)
            return EXIT_BAD_INPUT
        failure = error.message(language)
        session = DocumentSession(_blank_plan(language.code))
    phases.mark("plan_loaded")

    if screenshot is not None:
        first_step = step
    elif bench_first_paint:
        first_step = "overview"
    else:
        first_step = settings.last_step if step == "overview" else step
    window = MainWindow(session, settings, qsettings, persist=not headless, language=language,
                        first_step=first_step)
    phases.mark("window_built")

    if screenshot is not None:
        width, height = size or (SCREENSHOT_SIZE.width(), SCREENSHOT_SIZE.height())
        return _screenshot(app, window, Path(screenshot), step, QSize(width, height), section, select)
    if bench_first_paint:
        return _bench(app, window, phases)

    window.restore_geometry()
    window.show()
    # After the first paint: nothing above is needed to see the plan.
    if file is not None and not failure and session.path is not None:
        QTimer.singleShot(0, lambda: window.remember(session.path))
    if failure:
        from .ui.dialogs.messages import Messages

        QTimer.singleShot(0, lambda: Messages.error(
            window, QCoreApplication.translate("App", "Cannot open the plan"), failure))
    # Once the window is up: lock its plan and offer what a crashed session left
    # (ui/recovery.py); from now on an unexpected error shows a dialog, never a traceback.
    from .crash import install as install_crash_handler
    from .ui.recovery import start_up

    crash_handler = install_crash_handler()
    QTimer.singleShot(0, lambda: start_up(window, ask_lock=file is not None))
    try:
        return app.exec()
    finally:
        crash_handler.uninstall()


def _quiet_platform_notes() -> None:
    """Keep stderr to the one sentence the command line promises: the offscreen platform
    warns on every window it shows that it cannot pass size hints to a window manager."""
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(kind, context, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)


def _application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    app = QCoreApplication.instance()
    if app is not None and not isinstance(app, QApplication):
        # The CLI may have made a QCoreApplication to translate its messages; widgets
        # need a QApplication, and there can be only one: replace it.
        app.shutdown()
        app = None
    if app is None:
        QApplication.setOrganizationName(ORGANIZATION)
        QApplication.setApplicationName(APPLICATION)
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Strategy Canvas")
    from . import __version__

    app.setApplicationVersion(__version__)
    return app


def _blank_plan(language: str):
    from .ui import templates

    return templates.new_plan("blank", language)


def _first_session(file, settings, language):
    """The document to show at start: FILE, else the most recent file, else a sample."""
    from .document import DocumentSession

    if file is not None:
        return DocumentSession.open(Path(file))
    from .storage.errors import LoadError

    for recent in settings.recent_files[:1]:
        try:
            return DocumentSession.open(Path(recent))
        except LoadError:
            break  # fall through to a fresh plan; the file stays in the recent list
    if settings.recent_files:
        return DocumentSession(_blank_plan(language))
    from .ui import templates

    # First start: a sample as an untitled, unmodified copy, so it is never overwritten.
    try:
        return DocumentSession(templates.new_plan(templates.sample_for_language(language), language))
    except (LoadError, LookupError):
        return DocumentSession(_blank_plan(language))


class _PaintWatcher(QObject):
    """Notices the first paint of a widget (or of any of its children)."""

    def __init__(self, on_paint) -> None:
        super().__init__()
        self.painted = False
        self._on_paint = on_paint

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            QTimer.singleShot(0, self._on_paint)
        return False


def _bench(app: QApplication, window, phases: StartupPhases) -> int:
    def report() -> None:
        phases.mark("first_paint")
        timings = phases.report()
        sys.stdout.write("PAINTED\n" + (timings + "\n" if timings else ""))
        sys.stdout.flush()
        app.quit()

    watcher = _PaintWatcher(report)
    window.installEventFilter(watcher)
    window.show()
    code = app.exec()
    window.removeEventFilter(watcher)
    return code


def _screenshot(app: QApplication, window, out: Path, step: str, size: QSize = SCREENSHOT_SIZE,
                section: str | None = None, select: str | None = None) -> int:
    from PySide6.QtCore import QDeadlineTimer, QEventLoop
    from PySide6.QtGui import QCursor

    window.show_step(step)
    window.resize(size)
    QCursor.setPos(window.screen().geometry().bottomRight())  # no hover highlight in the picture
    watcher = _PaintWatcher(lambda: None)
    window.installEventFilter(watcher)
    window.show()
    deadline = QDeadlineTimer(5000)
    while not watcher.painted and not deadline.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    window.removeEventFilter(watcher)
    if select and not window.page(step).select_item(select):
        message = QCoreApplication.translate("App", "The page “%1” does not show “%2”.")
        print(message.replace("%1", step).replace("%2", select), file=sys.stderr)
        _discard(window)
        return EXIT_USAGE
    if section and not window.page(step).show_section(section):
        message = QCoreApplication.translate("App", "The page “%1” has no section “%2”.")
        print(message.replace("%1", step).replace("%2", section), file=sys.stderr)
        _discard(window)
        return EXIT_USAGE
    for _ in range(5):  # let deferred layouts and scrolls settle
        app.processEvents()
    image = window.grab()
    ok = False
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        ok = image.save(str(out), "PNG")
    except OSError:
        ok = False
    _discard(window)
    if not ok:
        message = QCoreApplication.translate("App", "Could not write the screenshot to %1.")
        print(message.replace("%1", str(out)), file=sys.stderr)
        return EXIT_CANNOT_WRITE
    return EXIT_OK


def _discard(window) -> None:
    """Close a headless window without prompts, saved settings or recovery copies."""
    window.persist = False
    window.session.undo_stack.setClean()
    window.close()
