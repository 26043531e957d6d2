"""``canvas-app solve``: back-calculation from the command line — a solvable chain whose
forward evaluation reproduces the target exactly, unsolvable cases with exit 3 and the
reason, --json, and --write (the lock and stamp cases are in test_cli_locks.py)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from cli_helpers import REPO, one_sentence, run

from canvas_app.calc.kpi_tree import evaluate
from canvas_app.storage import project_file

SAMPLE = REPO / "resources" / "samples" / "manufacturer_ja.scanvas"


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    target = tmp_path / "plan.scanvas"
    shutil.copyfile(SAMPLE, target)
    return target


def test_a_three_level_chain_solves_and_forward_evaluation_meets_the_target_exactly(capsys, plan):
    # new revenue ← won deals ← opportunities ← SQLs ← MQLs ← leads ← exhibition leads
    before = plan.read_bytes()
    code, out, err = run(capsys, "solve", plan, "--target", "kpi-new-revenue", "--value", "6億",
                         "--for", "kpi-leads-expo", "--json")
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert report["ok"] and report["target_value"] == 600_000_000
    assert [step["id"] for step in report["path"]][0] == "kpi-new-revenue"
    assert report["path"][-1]["id"] == "kpi-leads-expo" and len(report["path"]) >= 4
    assert report["path"][0]["after"] == pytest.approx(600_000_000, rel=1e-12)
    assert plan.read_bytes() == before  # without --write nothing is written

    code, out, err = run(capsys, "solve", plan, "--target", "kpi-new-revenue", "--value", "6億",
                         "--for", "kpi-leads-expo", "--write", "--lang", "en")
    assert (code, err) == (0, "") and "must be" in out and "Saved" in out
    saved = project_file.load_plan(plan).plan
    node = next(n for n in saved.kpis.nodes if n.id == "kpi-leads-expo")
    assert node.target == report["value"]
    assert evaluate(saved).value("kpi-new-revenue") == pytest.approx(600_000_000, rel=1e-12)
    assert project_file.backup_path(plan).read_bytes() == before


@pytest.mark.parametrize("argv, reason", [
    (["--target", "kpi-won-deals", "--value", "300", "--for", "kpi-win-rate"],
     "it would need a rate above 100 %, which this KPI cannot be. (It would need 132.3%.)"),
    (["--target", "kpi-new-revenue", "--value", "6億", "--for", "kpi-leads"],
     "the KPI to solve for is computed, not an input."),
    (["--target", "kpi-won-deals", "--value", "100", "--for", "kpi-deal-size"],
     "the input is not below the KPI to reach."),
    (["--target", "kpi-nope", "--value", "1", "--for", "kpi-leads-expo"], "there is no KPI with that id."),
])
def test_unsolvable_cases_exit_3_with_the_reason_and_change_nothing(capsys, plan, argv, reason):
    before = plan.read_bytes()
    code, out, err = run(capsys, "solve", plan, *argv, "--write", "--lang", "en")
    assert code == 3 and out == ""
    assert one_sentence(err).startswith("Cannot solve ") and one_sentence(err).endswith(reason)
    assert plan.read_bytes() == before


def test_a_zero_divisor_is_unsolvable(capsys, plan):
    data = project_file.load_plan(plan).plan
    next(n for n in data.kpis.nodes if n.id == "kpi-win-rate").target = 0
    project_file.save_plan(data, plan)
    code, out, err = run(capsys, "solve", plan, "--target", "kpi-won-deals", "--value", "100",
                         "--for", "kpi-leads-expo", "--json", "--lang", "en")
    assert code == 3 and json.loads(out)["reason"] == "zero_divisor"
    assert one_sentence(err).endswith("a value on the way is zero, so no input value can reach the target.")


def test_a_value_that_is_not_a_number_is_bad_usage(capsys, plan):
    code, out, err = run(capsys, "solve", plan, "--target", "kpi-won-deals", "--value", "lots",
                         "--for", "kpi-win-rate", "--lang", "en")
    assert (code, out) == (2, "") and "“lots” is not a number." in err
