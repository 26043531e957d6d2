"""A workbook from outside, read for the actuals import: only the parts it needs,
streamed, every cell checked, within limits on what a file can make it do.

::

    with XlsxReader(path) as book:           # WorkbookRefused for any problem, always
        for name in book.sheet_names:
            rows = book.rows(name)           # (row number, {column: (value, formula)})

openpyxl's loader, read-only mode too, parses every style, every shared string and —
when a sheet has no ``<dimension>``, as the app's own exports have none — every
worksheet from start to end before the first row is read, through defusedxml's
pure-Python parser; a 5 MB file of styles took minutes and gigabytes. It then reads
rows lazily, so a damaged cell failed wherever iteration happened to be, and some
damage (a style that does not exist, an inline string without text) passed unnoticed.

This reader parses with expat directly (a document type declaration is refused, so no
entity can be defined, and ``xlsx_guard`` has refused them already) and touches only
the sheet list and date system (``xl/workbook.xml`` and its relationships), the shared
strings, the cell formats (which cells are dates), and the sheets' rows
(``xlsx_rows``). Limits — the declared size of each part it parses, counts of strings,
styles, rows, cells and columns, a time and a memory budget — keep any file to a few
seconds and a few hundred MB; beyond them, and for any damage, ``WorkbookRefused``
says in one sentence what is wrong and where (part, sheet, row or cell).
"""

from __future__ import annotations

import posixpath
import sys
import time
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from xml.parsers import expat

from openpyxl.styles.numbers import is_date_format
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900
from PySide6.QtCore import QCoreApplication

from .xlsx_limits import MAX_ELEMENTS, MAX_STRINGS, MAX_STYLES, MAX_TEXT, MEMORY_BUDGET, PART_LIMITS, READ_SECONDS
from .xlsx_refusals import WorkbookRefused, broken_part, broken_sheet, damaged, refusal, too_large
from .xlsx_rows import Context, Damage, SheetParser, Stop, TooLarge

try:
    import resource
except ImportError:  # not on Windows
    resource = None

__all__ = ["XlsxReader"]

_CHUNK = 64 * 1024
#: Built-in number formats that show dates or times: 14–22, 45–47, and the East Asian
#: ones 27–36 and 50–58 (ECMA-376 §18.8.30).
_BUILTIN_DATES = frozenset((*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59)))


def _local(name: str) -> str:
    return name[name.rfind(" ") + 1:]


def _attr(attrs: dict[str, str], local: str) -> str | None:
    """An attribute by its local name, with or without a namespace (``r:id``)."""
    for key, value in attrs.items():
        if _local(key) == local:
            return value
    return None


def _forbidden(*_args) -> None:
    raise expat.ExpatError("document type declarations are not allowed")


def _parser():
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = _forbidden
    parser.EntityDeclHandler = _forbidden
    parser.ExternalEntityRefHandler = _forbidden
    return parser


class _Budget:
    """The elements, time and memory a read may take, checked after every chunk parsed."""

    def __init__(self) -> None:
        self.deadline = time.monotonic() + READ_SECONDS
        self.start = _peak_memory()
        self.elements = 0

    def check(self, elements: int) -> tuple[str, float] | None:
        """The budget exceeded and its limit, if any, after ``elements`` more were parsed."""
        self.elements += elements
        if self.elements > MAX_ELEMENTS:
            return "elements", MAX_ELEMENTS
        if time.monotonic() > self.deadline:
            return "time", READ_SECONDS
        peak = _peak_memory()
        if peak is not None and self.start is not None and peak - self.start > MEMORY_BUDGET:
            return "memory", MEMORY_BUDGET
        return None


def _peak_memory() -> int | None:
    """The process's peak resident memory in bytes (None where it cannot be known: on
    Windows the limits above still bound the memory)."""
    if resource is None:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


class _Handlers:
    """Collects what a small part says, by element: ``on(local, attrs, parent)``."""

    def __init__(self, on) -> None:
        self.on = on
        self.stack: list[str] = []
        self.elements = 0

    def install(self, parser) -> None:
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = _local(name)
        self.elements += 1
        self.on(local, attrs, self.stack[-1] if self.stack else "")
        self.stack.append(local)

    def end(self, _name: str) -> None:
        self.stack.pop()


class _Strings:
    """The shared strings: the text of each ``<si>`` (runs joined, phonetic guides left out)."""

    def __init__(self, reader: XlsxReader) -> None:
        self.reader = reader
        self.items: list[str] = []
        self.stack: list[str] = []
        self.pieces: list[str] | None = None
        self.length = 0
        self.collecting = False
        self.elements = 0

    def install(self, parser) -> None:
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.text

    def start(self, name: str, _attrs: dict[str, str]) -> None:
        local = _local(name)
        stack = self.stack
        self.elements += 1
        if local == "si":
            if len(self.items) >= MAX_STRINGS:
                raise too_large(self.reader.path, "strings", MAX_STRINGS)
            self.pieces, self.length = [], 0
        elif local == "t" and self.pieces is not None and stack and (
                stack[-1] == "si" or (stack[-1] == "r" and len(stack) > 1 and stack[-2] == "si")):
            self.collecting = True
        stack.append(local)

    def end(self, name: str) -> None:
        local = self.stack.pop()
        if local == "t":
            self.collecting = False
        elif local == "si" and self.pieces is not None:
            self.items.append("".join(self.pieces))
            self.pieces = None

    def text(self, data: str) -> None:
        if self.collecting:
            self.pieces.append(data)
            self.length += len(data)
            if self.length > MAX_TEXT:
                raise broken_part(self.reader.path, self.reader.part, "long_text")


class XlsxReader:
    """An .xlsx opened for reading its rows (see the module's docstring)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.budget = _Budget()
        self.part = ""  # the part being parsed, for the messages
        try:
            self.archive = zipfile.ZipFile(self.path)
        except (OSError, zipfile.BadZipFile, ValueError):
            raise refusal(self.path, QCoreApplication.translate(
                "Export", "it is not an Excel workbook (.xlsx).")) from None
        try:
            self.sheet_names, self._sheet_parts, self._context = self._read_package()
        except BaseException:
            self.archive.close()
            raise

    def __enter__(self) -> XlsxReader:
        return self

    def __exit__(self, *_exc) -> None:
        self.archive.close()

    # ------------------------------------------------------------------ rows

    def rows(self, name: str) -> Iterator[tuple[int, dict[int, tuple[object, str | None]]]]:
        """The rows of sheet ``name`` that hold cells, in order. Row 1 is read on its own
        first, so that a sheet that turns out not to be the actuals sheet is read no
        further (and its other rows neither cost time nor can refuse the file)."""
        part = self._sheet_parts[name]
        sheet = SheetParser(self._context, first_only=True)
        try:
            first = None
            for _ in self._chunks(part, "sheet", sheet, name):
                for first in self._drain(sheet):
                    yield first
            if first is None:
                return  # no row 1
            sheet = SheetParser(self._context, first_only=False)
            for _ in self._chunks(part, "sheet", sheet, name):
                for number, cells in self._drain(sheet):
                    if number > 1:
                        yield number, cells
        except Damage as damage:
            raise damaged(self.path, name, damage.where, damage.at, damage.what, damage.value) from None
        except TooLarge as large:
            raise too_large(self.path, large.what, large.limit, sheet=name, value=large.value) from None

    @staticmethod
    def _drain(sheet: SheetParser) -> Iterator[tuple[int, dict[int, tuple[object, str | None]]]]:
        done, sheet.done = sheet.done, []
        yield from done

    # ------------------------------------------------------------------ parts

    def _chunks(self, part: str, role: str, target, sheet: str | None = None) -> Iterator[None]:
        """Parse ``part`` with ``target``'s handlers, yielding after every chunk."""
        self.part = part
        try:
            info = self.archive.getinfo(part)
        except KeyError:
            raise broken_part(self.path, part, "missing") from None
        if info.file_size > PART_LIMITS[role]:
            raise too_large(self.path, "part", PART_LIMITS[role], part=part, size=info.file_size)
        parser = _parser()
        target.install(parser)
        counted = 0

        def spend() -> None:
            nonlocal counted
            exceeded = self.budget.check(target.elements - counted)
            counted = target.elements
            if exceeded:
                raise too_large(self.path, *exceeded)

        try:
            with self.archive.open(info) as stream:
                while True:
                    chunk = stream.read(_CHUNK)
                    parser.Parse(chunk, not chunk)
                    spend()
                    yield
                    if not chunk:
                        return
        except Stop:
            spend()
            yield
        except expat.ExpatError:
            raise self._broken(part, sheet, target) from None
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError):
            raise self._broken(part, sheet, target) from None

    def _broken(self, part: str, sheet: str | None, target) -> WorkbookRefused:
        """Cut short or malformed: a sheet is named with the last row read."""
        if sheet is not None:
            return broken_sheet(self.path, sheet, target.row)
        return broken_part(self.path, part, "broken")

    def _parse(self, part: str, role: str, target) -> None:
        for _ in self._chunks(part, role, target):
            pass

    def _read_package(self) -> tuple[list[str], dict[str, str], Context]:
        sheets: list[tuple[str, str]] = []
        epoch = [CALENDAR_WINDOWS_1900]

        def on_workbook(local: str, attrs: dict[str, str], parent: str) -> None:
            if local == "sheet" and parent == "sheets":
                sheets.append((attrs.get("name", ""), _attr(attrs, "id") or ""))
            elif local == "workbookPr" and attrs.get("date1904", "0").lower() in ("1", "true"):
                epoch[0] = CALENDAR_MAC_1904

        targets: dict[str, tuple[str, str]] = {}

        def on_relationship(local: str, attrs: dict[str, str], _parent: str) -> None:
            if local == "Relationship" and attrs.get("TargetMode") != "External":
                target = attrs.get("Target", "")
                path = target[1:] if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
                targets[attrs.get("Id", "")] = (attrs.get("Type", "").rsplit("/", 1)[-1], path)

        self._parse("xl/workbook.xml", "workbook", _Handlers(on_workbook))
        if "xl/_rels/workbook.xml.rels" in self.archive.NameToInfo:
            self._parse("xl/_rels/workbook.xml.rels", "relationships", _Handlers(on_relationship))
        by_type = {kind: path for kind, path in targets.values()}
        names: list[str] = []
        parts: dict[str, str] = {}
        for name, rel in sheets:
            kind, path = targets.get(rel, ("", ""))
            if kind == "worksheet" and path in self.archive.NameToInfo and name not in parts:
                names.append(name)
                parts[name] = path
        strings = _Strings(self)
        if "sharedStrings" in by_type:
            self._parse(by_type["sharedStrings"], "strings", strings)
        date_styles = self._read_styles(by_type["styles"]) if "styles" in by_type else b""
        return names, parts, Context(strings.items, date_styles, epoch[0])

    def _read_styles(self, part: str) -> bytes:
        """One flag per cell format (``cellXfs``): does it show a date?"""
        dates: dict[int, bool] = {}  # number format id → shows a date

        def number(text: str | None) -> int:
            return int(text) if text and text.isdigit() and len(text) < 10 else 0

        def on_style(local: str, attrs: dict[str, str], parent: str) -> None:
            if local == "numFmt" and parent == "numFmts":
                code = attrs.get("formatCode", "")
                if len(code) > MAX_TEXT:
                    raise broken_part(self.path, part, "long_text")
                dates[number(attrs.get("numFmtId"))] = _is_date_format(code)
            elif local == "xf" and parent == "cellXfs":
                if len(flags) >= MAX_STYLES:
                    raise too_large(self.path, "styles", MAX_STYLES)
                format_id = number(attrs.get("numFmtId"))
                flags.append(dates[format_id] if format_id in dates else format_id in _BUILTIN_DATES)

        flags = bytearray()
        self._parse(part, "styles", _Handlers(on_style))
        return bytes(flags)


def _is_date_format(code: str) -> bool:
    # Excel keeps a format code to 255 characters; openpyxl's test, a regular expression,
    # would take quadratic time on a hostile one of megabytes.
    return len(code) <= 255 and is_date_format(code)
