"""The workbook's shape: its sheets, print set-up, tables, fonts, number formats and the
Actuals input sheet's protection and validation."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from lo_helpers import convert

from canvas_app.text.language import Language
from canvas_app.export.excel import TAB_ORDER, workbook_bytes
from canvas_app.export.sheet_actuals import KEYS
from canvas_app.export.xlsx_book import money_format
from canvas_app.model.enums import MoneyUnit
from canvas_app.storage.project_file import load_plan

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"


@pytest.fixture(scope="module", params=["manufacturer_ja", "saas_en"])
def book(request):
    plan = load_plan(SAMPLES / f"{request.param}.scanvas").plan
    data, warnings = workbook_bytes(plan, Language(plan.settings.language))
    assert warnings == []
    return plan, openpyxl.load_workbook(io.BytesIO(data))


def test_one_sheet_per_part_in_the_plans_order(book):
    _, workbook = book
    assert workbook.sheetnames == ["Summary", "1 Strategy", "2 Customers", "Competitors", "Channels", "3 KPI tree",
                                   "Funnel", "Roadmap", "4 Reviews", "Actions", "Actuals input"]
    assert len(TAB_ORDER) == len(workbook.sheetnames)


def test_every_sheet_prints_on_a4_fit_to_width(book):
    _, workbook = book
    for sheet in workbook.worksheets:
        setup = sheet.page_setup
        assert setup.paperSize == 9, sheet.title  # A4
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0), sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert setup.orientation == "landscape", sheet.title
        assert sheet.oddFooter.center.text == "&P / &N"


def test_long_sheets_freeze_and_repeat_their_header(book):
    _, workbook = book
    expected = {"3 KPI tree": ("B4", "$3:$3"), "Roadmap": ("B6", "$5:$5"), "4 Reviews": ("C7", "$6:$6"),
                "Actions": ("A4", "$3:$3"), "Actuals input": ("C5", "$4:$4")}
    for title, (freeze, rows) in expected.items():
        sheet = workbook[title]
        assert sheet.freeze_panes == freeze, title
        assert sheet.print_title_rows == rows, title


def test_tables_with_filters_whose_columns_match_their_header_cells(book):
    _, workbook = book
    names = set()
    for sheet in workbook.worksheets:
        for table in sheet.tables.values():
            assert table.name not in names
            names.add(table.name)
            assert table.autoFilter is not None and table.autoFilter.ref == table.ref
            header = next(sheet.iter_rows(min_row=sheet[table.ref][0][0].row, max_row=sheet[table.ref][0][0].row,
                                          min_col=sheet[table.ref][0][0].column,
                                          max_col=sheet[table.ref][0][-1].column, values_only=True))
            assert list(header) == [c.name for c in table.tableColumns], (sheet.title, table.name)
    assert {"KpiTree", "Funnel", "Roadmap", "Reviews", "Actions", "ActualsInput", "Goals", "Personas"} <= names


def test_a_japanese_font_everywhere(book):
    _, workbook = book
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows(max_row=8):
            for cell in row:
                if cell.value is not None:
                    assert cell.font.name == "Yu Gothic" and cell.font.charset == 128


def test_money_cells_hold_yen_and_show_the_plans_unit(book):
    plan, workbook = book
    sheet = workbook["3 KPI tree"]
    rows = {sheet.cell(r, 2).value: r for r in range(4, sheet.max_row + 1)}
    cell = sheet.cell(rows["kpi-revenue"], 8)  # the revenue target, in yen
    assert cell.value == plan.kpis.nodes[0].target
    assert cell.number_format == money_format(plan.settings.money_unit)


def test_the_actuals_input_sheet_is_protected_except_the_values(book):
    plan, workbook = book
    sheet = workbook["Actuals input"]
    assert sheet.protection.sheet and not sheet.protection.autoFilter
    assert [c.value for c in sheet[1]] == list(KEYS)
    assert sheet.row_dimensions[1].hidden
    for letter in "HIJ":
        assert sheet.column_dimensions[letter].hidden
    data_rows = len(plan.kpis.nodes) * (12 if plan.settings.granularity == "month" else 4)
    assert sheet.max_row == 4 + data_rows
    for row in (5, sheet.max_row):
        assert sheet.cell(row, 6).protection.locked is False  # the actual
        assert sheet.cell(row, 7).protection.locked is False  # the note
        assert sheet.cell(row, 2).protection.locked is not False  # the KPI name
    covered = " ".join(str(v.sqref) for v in sheet.data_validations.dataValidation)
    assert "F5" in covered and f"F{sheet.max_row}" in covered or "F5:F" in covered
    rules = sheet.data_validations.dataValidation
    assert all(r.type == "decimal" and r.showErrorMessage for r in rules)
    recorded = {(a.kpi_id, a.period): a.value for a in plan.review.actuals}
    found = {(sheet.cell(r, 8).value, sheet.cell(r, 9).value): sheet.cell(r, 6).value
             for r in range(5, sheet.max_row + 1) if sheet.cell(r, 6).value is not None}
    assert found == recorded


MONEY_DISPLAY = {  # 3,300,000,000 yen and 1,234,567 yen as LibreOffice prints them
    MoneyUnit.YEN: ("3,300,000,000", "1,234,567"),
    MoneyUnit.THOUSAND: ("3,300,000", "1,235"),
    MoneyUnit.TEN_THOUSAND: ("330,000.0", "123.5"),
    MoneyUnit.MILLION: ("3,300.0", "1.2"),
    MoneyUnit.HUNDRED_MILLION: ("33.00", "0.01"),
}


def test_money_formats_show_each_unit(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row, unit in enumerate(MONEY_DISPLAY, start=1):
        for column, value in enumerate((3_300_000_000, 1_234_567, 0, -1_234_567), start=1):
            sheet.cell(row, column, value).number_format = money_format(unit)
        sheet.cell(row, 5, 0).number_format = money_format(unit, blank_zero=True)
    source = tmp_path / "formats.xlsx"
    workbook.save(source)
    lines = convert(source, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true', tmp_path / "lo") \
        .read_text(encoding="utf-8").splitlines()
    for line, (unit, (big, small)) in zip(lines, MONEY_DISPLAY.items()):
        cells = next(iter(__import__("csv").reader([line])))
        assert cells[:2] == [big, small], (unit, cells)
        assert cells[3] == "-" + small, (unit, cells)
        assert cells[4] == "", (unit, cells)


def test_no_merged_cells_inside_a_table(book):
    """Excel refuses (and "repairs") a workbook with a merged cell inside a table."""
    from openpyxl.utils.cell import range_boundaries

    _, workbook = book
    for sheet in workbook.worksheets:
        tables = [range_boundaries(t.ref) for t in sheet.tables.values()]
        for merged in sheet.merged_cells.ranges:
            c1, r1, c2, r2 = merged.bounds
            for t1, s1, t2, s2 in tables:
                assert c2 < t1 or c1 > t2 or r2 < s1 or r1 > s2, (sheet.title, str(merged))
