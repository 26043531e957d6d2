"""Fixtures for the CLI tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from cli_helpers import FROZEN_V1


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    """A copy of the complete frozen plan in a temporary folder."""
    target = tmp_path / "plan.scanvas"
    shutil.copyfile(FROZEN_V1, target)
    return target
