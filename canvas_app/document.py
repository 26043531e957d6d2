"""The open plan: one DocumentSession per window, owning the plan, its path and ONE undo stack.

Nothing mutates the plan except a command pushed here. "Modified" is exactly
``not undo_stack.isClean()``; a successful save calls ``setClean()``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from .model import Plan
from .model.item_finder import ItemFinder


@dataclass(frozen=True)
class PlanChange:
    """What a command changed, so views refresh only what they show.

    ``item_id`` is None for plan-level fields; ``path`` is the dotted field path, or
    "" for structural changes (add/remove/move) of the list ``slot``.
    """

    item_id: str | None = None
    path: str = ""
    slot: str = ""


class DocumentSession(QObject):
    """An open plan.

    Attributes:
        plan: the live plan (read it freely; change it only through ``push``).
        path: where it is saved, or None for a new, never-saved plan.
        undo_stack: the one QUndoStack of this document.
        items: finds the plan's items by id without walking it (pass it to ``model.ops``).
        read_only: set when the file came from a newer app version, or is open elsewhere.
        read_only_reason: why: "newer_version", "locked" or "" (not read-only).
        warnings: load warnings (worded by the window in its language) or messages,
            shown once by the window.
        stamp: the file on disk as we last read or wrote it (size, time, hash); a save
            over a file that no longer matches raises SaveError "changed_on_disk".
        lock: the lock file held while the plan is open (None: read-only, new, or the
            folder does not take one); released by :meth:`release_lock`.
        locked_by: who holds the lock when the plan is read-only because it is in use.
        recovery_id: names this document's autosave recovery copy.

    Signals:
        changed(PlanChange): after every redo/undo of a command.
        pathChanged(): after Save As / first save.
        modifiedChanged(bool): the modified mark (mirrors the stack's clean state).
    """

    changed = Signal(object)
    pathChanged = Signal()
    modifiedChanged = Signal(bool)

    def __init__(
        self,
        plan: Plan,
        path: Path | None = None,
        *,
        read_only: bool = False,
        warnings: list[Any] | None = None,
        schema_version: int | None = None,
        envelope_extra: dict | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.items = ItemFinder()
        self.path = Path(path) if path else None
        self.read_only = read_only
        self.read_only_reason = "newer_version" if read_only else ""
        self.warnings = list(warnings or [])
        self.stamp = None  # storage.stamp.FileStamp of the file at open / last save
        self.lock = None  # storage.lock.FileLock while we hold the plan's lock
        self.locked_by = None  # storage.lock.LockInfo of whoever had it when read-only "locked"
        self.recovery_id = uuid.uuid4().hex
        # A file from a newer app version keeps its version and unknown envelope keys
        # when saved (Save As), so that the newer app can still read everything back.
        self._schema_version = schema_version if read_only else None
        self._envelope_extra = dict(envelope_extra or {}) if read_only else None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def _on_clean_changed(self, clean: bool) -> None:
        # A bound slot (not a lambda) so Qt drops the connection when the session dies.
        self.modifiedChanged.emit(not clean)

    # -- editing ---------------------------------------------------------------------
    def push(self, command: QUndoCommand) -> None:
        """Apply ``command`` (its redo runs now) and make it undoable."""
        self.undo_stack.push(command)

    def notify(self, change: PlanChange) -> None:
        """Called by commands after they touched the plan."""
        self.changed.emit(change)

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def schema_version(self) -> int | None:
        """The schema a save writes: None for the current one, else a newer file's."""
        return self._schema_version

    @property
    def envelope_extra(self) -> dict | None:
        """Unknown envelope keys of a newer file, written back on save."""
        return self._envelope_extra

    def mark_unsaved(self) -> None:
        """Make the document modified without an edit (a plan restored from a recovery
        copy: its changes reach the file only on Save)."""
        self.undo_stack.resetClean()

    def release_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    # -- files -----------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, parent: QObject | None = None) -> DocumentSession:
        """Load a plan file; raises ``storage.LoadError`` with a message for the user."""
        from .storage.project_file import load_plan

        loaded = load_plan(Path(path))
        session = cls(
            loaded.plan,
            Path(path),
            read_only=loaded.read_only,
            warnings=list(loaded.warnings),
            schema_version=loaded.schema_version,
            envelope_extra=loaded.envelope_extra,
            parent=parent,
        )
        session.stamp = loaded.stamp
        return session

    def save(self, path: Path | str | None = None, *, overwrite: bool = False) -> None:
        """Save to ``path`` (Save As) or the current path; raises ``storage.SaveError``.

        Saving to the current path refuses (code ``changed_on_disk``) when the file was
        replaced since we opened or last saved it, unless ``overwrite``. On failure the
        document stays modified and keeps its old path.
        """
        from .storage.project_file import save_plan

        target = Path(path) if path else self.path
        if target is None:
            raise ValueError("a new plan needs a file name: use Save As")
        same_file = self.path is not None and target == self.path
        self.stamp = save_plan(
            self.plan,
            target,
            schema_version=self._schema_version,
            extra_envelope=self._envelope_extra,
            expect=self.stamp if same_file and not overwrite else None,
        )
        path_changed = target != self.path
        self.path = target
        self.undo_stack.setClean()
        if path_changed:
            self.pathChanged.emit()

    @property
    def display_name(self) -> str:
        """The file name shown in the title bar ("" for an unsaved new plan)."""
        return self.path.name if self.path else ""
