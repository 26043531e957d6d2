"""The plan as saved, for byte-equal comparisons in tests.

``serialize`` stamps the file with the time it is written; two calls either side of a
second boundary differ by that stamp alone. Tests that compare a plan before and after
an edit compare it written at one fixed time.
"""

from __future__ import annotations

from canvas_app.storage.project_file import serialize

FIXED_STAMP = "2026-01-01T00:00:00Z"


def saved_bytes(plan, **kwargs) -> bytes:
    kwargs.setdefault("saved_at", FIXED_STAMP)
    return serialize(plan, **kwargs)
