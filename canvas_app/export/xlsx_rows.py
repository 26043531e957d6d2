"""One worksheet's rows, parsed by expat handlers, every cell checked (used by ``xlsx_reader``).

``SheetParser`` is fed the sheet's XML in chunks and collects finished rows in ``done``
as ``(row number, {column: (value, formula)})``; values are None, str, int, float,
bool, or a date/datetime/time (a number in a date format, or a ``t="d"`` cell). A
formula is its text with a leading "=" (None when the cell has none). Error cells
(``#DIV/0!`` …) come back as their text.

Anything a cell cannot hold raises ``Damage`` (what is wrong and where); more rows,
cells or columns than an actuals sheet can have raise ``TooLarge``. The checks follow
what Excel itself writes and accepts: rows and cells in order, references inside the
row, numbers in XML Schema form, a shared-string index that exists, a style that
exists, booleans 0/1, texts of at most 32,767 characters, formulas of at most 8,192.
(One exception: a cell may repeat the previous cell's reference — the app's exports
write a roadmap total row that way — and the last one counts.)
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cached_property

from openpyxl.utils.datetime import from_excel, from_ISO8601

from .xlsx_limits import EXCEL_COLUMNS, EXCEL_ROWS, MAX_CELLS, MAX_COLUMN, MAX_FORMULA, MAX_ROWS, MAX_TEXT

_REF = re.compile(r"([A-Za-z]{1,3})([0-9]{1,7})\Z")
_RANGE = re.compile(r"([A-Za-z]{1,3})([0-9]{1,7})(?::([A-Za-z]{1,3})([0-9]{1,7}))?\Z")
_INDEX = re.compile(r"\s*[0-9]{1,9}\s*\Z")
_NUMBER = re.compile(r"\s*[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?\s*\Z")
_ERROR = re.compile(r"#[A-Za-z0-9/_.]{1,20}[!?]?\Z")
_BOOLEANS = {"0": False, "1": True, "false": False, "true": True}
_TYPES = frozenset({"n", "s", "str", "inlineStr", "b", "e", "d"})


class Damage(Exception):
    """A cell, row or range that cannot be read. ``where`` is "cell", "row" or "range";
    ``at`` the cell reference, row number or range; ``what`` a key of the detail texts
    (``xlsx_refusals.damaged``); ``value`` what was found."""

    def __init__(self, where: str, at: str, what: str, value: str = "") -> None:
        super().__init__(where, at, what, value)
        self.where, self.at, self.what, self.value = where, at, what, value


class TooLarge(Exception):
    """More than ``limit`` allows: ``what`` is "rows", "cells", "column" or "range"."""

    def __init__(self, what: str, limit: int, value: str = "") -> None:
        super().__init__(what, limit, value)
        self.what, self.limit, self.value = what, limit, value


class Stop(Exception):
    """Raised from a handler to end parsing early (the first row has been read)."""


def column_letters(index: int) -> str:
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters.upper():
        index = index * 26 + ord(letter) - 64
    return index


_COLUMNS = {column_letters(index): index for index in range(1, MAX_COLUMN + 1)}


@dataclass(frozen=True)
class Context:
    """What cells are read against: the workbook's shared strings, which cell styles
    are date formats (one flag per style), and the date epoch."""

    strings: list[str]
    date_styles: bytes
    epoch: object

    @cached_property
    def styles(self) -> dict[str, int]:
        """The cell styles that exist, by the text of their index (``s="3"``)."""
        return {str(index): index for index in range(max(len(self.date_styles), 1))}


class SheetParser:
    """expat handlers for one worksheet (see the module's docstring). The handlers run
    for every element of the sheet, so they are written for speed."""

    def __init__(self, context: Context, first_only: bool) -> None:
        self.context = context
        self.styles = context.styles
        self.dates = context.date_styles
        self.first_only = first_only
        self.stack: list[str] = [""]  # local names of the open elements, under a sentinel
        self.done: list[tuple[int, dict[int, tuple[object, str | None]]]] = []
        self.dimension: str | None = None
        self.row = self.column = self.cell_count = self.elements = 0
        self.row_text = ""
        self.cells: dict[int, tuple[object, str | None]] = {}
        self.in_row = False
        self.cell: tuple[str, str, int] | None = None  # reference, type, style of the open cell
        self.value: str | None = None
        self.formula: str | None = None
        self.inline: list[str] | None = None
        self.shared_formulas: dict[str, str] = {}
        self.formula_share: str | None = None
        self.pieces: list[str] | None = None  # text being collected …
        self.length = 0
        self.limit = 0
        self.depth = 0  # … for the element open at this depth

    def install(self, parser) -> None:
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.text

    # -------------------------------------------------------------- expat handlers

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = name[name.rfind(" ") + 1:]
        stack = self.stack
        parent = stack[-1]
        stack.append(local)
        self.elements += 1
        if self.cell is not None:
            if parent == "c":
                if local == "v":  # (what _collect does, inline: once per cell)
                    self.pieces, self.length, self.limit, self.depth = [], 0, MAX_TEXT, len(stack)
                elif local == "f":
                    self.formula_share = attrs.get("si") if attrs.get("t") == "shared" else None
                    self._collect(MAX_FORMULA)
                elif local == "is":
                    self.inline = []
            elif local == "t" and self.inline is not None and (parent == "is" or (parent == "r" and stack[-3] == "is")):
                self._collect(MAX_TEXT)
        elif local == "c":
            if parent == "row" and self.in_row:
                self._start_cell(attrs)
        elif local == "row":
            if parent == "sheetData":
                self._start_row(attrs)
        elif local == "dimension" and parent == "worksheet":
            self.dimension = attrs.get("ref", "")
            if not self.first_only:
                self.check_dimension()

    def end(self, _name: str) -> None:
        stack = self.stack
        if self.pieces is not None and len(stack) == self.depth:
            text = "".join(self.pieces)
            if stack[-1] == "v":
                self.value = text
            else:
                self._collected(stack[-1], text)
            self.pieces = None
        local = stack.pop()
        if local == "c":
            if self.cell is not None and stack[-1] == "row":
                self._end_cell()
        elif local == "row" and self.in_row and stack[-1] == "sheetData":
            self._end_row()

    def text(self, data: str) -> None:
        if self.pieces is not None:
            self.pieces.append(data)
            self.length += len(data)
            if self.length > self.limit:
                raise Damage("cell", self._where(), "long_formula" if self.limit == MAX_FORMULA else "long_text")

    # -------------------------------------------------------------- rows and cells

    def _start_row(self, attrs: dict[str, str]) -> None:
        text = attrs.get("r")
        if text is None:
            number = self.row + 1
        elif not text.isdigit() or not 0 < int(text) <= EXCEL_ROWS:
            raise Damage("row", str(self.row + 1), "row_number", text)
        else:
            number = int(text)
        if number <= self.row:
            raise Damage("row", str(number), "row_order")
        if self.first_only and number > 1:
            raise Stop  # row 1 is empty
        if number > MAX_ROWS:
            raise TooLarge("rows", MAX_ROWS)
        self.row, self.row_text, self.column, self.cells, self.in_row = number, str(number), 0, {}, True

    def _end_row(self) -> None:
        self.done.append((self.row, self.cells))
        self.in_row = False
        if self.first_only:
            raise Stop

    def _start_cell(self, attrs: dict[str, str]) -> None:
        ref = attrs.get("r")
        if ref is None:
            column = self.column + 1
            ref = f"{column_letters(column)}{self.row}"
        else:  # the common case first: "F12" in row 12, a column up to IV
            letters = ref.rstrip("0123456789")
            column = _COLUMNS.get(letters)
            if column is None or ref[len(letters):] != self.row_text:
                column = self._column(ref)
        if column < self.column:  # the same cell twice (the app's own exports have that) counts once, the last
            raise Damage("row", self.row_text, "cell_order")
        if column > MAX_COLUMN:
            raise TooLarge("column", MAX_COLUMN, ref)
        self.cell_count += 1
        if self.cell_count > MAX_CELLS:
            raise TooLarge("cells", MAX_CELLS)
        kind = attrs.get("t", "n")
        if kind not in _TYPES:
            raise Damage("cell", ref, "type", kind)
        style_text = attrs.get("s")
        style = 0 if style_text is None else self.styles.get(style_text)
        if style is None:
            style = self._style(ref, style_text)
        self.column = column
        self.cell = (ref, kind, style)
        self.value = self.formula = self.inline = None

    def _column(self, ref: str) -> int:
        """The column of a reference in the current row, written in any valid way."""
        found = _REF.match(ref)
        column = _column_index(found.group(1)) if found else 0
        if not found or int(found.group(2)) != self.row or not 0 < column <= EXCEL_COLUMNS:
            raise Damage("cell", ref, "reference", ref)
        return column

    def _style(self, ref: str, text: str) -> int:
        """A style index written with spaces or leading zeros, if it exists."""
        if _INDEX.match(text) and int(text) < len(self.styles):
            return int(text)
        raise Damage("cell", ref, "style", text)

    def _collect(self, limit: int) -> None:
        self.pieces, self.length, self.limit, self.depth = [], 0, limit, len(self.stack)

    def _collected(self, local: str, text: str) -> None:
        if local == "f":
            if self.formula_share is not None:  # the cells sharing a formula after the first carry no text
                if text:
                    self.shared_formulas.setdefault(self.formula_share, text)
                else:
                    text = self.shared_formulas.get(self.formula_share, "")
            self.formula = "=" + text
        elif self.inline is not None:
            self.inline.append(text)

    def _where(self) -> str:
        return self.cell[0] if self.cell is not None else str(self.row)

    def _end_cell(self) -> None:
        ref, kind, style = self.cell
        self.cells[self.column] = (self._value(ref, kind, style), self.formula)
        self.cell = None
        self.inline = None

    def _value(self, ref: str, kind: str, style: int) -> object:
        if kind == "inlineStr":
            if self.inline is None:
                raise Damage("cell", ref, "no_text")
            text = "".join(self.inline)
            if len(text) > MAX_TEXT:
                raise Damage("cell", ref, "long_text")
            return text
        raw = self.value
        if not raw:
            return None
        if kind == "n":
            if not _NUMBER.match(raw):
                raise Damage("cell", ref, "number", raw)
            number = float(raw) if "." in raw or "e" in raw or "E" in raw else int(raw)
            if not math.isfinite(number):
                raise Damage("cell", ref, "number", raw)
            if self.dates and self.dates[style]:
                try:  # a number shown as a date is a date (Excel turns a typed "4/1" into one)
                    return from_excel(number, self.context.epoch)
                except (OverflowError, ValueError):
                    return "#VALUE!"  # as Excel shows it: not a date, not a number
            return number
        if kind == "s":
            strings = self.context.strings
            if not _INDEX.match(raw) or int(raw) >= len(strings):
                raise Damage("cell", ref, "shared", raw)
            return strings[int(raw)]
        if kind == "b":
            if raw.strip() not in _BOOLEANS:
                raise Damage("cell", ref, "boolean", raw)
            return _BOOLEANS[raw.strip()]
        if kind == "e":
            if not _ERROR.match(raw.strip()):
                raise Damage("cell", ref, "error", raw)
            return raw.strip()
        if kind == "d":
            try:
                return from_ISO8601(raw.strip())
            except (ValueError, TypeError, OverflowError):
                raise Damage("cell", ref, "date", raw) from None
        return raw  # "str": a formula's text result

    # -------------------------------------------------------------- after the sheet

    def check_dimension(self) -> None:
        """The sheet's stated used range (``<dimension ref>``) fits an actuals sheet."""
        if self.dimension is None:
            return
        found = _RANGE.match(self.dimension)
        if not found:
            raise Damage("range", self.dimension, "range", self.dimension)
        last_column, last_row = found.group(3) or found.group(1), found.group(4) or found.group(2)
        if _column_index(last_column) > EXCEL_COLUMNS or int(last_row) > EXCEL_ROWS:
            raise Damage("range", self.dimension, "range", self.dimension)
        if _column_index(last_column) > MAX_COLUMN or int(last_row) > MAX_ROWS:
            raise TooLarge("range", MAX_ROWS, self.dimension)
