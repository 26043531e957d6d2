"""Every user-visible string has a finished Japanese translation, and the app shows it.

A new ``tr()``/``translate()`` string without a translation fails here: run
pyside6-lupdate (see docs/translations.md), translate, then pyside6-lrelease.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

REPO = Path(__file__).resolve().parents[2]
I18N = REPO / "resources" / "i18n"
TS = I18N / "strategy_canvas_ja.ts"
QM = I18N / "strategy_canvas_ja.qm"
PLACEHOLDER = re.compile(r"%\d|\{[a-z_]+\}")


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    assert Path(found).exists(), f"{name} not found (it comes with PySide6)"
    return found


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            result[(name, message.findtext("source") or "")] = message.find("translation")
    return result


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[tuple[str, str], ET.Element]:
    """lupdate over every module of canvas_app, into a fresh .ts."""
    out = tmp_path_factory.mktemp("lupdate") / "extracted_ja.ts"
    files = sorted(str(p) for p in (REPO / "canvas_app").rglob("*.py"))
    listing = out.with_suffix(".txt")
    listing.write_text("\n".join(files), encoding="utf-8")
    subprocess.run([tool("pyside6-lupdate"), f"@{listing}", "-ts", str(out), "-source-language", "en",
                    "-target-language", "ja", "-no-obsolete", "-locations", "none"],
                   check=True, capture_output=True, timeout=300)
    return messages(out)


def test_lupdate_finds_the_strings_of_every_layer(extracted):
    contexts = {context for context, _ in extracted}
    for expected in ("OverviewPage", "Menus", "Navigator", "KpiTreeModel", "Labels", "Findings", "Errors", "Cli",
                     "Commands"):
        assert expected in contexts
    assert len(extracted) > 500


def test_every_source_string_has_a_finished_japanese_translation(extracted):
    committed = messages(TS)
    missing = []
    for key in extracted:
        translation = committed.get(key)
        if translation is None or not (translation.text or "").strip() or translation.get("type") in (
                "unfinished", "vanished", "obsolete"):
            missing.append(key)
    assert not missing, f"{len(missing)} strings lack a Japanese translation, e.g. {missing[:5]}"


def test_translations_keep_their_placeholders():
    wrong = []
    for (context, source), translation in messages(TS).items():
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation.text or "")):
            wrong.append((context, source, translation.text))
    assert not wrong, wrong[:5]


def test_menu_mnemonics_survive_translation():
    for (context, source), translation in messages(TS).items():
        if context == "Menus" and re.search(r"&\w", source):
            assert re.search(r"&\w", translation.text or ""), source


def test_the_committed_qm_is_compiled_from_the_committed_ts(tmp_path):
    fresh = tmp_path / "fresh.qm"
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(fresh)], check=True, capture_output=True,
                   timeout=120)
    assert fresh.read_bytes() == QM.read_bytes(), "run pyside6-lrelease on resources/i18n/strategy_canvas_ja.ts"


# -- at run time --------------------------------------------------------------------------------


@pytest.fixture
def japanese(qapp):
    from canvas_app.ui.language import apply_language

    apply_language("ja")
    yield
    apply_language("en")


def visible_texts(window) -> list[str]:
    QApplication.processEvents()
    texts = [label.text() for label in window.findChildren(QLabel) if label.isVisibleTo(window)]
    for menu in (window.menus.file_menu, window.menus.edit_menu, window.menus.view_menu, window.menus.help_menu):
        texts.append(menu.title())
        texts += [action.text() for action in menu.actions()]
    texts += [window.navigator.item(row).text() for row in range(window.navigator.count())]
    return texts


def test_every_page_shows_japanese_when_the_ui_is_japanese(japanese, qtbot, samples_dir):
    """No English source text reaches the screen: catches strings whose context at run
    time differs from the one lupdate recorded (they would silently stay English)."""
    from canvas_app.document import DocumentSession
    from canvas_app.settings import STEPS, AppSettings
    from canvas_app.ui.main_window import MainWindow

    english = {source for (_, source), t in messages(TS).items() if t.text and t.text != source}
    window = MainWindow(DocumentSession.open(samples_dir / "manufacturer_ja.scanvas"), AppSettings(), None,
                        persist=False)
    window.set_language("ja")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    leaks = set()
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QAbstractButton, QTabWidget

    def look(step: str, page) -> None:
        for text in visible_texts(window):
            if text in english:
                leaks.add((step, text))
        for button in page.findChildren(QAbstractButton):
            if button.isVisibleTo(window) and button.text().replace("&", "") in english:
                leaks.add((step, button.text()))
        for tabs in page.findChildren(QTabWidget):
            leaks.update((step, tabs.tabText(n)) for n in range(tabs.count()) if tabs.tabText(n) in english)

    for step in STEPS:
        window.show_step(step)
        page = window.page(step)
        look(step, page)
        for section in getattr(page, "sections", {}):  # the tabs of step 2, each shown
            page.show_section(section)
            look(f"{step}:{section}", page)
        for view in page.findChildren(__import__("PySide6.QtWidgets", fromlist=["QAbstractItemView"]).QAbstractItemView):
            model = view.model()
            if model is None or view is window.navigator or not hasattr(view, "horizontalHeader"):
                continue  # lists have no column headers
            for column in range(model.columnCount(QModelIndex())):
                header = model.headerData(column, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.Orientation.Horizontal)
                if header in english:
                    leaks.add((step, header))
    assert window.windowTitle() == "無題[*] — 戦略キャンバス" or window.windowTitle().endswith("— 戦略キャンバス")
    assert not leaks, sorted(leaks)[:10]


def test_switching_the_language_retranslates_the_open_window(window, qapp):
    window.show_step("3")
    assert window.menus.file_menu.title() == "&File"
    try:
        window.set_language("ja")
        assert window.menus.file_menu.title() == "ファイル(&F)"
        assert window.navigator.item(0).text() == "全体像"
        assert window.page("3").title.text() == "KPI・KPIツリー・実行ロードマップ"
        assert window.settings.language == "ja"
        assert window.menus.actions["lang:ja"].isChecked()
    finally:
        window.set_language("en")
    assert window.menus.file_menu.title() == "&File"
    assert window.page("3").title.text() == "KPIs and roadmap"
