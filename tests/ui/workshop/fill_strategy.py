"""Fill step 1 (strategy linkage) like a workshop does, from the keyboard.

``fill(page, qtbot, lang)`` types the vision and mission, the mid-term plan (title,
years with Enter, summary), two headline targets, the business strategy, two
priorities, two business goals (every column; units and categories picked from their
lists with the arrow keys), and for each goal marketing's contribution, notes and the
departments that agreed — the two departments are added on the page itself, as a blank
plan has none. ``assert_filled(plan, lang)`` checks the plan got exactly that.

The page must be shown in an active window (focus events start typing bursts).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from canvas_app.model.enums import GoalCategory, Unit
from tests.ui.typing import type_text

TEXTS = {
    "ja": {
        "vision": "関西のすべての工場が止まらない",
        "mission": "中堅工場の保全を予測可能にする",
        "title": "中期経営計画2028",
        "summary": "中堅工場向けに売上を30億円へ",
        "targets": [("売上高", "3,000,000", Unit.JPY, "2028"), ("営業利益率", "12", Unit.PERCENT, "2028")],
        "strategy": "関西の中堅工場で予知保全により勝つ",
        "priorities": ["新規40工場の獲得", "保守サービスの立ち上げ"],
        "departments": ["営業部", "マーケティング部"],
        "goals": [
            ("年度売上高", GoalCategory.REVENUE, Unit.JPY, "800,000", "1,000,000", "2027/3/31", "社長",
             "商談パイプラインの半分をマーケで創出", "前年度実績8億円", [0, 1]),
            ("新規取引社数", GoalCategory.NEW_CUSTOMERS, Unit.COUNT, "20", "40", "2027年3月31日", "営業部長",
             "展示会とWebで新規リード600件", "既存顧客を除く", [0]),
        ],
    },
    "en": {
        "vision": "Every factory in Kansai runs without downtime",
        "mission": "Make maintenance predictable for mid-size plants",
        "title": "Plan 2028",
        "summary": "Grow revenue to 3bn yen with mid-size plants",
        "targets": [("Revenue", "3,000,000", Unit.JPY, "2028"), ("Operating margin", "12", Unit.PERCENT, "2028")],
        "strategy": "Win mid-size plants in Kansai with predictive maintenance",
        "priorities": ["Win 40 new plants", "Launch the service plan"],
        "departments": ["Sales", "Marketing"],
        "goals": [
            ("Revenue", GoalCategory.REVENUE, Unit.JPY, "800,000", "1,000,000", "2027/3/31", "President",
             "Marketing sources half of the pipeline", "FY2025 actual 800m yen", [0, 1]),
            ("New customers", GoalCategory.NEW_CUSTOMERS, Unit.COUNT, "20", "40", "2027-03-31", "Sales director",
             "600 new leads from trade shows and the web", "Existing customers not counted", [0]),
        ],
    },
}


def _press(widget: QWidget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifiers)
    QApplication.processEvents()


def _field(widget: QWidget, text: str, *, enter: bool = False) -> None:
    type_text(widget, text)
    if enter:
        _press(widget, Qt.Key.Key_Return)


def edit_cell(editor, row: int, column: int, value) -> None:
    """Open a cell with F2 and type ``value`` (text) or pick it (an entry of a list)."""
    table = editor.table
    table.setFocus()
    table.setCurrentIndex(editor.model.index(row, column))
    _press(table, Qt.Key.Key_F2)
    _type_in_cell(editor, column, value)


def _type_in_cell(editor, column: int, value) -> None:
    widget = QApplication.focusWidget()
    choices = editor.model.columns[column].choices
    if isinstance(widget, QComboBox):
        values = [v for v, _ in choices(editor.model.binder.plan)]
        steps = values.index(value) - widget.currentIndex()
        key = Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up
        for _ in range(abs(steps)):
            _press(widget, key)
    else:
        type_text(widget, value)
    _press(widget, Qt.Key.Key_Return)


def add_row(editor, values: list) -> None:
    """Enter in the table adds a row and opens its first cell; the rest with F2."""
    editor.table.setFocus()
    _press(editor.table, Qt.Key.Key_Return)
    row = editor.table.currentIndex().row()
    _type_in_cell(editor, 0, values[0])
    for column, value in values[1:]:
        edit_cell(editor, row, column, value)


def fill(page, qtbot, lang: str) -> None:
    t = TEXTS[lang]
    _field(page.vision, t["vision"])
    _field(page.mission, t["mission"])
    mid = page.midterm_card
    _field(mid.title_field, t["title"])
    _field(mid.start_year, "2026", enter=True)
    _field(mid.end_year, "2028", enter=True)
    _field(mid.summary, t["summary"])
    for label, value, unit, year in t["targets"]:
        add_row(mid.targets, [label, (2, unit), (1, value), (3, year)])
    _field(page.strategy_card.business_strategy, t["strategy"])
    for text in t["priorities"]:
        add_row(page.strategy_card.priorities, [text])

    detail = page.goals_card.detail
    for name in t["departments"]:
        _field(detail.new_department, name, enter=True)
    for name, category, unit, baseline, target, deadline, owner, contribution, notes, agreed in t["goals"]:
        add_row(page.goals_editor, [name, (1, category), (4, unit), (2, baseline), (3, target), (5, deadline),
                                    (6, owner)])
        _field(detail.contribution, contribution)
        _field(detail.notes, notes)
        for row in agreed:
            detail.departments.setFocus()
            detail.departments.setCurrentRow(row)
            _press(detail.departments, Qt.Key.Key_Space)


def assert_filled(plan, lang: str) -> None:
    t = TEXTS[lang]
    s = plan.strategy
    assert (s.vision, s.mission, s.business_strategy) == (t["vision"], t["mission"], t["strategy"])
    mtp = s.mid_term_plan
    assert (mtp.title, mtp.start_year, mtp.end_year, mtp.summary) == (t["title"], 2026, 2028, t["summary"])
    thousand = plan.settings.money_unit.divisor
    assert [(h.label, h.value, h.unit, h.year) for h in mtp.headline_targets] == [
        (t["targets"][0][0], 3_000_000 * thousand, Unit.JPY, 2028), (t["targets"][1][0], 0.12, Unit.PERCENT, 2028)]
    assert [p.text for p in s.priorities] == t["priorities"]
    departments = [d.id for d in plan.settings.departments]
    assert [d.name for d in plan.settings.departments] == t["departments"]
    expected_goals = [
        (t["goals"][0][0], GoalCategory.REVENUE, 800_000 * thousand, 1_000_000 * thousand, Unit.JPY,
         dt.date(2027, 3, 31), t["goals"][0][6], t["goals"][0][7], t["goals"][0][8], departments),
        (t["goals"][1][0], GoalCategory.NEW_CUSTOMERS, 20, 40, Unit.COUNT, dt.date(2027, 3, 31), t["goals"][1][6],
         t["goals"][1][7], t["goals"][1][8], departments[:1]),
    ]
    assert [(g.name, g.category, g.baseline, g.target, g.unit, g.deadline, g.owner, g.marketing_contribution,
             g.notes, g.agreed_department_ids) for g in s.goals] == expected_goals
