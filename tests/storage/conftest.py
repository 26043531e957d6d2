"""Fixtures for the storage tests: the frozen complete plan."""

from __future__ import annotations

import json

import pytest
from storage_helpers import FROZEN_V1, STATS, record

from canvas_app.model import Plan
from canvas_app.storage.project_file import load_plan


@pytest.fixture
def full_plan() -> Plan:
    """A small plan that touches every part of the model (tests/data/schema_v1.scanvas)."""
    return load_plan(FROZEN_V1).plan


@pytest.fixture
def full_envelope() -> dict:
    return json.loads(FROZEN_V1.read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- the numbers
# The data-safety tests count what they did (kills survived and their outcomes, faults
# injected, fuzz examples with their slowest time and largest memory peak) and print a
# summary at the end of the run, so CI logs show them (issue 4 asks for the numbers).

@pytest.fixture
def stats():
    return record


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ARG001 - pytest's hook
    if not STATS:
        return
    terminalreporter.section("data safety")
    for name in sorted(STATS):
        value = STATS[name]
        terminalreporter.write_line(f"{name}: {value:g}" if isinstance(value, float) else f"{name}: {value}")
