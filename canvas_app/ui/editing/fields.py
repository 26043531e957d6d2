"""Field widgets bound to one field of one item (or of the plan).

Typing pushes an ``EditField`` per keystroke; the keystrokes of one visit to a field
merge into one undo step (a new ``burst`` on every focus-in). Ctrl+Z always goes to the
document's undo stack, never to the widget's own, so there is one history. A value the
field cannot read (a date that is not one) is refused at the field: the plan keeps its
value, ``errorChanged`` carries the reason, and leaving the field puts the kept value
back. Changes from elsewhere (undo, another view) reload the field.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from ...document import PlanChange
from ...model import Plan, ops
from ...text.parsing import ParseError, parse_lines
from . import paths
from .binder import Binder
from .messages import kept_message, parse_message

INVALID_RED = "#c62828"

#: parse(text, plan, item) -> value (may raise ParseError); show(value, plan, item) -> text
Parse = Callable[[str, Plan, Any], Any]
Show = Callable[[Any, Plan, Any], str]


class Binding(QObject):
    """Which field a widget edits, and when it must reload.

    Attributes:
        item_id: the item (None: a field of the plan itself, ``path`` from the plan;
            "": no item — a form whose list has nothing selected).
        path: the dotted field path from the item.
        depends: other fields of the same item whose change alters what is shown
            (e.g. a value's unit); plan-level paths starting with "settings." always do.
        burst: the current typing burst (see EditField).
    """

    def __init__(self, widget: QWidget, binder: Binder, path: str, item_id: str | None,
                 depends: Sequence[str] = ()) -> None:
        super().__init__(widget)
        self.widget = widget
        self.binder = binder
        self.path = path
        self.item_id = item_id
        self.depends = tuple(depends)
        self.burst: object = object()
        self.pushing = False
        self._check_path()
        binder.changed.connect(self._changed)
        binder.rebound.connect(widget.reload)

    def new_burst(self) -> None:
        self.burst = object()

    def follow(self, item_id: str | None) -> None:
        """Edit the same field of another item; None or "" for no item."""
        self.item_id = item_id or ""
        self.new_burst()
        self._check_path()

    def _check_path(self) -> None:
        """A misspelled or renamed field fails here (``paths.UnknownField``) as soon as
        the field is given an item, instead of showing nothing."""
        item = self.item()
        if item is not None:
            paths.field(type(item), self.path)

    def item(self) -> Any:
        """The item edited (the plan for plan fields); None when it no longer exists."""
        if self.item_id is None:
            return self.binder.plan
        if not self.item_id:
            return None
        try:
            return ops.find(self.binder.plan, self.item_id, self.binder.items)
        except ops.ItemNotFound:
            return None

    def value(self) -> Any:
        item = self.item()
        if item is None:
            return None
        try:
            return ops.get_value(self.binder.plan, self.item_id, self.path, self.binder.items)
        except (AttributeError, ops.ItemNotFound):
            return None

    def push(self, value: Any, *, merge: bool = True) -> str:
        self.pushing = True
        try:
            return self.binder.edit(self.item_id, self.path, value, merge=merge, burst=self.burst)
        finally:
            self.pushing = False

    def _changed(self, change: PlanChange) -> None:
        if self.pushing:
            return  # our own keystroke: the widget already shows it
        if change.item_id == self.item_id and (change.path in (self.path, "") or change.path in self.depends):
            self.widget.reload()
        elif change.item_id is None and not change.path and self.item_id:
            # A whole list was swapped (a KPI tree edit replaces the node list): this
            # item may be a new object with another value, or gone.
            self.widget.reload()
        elif change.item_id is None and change.path.startswith("settings.") and self.depends:
            self.widget.reload()


def _is_undo_key(event: QEvent) -> bool:
    return event.type() == QEvent.Type.ShortcutOverride and (
        event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo))


class _ErrorMixin:
    """Shows a refusal on the field itself (a red frame) and reports it."""

    def set_error(self, message: str) -> None:
        if message == getattr(self, "_error", ""):
            return
        self._error = message
        self.setToolTip(message)
        # A frame in the theme's off-track red: seen on a projector, and the message
        # beside the field (FieldRow) says why in words.
        self.setStyleSheet(f"border: 2px solid {INVALID_RED}; border-radius: 3px;" if message else "")
        self.errorChanged.emit(message)

    @property
    def error(self) -> str:
        return getattr(self, "_error", "")


class LineField(_ErrorMixin, QLineEdit):
    """A one-line text field; with ``parse``/``show`` also numbers, dates, years.

    Signals:
        errorChanged(str): the refusal shown, or "" when the value was taken.
    """

    errorChanged = Signal(str)

    def __init__(self, binder: Binder, path: str, item_id: str | None = None, *, parse: Parse | None = None,
                 show: Show | None = None, depends: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parse = parse or (lambda text, plan, item: text)
        self.show_value = show or (lambda value, plan, item: "" if value is None else str(value))
        self.binding = Binding(self, binder, path, item_id, depends)
        # A typed value (number, date, year) is checked on every key but stored when the
        # field is left or Enter pressed: "2027/2/3" on the way to "2027/2/28" is
        # another date, and must not reach the plan.
        self.commit_on_finish = parse is not None
        self.textEdited.connect(self._edited)
        self.editingFinished.connect(self._finished)
        self.reload()

    def set_item(self, item_id: str | None) -> None:
        """Edit the same field of another item (a form following a selection)."""
        self.binding.follow(item_id)
        self.set_error("")
        self.reload()

    def reload(self) -> None:
        item = self.binding.item()
        self.setEnabled(item is not None)
        self.setReadOnly(self.binding.binder.read_only)
        text = "" if item is None else self.show_value(self.binding.value(), self.binding.binder.plan, item)
        if text != self.text():
            self.setText(text)
        self.set_error("")

    def _edited(self, text: str) -> None:
        item = self.binding.item()
        if item is None:
            return
        try:
            value = self.parse(text, self.binding.binder.plan, item)
        except ParseError as error:
            self.set_error(parse_message(error))
            return
        if self.commit_on_finish:
            self.set_error("")
        else:
            self.set_error(self.binding.push(value))

    def _finished(self) -> None:
        if not self.commit_on_finish or self.error or self.binding.item() is None or self.isReadOnly():
            return
        try:
            value = self.parse(self.text(), self.binding.binder.plan, self.binding.item())
        except ParseError as error:
            self.set_error(parse_message(error))
            return
        if value != self.binding.value():
            self.set_error(self.binding.push(value, merge=False))

    def event(self, event: QEvent) -> bool:
        if _is_undo_key(event):
            event.ignore()  # let the window's Undo/Redo (the document's stack) have it
            return True
        return super().event(event)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.binding.new_burst()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        message = self.error
        self.reload()  # the plan's value, written the canonical way
        if message:
            self.set_error(kept_message(message))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape and self.error:
            self.reload()
            return
        super().keyPressEvent(event)


class TextField(_ErrorMixin, QPlainTextEdit):
    """A multi-line text field (vision, descriptions). ``lines=True`` edits a list of
    texts, one per line. Tab moves on to the next field, as in a form.

    Signals:
        errorChanged(str): the refusal shown, or "".
    """

    errorChanged = Signal(str)

    def __init__(self, binder: Binder, path: str, item_id: str | None = None, *, rows: int = 3,
                 lines: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.lines = lines
        self._loading = False
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)  # one history: the document's
        self.binding = Binding(self, binder, path, item_id)
        self.textChanged.connect(self._edited)
        self._fit_height()
        self.reload()

    def _fit_height(self) -> None:
        margins = self.contentsMargins()
        frame = 2 * self.frameWidth() + margins.top() + margins.bottom() + 8
        self.setFixedHeight(self.fontMetrics().lineSpacing() * self.rows + frame)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()  # zoom
        super().changeEvent(event)

    def set_item(self, item_id: str | None) -> None:
        self.binding.follow(item_id)
        self.reload()

    def _text_of(self, value: Any) -> str:
        if value is None:
            return ""
        return "\n".join(value) if self.lines else str(value)

    def reload(self) -> None:
        item = self.binding.item()
        self.setEnabled(item is not None)
        self.setReadOnly(self.binding.binder.read_only)
        text = "" if item is None else self._text_of(self.binding.value())
        if text != self.toPlainText():
            self._loading = True
            try:
                self.setPlainText(text)
            finally:
                self._loading = False
        self.set_error("")

    def _edited(self) -> None:
        if self._loading or self.binding.item() is None or self.isReadOnly():
            return
        text = self.toPlainText()
        value = parse_lines(text) if self.lines else text
        self.set_error(self.binding.push(value))

    def event(self, event: QEvent) -> bool:
        if _is_undo_key(event):
            event.ignore()
            return True
        return super().event(event)

    def focusInEvent(self, event) -> None:  # noqa: N802
        self.binding.new_burst()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if self.lines:
            self.reload()  # blank lines and pasted bullets tidied away

