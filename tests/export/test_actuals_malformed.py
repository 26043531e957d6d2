"""Damaged cells and parts in a workbook the team sends back: each is the one import
error, one sentence naming the part, sheet, row or cell, exit code 3, the plan's bytes
unchanged — through the CLI and through ``read_actuals``. Unusual but valid cells
(as Excel, LibreOffice or other tools write them) still import."""

from __future__ import annotations

import json
import re

import pytest

from canvas_app.export.excel_actuals import read_actuals
from canvas_app.export.xlsx_guard import WorkbookRefused
from canvas_app.storage.project_file import load_plan
from canvas_app.text.language import Language
from tests.export.hostile_books import ACTUALS, MALFORMED, cell_edit, rewrite, with_strings
from tests.export.importing import digest, run


@pytest.mark.parametrize("name", list(MALFORMED))
def test_a_damaged_workbook_is_refused_in_one_sentence(name, capsys, plan_file, exported, tmp_path):
    make, expected = MALFORMED[name]
    hostile = tmp_path / "hostile.xlsx"
    make(exported, hostile)
    with pytest.raises(WorkbookRefused) as refused:
        read_actuals(load_plan(plan_file).plan, hostile, Language("en"))
    message = refused.value.message
    assert message.startswith("“hostile.xlsx” cannot be imported: ") and expected in message, message
    before = digest(plan_file)
    for extra in ([], ["--dry-run", "--json"]):
        code, out, err = run(capsys, "import-actuals", plan_file, hostile, "--lang", "en", *extra)
        assert (code, out, err) == (3, "", message + "\n")
    assert digest(plan_file) == before


# ------------------------------------------------------------------ unusual, valid cells


REVENUE_M01 = ("kpi-revenue", "M01")  # row 5 of the actuals sheet; its Actual is F5


def _styles_with_date_format(xml: bytes) -> bytes:
    """One more cell format, showing dates (built-in format 14), at the end of cellXfs."""
    return xml.replace(b"</cellXfs>", b'<xf numFmtId="14" applyNumberFormat="1"/></cellXfs>')


def _date_style(exported) -> int:
    import zipfile

    with zipfile.ZipFile(exported) as archive:
        cell_formats = re.search(rb"<cellXfs[^>]*>(.*?)</cellXfs>", archive.read("xl/styles.xml"), re.S).group(1)
    return len(re.findall(rb"<xf[ />]", cell_formats))


PREFIXED = (lambda xml: re.sub(rb"<(/?)([A-Za-z]+)([ />])", rb"<\1x:\2\3", xml).replace(
    b'<x:worksheet xmlns="', b'<x:worksheet xmlns:x="', 1))

#: name → (parts to rewrite, the value F5 then holds)
VALID = {
    "a cell without a reference": ({ACTUALS: cell_edit("F5", b'<c s="30" t="n"><v>5</v></c>')}, 5),
    "a number with an exponent": ({ACTUALS: cell_edit("F5", b'<c r="F5" t="n"><v>1.5E3</v></c>')}, 1500),
    "a formula with its value": ({ACTUALS: cell_edit("F5", b'<c r="F5"><f>SUM(1,1)</f><v>2</v></c>')}, 2),
    "a formula's text result": ({ACTUALS: cell_edit("F5", b'<c r="F5" t="str"><f>TEXT(7,"0")</f><v>7</v></c>')}, 7),
    "a shared string": ({**with_strings(b"<si><t>x</t></si><si><t> 1,234 </t></si>"),
                         ACTUALS: cell_edit("F5", b'<c r="F5" t="s"><v>1</v></c>')}, 1234),
    "rich text with a phonetic guide": ({**with_strings(
        b'<si><r><t>1,</t></r><r><rPr><b/></rPr><t>500</t></r><rPh sb="0" eb="1"><t>9</t></rPh></si>'),
        ACTUALS: cell_edit("F5", b'<c r="F5" t="s"><v>0</v></c>')}, 1500),
    "inline rich text": ({ACTUALS: cell_edit(
        "F5", b'<c r="F5" t="inlineStr"><is><r><t>3</t></r><r><t>00</t></r></is></c>')}, 300),
    "the same cell twice, the last counts": ({ACTUALS: cell_edit(
        "F5", b'<c r="F5"><v>1</v></c><c r="F5"><v>8</v></c>')}, 8),
    "elements of another namespace prefix": ({ACTUALS: lambda xml: PREFIXED(cell_edit(
        "F5", b'<c r="F5"><v>42</v></c>')(xml))}, 42),
}


@pytest.mark.parametrize("name", list(VALID))
def test_unusual_but_valid_cells_are_read(name, plan_file, exported, tmp_path):
    parts, expected = VALID[name]
    edited = tmp_path / "edited.xlsx"
    rewrite(exported, edited, parts)
    result = read_actuals(load_plan(plan_file).plan, edited, Language("en"))
    assert result.problem_count == 0, result.problems
    changed = {(c.kpi_id, c.period): c.new.value for c in result.changes}
    assert changed == {REVENUE_M01: expected}


#: name → (parts to rewrite given the export, the problem reported for F5)
ROW_PROBLEMS = {
    "an error value": (lambda exported: {ACTUALS: cell_edit("F5", b'<c r="F5" t="e"><v>#DIV/0!</v></c>')},
                       "“#DIV/0!” is not a number"),
    "a date typed as an ISO date": (lambda exported: {ACTUALS: cell_edit(
        "F5", b'<c r="F5" t="d"><v>2026-04-01</v></c>')}, "“2026-04-01” is not a number"),
    "a number shown as a date": (lambda exported: {
        "xl/styles.xml": _styles_with_date_format,
        ACTUALS: cell_edit("F5", b'<c r="F5" s="%d"><v>46113</v></c>' % _date_style(exported))},
        "“2026-04-01 00:00:00” is not a number"),
    "a boolean": (lambda exported: {ACTUALS: cell_edit("F5", b'<c r="F5" t="b"><v>1</v></c>')},
                  "“True” is not a number"),
    "a formula without its value": (lambda exported: {ACTUALS: cell_edit("F5", b'<c r="F5"><f>B5*2</f></c>')},
                                    "the formula =B5*2 has no calculated value"),
}


@pytest.mark.parametrize("name", list(ROW_PROBLEMS))
def test_valid_cells_that_hold_no_number_are_row_problems(name, capsys, plan_file, exported, tmp_path):
    make, expected = ROW_PROBLEMS[name]
    edited = tmp_path / "edited.xlsx"
    rewrite(exported, edited, make(exported))
    result = read_actuals(load_plan(plan_file).plan, edited, Language("en"))
    assert [(p.row, p.column) for p in result.problems] == [(5, "F")]
    assert expected in result.problems[0].message
    before = digest(plan_file)
    code, out, err = run(capsys, "import-actuals", plan_file, edited, "--lang", "en")
    assert code == 3 and out == "" and expected in err and "Traceback" not in err
    assert digest(plan_file) == before


def test_every_bad_row_is_counted_but_only_the_first_are_listed(monkeypatch, capsys, plan_file, exported, tmp_path):
    from canvas_app.export import excel_actuals

    monkeypatch.setattr(excel_actuals, "MAX_PROBLEMS", 5)
    edited = tmp_path / "edited.xlsx"
    actual_cells = re.compile(rb'<c r="F(\d+)"(?:[^>]*/>|[^>]*>.*?</c>)', re.S)

    def every_actual_says_many(match: re.Match) -> bytes:
        row = int(match.group(1))
        return b'<c r="F%d" t="inlineStr"><is><t>many</t></is></c>' % row if row >= 5 else match.group(0)

    rewrite(exported, edited, {ACTUALS: lambda xml: actual_cells.sub(every_actual_says_many, xml)})
    result = read_actuals(load_plan(plan_file).plan, edited, Language("en"))
    assert len(result.problems) == 5 and result.problem_count == 396  # every data row
    code, out, err = run(capsys, "import-actuals", plan_file, edited, "--json", "--lang", "en")
    data = json.loads(out)
    assert code == 3 and len(data["problems"]) == 5 and data["problem_count"] == result.problem_count
    assert err == f"Nothing was imported: {result.problem_count} rows need fixing first.\n"
    code, _, err = run(capsys, "import-actuals", plan_file, edited, "--lang", "en")
    assert err.splitlines()[-1] == (f"Nothing was imported: {result.problem_count} rows need fixing first. "
                                    f"({result.problem_count - 50} more not shown.)")
