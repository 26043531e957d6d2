"""Field paths named in the pages resolve on the plan's classes, and a wrong one fails
where it is named, not as an empty table or field."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import canvas_app.ui
from canvas_app.model import (
    BusinessGoal,
    Channel,
    Competitor,
    CustomerJourney,
    JourneyStage,
    Persona,
    Plan,
    ReviewMeeting,
    ops,
)
from canvas_app.model.walk import index_items
from canvas_app.ui.editing import paths
from canvas_app.ui.steps import PAGE_MODULES

# -- the resolver -------------------------------------------------------------------------------


@pytest.mark.parametrize(("model", "path"), [
    (Plan, "strategy.vision"),
    (Plan, "strategy.mid_term_plan.start_year"),
    (Plan, "settings.money_unit"),
    (Channel, "monthly_cost_yen"),
    (BusinessGoal, "agreed_department_ids"),
    (JourneyStage, "channel_id"),
])
def test_a_field_that_exists_is_returned_as_named(model, path):
    assert paths.field(model, path) == path


@pytest.mark.parametrize(("model", "path"), [
    (Plan, "custmers.channels"),  # the first step misspelled
    (Plan, "strategy.mid_term.start_year"),  # a middle step
    (Plan, "strategy.visoin"),  # the last step
    (Plan, "settings.title.length"),  # through a field that is not a model
    (Plan, "strategy..vision"),
    (Plan, ""),
    (Channel, "monthly_cost"),  # a field renamed away
    (Channel, "name.first"),
    (Persona, "channels"),  # a field of another class
])
def test_a_wrong_path_is_refused(model, path):
    with pytest.raises(paths.UnknownField, match=repr(path)):
        paths.field(model, path)


@pytest.mark.parametrize(("model", "path", "item_class"), [
    (Plan, "customers.channels", Channel),
    (Plan, "strategy.goals", BusinessGoal),
    (Plan, "review.meetings", ReviewMeeting),
    (CustomerJourney, "stages", JourneyStage),
])
def test_a_list_of_items_gives_its_item_class(model, path, item_class):
    assert paths.item_class(model, path) is item_class
    assert paths.list_field(model, path) == path


@pytest.mark.parametrize(("model", "path"), [
    (Plan, "settings.title"),  # text
    (Plan, "strategy"),  # a model, not a list
    (Persona, "challenges"),  # a list of texts, not of items
    (Plan, "customers.chanels"),  # no such field at all
])
def test_what_is_not_a_list_of_items_is_no_slot(model, path):
    with pytest.raises(paths.UnknownField):
        paths.list_field(model, path)
    if model is Plan:
        with pytest.raises(paths.UnknownField):
            paths.plan_slot(path)


def test_a_plan_slot_is_the_slot_of_that_list():
    assert paths.plan_slot("customers.channels") == ops.Slot(None, "customers.channels")


# -- every list the pages name ------------------------------------------------------------------


def _ui_modules():
    for info in pkgutil.walk_packages(canvas_app.ui.__path__, "canvas_app.ui."):
        yield importlib.import_module(info.name)


def test_every_list_a_ui_module_names_is_a_list_of_items_of_the_plan():
    slots = [(module.__name__, name, value) for module in _ui_modules()
             for name, value in vars(module).items() if isinstance(value, ops.Slot)]
    assert len(slots) >= 10  # the walk found the pages' lists (goals, personas, channels…)
    for module, name, slot in slots:
        assert slot.owner_id is None, f"{module}.{name}"
        assert paths.item_class(Plan, slot.path), f"{module}.{name}"


# -- every table and field of every page --------------------------------------------------------

PAGE_STEPS = list(PAGE_MODULES)


def _bound_paths(page) -> list[tuple[type, str]]:
    """(class, path) of every column of every item table and every bound field on ``page``."""
    from canvas_app.ui.editing.fields import Binding
    from canvas_app.ui.editing.table_model import ItemTableModel

    found = []
    for model in page.findChildren(ItemTableModel):
        if model.slot is None:
            assert all(column.path is None for column in model.columns)  # computed rows: shown only
            continue
        item_class = paths.slot_item_class(page.plan, model.slot)
        found += [(item_class, column.path) for column in model.columns if column.path is not None]
    for binding in page.findChildren(Binding):
        item = binding.item()
        assert item is not None, f"{binding.path} never shown with an item"
        found.append((type(item), binding.path))
    return found


@pytest.mark.parametrize("step", PAGE_STEPS)
def test_every_table_and_field_of_a_page_names_a_field_of_the_plan(qtbot, session, step):
    from canvas_app.ui.steps import page_class

    page = page_class(step)(session)
    qtbot.addWidget(page)
    # Show every item the page can show, so each form follows an item of its list.
    for item_id in sorted(index_items(session.plan)):
        page.select_item(item_id)
    found = _bound_paths(page)
    if step in ("1", "2"):  # the editing pages: dozens of named fields
        assert len(found) >= 20
    for model, path in found:
        assert paths.field(model, path) == path


# -- a wrong path fails when the table or field is built -----------------------------------------


def _table(qtbot, binder, slot, path):
    from canvas_app.ui.editing.table_model import Column, ItemTableModel

    return ItemTableModel(binder, slot, [Column(lambda: "Name", "name"), Column(lambda: "Wrong", path)], binder)


def _plan_field(qtbot, binder, path):
    from canvas_app.ui.editing.fields import TextField

    field = TextField(binder, path)
    qtbot.addWidget(field)
    return field


def _item_field(qtbot, binder, path):
    from canvas_app.ui.editing.fields import LineField

    field = LineField(binder, path, "")  # no item yet: nothing to check against
    qtbot.addWidget(field)
    field.set_item("c1")  # a competitor
    return field


CHANNELS = ops.Slot(None, "customers.channels")


@pytest.mark.parametrize(("build", "wrong"), [
    (lambda *b: _table(*b, ops.Slot(None, "customers.chanels"), "name"), "customers.chanels"),
    (lambda *b: _table(*b, CHANNELS, "monthly_cost"), "monthly_cost"),
    (lambda *b: _table(*b, CHANNELS, "customers.channels"), "customers.channels"),
    (lambda *b: _table(*b, ops.Slot("j1", "stagez"), "name"), "stagez"),
    (lambda *b: _plan_field(*b, "strategy.visoin"), "strategy.visoin"),
    (lambda *b: _plan_field(*b, "vision"), "vision"),
    (lambda *b: _item_field(*b, "strenghts"), "strenghts"),
])
def test_a_table_or_field_with_a_wrong_path_fails_when_built(qtbot, session, build, wrong):
    from canvas_app.ui.editing.binder import Binder

    with pytest.raises(paths.UnknownField, match=repr(wrong)):
        build(qtbot, Binder(session))


@pytest.mark.parametrize("build", [
    lambda *b: _table(*b, CHANNELS, "monthly_cost_yen"),
    lambda *b: _table(*b, ops.Slot("j1", "stages"), "touchpoint"),
    lambda *b: _plan_field(*b, "strategy.vision"),
    lambda *b: _item_field(*b, "strengths"),
])
def test_the_same_tables_and_fields_with_right_paths_are_built(qtbot, session, build):
    from canvas_app.ui.editing.binder import Binder

    assert build(qtbot, Binder(session)) is not None
