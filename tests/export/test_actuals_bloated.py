"""Workbooks that pass the zip size and ratio checks but would make the import do far
too much (millions of styles or texts, a cell in column XFD on every row, a million
rows, a huge used range, millions of elements): each is refused in one sentence, in a
child process limited to 1.5 GB of address space, exit code 3, the plan unchanged.
Then the reader's own limits and budgets, which hold where the guard's byte counts do
not reach (a part under another name, a row far down, a slow machine)."""

from __future__ import annotations

import os
import resource
import subprocess
import sys

import pytest

from canvas_app.export import xlsx_reader, xlsx_rows
from canvas_app.export.excel_actuals import read_actuals
from canvas_app.export.xlsx_guard import WorkbookRefused
from canvas_app.storage.project_file import load_plan
from canvas_app.text.language import Language
from tests.export.hostile_books import BLOATED, rewrite, with_strings
from tests.export.importing import digest

ADDRESS_SPACE = 1_500_000_000  # as `ulimit -v 1500000`


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def import_in_child(plan_file, workbook) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "canvas_app", "import-actuals", str(plan_file), str(workbook), "--lang", "en"],
        capture_output=True, text=True, timeout=120, preexec_fn=_limited, env=env)


@pytest.mark.parametrize("name", list(BLOATED))
def test_a_bloated_workbook_is_refused_in_one_sentence_in_bounded_memory(name, plan_file, exported, tmp_path):
    make, expected = BLOATED[name]
    hostile = tmp_path / "hostile.xlsx"
    make(exported, hostile)
    assert hostile.stat().st_size < 3 * 1024 * 1024  # small on disk: the bloat is in what it expands to
    before = digest(plan_file)
    done = import_in_child(plan_file, hostile)
    assert done.returncode == 3, done.stderr
    assert done.stdout == "" and done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith("“hostile.xlsx” cannot be imported: ") and expected in done.stderr, done.stderr
    assert digest(plan_file) == before


def test_the_child_imports_the_exported_workbook_under_the_same_limit(plan_file, exported):
    done = import_in_child(plan_file, exported)
    assert done.returncode == 0 and done.stdout.startswith("0 actuals added, 0 changed, "), done.stderr


# ------------------------------------------------------------------ the reader's own limits

#: name → (module, limit, value that the sample's export already exceeds, the refusal)
READER_LIMITS = {
    "rows": (xlsx_rows, "MAX_ROWS", 100, "the sheet “Actuals input” has more than 100 rows"),
    "cells": (xlsx_rows, "MAX_CELLS", 1_000, "the sheet “Actuals input” has more than 1,000 cells"),
    "column": (xlsx_rows, "MAX_COLUMN", 8, "the sheet “Actuals input” has a cell at I1, beyond the 8 columns"),
    "styles": (xlsx_reader, "MAX_STYLES", 10, "more than 10 cell formats"),
    "elements": (xlsx_reader, "MAX_ELEMENTS", 1_000, "over 1,000 XML elements to read"),
    "time": (xlsx_reader, "READ_SECONDS", -1.0, "seconds to read"),
    "memory": (xlsx_reader, "MEMORY_BUDGET", -1, "MB of memory to read"),
    "sheet size": (xlsx_reader, "PART_LIMITS", {**xlsx_reader.PART_LIMITS, "sheet": 10_000},
                   "its part xl/worksheets/sheet1.xml is 0.0 MB"),
}


@pytest.mark.parametrize("name", list(READER_LIMITS))
def test_the_reader_holds_to_each_limit_itself(name, monkeypatch, plan_file, exported):
    module, limit, value, expected = READER_LIMITS[name]
    monkeypatch.setattr(module, limit, value)  # the guard keeps the real limit: only the reader's count refuses
    with pytest.raises(WorkbookRefused) as refused:
        read_actuals(load_plan(plan_file).plan, exported, Language("en"))
    assert expected in refused.value.message


def test_the_reader_counts_shared_strings_whatever_their_part_is_called(monkeypatch, plan_file, exported, tmp_path):
    monkeypatch.setattr(xlsx_reader, "MAX_STRINGS", 2)
    edited = tmp_path / "edited.xlsx"
    rewrite(exported, edited, with_strings(b"<si><t>a</t></si>" * 3, part="xl/texts.xml"))
    with pytest.raises(WorkbookRefused, match="more than 2 different texts"):
        read_actuals(load_plan(plan_file).plan, edited, Language("en"))
    rewrite(exported, edited, with_strings(b"<si><t>a</t></si>" * 2, part="xl/texts.xml"))
    assert read_actuals(load_plan(plan_file).plan, edited, Language("en")).problem_count == 0
