"""Showing one part of a page on its own, as the user would see it, for its tests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea


def host_section(qtbot, session, section_class, width: int = 1030, height: int = 700, lang: str = "en"):
    """A step 2 section on its own Binder, in a scroll area the width of a page at
    1280×720, shown in an active window (focus events start typing bursts), showing
    the plan in ``lang``."""
    from canvas_app import i18n
    from canvas_app.ui.editing.binder import Binder

    section = section_class(Binder(session, language=i18n.language(lang)))
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(section)
    area.resize(width, height)
    qtbot.addWidget(area)
    area.show()
    area.activateWindow()
    qtbot.waitActive(area)
    QApplication.processEvents()
    section.binder.setParent(section)
    section.host_area = area  # qtbot keeps only a weak reference to the window
    return section


def press(widget, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press, and the queued work it starts (a delegate's commit) done."""
    QTest.keyClick(widget, key, modifiers)
    QApplication.processEvents()
