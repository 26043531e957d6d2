"""Step 2 — journey (being written)."""

from __future__ import annotations

from .section import Section


class JourneySection(Section):
    name = "journey"
