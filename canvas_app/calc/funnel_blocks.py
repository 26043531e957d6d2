"""What keeps the funnel from working back from the revenue target (FunnelBlock).

A required volume is "—" for a reason the team can fix: no revenue target, no deal
size (or a zero one), or a conversion rate that is missing or zero — 240 opportunities
÷ a 0 % SQL→opportunity rate is no number of SQLs at all. Each such input is one
block, naming the input (its role and KPI, when there is one) and the volumes it
keeps from being worked out, so the page, the command line, the workbook and the
health check can say which number to fill in instead of showing a bare "—".

Codes (``FunnelBlock.code``):

==================  ============================================================
no_revenue_target   no new-revenue target (and no total-revenue target less the
                    existing revenue): nothing to work back from.
no_existing_revenue the new-business target is the total-revenue target less
                    the existing revenue, which has no value (its drivers are empty).
no_deal_size        no average deal size (no KPI, no value, and new revenue ÷ won
                    deals does not give one).
zero_deal_size      an average deal size of zero or less.
no_rate             a conversion rate without a value (no KPI and the planned
                    volumes do not imply one, or a KPI without a value).
zero_rate           a conversion rate of zero or less.
==================  ============================================================

Blocks are listed downstream first (the revenue target, the deal size, then the win
rate up to the lead→MQL rate): the first is the one nearest the target.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from canvas_app.model.enums import FunnelRole as R

from .funnel_roles import CHAIN, RoleReader

__all__ = ["BLOCK_CODES", "FunnelBlock", "RATE_ROLES", "find_blocks"]

NO_REVENUE_TARGET = "no_revenue_target"
NO_EXISTING_REVENUE = "no_existing_revenue"
NO_DEAL_SIZE = "no_deal_size"
ZERO_DEAL_SIZE = "zero_deal_size"
NO_RATE = "no_rate"
ZERO_RATE = "zero_rate"
BLOCK_CODES = (NO_REVENUE_TARGET, NO_EXISTING_REVENUE, NO_DEAL_SIZE, ZERO_DEAL_SIZE, NO_RATE, ZERO_RATE)

#: The conversion rates of the chain, upstream first (lead→MQL … win rate).
RATE_ROLES: tuple[R, ...] = tuple(rate for _, rate, _, _ in CHAIN if rate is not None)


@dataclass(frozen=True)
class FunnelBlock:
    """One input that keeps required volumes from being worked out.

    Attributes:
        code: see the module table.
        role: the input's funnel role (the rate, AVERAGE_DEAL_SIZE, or the revenue
            role whose target is missing: NEW_REVENUE unless only TOTAL_REVENUE exists).
        node_id: the KPI to fill in (None when the plan has no KPI in that role).
        volume: the stage the input converts from (a rate's volume; WON_DEALS for the
            deal size and the target); it and every stage upstream have no requirement.
        next_volume: the stage a rate converts into (None for the deal size and target).
        value: the input's value when it is zero or less, else None.
    """

    code: str
    role: R
    node_id: str | None
    volume: R
    next_volume: R | None
    value: float | None = None

    @property
    def is_rate(self) -> bool:
        return self.code in (NO_RATE, ZERO_RATE)

    def blocked_volumes(self) -> tuple[R, ...]:
        """The stages without a required volume because of this input, upstream first."""
        roles = [volume for volume, *_ in CHAIN]
        return tuple(roles[:roles.index(self.volume) + 1])


def find_blocks(reader: RoleReader, revenue_target: float | None, deal_size: float | None,
                rates: Mapping[R, float | None]) -> tuple[FunnelBlock, ...]:
    """Every input of the chain that blocks a required volume (none without a funnel).

    ``rates``: volume role → the planned conversion into the next stage, as
    ``funnel._stages`` worked it out (a rate KPI's value, else implied by the volumes).
    """
    if not reader.nodes:
        return ()
    blocks: list[FunnelBlock] = []
    total = reader.nodes.get(R.TOTAL_REVENUE)
    new = reader.nodes.get(R.NEW_REVENUE)
    if revenue_target is None and (new is None or new.target is None) and total is not None \
            and total.target is not None:  # total − existing, and existing is not known
        blocks.append(FunnelBlock(NO_EXISTING_REVENUE, R.EXISTING_REVENUE, reader.node_id(R.EXISTING_REVENUE),
                                  R.WON_DEALS, None))
    elif revenue_target is None:
        role = R.NEW_REVENUE if new is not None or total is None else R.TOTAL_REVENUE
        blocks.append(FunnelBlock(NO_REVENUE_TARGET, role, reader.node_id(role), R.WON_DEALS, None))
    deal_node = reader.node_id(R.AVERAGE_DEAL_SIZE)
    if deal_size is None:
        blocks.append(FunnelBlock(NO_DEAL_SIZE, R.AVERAGE_DEAL_SIZE, deal_node, R.WON_DEALS, None))
    elif deal_size <= 0:
        blocks.append(FunnelBlock(ZERO_DEAL_SIZE, R.AVERAGE_DEAL_SIZE, deal_node, R.WON_DEALS, None, deal_size))
    for index in reversed(range(len(CHAIN) - 1)):
        volume, rate_role, _, _ = CHAIN[index]
        rate = rates.get(volume)
        if rate is not None and rate > 0:
            continue
        code, value = (NO_RATE, None) if rate is None else (ZERO_RATE, rate)
        blocks.append(FunnelBlock(code, rate_role, reader.node_id(rate_role), volume, CHAIN[index + 1][0], value))
    return tuple(blocks)
