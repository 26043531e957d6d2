"""Cross-reference and structure rules of a plan: unique ids, references that resolve,
a KPI tree that is a tree, actuals in valid periods.

Each problem names the item that holds the bad reference, so a user can find it.
"""

from __future__ import annotations

from collections import Counter
import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .base import Item
from .customer import CustomerJourney, DifferentiationCriterion, JourneyStage, ValueProposition
from .enums import DecisionSubject
from .kpi import KpiNode
from .periods import is_period_key, period_keys
from .plan_settings import Department
from .review import ActionItem, ReviewDecision, Snapshot
from .roadmap import Initiative, Milestone, milestones_outside
from .strategy import BusinessGoal
from .walk import item_kind, item_label, iter_items

if TYPE_CHECKING:
    from .plan import Plan


@dataclass(frozen=True)
class Problem:
    """One broken rule. ``code`` is a stable key; the rest fills the message."""

    code: str
    item_kind: str = ""
    item_id: str = ""
    item_name: str = ""
    field: str = ""
    ref: str = ""
    extra: dict[str, str] = dataclasses.field(default_factory=dict)

    def context(self) -> dict[str, str]:
        return {
            "item_kind": self.item_kind,
            "item_id": self.item_id,
            "item_name": self.item_name,
            "field": self.field,
            "ref": self.ref,
            **self.extra,
        }

    def english(self) -> str:
        """Plain English for logs and pydantic; the UI and CLI translate from ``code``."""
        who = f"{self.item_kind} '{self.item_name}' ({self.item_id})"
        return {
            "duplicate_id": f"the id '{self.item_id}' is used by more than one item",
            "dangling_reference": f"{who} refers in '{self.field}' to '{self.ref}', which does not exist",
            "wrong_reference_kind": f"{who} refers in '{self.field}' to '{self.ref}', which is the wrong kind of item",
            "kpi_two_parents": f"{who} appears under more than one KPI",
            "kpi_cycle": f"{who} is part of a cycle in the KPI tree",
            "duplicate_funnel_role": f"{who} has the funnel role '{self.ref}' that another KPI already has",
            "bad_period": f"{who} uses '{self.ref}', which is not a period of this plan",
            "duplicate_actual": f"{who} has more than one actual for period '{self.ref}'",
            "milestone_outside_dates": f"{who} is dated {self.ref}, outside its initiative's dates",
        }.get(self.code, self.code)


def _problem(code: str, item: Item, field_name: str = "", ref: str = "", **extra: str) -> Problem:
    return Problem(code, item_kind(item), item.id, item_label(item), field_name, ref, extra)


def find_problems(plan: Plan) -> list[Problem]:
    """All rule violations of ``plan``, in document order (empty when the plan is sound)."""
    problems: list[Problem] = []
    by_id: dict[str, Item] = {}
    for item, _ in iter_items(plan):
        if item.id in by_id:
            problems.append(_problem("duplicate_id", item))
        else:
            by_id[item.id] = item

    def check(owner: Item, field_name: str, ref: str | None, kinds: tuple[type, ...]) -> None:
        if ref is None:
            return
        target = by_id.get(ref)
        if target is None:
            problems.append(_problem("dangling_reference", owner, field_name, ref))
        elif not isinstance(target, kinds):
            problems.append(_problem("wrong_reference_kind", owner, field_name, ref))

    from .customer import Channel, Competitor, Persona
    from .review import ReviewMeeting

    for item in by_id.values():
        if isinstance(item, BusinessGoal):
            for ref in item.agreed_department_ids:
                check(item, "agreed_department_ids", ref, (Department,))
        elif isinstance(item, (ValueProposition, CustomerJourney)):
            check(item, "persona_id", item.persona_id, (Persona,))
        elif isinstance(item, DifferentiationCriterion):
            for ref in item.competitor_scores:
                check(item, "competitor_scores", ref, (Competitor,))
        elif isinstance(item, JourneyStage):
            check(item, "channel_id", item.channel_id, (Channel,))
        elif isinstance(item, KpiNode):
            for ref in item.children:
                check(item, "children", ref, (KpiNode,))
            check(item, "department_id", item.department_id, (Department,))
            check(item, "goal_id", item.goal_id, (BusinessGoal,))
        elif isinstance(item, Initiative):
            for ref in item.kpi_ids:
                check(item, "kpi_ids", ref, (KpiNode,))
            check(item, "persona_id", item.persona_id, (Persona,))
            check(item, "channel_id", item.channel_id, (Channel,))
            check(item, "goal_id", item.goal_id, (BusinessGoal,))
        elif isinstance(item, ReviewDecision):
            kinds = {DecisionSubject.KPI: (KpiNode,), DecisionSubject.INITIATIVE: (Initiative,)}
            if item.subject in kinds:
                check(item, "subject_id", item.subject_id, kinds[item.subject])
        elif isinstance(item, ActionItem):
            check(item, "carried_from", item.carried_from, (ActionItem,))
        elif isinstance(item, Snapshot):
            check(item, "review_id", item.review_id, (ReviewMeeting,))

    for ref in plan.review.cadence.participant_department_ids:
        if not isinstance(by_id.get(ref), Department):
            problems.append(Problem("dangling_reference", "cadence", "", "", "participant_department_ids", ref))

    problems.extend(_kpi_tree_problems(plan))
    problems.extend(_period_problems(plan, by_id))
    return problems


def _kpi_tree_problems(plan: Plan) -> list[Problem]:
    nodes = {node.id: node for node in plan.kpis.nodes}
    problems: list[Problem] = []
    parents: Counter[str] = Counter(child for node in nodes.values() for child in node.children)
    for node_id, count in parents.items():
        if count > 1 and node_id in nodes:
            problems.append(_problem("kpi_two_parents", nodes[node_id]))

    # A cycle shows up as a node reachable from itself; colour-marking DFS finds it
    # without recursion, so a 10,000-deep hostile tree cannot blow the stack.
    state: dict[str, int] = {}
    for start in nodes:
        if state.get(start):
            continue
        stack = [(start, iter(nodes[start].children))]
        state[start] = 1
        while stack:
            node_id, children = stack[-1]
            child = next(children, None)
            if child is None:
                state[node_id] = 2
                stack.pop()
            elif child in nodes:
                if state.get(child) == 1:
                    problems.append(_problem("kpi_cycle", nodes[child]))
                    return problems
                if not state.get(child):
                    state[child] = 1
                    stack.append((child, iter(nodes[child].children)))

    seen_roles: dict[str, str] = {}
    for node in nodes.values():
        if node.role is not None:
            if node.role in seen_roles:
                problems.append(_problem("duplicate_funnel_role", node, "role", node.role.value))
            seen_roles[node.role] = node.id
    return problems


def edit_problem(plan: Plan, item: object, name: str, value: object) -> Problem | None:
    """The rule of the plan that setting ``item.<name>`` to ``value`` would break, naming
    the item it would clash with; None when the edit keeps the plan sound. Commands ask
    before an edit reaches the plan, so no edit path makes what ``find_problems`` refuses
    at load. The rules one field can break: a funnel role belongs to one KPI; a
    milestone lies within its initiative's dates (checked on the milestone's date and on
    the initiative's start, end and milestones; a plan written before the rule still
    opens, and the health check reports it)."""
    if isinstance(item, KpiNode) and name == "role" and value is not None:
        for node in plan.kpis.nodes:
            if node.role is not None and node.role == value and node.id != item.id:
                return _problem("duplicate_funnel_role", node, "role", node.role.value)
    if isinstance(item, Milestone) and name == "date":
        initiative = milestone_owner(plan, item.id)
        if initiative is not None and milestones_outside([item.model_copy(update={"date": value})],
                                                         initiative.start, initiative.end):
            return _outside_problem(item, value, initiative)
    if isinstance(item, Initiative) and name in ("start", "end", "milestones"):
        start = value if name == "start" else item.start
        end = value if name == "end" else item.end
        stray = milestones_outside(value if name == "milestones" else item.milestones, start, end)
        if stray:
            return _outside_problem(stray[0], stray[0].date, item.model_copy(update={name: value}))
    return None


def insert_problem(plan: Plan, owner: object, item: Item) -> Problem | None:
    """The rule that adding ``item`` to a list of ``owner`` (None: the plan) would break:
    a milestone added to an initiative dated outside its dates. (A copied initiative
    brings its milestones as they were: the health check names any outside its dates.)"""
    if isinstance(item, Milestone) and isinstance(owner, Initiative):
        return edit_problem(plan, owner, "milestones", [*owner.milestones, item])
    return None


def milestone_owner(plan: Plan, milestone_id: str) -> Initiative | None:
    """The initiative a milestone belongs to."""
    return next((i for i in plan.roadmap.initiatives if any(m.id == milestone_id for m in i.milestones)), None)


def _outside_problem(milestone: Milestone, day: object, initiative: Initiative) -> Problem:
    dates = {"start": initiative.start.isoformat() if initiative.start else "",
             "end": initiative.end.isoformat() if initiative.end else ""}
    return _problem("milestone_outside_dates", milestone, "date", str(day), **dates)


def _period_problems(plan: Plan, by_id: dict[str, Item]) -> list[Problem]:
    valid = set(period_keys(plan.settings.granularity))
    problems: list[Problem] = []
    for node in plan.kpis.nodes:
        for key in node.period_targets:
            if key not in valid:
                problems.append(_problem("bad_period", node, "period_targets", key))
    seen: set[tuple[str, str]] = set()
    for actual in plan.review.actuals:
        node = by_id.get(actual.kpi_id)
        if not isinstance(node, KpiNode):
            problems.append(Problem("dangling_reference", "actual", actual.kpi_id, actual.period, "kpi_id", actual.kpi_id))
            continue
        if actual.period not in valid:
            problems.append(_problem("bad_period", node, "actuals", actual.period))
        elif (actual.kpi_id, actual.period) in seen:
            problems.append(_problem("duplicate_actual", node, "actuals", actual.period))
        seen.add((actual.kpi_id, actual.period))
    for meeting in plan.review.meetings:
        if meeting.period and not is_period_key(meeting.period):
            problems.append(_problem("bad_period", meeting, "period", meeting.period))
    return problems
