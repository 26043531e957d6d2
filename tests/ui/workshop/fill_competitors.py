"""Fill the competitors and the differentiation matrix of step 2 like a workshop does,
from the keyboard.

``fill(section_or_page, qtbot, lang)`` adds two competitors with Enter in their table,
types each name in the cell that opens, picks the kind and price position with the
arrow keys in the cell's list (F2 opens it), types strengths and weaknesses one per
line and the notes; then adds three criteria the same way and types every score (us
and both competitors) into the matrix cells. ``expected(lang)`` is what the plan must
then hold; ``assert_filled(plan, lang)`` checks it.

The section must be shown in an active window (focus events start typing bursts).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from canvas_app.model.enums import CompetitorKind, PricePosition
from tests.ui.typing import type_text

COMPETITORS = {
    "ja": [
        {"name": "東和プレシジョン", "kind": CompetitorKind.DIRECT, "price_position": PricePosition.SIMILAR,
         "strengths": ["量産の実績", "全国の営業網"], "weaknesses": ["試作が遅い"], "notes": "同規模の国内メーカー"},
        {"name": "Web見積サービス", "kind": CompetitorKind.INDIRECT, "price_position": PricePosition.LOWER,
         "strengths": ["即時見積"], "weaknesses": ["精度が出ない", "設計相談なし"], "notes": "価格で比較される"},
    ],
    "en": [
        {"name": "Marginly", "kind": CompetitorKind.DIRECT, "price_position": PricePosition.HIGHER,
         "strengths": ["Global brand", "Many connectors"], "weaknesses": ["No Japanese support"],
         "notes": "Global SaaS"},
        {"name": "Spreadsheets", "kind": CompetitorKind.SUBSTITUTE, "price_position": PricePosition.LOWER,
         "strengths": ["Free"], "weaknesses": ["Manual", "Error-prone"], "notes": "The analyst's Excel"},
    ],
}

#: (name, our score, first competitor's, second competitor's)
CRITERIA = {
    "ja": [("加工精度", 5, 4, 2), ("試作リードタイム", 4, 2, 5), ("価格", 3, 3, 4)],
    "en": [("Time to insight", 5, 3, 2), ("Price", 2, 1, 5), ("Support in Japanese", 5, 2, 1)],
}


def expected(lang: str) -> dict:
    return {"competitors": COMPETITORS[lang], "criteria": CRITERIA[lang]}


def assert_filled(plan, lang: str) -> None:
    competitors = plan.customers.competitors
    wanted = COMPETITORS[lang]
    assert [c.name for c in competitors] == [w["name"] for w in wanted]
    for competitor, entry in zip(competitors, wanted, strict=True):
        for path, value in entry.items():
            assert getattr(competitor, path) == value, (competitor.name, path)
    ids = [c.id for c in competitors]
    rows = [(c.name, c.our_score, c.competitor_scores.get(ids[0]), c.competitor_scores.get(ids[1]))
            for c in plan.customers.criteria]
    assert rows == CRITERIA[lang]


def press(widget: QWidget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifiers)
    QApplication.processEvents()


def section_of(section_or_page):
    """The competitors section, shown (a step 2 page is switched to its tab)."""
    if hasattr(section_or_page, "sections"):
        section_or_page.show_section("competitors")
        QApplication.processEvents()
        return section_or_page.sections["competitors"]
    return section_or_page


def add_row_with_name(item_table, name: str) -> None:
    """Enter in the table adds a row and opens its name cell; type the name, Enter stores it."""
    view = item_table.table
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    if item_table.model.rowCount():
        view.setCurrentIndex(item_table.model.index(item_table.model.rowCount() - 1, 0))
    press(view, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    assert editor is not view and view.is_editing()
    type_text(editor, name)
    press(editor, Qt.Key.Key_Return)


def type_cell(item_table, row: int, column: int, text: str) -> None:
    """F2 on the cell, type over its text, Enter."""
    view = item_table.table
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    view.setCurrentIndex(item_table.model.index(row, column))
    press(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not view
    press(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        type_text(editor, text)
    else:
        press(editor, Qt.Key.Key_Delete)
    press(editor, Qt.Key.Key_Return)


def choose_cell(item_table, row: int, column: int, value) -> None:
    """F2 opens the cell's list; the arrow keys pick ``value``; Enter closes it."""
    view = item_table.table
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    view.setCurrentIndex(item_table.model.index(row, column))
    press(view, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    target = combo.findData(value)
    while combo.currentIndex() != target:
        press(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)
    press(combo, Qt.Key.Key_Return)


def fill(section_or_page, qtbot, lang: str) -> None:
    section = section_of(section_or_page)
    card = section.competitors
    for row, entry in enumerate(COMPETITORS[lang]):
        add_row_with_name(card.table, entry["name"])
        choose_cell(card.table, row, 1, entry["kind"])
        choose_cell(card.table, row, 2, entry["price_position"])
        assert card.table.current_id() == card.strengths.binding.item_id  # the form follows the row
        type_text(card.strengths, "\n".join(entry["strengths"]))
        type_text(card.weaknesses, "\n".join(entry["weaknesses"]))
        type_text(card.notes, entry["notes"])
    matrix = section.matrix.table
    for row, (name, *scores) in enumerate(CRITERIA[lang]):
        add_row_with_name(matrix, name)
        for column, score in enumerate(scores, start=1):
            type_cell(matrix, row, column, str(score))
