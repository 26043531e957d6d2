"""The main window: the step navigator on the left, the pages on the right, menus on top.

File handling (open, save, recent files, close prompt) lives in ``file_ops``; the menus
are built in ``menus``. The window shows one DocumentSession at a time.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from ..document import DocumentSession
from ..settings import STEPS, AppSettings
from ..text.language import Language
from . import facts, theme
from .dialogs.lock_dialog import locked_banner_text
from .file_ops import FileOperations
from .menus import Menus
from .navigator import StepNavigator
from .steps import page_class
from .steps.base import StepPage
from .widgets.banner import Banner


class MainWindow(FileOperations, QMainWindow):
    """The application window.

    Attributes:
        session: the open plan.
        settings: the user's settings (saved when they change and on close).
        navigator / pages: the step list and the stack of pages (created on first show).

    Signals:
        sessionChanged(DocumentSession): another plan was opened or created.
    """

    sessionChanged = Signal(object)

    def __init__(self, session: DocumentSession, settings: AppSettings | None = None,
                 qsettings: QSettings | None = None, *, persist: bool = True, language: Language | None = None,
                 first_step: str = "overview") -> None:
        """``language`` is the UI language in use (default: the class's, English);
        ``first_step`` the page shown first: the only page built before the window is
        shown (start-up time, bench/startup.py)."""
        super().__init__()
        if language is not None:
            self.language = language  # before the menus are built: they check it
        self.settings = settings or AppSettings()
        self.qsettings = qsettings
        self.persist = persist and qsettings is not None
        self.session = session
        self._pages: dict[str, StepPage] = {}
        theme.set_zoom(QApplication.instance(), self.settings.zoom)  # before any widget is sized

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.navigator = StepNavigator()  # its width follows the zoom
        row.addWidget(self.navigator)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        self.read_only_banner = Banner()
        self.read_only_banner.actionTriggered.connect(self.save_as)
        self.warning_banner = Banner()
        self._banner_holders = []
        for banner in (self.read_only_banner, self.warning_banner):
            holder = QVBoxLayout()
            holder.addWidget(banner)
            right.addLayout(holder)
            self._banner_holders.append(holder)
        self._apply_zoom_sizes()
        self.pages = QStackedWidget()
        right.addWidget(self.pages, 1)
        row.addLayout(right, 1)
        self.setCentralWidget(central)
        for step in STEPS:
            self.pages.addWidget(QWidget())  # placeholders; real pages on first show

        self.menus = Menus(self)
        self._init_safety()  # autosave (file_ops): before the first document is attached
        self.navigator.stepSelected.connect(self.show_step)
        self.resize(1280, 800)
        self._attach(session)
        self.navigator.select_step(first_step if first_step in STEPS else "overview")

    # -- pages --------------------------------------------------------------------------
    def page(self, step: str) -> StepPage:
        """The page of ``step``, created (and its module imported) on first use."""
        if step not in self._pages:
            page = page_class(step)(self.session, language=self.language)
            page.navigateRequested.connect(self.navigate_to)
            index = STEPS.index(step)
            placeholder = self.pages.widget(index)
            self.pages.insertWidget(index, page)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            self._pages[step] = page
        return self._pages[step]

    def current_step(self) -> str:
        return STEPS[self.pages.currentIndex()]

    def show_step(self, step: str) -> None:
        if step not in STEPS:
            step = "overview"
        page = self.page(step)
        self.pages.setCurrentWidget(page)
        if self.navigator.current_step() != step:
            self.navigator.select_step(step)
        self.settings.last_step = step

    def navigate_to(self, step: str, item_id: str = "") -> None:
        """Show the page of ``step`` and, when given, the item ``item_id`` on it."""
        if not step or step == "overview":
            step = facts.step_of_item(self.session.plan, item_id)
        self.show_step(step)
        if item_id:
            self.page(step).select_item(item_id)

    # -- the session ---------------------------------------------------------------------
    def set_session(self, session: DocumentSession) -> None:
        """Show another plan (the previous session is dropped)."""
        old = self.session
        old.changed.disconnect(self._update_completion)
        old.modifiedChanged.disconnect(self.setWindowModified)
        old.pathChanged.disconnect(self._update_title)
        self._attach(session)
        for page in self._pages.values():
            page.set_session(session)
        self._safety_detach(old)  # its recovery copy and lock go with it
        self._retire(old)
        self.sessionChanged.emit(session)

    @staticmethod
    def _retire(session: DocumentSession) -> None:
        """Drop a session. Its stack is emptied while the session is still whole: a
        QUndoStack destroyed dirty emits cleanChanged from its destructor, into the
        session's lambda, after the session itself is gone."""
        session.undo_stack.clear()
        if session.parent() is not None:
            session.deleteLater()

    def _attach(self, session: DocumentSession) -> None:
        self.session = session
        if session.parent() is None:
            session.setParent(self)
        session.changed.connect(self._update_completion)
        session.modifiedChanged.connect(self.setWindowModified)
        session.pathChanged.connect(self._update_title)
        self._safety_attach(session)
        self.menus.attach_undo_stack(session.undo_stack)
        self.setWindowModified(session.modified)
        self._update_title()
        self._update_completion()
        self._show_banners()

    def _update_title(self) -> None:
        name = self.session.display_name or self.tr("Untitled")
        self.setWindowTitle(self.tr("%1[*] — Strategy Canvas").replace("%1", name))
        self.menus.update_file_actions()

    def _update_completion(self, _change: object = None) -> None:
        for step, progress in facts.step_completion(self.session.plan).items():
            self.navigator.set_completion(step, progress)

    def _show_banners(self) -> None:
        if self.session.read_only and self.session.read_only_reason == "locked":
            self.read_only_banner.show_message(
                locked_banner_text(self.session.display_name, self.session.locked_by),
                "warning", self.tr("Save As…"), closable=False)
        elif self.session.read_only:
            self.read_only_banner.show_message(
                self.tr("This plan was saved by a newer version of Strategy Canvas, so it is open "
                        "read-only. Use Save As to keep your changes in a new file."),
                "warning", self.tr("Save As…"), closable=False)
        else:
            self.read_only_banner.hide()
        messages = [w.message(self.language) if hasattr(w, "message") else str(w) for w in self.session.warnings]
        # Shown once: the session forgets its warnings once they are on screen.
        self.session.warnings = []
        if messages:
            self.warning_banner.show_message("\n".join(messages), "info")
        else:
            self.warning_banner.hide()

    # -- zoom ---------------------------------------------------------------------------------
    def zoom_in(self) -> None:
        self.set_zoom(theme.next_zoom(theme.zoom_percent(), +1))

    def zoom_out(self) -> None:
        self.set_zoom(theme.next_zoom(theme.zoom_percent(), -1))

    def reset_zoom(self) -> None:
        self.set_zoom(100)

    def set_zoom(self, percent: int) -> None:
        """Zoom the whole UI (pages keep their state), remember it, say so briefly."""
        percent = theme.set_zoom(QApplication.instance(), percent)
        if self.settings.zoom != percent:
            self.settings.zoom = percent
            self.persist_settings()
        self.statusBar().showMessage(self.tr("Zoom %1 %").replace("%1", str(percent)), 2500)

    def _apply_zoom_sizes(self) -> None:
        for holder in self._banner_holders:
            holder.setContentsMargins(theme.px(16), theme.px(8), theme.px(16), 0)

    # -- language and close ----------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._apply_zoom_sizes()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.menus.retranslate()
        self.navigator.retranslate()
        self._update_title()
        self._update_completion()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.maybe_save():
            event.ignore()
            return
        self.store_settings()
        self._safety_detach(self.session)  # closed: no recovery copy, no lock
        self.session.undo_stack.clear()  # see _retire: the window may be deleted next
        event.accept()

    def store_settings(self) -> None:
        if not self.persist:
            return
        self.settings.geometry = AppSettings.encode_bytes(self.saveGeometry())
        self.settings.last_step = self.current_step()
        self.settings.save(self.qsettings)

    def restore_geometry(self) -> None:
        if self.settings.geometry:
            self.restoreGeometry(AppSettings.decode_bytes(self.settings.geometry))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
