"""Actuals read back from the "Actuals input" sheet of an exported workbook.

::

    result = read_actuals(plan, Path("team.xlsx"), lang)   # raises WorkbookRefused
    if result.problem_count: …                         # nothing may be applied
    new_actuals = result.apply(plan)                   # the plan's actuals, updated

The file passes ``xlsx_guard.check_workbook`` and is then read by ``xlsx_reader``
(streaming, every cell checked, bounded in time and memory): any damage, and any file
beyond what an actuals workbook can be, is the one ``WorkbookRefused``. The sheet is
found by its hidden key row (``kpi_id``, ``period``, ``value`` in row 1) whatever its
name; the header row is the row whose ``kpi_id`` cell says ``kpi_id``; every row below
it is a data row. Each row's KPI and period come from its own key cells, so sorted,
filtered or rearranged sheets read correctly.

Rules, each problem reported with sheet, row and column:

- an empty Actual cell means "no actual for this row" and changes nothing (an actual
  is removed in the app, not by clearing a cell);
- the value must be a number (a text such as "1,200" or "25%" is read as one; "NaN"
  or "inf" is not); a formula counts by its cached value, and a formula without one
  is a problem;
- a KPI that cannot be negative (a count, a number of days, a funnel figure: see
  ``calc.kpi_sign``) takes no negative actual;
- the KPI must exist in the plan, the period must be one of the plan's periods, and
  each KPI and period may appear once.

Nothing is applied unless every row is valid (``problem_count`` 0; ``problems`` lists
the first MAX_PROBLEMS).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from canvas_app.calc.kpi_sign import never_negative
from canvas_app.model import Plan
from canvas_app.model.periods import period_keys
from canvas_app.model.review import Actual
from canvas_app.text.findings import negative_reason
from canvas_app.text.language import Language

from .sheet_actuals import KEYS, VALUE_LIMIT
from .xlsx_guard import WorkbookRefused, check_workbook
from .xlsx_reader import XlsxReader
from .xlsx_rows import column_letters
from .xlsx_text import fit_cell

__all__ = ["ActualChange", "ActualsImport", "RowProblem", "WorkbookRefused", "read_actuals"]

#: Problems listed (all are counted): enough to fix a sheet by, bounded however bad it is.
MAX_PROBLEMS = 1_000


@dataclass(frozen=True)
class RowProblem:
    """One bad cell: where (sheet, row, column letter) and what, as a sentence."""

    sheet: str
    row: int
    column: str
    code: str
    message: str


@dataclass(frozen=True)
class ActualChange:
    """An actual the import adds (``old`` None) or changes."""

    kpi_id: str
    period: str
    old: Actual | None
    new: Actual


@dataclass
class ActualsImport:
    """What the workbook would change."""

    sheet: str
    changes: list[ActualChange] = field(default_factory=list)
    unchanged: int = 0
    problems: list[RowProblem] = field(default_factory=list)  # the first MAX_PROBLEMS
    problem_count: int = 0

    @property
    def added(self) -> int:
        return sum(1 for change in self.changes if change.old is None)

    @property
    def changed(self) -> int:
        return sum(1 for change in self.changes if change.old is not None)

    def apply(self, plan: Plan) -> list[Actual]:
        """The plan's actuals with the changes made (changed ones in place, new ones at
        the end, in sheet order). Refuses when there are problems."""
        if self.problem_count:
            raise ValueError("the workbook has problems; nothing may be applied")
        replaced = {(c.kpi_id, c.period): c.new for c in self.changes if c.old is not None}
        result = [replaced.get((a.kpi_id, a.period), a).model_copy() for a in plan.review.actuals]
        result += [c.new.model_copy() for c in self.changes if c.old is None]
        return result


def _problem_text(lang: Language, code: str, **params: object) -> str:
    texts = {
        "unknown_kpi": lang.translate("Export", "the KPI “{value}” is not in this plan"),
        "no_kpi": lang.translate("Export", "the row has an actual but no KPI id"),
        "bad_period": lang.translate("Export", "“{value}” is not a period of this plan"),
        "not_a_number": lang.translate("Export", "“{value}” is not a number"),
        "out_of_range": lang.translate("Export", "{value} is too large"),
        "negative": lang.translate("Export", "{value} is below zero: {reason}"),
        "formula_without_value": lang.translate(
            "Export", "the formula {value} has no calculated value (open and save the workbook in Excel first)"),
        "duplicate": lang.translate(
            "Export", "this KPI and period appear twice (also in row {value})"),
    }
    return texts[code].format(**params)


def _location(lang: Language, sheet: str, row: int, column: str, reason: str) -> str:
    return lang.translate("Export", "Sheet “{sheet}”, row {row}, column {column}: {reason}.").format(
        sheet=sheet, row=row, column=column, reason=reason)


#: A number as text: digits with an optional sign, decimals and exponent (after commas
#: and spaces are removed). Python's float() also takes "nan", "inf", "Infinity" and
#: "1_000", none of which is a number a team types as an actual.
_NUMBER_TEXT = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?\Z")


def _number(value: object) -> float | None:
    """A cell value as a number, or None when it is not one (bools and dates are not)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        text = unicodedata.normalize("NFKC", value).strip().replace(",", "").replace(" ", "")
        scale = 1.0
        if text.endswith("%"):
            text, scale = text[:-1], 0.01
        if not _NUMBER_TEXT.match(text):
            return None
        return float(text) * scale  # may be inf ("1e400"): too large, not "not a number"
    return None


Rows = Iterator[tuple[int, dict[int, tuple[object, str | None]]]]


def _find_sheet(book: XlsxReader) -> tuple[str, dict[str, int], Rows] | None:
    """The first sheet whose row 1 holds the actuals keys: its name, key → column, and
    its rows after row 1."""
    for name in book.sheet_names:
        rows = book.rows(name)
        number, first = next(rows, (0, {}))
        columns = {value: column for column, (value, _) in sorted(first.items())
                   if isinstance(value, str) and value in KEYS}
        if number == 1 and {"kpi_id", "period", "value"} <= columns.keys():
            return name, columns, rows
        rows.close()
    return None


def read_actuals(plan: Plan, path: Path, lang: Language) -> ActualsImport:
    """Read the Actuals input sheet of the workbook at ``path`` against ``plan``; the
    problems found are worded in ``lang``."""
    path = Path(path)
    check_workbook(path)
    with XlsxReader(path) as book:
        found = _find_sheet(book)
        if found is None:
            raise WorkbookRefused(lang.translate(
                "Export", "“{file}” has no Actuals input sheet (export the plan to Excel to get one).").format(
                    file=path.name))
        name, columns, rows = found
        return _read_rows(plan, name, columns, rows, lang)


def _read_rows(plan: Plan, name: str, columns: dict[str, int], rows: Rows, lang: Language) -> ActualsImport:
    result = ActualsImport(sheet=name)
    keys = set(period_keys(plan.settings.granularity))
    kpis = {node.id for node in plan.kpis.nodes}
    positive = never_negative(plan)
    existing = {(a.kpi_id, a.period): a for a in plan.review.actuals}
    seen: dict[tuple[str, str], int] = {}
    kpi_col, period_col, value_col = columns["kpi_id"], columns["period"], columns["value"]
    note_col = columns.get("note")

    def problem(row: int, column: int, code: str, value: object = "", **more: object) -> None:
        result.problem_count += 1
        if len(result.problems) < MAX_PROBLEMS:  # a sheet of bad rows costs no more memory than this
            text = _location(lang, name, row, column_letters(column), _problem_text(lang, code, value=value, **more))
            result.problems.append(RowProblem(name, row, column_letters(column), code, text))

    in_data = False
    for number, cells in rows:
        kpi = cells.get(kpi_col, (None, None))[0]
        if not in_data:
            in_data = kpi == "kpi_id"
            continue
        raw, formula = cells.get(value_col, (None, None))
        period = cells.get(period_col, (None, None))[0]
        note = cells.get(note_col, (None, None))[0] if note_col is not None else None
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            if formula is not None:
                problem(number, value_col, "formula_without_value", formula)
            continue  # no actual in this row: nothing changes
        kpi_id = str(kpi).strip() if kpi is not None else ""
        period_key = str(period).strip() if period is not None else ""
        if not kpi_id:
            problem(number, kpi_col, "no_kpi")
            continue
        bad = False
        if kpi_id not in kpis:
            problem(number, kpi_col, "unknown_kpi", kpi_id)
            bad = True
        if period_key not in keys:
            problem(number, period_col, "bad_period", period_key)
            bad = True
        value = _number(raw)
        if value is None:
            problem(number, value_col, "not_a_number", raw)
            bad = True
        elif not math.isfinite(value) or abs(value) > VALUE_LIMIT:
            problem(number, value_col, "out_of_range", raw)
            bad = True
        elif value < 0 and kpi_id in positive:
            problem(number, value_col, "negative", raw, reason=negative_reason(positive[kpi_id], lang))
            bad = True
        if bad:
            continue
        where = (kpi_id, period_key)
        if where in seen:
            problem(number, kpi_col, "duplicate", seen[where])
            continue
        seen[where] = number
        _compare(result, existing.get(where), kpi_id, period_key, value, note)
    return result


def _compare(result: ActualsImport, old: Actual | None, kpi_id: str, period: str, value: float,
             note: object) -> None:
    text = "" if note is None else str(note)
    if old is not None and fit_cell(old.note) == text:
        text = old.note  # the cell holds the exported (cleaned or cut) form of the same note
    new = Actual(kpi_id=kpi_id, period=period, value=value, note=text)
    if old is not None and old.value == value and old.note == text:
        result.unchanged += 1
    else:
        result.changes.append(ActualChange(kpi_id, period, old, new))
