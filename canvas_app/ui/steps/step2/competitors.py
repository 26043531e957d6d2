"""Step 2 — competitors (being written)."""

from __future__ import annotations

from .section import Section


class CompetitorsSection(Section):
    name = "competitors"
