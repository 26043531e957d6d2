"""File handling of the main window: new, open, save, save as, recent files, close prompt,
and keeping the work safe: the plan's lock file, autosave, saving under faults.

A mixin of MainWindow (it uses ``self.session``, ``self.settings``, ``set_session``).
Every dialog goes through a classmethod that tests replace, so no modal loop runs there.

- Opening a plan takes its lock (``storage.lock``); when another instance or person has
  it, ``LockedDialog`` says who and since when and offers read-only or cancel.
  Read-only plans (newer version, or in use) take no lock.
- A failed save says why in one sentence and offers Save As (``SaveFailedDialog``); the
  document stays modified and the file untouched. A file replaced by someone else since
  we opened it is not overwritten without asking (``SaveConflictDialog``).
- The ``Autosaver`` keeps a recovery copy of unsaved changes; closing the document (or
  saving it) removes the copy and releases the lock.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from ..document import DocumentSession
from ..storage import lock as file_lock
from ..storage.errors import LoadError, SaveError
from ..text.language import Language
from .autosave import Autosaver
from .dialogs.close_prompt import CloseChoice, SaveChangesDialog
from .dialogs.file_dialogs import FileDialogs
from .dialogs.lock_dialog import LockChoice, LockedDialog, holder_text
from .dialogs.messages import Messages
from .dialogs.new_plan_dialog import NewPlanDialog
from .dialogs.save_problems import ConflictChoice, SaveConflictDialog, SaveFailedDialog


class FileOperations:
    """New / Open / Save / Save As / Recent / Close for the one window's document."""

    #: The UI language in use: set by app.main, replaced by ``set_language``; the pages'
    #: binders and the dialogs get it from here.
    language = Language("en")

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
            Messages.error(self, self.tr("Cannot open the plan"), error.message(self.language))
            return False
        if not self.claim_lock(session):
            return False
        self.set_session(session)
        self.remember(Path(path))
        return True

    def new_from_template(self) -> bool:
        """File ▸ New: the New plan wizard, then the plan from the chosen template with the
        chosen settings, opened unsaved (the template file is only read)."""
        from ..model.setup import apply_setup
        from ..storage.samples import UnknownTemplate
        from . import templates

        choice = NewPlanDialog.ask(self, templates.available(), self.language)
        if choice is None or not self.maybe_save():
            return False
        try:
            plan = apply_setup(templates.new_plan(choice.template, self.language.code),
                               company_name=choice.company_name,
                               fiscal_year_start_month=choice.fiscal_year_start_month,
                               money_unit=choice.money_unit, departments=choice.departments)
        except LoadError as error:
            Messages.error(self, self.tr("Cannot create the plan"), error.message(self.language))
            return False
        except UnknownTemplate:
            Messages.error(self, self.tr("Cannot create the plan"),
                           self.tr("The template “%1” is not available.").replace("%1", choice.template))
            return False
        except ValueError:  # the wizard validates first; this is the model's last word
            Messages.error(self, self.tr("Cannot create the plan"),
                           self.tr("The plan's settings are not valid. Check the company name and the departments."))
            return False
        self.set_session(DocumentSession(plan))
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

    def _save_to(self, path: Path, *, overwrite: bool = False) -> bool:
        path = Path(path)
        session = self.session
        new_lock = None
        new_file = path != session.path
        if new_file:
            try:
                new_lock = file_lock.acquire(path)
            except file_lock.LockedError as locked:
                text = self.tr("“%1” is open by %2. Save under another name.")
                Messages.error(self, self.tr("Cannot save the plan"),
                               text.replace("%1", path.name).replace("%2", holder_text(locked.info)))
                return False
        try:
            session.save(path, overwrite=overwrite)
        except SaveError as error:
            if new_lock is not None:
                new_lock.release()
            if error.code == "changed_on_disk":
                choice = SaveConflictDialog.ask(self, path.name)
                if choice == ConflictChoice.OVERWRITE:
                    return self._save_to(path, overwrite=True)
                return self.save_as() if choice == ConflictChoice.SAVE_AS else False
            if SaveFailedDialog.ask(self, error.message(self.language)):
                return self.save_as()
            return False
        if new_file:
            session.release_lock()
            session.lock = new_lock
            if session.read_only_reason == "locked":  # a new file of our own: no longer in use elsewhere
                session.read_only, session.read_only_reason, session.locked_by = False, "", None
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

    # -- keeping the work safe -----------------------------------------------------------------
    def claim_lock(self, session: DocumentSession, *, ask: bool = True) -> bool:
        """Take the lock of a plan about to be shown. When someone else has it: ask
        (``ask``) or simply open it read-only. False when the user cancelled."""
        if session.read_only or session.path is None or session.lock is not None:
            return True
        try:
            session.lock = file_lock.acquire(session.path)
        except file_lock.LockedError as locked:
            if ask and LockedDialog.ask(self, session.display_name, locked.info) != LockChoice.READ_ONLY:
                return False
            session.read_only, session.read_only_reason, session.locked_by = True, "locked", locked.info
            if session is getattr(self, "session", None):
                self._update_title()
                self._show_banners()
        return True

    def _init_safety(self) -> None:
        """Called by MainWindow.__init__ before the first document is attached."""
        self.autosaver = Autosaver(self, self.settings.autosave_seconds)
        self._other_windows: list = []

    def _safety_attach(self, session: DocumentSession) -> None:
        self.autosaver.attach(session)

    def _safety_detach(self, session: DocumentSession) -> None:
        """The document leaves the window (saved, discarded or unmodified): its recovery
        copy and its lock go."""
        self.autosaver.remove_copy(session)
        session.release_lock()

    def open_window(self, session: DocumentSession):
        """Show ``session`` in a new window (recovery of several plans)."""
        window = type(self)(session, self.settings, self.qsettings, persist=self.persist, language=self.language)
        self._other_windows.append(window)
        window.show()
        return window

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

        from . import theme
        from .language import apply_language

        self.settings.language = code
        self.persist_settings()
        self.language = apply_language(code)
        theme.apply(QApplication.instance(), self.language.code)
        # Qt also posts LanguageChange to every widget; doing it now keeps the switch
        # immediate (and testable) instead of one event-loop turn later.
        self.retranslate()
        for page in self._pages.values():
            page.set_language(self.language)
