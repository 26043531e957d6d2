"""Start-up safety: lock the plan the window opened with, then offer what autosave kept
from a session that crashed (``RecoveryDialog``), and restore the chosen copies.

A restored plan opens *unsaved* (its undo stack can never become clean until saved),
with the path of the file it came from, so Save writes there — after the usual check
that nobody changed that file since the copy's session opened it. Its recovery copy
stays on disk until a clean save or close, like any unsaved document's.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..document import DocumentSession
from ..storage import autosave
from ..storage.autosave import RecoveryCopy
from ..storage.errors import LoadError
from .dialogs.messages import Messages
from .dialogs.recovery_dialog import RecoveryChoice, RecoveryDialog
from ..text.when import local_time

if TYPE_CHECKING:
    from .main_window import MainWindow


def start_up(window: MainWindow, *, ask_lock: bool = True) -> None:
    """Called once the first window is on screen (``app.main``)."""
    if not window.claim_lock(window.session, ask=ask_lock):
        from . import templates

        window.set_session(DocumentSession(templates.new_plan("blank", window.language.code)))
    offer_recovery(window)


def offer_recovery(window: MainWindow, folder: Path | None = None) -> list[DocumentSession]:
    """Ask about every recovery copy not owned by a running instance; discard or restore
    as chosen. The first restored plan replaces the window's document, further ones open
    in new windows. Returns the restored sessions."""
    copies = autosave.list_copies(folder)
    if not copies:
        return []
    choices = RecoveryDialog.ask(window, copies)
    restored: list[DocumentSession] = []
    for copy in copies:
        choice = choices.get(copy.file, RecoveryChoice.KEEP)
        if choice == RecoveryChoice.DISCARD:
            autosave.discard(copy)
        elif choice == RecoveryChoice.RESTORE and not copy.damaged:
            first = not restored
            if first and not window.maybe_save():
                continue  # the copy stays on disk for the next start
            session = restore_session(window, copy)
            if session is None:
                continue
            if first:
                window.set_session(session)
            else:
                window.open_window(session)
            restored.append(session)
    return restored


def restore_session(window: MainWindow, copy: RecoveryCopy) -> DocumentSession | None:
    """The plan in ``copy`` as an unsaved document (None after telling the user why not)."""
    try:
        loaded = autosave.load_copy(copy)
    except LoadError as error:
        Messages.error(window, QCoreApplication.translate("Recovery", "Cannot restore the plan"), error.message(window.language))
        return None
    name = copy.display_name or QCoreApplication.translate("Recovery", "Untitled")
    note = QCoreApplication.translate(
        "Recovery", "Restored “%1” from the copy saved at %2. It is not saved yet: save it to keep it.")
    session = DocumentSession(
        loaded.plan,
        copy.original_path,
        read_only=loaded.read_only,
        warnings=[note.replace("%1", name).replace("%2", local_time(copy.saved_at))],
        schema_version=loaded.schema_version,
        envelope_extra=loaded.envelope_extra,
    )
    session.recovery_id = copy.id
    session.stamp = copy.original_stamp
    session.mark_unsaved()
    window.claim_lock(session, ask=False)
    return session
