"""Fill the personas and value propositions of step 2 like a workshop does, from the keyboard.

``fill(section_or_page, qtbot, lang)`` adds two personas with Enter on the cards, types
every field of each (the lists one entry per line), marks the second one "other" with
the arrow keys in its priority list, fills each value proposition, takes the suggested
statement for the first ("Use Suggestion" pressed with Space) and types the second's.
``expected(lang)`` is what the plan must then hold; ``assert_filled(plan, lang)`` checks it.

The section must be shown in an active window (focus events start typing bursts).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from canvas_app.model.enums import PersonaPriority
from canvas_app.text.value_statement import suggest_statement
from tests.ui.typing import type_text

PERSONA_FIELDS = ("name", "segment", "role", "description", "challenges", "needs", "values", "buying_triggers",
                  "objections", "information_sources")
VALUE_FIELDS = ("pains", "pain_relievers", "gains", "gain_creators", "products")

TEXTS = {
    "ja": [
        {"name": "医療機器メーカーの設計者", "segment": "医療機器メーカー（従業員300名以上）", "role": "機構設計の係長",
         "description": "試作を何度も回す。納期と精度を重視", "challenges": ["試作待ちが長い", "公差が厳しい"],
         "needs": ["5日で試作", "量産まで一社で"], "values": ["品質第一", "技術的な対話"],
         "buying_triggers": ["新製品の開発開始", "試作先の納期遅延"], "objections": ["実績がない", "単価が高い"],
         "information_sources": ["日経ものづくり", "展示会"], "priority": PersonaPriority.PRIMARY,
         "pains": ["試作待ちで日程が遅れる", "量産で品質が変わる"], "pain_relievers": ["最短5営業日の試作", "同じ工程で量産"],
         "gains": ["開発スピードで評価が上がる"], "gain_creators": ["図面段階のVA提案"],
         "products": ["Quick Proto", "量産精密部品"], "statement": None},
        {"name": "装置メーカーの購買担当", "segment": "半導体製造装置メーカー", "role": "購買部の主任",
         "description": "価格と安定供給を見る", "challenges": ["コストダウン目標"], "needs": ["原価の根拠"],
         "values": ["説明責任"], "buying_triggers": ["既存先の廃業"], "objections": ["切替の手間"],
         "information_sources": ["業界紙"], "priority": PersonaPriority.OTHER,
         "pains": ["価格と品質の板挟み"], "pain_relievers": ["原価内訳の開示"], "gains": ["説明しやすい選定"],
         "gain_creators": ["工程能力データ"], "products": ["VA提案サービス"],
         "statement": "原価の根拠で社内説明ができる2社目のサプライヤー"},
    ],
    "en": [
        {"name": "Head of E-commerce", "segment": "D2C brands, 1-30bn yen GMV", "role": "Owns the channel P&L",
         "description": "Measured on contribution profit", "challenges": ["No margin per SKU", "Fees in Excel"],
         "needs": ["Daily margin view", "Fee logic maintained"], "values": ["Speed", "Tools people use"],
         "buying_triggers": ["A campaign that lost money", "New CFO"], "objections": ["Another dashboard",
                                                                                  "Integration takes months"],
         "information_sources": ["EC media", "Seller seminars"], "priority": PersonaPriority.PRIMARY,
         "pains": ["Margin seen at month-end", "Manual reconciliation"], "pain_relievers": ["daily margins",
                                                                                          "fee models"],
         "gains": ["credibility with the CFO"], "gain_creators": ["margin playbooks"],
         "products": ["Brightline Core", "Connectors"], "statement": None},
        {"name": "FP&A manager", "segment": "Multi-brand retailers", "role": "Builds the monthly pack",
         "description": "Closes the month in ten days", "challenges": ["Slow close"], "needs": ["One definition"],
         "values": ["Audit trail"], "buying_triggers": ["Board asks for brand P&L"], "objections": ["Security"],
         "information_sources": ["Finance peers"], "priority": PersonaPriority.OTHER,
         "pains": ["Week-long close"], "pain_relievers": ["GL reconciliation"], "gains": ["P&L on day 3"],
         "gain_creators": ["FP&A module"], "products": ["Brightline FP&A"],
         "statement": "A brand P&L that reconciles to your ledger in three days"},
    ],
}


def expected(lang: str) -> list[dict]:
    """The two personas with their value propositions as the plan must hold them."""
    result = []
    for entry in TEXTS[lang]:
        entry = dict(entry)
        if entry["statement"] is None:
            entry["statement"] = suggest_statement(entry["name"], entry["pains"], entry["pain_relievers"],
                                                   entry["gains"], entry["gain_creators"], entry["products"], lang)
        result.append(entry)
    return result


def assert_filled(plan, lang: str) -> None:
    wanted = expected(lang)
    personas = plan.customers.personas
    assert [p.name for p in personas] == [w["name"] for w in wanted]
    for persona, entry in zip(personas, wanted, strict=True):
        for path in (*PERSONA_FIELDS, "priority"):
            assert getattr(persona, path) == entry[path], (persona.name, path)
        values = [vp for vp in plan.customers.value_propositions if vp.persona_id == persona.id]
        assert len(values) == 1, persona.name
        for path in (*VALUE_FIELDS, "statement"):
            assert getattr(values[0], path) == entry[path], (persona.name, path)


def _press(widget: QWidget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifiers)
    QApplication.processEvents()


def _lines(values) -> str:
    return "\n".join(values) if isinstance(values, list) else values


def section_of(section_or_page):
    """The personas section, shown (a step 2 page is switched to its tab)."""
    if hasattr(section_or_page, "sections"):
        section_or_page.show_section("personas")
        QApplication.processEvents()
        return section_or_page.sections["personas"]
    return section_or_page


def fill(section_or_page, qtbot, lang: str) -> None:
    section = section_of(section_or_page)
    for entry in TEXTS[lang]:
        section.cards.setFocus(Qt.FocusReason.OtherFocusReason)
        _press(section.cards, Qt.Key.Key_Return)  # a new persona; the focus goes to its name
        persona_form, value_form = section.persona_form, section.value_form
        assert persona_form.fields["name"].hasFocus()
        for path in PERSONA_FIELDS:
            type_text(persona_form.fields[path], _lines(entry[path]))
        priority = persona_form.fields["priority"]
        priority.setFocus(Qt.FocusReason.TabFocusReason)
        wanted = list(PersonaPriority).index(entry["priority"])
        while priority.currentIndex() != wanted:
            _press(priority, Qt.Key.Key_Down if priority.currentIndex() < wanted else Qt.Key.Key_Up)
        for path in VALUE_FIELDS:
            type_text(value_form.fields[path], _lines(entry[path]))
        if entry["statement"] is None:
            value_form.suggest_button.setFocus(Qt.FocusReason.TabFocusReason)
            _press(value_form.suggest_button, Qt.Key.Key_Space)
        else:
            type_text(value_form.fields["statement"], entry["statement"])
        section.cards.setFocus(Qt.FocusReason.OtherFocusReason)
        qtbot.wait(1)
