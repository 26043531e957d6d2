"""Fixtures of the actuals import tests: a copy of the sample plan and its export."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from canvas_app.text.language import Language
from canvas_app.export.excel import workbook_bytes
from canvas_app.storage.project_file import load_plan

from tests.export.importing import SAMPLE


@pytest.fixture
def plan_file(tmp_path) -> Path:
    target = tmp_path / "plan.scanvas"
    shutil.copyfile(SAMPLE, target)
    return target


@pytest.fixture(scope="session")
def sample_workbook() -> bytes:
    """The sample plan exported once (as the app writes it: English, no translator)."""
    return workbook_bytes(load_plan(SAMPLE).plan, Language(load_plan(SAMPLE).plan.settings.language))[0]


@pytest.fixture
def exported(sample_workbook, tmp_path) -> Path:
    path = tmp_path / "team.xlsx"
    path.write_bytes(sample_workbook)
    return path
