"""Typing into widgets the way users do, in both languages.

``QTest.keyClicks`` cannot type Japanese (it aborts on non-ASCII key codes); a Japanese
user's text arrives through the input method as a *commit string*. ``type_text``
sends ASCII as key presses and anything else as input-method commits, one per run of
characters, so fields see exactly what an IME would give them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def commit(widget: QWidget, text: str) -> None:
    """One input-method commit of ``text`` (what an IME sends when the user confirms)."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into the focused ``widget``: ASCII by keys, the rest by IME commits."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    run, ascii_run = "", None
    for char in text:
        is_ascii = char.isascii() and char != "\n"
        if ascii_run is None or is_ascii == ascii_run:
            run += char
        else:
            _send(widget, run, ascii_run)
            run = char
        ascii_run = is_ascii
    if run:
        _send(widget, run, ascii_run)


def _send(widget: QWidget, run: str, ascii_run: bool | None) -> None:
    if ascii_run:
        QTest.keyClicks(widget, run)
    else:
        parts = run.split("\n")
        for n, part in enumerate(parts):
            if part:
                commit(widget, part)
            if n < len(parts) - 1:
                QTest.keyClick(widget, Qt.Key.Key_Return)


def replace_text(widget: QWidget, text: str) -> None:
    """Select all of the field's text and type ``text`` over it."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        type_text(widget, text)
    else:
        QTest.keyClick(widget, Qt.Key.Key_Delete)
