"""Step 2 — channels (being written)."""

from __future__ import annotations

from .section import Section


class ChannelsSection(Section):
    name = "channels"
