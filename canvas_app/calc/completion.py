"""How complete each of the four steps is, for the navigator (0.0–1.0 per step).

A step is a list of parts; each part scores 0.0–1.0 (a share where it makes sense, e.g.
3 of 4 KPIs with an owner = 0.75) and the step's fraction is the mean of its parts.
Part keys are stable; the UI translates them ("what is still missing").

Step 1  vision, mission, business_strategy, goal_with_target, contributions
Step 2  personas, value_propositions, competitors, criteria_scored, channels, journeys
Step 3  kpi_nodes, kpi_targets, kpi_owners, initiatives, initiative_owners,
        initiative_dates, initiative_budgets
Step 4  cadence_participants, held_review, actuals
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from types import MappingProxyType

from canvas_app.model.plan import Plan

from .tree_shape import tree_shape


@dataclass(frozen=True)
class StepCompletion:
    """Completion of one step.

    Attributes:
        step: 1–4.
        fraction: mean of the parts' scores, 0.0–1.0.
        parts: (part key, score) in a fixed order.
        missing: keys of the parts not fully done, in the same order.
    """

    step: int
    fraction: float
    parts: tuple[tuple[str, float], ...]
    missing: tuple[str, ...]

    @property
    def done(self) -> int:
        """How many parts are fully done (score 1.0)."""
        return sum(1 for _, score in self.parts if score >= 1.0)

    @property
    def total(self) -> int:
        return len(self.parts)


def _share(done: int, total: int) -> float:
    """done ÷ total; an empty list scores 0 (nothing there yet means not done)."""
    return done / total if total else 0.0


def _filled(text: str) -> float:
    return 1.0 if text.strip() else 0.0


def _all(items: Sequence[object], test) -> float:
    return _share(sum(1 for item in items if test(item)), len(items))


def _step1(plan: Plan) -> list[tuple[str, float]]:
    strategy = plan.strategy
    goals = strategy.goals
    return [
        ("vision", _filled(strategy.vision)),
        ("mission", _filled(strategy.mission)),
        ("business_strategy", _filled(strategy.business_strategy)),
        ("goal_with_target", 1.0 if any(goal.target is not None for goal in goals) else 0.0),
        ("contributions", _all(goals, lambda goal: goal.marketing_contribution.strip())),
    ]


def _step2(plan: Plan) -> list[tuple[str, float]]:
    customers = plan.customers
    personas = customers.personas
    valued = {vp.persona_id for vp in customers.value_propositions if vp.statement.strip()}
    competitor_ids = {c.id for c in customers.competitors}

    def scored(criterion) -> bool:
        return criterion.our_score is not None and competitor_ids <= set(criterion.competitor_scores)

    journeys = [journey for journey in customers.journeys if journey.stages]
    return [
        ("personas", 1.0 if personas else 0.0),
        ("value_propositions", _all(personas, lambda persona: persona.id in valued)),
        ("competitors", 1.0 if customers.competitors else 0.0),
        ("criteria_scored", _all(customers.criteria, scored) if competitor_ids else 0.0),
        ("channels", 1.0 if customers.channels else 0.0),
        ("journeys", 1.0 if journeys else 0.0),
    ]


def _step3(plan: Plan) -> list[tuple[str, float]]:
    shape = tree_shape(plan)
    nodes = list(shape.nodes.values())
    # Inputs need a target for the tree to compute; computed roots need one as the goal.
    needs_target = [node for node in nodes if node.is_input or node.id not in shape.parent]
    initiatives = plan.roadmap.initiatives
    return [
        ("kpi_nodes", 1.0 if nodes else 0.0),
        ("kpi_targets", _all(needs_target, lambda node: node.target is not None)),
        ("kpi_owners", _all(nodes, lambda node: node.owner.strip())),
        ("initiatives", 1.0 if initiatives else 0.0),
        ("initiative_owners", _all(initiatives, lambda ini: ini.owner.strip())),
        ("initiative_dates", _all(initiatives, lambda ini: ini.start is not None and ini.end is not None)),
        ("initiative_budgets", _all(initiatives, lambda ini: ini.budget_yen is not None)),
    ]


def _step4(plan: Plan) -> list[tuple[str, float]]:
    review = plan.review
    cadence = review.cadence
    return [
        ("cadence_participants", 1.0 if cadence.participants or cadence.participant_department_ids else 0.0),
        ("held_review", 1.0 if any(meeting.held for meeting in review.meetings) else 0.0),
        ("actuals", 1.0 if review.actuals else 0.0),
    ]


_STEPS = MappingProxyType({1: _step1, 2: _step2, 3: _step3, 4: _step4})


def step_completion(plan: Plan, step: int) -> StepCompletion:
    if step not in _STEPS:
        raise ValueError(f"there is no step {step}")
    parts = tuple((key, float(score)) for key, score in _STEPS[step](plan))
    fraction = sum(score for _, score in parts) / len(parts)
    missing = tuple(key for key, score in parts if score < 1.0)
    return StepCompletion(step, fraction, parts, missing)


def plan_completion(plan: Plan) -> tuple[StepCompletion, ...]:
    """Completion of steps 1–4, in order."""
    return tuple(step_completion(plan, step) for step in _STEPS)
