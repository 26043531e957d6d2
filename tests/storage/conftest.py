"""Fixtures for the storage tests: the frozen complete plan."""

from __future__ import annotations

import json

import pytest
from storage_helpers import FROZEN_V1

from canvas_app.model import Plan
from canvas_app.storage.project_file import load_plan


@pytest.fixture
def full_plan() -> Plan:
    """A small plan that touches every part of the model (tests/data/schema_v1.scanvas)."""
    return load_plan(FROZEN_V1).plan


@pytest.fixture
def full_envelope() -> dict:
    return json.loads(FROZEN_V1.read_text(encoding="utf-8"))
