"""Blocks the text-heavy sheets share: a section heading, a label with a long text
beside it, and a table of texts whose rows are as tall as their longest text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .xlsx_book import Sheet, header_row, text_height


def section(sheet: Sheet, title: str) -> None:
    sheet.skip()
    sheet.append([sheet.text(title, sheet.book.style("subtitle"))], height=22)


def key_value(sheet: Sheet, label: str, text: str, widths: Sequence[float], where: str = "") -> None:
    """``label`` in column A, ``text`` merged across the other columns of ``widths``."""
    book = sheet.book
    span = sum(widths[1:])
    cells: list[Any] = [sheet.text(label, book.style("label", wrap=True))]
    cells.append(sheet.text(text, book.style("cell", wrap=True), where=where or label))
    cells += [sheet.blank(book.style("cell")) for _ in widths[2:]]
    sheet.append(cells, height=text_height([(text, span), (label, widths[0])]))
    sheet.merge(2, len(widths))


def text_table(sheet: Sheet, name: str, headers: Sequence[str], rows: Sequence[Sequence[Any]],
               widths: Sequence[float], first_col: int = 1, where: Sequence[str] = ()) -> None:
    """A table whose cells are texts (str, wrapped) or finished cells; row heights follow
    the longest text. ``where`` names each row's item in a cut warning."""
    book = sheet.book
    wrap = book.style("cell", wrap=True)
    prefix = [None] * (first_col - 1)
    header = sheet.row + 1
    names = header_row(sheet, headers, prefix=prefix)
    for index, values in enumerate(rows):
        label = where[index] if index < len(where) else ""
        cells = [sheet.text(v, wrap, where=label) if isinstance(v, str) or v is None else v for v in values]
        texts = [(v, widths[first_col - 1 + i]) for i, v in enumerate(values) if isinstance(v, str)]
        sheet.append(prefix + cells, height=text_height(texts))
    sheet.table(name, names, header, sheet.row, first_col)
