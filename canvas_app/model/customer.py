"""Step 2 — customers, value, channels and differentiation (顧客・価値・チャネル・差別化)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from .base import DomainModel, Id, Item, Label, Text
from .enums import ChannelKind, CompetitorKind, JourneyPhase, PersonaPriority, PricePosition

#: A 1–5 score in the differentiation matrix.
Score = Annotated[int, Field(ge=1, le=5)]


class Persona(Item):
    name: Label = ""
    segment: Label = ""
    role: Label = ""
    description: Text = ""
    challenges: list[Text] = Field(default_factory=list)
    needs: list[Text] = Field(default_factory=list)
    values: list[Text] = Field(default_factory=list)
    buying_triggers: list[Text] = Field(default_factory=list)
    objections: list[Text] = Field(default_factory=list)
    information_sources: list[Text] = Field(default_factory=list)
    priority: PersonaPriority = PersonaPriority.PRIMARY


class ValueProposition(Item):
    """The value we deliver to one persona (pains → relievers, gains → creators)."""

    persona_id: Id
    pains: list[Text] = Field(default_factory=list)
    pain_relievers: list[Text] = Field(default_factory=list)
    gains: list[Text] = Field(default_factory=list)
    gain_creators: list[Text] = Field(default_factory=list)
    products: list[Text] = Field(default_factory=list)
    statement: Text = ""


class Competitor(Item):
    name: Label = ""
    kind: CompetitorKind = CompetitorKind.DIRECT
    strengths: list[Text] = Field(default_factory=list)
    weaknesses: list[Text] = Field(default_factory=list)
    price_position: PricePosition = PricePosition.SIMILAR
    notes: Text = ""


class DifferentiationCriterion(Item):
    """One row of the differentiation matrix: our score and each competitor's (1–5).

    ``competitor_scores`` maps a competitor id to its score; a missing entry means
    "not scored yet", not zero.
    """

    name: Label = ""
    our_score: Score | None = None
    competitor_scores: dict[Id, Score] = Field(default_factory=dict)


class Channel(Item):
    name: Label = ""
    kind: ChannelKind = ChannelKind.ONLINE
    phase: JourneyPhase = JourneyPhase.AWARENESS
    monthly_cost_yen: int | None = Field(default=None, ge=0, le=10**15)
    owner: Label = ""
    notes: Text = ""


class JourneyStage(Item):
    """One column of a customer journey: what the customer meets, thinks, and what we do."""

    name: Label = ""
    touchpoint: Text = ""
    channel_id: Id | None = None
    customer_thought: Text = ""
    our_action: Text = ""


class CustomerJourney(Item):
    persona_id: Id
    stages: list[JourneyStage] = Field(default_factory=list)


class CustomerDesign(DomainModel):
    personas: list[Persona] = Field(default_factory=list)
    value_propositions: list[ValueProposition] = Field(default_factory=list)
    competitors: list[Competitor] = Field(default_factory=list)
    criteria: list[DifferentiationCriterion] = Field(default_factory=list)
    channels: list[Channel] = Field(default_factory=list)
    journeys: list[CustomerJourney] = Field(default_factory=list)
