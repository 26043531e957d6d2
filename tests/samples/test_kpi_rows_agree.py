"""The CLI's ``kpis``, the window's facts, the workbook and the PDF show every KPI as
``calc.kpi_report.kpi_rows`` assembles it: same ids in the same order, same targets,
values, latest actuals and traffic lights. Each is read back from what it produced (JSON,
the facts the pages show, workbook cells, what the PDF draws), so a view that assembled
its rows on its own and got one of them differently fails here.

Every sample runs as shipped, with an uneven history (every other KPI's actuals of the
latest period left out) and with the first KPI of each goal unrecorded: as shipped, every
KPI of a sample has its latest actual in the same period and every goal's first KPI has
actuals, so a view judging all KPIs at the plan's latest period, or a goal by its first
KPI, would pass.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.cell_range import CellRange
from samples_support import FUNNEL_SAMPLES, NAMES, TODAY, evaluate_targets, load

from canvas_app.text.language import Language
from canvas_app.calc.kpi_report import KpiRow, goal_kpi, kpi_rows
from canvas_app.cli import main
from canvas_app.export import pdf
from canvas_app.export.excel import workbook_bytes
from canvas_app.export.sheet_kpis import HEADER_ROW, ID, NAME, TARGET, VALUE
from canvas_app.export.sheet_reviews import KPI_ID, PERIOD_KEY
from canvas_app.model import Plan
from canvas_app.model.enums import Status
from canvas_app.model.periods import period_keys
from canvas_app.storage.project_file import serialize
from canvas_app.text import palette
from canvas_app.ui import facts

DAYS = {"no day": None, "today": TODAY, "mid-year": dt.date(2026, 6, 15), "before the year": dt.date(2025, 1, 15)}


def _without(plan: Plan, drop) -> Plan:
    kept = [actual for actual in plan.review.actuals if not drop(actual)]
    return plan.model_copy(update={"review": plan.review.model_copy(update={"actuals": kept})})


def uneven(plan: Plan) -> Plan:
    """``plan`` without the latest period's actuals of every other KPI."""
    recorded = {a.period for a in plan.review.actuals}
    last = [key for key in period_keys(plan.settings.granularity) if key in recorded][-1:]
    skipped = {node.id for node in plan.kpis.nodes[::2]}
    return _without(plan, lambda actual: actual.kpi_id in skipped and actual.period in last)


def goals_first_kpi_unrecorded(plan: Plan) -> Plan:
    """``plan`` without any actual of the first KPI measuring each business goal."""
    first = {next((n.id for n in plan.kpis.nodes if n.goal_id == goal.id), None) for goal in plan.strategy.goals}
    return _without(plan, lambda actual: actual.kpi_id in first)


VARIANTS = {"as shipped": lambda plan: plan, "uneven history": uneven,
            "first KPI of each goal unrecorded": goals_first_kpi_unrecorded}


@pytest.fixture(scope="module", params=[(name, variant) for name in NAMES for variant in VARIANTS],
                ids=lambda p: f"{p[0]}, {p[1]}")
def sample(request) -> tuple[str, Plan, list[KpiRow]]:
    name, variant = request.param
    plan = VARIANTS[variant](load(name))
    return name, plan, kpi_rows(plan)


def test_the_rows_are_every_kpi_once_with_the_trees_values(sample) -> None:
    """An oracle outside calc: the samples' KPI trees worked out by hand."""
    name, plan, rows = sample
    assert sorted(row.id for row in rows) == sorted(node.id for node in plan.kpis.nodes)
    oracle = evaluate_targets(plan)
    for row in rows:
        assert row.value == pytest.approx(oracle[row.id], rel=1e-12), row.id
    with_history = name in FUNNEL_SAMPLES  # retail_ja is fresh from the workshop: no actuals yet
    assert any(row.latest_period for row in rows) is with_history
    assert any(row.status != Status.NO_DATA for row in rows) is with_history


@pytest.mark.parametrize("name", FUNNEL_SAMPLES)
def test_the_variants_tell_the_rules_apart(name) -> None:
    plan = load(name)
    shipped, thinned = kpi_rows(plan), kpi_rows(uneven(plan))
    assert len({row.latest_period for row in shipped if row.latest_period}) == 1
    assert len({row.latest_period for row in thinned if row.latest_period}) == 2
    assert len({row.latest_period for row in thinned if row.is_root}) == 2
    rows = kpi_rows(goals_first_kpi_unrecorded(plan))
    speakers = [goal_kpi(rows, goal.id) for goal in plan.strategy.goals]
    firsts = [next((r for r in rows if r.node.goal_id == goal.id), None) for goal in plan.strategy.goals]
    assert any(s is not f and s.latest_period for s, f in zip(speakers, firsts) if s is not None)


@pytest.mark.parametrize("day", DAYS.values(), ids=DAYS.keys())
def test_the_cli_prints_the_rows(sample, day, capsys, tmp_path: Path) -> None:
    _, plan, _ = sample
    path = tmp_path / "plan.scanvas"
    path.write_bytes(serialize(plan))
    argv = ["--lang", "en", "kpis", str(path), "--json"]
    code = main(argv + (["--today", day.isoformat()] if day else []))
    printed = json.loads(capsys.readouterr().out)
    assert code == 0
    rows = kpi_rows(plan, day)
    assert [entry["id"] for entry in printed["nodes"]] == [row.id for row in rows]
    for entry, row in zip(printed["nodes"], rows, strict=True):
        progress = row.progress
        assert (entry["parent"], entry["depth"], entry["problem"], entry["status"]) == (
            row.parent, row.depth, row.problem, row.status.value), row.id
        # Numbers exactly (JSON writes whole floats as integers: 3 == 3.0).
        assert (entry["target"], entry["value"]) == (row.node.target, row.value), row.id
        latest = entry["latest_actual"] or {"period": None, "value": None}
        assert (latest["period"], latest["value"]) == (row.latest_period, row.latest_actual), row.id
        for key in ("target_to_date", "actual_to_date", "achievement"):
            assert entry[key] == getattr(progress, key), (row.id, key)
    if day == DAYS["before the year"]:
        assert all(entry["status"] == Status.NO_DATA for entry in printed["nodes"])


def test_the_window_shows_the_rows(sample) -> None:
    _, plan, rows = sample
    shown = facts.kpi_facts(plan)
    assert list(shown) == [row.id for row in rows]
    for row in rows:
        fact = shown[row.id]
        assert (fact.node, fact.value, fact.problem, fact.latest_period, fact.latest_actual, fact.progress,
                fact.status) == (row.node, row.value, row.problem, row.latest_period, row.latest_actual,
                                 row.progress, row.status), row.id
    assert [node.id for node in facts.kpi_roots(plan)] == [row.id for row in rows if row.is_root]


# ------------------------------------------------------------------------------ workbook


@pytest.fixture(scope="module")
def workbook(sample):
    _, plan, _ = sample
    data, warnings = workbook_bytes(plan, Language(plan.settings.language), today=TODAY)
    assert warnings == []
    return openpyxl.load_workbook(io.BytesIO(data))


def test_the_workbook_kpi_sheet_holds_the_rows(sample, workbook) -> None:
    _, _, rows = sample
    sheet = workbook["3 KPI tree"]
    cells = [[sheet.cell(HEADER_ROW + 1 + n, column) for column in (ID, NAME, VALUE, TARGET)]
             for n in range(len(rows))]
    assert [row[0].value for row in cells] == [row.id for row in rows]
    assert sheet.cell(HEADER_ROW + 1 + len(rows), ID).value is None  # nothing after the last KPI
    for (_, name, value, target), row in zip(cells, rows, strict=True):
        node = row.node
        assert name.value == (node.name or node.id) and name.alignment.indent == min(row.depth, 15), row.id
        if node.is_input:  # the plan value is the input itself, a typed number
            assert value.value == (row.value if row.value is not None else "=NA()"), row.id
            assert target.value is None
        else:  # a live formula over its children, and the KPI's own target
            assert str(value.value).startswith("="), row.id
            assert target.value == node.target, row.id


def _reviews_row_of(workbook, formula: str) -> tuple[str, str]:
    """The (KPI id, period) of the row of the Reviews sheet a status formula points at."""
    sheet_name, cell = formula.lstrip("=").rsplit("!", 1)
    row = CellRange(cell.replace("$", "")).min_row
    reviews = workbook[sheet_name.strip("'")]
    return reviews.cell(row, KPI_ID).value, reviews.cell(row, PERIOD_KEY).value


def _table_rows(sheet, name: str):
    area = CellRange(sheet.tables[name].ref)
    return [[sheet.cell(r, c) for c in range(area.min_col, area.max_col + 1)]
            for r in range(area.min_row + 1, area.max_row + 1)]


def test_the_workbook_summary_judges_by_the_rows_latest_actual(sample, workbook) -> None:
    """The summary's traffic lights point at the Reviews row of each KPI's latest actual."""
    _, plan, rows = sample
    summary = workbook["Summary"]
    roots = [row for row in rows if row.is_root]
    lines = _table_rows(summary, "SummaryKpis")
    assert [line[0].value for line in lines] == [row.node.name or row.id for row in roots]
    speakers = [goal_kpi(rows, goal.id) for goal in plan.strategy.goals]
    goal_lines = _table_rows(summary, "SummaryGoals")
    assert len(goal_lines) == len(speakers)
    for line, row in [*zip(lines, roots, strict=True), *zip(goal_lines, speakers, strict=True)]:
        status = line[4].value
        if row is None or row.latest_period is None:
            assert not str(status).startswith("="), line[0].value
        else:
            assert _reviews_row_of(workbook, status) == (row.id, row.latest_period)


# ------------------------------------------------------------------------------ PDF


def test_the_pdf_draws_the_rows(sample, qapp, monkeypatch) -> None:
    """What the PDF's goal and KPI panels draw: names, values and status dots."""
    _, plan, rows = sample
    drawn: dict[str, list] = {}
    title = []
    panel, draw_rows = pdf._Page.panel, pdf._rows

    def record_panel(page, rect, text):
        title[:] = [text]
        return panel(page, rect, text)

    def record_rows(page, area, lines, *args, **kwargs):
        drawn[title[0]] = list(lines)
        return draw_rows(page, area, lines, *args, **kwargs)

    monkeypatch.setattr(pdf._Page, "panel", record_panel)
    monkeypatch.setattr(pdf, "_rows", record_rows)
    assert pdf.pdf_bytes(plan, Language(plan.settings.language), TODAY).startswith(b"%PDF")
    status_of = {colour: status for status, colour in palette.STATUS_COLOURS.items()}
    assert len(status_of) == len(Status)

    roots = [row for row in rows if row.is_root]
    kpi_lines = drawn[Language(plan.settings.language).translate("Export", "KPI tree roots")]
    assert [(label, status_of[colour]) for label, _, colour in kpi_lines] == [
        (row.node.name or row.id, row.status) for row in roots]
    shown = [row.node.target if row.node.target is not None else row.value for row in roots]
    assert [value for _, value, _ in kpi_lines] == [pdf._value(v, row.node.unit, plan, plan.settings.language) for v, row in zip(shown, roots)]

    goal_lines = drawn[Language(plan.settings.language).translate("Export", "Business goals")]
    speakers = [goal_kpi(rows, goal.id) for goal in plan.strategy.goals]
    assert [status_of[colour] for _, _, colour in goal_lines] == [
        row.status if row is not None else Status.NO_DATA for row in speakers]
