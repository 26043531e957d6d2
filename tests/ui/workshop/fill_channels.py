"""Fill the channels of step 2 like a workshop does, from the keyboard.

``fill(section_or_page, qtbot, lang)`` adds three channels with Enter in the table, types
each name in the cell that opens, picks online/offline and the funnel stage with the
arrow keys (F2 opens the cell's list) and types the monthly cost (in the plan's money
unit), the owner and the notes. ``expected(lang)`` is what the plan must then hold;
``assert_filled(plan, lang)`` checks it.

The section must be shown in an active window (focus events start typing bursts).
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from canvas_app.model.enums import ChannelKind, JourneyPhase
from canvas_app.text import parsing
from tests.ui.workshop.fill_competitors import add_row_with_name, choose_cell, type_cell

#: name, kind, stage, monthly cost as typed, owner, notes
CHANNELS = {
    "ja": [
        ("展示会", ChannelKind.OFFLINE, JourneyPhase.AWARENESS, "150", "佐藤 美咲", "年3回出展"),
        ("技術コラム", ChannelKind.ONLINE, JourneyPhase.CONSIDERATION, "30", "中村 彩", "月4本"),
        ("代理店", ChannelKind.OFFLINE, JourneyPhase.PURCHASE, "", "田中", "紹介料10%"),
    ],
    "en": [
        ("Trade shows", ChannelKind.OFFLINE, JourneyPhase.AWARENESS, "800", "Dana Whitfield", "Booth in spring"),
        ("Webinars", ChannelKind.ONLINE, JourneyPhase.CONSIDERATION, "1,500", "Sam Porter", "Monthly"),
        ("Customer community", ChannelKind.ONLINE, JourneyPhase.ADVOCACY, "0", "Emma Clarke", "Quarterly meetups"),
    ],
}


def expected(lang: str, money_unit) -> list[tuple]:
    """The channels as the plan must hold them (cost in whole yen, None when left empty)."""
    return [(name, kind, phase, parsing.parse_money(cost, money_unit), owner, notes)
            for name, kind, phase, cost, owner, notes in CHANNELS[lang]]


def assert_filled(plan, lang: str) -> None:
    got = [(c.name, c.kind, c.phase, c.monthly_cost_yen, c.owner, c.notes) for c in plan.customers.channels]
    assert got == expected(lang, plan.settings.money_unit)


def section_of(section_or_page):
    """The channels section, shown (a step 2 page is switched to its tab)."""
    if hasattr(section_or_page, "sections"):
        section_or_page.show_section("channels")
        QApplication.processEvents()
        return section_or_page.sections["channels"]
    return section_or_page


def fill(section_or_page, qtbot, lang: str) -> None:
    section = section_of(section_or_page)
    table = section.table
    start = table.model.rowCount()
    for n, (name, kind, phase, cost, owner, notes) in enumerate(CHANNELS[lang]):
        row = start + n
        add_row_with_name(table, name)
        choose_cell(table, row, 1, kind)
        choose_cell(table, row, 2, phase)
        if cost:
            type_cell(table, row, 3, cost)
        type_cell(table, row, 4, owner)
        type_cell(table, row, 5, notes)
