"""The differentiation matrix read as a CMO reads it: where we beat every competitor.

A criterion is one of *our differentiators* when we have scored ourselves and our score
is higher than the score of every competitor scored on it. A competitor not scored on a
criterion does not count (a missing score means "not scored yet", not zero); a criterion
no competitor is scored on is not a differentiator (there is nothing to beat yet).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import DifferentiationCriterion, Plan


def is_differentiator(criterion: DifferentiationCriterion, competitor_ids: Iterable[str]) -> bool:
    """Our score beats every scored competitor among ``competitor_ids``."""
    if criterion.our_score is None:
        return False
    scores = [criterion.competitor_scores[c] for c in competitor_ids if c in criterion.competitor_scores]
    return bool(scores) and all(criterion.our_score > s for s in scores)


def differentiators(plan: Plan) -> list[DifferentiationCriterion]:
    """The plan's criteria where we beat every competitor, in the matrix's order."""
    ids = [c.id for c in plan.customers.competitors]
    return [c for c in plan.customers.criteria if is_differentiator(c, ids)]
