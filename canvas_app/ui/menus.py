"""The menu bar: File, Edit, View, Help. Standard shortcuts (QKeySequence.StandardKey).

Page shortcuts: Ctrl+1…Ctrl+4 the four steps, Ctrl+5 the funnel, Ctrl+9 the overview;
Ctrl+0 is Actual Size, as in browsers and office software (docs/ui.md).
"""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack

from ..settings import STEPS
from .dialogs.about import AboutDialog
from .navigator import step_titles

if TYPE_CHECKING:
    from .main_window import MainWindow

Key = QKeySequence.StandardKey

#: Languages offered in View ▸ Language, by their own names (never translated).
LANGUAGES = (("ja", "日本語"), ("en", "English"))


#: Used when the platform has no binding for a standard key (Quit and Save As have none
#: on some Linux desktops and on the offscreen platform).
FALLBACK_KEYS = MappingProxyType({Key.Quit: "Ctrl+Q", Key.SaveAs: "Ctrl+Shift+S", Key.Close: "Ctrl+W",
                 Key.Redo: "Ctrl+Shift+Z", Key.New: "Ctrl+N"})

#: The shortcut of each page (Ctrl+0 is Actual Size).
STEP_KEYS = MappingProxyType({"overview": "Ctrl+9", "1": "Ctrl+1", "2": "Ctrl+2", "3": "Ctrl+3", "4": "Ctrl+4", "funnel": "Ctrl+5"})

#: Zoom keys besides the platform's standard ones. "+" and "=" share a key on US
#: keyboards ("Ctrl+=" needs no Shift); on JIS keyboards "+" is Shift+";" and
#: browsers also take "Ctrl+;" for zoom in.
ZOOM_IN_KEYS = ("Ctrl+=", "Ctrl++", "Ctrl+Shift+=", "Ctrl+Shift++", "Ctrl+;")
ZOOM_OUT_KEYS = ("Ctrl+-",)
ACTUAL_SIZE_KEYS = ("Ctrl+0",)


def zoom_keys(standard: Key | None, extra: tuple[str, ...]) -> list[QKeySequence]:
    """The platform's bindings of ``standard`` plus ``extra``, each once."""
    keys: list[QKeySequence] = []
    for key in [*(QKeySequence.keyBindings(standard) if standard is not None else []),
                *(QKeySequence(text) for text in extra)]:
        if not key.isEmpty() and all(key != known for known in keys):
            keys.append(key)
    return keys


def _exchange():
    from . import exchange_ops

    return exchange_ops


def standard_keys(key: Key) -> list[QKeySequence]:
    """The platform's bindings of ``key``, or the usual one where the platform has none."""
    bindings = QKeySequence.keyBindings(key)
    if not bindings and key in FALLBACK_KEYS:
        bindings = [QKeySequence(FALLBACK_KEYS[key])]
    return bindings


class Menus(QObject):
    """Builds and owns the window's menus and actions.

    Attributes:
        actions: the actions by name ("open", "save", "undo", "step:3", "lang:ja", …).
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.edit_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")

        w = window
        self._add(self.file_menu, "new", w.new_from_template, Key.New)
        self._add(self.file_menu, "open", w.open_dialog, Key.Open)
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.aboutToShow.connect(self.rebuild_recent)
        self.file_menu.addSeparator()
        self._add(self.file_menu, "save", w.save, Key.Save)
        self._add(self.file_menu, "save_as", w.save_as, Key.SaveAs)
        self.file_menu.addSeparator()
        self.export_menu = self.file_menu.addMenu("")
        for kind in ("xlsx", "pdf", "ics"):  # exchange_ops is imported on first use (start-up)
            self._add(self.export_menu, f"export:{kind}", lambda _=False, k=kind: _exchange().export(w, k))
        self._add(self.file_menu, "import_actuals", lambda: _exchange().import_actuals(w))
        self.file_menu.addSeparator()
        self._add(self.file_menu, "close", w.close, Key.Close)
        self._add(self.file_menu, "quit", w.quit_app, Key.Quit)

        self._undo_anchor = self.edit_menu.addSeparator()

        for step in STEPS:
            action = self._add(self.view_menu, f"step:{step}", lambda _=False, s=step: w.show_step(s))
            action.setShortcut(QKeySequence(STEP_KEYS[step]))
        self._add(self.view_menu, "next_page", lambda: self._step_by(1), QKeySequence("Ctrl+PgDown"))
        self._add(self.view_menu, "previous_page", lambda: self._step_by(-1), QKeySequence("Ctrl+PgUp"))
        self.view_menu.addSeparator()
        self._add(self.view_menu, "zoom_in", w.zoom_in).setShortcuts(zoom_keys(Key.ZoomIn, ZOOM_IN_KEYS))
        self._add(self.view_menu, "zoom_out", w.zoom_out).setShortcuts(zoom_keys(Key.ZoomOut, ZOOM_OUT_KEYS))
        self._add(self.view_menu, "actual_size", w.reset_zoom).setShortcuts(zoom_keys(None, ACTUAL_SIZE_KEYS))
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        for code, name in LANGUAGES:
            action = QAction(name, self)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: w.set_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.actions[f"lang:{code}"] = action

        self._add(self.help_menu, "about", lambda: AboutDialog.show(w))
        self.rebuild_recent()
        self.retranslate()

    def _add(self, menu, name: str, slot, shortcut=None) -> QAction:
        action = QAction(self.window)
        if shortcut is not None:
            action.setShortcuts(standard_keys(shortcut) if isinstance(shortcut, Key) else [shortcut])
        action.triggered.connect(slot)
        menu.addAction(action)
        self.actions[name] = action
        return action

    def _step_by(self, delta: int) -> None:
        index = (STEPS.index(self.window.current_step()) + delta) % len(STEPS)
        self.window.show_step(STEPS[index])

    # -- undo -----------------------------------------------------------------------------
    def attach_undo_stack(self, stack: QUndoStack) -> None:
        """Replace Undo/Redo with actions created from ``stack`` (one per session)."""
        for name in ("undo", "redo"):
            old = self.actions.pop(name, None)
            if old is not None:
                self.edit_menu.removeAction(old)
                old.deleteLater()
        undo = stack.createUndoAction(self.window, self.tr("Undo"))
        undo.setShortcuts(standard_keys(Key.Undo))
        redo = stack.createRedoAction(self.window, self.tr("Redo"))
        redo.setShortcuts(standard_keys(Key.Redo))
        self.edit_menu.insertAction(self._undo_anchor, undo)
        self.edit_menu.insertAction(self._undo_anchor, redo)
        self.actions["undo"], self.actions["redo"] = undo, redo
        self._stack = stack

    # -- recent files --------------------------------------------------------------------
    def rebuild_recent(self) -> None:
        menu = self.recent_menu
        menu.clear()
        files = self.window.settings.recent_files
        for n, path in enumerate(files, start=1):
            label = f"&{n % 10}  {Path(path).name}" if n <= 10 else Path(path).name
            action = menu.addAction(label)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: self.window.open_path(p))
        if files:
            menu.addSeparator()
        clear = menu.addAction(self.tr("Clear Menu"))
        clear.setEnabled(bool(files))
        clear.triggered.connect(self.window.clear_recent)
        self.actions["clear_recent"] = clear
        menu.setEnabled(True)

    def recent_paths(self) -> list[str]:
        return [a.data() for a in self.recent_menu.actions() if a.data()]

    # -- texts ------------------------------------------------------------------------------
    def update_file_actions(self) -> None:
        session = self.window.session
        self.actions["save"].setToolTip(
            self.tr("Save a copy (this plan is read-only)") if session.read_only else "")

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.export_menu.setTitle(self.tr("E&xport"))
        self.language_menu.setTitle(self.tr("&Language"))
        texts = {
            "new": self.tr("&New from Template…"),
            "open": self.tr("&Open…"),
            "save": self.tr("&Save"),
            "save_as": self.tr("Save &As…"),
            "close": self.tr("&Close"),
            "quit": self.tr("&Quit"),
            "next_page": self.tr("Next Page"),
            "previous_page": self.tr("Previous Page"),
            "zoom_in": self.tr("Zoom &In"),
            "zoom_out": self.tr("Zoom &Out"),
            "actual_size": self.tr("&Actual Size"),
            "about": self.tr("&About Strategy Canvas"),
            "export:xlsx": self.tr("&Excel Workbook…"),
            "export:pdf": self.tr("&PDF (Plan on a Page and Roadmap)…"),
            "export:ics": self.tr("Review &Calendar…"),
            "import_actuals": self.tr("&Import Actuals…"),
        }
        for name, text in texts.items():
            self.actions[name].setText(text)
        titles = step_titles()
        for step in STEPS:
            kicker, title = titles[step]
            text = title if step in ("overview", "funnel") else f"{kicker}: {title}"
            self.actions[f"step:{step}"].setText(text)
        if hasattr(self, "_stack"):
            self.attach_undo_stack(self._stack)
        self.rebuild_recent()
        current = self.window.language.code
        for code, _ in LANGUAGES:
            self.actions[f"lang:{code}"].setChecked(code == current)
