"""Hypothesis strategies for whole, valid plans: every part filled at random, every
reference pointing at an item of the right kind, a KPI forest with random formulas and
funnel roles, actuals, meetings, decisions and action items.

Values include the awkward ones a file may hold: 0, negatives, 1e308, blank names,
dates far in the past and future.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

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
    Initiative,
    JourneyStage,
    KpiNode,
    KpiTree,
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
    StatusThresholds,
    Strategy,
    ValueProposition,
)
from canvas_app.model.enums import (
    ActionStatus,
    Aggregation,
    Decision,
    DecisionSubject,
    Direction,
    Formula,
    FunnelRole,
    Granularity,
    InitiativeStatus,
    ReviewKind,
    RevenueStage,
    Unit,
)
from canvas_app.model.periods import MONTHS, QUARTERS, period_keys

numbers = st.one_of(
    st.integers(-1000, 10_000).map(float),
    st.sampled_from([0.0, 0.25, 0.3, 1.0, 1e308, -1e308, 5e-324]),
    st.floats(allow_nan=False, allow_infinity=False),
)
texts = st.one_of(st.just(""), st.just("  "), st.text(max_size=12))
near_dates = st.dates(dt.date(2024, 1, 1), dt.date(2029, 12, 31))
any_dates = st.one_of(near_dates, st.dates(dt.date(1900, 1, 1), dt.date(2200, 12, 31)),
                      st.sampled_from([dt.date.min, dt.date.max]))
yen = st.one_of(st.integers(0, 5_000_000), st.just(10**15))


def maybe(strategy):
    return st.one_of(st.none(), strategy)


def subset(draw, pool, max_size=4):
    return draw(st.lists(st.sampled_from(pool), unique=True, max_size=max_size)) if pool else []


def pick(draw, pool):
    return draw(maybe(st.sampled_from(pool))) if pool else None


@st.composite
def kpi_forests(draw, goal_ids=(), department_ids=(), keys=MONTHS, max_nodes=12):
    """A forest: each node's parent is an earlier node or none; the formula follows the
    number of children (input for none, ratio/difference only for two)."""
    count = draw(st.integers(0, max_nodes))
    parents = [draw(maybe(st.integers(0, i - 1))) if i else None for i in range(count)]
    children = {i: [j for j in range(count) if parents[j] == i] for i in range(count)}
    used_roles: set[FunnelRole] = set()
    nodes = []
    for i in range(count):
        kids = children[i]
        if not kids:
            formula = Formula.INPUT
        elif len(kids) == 2:
            formula = draw(st.sampled_from(list(Formula)[1:]))
        else:
            formula = draw(st.sampled_from([Formula.SUM, Formula.PRODUCT]))
        role = draw(maybe(st.sampled_from(list(FunnelRole))))
        if role in used_roles:
            role = None
        if role is not None:
            used_roles.add(role)
        nodes.append(KpiNode(
            id=f"kpi{i}",
            name=draw(texts),
            formula=formula,
            children=[f"kpi{j}" for j in kids],
            unit=draw(st.sampled_from(list(Unit))),
            direction=draw(st.sampled_from(list(Direction))),
            aggregation=draw(st.sampled_from(list(Aggregation))),
            target=draw(maybe(numbers)),
            period_targets=draw(st.dictionaries(st.sampled_from(keys), numbers, max_size=3)),
            owner=draw(texts),
            department_id=pick(draw, list(department_ids)),
            stage=draw(maybe(st.sampled_from(list(RevenueStage)))),
            role=role,
            goal_id=pick(draw, list(goal_ids)),
        ))
    return nodes


@st.composite
def plans(draw, max_nodes=12):
    granularity = draw(st.sampled_from(list(Granularity)))
    keys = list(period_keys(granularity))
    on_track = draw(st.floats(0.01, 10))
    departments = [Department(id=f"dep{i}", name=draw(texts)) for i in range(draw(st.integers(0, 3)))]
    dep_ids = [d.id for d in departments]
    settings = PlanSettings(
        granularity=granularity,
        fiscal_year=draw(st.integers(2024, 2028)),
        fiscal_year_start_month=draw(st.integers(1, 12)),
        thresholds=StatusThresholds(on_track=on_track, at_risk=draw(st.floats(0.01, on_track))),
        departments=departments,
    )
    goals = [
        BusinessGoal(id=f"goal{i}", name=draw(texts), target=draw(maybe(numbers)),
                     marketing_contribution=draw(texts), agreed_department_ids=subset(draw, dep_ids))
        for i in range(draw(st.integers(0, 3)))
    ]
    goal_ids = [g.id for g in goals]

    personas = [Persona(id=f"persona{i}", name=draw(texts)) for i in range(draw(st.integers(0, 3)))]
    persona_ids = [p.id for p in personas]
    vps = [
        ValueProposition(id=f"vp{i}", persona_id=draw(st.sampled_from(persona_ids)), statement=draw(texts),
                         pain_relievers=draw(st.lists(texts, max_size=2)))
        for i in range(draw(st.integers(0, 3)) if persona_ids else 0)
    ]
    competitors = [Competitor(id=f"comp{i}", name=draw(texts)) for i in range(draw(st.integers(0, 2)))]
    comp_ids = [c.id for c in competitors]
    criteria = [
        DifferentiationCriterion(
            id=f"crit{i}", name=draw(texts), our_score=draw(maybe(st.integers(1, 5))),
            competitor_scores={c: draw(st.integers(1, 5)) for c in subset(draw, comp_ids)},
        )
        for i in range(draw(st.integers(0, 2)))
    ]
    channels = [Channel(id=f"chan{i}", name=draw(texts)) for i in range(draw(st.integers(0, 2)))]
    chan_ids = [c.id for c in channels]
    journeys = [
        CustomerJourney(id=f"journey{i}", persona_id=draw(st.sampled_from(persona_ids)), stages=[
            JourneyStage(id=f"journey{i}-stage{j}", name=draw(texts), channel_id=pick(draw, chan_ids))
            for j in range(draw(st.integers(0, 2)))
        ])
        for i in range(draw(st.integers(0, 2)) if persona_ids else 0)
    ]

    nodes = draw(kpi_forests(goal_ids, dep_ids, keys, max_nodes))
    kpi_ids = [n.id for n in nodes]

    initiatives = []
    for i in range(draw(st.integers(0, 4))):
        dates = sorted([draw(any_dates), draw(any_dates)])
        start, end = draw(st.sampled_from([(dates[0], dates[1]), (dates[0], None), (None, dates[1]), (None, None)]))
        initiatives.append(Initiative(
            id=f"ini{i}", name=draw(texts), owner=draw(texts), start=start, end=end,
            budget_yen=draw(maybe(yen)), status=draw(st.sampled_from(list(InitiativeStatus))),
            kpi_ids=subset(draw, kpi_ids), persona_id=pick(draw, persona_ids), channel_id=pick(draw, chan_ids),
            goal_id=pick(draw, goal_ids),
            milestones=[Milestone(id=f"ini{i}-ms{j}", date=draw(maybe(any_dates))) for j in range(draw(st.integers(0, 1)))],
        ))
    ini_ids = [i.id for i in initiatives]

    actuals = []
    if kpi_ids:
        pairs = draw(st.lists(st.tuples(st.sampled_from(kpi_ids), st.sampled_from(keys)), unique=True, max_size=10))
        actuals = [Actual(kpi_id=k, period=p, value=draw(numbers)) for k, p in pairs]

    meetings = []
    action_ids: list[str] = []
    for i in range(draw(st.integers(0, 3))):
        decisions = []
        for j in range(draw(st.integers(0, 2))):
            subject = draw(st.sampled_from(list(DecisionSubject)))
            pool = {DecisionSubject.KPI: kpi_ids, DecisionSubject.INITIATIVE: ini_ids}.get(subject, [])
            decisions.append(ReviewDecision(
                id=f"rev{i}-dec{j}", subject=subject, subject_id=pick(draw, pool),
                decision=draw(st.sampled_from(list(Decision))), revisit_step=draw(maybe(st.integers(1, 3))),
            ))
        actions = []
        for j in range(draw(st.integers(0, 2))):
            actions.append(ActionItem(
                id=f"rev{i}-act{j}", text=draw(texts), owner=draw(texts), due=draw(maybe(any_dates)),
                status=draw(st.sampled_from(list(ActionStatus))), carried_from=pick(draw, action_ids),
            ))
        action_ids += [a.id for a in actions]
        meetings.append(ReviewMeeting(
            id=f"rev{i}", kind=draw(st.sampled_from(list(ReviewKind))),
            period=draw(st.sampled_from(["", *MONTHS, *QUARTERS])), date=draw(maybe(any_dates)),
            held=draw(st.booleans()), decisions=decisions, action_items=actions,
        ))
    cadence = ReviewCadence(
        meeting_day=draw(maybe(st.integers(1, 28))),
        participant_department_ids=subset(draw, dep_ids),
        participants=draw(st.lists(texts, max_size=2)),
    )
    snapshots = []
    if meetings and draw(st.booleans()):
        snapshots.append(Snapshot(id="snap0", taken_at=dt.datetime(2026, 7, 1, 9, 0), review_id=meetings[0].id,
                                  plan={}))
    return Plan(
        settings=settings,
        strategy=Strategy(vision=draw(texts), mission=draw(texts), business_strategy=draw(texts), goals=goals),
        customers=CustomerDesign(personas=personas, value_propositions=vps, competitors=competitors,
                                 criteria=criteria, channels=channels, journeys=journeys),
        kpis=KpiTree(nodes=nodes),
        roadmap=Roadmap(initiatives=initiatives),
        review=ReviewCycle(cadence=cadence, actuals=actuals, meetings=meetings),
        snapshots=snapshots,
    )
