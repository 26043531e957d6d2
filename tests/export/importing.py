"""What the tests of the actuals import share: the sample plan, a file's digest, and a
run of the CLI in this process (``conftest.py`` makes the plan and its export)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import openpyxl

from canvas_app.cli import main
from canvas_app.export.excel import TAB_ORDER

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "manufacturer_ja.scanvas"
#: Columns of the Actuals input sheet (1-based).
VALUE, NOTE, KPI_ID, PERIOD = 6, 7, 8, 9


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def edit(path: Path, change) -> Path:
    """Open the workbook as a team member would (openpyxl standing in for Excel), let
    ``change(sheet, rows)`` edit the Actuals input sheet, save under a new name."""
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[TAB_ORDER.index("actuals")]
    rows = {(sheet.cell(r, KPI_ID).value, sheet.cell(r, PERIOD).value): r for r in range(5, sheet.max_row + 1)}
    change(sheet, rows)
    target = path.with_name("edited.xlsx")
    book.save(target)
    return target
