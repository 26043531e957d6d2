"""Step 2 — personas (being written)."""

from __future__ import annotations

from .section import Section


class PersonasSection(Section):
    name = "personas"
