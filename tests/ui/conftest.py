"""GUI test fixtures: a plan that fills every page, sessions and main windows around it.

Dialogs are never shown: tests replace the ``ask`` classmethods with monkeypatch.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from canvas_app.document import DocumentSession
from canvas_app.model import (
    ActionItem,
    Actual,
    BusinessGoal,
    Channel,
    Competitor,
    CustomerJourney,
    Department,
    DifferentiationCriterion,
    HeadlineTarget,
    Initiative,
    JourneyStage,
    KpiNode,
    Persona,
    Plan,
    ReviewDecision,
    ReviewMeeting,
    StrategicPriority,
    ValueProposition,
)
from canvas_app.model.enums import (
    ActionStatus,
    Aggregation,
    Decision,
    Formula,
    FunnelRole,
    InitiativeStatus,
    RevenueStage,
    ReviewKind,
    Unit,
)

M, IS, S, CS = (RevenueStage.MARKETING, RevenueStage.INSIDE_SALES, RevenueStage.SALES,
                RevenueStage.CUSTOMER_SUCCESS)


def _rate(node_id: str, name: str, value: float, role: FunnelRole, stage: RevenueStage, owner: str = "") -> KpiNode:
    return KpiNode(id=node_id, name=name, unit=Unit.PERCENT, aggregation=Aggregation.NON_ADDITIVE,
                   target=value, role=role, stage=stage, owner=owner)


def rich_plan() -> Plan:
    """A plan with something on every page: goals, personas, a funnel KPI tree, a roadmap,
    actuals, reviews with decisions and actions."""
    plan = Plan()
    s = plan.settings
    s.title, s.company_name, s.language, s.fiscal_year = "FY2026 marketing plan", "Acme Tools", "en", 2026
    s.departments = [Department(id="d-sales", name="Sales"), Department(id="d-mkt", name="Marketing")]
    st = plan.strategy
    st.vision, st.mission = "Every factory runs without downtime", "Make maintenance predictable"
    st.mid_term_plan.title, st.mid_term_plan.start_year, st.mid_term_plan.end_year = "Plan 2028", 2026, 2028
    st.mid_term_plan.headline_targets = [HeadlineTarget(id="h1", label="Revenue", value=3e9, unit=Unit.JPY, year=2028)]
    st.business_strategy = "Grow with mid-size plants in Kansai"
    st.priorities = [StrategicPriority(id="pr1", text="Win 40 new plants")]
    st.goals = [
        BusinessGoal(id="g-rev", name="Revenue", baseline=800_000_000, target=1_000_000_000, unit=Unit.JPY,
                     deadline=dt.date(2027, 3, 31), owner="President", marketing_contribution="Pipeline",
                     agreed_department_ids=["d-sales", "d-mkt"]),
        BusinessGoal(id="g-new", name="New customers", baseline=20, target=40, unit=Unit.COUNT,
                     deadline=dt.date(2027, 3, 31), owner="Sales director"),
    ]
    c = plan.customers
    c.personas = [Persona(id="p1", name="Plant manager", segment="Mid-size plants", challenges=["Downtime"])]
    c.value_propositions = [ValueProposition(id="vp1", persona_id="p1", statement="No surprise stoppages")]
    c.competitors = [Competitor(id="c1", name="BigCo"), Competitor(id="c2", name="LowCost")]
    c.criteria = [
        DifferentiationCriterion(id="cr1", name="Support", our_score=5, competitor_scores={"c1": 3, "c2": 2}),
        DifferentiationCriterion(id="cr2", name="Price", our_score=2, competitor_scores={"c1": 3, "c2": 5}),
    ]
    c.channels = [Channel(id="ch1", name="Trade shows", monthly_cost_yen=500_000, owner="Marketing")]
    c.journeys = [CustomerJourney(id="j1", persona_id="p1", stages=[
        JourneyStage(id="js1", name="Notice", touchpoint="Trade show", channel_id="ch1",
                     customer_thought="Could this stop our downtime?", our_action="Live demo")])]
    plan.kpis.nodes = [
        KpiNode(id="k-total", name="Total revenue", formula=Formula.SUM, children=["k-new", "k-existing"],
                unit=Unit.JPY, role=FunnelRole.TOTAL_REVENUE, goal_id="g-rev", owner="President",
                target=1_000_000_000),
        KpiNode(id="k-new", name="New revenue", formula=Formula.PRODUCT, children=["k-won", "k-size"],
                unit=Unit.JPY, role=FunnelRole.NEW_REVENUE, stage=S, owner="Sales director"),
        KpiNode(id="k-won", name="Won deals", formula=Formula.PRODUCT, children=["k-opp", "k-win"],
                role=FunnelRole.WON_DEALS, stage=S, goal_id="g-new", owner="Sales director"),
        KpiNode(id="k-opp", name="Opportunities", formula=Formula.PRODUCT, children=["k-sql", "k-sql-opp"],
                role=FunnelRole.OPPORTUNITIES, stage=S, owner="Sales"),
        KpiNode(id="k-sql", name="SQLs", formula=Formula.PRODUCT, children=["k-mql", "k-mql-sql"],
                role=FunnelRole.SQLS, stage=IS, owner="IS lead"),
        KpiNode(id="k-mql", name="MQLs", formula=Formula.PRODUCT, children=["k-leads", "k-lead-mql"],
                role=FunnelRole.MQLS, stage=M, owner="Marketing"),
        KpiNode(id="k-leads", name="Leads", target=2000, role=FunnelRole.LEADS, stage=M, owner="Marketing"),
        _rate("k-lead-mql", "Lead → MQL rate", 0.4, FunnelRole.LEAD_TO_MQL_RATE, M, "Marketing"),
        _rate("k-mql-sql", "MQL → SQL rate", 0.25, FunnelRole.MQL_TO_SQL_RATE, IS, "IS lead"),
        _rate("k-sql-opp", "SQL → opportunity rate", 0.5, FunnelRole.SQL_TO_OPPORTUNITY_RATE, S, "Sales"),
        _rate("k-win", "Win rate", 0.3, FunnelRole.WIN_RATE, S, "Sales"),
        KpiNode(id="k-size", name="Average deal size", unit=Unit.JPY, aggregation=Aggregation.NON_ADDITIVE,
                target=5_000_000, role=FunnelRole.AVERAGE_DEAL_SIZE, stage=S, owner="Sales"),
        KpiNode(id="k-existing", name="Existing revenue", formula=Formula.PRODUCT,
                children=["k-customers", "k-retention", "k-rpc"], unit=Unit.JPY,
                role=FunnelRole.EXISTING_REVENUE, stage=CS, owner="CS lead"),
        KpiNode(id="k-customers", name="Customers", target=100, role=FunnelRole.CUSTOMERS, stage=CS,
                aggregation=Aggregation.NON_ADDITIVE, owner="CS lead"),
        _rate("k-retention", "Retention rate", 0.9, FunnelRole.RETENTION_RATE, CS, "CS lead"),
        KpiNode(id="k-rpc", name="Revenue per customer", unit=Unit.JPY, target=9_000_000,
                role=FunnelRole.REVENUE_PER_CUSTOMER, stage=CS, owner="CS lead"),
        KpiNode(id="k-followers", name="SNS followers", target=5000),
    ]
    plan.roadmap.initiatives = [
        Initiative(id="i-show", name="Trade show Osaka", owner="Marketing", start=dt.date(2026, 5, 1),
                   end=dt.date(2026, 6, 30), budget_yen=6_000_000, status=InitiativeStatus.DONE,
                   kpi_ids=["k-leads"], persona_id="p1", channel_id="ch1", goal_id="g-rev"),
        Initiative(id="i-web", name="Webinar series", owner="IS lead", start=dt.date(2026, 7, 1),
                   end=dt.date(2027, 2, 28), budget_yen=2_400_000, status=InitiativeStatus.IN_PROGRESS,
                   kpi_ids=["k-mql"]),
        Initiative(id="i-case", name="Case studies", status=InitiativeStatus.PLANNED),
    ]
    r = plan.review
    r.cadence.participants = ["President", "Sales director"]
    r.actuals = [
        Actual(kpi_id="k-leads", period="M01", value=150), Actual(kpi_id="k-leads", period="M02", value=120),
        Actual(kpi_id="k-win", period="M02", value=0.31),
        Actual(kpi_id="k-total", period="M02", value=120_000_000),
    ]
    r.meetings = [
        ReviewMeeting(id="rv1", kind=ReviewKind.MONTHLY, period="M01", date=dt.date(2026, 5, 10), held=True,
                      decisions=[ReviewDecision(id="dc1", subject_id="k-leads", decision=Decision.SCALE,
                                                rationale="Trade shows work")],
                      action_items=[ActionItem(id="a1", text="Book Nagoya show", owner="Marketing",
                                               due=dt.date(2026, 6, 1), status=ActionStatus.OPEN),
                                    ActionItem(id="a2", text="Update deck", owner="Sales",
                                               due=dt.date(2026, 6, 1), status=ActionStatus.DONE)]),
        ReviewMeeting(id="rv2", kind=ReviewKind.QUARTERLY, period="Q1", date=dt.date(2099, 7, 15)),
    ]
    return plan


@pytest.fixture(scope="session")
def qapp(qapp_args, qapp_cls):
    """pytest-qt's qapp, except that a bare QCoreApplication left behind by an in-process
    command-line test (cli.main creates one to translate its messages) is replaced: the
    widgets here need a QApplication, and Qt allows one application object at a time."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    app = QCoreApplication.instance()
    if app is not None and not isinstance(app, QApplication):
        # Objects of earlier tests die with it (sessions whose dirty undo stacks signal
        # on the way out); they are not this suite's business, so their noise is dropped.
        hook, sys.excepthook = sys.excepthook, lambda *args: None
        try:
            app.shutdown()
        finally:
            sys.excepthook = hook
        app = None
    if app is None:
        app = qapp_cls(qapp_args)
        app.setApplicationName("pytest-qt-qapp")
    yield app


@pytest.fixture
def plan() -> Plan:
    return rich_plan()


@pytest.fixture
def session(plan) -> DocumentSession:
    session = DocumentSession(plan)
    yield session
    try:
        session.undo_stack.clear()  # see tests/commands/conftest.py
    except RuntimeError:
        pass  # already deleted with its window


@pytest.fixture
def saved_plan(tmp_path: Path, plan: Plan) -> Path:
    from canvas_app.storage.project_file import save_plan

    path = tmp_path / "acme.scanvas"
    save_plan(plan, path)
    return path


@pytest.fixture
def window(qtbot, session, qapp):
    """A main window on the rich plan, settings kept in memory only."""
    from canvas_app.settings import AppSettings
    from canvas_app.ui.main_window import MainWindow

    win = MainWindow(session, AppSettings(), None, persist=False)
    # pytest-qt closes the window before fixtures finish: mark it saved first so that
    # closing at teardown asks nothing.
    qtbot.addWidget(win, before_close_func=lambda w: w.session.undo_stack.setClean())
    win.resize(1280, 800)
    with qtbot.waitExposed(win):
        win.show()
    return win


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch):
    """A dialog nobody scripted fails the test instead of blocking it forever."""
    from canvas_app.ui.dialogs.about import AboutDialog
    from canvas_app.ui.dialogs.close_prompt import SaveChangesDialog
    from canvas_app.ui.dialogs.crash_dialog import CrashDialog
    from canvas_app.ui.dialogs.file_dialogs import FileDialogs
    from canvas_app.ui.dialogs.lock_dialog import LockedDialog
    from canvas_app.ui.dialogs.messages import Messages
    from canvas_app.ui.dialogs.recovery_dialog import RecoveryDialog
    from canvas_app.ui.dialogs.save_problems import SaveConflictDialog, SaveFailedDialog
    from canvas_app.ui.dialogs.new_plan_dialog import NewPlanDialog

    def unexpected(name):
        def fail(cls, *args, **kwargs):
            raise AssertionError(f"unexpected modal dialog: {name}{args[1:]}")
        return classmethod(fail)

    for owner, name in ((SaveChangesDialog, "ask"), (FileDialogs, "ask_open_path"), (FileDialogs, "ask_save_path"),
                        (NewPlanDialog, "ask"), (Messages, "error"), (Messages, "info"), (AboutDialog, "show"),
                        (CrashDialog, "ask"), (LockedDialog, "ask"), (RecoveryDialog, "ask"),
                        (SaveConflictDialog, "ask"), (SaveFailedDialog, "ask")):
        monkeypatch.setattr(owner, name, unexpected(f"{owner.__name__}.{name}"))


@pytest.fixture
def dialogs(monkeypatch):
    """Replace every dialog with a scripted answer; records what was asked."""
    from canvas_app.ui.dialogs.close_prompt import CloseChoice, SaveChangesDialog
    from canvas_app.ui.dialogs.file_dialogs import FileDialogs
    from canvas_app.ui.dialogs.messages import Messages
    from canvas_app.ui.dialogs.save_problems import SaveFailedDialog
    from canvas_app.ui.dialogs.new_plan_dialog import NewPlanChoice, NewPlanDialog

    class Script:
        close_choice = CloseChoice.CANCEL
        open_path: Path | None = None
        save_path: Path | None = None
        template: str | None = None  # the template chosen in the New plan wizard, with its own settings
        new_plan = None  # or a whole NewPlanChoice
        asked: list[str] = []
        errors: list[str] = []

    script = Script()
    script.asked, script.errors = [], []

    def ask_close(cls, parent, name):
        script.asked.append(f"close:{name}")
        return script.close_choice

    monkeypatch.setattr(SaveChangesDialog, "ask", classmethod(ask_close))
    monkeypatch.setattr(FileDialogs, "ask_open_path", classmethod(lambda cls, parent, start="": script.open_path))
    monkeypatch.setattr(FileDialogs, "ask_save_path", classmethod(
        lambda cls, parent, suggested="": (script.asked.append(f"save_as:{suggested}"), script.save_path)[1]))
    def ask_new_plan(cls, parent, templates, language="en"):
        script.asked.append("template")
        if script.new_plan is not None or script.template is None:
            return script.new_plan
        t = next(t for t in templates if t.name == script.template)
        return NewPlanChoice(t.name, t.company_name, t.fiscal_year_start_month, t.money_unit, t.departments)

    monkeypatch.setattr(NewPlanDialog, "ask", classmethod(ask_new_plan))
    monkeypatch.setattr(Messages, "error", classmethod(lambda cls, parent, title, text: script.errors.append(text)))
    monkeypatch.setattr(Messages, "info", classmethod(lambda cls, parent, title, text: script.errors.append(text)))
    # A failed save: the reason is recorded like an error; "Save As…" is declined unless
    # a test sets save_as_after_failure (then the Save As dialog above answers).
    script.save_as_after_failure = False
    monkeypatch.setattr(SaveFailedDialog, "ask", classmethod(
        lambda cls, parent, message: (script.errors.append(message), script.save_as_after_failure)[1]))
    return script


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
