"""The funnel page edits its inputs in place: a rate typed on a link moves the required
volumes at once, as one undo step, without the page taking the focus away; a weak
conversion is marked on the link between two stages; a plan without a funnel is
offered one from step 1's revenue goal; a blocked rate is said in words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from canvas_app import i18n
from canvas_app.calc.funnel import analyse_funnel
from canvas_app.calc.funnel_template import TEMPLATES
from canvas_app.document import DocumentSession
from canvas_app.model.enums import FunnelRole as R
from canvas_app.storage.project_file import load_plan, serialize
from canvas_app.text.funnel_blocks import block_message
from canvas_app.ui.steps.funnel import FunnelPage
from tests.blocked_rates import CASES, RATE_NODES, SAMPLE, blocked_plan, case_id
from tests.ui.typing import type_text

RETAIL = SAMPLE.with_name("retail_ja.scanvas")  # step 1 has a revenue goal, the tree no funnel


def show(qtbot, plan, lang: str = "en") -> FunnelPage:
    page = FunnelPage(DocumentSession(plan), language=i18n.language(lang))
    qtbot.addWidget(page)
    page.resize(1030, 720)
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)
    QApplication.processEvents()
    return page


def required(page: FunnelPage) -> list[int | None]:
    return [stage.required_whole for stage in page.analysis.stages]


def enter(field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    type_text(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)
    QApplication.processEvents()


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_a_rate_typed_on_its_link_moves_the_volumes_in_one_undo_step_and_keeps_the_focus(qtbot, lang):
    page = show(qtbot, load_plan(SAMPLE).plan, lang)
    before_bytes = serialize(page.plan, saved_at="t", app_version="v")
    before = required(page)
    field = page.links[R.MQLS].rate.field  # MQL → SQL, 35 % in the sample
    assert page.links[R.MQLS].rate.node_id == RATE_NODES[R.MQL_TO_SQL_RATE] and field.isVisible()
    enter(field, "70")
    node = next(n for n in page.plan.kpis.nodes if n.id == RATE_NODES[R.MQL_TO_SQL_RATE])
    assert node.target == pytest.approx(0.7)
    after = required(page)
    assert after[2:] == before[2:]  # SQLs and below do not depend on it
    assert after[:2] != before[:2] and after == [s.required_whole for s in analyse_funnel(page.plan).stages]
    assert page.session.undo_stack.count() == 1
    assert field.hasFocus() and field.text() == "70"
    page.session.undo_stack.undo()
    QApplication.processEvents()
    assert serialize(page.plan, saved_at="t", app_version="v") == before_bytes
    assert required(page) == before and field.text() == "35"


def test_half_typed_text_survives_an_edit_elsewhere(qtbot):
    page = show(qtbot, load_plan(SAMPLE).plan)
    typing = page.links[R.LEADS].rate.field
    typing.setFocus()
    typing.selectAll()
    type_text(typing, "4")  # not committed yet
    enter_elsewhere = page.deal_size.field
    page.binder.edit(enter_elsewhere.binding.item_id, "target", 10_000_000.0, merge=False)  # as another view would
    QApplication.processEvents()
    assert typing.text() == "4" and page.deal_size.field.text() == "10"
    assert required(page)[-1] == 54  # 536.3 million yen ÷ 10 million, rounded up


@pytest.mark.parametrize(("text", "refused"), [("150", "100 %"), ("abc", "number")])
def test_an_impossible_rate_is_refused_at_the_field_and_never_stored(qtbot, text, refused):
    page = show(qtbot, load_plan(SAMPLE).plan)
    before = serialize(page.plan, saved_at="t", app_version="v")
    cell = page.links[R.OPPORTUNITIES].rate
    enter(cell.field, text)
    assert cell.field.error and refused in cell.field.error
    assert cell.message.isVisibleTo(page) and cell.message.text() == cell.field.error
    assert serialize(page.plan, saved_at="t", app_version="v") == before
    assert page.session.undo_stack.count() == 0


def test_the_weak_conversion_is_marked_on_the_link_not_on_a_stage(qtbot):
    page = show(qtbot, load_plan(SAMPLE).plan)
    # MQL volume is at 99 % of plan; the weak link is MQL → SQL (and its days run long).
    assert page.chart.weak_between == {R.MQLS}
    assert [volume for volume, link in page.links.items() if link.weak] == [R.MQLS]
    assert page.links[R.MQLS].note.isVisibleTo(page) and "MQL" in page.links[R.MQLS].note.text()


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("kind", TEMPLATES)
def test_a_plan_without_a_funnel_is_offered_one_from_step_1s_goal(qtbot, lang, kind):
    plan = load_plan(RETAIL).plan
    page = show(qtbot, plan, lang)
    before = serialize(page.plan, saved_at="t", app_version="v")
    assert page.offer_card.isVisible() and not page.chart_card.isVisible()
    assert "460,000,000" in page.figures["target"].text()  # step 1's revenue goal, not "—"
    page.template_buttons[kind].click()
    QApplication.processEvents()
    assert page.session.undo_stack.count() == 1
    assert not page.offer_card.isVisible() and page.chart_card.isVisible()
    # New business alone works back from the goal; with existing customers, from the goal
    # less existing revenue, which waits for its drivers.
    assert page.analysis.has_funnel
    assert page.analysis.revenue_target == (460_000_000 if kind == "new_business" else None)
    # Nothing typed yet: the page says what is missing instead of a bare "—".
    assert page.blocked_rows and page.blocked_rows[0].text() == block_message(
        page.analysis.blocks[0], page.plan, i18n.language(lang))
    assert all(link.rate.field.isVisibleTo(page) for link in page.links.values())
    page.session.undo_stack.undo()
    QApplication.processEvents()
    assert serialize(page.plan, saved_at="t", app_version="v") == before and page.offer_card.isVisible()


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_a_blocked_rate_is_said_on_the_page_and_leads_to_its_field(qtbot, case, lang):
    role, kind = case
    page = show(qtbot, blocked_plan(role, kind), lang)
    block = next(b for b in page.analysis.blocks if b.is_rate)
    sentence = block_message(block, page.plan, i18n.language(lang))
    rows = [row for row in page.blocked_rows if row.text() == sentence]
    assert len(rows) == 1 and rows[0].isVisibleTo(page)
    rows[0].activated.emit()
    QApplication.processEvents()
    assert page.field_of(RATE_NODES[role]).field.hasFocus()
