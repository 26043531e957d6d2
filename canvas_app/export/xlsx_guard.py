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
  external entities), found by streaming every XML member in 64 KB chunks.

openpyxl guards its own XML parsing only when defusedxml is installed
(``openpyxl.DEFUSEDXML``); the import refuses to run without it.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

__all__ = ["WorkbookRefused", "check_workbook", "MAX_FILE_BYTES", "MAX_TOTAL_BYTES", "MAX_MEMBERS", "MAX_RATIO"]

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 2_000
MAX_RATIO = 200
_RATIO_FLOOR = 1024 * 1024  # small members may compress very well (empty sheets)
_CHUNK = 64 * 1024
_DECLARATIONS = (b"<!DOCTYPE", b"<!ENTITY")


class WorkbookRefused(Exception):
    """The workbook is not read; ``message`` says why, for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _refuse(path: Path, reason: str) -> WorkbookRefused:
    return WorkbookRefused(QCoreApplication.translate("Export", "“{file}” cannot be imported: {reason}").format(
        file=path.name, reason=reason))


def check_workbook(path: Path) -> None:
    """Raise ``WorkbookRefused`` unless ``path`` looks like a harmless .xlsx file."""
    import openpyxl

    path = Path(path)
    if not openpyxl.DEFUSEDXML:  # a hard dependency (pyproject.toml); never parse without it
        raise _refuse(path, QCoreApplication.translate(
            "Export", "the XML protection (defusedxml) is not installed."))
    try:
        size = os.stat(path).st_size
    except OSError as error:
        raise WorkbookRefused(QCoreApplication.translate("Export", "“{file}” cannot be read ({reason}).").format(
            file=path.name, reason=error.strerror or error)) from None
    if not path.is_file():
        raise _refuse(path, QCoreApplication.translate("Export", "it is not a file."))
    if size > MAX_FILE_BYTES:
        raise _refuse(path, QCoreApplication.translate(
            "Export", "it is {size} MB, more than the {limit} MB an actuals workbook may have.").format(
                size=f"{size / 1024 / 1024:,.0f}", limit=MAX_FILE_BYTES // 1024 // 1024))
    not_xlsx = QCoreApplication.translate("Export", "it is not an Excel workbook (.xlsx).")
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS:
                raise _refuse(path, QCoreApplication.translate(
                    "Export", "it holds {count} parts, far more than a workbook has.").format(count=len(members)))
            names = {m.filename for m in members}
            if "xl/workbook.xml" not in names or "[Content_Types].xml" not in names:
                raise _refuse(path, not_xlsx)
            _check_sizes(path, members)
            for member in members:
                if member.filename.endswith((".xml", ".rels", ".vml")) or member.filename == "[Content_Types].xml":
                    _check_xml(path, archive, member)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, ValueError):
        raise _refuse(path, not_xlsx) from None
    except OSError as error:
        raise WorkbookRefused(QCoreApplication.translate("Export", "“{file}” cannot be read ({reason}).").format(
            file=path.name, reason=error.strerror or error)) from None


def _check_sizes(path: Path, members: list[zipfile.ZipInfo]) -> None:
    bomb = QCoreApplication.translate(
        "Export", "it expands to far more data than it holds (a “zip bomb”).")
    total = 0
    for member in members:
        if member.flag_bits & 0x1:
            raise _refuse(path, QCoreApplication.translate("Export", "it is encrypted."))
        if member.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _refuse(path, QCoreApplication.translate("Export", "it uses an unusual compression."))
        total += member.file_size
        if total > MAX_TOTAL_BYTES:
            raise _refuse(path, bomb)
        if member.file_size > _RATIO_FLOOR and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise _refuse(path, bomb)


def _check_xml(path: Path, archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    tail = b""
    longest = max(len(d) for d in _DECLARATIONS)
    with archive.open(member) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            if not chunk:
                return
            window = tail + chunk
            if any(declaration in window for declaration in _DECLARATIONS):
                raise _refuse(path, QCoreApplication.translate(
                    "Export", "it contains XML declarations that a workbook never needs (a possible attack)."))
            tail = window[-longest:]
