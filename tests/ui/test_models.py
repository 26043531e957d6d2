"""Item models: thin adapters over the plan, each checked with qtmodeltester."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt

from canvas_app.document import DocumentSession
from canvas_app.model.enums import Status
from canvas_app.ui.editing.binder import Binder
from canvas_app.ui.steps.step3.kpi_tree_model import COLUMNS, NODE_ID_ROLE, KpiTreeModel
from canvas_app.ui.steps.step3.roadmap_models import InitiativesModel
from canvas_app.ui.steps.step4.review_models import ActionItemsModel, ProgressModel


def bound(plan) -> Binder:
    return Binder(DocumentSession(plan))


def column(model, name: str) -> int:
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return headers.index(name)


def cell(model, row: int, col: int, parent=QModelIndex(), role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, col, parent), role)


# -- KPI tree ---------------------------------------------------------------------------


def test_kpi_tree_model_passes_the_model_tester(qtmodeltester, plan):
    model = KpiTreeModel(plan)
    qtmodeltester.check(model)


def test_kpi_tree_model_follows_the_tree(qapp, plan):
    model = KpiTreeModel(plan)
    assert model.columnCount() == len(COLUMNS)
    roots = [cell(model, r, 0) for r in range(model.rowCount())]
    assert roots == ["Total revenue", "SNS followers"]
    total = model.index(0, 0)
    assert [cell(model, r, 0, total) for r in range(model.rowCount(total))] == ["New revenue", "Existing revenue"]
    leads = model.index_of("k-leads")
    assert leads.data() == "Leads"
    chain = []
    index = leads
    while index.isValid():
        chain.append(index.data(NODE_ID_ROLE))
        index = index.parent()
    assert chain == ["k-leads", "k-mql", "k-sql", "k-opp", "k-won", "k-new", "k-total"]


def test_kpi_tree_model_shows_computed_values_actuals_and_status(qapp, plan):
    model = KpiTreeModel(plan)
    value, status, formula = COLUMNS.index("value"), COLUMNS.index("status"), COLUMNS.index("formula")
    won = model.index_of("k-won")
    assert model.index(won.row(), value, won.parent()).data() == "30"
    assert model.index(won.row(), formula, won.parent()).data() == "Opportunities × Win rate"
    total = model.index_of("k-total")
    # 120 M yen actual in M02 against 2/12 of 1,000 M yen: below 80 % → off track.
    assert model.index(total.row(), status, total.parent()).data() == "Off track"
    leads = model.index_of("k-leads")
    assert model.index(leads.row(), status, leads.parent()).data() == "At risk"
    followers = model.index_of("k-followers")
    assert model.index(followers.row(), status, followers.parent()).data() == "—"


def test_kpi_tree_model_reloads_after_a_change(qapp, plan):
    model = KpiTreeModel(plan)
    plan.kpis.nodes[6].target = 4000  # leads
    resets = []
    model.modelReset.connect(lambda: resets.append(True))
    model.reload(plan, model.language)
    won = model.index_of("k-won")
    assert model.index(won.row(), COLUMNS.index("value"), won.parent()).data() == "60"
    assert resets == [True]


def test_kpi_tree_model_of_an_empty_plan(qtmodeltester):
    from canvas_app.model import Plan

    model = KpiTreeModel(Plan())
    qtmodeltester.check(model)
    assert model.rowCount() == 0


# -- tables ---------------------------------------------------------------------------------


def test_initiatives_model_passes_the_model_tester(qtmodeltester, plan):
    model = InitiativesModel(bound(plan))
    qtmodeltester.check(model)
    assert model.rowCount() > 0


def test_review_models_pass_the_model_tester(qtmodeltester, plan):
    qtmodeltester.check(ProgressModel(bound(plan), "M02"))
    qtmodeltester.check(ActionItemsModel(bound(plan), plan.review.meetings[0], dt.date(2026, 7, 1)))


def test_progress_model_compares_actual_to_target_to_date(qapp, plan):
    model = ProgressModel(bound(plan), "M02")
    names = [model.item_at(r)[0].id for r in range(model.rowCount())]
    assert names == ["k-total", "k-leads", "k-win"]
    leads = model.row_of("k-leads")
    assert cell(model, leads, column(model, "Actual to date")) == "270"
    assert model.item_at(leads)[1].status == Status.AT_RISK
    assert cell(model, leads, column(model, "Variance")).startswith("−")


def test_action_items_past_due_are_marked_overdue(qapp, plan):
    model = ActionItemsModel(bound(plan), plan.review.meetings[0], dt.date(2026, 7, 1))
    status = column(model, "Status")
    assert cell(model, 0, status) == "Open · Overdue"
    assert cell(model, 1, status) == "Done"
    assert cell(model, 0, status, role=Qt.ItemDataRole.BackgroundRole) is not None
    early = ActionItemsModel(bound(plan), plan.review.meetings[0], dt.date(2026, 5, 20))
    assert cell(early, 0, status) == "Open"
