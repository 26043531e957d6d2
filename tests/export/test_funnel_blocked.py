"""The funnel sheet of a plan with a zero or missing conversion rate: the required
volumes read "—" (not #N/A), and a cell under the table says which rate blocks them
in the app's own sentence — a formula, so LibreOffice recalculates it, and it goes
away once the rate is filled in the KPI tree sheet.

Needs LibreOffice (``soffice``), like test_excel_recalc.py: never skipped.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from lo_helpers import convert_all

from canvas_app import i18n
from canvas_app.calc.funnel import analyse_funnel
from canvas_app.cli import main
from canvas_app.export.excel import TAB_ORDER
from canvas_app.model.enums import FunnelRole as R
from canvas_app.storage.project_file import load_plan
from canvas_app.text.formatting import MISSING
from canvas_app.text.funnel_blocks import block_message
from tests.blocked_rates import CASES, RATE_NODES, SAMPLE, blocked_file, blocked_plan, case_id

CHAIN = [R.LEADS, R.MQLS, R.SQLS, R.OPPORTUNITIES, R.WON_DEALS]


def _funnel_rows(book) -> dict[str, tuple]:
    sheet = book.worksheets[TAB_ORDER.index("funnel")]
    return {row[9]: row for row in sheet.iter_rows(values_only=True) if len(row) > 9 and isinstance(row[9], str)}


@pytest.fixture(scope="module")
def recalculated(tmp_path_factory) -> dict[tuple, dict[str, tuple]]:
    """Each case (and the sample itself, None) exported by the CLI and recalculated by
    LibreOffice in one run: funnel rows by their hidden key."""
    folder = tmp_path_factory.mktemp("blocked")
    sources = {None: SAMPLE, **{case: blocked_file(*case, folder) for case in CASES}}
    books = {}
    for case, source in sources.items():
        books[case] = folder / f"{source.stem}.xlsx"
        assert main(["export", str(source), "--xlsx", str(books[case])]) == 0
    converted = convert_all(list(books.values()), "xlsx", folder / "lo")
    return {case: _funnel_rows(openpyxl.load_workbook(path, data_only=True))
            for case, path in zip(books, converted)}


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_a_blocked_rate_is_a_readable_sentence_and_dashes(recalculated, case):
    role, kind = case
    rows = recalculated[case]
    plan = blocked_plan(role, kind)
    analysis = analyse_funnel(plan)
    block = next(b for b in analysis.blocks if b.is_rate)
    # The plan's language (the sample is Japanese), the app's sentence word for word.
    assert rows["blocked"][1] == block_message(block, plan, i18n.language(plan.settings.language))
    for volume in CHAIN:
        required, whole = rows[f"stage:{volume.value}"][3:5]
        if volume in block.blocked_volumes():
            assert (required, whole) == (MISSING, MISSING), volume
        else:
            assert isinstance(required, float) and isinstance(whole, int), volume
    assert not any(str(value).startswith("#") for row in rows.values() for value in row[1:9]
                   if value is not None and row[9].startswith("stage:")), "no #N/A in the funnel table"


@pytest.mark.parametrize("kind", ["zero", "missing"])
def test_a_blocked_win_rate_leaves_the_required_coverage_a_dash_as_in_the_app(recalculated, kind):
    """Required coverage is 1 ÷ win rate: without a win rate the app and the command line
    show "—", and so does the workbook (not #N/A)."""
    assert analyse_funnel(blocked_plan(R.WIN_RATE, kind)).required_coverage is None
    assert recalculated[(R.WIN_RATE, kind)]["required_coverage"][1] == MISSING


def test_a_complete_funnel_has_an_empty_reason_cell(recalculated):
    assert recalculated[None]["blocked"][1] in (None, "")


def test_the_reason_follows_the_rate_typed_into_the_kpi_sheet(tmp_path):
    """Fill the missing win rate in the KPI tree sheet: the reason cell empties and the
    volumes come back (the cell is a formula, not text written at export)."""
    source = blocked_file(R.WIN_RATE, "missing", tmp_path)
    exported = tmp_path / "blocked.xlsx"
    assert main(["export", str(source), "--xlsx", str(exported)]) == 0
    book = openpyxl.load_workbook(exported)
    sheet = book.worksheets[TAB_ORDER.index("kpis")]
    row = next(r for r in range(4, sheet.max_row + 1) if sheet.cell(r, 2).value == RATE_NODES[R.WIN_RATE])
    sheet.cell(row, 7).value = 0.3
    edited = tmp_path / "edited.xlsx"
    book.save(edited)
    rows = _funnel_rows(openpyxl.load_workbook(convert_all([edited], "xlsx", tmp_path / "lo")[0], data_only=True))
    assert rows["blocked"][1] in (None, "")
    expected = analyse_funnel(load_plan(SAMPLE).plan)  # the sample's own rate is the 30 % typed in
    assert [rows[f"stage:{volume.value}"][4] for volume in CHAIN] == [s.required_whole for s in expected.stages]
