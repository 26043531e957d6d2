"""Autosave of the window's document: a recovery copy while it has unsaved changes.

Every ``interval`` seconds, and whenever the application loses focus (the user switches
to another program: the moment a crash or a closed lid loses the most), the current
document is written to its recovery copy in the data folder — only when it changed
since the last copy, never over the user's file. A clean save (the undo stack becomes
clean) or closing the document removes the copy. The same timer refreshes the plan's
lock file, so other machines see that it is still in use.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from ..storage import autosave
from ..storage.lock import REFRESH_INTERVAL

if TYPE_CHECKING:
    from ..document import DocumentSession

log = logging.getLogger(__name__)


class Autosaver(QObject):
    """Keeps the recovery copy of one window's current document.

    Attributes:
        folder: where recovery copies go (None: the data folder's ``recovery``).
        last_error: the reason the last write failed ("" when it worked).
        writes: how many copies were written (for tests and diagnostics).
    """

    def __init__(self, parent: QObject, interval_seconds: int, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.last_error = ""
        self.writes = 0
        self._session: DocumentSession | None = None
        self._pending = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.write_now)
        self.set_interval(interval_seconds)
        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(REFRESH_INTERVAL * 1000)
        self._lock_timer.timeout.connect(self.refresh_lock)
        self._lock_timer.start()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self.on_application_state)

    def set_interval(self, seconds: int) -> None:
        self.timer.start(max(1, int(seconds)) * 1000)

    # -- the document ----------------------------------------------------------------
    def attach(self, session: DocumentSession) -> None:
        """Follow ``session`` (the previous one's copy is left to :meth:`remove_copy`)."""
        if self._session is not None:
            try:
                self._session.undo_stack.indexChanged.disconnect(self._on_edit)
                self._session.undo_stack.cleanChanged.disconnect(self._on_clean)
            except (RuntimeError, TypeError):
                pass  # already gone with its window
        self._session = session
        self._pending = False  # a restored copy is on disk already; a fresh plan has no changes
        session.undo_stack.indexChanged.connect(self._on_edit)
        session.undo_stack.cleanChanged.connect(self._on_clean)

    def _on_edit(self, _index: int = 0) -> None:
        self._pending = True

    def _on_clean(self, clean: bool) -> None:
        if clean and self._session is not None:
            self._pending = False
            self.remove_copy(self._session)

    @property
    def pending(self) -> bool:
        """Whether the document has changes that are not in its recovery copy yet."""
        return self._session is not None and self._pending and self._session.modified

    # -- writing -----------------------------------------------------------------------
    def write_now(self) -> bool:
        """Write the recovery copy if the document changed since the last one."""
        session = self._session
        if session is None or not self.pending:
            return False
        try:
            autosave.write_recovery(session.recovery_id, session.plan, original_path=session.path,
                                    original_stamp=session.stamp, schema_version=session.schema_version,
                                    envelope_extra=session.envelope_extra, folder=self.folder)
        except (OSError, ValueError, TypeError, RecursionError) as exc:
            # Never interrupt the user for this: the next tick tries again.
            self.last_error = getattr(exc, "strerror", None) or type(exc).__name__
            log.warning("autosave failed: %r", exc)
            return False
        self.last_error = ""
        self.writes += 1
        self._pending = False
        return True

    def remove_copy(self, session: DocumentSession) -> None:
        """Delete the recovery copy of ``session`` (after a clean save, or on close)."""
        try:
            autosave.discard(autosave.recovery_file(session.recovery_id, self.folder))
        except OSError as exc:
            log.warning("cannot remove recovery copy: %r", exc)

    def on_application_state(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.write_now()

    def refresh_lock(self) -> None:
        if self._session is not None and self._session.lock is not None:
            self._session.lock.refresh()

    def stop(self) -> None:
        self.timer.stop()
        self._lock_timer.stop()
