"""Workshop zoom: View ▸ Zoom In / Zoom Out / Actual Size scale the whole UI in place,
pages created later included, and the level is kept in the settings."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from canvas_app.settings import ZOOM_MAX, ZOOM_MIN, AppSettings
from canvas_app.ui import theme
from canvas_app.ui.main_window import MainWindow
from canvas_app.ui.navigator import WIDTH as NAVIGATOR_WIDTH
from canvas_app.ui.steps.base import StepPage
from canvas_app.ui.widgets.card import Card

CTRL = Qt.KeyboardModifier.ControlModifier
TITLE_SCALE = 1.75  # StepPage's heading: scaled_font(self.font(), 1.75)


@pytest.fixture(autouse=True)
def _actual_size_afterwards(qapp):
    """The zoom lives on the application, which outlives the test: put it back."""
    yield
    theme.set_zoom(qapp, 100)


def ini(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def title_size(page: StepPage) -> float:
    return page.title.font().pointSizeF()


def press(window: MainWindow, key: Qt.Key, modifiers=CTRL) -> None:
    from pytestqt.qtbot import QtBot

    window.activateWindow()
    QtBot.keyClick(window, key, modifiers)


def test_ctrl_equals_zooms_an_open_page_and_a_page_created_later(window, qtbot):
    overview = window.page("overview")
    before = title_size(overview)
    assert before == pytest.approx(theme.BASE_POINT_SIZE * TITLE_SCALE)
    assert "funnel" not in window._pages  # built on first show, after the zoom

    press(window, Qt.Key.Key_Equal)

    assert theme.zoom_percent() == 110 and window.settings.zoom == 110
    assert QApplication.font().pointSizeF() == pytest.approx(theme.BASE_POINT_SIZE * 1.1)
    assert title_size(overview) == pytest.approx(before * 1.1)
    assert window.page("overview") is overview  # zoomed in place, not rebuilt
    assert window.navigator.width() == round(NAVIGATOR_WIDTH * 1.1)
    window.show_step("funnel")
    assert title_size(window.page("funnel")) == pytest.approx(before * 1.1)
    # Plain text of a page (inherited font) and a card made now follow the zoom too.
    assert overview.subtitle.font().pointSizeF() == pytest.approx(theme.BASE_POINT_SIZE * 1.1)
    assert Card("Later").title_label.font().pointSizeF() == pytest.approx(theme.BASE_POINT_SIZE * 1.2 * 1.1)
    assert "110" in window.statusBar().currentMessage()


def test_ctrl_minus_zooms_out_and_ctrl_0_gives_back_the_exact_sizes(window):
    overview = window.page("overview")
    before = title_size(overview)
    for _ in range(3):
        press(window, Qt.Key.Key_Equal)
    assert theme.zoom_percent() == 150
    press(window, Qt.Key.Key_Minus)
    assert theme.zoom_percent() == 125
    assert title_size(overview) == pytest.approx(before * 1.25)
    press(window, Qt.Key.Key_0)
    assert theme.zoom_percent() == 100 and window.settings.zoom == 100
    assert title_size(overview) == before  # no drift after a round trip
    assert window.current_step() == "overview"  # Ctrl+0 is Actual Size, not a page
    assert window.navigator.width() == NAVIGATOR_WIDTH


def test_zoom_keeps_what_the_user_is_typing(window, qtbot):
    page = window.page("overview")
    editor = QLineEdit(page.widget())
    page.layout_.insertWidget(0, editor)
    editor.show()
    editor.setFocus()
    editor.setText("half-typed")
    editor.setCursorPosition(4)
    window.zoom_in()
    assert editor.text() == "half-typed" and editor.cursorPosition() == 4
    assert editor.font().pointSizeF() == pytest.approx(theme.BASE_POINT_SIZE * 1.1)


def test_zoom_in_works_with_the_keys_of_us_and_jis_keyboards(window):
    keys = {k.toString(QKeySequence.SequenceFormat.PortableText) for k in window.menus.actions["zoom_in"].shortcuts()}
    assert {"Ctrl+=", "Ctrl++", "Ctrl+Shift+=", "Ctrl+;"} <= keys
    press(window, Qt.Key.Key_Plus)
    assert theme.zoom_percent() == 110
    press(window, Qt.Key.Key_Plus, CTRL | Qt.KeyboardModifier.ShiftModifier)  # "+" typed with Shift
    assert theme.zoom_percent() == 125


def test_page_shortcuts_moved_off_ctrl_0(window):
    shortcut = {step: window.menus.actions[f"step:{step}"].shortcut().toString(QKeySequence.SequenceFormat.PortableText)
                for step in ("overview", "1", "2", "3", "4", "funnel")}
    assert shortcut == {"overview": "Ctrl+9", "1": "Ctrl+1", "2": "Ctrl+2", "3": "Ctrl+3", "4": "Ctrl+4",
                        "funnel": "Ctrl+5"}
    press(window, Qt.Key.Key_5)
    assert window.current_step() == "funnel"
    press(window, Qt.Key.Key_9)
    assert window.current_step() == "overview"


def test_zoom_stops_at_the_bounds(window):
    for _ in range(12):
        window.zoom_in()
    assert theme.zoom_percent() == ZOOM_MAX == window.settings.zoom
    for _ in range(12):
        window.zoom_out()
    assert theme.zoom_percent() == ZOOM_MIN == window.settings.zoom
    assert theme.set_zoom(QApplication.instance(), 500) == ZOOM_MAX
    assert theme.next_zoom(112, +1) == 125 and theme.next_zoom(112, -1) == 110


def test_the_zoom_is_saved_and_the_next_window_starts_with_it(qtbot, qapp, session, tmp_path):
    qsettings = ini(tmp_path)
    first = MainWindow(session, AppSettings.load(qsettings), qsettings)
    qtbot.addWidget(first, before_close_func=lambda w: w.session.undo_stack.setClean())
    first.zoom_in()
    first.zoom_in()
    assert AppSettings.load(ini(tmp_path)).zoom == 125  # saved when changed, not only on close
    theme.set_zoom(qapp, 100)  # as if the app had been restarted
    from canvas_app.document import DocumentSession

    second = MainWindow(DocumentSession(session.plan), AppSettings.load(ini(tmp_path)), ini(tmp_path))
    qtbot.addWidget(second, before_close_func=lambda w: w.session.undo_stack.setClean())
    assert theme.zoom_percent() == 125
    assert QApplication.font().pointSizeF() == pytest.approx(theme.BASE_POINT_SIZE * 1.25)
    assert title_size(second.page("overview")) == pytest.approx(theme.BASE_POINT_SIZE * TITLE_SCALE * 1.25)


@pytest.mark.parametrize("stored, expected", [("150", 150), (175, 175), ("huge", 100), ("1000", 100),
                                              ("10", 100), ("", 100), ("true", 100)])
def test_a_bad_stored_zoom_falls_back_to_100(tmp_path, stored, expected):
    qsettings = ini(tmp_path)
    qsettings.setValue("ui/zoom", stored)
    qsettings.sync()
    assert AppSettings.load(ini(tmp_path)).zoom == expected


def test_set_font_scale_and_scaled_font_both_follow_the_zoom(qapp, qtbot):
    kept = QLabel("kept")
    theme.set_font_scale(kept, 1.5, bold=True)
    derived = QLabel("derived")
    derived.setFont(theme.scaled_font(derived.font(), 0.8))
    for label in (kept, derived):
        qtbot.addWidget(label)
    theme.set_zoom(qapp, 200)
    assert kept.font().pointSizeF() == pytest.approx(theme.BASE_POINT_SIZE * 1.5 * 2)
    assert kept.font().bold()
    assert derived.font().pointSizeF() == pytest.approx(theme.BASE_POINT_SIZE * 0.8 * 2)
    assert theme.px(250) == 500
    theme.set_zoom(qapp, 100)
    assert derived.font().pointSizeF() == pytest.approx(theme.BASE_POINT_SIZE * 0.8)


def test_a_page_has_no_sections_unless_it_says_so(window):
    assert window.page("3").show_section("personas") is False


def test_a_language_switch_keeps_the_zoom(window):
    window.set_zoom(150)
    overview = window.page("overview")
    window.set_language("ja")
    try:
        assert theme.zoom_percent() == 150
        assert title_size(overview) == pytest.approx(theme.BASE_POINT_SIZE * TITLE_SCALE * 1.5)
        assert overview.subtitle.font().pointSizeF() == pytest.approx(theme.BASE_POINT_SIZE * 1.5)
    finally:
        window.set_language("en")
