"""File handling of the main window: new, open, save, save as, recent files, close prompt.

A mixin of MainWindow (it uses ``self.session``, ``self.settings``, ``set_session``).
Every dialog goes through a classmethod that tests replace, so no modal loop runs there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from ..document import DocumentSession
from ..storage.errors import LoadError, SaveError
from .dialogs.close_prompt import CloseChoice, SaveChangesDialog
from .dialogs.file_dialogs import FileDialogs
from .dialogs.messages import Messages
from .dialogs.template_dialog import TemplateDialog


class FileOperations:
    """New / Open / Save / Save As / Recent / Close for the one window's document."""

    #: The UI language in use ("ja" or "en"); set by app.main.
    language = "en"

    # -- opening ---------------------------------------------------------------------------
    def open_dialog(self) -> bool:
        start = str(Path(self.settings.recent_files[0]).parent) if self.settings.recent_files else ""
        path = FileDialogs.ask_open_path(self, start)
        return self.open_path(path) if path else False

    def open_path(self, path: str | Path) -> bool:
        """Open ``path`` in this window (after asking about unsaved changes)."""
        if not self.maybe_save():
            return False
        try:
            session = DocumentSession.open(path)
        except LoadError as error:
            Messages.error(self, self.tr("Cannot open the plan"), error.message())
            return False
        self.set_session(session)
        self.remember(Path(path))
        return True

    def new_from_template(self) -> bool:
        from . import templates

        choice = TemplateDialog.ask(self, templates.available())
        if choice is None or not self.maybe_save():
            return False
        self.set_session(DocumentSession(templates.new_plan(choice, self.language)))
        return True

    # -- saving --------------------------------------------------------------------------------
    def save(self) -> bool:
        if self.session.path is None or self.session.read_only:
            return self.save_as()
        return self._save_to(self.session.path)

    def save_as(self) -> bool:
        suggested = str(self.session.path) if self.session.path else self.suggested_name()
        path = FileDialogs.ask_save_path(self, suggested)
        return self._save_to(path) if path else False

    def suggested_name(self) -> str:
        title = self.session.plan.settings.title.strip() or self.tr("Untitled")
        safe = "".join(ch for ch in title if ch not in '\\/:*?"<>|').strip() or "plan"
        folder = Path(self.settings.recent_files[0]).parent if self.settings.recent_files else Path.home()
        return str(folder / f"{safe}.scanvas")

    def _save_to(self, path: Path) -> bool:
        try:
            self.session.save(path)
        except SaveError as error:
            Messages.error(self, self.tr("Cannot save the plan"), error.message())
            return False
        self.remember(Path(path))
        self._update_title()
        self._show_banners()
        return True

    # -- closing -------------------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """True when the current document may be dropped (saved, discarded or unmodified)."""
        if not self.session.modified:
            return True
        name = self.session.display_name or self.tr("Untitled")
        choice = SaveChangesDialog.ask(self, name)
        if choice == CloseChoice.SAVE:
            return self.save()
        return choice == CloseChoice.DISCARD

    def quit_app(self) -> None:
        QApplication.closeAllWindows()

    # -- recent files and settings ----------------------------------------------------------
    def remember(self, path: Path) -> None:
        self.settings.add_recent(str(Path(path).resolve()))
        self.menus.rebuild_recent()
        self.persist_settings()

    def clear_recent(self) -> None:
        self.settings.clear_recent()
        self.menus.rebuild_recent()
        self.persist_settings()

    def persist_settings(self) -> None:
        if self.persist:
            self.settings.save(self.qsettings)

    def set_language(self, code: str) -> None:
        """Switch the UI language now and remember it for the next start."""
        from PySide6.QtWidgets import QApplication

        from .. import app
        from . import theme

        self.settings.language = code
        self.persist_settings()
        self.language = app.apply_language(code)
        theme.apply(QApplication.instance(), self.language)
        # Qt also posts LanguageChange to every widget; doing it now keeps the switch
        # immediate (and testable) instead of one event-loop turn later.
        self.retranslate()
        for page in self._pages.values():
            page.retranslate()
