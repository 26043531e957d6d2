"""Damaged and bloated workbooks, each made from a real export by rewriting one part
(used by the tests of the actuals import and by ``python -m bench hostile_xlsx``).

``MALFORMED`` and ``BLOATED`` map a name to ``(make, expected)``: ``make(source,
target)`` writes the hostile copy of the exported workbook ``source`` to ``target``,
and the refusal's one sentence contains ``expected`` (English). Each is small on disk
(at most a few MB, compressed as Excel would) and quick to make. ``REPORTED`` holds the
reported shapes at full size and ``AT_THE_LIMITS`` workbooks just inside the limits
(for the bench).
"""

from __future__ import annotations

import random
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from canvas_app.export.excel import TAB_ORDER
from canvas_app.export.xlsx_limits import MAX_CELLS, MAX_ROWS, MAX_STRINGS, PART_LIMITS

ACTUALS = f"xl/worksheets/sheet{TAB_ORDER.index('actuals') + 1}.xml"
SHEET = "Actuals input"
_MAIN = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_STRINGS_TYPE = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
_STRINGS_CONTENT = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"

Edit = Callable[[bytes], bytes]
Maker = Callable[[Path, Path], None]


def rewrite(source: Path, target: Path, parts: dict[str, Edit | bytes]) -> None:
    """Copy the workbook ``source`` to ``target`` with ``parts`` replaced (bytes) or
    edited (a function of the old bytes); a part that is not there is added."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info.filename)
            change = parts.get(info.filename)
            new.writestr(info.filename, change(data) if callable(change) else change if change is not None else data)
        for name, data in parts.items():
            if name not in old.NameToInfo:
                new.writestr(name, data)


def _sheet(edit: Edit) -> Maker:
    return lambda source, target: rewrite(source, target, {ACTUALS: edit})


def cell_edit(ref: str, new: bytes) -> Edit:
    """The cell ``ref`` of a sheet replaced by the XML ``new``."""
    pattern = re.compile(rb'<c r="%s"(?:[^>]*/>|[^>]*>.*?</c>)' % ref.encode(), re.S)

    def edit(xml: bytes) -> bytes:
        edited, count = pattern.subn(lambda _: new, xml, count=1)
        assert count == 1, ref
        return edited

    return edit


def actual_cell(xml: bytes, kpi_id: str, period: str, value: object) -> bytes:
    """The actuals sheet ``xml`` with the Actual of ``kpi_id`` and ``period`` set to
    ``value``: a number, or a text (an inline string, as a team's text would be)."""
    found = re.search(rb'<c r="H(\d+)"[^>]*><is><t>%s</t></is></c><c r="I\1"[^>]*><is><t>%s</t>' % (
        re.escape(kpi_id.encode()), re.escape(period.encode())), xml)
    assert found, (kpi_id, period)
    ref = b"F" + found.group(1)
    if isinstance(value, str):
        text = value.replace("&", "&amp;").replace("<", "&lt;").encode()
        new = b'<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, text)
    else:
        new = b'<c r="%s"><v>%s</v></c>' % (ref, repr(value).encode())
    return cell_edit(ref.decode(), new)(xml)


def _cell(ref: str, new: bytes) -> Maker:
    """The actuals sheet with the cell ``ref`` replaced by the XML ``new``."""
    return _sheet(cell_edit(ref, new))


def with_strings(strings: bytes, part: str = "xl/sharedStrings.xml") -> dict[str, Edit | bytes]:
    """Parts that add a shared-strings part (named ``part``) to an export, which has none:
    found by its relationship (Excel, this app) and its content type (openpyxl)."""
    relationship = b'<Relationship Id="rIdStrings" Type="%s" Target="/%s"/></Relationships>' % (
        _STRINGS_TYPE, part.encode())
    content_type = b'<Override PartName="/%s" ContentType="%s"/></Types>' % (part.encode(), _STRINGS_CONTENT)
    return {"xl/_rels/workbook.xml.rels": lambda xml: xml.replace(b"</Relationships>", relationship),
            "[Content_Types].xml": lambda xml: xml.replace(b"</Types>", content_type),
            part: b"<sst %s>%s</sst>" % (_MAIN, strings)}


def _pattern(template: bytes, count: int, slot: bytes = b"AAAA", seed: int = 1) -> bytes:
    """``template`` repeated ``count`` times, its ``slot`` (the first one) filled with
    random letters each time: enough variety that the part compresses like real data
    (at most ~100 times, under the guard's ratio), little enough to stay small on disk."""
    start = template.index(slot)
    data = bytearray(template * count)
    letters = random.Random(seed).randbytes(count * len(slot)).translate(bytes(97 + i % 26 for i in range(256)))
    for offset in range(len(slot)):
        data[start + offset::len(template)] = letters[offset::len(slot)]
    return bytes(data)


# ------------------------------------------------------------------ malformed cells and parts

F5 = b'<c r="F5" s="30" t="n"><v>%s</v></c>'

MALFORMED: dict[str, tuple[Maker, str]] = {
    "number with letters": (_cell("F5", F5 % b"12x"), "cell F5 of the sheet “Actuals input” is damaged: “12x”"),
    "number NaN": (_cell("F5", F5 % b"NaN"), "cell F5 of the sheet “Actuals input” is damaged: “NaN”"),
    "number infinite": (_cell("F5", F5 % b"1e999"), "cell F5 of the sheet “Actuals input” is damaged: “1e999”"),
    "number with underscore": (_cell("F5", F5 % b"1_000"), "“1_000” is not a number Excel would store"),
    "bad date": (_cell("F5", b'<c r="F5" t="d"><v>2026-13-45</v></c>'), "cell F5 of the sheet “Actuals input” "
                 "is damaged: “2026-13-45” is not a date"),
    "reference ZZZZZ0": (_cell("F5", b'<c r="ZZZZZ0"><v>1</v></c>'), "cell ZZZZZ0 of the sheet “Actuals input”"),
    "reference without row": (_cell("F5", b'<c r="A"><v>1</v></c>'), "“A” is not a cell of this row"),
    "reference to another row": (_cell("F5", b'<c r="F6"><v>1</v></c>'), "“F6” is not a cell of this row"),
    "reference beyond XFD": (_cell("F5", b'<c r="XFE5"><v>1</v></c>'), "“XFE5” is not a cell of this row"),
    "cells out of order": (_cell("F5", b'<c r="B5"><v>1</v></c>'), "row 5 of the sheet “Actuals input” is "
                           "damaged: the cells are out of order"),
    "shared string out of range": (_cell("F5", b'<c r="F5" t="s"><v>99999</v></c>'), "shared text “99999”"),
    "shared string negative": (_cell("F5", b'<c r="F5" t="s"><v>-1</v></c>'), "shared text “-1”"),
    "shared string not an integer": (_cell("F5", b'<c r="F5" t="s"><v>0.5</v></c>'), "shared text “0.5”"),
    "shared string index in a real table": (
        lambda source, target: rewrite(source, target, {
            **with_strings(b"<si><t>12</t></si>"), ACTUALS: cell_edit("F5", b'<c r="F5" t="s"><v>1</v></c>')}),
        "shared text “1”"),
    "style out of range": (_cell("F5", b'<c r="F5" s="9999"><v>1</v></c>'), "its format “9999” does not exist"),
    "style negative": (_cell("F5", b'<c r="F5" s="-1"><v>1</v></c>'), "its format “-1” does not exist"),
    "inline string without text": (_cell("F5", b'<c r="F5" t="inlineStr"/>'), "it is marked as text but holds none"),
    "bad boolean": (_cell("F5", b'<c r="F5" t="b"><v>2</v></c>'), "“2” is not TRUE or FALSE"),
    "error cell with no error code": (_cell("F5", b'<c r="F5" t="e"><v>oops</v></c>'),
                                      "“oops” is not an Excel error value"),
    "unknown cell type": (_cell("F5", b'<c r="F5" t="x"><v>1</v></c>'), "“x” is not a kind of cell"),
    "text too long": (_cell("F5", b'<c r="F5" t="inlineStr"><is><t>%s</t></is></c>' % (b"a" * 40_000)),
                      "its text is longer than Excel allows"),
    "formula too long": (_cell("F5", b'<c r="F5"><f>%s</f><v>1</v></c>' % (b"1+" * 5_000 + b"1")),
                         "its formula is longer than Excel allows"),
    "row number not a number": (_sheet(lambda xml: xml.replace(b'<row r="5"', b'<row r="five"', 1)),
                                "“five” is not a row number"),
    "row number zero": (_sheet(lambda xml: xml.replace(b'<row r="5"', b'<row r="0"', 1)), "“0” is not a row number"),
    "rows out of order": (_sheet(lambda xml: xml.replace(b'<row r="6"', b'<row r="3"', 1)),
                          "row 3 of the sheet “Actuals input” is damaged: the rows are out of order"),
    "malformed XML mid-sheet": (_sheet(lambda xml: xml.replace(b'</row><row r="40"', b'</rwo><row r="40"', 1)),
                                "the sheet “Actuals input” is damaged after row 39"),
    "sheet cut short": (_sheet(lambda xml: xml[: len(xml) // 2]), "(its XML is cut short or malformed)"),
    "sheet empty": (_sheet(lambda xml: b""), "the sheet “Actuals input” is damaged (its XML"),
    "bad used range": (_sheet(lambda xml: xml.replace(b"<sheetViews>", b'<dimension ref="A1:nonsense"/><sheetViews>')),
                       "the used range of the sheet “Actuals input” is damaged: “A1:nonsense”"),
    "workbook cut short": (lambda source, target: rewrite(source, target, {"xl/workbook.xml": lambda xml: xml[:300]}),
                           "its part xl/workbook.xml is damaged"),
    "styles malformed": (lambda source, target: rewrite(source, target, {
        "xl/styles.xml": lambda xml: xml.replace(b"</cellXfs>", b"</cellxfs>")}), "its part xl/styles.xml is damaged"),
    "shared strings malformed": (lambda source, target: rewrite(source, target, with_strings(b"<si><t>a</si>")),
                                 "its part xl/sharedStrings.xml is damaged"),
    "shared strings missing": (lambda source, target: rewrite(source, target, {
        "xl/_rels/workbook.xml.rels": with_strings(b"")["xl/_rels/workbook.xml.rels"]}),
        "its part xl/sharedStrings.xml is missing"),
    "document type in a sheet": (_sheet(lambda xml: b'<!DOCTYPE worksheet [<!ENTITY a "b">]>' + xml),
                                 "XML declarations that a workbook never needs"),
}


def _damaged_member(source: Path, target: Path) -> None:
    """The sheet's compressed bytes overwritten in the middle: its checksum fails."""
    rewrite(source, target, {})
    data = bytearray(target.read_bytes())
    with zipfile.ZipFile(target) as archive:
        info = archive.getinfo(ACTUALS)
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + info.compress_size // 2
    data[start:start + 64] = bytes(64)
    target.write_bytes(bytes(data))


MALFORMED["compressed sheet damaged"] = (_damaged_member, "it is not an Excel workbook")


# ------------------------------------------------------------------ bloated parts


def _styles_with(xfs: bytes) -> Edit:
    return lambda xml: re.sub(rb"<cellXfs count=\"\d+\">", b'<cellXfs count="1">' + xfs, xml, count=1)


def _rows_in_sheet(extra: Callable[[bytes], bytes]) -> Edit:
    """Every row of the sheet with ``extra(row number)`` added before its end."""
    return lambda xml: re.sub(rb'(<row r="(\d+)"[^>]*>.*?)</row>', lambda m: m.group(1) + extra(m.group(2)) + b"</row>",
                              xml, flags=re.S)


def _many_rows(count: int) -> Edit:
    rows = b"".join(b'<row r="%d"/>' % n for n in range(5, count + 5))
    return lambda xml: re.sub(rb"<sheetData>.*</sheetData>", lambda m: b"<sheetData>" + rows + b"</sheetData>",
                              xml, flags=re.S)


def _many_cells(rows: int, columns: int) -> Edit:
    letters = [chr(65 + i // 26 - 1).encode() + chr(65 + i % 26).encode() if i >= 26 else chr(65 + i).encode()
               for i in range(columns)]
    body = b"".join(b'<row r="%d">%s</row>' % (n, b"".join(b'<c r="%s%d"><v>%d</v></c>' % (c, n, n) for c in letters))
                    for n in range(5, rows + 5))
    return lambda xml: re.sub(rb"<sheetData>.*</sheetData>", lambda m: b"<sheetData>" + body + b"</sheetData>",
                              xml, flags=re.S)


def _junk_elements(count: int) -> Edit:
    """``count`` one-letter elements in row 5 (the reader passes over them)."""
    junk = _pattern(b"<A/>" + b"<x/>" * 9, count // 10, b"A", seed=7)
    return lambda xml: xml.replace(b"</row>", junk + b"</row>", 1)


BLOATED: dict[str, tuple[Maker, str]] = {
    # The reported shapes: millions of <xf> in styles.xml, of <si> in sharedStrings.xml.
    "styles.xml with 2 million <xf>": (lambda source, target: rewrite(source, target, {
        "xl/styles.xml": _styles_with(_pattern(b'<xf xfId="0" fontId="A"/>' + b"<xf/>" * 9, 200_000, b"A"))}),
        "cell formats"),
    "styles.xml of 100,000 <xf> (under 1 MB)": (lambda source, target: rewrite(source, target, {
        "xl/styles.xml": _styles_with(b"<xf/>" * 100_000)}), "more than 64,000 cell formats"),
    "styles.xml of 6 MB": (lambda source, target: rewrite(source, target, {
        "xl/styles.xml": lambda xml: xml.replace(b"</styleSheet>", b"<extLst>" + _pattern(
            b'<ext uri="AAA"/>' + b"<ext/>" * 10, 80_000, b"AAA") + b"</extLst></styleSheet>")}),
        "its part xl/styles.xml is"),
    "a number format of a million brackets": (lambda source, target: rewrite(source, target, {
        "xl/styles.xml": lambda xml: xml.replace(b"</numFmts>", b'<numFmt numFmtId="300" formatCode="%s"/></numFmts>'
                                                 % (b"[" * 1_000_000))}), "holds a text longer than Excel allows"),
    "sharedStrings.xml with 3 million <si>": (lambda source, target: rewrite(source, target, with_strings(
        _pattern(b"<si><t>AA</t></si>" + b"<si/>" * 9, 300_000, b"AA"))), "more than 100,000 different texts"),
    "sharedStrings.xml of 120,000 texts, named otherwise": (lambda source, target: rewrite(source, target, with_strings(
        _pattern(b"<si><t>AAAA</t></si>", 120_000), part="xl/texts.xml")), "more than 100,000 different texts"),
    "sharedStrings.xml of 40 MB": (lambda source, target: rewrite(source, target, with_strings(
        _pattern(b"<si><t>AAAA" + b"-" * 396 + b"</t></si>", 100_000))), "its part xl/sharedStrings.xml is"),
    "a cell in column XFD on every row": (_sheet(_rows_in_sheet(lambda n: b'<c r="XFD%s"><v>1</v></c>' % n)),
                                          "has a cell at XFD1, beyond the 256 columns"),
    "a million rows": (_sheet(_many_rows(1_000_000)), "has more than 25,000 rows"),
    "a row numbered 30,000": (_sheet(lambda xml: xml.replace(b"</sheetData>", b'<row r="30000"/></sheetData>')),
                              "the sheet “Actuals input” has more than 25,000 rows"),
    "350,000 cells": (_sheet(_many_cells(17_500, 20)), "has more than 300,000 cells"),
    "a huge <dimension>": (_sheet(lambda xml: xml.replace(b"<sheetViews>", b'<dimension ref="A1:XFD1048576"/>'
                                                          b"<sheetViews>")), "says it spans A1:XFD1048576"),
    "1.6 million elements in a row": (_sheet(_junk_elements(1_600_000)), "over 1,500,000 XML elements"),
    "workbook.xml of 2 MB": (lambda source, target: rewrite(source, target, {
        "xl/workbook.xml": lambda xml: xml.replace(b"</workbook>", b"<extLst>" + _pattern(
            b'<ext uri="AAA"/>' + b"<ext/>" * 10, 30_000, b"AAA") + b"</extLst></workbook>")}),
        "its part xl/workbook.xml is"),
}

#: The shapes reported against the import, at full size (too slow to make for the tests,
#: which use the smaller ones above; ``python -m bench hostile_xlsx`` uses these too).
REPORTED: dict[str, tuple[Maker, str]] = {
    "styles.xml of 190 MB of <xf> (a 4 MB file)": (lambda source, target: rewrite(source, target, {
        "xl/styles.xml": _styles_with(_pattern(
            b'<xf numFmtId="AA" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>', 2_200_000,
            b"AA"))}), "cell formats"),
    "sharedStrings.xml of 10.8 million <si> (194 MB)": (lambda source, target: rewrite(source, target, with_strings(
        _pattern(b"<si><t>AA</t></si>" + b"<si><t>x</t></si>" * 4, 2_160_000, b"AA"))), "different texts"),
    "a cell in column XFD on every row of 5,000": (_sheet(lambda xml: _many_rows_with_xfd(5_000)(xml)),
                                                    "has a cell at XFD5"),
}


def _many_rows_with_xfd(count: int) -> Edit:
    rows = b"".join(b'<row r="%d"><c r="A%d"><v>1</v></c><c r="XFD%d"><v>1</v></c></row>' % (n, n, n)
                    for n in range(5, count + 5))
    return lambda xml: re.sub(rb"<sheetData>(<row r=\"1\".*?</row>).*</sheetData>",
                              lambda m: b"<sheetData>" + m.group(1) + rows + b"</sheetData>", xml, flags=re.S)


def _sheet_at_the_limits(xml: bytes) -> bytes:
    """Rows 1–4 kept, then as many rows of as many cells as an actuals sheet may have:
    each one a row problem (the same KPI and period again and again)."""
    per_row = MAX_CELLS // MAX_ROWS
    columns = [chr(65 + index).encode() for index in range(per_row)]

    def row(number: int) -> bytes:
        cells = []
        for column in columns:
            if column == b"H":
                cells.append(b'<c r="H%d" t="inlineStr"><is><t>kpi-leads-web</t></is></c>' % number)
            elif column == b"I":
                cells.append(b'<c r="I%d" t="inlineStr"><is><t>M%02d</t></is></c>' % (number, number % 12 + 1))
            else:
                cells.append(b'<c r="%s%d"><v>%d</v></c>' % (column, number, number))
        return b'<row r="%d">%s</row>' % (number, b"".join(cells))

    rows = b"".join(row(number) for number in range(5, MAX_ROWS + 1))
    head = re.search(rb"<sheetData>(.*?<row r=\"4\".*?</row>)", xml, re.S).group(1)
    return re.sub(rb"<sheetData>.*</sheetData>", lambda _: b"<sheetData>" + head + rows + b"</sheetData>", xml,
                  flags=re.S)


def _strings_at_the_limits() -> dict[str, Edit | bytes]:
    """As many shared strings as a workbook may have, filling its part nearly to the
    limit, each of Japanese text and an emoji (four bytes a character in memory)."""
    count = MAX_STRINGS
    text = "売上" * ((PART_LIMITS["strings"] * 9 // 10 // count - 20) // 6) + "😀"
    return with_strings(_pattern(b"<si><t>AAAA" + text.encode() + b"</t></si>", count))


#: Workbooks at the limits, not beyond them: read to the end (exit 0, or 3 with row
#: problems). What the limits still allow, for ``python -m bench hostile_xlsx``.
AT_THE_LIMITS: dict[str, tuple[Maker, str]] = {
    "shared strings at the limits": (lambda source, target: rewrite(source, target, _strings_at_the_limits()), ""),
    "an actuals sheet at the limits": (_sheet(_sheet_at_the_limits), ""),
}
