"""Step 2 competitors tab: competitors and their details, the differentiation matrix
(columns follow the competitors, scores 1–5 refused otherwise, empty = not scored), the
radar chart, our differentiators, keyboard edits as undo steps, and a workshop filling
it from a blank plan in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from canvas_app import i18n
from canvas_app.calc.differentiation import differentiators, is_differentiator
from canvas_app.document import DocumentSession
from canvas_app.model import Competitor, DifferentiationCriterion, Plan
from canvas_app.ui import theme
from canvas_app.ui.steps.step2.competitors import CompetitorsSection
from canvas_app.ui.steps.step2.matrix_model import parse_score
from canvas_app.ui.widgets.radar import RadarChart, RadarSeries
from canvas_app.text.parsing import ParseError
from tests.ui.typing import type_text
from tests.ui.workshop import fill_competitors
from tests.ui.steps.hosting import host_section, press

SCORE_MESSAGE = "Please enter a score from 1 to 5."


def _host(qtbot, session, lang: str = "en") -> CompetitorsSection:
    return host_section(qtbot, session, CompetitorsSection, lang=lang)


@pytest.fixture
def section(qtbot, session) -> CompetitorsSection:
    return _host(qtbot, session)



def headers(model):
    """The full column names (the header itself may cut a long one short to fit)."""
    return [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            for c in range(model.columnCount())]


def test_every_model_passes_qtmodeltester(section, qtmodeltester):
    qtmodeltester.check(section.competitors.table.model)
    qtmodeltester.check(section.matrix.model)
    section.competitors.table.add_row()
    section.matrix.table.add_row()
    section.competitors.table.remove_rows()
    qtmodeltester.check(section.competitors.table.model)
    qtmodeltester.check(section.matrix.model)


def test_editing_a_competitor_and_its_details(section, session):
    card = section.competitors
    model = card.table.model
    assert model.setData(model.index(0, 0), "大手メーカー")
    assert session.plan.customers.competitors[0].name == "大手メーカー"
    assert card.table.select_item("c2")
    assert card.strengths.binding.item_id == "c2" and "LowCost" in card.detail_title.text()
    type_text(card.strengths, "Cheap\nFast")
    assert session.plan.customers.competitors[1].strengths == ["Cheap", "Fast"]
    type_text(card.notes, "注意")
    assert session.plan.customers.competitors[1].notes == "注意"


@pytest.mark.parametrize("typed", ["0", "6", "2.5", "abc", "-1"])
def test_a_score_outside_1_to_5_is_refused_with_a_message(section, session, typed):
    model, table = section.matrix.model, section.matrix.table
    before = session.plan.customers.criteria[0].model_copy(deep=True)
    count = session.undo_stack.count()
    for column in (1, 2, 3):
        assert not model.setData(model.index(0, column), typed)
        assert table.message.text() == SCORE_MESSAGE and not table.message.isHidden()
    assert session.plan.customers.criteria[0] == before
    assert session.undo_stack.count() == count


def test_a_score_typed_in_the_cell_editor_is_refused_there(section, session):
    view = section.matrix.table.table
    view.setFocus()
    view.setCurrentIndex(section.matrix.model.index(0, 2))
    press(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    type_text(editor, "7")
    press(editor, Qt.Key.Key_Return)
    assert session.plan.customers.criteria[0].competitor_scores["c1"] == 3
    assert section.matrix.table.message.text() == SCORE_MESSAGE


def test_scores_are_stored_and_an_emptied_cell_is_not_scored(section, session):
    model = section.matrix.model
    assert model.setData(model.index(0, 2), "４")  # full-width from the input method
    assert session.plan.customers.criteria[0].competitor_scores == {"c1": 4, "c2": 2}
    assert model.setData(model.index(0, 2), "")
    assert session.plan.customers.criteria[0].competitor_scores == {"c2": 2}
    assert model.data(model.index(0, 2)) == ""
    assert model.setData(model.index(0, 1), " ")
    assert session.plan.customers.criteria[0].our_score is None
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.plan.customers.criteria[0].competitor_scores == {"c1": 4, "c2": 2}
    assert session.plan.customers.criteria[0].our_score == 5


def test_parse_score():
    assert [parse_score(t) for t in ("1", "5", " 3 ", "３", "")] == [1, 5, 3, 3, None]
    for text in ("0", "6", "2.5", "abc", "1e0", "+2"):
        with pytest.raises(ParseError):
            parse_score(text)


def test_matrix_columns_follow_the_competitors(section, session):
    model, card = section.matrix.model, section.competitors
    assert headers(model)[2:] == ["BigCo", "LowCost"]
    card.table.select_item("c2")
    new_id = card.table.add_row()
    assert headers(model)[2:] == ["BigCo", "LowCost", "(no name)"]
    card.table.model.setData(card.table.model.index(2, 0), "Newcomer")
    assert headers(model)[2:] == ["BigCo", "LowCost", "Newcomer"]
    card.table.select_item(new_id)
    card.table.move_row(-1)
    assert headers(model)[2:] == ["BigCo", "Newcomer", "LowCost"]
    assert model.data(model.index(0, 4)) == "2"  # LowCost's score moved with its column
    card.table.select_item("c1")
    card.table.remove_rows()
    assert headers(model)[2:] == ["Newcomer", "LowCost"]
    assert "c1" not in session.plan.customers.criteria[0].competitor_scores  # scores cleared
    session.undo_stack.undo()
    assert headers(model)[2:] == ["BigCo", "Newcomer", "LowCost"]
    assert session.plan.customers.criteria[0].competitor_scores["c1"] == 3


def test_differentiators_are_listed_and_highlighted_live(section, session):
    matrix = section.matrix
    assert matrix.differentiator_names() == ["Support"]
    assert "Support" in matrix.differentiator_list.text()
    assert matrix.model.data(matrix.model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert matrix.model.data(matrix.model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert "★" in matrix.model.data(matrix.model.index(0, 1))
    matrix.model.setData(matrix.model.index(1, 1), "5")  # Price: 5 against 3 and 5 → not yet
    assert matrix.differentiator_names() == ["Support"]
    matrix.model.setData(matrix.model.index(1, 3), "")  # LowCost not scored on price any more
    assert matrix.differentiator_names() == ["Support", "Price"]
    assert "Price" in matrix.differentiator_list.text()
    matrix.model.setData(matrix.model.index(0, 1), "3")
    assert matrix.differentiator_names() == ["Price"]
    assert "Support" not in matrix.differentiator_list.text()


def test_is_differentiator_rules():
    c = DifferentiationCriterion(id="x", name="x", our_score=4, competitor_scores={"a": 3})
    assert is_differentiator(c, ["a", "b"])
    assert not is_differentiator(c.model_copy(update={"competitor_scores": {}}), ["a"])
    assert not is_differentiator(c.model_copy(update={"our_score": None}), ["a"])
    assert not is_differentiator(c.model_copy(update={"competitor_scores": {"a": 4}}), ["a"])
    plan = Plan()
    plan.customers.competitors = [Competitor(id="a")]
    plan.customers.criteria = [c]
    assert differentiators(plan) == [c]


def _has_colour(image, colour: QColor, tolerance: int = 40) -> bool:
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if abs(pixel.red() - colour.red()) + abs(pixel.green() - colour.green()) \
                    + abs(pixel.blue() - colour.blue()) < tolerance:
                return True
    return False


def test_the_radar_paints_our_polygon(section, session):
    radar = section.matrix.radar
    criteria = session.plan.customers.criteria
    criteria.append(DifferentiationCriterion(id="cr3", name="Speed", our_score=4, competitor_scores={"c1": 2}))
    section.matrix.refresh()
    assert radar.has_chart() and radar.axes == ["Support", "Price", "Speed"]
    image = radar.grab().toImage()
    assert _has_colour(image, QColor(theme.ACCENT))
    assert [s.name for s in radar.series] == ["Us", "BigCo", "LowCost"]


@pytest.mark.parametrize("count", [0, 1, 2, 3, 12])
def test_the_radar_copes_with_any_number_of_criteria(qtbot, count):
    radar = RadarChart()
    qtbot.addWidget(radar)
    radar.resize(360, 420)
    axes = [f"Criterion number {n} with a rather long name" for n in range(count)]
    radar.set_data(axes, [RadarSeries("Us", tuple((n % 5) + 1 for n in range(count)), theme.ACCENT, True),
                          RadarSeries("Them", tuple(None if n % 3 else 2 for n in range(count)), "#d9822b")],
                   "Add at least three criteria to see the radar chart.")
    image = radar.grab().toImage()
    assert radar.has_chart() == (count >= 3)
    assert _has_colour(image, QColor(theme.ACCENT)) == (count >= 3)
    assert radar.heightForWidth(360) > 0


def test_keyboard_enter_adds_delete_removes_and_undo(section, session):
    view = section.matrix.table.table
    view.setFocus()
    view.setCurrentIndex(section.matrix.model.index(1, 0))
    press(view, Qt.Key.Key_Return)
    editor = QApplication.focusWidget()
    type_text(editor, "Delivery")
    press(editor, Qt.Key.Key_Return)
    assert [c.name for c in session.plan.customers.criteria] == ["Support", "Price", "Delivery"]
    view.setFocus()
    press(view, Qt.Key.Key_Delete)
    assert [c.name for c in session.plan.customers.criteria] == ["Support", "Price"]
    session.undo_stack.undo()
    assert [c.name for c in session.plan.customers.criteria] == ["Support", "Price", "Delivery"]
    view.setCurrentIndex(section.matrix.model.index(0, 0))
    press(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(session.plan.customers.criteria) == 4
    assert session.plan.customers.criteria[1].competitor_scores == {"c1": 3, "c2": 2}


def test_select_item_finds_competitors_and_criteria(section):
    assert section.select_item("c2") and section.competitors.table.current_id() == "c2"
    assert section.select_item("cr2") and section.matrix.table.current_id() == "cr2"
    assert not section.select_item("ch1")


def test_a_large_plan_with_twenty_competitors(qtbot):
    plan = Plan()
    plan.customers.competitors = [Competitor(id=f"c{n}", name=f"Competitor {n}") for n in range(20)]
    plan.customers.criteria = [DifferentiationCriterion(id=f"k{n}", name=f"Criterion {n}", our_score=3,
                                                        competitor_scores={f"c{m}": 1 + (m + n) % 5
                                                                           for m in range(20)})
                               for n in range(12)]
    session = DocumentSession(plan)
    section = _host(qtbot, session)
    model = section.matrix.model
    assert model.columnCount() == 22
    assert model.setData(model.index(3, 21), "5")
    assert plan.customers.criteria[3].competitor_scores["c19"] == 5
    section.matrix.radar.grab()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_workshop_fills_it_from_a_blank_plan_and_undoes_it_all(qtbot, qapp, lang):
    if lang == "ja":
        i18n.install_translators(qapp, "ja")
    try:
        session = DocumentSession(Plan())
        blank = session.plan.model_dump()
        section = _host(qtbot, session, lang)
        fill_competitors.fill(section, qtbot, lang)
        fill_competitors.assert_filled(session.plan, lang)
        assert section.matrix.differentiator_names()
        assert section.matrix.radar.has_chart()
        while session.undo_stack.canUndo():
            session.undo_stack.undo()
        assert session.undo_stack.isClean() and session.plan.model_dump() == blank
        assert section.matrix.model.columnCount() == 2 and section.matrix.model.rowCount() == 0
        while session.undo_stack.canRedo():
            session.undo_stack.redo()
        fill_competitors.assert_filled(session.plan, lang)
    finally:
        i18n.install_translators(qapp, "en")
