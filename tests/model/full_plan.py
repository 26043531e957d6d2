"""One plan with every kind of item and every reference field filled, for model tests."""

from __future__ import annotations

import datetime as dt

from canvas_app.model import (
    ActionItem,
    Actual,
    BusinessGoal,
    Channel,
    Competitor,
    CustomerDesign,
    CustomerJourney,
    Department,
    DifferentiationCriterion,
    HeadlineTarget,
    Initiative,
    JourneyStage,
    KpiNode,
    KpiTree,
    MidTermPlan,
    Milestone,
    Persona,
    Plan,
    PlanSettings,
    ReviewCadence,
    ReviewCycle,
    ReviewDecision,
    ReviewMeeting,
    Roadmap,
    Snapshot,
    StrategicPriority,
    Strategy,
    ValueProposition,
)
from canvas_app.model.enums import (
    Aggregation,
    ChannelKind,
    CompetitorKind,
    Decision,
    DecisionSubject,
    Direction,
    Formula,
    FunnelRole,
    GoalCategory,
    InitiativeStatus,
    JourneyPhase,
    MoneyUnit,
    PersonaPriority,
    PricePosition,
    ReviewKind,
    RevenueStage,
    Unit,
)


def full_plan() -> Plan:
    return Plan(
        settings=PlanSettings(
            title="FY2026 マーケティング計画", company_name="山田製作所", language="ja", fiscal_year=2026,
            fiscal_year_start_month=4, money_unit=MoneyUnit.MILLION,
            departments=[Department(id="sales", name="営業部"), Department(id="mkt", name="マーケティング部")],
        ),
        strategy=Strategy(
            vision="ものづくりを止めない", mission="設備保全を誰でも", business_strategy="中堅工場に集中",
            mid_term_plan=MidTermPlan(title="中期経営計画 2026–2028", start_year=2026, end_year=2028,
                                      headline_targets=[HeadlineTarget(id="ht1", label="売上", value=3e9, year=2028)]),
            priorities=[StrategicPriority(id="pr1", text="既存顧客の拡張")],
            goals=[BusinessGoal(id="g1", name="売上", category=GoalCategory.REVENUE, baseline=1e8, target=1.2e8,
                                deadline=dt.date(2027, 3, 31), owner="社長", marketing_contribution="リード創出",
                                agreed_department_ids=["sales", "mkt"])],
        ),
        customers=CustomerDesign(
            personas=[Persona(id="p1", name="工場長", challenges=["停止"], priority=PersonaPriority.PRIMARY)],
            value_propositions=[ValueProposition(id="vp1", persona_id="p1", pains=["停止"], statement="停止を半減")],
            competitors=[Competitor(id="k1", name="A社", kind=CompetitorKind.DIRECT, price_position=PricePosition.LOWER)],
            criteria=[DifferentiationCriterion(id="c1", name="導入の速さ", our_score=5, competitor_scores={"k1": 3})],
            channels=[Channel(id="ch1", name="展示会", kind=ChannelKind.OFFLINE, phase=JourneyPhase.AWARENESS,
                              monthly_cost_yen=300_000)],
            journeys=[CustomerJourney(id="j1", persona_id="p1", stages=[
                JourneyStage(id="js1", name="認知", channel_id="ch1", customer_thought="止めたくない")])],
        ),
        kpis=KpiTree(nodes=[
            KpiNode(id="rev", name="新規売上", formula=Formula.PRODUCT, children=["deals", "size"], unit=Unit.JPY,
                    target=1.2e8, goal_id="g1", role=FunnelRole.NEW_REVENUE, stage=RevenueStage.SALES,
                    department_id="sales", owner="佐藤"),
            KpiNode(id="deals", name="受注数", target=60, period_targets={"M01": 3}, role=FunnelRole.WON_DEALS),
            KpiNode(id="size", name="平均受注単価", target=2e6, unit=Unit.JPY, aggregation=Aggregation.NON_ADDITIVE,
                    direction=Direction.HIGHER_IS_BETTER, role=FunnelRole.AVERAGE_DEAL_SIZE),
        ]),
        roadmap=Roadmap(initiatives=[
            Initiative(id="ini1", name="ウェビナー", owner="鈴木", start=dt.date(2026, 5, 1), end=dt.date(2026, 9, 30),
                       budget_yen=1_200_000, status=InitiativeStatus.IN_PROGRESS, kpi_ids=["deals"], persona_id="p1",
                       channel_id="ch1", goal_id="g1",
                       milestones=[Milestone(id="ms1", name="初回", date=dt.date(2026, 5, 20))]),
        ]),
        review=ReviewCycle(
            cadence=ReviewCadence(meeting_day=10, participant_department_ids=["sales"], participants=["営業部長"]),
            actuals=[Actual(kpi_id="deals", period="M01", value=2)],
            meetings=[
                ReviewMeeting(id="r1", kind=ReviewKind.MONTHLY, period="M01", date=dt.date(2026, 5, 10), held=True,
                              decisions=[ReviewDecision(id="d1", subject=DecisionSubject.KPI, subject_id="deals",
                                                        decision=Decision.FIX_TACTICS),
                                         ReviewDecision(id="d2", subject=DecisionSubject.INITIATIVE,
                                                        subject_id="ini1", decision=Decision.SCALE)],
                              action_items=[ActionItem(id="a1", text="失注理由を集める", due=dt.date(2026, 6, 1))]),
                ReviewMeeting(id="r2", date=dt.date(2026, 6, 10),
                              action_items=[ActionItem(id="a2", text="続き", carried_from="a1")]),
            ],
        ),
        snapshots=[Snapshot(id="snap1", label="Q1", taken_at=dt.datetime(2026, 7, 1, 9, 30), review_id="r1",
                            plan={"settings": {"fiscal_year": 2026}})],
    )
