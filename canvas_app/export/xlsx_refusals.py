"""Why a workbook cannot be imported, in one sentence each (``xlsx_guard``, ``xlsx_reader``).

Every sentence reads "“team.xlsx” cannot be imported: …" and names what it can: the
part of the file, the sheet, the row or the cell.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from .xlsx_limits import MB

__all__ = ["WorkbookRefused", "broken_part", "broken_sheet", "damaged", "refusal", "too_large"]


class WorkbookRefused(Exception):
    """The workbook is not read; ``message`` says why, for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def refusal(path: Path, reason: str) -> WorkbookRefused:
    """“{file}” cannot be imported: ``reason`` (a sentence of its own, ending with a full stop)."""
    return WorkbookRefused(QCoreApplication.translate("Export", "“{file}” cannot be imported: {reason}").format(
        file=path.name, reason=reason))


def _shown(value: object, limit: int = 40) -> str:
    """A found value as the messages quote it: one line, cut when long."""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def broken_sheet(path: Path, sheet: str, row: int) -> WorkbookRefused:
    """The sheet's XML is cut short or malformed (after ``row``, 0 before any row)."""
    reason = (QCoreApplication.translate(
        "Export", "the sheet “{sheet}” is damaged after row {row} (its XML is cut short or malformed).")
        if row else QCoreApplication.translate(
            "Export", "the sheet “{sheet}” is damaged (its XML is cut short or malformed)."))
    return refusal(path, reason.format(sheet=sheet, row=row))


def broken_part(path: Path, part: str, what: str) -> WorkbookRefused:
    """A part other than a sheet is ``what``: "missing", "broken" or holds a "long_text"."""
    reason = {
        "missing": QCoreApplication.translate("Export", "its part {part} is missing."),
        "broken": QCoreApplication.translate("Export", "its part {part} is damaged (cut short or malformed XML)."),
        "long_text": QCoreApplication.translate(
            "Export", "its part {part} holds a text longer than Excel allows (32,767 characters)."),
    }[what]
    return refusal(path, reason.format(part=part))


def damaged(path: Path, sheet: str, where: str, at: str, what: str, value: str = "") -> WorkbookRefused:
    """A cell, row or used range (``where``) of ``sheet`` at ``at`` that cannot be read:
    ``what`` is wrong with it (``xlsx_rows.Damage``)."""
    details = {
        "number": QCoreApplication.translate("Export", "“{value}” is not a number Excel would store"),
        "shared": QCoreApplication.translate(
            "Export", "it refers to shared text “{value}”, which the workbook does not have"),
        "date": QCoreApplication.translate("Export", "“{value}” is not a date"),
        "reference": QCoreApplication.translate("Export", "“{value}” is not a cell of this row"),
        "style": QCoreApplication.translate("Export", "its format “{value}” does not exist"),
        "no_text": QCoreApplication.translate("Export", "it is marked as text but holds none"),
        "boolean": QCoreApplication.translate("Export", "“{value}” is not TRUE or FALSE"),
        "error": QCoreApplication.translate("Export", "“{value}” is not an Excel error value"),
        "type": QCoreApplication.translate("Export", "“{value}” is not a kind of cell"),
        "long_text": QCoreApplication.translate("Export", "its text is longer than Excel allows (32,767 characters)"),
        "long_formula": QCoreApplication.translate(
            "Export", "its formula is longer than Excel allows (8,192 characters)"),
        "row_number": QCoreApplication.translate("Export", "“{value}” is not a row number"),
        "row_order": QCoreApplication.translate("Export", "the rows are out of order"),
        "cell_order": QCoreApplication.translate("Export", "the cells are out of order"),
        "range": QCoreApplication.translate("Export", "“{value}” is not a range of cells"),
    }
    places = {
        "cell": QCoreApplication.translate("Export", "cell {at} of the sheet “{sheet}” is damaged: {detail}."),
        "row": QCoreApplication.translate("Export", "row {at} of the sheet “{sheet}” is damaged: {detail}."),
        "range": QCoreApplication.translate("Export", "the used range of the sheet “{sheet}” is damaged: {detail}."),
    }
    detail = details[what].format(value=_shown(value))
    return refusal(path, places[where].format(at=_shown(at), sheet=sheet, detail=detail))


def too_large(path: Path, what: str, limit: float, *, sheet: str = "", part: str = "", value: str = "",
              size: int = 0) -> WorkbookRefused:
    """Beyond ``limit``, one of the limits of ``xlsx_limits`` (bytes for "part" and
    "memory"): the workbook is not one the app exported. "rows" and "cells" name the
    sheet; "part_rows" and "part_cells" (counted before the sheets' names are known)
    and "part" (its size) name the part."""
    texts = {
        "rows": QCoreApplication.translate(
            "Export", "the sheet “{sheet}” has more than {count} rows; it is not an actuals sheet."),
        "cells": QCoreApplication.translate(
            "Export", "the sheet “{sheet}” has more than {count} cells; it is not an actuals sheet."),
        "part_rows": QCoreApplication.translate(
            "Export", "its part {part} has more than {count} rows; it is not an actuals workbook."),
        "part_cells": QCoreApplication.translate(
            "Export", "its part {part} has more than {count} cells; it is not an actuals workbook."),
        "column": QCoreApplication.translate(
            "Export", "the sheet “{sheet}” has a cell at {value}, beyond the {count} columns an actuals sheet "
            "may use; it is not an actuals sheet."),
        "range": QCoreApplication.translate(
            "Export", "the sheet “{sheet}” says it spans {value}, far more than an actuals sheet; it is not one "
            "this app exported."),
        "strings": QCoreApplication.translate(
            "Export", "it holds more than {count} different texts, far more than an actuals workbook."),
        "styles": QCoreApplication.translate(
            "Export", "it has more than {count} cell formats, more than Excel allows."),
        "part": QCoreApplication.translate(
            "Export", "its part {part} is {size} MB, more than the {count} MB an actuals workbook needs."),
        "elements": QCoreApplication.translate(
            "Export", "it holds far more than an actuals workbook (over {count} XML elements to read)."),
        "time": QCoreApplication.translate(
            "Export", "it takes more than {count} seconds to read; it is not an actuals workbook this app "
            "exported."),
        "memory": QCoreApplication.translate(
            "Export", "it needs more than {count} MB of memory to read; it is not an actuals workbook this app "
            "exported."),
    }
    count = limit / MB if what in ("part", "memory") else limit
    return refusal(path, texts[what].format(
        sheet=sheet, part=part, value=_shown(value), size=f"{size / MB:,.1f}", count=f"{count:,.0f}"))
