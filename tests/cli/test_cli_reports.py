"""check, kpis and funnel: human tables and stable JSON built on canvas_app.calc."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import run

from canvas_app import i18n
from canvas_app.calc.funnel import analyse_funnel
from canvas_app.cli_report import display_width, render_table
from canvas_app.storage.project_file import load_plan
from canvas_app.text.funnel_blocks import block_message
from tests.blocked_rates import CASES, RATE_NODES, SAMPLE, blocked_file, case_id

SEVERITIES = {"error", "warning", "info"}


def test_check_reports_findings_and_still_exits_0(capsys: pytest.CaptureFixture[str], plan_file: Path) -> None:
    code, out, err = run(capsys, "check", plan_file, "--today", "2026-11-01")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "みどり製作所 マーケティング計画 2026"
    assert lines[2].split() == ["Severity", "Code", "Item", "Message"]
    assert any("initiative_no_persona" in line and "ini-expo" in line for line in lines)
    assert lines[-1].startswith("Errors: 5, warnings: ") and lines[-1].endswith("hints: 1.")


def test_check_json_shape_is_stable(capsys: pytest.CaptureFixture[str], plan_file: Path) -> None:
    code, out, _ = run(capsys, "check", plan_file, "--json", "--today", "2026-11-01")
    again = run(capsys, "check", plan_file, "--json", "--today", "2026-11-01")[1]
    assert code == 0 and out == again
    data = json.loads(out)
    assert list(data) == ["file", "today", "counts", "findings"]
    assert data["today"] == "2026-11-01" and set(data["counts"]) == SEVERITIES
    assert sum(data["counts"].values()) == len(data["findings"]) > 0
    for finding in data["findings"]:
        assert list(finding) == ["code", "severity", "item_kind", "item_id", "item_name", "message", "params"]
        assert finding["severity"] in SEVERITIES and finding["message"]
    codes = {(f["code"], f["item_id"]) for f in data["findings"]}
    assert ("review_overdue", "rev-q2") in codes and ("initiative_no_persona", "ini-expo") in codes
    persona = next(f for f in data["findings"] if f["code"] == "initiative_no_persona")
    assert persona["item_name"] == "ものづくり展示会出展" and persona["item_kind"] == "initiative"


def test_check_depends_on_the_date(capsys: pytest.CaptureFixture[str], plan_file: Path) -> None:
    early = json.loads(run(capsys, "check", plan_file, "--json", "--today", "2026-05-01")[1])
    assert "review_overdue" not in {f["code"] for f in early["findings"]}


def test_kpis_shows_the_tree_indented(capsys: pytest.CaptureFixture[str], plan_file: Path) -> None:
    code, out, err = run(capsys, "kpis", plan_file)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[2].split() == ["KPI", "ID", "Unit", "Target", "Value", "Latest", "actual", "Status"]
    revenue = next(line for line in lines if "kpi-revenue" in line)
    assert revenue.startswith("売上高 ") and "1,200 million yen" in revenue and "1,080 million yen" in revenue
    assert next(line for line in lines if "kpi-new-rev" in line).startswith("  新規売上")
    leads = next(line for line in lines if "kpi-leads" in line)
    assert leads.startswith(" " * 12 + "リード数") and "520 (Q1)" in leads and leads.endswith("At risk")
    # Columns line up although the names mix wide and narrow characters.
    id_columns = {display_width(line[: line.index("kpi-")]) for line in lines if " kpi-" in line}
    assert len(id_columns) == 1
    assert lines[-1].startswith("Money in million yen")


def test_kpis_json(capsys: pytest.CaptureFixture[str], plan_file: Path) -> None:
    code, out, _ = run(capsys, "kpis", plan_file, "--json")
    data = json.loads(out)
    assert code == 0 and data["money_unit"] == "million"
    nodes = {node["id"]: node for node in data["nodes"]}
    assert [n["id"] for n in data["nodes"]][:3] == ["kpi-revenue", "kpi-new-rev", "kpi-won"]
    assert len(nodes) == 23
    revenue = nodes["kpi-revenue"]
    assert (revenue["target"], revenue["value"], revenue["depth"], revenue["parent"]) == (1200000000, 1080000000, 0, None)
    leads = nodes["kpi-leads"]
    assert leads["latest_actual"] == {"period": "Q1", "value": 520}
    assert leads["status"] == "at_risk" and leads["target_to_date"] == 600 and leads["depth"] == 6
    assert nodes["kpi-margin"]["value"] == pytest.approx(0.25) and nodes["kpi-margin"]["target"] is None
    assert nodes["kpi-followers"]["status"] == "no_data"


def test_kpis_before_the_year_starts_has_no_status(capsys: pytest.CaptureFixture[str], plan_file: Path) -> None:
    data = json.loads(run(capsys, "kpis", plan_file, "--json", "--today", "2026-03-01")[1])
    assert {n["status"] for n in data["nodes"]} == {"no_data"}


def test_funnel_stage_by_stage(capsys: pytest.CaptureFixture[str], plan_file: Path) -> None:
    code, out, err = run(capsys, "funnel", plan_file, "--today", "2026-11-01")
    assert (code, err) == (0, "")
    assert "New-business revenue target: 480 million yen; average deal size: 8 million yen." in out
    rows = [line for line in out.splitlines() if line.startswith(("Marketing", "Inside Sales", "Sales", "Customer Success"))]
    assert [row.split("  ")[0] for row in rows] == ["Marketing", "Marketing", "Inside Sales", "Sales", "Sales"]
    assert "4,000" in rows[0] and "3,000" in rows[0] and "30.0%" in rows[0]
    assert "31 Mar 2027" in rows[-1]
    assert "Pipeline coverage: required 4.0×" in out and "Weak links:" in out


def test_funnel_json(capsys: pytest.CaptureFixture[str], plan_file: Path) -> None:
    data = json.loads(run(capsys, "funnel", plan_file, "--json", "--today", "2026-11-01")[1])
    assert data["has_funnel"] is True and data["revenue_target"] == 480000000
    assert [s["role"] for s in data["stages"]] == ["leads", "mqls", "sqls", "opportunities", "won_deals"]
    assert [s["required_whole"] for s in data["stages"]] == [4000, 1200, 480, 240, 60]
    assert data["required_coverage"] == 4 and data["fiscal_year_end"] == "2027-03-31"
    assert data["existing"]["node_ids"]["customers"] == "kpi-customers"
    assert [link["code"] for link in data["weak_links"]] == ["untapped_expansion"]
    assert data["weak_links"][0]["message"]


def test_a_plan_without_kpis(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "blank.scanvas"
    assert run(capsys, "new", target, "--lang", "en")[0] == 0
    assert run(capsys, "kpis", target)[1].splitlines()[-1] == "The plan has no KPIs yet."
    code, out, _ = run(capsys, "funnel", target)
    assert code == 0 and "no revenue funnel" in out
    code, out, _ = run(capsys, "check", target, "--today", "2026-06-01")
    assert code == 0
    assert json.loads(run(capsys, "funnel", target, "--json")[1])["has_funnel"] is False


def test_tables_pad_by_display_width() -> None:
    assert display_width("売上") == 4 and display_width("ABC") == 3 and display_width("ｱ") == 1
    assert display_width("e\u0301") == 1
    lines = render_table(["名前", "N"], [["売上高", "1"], ["Leads", "1,000"]], [False, True])
    assert lines == ["名前        N", "------  -----", "売上高      1", "Leads   1,000"]


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_funnel_text_says_which_rate_blocks_the_required_volumes(capsys: pytest.CaptureFixture[str],
                                                                 tmp_path: Path, case, lang: str) -> None:
    role, kind = case
    path = blocked_file(role, kind, tmp_path)
    code, out, err = run(capsys, "funnel", path, "--lang", lang)
    assert (code, err) == (0, "")
    plan = load_plan(path).plan
    blocks = [b for b in analyse_funnel(plan).blocks if b.is_rate]
    assert [b.node_id for b in blocks] == [RATE_NODES[role]]
    sentence = block_message(blocks[0], plan, i18n.language(lang))
    assert f"- {sentence}" in out.splitlines()
    data = json.loads(run(capsys, "funnel", path, "--json", "--lang", lang)[1])
    assert [(b["code"], b["node_id"], b["message"]) for b in data["blocks"]] == [
        ("zero_rate" if kind == "zero" else "no_rate", RATE_NODES[role], sentence)]


def test_a_complete_funnel_has_no_why_lines(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "funnel", SAMPLE, "--lang", "en")
    assert code == 0 and "Why a required volume is missing" not in out
    assert json.loads(run(capsys, "funnel", SAMPLE, "--json")[1])["blocks"] == []
