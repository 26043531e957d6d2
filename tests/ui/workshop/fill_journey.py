"""Fill the customer journeys of step 2 like a workshop does, from the keyboard.

``fill(section_or_page, qtbot, lang)`` gives the plan's first two personas a journey
(the "Create journey" button), renames the five default stages, fills every cell
(touchpoint on two lines with Shift+Enter, channel picked from the list, what the
customer thinks, our action) and adds a sixth stage with Ctrl+Enter. It needs personas
(and, for the channel row, channels) to exist already. ``assert_filled(plan, lang)``
checks the plan got exactly that.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from canvas_app.ui.steps.step2.journey_grid import CellEditor
from canvas_app.ui.steps.step2.journey_model import ASPECTS, CHANNEL_ROW
from tests.ui.typing import replace_text, type_text

#: (name, touchpoint line 1, touchpoint line 2, customer thinks, our action) per stage.
STAGES = {
    "ja": [
        ("認知", "展示会ブース", "技術コラム", "停止を減らせる方法はないか", "加工サンプルを展示する"),
        ("比較検討", "技術資料DL", "Webセミナー", "本当に5日で出るのか", "3日以内にISが電話する"),
        ("購入", "図面送付", "見積・発注", "購買を説得できる材料がほしい", "48時間で見積とVA提案"),
        ("継続利用", "検査成績書", "定期レビュー", "量産でも同じ品質か", "四半期ごとに工程データ報告"),
        ("推奨", "事例インタビュー", "他部署への紹介", "隣のチームにも教えたい", "事例記事と紹介特典"),
        ("再購入", "年次商談", "追加案件", "次の案件も任せたい", "年1回の提案会"),
    ],
    "en": [
        ("Awareness", "Trade show booth", "Tech column", "Is there a way to stop downtime?", "Show machined samples"),
        ("Consideration", "Guide download", "Webinar", "Can they really ship in 5 days?", "IS calls within 3 days"),
        ("Purchase", "Drawing sent", "Quote and order", "I need facts for purchasing", "Quote and VA idea in 48h"),
        ("Retention", "Inspection report", "Regular review", "Same quality in volume?", "Quarterly process data"),
        ("Advocacy", "Case interview", "Referral", "Tell the team next door", "Case story and referral bonus"),
        ("Repurchase", "Annual meeting", "New project", "Trust them with the next one", "Yearly proposal day"),
    ],
}
PERSONAS_FILLED = 2


def section_of(section_or_page):
    sections = getattr(section_or_page, "sections", None)
    if sections is not None:
        section_or_page.show_section("journey")
        return sections["journey"]
    return section_or_page


def stage_values(lang: str, persona_n: int) -> list[tuple[str, str, str, str]]:
    """(name, touchpoint, thinks, action) of each stage of persona number ``persona_n``."""
    return [(name, f"{line1} ({persona_n + 1})\n{line2}", thinks, action)
            for name, line1, line2, thinks, action in STAGES[lang]]


def channel_pick(n: int, channels: int) -> int:
    """The entry picked in the channel list for stage ``n`` (0 = no channel)."""
    return 0 if n >= 5 or not channels else 1 + n % channels


def _editor(section) -> QWidget:
    """Open the current cell's editor with Enter, as a user does; returns it."""
    QTest.keyClick(section.grid, Qt.Key.Key_Return)
    QApplication.processEvents()
    editor = section.grid.indexWidget(section.grid.currentIndex())
    assert editor is not None, "Enter did not open the cell"
    return editor


def _store(editor: QWidget) -> None:
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def _pick(section, qtbot, entry: int) -> None:
    editor = _editor(section)
    assert isinstance(editor, QComboBox)
    QTest.keyClick(editor, Qt.Key.Key_Home)
    for _ in range(entry):
        QTest.keyClick(editor, Qt.Key.Key_Down)
    _store(editor)


def _fill_stage(section, qtbot, column: int, values: tuple[str, str, str, str], entry: int) -> None:
    name, touchpoint, thinks, action = values
    section.grid.setCurrentIndex(section.model.index(0, column))
    editor = _editor(section)  # the stage name, one line
    replace_text(editor, name)
    _store(editor)
    editor = _editor(section)  # touchpoint: two lines
    assert isinstance(editor, CellEditor)
    first, second = touchpoint.split("\n")
    type_text(editor, first)
    QTest.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(editor, second)
    _store(editor)
    assert section.grid.currentIndex().row() == CHANNEL_ROW
    _pick(section, qtbot, entry)
    for text in (thinks, action):
        editor = _editor(section)
        type_text(editor, text)
        _store(editor)


def fill(section_or_page, qtbot, lang: str) -> None:
    section = section_of(section_or_page)
    plan = section.binder.plan
    channels = len(plan.customers.channels)
    assert len(plan.customers.personas) >= PERSONAS_FILLED, "add personas before journeys"
    for persona_n in range(PERSONAS_FILLED):
        section.persona_combo.setFocus()
        section.persona_combo.setCurrentIndex(persona_n)
        QTest.keyClick(section.create_button, Qt.Key.Key_Space)  # Create journey
        assert section.model.columnCount() == 5
        values = stage_values(lang, persona_n)
        for column in range(5):
            _fill_stage(section, qtbot, column, values[column], channel_pick(column, channels))
        section.grid.setCurrentIndex(section.model.index(0, 4))
        QTest.keyClick(section.grid, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # add a stage
        QApplication.processEvents()
        editor = section.grid.indexWidget(section.grid.currentIndex())  # the new stage's name, open
        type_text(editor, values[5][0])
        _store(editor)
        _fill_stage(section, qtbot, 5, values[5], channel_pick(5, channels))


def expected(plan, lang: str) -> list[list[dict]]:
    """The stages of the first two personas' journeys after ``fill``."""
    channel_ids = [c.id for c in plan.customers.channels]
    result = []
    for persona_n in range(PERSONAS_FILLED):
        stages = []
        for n, (name, touchpoint, thinks, action) in enumerate(stage_values(lang, persona_n)):
            entry = channel_pick(n, len(channel_ids))
            stages.append({"name": name, "touchpoint": touchpoint, "channel_id": channel_ids[entry - 1] if entry
                           else None, "customer_thought": thinks, "our_action": action})
        result.append(stages)
    return result


def assert_filled(plan, lang: str) -> None:
    journeys = {j.persona_id: j for j in plan.customers.journeys}
    for persona, want in zip(plan.customers.personas, expected(plan, lang), strict=False):
        journey = journeys[persona.id]
        got = [{a: getattr(s, a) for a in ASPECTS} for s in journey.stages]
        assert got == want
