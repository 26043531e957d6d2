"""A workbook from outside is checked before openpyxl parses it (design.md §7).

``check_workbook(path)`` refuses, with one sentence for the user (``WorkbookRefused``):

- a file larger than MAX_FILE_BYTES (checked on the file's size, nothing read);
- a file that is not a ZIP archive (an old .xls, a renamed text file, …) or has no
  ``xl/workbook.xml``;
- an archive with more than MAX_MEMBERS members, encrypted members, or a compression
  method other than stored/deflate;
- a zip bomb: more than MAX_TOTAL_BYTES uncompressed in all, or a member larger than
  1 MB that expands more than MAX_RATIO times. Python's zipfile never inflates a member
  beyond its declared size (it fails the CRC instead), so these declared sizes bound the
  memory openpyxl can use;
- XML with a document type declaration (``<!DOCTYPE``/``<!ENTITY``: billion laughs,
  external entities), found by streaming every XML member in 64 KB chunks;
- in the same pass, a part with more XML elements than ``xlsx_limits.MAX_ELEMENTS``,
  a worksheet with more rows or cells than an actuals sheet may have, shared strings
  or styles beyond their limits (counted as bytes, by the parts' usual names: a file
  that names them otherwise is still held to the limits by ``xlsx_reader``, which
  counts exactly as it parses).

Then ``xlsx_reader`` reads it (expat, no document type declarations either).
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from .xlsx_limits import MAX_CELLS, MAX_ELEMENTS, MAX_ROWS, MAX_STRINGS, MAX_STYLES
from .xlsx_refusals import WorkbookRefused, refusal, too_large

__all__ = ["WorkbookRefused", "check_workbook", "refusal", "MAX_FILE_BYTES", "MAX_TOTAL_BYTES", "MAX_MEMBERS",
           "MAX_RATIO"]

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 2_000
MAX_RATIO = 200
_RATIO_FLOOR = 1024 * 1024  # small members may compress very well (empty sheets)
_CHUNK = 64 * 1024
_DECLARATIONS = (b"<!DOCTYPE", b"<!ENTITY")


def check_workbook(path: Path) -> None:
    """Raise ``WorkbookRefused`` unless ``path`` looks like a harmless .xlsx file."""
    path = Path(path)
    try:
        size = os.stat(path).st_size
    except OSError as error:
        raise WorkbookRefused(QCoreApplication.translate("Export", "“{file}” cannot be read ({reason}).").format(
            file=path.name, reason=error.strerror or error)) from None
    if not path.is_file():
        raise refusal(path, QCoreApplication.translate("Export", "it is not a file."))
    if size > MAX_FILE_BYTES:
        raise refusal(path, QCoreApplication.translate(
            "Export", "it is {size} MB, more than the {limit} MB an actuals workbook may have.").format(
                size=f"{size / 1024 / 1024:,.0f}", limit=MAX_FILE_BYTES // 1024 // 1024))
    not_xlsx = QCoreApplication.translate("Export", "it is not an Excel workbook (.xlsx).")
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS:
                raise refusal(path, QCoreApplication.translate(
                    "Export", "it holds {count} parts, far more than a workbook has.").format(count=len(members)))
            names = {m.filename for m in members}
            if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
                raise refusal(path, not_xlsx)
            _check_sizes(path, members)
            for member in members:
                if member.filename.endswith((".xml", ".rels", ".vml")) or member.filename == "[Content_Types].xml":
                    _check_xml(path, archive, member)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, ValueError):
        raise refusal(path, not_xlsx) from None
    except OSError as error:
        raise WorkbookRefused(QCoreApplication.translate("Export", "“{file}” cannot be read ({reason}).").format(
            file=path.name, reason=error.strerror or error)) from None


def _check_sizes(path: Path, members: list[zipfile.ZipInfo]) -> None:
    bomb = QCoreApplication.translate(
        "Export", "it expands to far more data than it holds (a “zip bomb”).")
    total = 0
    for member in members:
        if member.flag_bits & 0x1:
            raise refusal(path, QCoreApplication.translate("Export", "it is encrypted."))
        if member.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise refusal(path, QCoreApplication.translate("Export", "it uses an unusual compression."))
        total += member.file_size
        if total > MAX_TOTAL_BYTES:
            raise refusal(path, bomb)
        if member.file_size > _RATIO_FLOOR and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise refusal(path, bomb)


#: What is counted in a part, by its name: (marker, its spellings, the limit).
_COUNTED = (
    ("xl/worksheets/", "rows", (b"<row ", b"<row>", b"<row/>"), MAX_ROWS),
    ("xl/worksheets/", "cells", (b"<c ", b"<c>", b"<c/>"), MAX_CELLS),
    ("xl/sharedStrings.xml", "strings", (b"<si ", b"<si>", b"<si/>"), MAX_STRINGS),
    ("xl/styles.xml", "styles", (b"<xf ", b"<xf>", b"<xf/>"), 2 * MAX_STYLES),  # cell and cell style formats
)

_PART_LIMIT_KEYS = {"rows": "part_rows", "cells": "part_cells"}  # the sheet's name is not known here


def _check_xml(path: Path, archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    counted = [(what, spellings, limit) for prefix, what, spellings, limit in _COUNTED
               if member.filename.startswith(prefix)]
    counts = dict.fromkeys([what for what, _, _ in counted], 0)
    elements = 0
    tail = b""
    longest = max(len(d) for d in _DECLARATIONS)
    with archive.open(member) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            if not chunk:
                return
            window = tail + chunk
            if any(declaration in window for declaration in _DECLARATIONS):
                raise refusal(path, QCoreApplication.translate(
                    "Export", "it contains XML declarations that a workbook never needs (a possible attack)."))
            # Each marker once: count it in the window, less what the tail alone held.
            elements += window.count(b"<") - window.count(b"</") - tail.count(b"<") + tail.count(b"</")
            for what, spellings, limit in counted:
                counts[what] += sum(window.count(m) - tail.count(m) for m in spellings)
                if counts[what] > limit:
                    raise too_large(path, _PART_LIMIT_KEYS.get(what, what), limit, part=member.filename)
            if elements > MAX_ELEMENTS:
                raise too_large(path, "elements", MAX_ELEMENTS, part=member.filename)
            tail = window[-longest:]
