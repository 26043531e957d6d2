"""Step 2 channels tab: cells edited as commands, the monthly cost typed in the plan's
money unit (a negative or non-numeric cost refused), totals per month and per stage,
removing a channel clears the journey stages using it, keyboard edits as undo steps,
30 channels, and a workshop filling it from a blank plan in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from canvas_app import i18n
from canvas_app.document import DocumentSession
from canvas_app.model import Channel, Plan
from canvas_app.model.enums import ChannelKind, JourneyPhase, MoneyUnit
from canvas_app.ui.steps.step2.channels import ChannelsSection, cost_totals
from tests.ui.typing import type_text
from tests.ui.workshop import fill_channels
from tests.ui.steps.hosting import host_section, press


def _host(qtbot, session, lang: str = "en") -> ChannelsSection:
    return host_section(qtbot, session, ChannelsSection, lang=lang)


@pytest.fixture
def section(qtbot, session) -> ChannelsSection:
    return _host(qtbot, session)



def test_the_model_passes_qtmodeltester(section, qtmodeltester):
    qtmodeltester.check(section.table.model)
    section.table.add_row()
    section.table.remove_rows()
    qtmodeltester.check(section.table.model)


def test_cells_edit_the_channel(section, session):
    model = section.table.model
    assert model.setData(model.index(0, 0), "展示会")
    assert model.setData(model.index(0, 1), ChannelKind.OFFLINE)
    assert model.setData(model.index(0, 2), JourneyPhase.CONSIDERATION)
    assert model.setData(model.index(0, 4), "佐藤")
    assert model.setData(model.index(0, 5), "年3回")
    channel = session.plan.customers.channels[0]
    assert (channel.name, channel.kind, channel.phase, channel.owner, channel.notes) == \
        ("展示会", ChannelKind.OFFLINE, JourneyPhase.CONSIDERATION, "佐藤", "年3回")
    assert session.undo_stack.count() == 5


def test_the_cost_is_typed_in_the_money_unit(section, session):
    session.plan.settings.money_unit = MoneyUnit.TEN_THOUSAND
    model = section.table.model
    assert model.setData(model.index(0, 3), "80")
    assert session.plan.customers.channels[0].monthly_cost_yen == 800_000
    assert model.data(model.index(0, 3), Qt.ItemDataRole.EditRole) == "80"
    assert model.setData(model.index(0, 3), "1百万円")  # a unit word wins
    assert session.plan.customers.channels[0].monthly_cost_yen == 1_000_000
    assert model.setData(model.index(0, 3), "")
    assert session.plan.customers.channels[0].monthly_cost_yen is None


@pytest.mark.parametrize("typed", ["-5", "abc", "1,2,x"])
def test_a_wrong_cost_is_refused_with_a_message(section, session, typed):
    model = section.table.model
    count = session.undo_stack.count()
    assert not model.setData(model.index(0, 3), typed)
    assert session.plan.customers.channels[0].monthly_cost_yen == 500_000
    assert session.undo_stack.count() == count
    assert section.table.message.text() and not section.table.message.isHidden()


def test_totals_per_month_and_per_stage(section, session):
    assert section.totals.text() == "Total cost per month: 500 thousand yen"
    section.table.add_row()
    model = section.table.model
    model.setData(model.index(1, 3), "250")  # thousand yen, the plan's money unit
    model.setData(model.index(1, 2), JourneyPhase.PURCHASE)
    assert section.totals.text() == "Total cost per month: 750 thousand yen"
    assert cost_totals(session.plan) == (750_000, {JourneyPhase.AWARENESS: 500_000,
                                                   JourneyPhase.PURCHASE: 250_000})
    assert not section.stage_totals.isHidden()
    assert section.stage_totals.text() == "Awareness 500 thousand yen  ·  Purchase 250 thousand yen"
    session.undo_stack.undo()  # the stage
    session.undo_stack.undo()  # the cost
    assert section.totals.text() == "Total cost per month: 500 thousand yen"


def test_removing_a_channel_clears_the_journey_stages_using_it(section, session):
    stage = session.plan.customers.journeys[0].stages[0]
    assert stage.channel_id == "ch1"
    section.table.select_item("ch1")
    section.table.table.setFocus()
    press(section.table.table, Qt.Key.Key_Delete)
    assert session.plan.customers.channels == []
    assert session.plan.customers.journeys[0].stages[0].channel_id is None
    session.undo_stack.undo()
    assert session.plan.customers.journeys[0].stages[0].channel_id == "ch1"
    assert [c.id for c in session.plan.customers.channels] == ["ch1"]


def test_keyboard_enter_adds_and_undo(section, session):
    view = section.table.table
    view.setFocus()
    view.setCurrentIndex(section.table.model.index(0, 0))
    press(view, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    type_text(editor, "Webinars")
    press(editor, Qt.Key.Key_Return)
    assert [c.name for c in session.plan.customers.channels] == ["Trade shows", "Webinars"]
    press(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(session.plan.customers.channels) == 3
    assert session.plan.customers.channels[2].name.startswith("Webinars")
    session.undo_stack.undo()  # the duplicate
    assert [c.name for c in session.plan.customers.channels] == ["Trade shows", "Webinars"]
    session.undo_stack.undo()  # the name
    assert [c.name for c in session.plan.customers.channels] == ["Trade shows", ""]
    session.undo_stack.undo()  # the row
    assert [c.name for c in session.plan.customers.channels] == ["Trade shows"]


def test_select_item(section):
    assert section.select_item("ch1") and section.table.current_id() == "ch1"
    assert not section.select_item("c1")


def test_thirty_channels(qtbot):
    plan = Plan()
    plan.customers.channels = [Channel(id=f"ch{n}", name=f"Channel {n}", monthly_cost_yen=10_000 * n)
                               for n in range(30)]
    session = DocumentSession(plan)
    section = _host(qtbot, session)
    model = section.table.model
    assert model.rowCount() == 30
    assert model.setData(model.index(29, 0), "Last")
    assert plan.customers.channels[29].name == "Last"
    assert section.totals.text() == "Total cost per month: 4,350 thousand yen"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_workshop_fills_it_from_a_blank_plan_and_undoes_it_all(qtbot, qapp, lang):
    if lang == "ja":
        i18n.install_translators(qapp, "ja")
    try:
        plan = Plan()
        plan.settings.money_unit = MoneyUnit.THOUSAND
        session = DocumentSession(plan)
        blank = session.plan.model_dump()
        section = _host(qtbot, session, lang)
        fill_channels.fill(section, qtbot, lang)
        fill_channels.assert_filled(session.plan, lang)
        while session.undo_stack.canUndo():
            session.undo_stack.undo()
        assert session.undo_stack.isClean() and session.plan.model_dump() == blank
        assert section.table.model.rowCount() == 0
        while session.undo_stack.canRedo():
            session.undo_stack.redo()
        fill_channels.assert_filled(session.plan, lang)
    finally:
        i18n.install_translators(qapp, "en")
