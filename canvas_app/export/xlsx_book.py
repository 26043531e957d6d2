"""The export workbook: a streaming (write-only) openpyxl workbook with the export's
styles, page set-up and safe cell factories.

Every sheet module writes its rows top to bottom through a :class:`Sheet`; cells are
made only by :meth:`Sheet.text` (user text — always text, see ``xlsx_text``),
:meth:`Sheet.num`, :meth:`Sheet.date` and :meth:`Sheet.formula`, so no user string can
reach a cell as a formula.

Money cells hold whole yen and show the plan's unit through their number format
(``xlsx_style.money_format``), so formulas stay exact. Only the export imports this.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Iterable, Sequence
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Font
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from openpyxl.worksheet.filters import AutoFilter

from canvas_app.model.enums import MoneyUnit, Unit
from canvas_app.text.formatting import money_unit_suffix
from canvas_app.text.language import Language

from .xlsx_style import (  # noqa: F401 - re-exported for the sheet modules
    ACCENT,
    FONT_NAME,
    FONT_SIZE,
    GANTT_FILL,
    GRID,
    HEADER_BG,
    INK,
    INPUT_BG,
    LINE,
    MUTED,
    STATUS_FILLS,
    STATUS_INKS,
    STATUS_KEYS,
    TITLE_INK,
    TOTAL_BG,
    TOTAL_BORDER,
    display_width,
    dress,
    money_format,
    text_height,
    unit_format,
)
from .xlsx_text import clean_xml_text, fit_cell, needs_quote_prefix

__all__ = ["Book", "Sheet", "col", "ref", "quote_sheet", "formula_string", "header_row", "text_height"]

def col(index: int) -> str:
    """Column letter of a 1-based column index."""
    return get_column_letter(index)


def ref(column: int, row: int, absolute: str = "") -> str:
    """A cell reference; ``absolute`` is "", "col", "row" or "both"."""
    letter = col(column)
    c = "$" if absolute in ("col", "both") else ""
    r = "$" if absolute in ("row", "both") else ""
    return f"{c}{letter}{r}{row}"


def quote_sheet(title: str) -> str:
    """A sheet name as a formula writes it: 'name' with quotes doubled."""
    return "'" + title.replace("'", "''") + "'"


def formula_string(text: str) -> str:
    """A text constant inside a formula: "…" with quotes doubled. Excel refuses a
    constant longer than 255 characters, so a longer text is joined from pieces ("…"&"…")."""
    pieces = [text[start:start + 120] for start in range(0, len(text), 120)] or [""]
    return "&".join('"' + piece.replace('"', '""') + '"' for piece in pieces)


_SHEET_TITLE_FORBIDDEN = str.maketrans({c: "_" for c in "[]:*?/\\"})


class Book:
    """One export workbook.

    Attributes:
        lang: the language the workbook is written in (the plan's, as the caller passes it).
        money: the plan's money unit.
        warnings: one sentence per problem the export worked around (text cut at the
            cell limit, …), for the caller to show.
    """

    def __init__(self, lang: Language, money: MoneyUnit) -> None:
        self.wb = Workbook(write_only=True)
        self.lang = lang
        self.money = MoneyUnit(money)
        self.warnings: list[str] = []
        self._styles: dict[tuple, StyleArray] = {}
        self._style_ids: dict[int, tuple[int, StyleArray]] = {}  # id(array) → (index, array kept alive)
        self._table_names: set[str] = set()
        font = Font(name=FONT_NAME, sz=FONT_SIZE, family=2, charset=128, color=INK)
        self.wb._fonts = IndexedList([font])
        self.wb._named_styles["Normal"].font = font
        # openpyxl stores no computed values: Excel recalculates everything on open.
        self.wb.calculation.fullCalcOnLoad = True
        self._proto_sheet = None

    # -- styles -----------------------------------------------------------------------
    def style(self, kind: str = "cell", number_format: str | None = None, *, wrap: bool = False,
              indent: int = 0, bold: bool = False, fill: str | None = None, ink: str | None = None,
              locked: bool = True, quote: bool = False, align: str | None = None, size: float | None = None,
              border: bool = True) -> StyleArray:
        """The style array of a cell kind (memoised): "cell", "header", "title", "subtitle",
        "note", "input", "total", "label"."""
        key = (kind, number_format, wrap, indent, bold, fill, ink, locked, quote, align, size, border)
        found = self._styles.get(key)
        if found is not None:
            return found
        if self._proto_sheet is None:
            # A scratch worksheet only parents the prototype cells; it is never saved.
            from openpyxl.worksheet.worksheet import Worksheet

            self._proto_sheet = Worksheet(self.wb, "proto")
        cell = Cell(self._proto_sheet)
        dress(cell, kind, number_format, wrap=wrap, indent=indent, bold=bold, fill=fill, ink=ink, locked=locked,
              quote=quote, align=align, size=size, border=border)
        array = cell._style
        self._styles[key] = array
        return array

    def style_index(self, style: StyleArray) -> int:
        """The workbook's index of a style array (what a cell's ``s`` attribute says)."""
        key = id(style)
        found = self._style_ids.get(key)
        if found is None:
            found = self._style_ids[key] = (self.wb._cell_styles.add(style), style)
        return found[0]

    def money_format(self) -> str:
        return money_format(self.money)

    def unit_format(self, unit: Unit, whole: bool = False) -> str:
        return unit_format(unit, self.money, whole)

    def money_suffix(self) -> str:
        return money_unit_suffix(self.money, self.lang.code)

    # -- sheets and tables ---------------------------------------------------------------
    def sheet(self, title: str) -> Sheet:
        """A new sheet, the next tab (call its ``setup`` before writing rows)."""
        return Sheet(self, title)

    def table_name(self, base: str) -> str:
        name, n = base, 1
        while name in self._table_names:
            n += 1
            name = f"{base}{n}"
        self._table_names.add(name)
        return name

    def warn(self, message: str) -> None:
        self.warnings.append(message)

    def save(self, stream: IO[bytes] | str) -> None:
        self.wb.save(stream)


class Sheet:
    """One worksheet, written row by row.

    ``setup`` arguments: ``widths`` column widths in characters (1-based columns in
    order); ``landscape`` A4 landscape (else portrait), always fit to one page wide;
    ``freeze`` the top-left cell of the scrolling area ("A4": rows 1–3 stay);
    ``title_rows`` rows repeated on every printed page ("3:3"); ``hidden_columns``
    1-based indexes of key columns people need not see.
    """

    def __init__(self, book: Book, title: str) -> None:
        self.book = book
        self.title = title.translate(_SHEET_TITLE_FORBIDDEN)[:31]
        self.ws = book.wb.create_sheet(self.title)
        self.row = 0  # the last row written
        self.widths: list[float] = []
        self.hidden: set[int] = set()  # 1-based indexes of hidden columns
        # Our cells arrive finished: skip openpyxl's per-value conversion (see append()).
        self.ws._values_to_row = _finished_cells

    def setup(self, widths: Sequence[float], *, landscape: bool = True, freeze: str | None = None,
              title_rows: str | None = None, hidden_columns: Iterable[int] = (), header_text: str = "",
              tab_color: str | None = None, zoom: int = 100) -> None:
        """Page and view settings; call before the first row (a streaming sheet writes
        them ahead of its rows)."""
        assert self.row == 0, "setup() after the first row"
        self.widths = list(widths)
        self.hidden = set(hidden_columns)
        ws = self.ws
        for index, width in enumerate(widths, start=1):
            ws.column_dimensions[col(index)].width = width
        for index in hidden_columns:
            ws.column_dimensions[col(index)].hidden = True
        if freeze:
            ws.freeze_panes = freeze
        if title_rows:
            ws.print_title_rows = title_rows
        if tab_color:
            ws.sheet_properties.tabColor = tab_color
        ws.sheet_view.showGridLines = False
        ws.sheet_view.zoomScale = zoom
        setup = ws.page_setup
        setup.paperSize = 9  # A4
        setup.orientation = "landscape" if landscape else "portrait"
        setup.fitToWidth = 1
        setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        ws.print_options.horizontalCentered = True
        margins = ws.page_margins
        margins.left = margins.right = 0.4
        margins.top, margins.bottom, margins.header, margins.footer = 0.6, 0.6, 0.25, 0.25
        # Header/footer codes treat "&" as a command: a user's "&" is doubled.
        left = clean_xml_text(" ".join(header_text.split())).replace("&", "&&")[:120]
        ws.oddHeader.left.text = left
        ws.oddHeader.left.size = 8
        ws.oddHeader.right.text = "&A"
        ws.oddHeader.right.size = 8
        ws.oddFooter.center.text = "&P / &N"
        ws.oddFooter.center.size = 8

    # -- cells ---------------------------------------------------------------------------
    def _cell(self, value: Any, data_type: str, style: StyleArray | None) -> Cell:
        # Made without Cell.__init__ and with its style index known up front: the export
        # writes hundreds of thousands of cells and openpyxl would otherwise hash every
        # cell's style array again when it writes the cell.
        cell = _FastCell.__new__(_FastCell)
        cell.parent = self.ws
        cell._value = value
        cell.data_type = data_type
        cell._hyperlink = None
        cell._comment = None
        if style is None:
            cell._style, cell._sid = _NO_STYLE, 0
        else:
            cell._style, cell._sid = style, self.book.style_index(style)
        return cell

    def text(self, value: str | None, style: StyleArray | None = None, *, where: str = "",
             wrap_style: StyleArray | None = None) -> Cell:
        """User or label text, always as text (see ``xlsx_text``). ``where`` names the
        cell's content in a warning when the text has to be cut."""
        if value is None or value == "":
            return self._cell(None, "n", style)

        def warn(length: int) -> None:
            self.book.warn(self.book.lang.translate(
                "Export", "“{where}” on the sheet “{sheet}” has {count} characters, more than an Excel cell "
                "holds (32,767); the cell ends with a cut mark.").format(
                    where=where or self.title, sheet=self.title, count=f"{length:,}"))

        text = fit_cell(str(value), warn, lang=self.book.lang)
        if needs_quote_prefix(text):
            style = self._quoted(style)
        return self._cell(text, "s", style)

    def _quoted(self, style: StyleArray | None) -> StyleArray:
        """The same style with the Text format and Excel's quote prefix."""
        base = StyleArray(style) if style is not None else StyleArray()
        key = ("quoted", tuple(base))
        found = self.book._styles.get(key)
        if found is None:
            base.quotePrefix = 1
            base.numFmtId = 49  # "@": Text, so editing the cell keeps it text
            found = self.book._styles[key] = base
        return found

    def num(self, value: float | int | None, style: StyleArray | None = None) -> Cell:
        if value is None or isinstance(value, bool) or not math.isfinite(value):
            return self._cell(None, "n", style)
        return self._cell(value, "n", style)

    def date(self, value: Any, style: StyleArray | None = None) -> Cell:
        if value is None:
            return self._cell(None, "n", style)
        return self._cell(value, "d", style)

    def formula(self, expression: str, style: StyleArray | None = None) -> Cell:
        """A formula we built (never user text); ``expression`` starts with "="."""
        assert expression.startswith("="), expression
        return self._cell(expression, "f", style)

    def blank(self, style: StyleArray | None = None) -> Cell:
        return self._cell(None, "n", style)

    # -- rows ----------------------------------------------------------------------------
    def append(self, cells: Sequence[Any] = (), height: float | None = None, hidden: bool = False) -> int:
        """Write the next row; returns its 1-based index."""
        self.row += 1
        if height is not None or hidden:
            dims = self.ws.row_dimensions[self.row]
            if height is not None:
                dims.height = min(409.0, height)
            if hidden:
                dims.hidden = True
        row = self.row
        finished = []
        for column, cell in enumerate(cells, start=1):
            if cell is not None:
                cell.row, cell.column = row, column
                finished.append(cell)
        self.ws.append(finished)
        return row

    def skip(self, count: int = 1) -> None:
        for _ in range(count):
            self.append([])

    def merge(self, first_col: int, last_col: int, row: int | None = None) -> None:
        row = row or self.row
        self.ws.merged_cells.add(f"{col(first_col)}{row}:{col(last_col)}{row}")

    def title_rows(self, title: str, subtitle: str = "", last_col: int = 6) -> None:
        """The sheet's title (and a one-line note under it), merged across ``last_col``."""
        book = self.book
        self.append([self.text(title, book.style("title"), where=title)], height=26)
        self.merge(1, last_col)
        if subtitle:
            span = sum(self.widths[:last_col]) or 100
            self.append([self.text(subtitle, book.style("note", wrap=True))],
                        height=text_height([(subtitle, span)], line=12, minimum=16))
            self.merge(1, last_col)

    def table(self, base_name: str, headers: Sequence[str], first_row: int, last_row: int,
              first_col: int = 1) -> str:
        """An Excel table (with filter buttons) over a header row and its data rows; the
        header cells must hold exactly ``headers`` (unique, plain text)."""
        if last_row <= first_row:
            # A table needs one data row, even empty: keep it empty, so that whatever is
            # written next (a total row) never lands inside the table or its own ranges.
            assert self.row == first_row, "rows were written after an empty table's header"
            self.append([])
            last_row = self.row
        area = f"{col(first_col)}{first_row}:{col(first_col + len(headers) - 1)}{last_row}"
        table = Table(displayName=self.book.table_name(base_name), ref=area)
        table.tableColumns = [TableColumn(id=i, name=name) for i, name in enumerate(headers, start=1)]
        table.autoFilter = AutoFilter(ref=area)
        table.tableStyleInfo = TableStyleInfo(name="TableStyleLight1", showRowStripes=False)
        with warnings.catch_warnings():  # "add table columns manually": we did, above
            warnings.simplefilter("ignore", UserWarning)
            self.ws.add_table(table)
        return area


class _FastCell(Cell):
    """A cell whose style index is fixed when it is made (see Sheet._cell)."""

    __slots__ = ("_sid",)

    @property
    def style_id(self) -> int:
        return self._sid

    @property
    def has_style(self) -> bool:
        return self._sid != 0


_NO_STYLE = StyleArray()


def _finished_cells(cells: list[Cell], _row_index: int) -> list[Cell]:
    return cells


def unique_headers(headers: Sequence[str]) -> list[str]:
    """Table column names must be unique, non-empty, single-line text (and valid XML:
    a competitor's name becomes a column name)."""
    seen: set[str] = set()
    result = []
    for header in headers:
        name = " ".join(clean_xml_text(header or "—").split())[:250] or "—"
        base, n = name, 1
        while name.casefold() in seen:
            n += 1
            name = f"{base} {n}"
        seen.add(name.casefold())
        result.append(name)
    return result


def header_row(sheet: Sheet, headers: Sequence[str], height: float = 30, styles: Sequence[StyleArray] | None = None,
               prefix: Sequence[Any] = ()) -> list[str]:
    """Write a table header row; returns the (unique) header names written."""
    names = unique_headers(headers)
    style = sheet.book.style("header")
    cells = [*prefix, *(sheet.text(name, styles[i] if styles else style) for i, name in enumerate(names))]
    first = len(prefix) + 1
    shown = [(name, sheet.widths[first + i - 1]) for i, name in enumerate(names)
             if first + i <= len(sheet.widths) and first + i not in sheet.hidden]
    if shown:  # a long name (a competitor's, as a matrix column) wraps: make room for it
        height = max(height, text_height(shown, line=15, minimum=height))  # bold: a little taller
    sheet.append(cells, height=height)
    return names


