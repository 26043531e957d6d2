"""The Qt binding itself must be sound: PySide6 6.12.0 on Python 3.11 dropped a
reference to ``None`` on every Qt call that returns nothing (``setText``, ``hide``,
``property`` of an unset name…), and a working session aborted with
"Fatal Python error: none_dealloc" after a few thousand such calls. The pinned
version must not do that."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_that_return_nothing_keep_none_alive(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(5000):
        label.setText("x")
        label.setVisible(False)
        qapp.property("canvas_never_set")
    # Other code may take or drop a handful of references meanwhile; 15,000 leaked
    # references (the broken binding) are far outside that.
    assert abs(sys.getrefcount(None) - before) < 100
