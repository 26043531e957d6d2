"""Build a revenue KPI tree on step 3 like a workshop does, from the keyboard.

``fill(page, qtbot, lang)`` builds revenue = won deals × average deal size, down through
opportunities, SQLs and MQLs to leads, in the outliner: Enter adds the first KPI and
opens its name, Insert adds the KPI it is computed from, Enter the rate beside it, ↑
goes back up to the computed KPI. Then, in the KPI form, each computed KPI becomes a
product, each KPI gets its funnel role and unit (arrow keys in the lists), and the
targets are typed as people type them (the revenue goal in the plan's money unit with
a unit word, rates as 25 for 25 %). Two months of leads get their own targets. Last,
back-calculation (逆算) works out the leads the revenue target needs, and it is applied.

``assert_filled(plan, lang)`` checks what the plan must then hold.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from canvas_app.calc import kpi_tree
from canvas_app.model.enums import Formula, FunnelRole, Unit
from tests.ui.typing import type_text

R = FunnelRole
#: (role, unit, typed target) from the root down; computed KPIs come in pairs with their input.
CHAIN = (
    (R.NEW_REVENUE, Unit.JPY, {"ja": "2億", "en": "200,000"}),  # thousand yen: 200 million
    (R.WON_DEALS, Unit.COUNT, None), (R.AVERAGE_DEAL_SIZE, Unit.JPY, {"ja": "400万", "en": "4,000"}),
    (R.OPPORTUNITIES, Unit.COUNT, None), (R.WIN_RATE, Unit.PERCENT, {"ja": "25", "en": "25%"}),
    (R.SQLS, Unit.COUNT, None), (R.SQL_TO_OPPORTUNITY_RATE, Unit.PERCENT, {"ja": "50", "en": "50"}),
    (R.MQLS, Unit.COUNT, None), (R.MQL_TO_SQL_RATE, Unit.PERCENT, {"ja": "40", "en": "40"}),
    (R.LEADS, Unit.COUNT, {"ja": "1000", "en": "1,000"}), (R.LEAD_TO_MQL_RATE, Unit.PERCENT, {"ja": "20", "en": "20"}),
)
NAMES = {
    "ja": ("新規売上", "受注数", "平均受注単価", "商談数", "受注率", "SQL数", "商談化率", "MQL数", "SQL化率", "リード数",
           "MQL化率"),
    "en": ("New revenue", "Won deals", "Average deal size", "Opportunities", "Win rate", "SQLs",
           "SQL to opportunity rate", "MQLs", "MQL to SQL rate", "Leads", "Lead to MQL rate"),
}
TARGETS = {R.NEW_REVENUE: 200_000_000, R.AVERAGE_DEAL_SIZE: 4_000_000, R.WIN_RATE: 0.25,
           R.SQL_TO_OPPORTUNITY_RATE: 0.5, R.MQL_TO_SQL_RATE: 0.4, R.LEAD_TO_MQL_RATE: 0.2}
#: Two months of leads typed by hand (fiscal keys), the rest left to the even split.
OVERRIDES = {"M01": 300, "M06": 900}
#: 200 M ÷ 4 M = 50 won deals ÷ 25 % = 200 opportunities ÷ 50 % = 400 SQLs ÷ 40 % = 1,000 MQLs ÷ 20 %.
SOLVED_LEADS = 5_000


def _press(widget: QWidget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifiers)
    QApplication.processEvents()


def _name_in_place(section, name: str) -> None:
    editor = QApplication.focusWidget()
    assert editor is not section.tree, "the outliner did not open the name"
    type_text(editor, name)
    _press(editor, Qt.Key.Key_Return)


def _choose(combo, value) -> None:
    """Pick ``value`` in a bound list from the keyboard: Alt+↓ opens the list, the arrows
    move in it (nothing is chosen on the way), Enter picks."""
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    wanted = combo._values.index(value)  # noqa: SLF001 - the values behind the labels
    if combo.currentIndex() == wanted:
        return
    _press(combo, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    view = combo.view()
    assert view.isVisible(), "Alt+Down did not open the list"
    while view.currentIndex().row() != wanted:
        _press(view, Qt.Key.Key_Down if view.currentIndex().row() < wanted else Qt.Key.Key_Up)
    _press(view, Qt.Key.Key_Return)
    assert combo.currentIndex() == wanted


def _type_target(field, text: str) -> None:
    field.setFocus(Qt.FocusReason.TabFocusReason)
    field.selectAll()
    type_text(field, text)
    _press(field, Qt.Key.Key_Return)


def build_tree(section, lang: str) -> list[str]:
    """The eleven KPIs, from the keyboard; returns their ids in CHAIN order."""
    tree = section.tree
    names = NAMES[lang]
    tree.setFocus(Qt.FocusReason.OtherFocusReason)
    _press(tree, Qt.Key.Key_Return)  # the first KPI
    _name_in_place(section, names[0])
    ids = [section.current_id()]
    for n in range(1, len(names), 2):
        _press(tree, Qt.Key.Key_Insert)  # what the KPI above is computed from ...
        _name_in_place(section, names[n])
        ids.append(section.current_id())
        _press(tree, Qt.Key.Key_Return)  # ... and the rate or size beside it
        _name_in_place(section, names[n + 1])
        ids.append(section.current_id())
        _press(tree, Qt.Key.Key_Up)  # back to the computed KPI, to go one level down
    return ids


def fill(page, qtbot, lang: str) -> dict[FunnelRole, str]:
    page.show_section("tree")
    section = page.tree_section
    QApplication.processEvents()
    ids = build_tree(section, lang)
    section.show_panel("form")
    form = section.panels["form"]
    for node_id, (role, unit, typed) in zip(ids, CHAIN, strict=True):
        assert section.select_item(node_id)
        if role in (R.NEW_REVENUE, R.WON_DEALS, R.OPPORTUNITIES, R.SQLS, R.MQLS):
            _choose(form.fields["formula"], Formula.PRODUCT)
        _choose(form.fields["role"], role)
        _choose(form.fields["unit"], unit)
        if typed is not None:
            _type_target(form.fields["target"], typed[lang])
    roles = dict(zip((role for role, _unit, _typed in CHAIN), ids, strict=True))

    assert section.select_item(roles[R.LEADS])  # two months typed by hand
    section.show_panel("periods")
    periods = section.panels["periods"]
    QApplication.processEvents()
    for key, value in OVERRIDES.items():
        _type_target(periods.cells[key], str(value))

    assert section.select_item(roles[R.NEW_REVENUE])  # 逆算: the leads the revenue target needs
    section.show_panel("solve")
    solve = section.panels["solve"]
    QApplication.processEvents()
    solve.choose_input(roles[R.LEADS])
    assert solve.apply() == ""
    qtbot.wait(1)
    return roles


def assert_filled(plan, lang: str) -> None:
    nodes = {node.role: node for node in plan.kpis.nodes}
    assert [nodes[role].name for role, _u, _t in CHAIN] == list(NAMES[lang])
    for role, unit, _typed in CHAIN:
        node = nodes[role]
        assert node.unit == unit, role
        computed = role in (R.NEW_REVENUE, R.WON_DEALS, R.OPPORTUNITIES, R.SQLS, R.MQLS)
        assert node.formula == (Formula.PRODUCT if computed else Formula.INPUT), role
    for role, target in TARGETS.items():
        assert nodes[role].target == target, role
    leads = nodes[R.LEADS]
    assert leads.target == SOLVED_LEADS
    assert leads.period_targets == {key: float(value) for key, value in OVERRIDES.items()}
    values = kpi_tree.evaluate(plan)
    assert values.value(nodes[R.NEW_REVENUE].id) == TARGETS[R.NEW_REVENUE]  # forward evaluation meets it exactly
