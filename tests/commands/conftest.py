"""A small plan and a session around it: commands need a real QUndoStack, no widgets."""

from __future__ import annotations

import datetime as dt

import pytest

from canvas_app.document import DocumentSession
from canvas_app.model import BusinessGoal, Initiative, KpiNode, Milestone, Persona, Plan
from canvas_app.model.enums import Formula, Unit


def small_plan() -> Plan:
    plan = Plan()
    plan.settings.title = "Plan"
    plan.strategy.goals = [
        BusinessGoal(id="g1", name="Revenue", target=100_000_000, unit=Unit.JPY),
        BusinessGoal(id="g2", name="New customers", target=40, unit=Unit.COUNT),
        BusinessGoal(id="g3", name="Brand", unit=Unit.SCORE),
    ]
    plan.customers.personas = [Persona(id="p1", name="Plant manager")]
    plan.kpis.nodes = [
        KpiNode(id="k-rev", name="Revenue", formula=Formula.PRODUCT, children=["k-deals", "k-size"]),
        KpiNode(id="k-deals", name="Deals", target=40),
        KpiNode(id="k-size", name="Deal size", unit=Unit.JPY, target=2_500_000),
    ]
    plan.roadmap.initiatives = [
        Initiative(
            id="i1",
            name="Trade show",
            start=dt.date(2026, 5, 1),
            end=dt.date(2026, 6, 30),
            milestones=[Milestone(id="m1", name="Booth booked")],
        )
    ]
    return plan


@pytest.fixture
def session() -> DocumentSession:
    # DocumentSession is a QObject, and QUndoStack needs no QApplication to work.
    session = DocumentSession(small_plan())
    yield session
    # Empty the stack while the session is whole: a dirty QUndoStack emits cleanChanged
    # from its destructor into the session's lambda after the session is gone.
    session.undo_stack.clear()


@pytest.fixture(autouse=True)
def _english_messages():
    """Tests here expect English source texts. Translators left installed by an
    in-process run elsewhere (e.g. ``cli.main([... "--lang", "ja"])``) are removed."""
    from PySide6.QtCore import QCoreApplication

    from canvas_app import i18n

    app = QCoreApplication.instance()
    if app is not None:
        i18n.install_translators(app, "en")
    yield
