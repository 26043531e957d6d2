"""The open plan: one DocumentSession per window, owning the plan, its path and ONE undo stack.

Nothing mutates the plan except a command pushed here. "Modified" is exactly
``not undo_stack.isClean()``; a successful save calls ``setClean()``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from .model import Plan


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
        read_only: set when the file came from a newer app version.
        warnings: messages from loading, shown once by the window.

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
        warnings: list[str] | None = None,
        schema_version: int | None = None,
        envelope_extra: dict | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.path = Path(path) if path else None
        self.read_only = read_only
        self.warnings = list(warnings or [])
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

    # -- files -----------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, parent: QObject | None = None) -> DocumentSession:
        """Load a plan file; raises ``storage.LoadError`` with a message for the user."""
        from .storage.project_file import load_plan

        loaded = load_plan(Path(path))
        return cls(
            loaded.plan,
            Path(path),
            read_only=loaded.read_only,
            warnings=[warning.message() for warning in loaded.warnings],
            schema_version=loaded.schema_version,
            envelope_extra=loaded.envelope_extra,
            parent=parent,
        )

    def save(self, path: Path | str | None = None) -> None:
        """Save to ``path`` (Save As) or the current path; raises ``storage.SaveError``.

        On failure the document stays modified and keeps its old path.
        """
        from .storage.project_file import save_plan

        target = Path(path) if path else self.path
        if target is None:
            raise ValueError("a new plan needs a file name: use Save As")
        save_plan(
            self.plan,
            target,
            schema_version=self._schema_version,
            extra_envelope=self._envelope_extra,
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
