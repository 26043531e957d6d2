"""Actuals read back from the workbook: the round trip a team makes, every kind of bad
row (reported by sheet, row and column, nothing applied), and hostile files refused
before openpyxl parses them."""

from __future__ import annotations

import io
import json
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest

from canvas_app.export.excel_actuals import read_actuals
from canvas_app.export.xlsx_guard import WorkbookRefused, check_workbook
from canvas_app.storage.project_file import load_plan
from canvas_app.text.language import Language
from tests.export.importing import KPI_ID, NOTE, PERIOD, SAMPLE, VALUE, digest, edit, run


def test_round_trip_changes_exactly_the_edited_actuals(capsys, plan_file, exported):
    before = load_plan(plan_file).plan

    def change(sheet, rows):
        sheet.cell(rows[("kpi-leads-web", "M01")], VALUE).value = 999        # changed
        sheet.cell(rows[("kpi-win-rate", "M02")], NOTE).value = "大型案件を含む"  # note changed
        sheet.cell(rows[("kpi-leads-web", "M12")], VALUE).value = "1,234"    # added (text with a comma)
        sheet.cell(rows[("kpi-win-rate", "M12")], VALUE).value = "31%"       # added (a percentage)
        # Sorting the sheet does not matter: move the first data row to the end.
        first, end = [sheet.cell(5, c).value for c in range(1, 11)], sheet.max_row + 1
        for column, value in enumerate(first, start=1):
            sheet.cell(end, column).value = value
            sheet.cell(5, column).value = None

    edited = edit(exported, change)
    code, out, err = run(capsys, "import-actuals", plan_file, edited, "--lang", "en")
    assert (code, err) == (0, ""), err
    assert out.startswith("2 actuals added, 2 changed, ")
    after = load_plan(plan_file).plan
    old = {(a.kpi_id, a.period): a for a in before.review.actuals}
    new = {(a.kpi_id, a.period): a for a in after.review.actuals}
    differing = {key for key in old.keys() | new.keys() if old.get(key) != new.get(key)}
    assert differing == {("kpi-leads-web", "M01"), ("kpi-win-rate", "M02"), ("kpi-leads-web", "M12"),
                         ("kpi-win-rate", "M12")}
    assert new[("kpi-leads-web", "M01")].value == 999
    assert new[("kpi-win-rate", "M02")].note == "大型案件を含む"
    assert new[("kpi-win-rate", "M02")].value == old[("kpi-win-rate", "M02")].value
    assert new[("kpi-leads-web", "M12")].value == 1234
    assert new[("kpi-win-rate", "M12")].value == pytest.approx(0.31)
    assert plan_file.with_name("plan.scanvas.bak").read_bytes() == SAMPLE.read_bytes()


def test_an_untouched_workbook_changes_nothing(capsys, plan_file, exported):
    before = digest(plan_file)
    code, out, _ = run(capsys, "import-actuals", plan_file, exported, "--lang", "en")
    assert code == 0
    assert out.startswith(f"0 actuals added, 0 changed, {len(load_plan(plan_file).plan.review.actuals)} unchanged")
    assert digest(plan_file) == before


def test_dry_run_reports_and_writes_nothing(capsys, plan_file, exported):
    edited = edit(exported, lambda sheet, rows: setattr(sheet.cell(rows[("kpi-leads-web", "M01")], VALUE),
                                                        "value", 5))
    before = digest(plan_file)
    code, out, _ = run(capsys, "import-actuals", plan_file, edited, "--dry-run", "--lang", "en")
    assert code == 0 and "1 changed" in out and "Dry run" in out
    assert digest(plan_file) == before
    code, out, _ = run(capsys, "import-actuals", plan_file, edited, "--dry-run", "--json", "--lang", "en")
    data = json.loads(out)
    assert data["changed"] == 1 and data["changes"][0]["new"]["value"] == 5 and data["problems"] == []


def test_bad_rows_are_reported_by_sheet_row_and_column_and_nothing_is_applied(capsys, plan_file, exported):
    def change(sheet, rows):
        sheet.cell(rows[("kpi-leads-web", "M01")], VALUE).value = "many"          # not a number
        sheet.cell(rows[("kpi-leads-web", "M02")], KPI_ID).value = "kpi-nope"     # unknown KPI
        sheet.cell(rows[("kpi-leads-web", "M02")], VALUE).value = 5
        sheet.cell(rows[("kpi-leads-web", "M03")], PERIOD).value = "M13"          # wrong period
        sheet.cell(rows[("kpi-leads-web", "M03")], VALUE).value = 5
        sheet.cell(rows[("kpi-leads-web", "M04")], VALUE).value = "=1+1"         # a formula, no value
        row = rows[("kpi-leads-web", "M05")]                                       # a duplicate of M06
        sheet.cell(row, PERIOD).value = "M06"
        sheet.cell(row, VALUE).value = 7
        sheet.cell(rows[("kpi-leads-web", "M06")], VALUE).value = 8
        sheet.cell(rows[("kpi-leads-web", "M07")], VALUE).value = True            # a boolean is no number

    edited = edit(exported, change)
    before = digest(plan_file)
    code, out, err = run(capsys, "import-actuals", plan_file, edited, "--lang", "en")
    assert code == 3 and out == ""
    lines = err.strip().splitlines()
    assert lines[-1] == "Nothing was imported: 6 rows need fixing first."
    assert digest(plan_file) == before
    result = read_actuals(load_plan(plan_file).plan, edited, Language("en"))
    found = {(p.code, p.column) for p in result.problems}
    assert found == {("not_a_number", "F"), ("unknown_kpi", "H"), ("bad_period", "I"),
                     ("formula_without_value", "F"), ("duplicate", "H")} and len(result.problems) == 6
    for problem in result.problems:
        assert problem.message.startswith(f"Sheet “Actuals input”, row {problem.row}, column {problem.column}: ")
    assert result.problem_count == 6
    with pytest.raises(ValueError):
        result.apply(load_plan(plan_file).plan)


def test_a_workbook_without_the_sheet_is_refused(capsys, plan_file, tmp_path):
    other = tmp_path / "other.xlsx"
    openpyxl.Workbook().save(other)
    code, _, err = run(capsys, "import-actuals", plan_file, other, "--lang", "en")
    assert code == 3 and "no Actuals input sheet" in err


# --------------------------------------------------------------------------- hostile files


def minimal_xlsx(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("xl/workbook.xml", b"<workbook/>")
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def refused(path: Path, capsys, plan_file) -> str:
    tracemalloc.start()
    try:
        with pytest.raises(WorkbookRefused) as caught:
            check_workbook(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024, peak  # refused in bounded memory
    before = digest(plan_file)
    code, out, err = run(capsys, "import-actuals", plan_file, path, "--lang", "en")
    assert code == 3 and out == "" and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert digest(plan_file) == before
    return caught.value.message


def test_not_a_zip_is_refused(capsys, plan_file, tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_text("name,value\nleads,5\n", encoding="utf-8")
    assert "not an Excel workbook" in refused(path, capsys, plan_file)


def test_a_zip_without_a_workbook_is_refused(capsys, plan_file, tmp_path):
    path = tmp_path / "archive.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert "not an Excel workbook" in refused(path, capsys, plan_file)


def test_a_zip_bomb_is_refused(capsys, plan_file, tmp_path):
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(minimal_xlsx({"xl/worksheets/sheet1.xml": b"\0" * (50 * 1024 * 1024)}))
    assert path.stat().st_size < 1024 * 1024
    assert "zip bomb" in refused(path, capsys, plan_file)


def test_too_much_data_in_all_is_refused(capsys, plan_file, tmp_path):
    path = tmp_path / "big.xlsx"
    members = {f"xl/media/image{i}.bin": bytes(range(256)) * 4096 * 8 for i in range(30)}  # 30 × 8 MB
    path.write_bytes(minimal_xlsx(members, zipfile.ZIP_DEFLATED))
    assert "zip bomb" in refused(path, capsys, plan_file)


def test_billion_laughs_xml_is_refused(capsys, plan_file, tmp_path):
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                         for i in range(1, 10))
              + b']><worksheet>&lol9;</worksheet>')
    path = tmp_path / "laughs.xlsx"
    path.write_bytes(minimal_xlsx({"xl/worksheets/sheet1.xml": laughs}))
    assert "XML declarations" in refused(path, capsys, plan_file)


def test_a_100_mb_file_is_refused_without_reading_it(capsys, plan_file, tmp_path):
    path = tmp_path / "huge.xlsx"
    with path.open("wb") as handle:
        handle.truncate(100 * 1024 * 1024)  # sparse: 100 MB that take no disk space
    assert "100 MB" in refused(path, capsys, plan_file)


def test_an_encrypted_member_is_refused(capsys, plan_file, tmp_path):
    data = bytearray(minimal_xlsx({"xl/worksheets/sheet1.xml": b"<worksheet/>"}, zipfile.ZIP_STORED))
    # Set the "encrypted" flag of every entry in the central directory.
    offset = data.find(b"PK\x01\x02")
    while offset != -1:
        data[offset + 8] |= 0x01
        offset = data.find(b"PK\x01\x02", offset + 4)
    path = tmp_path / "locked.xlsx"
    path.write_bytes(bytes(data))
    assert "encrypted" in refused(path, capsys, plan_file)


def test_the_exported_workbook_passes_the_guard(exported):
    check_workbook(exported)
