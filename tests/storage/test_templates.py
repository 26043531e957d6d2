"""Templates: the blank plan and the samples in resources/samples."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from storage_helpers import FROZEN_V1

from canvas_app.storage.project_file import LoadError, load_plan
from canvas_app.storage.samples import (
    BLANK,
    UnknownTemplate,
    blank_plan,
    current_fiscal_year,
    list_templates,
    new_plan_from_template,
    resources_dir,
    samples_dir,
)


def test_resources_dir_is_the_repository_folder() -> None:
    assert resources_dir().name == "resources"
    assert (resources_dir().parent / "canvas_app" / "storage" / "samples.py").is_file()
    assert samples_dir() == resources_dir() / "samples"


def test_every_shipped_sample_loads_and_is_listed() -> None:
    listed = {t.name: t for t in list_templates()}
    for path in sorted(samples_dir().glob("*.scanvas")):
        loaded = load_plan(path)
        assert not loaded.read_only and loaded.warnings == ()
        name = path.name.removesuffix(".scanvas")
        assert listed[name].title == (loaded.plan.settings.title or name)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copyfile(FROZEN_V1, tmp_path / "maker.scanvas")
    data = json.loads(FROZEN_V1.read_text(encoding="utf-8"))
    data["plan"]["settings"].update(title="", language="en")
    (tmp_path / "shop.en.scanvas").write_text(json.dumps(data), encoding="utf-8")
    (tmp_path / "broken.scanvas").write_bytes(b"{")
    (tmp_path / "notes.txt").write_text("not a sample", encoding="utf-8")
    return tmp_path


def test_list_templates_puts_blank_first_and_skips_broken_samples(folder: Path) -> None:
    templates = list_templates(folder)
    assert [(t.name, t.title) for t in templates] == [
        (BLANK, "Blank plan"),
        ("maker", "みどり製作所 マーケティング計画 2026"),
        ("shop.en", "shop.en"),
    ]
    assert templates[0].path is None and templates[1].path == folder / "maker.scanvas"
    assert templates[1].language == "ja" and templates[2].language == "en"


def test_a_sample_is_a_fresh_copy_with_its_ids(folder: Path) -> None:
    first = new_plan_from_template("maker", "ja", folder=folder)
    assert first == load_plan(FROZEN_V1).plan
    first.strategy.goals.clear()
    second = new_plan_from_template("maker", "ja", folder=folder)
    assert [g.id for g in second.strategy.goals] == ["goal-revenue", "goal-new"]


def test_language_variants(folder: Path) -> None:
    assert new_plan_from_template("shop", "en", folder=folder).settings.language == "en"
    with pytest.raises(UnknownTemplate):
        new_plan_from_template("shop", "ja", folder=folder)


@pytest.mark.parametrize("name", ["nothing", "", "../maker", "sub/maker", ".hidden"])
def test_unknown_templates(folder: Path, name: str) -> None:
    with pytest.raises(UnknownTemplate) as info:
        new_plan_from_template(name, "ja", folder=folder)
    assert info.value.name == name


def test_a_broken_sample_raises_load_error(folder: Path) -> None:
    with pytest.raises(LoadError):
        new_plan_from_template("broken", "ja", folder=folder)


def test_blank_plan_language_and_fiscal_year() -> None:
    plan = new_plan_from_template(BLANK, "en", today=dt.date(2027, 2, 10))
    assert plan.settings.language == "en" and plan.settings.fiscal_year == 2026
    assert plan.strategy.goals == [] and plan.kpis.nodes == [] and plan.roadmap.initiatives == []
    assert blank_plan("ja", dt.date(2027, 4, 1)).settings.fiscal_year == 2027
    assert blank_plan("fr").settings.language == "en"
    assert current_fiscal_year(dt.date(2026, 3, 31)) == 2025
    assert current_fiscal_year(dt.date(2026, 1, 5), start_month=1) == 2026
