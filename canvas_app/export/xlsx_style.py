"""The export's look: font, colours, borders and number formats (see xlsx_book).

Money cells hold whole yen; the formats here show them in the plan's unit (千円
``#,##0,``, 百万円 ``#,##0.0,,``; 万円 and 億円, which are not powers of 1,000, scale by
1,000 / 1,000,000 and print a literal decimal point before the last digit(s)).
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable

from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side

from canvas_app.model.enums import MoneyUnit, Status, Unit
from canvas_app.text import palette
from canvas_app.text.palette import excel_colour

#: The font of every cell. Excel (Windows and macOS) has Yu Gothic; the file also says
#: charset 128 (Shift-JIS), so an Excel without it picks a Japanese font, and
#: LibreOffice substitutes a CJK font (IPAGothic / Noto Sans CJK) through fontconfig.
FONT_NAME = "Yu Gothic"
FONT_SIZE = 10

INK, MUTED, ACCENT, HEADER_BG = (excel_colour(c) for c in (palette.INK, palette.MUTED, palette.ACCENT, palette.BAND))
TITLE_INK = HEADER_BG
LINE, INPUT_BG, TOTAL_BG = "C9D0DC", "FFF8D6", "EEF1F6"  # a cell grid a shade darker than the window's lines
#: The status key a workbook formula computes ("on", "risk", "off", "none") for each status.
STATUS_KEYS = {Status.ON_TRACK: "on", Status.AT_RISK: "risk", Status.OFF_TRACK: "off", Status.NO_DATA: "none"}
#: The traffic light's cell fill and text per status key (text/palette.py's tints and inks).
STATUS_FILLS = {key: excel_colour(palette.STATUS_TINTS[status]) for status, key in STATUS_KEYS.items()}
STATUS_INKS = {key: excel_colour(palette.STATUS_INKS[status]) for status, key in STATUS_KEYS.items()}
GANTT_FILL = "7EA6E0"

_thin = Side(style="thin", color=LINE)
GRID = Border(left=_thin, right=_thin, top=_thin, bottom=_thin)
_strong = Side(style="medium", color=INK)
TOTAL_BORDER = Border(left=_thin, right=_thin, top=_strong, bottom=_thin)


def money_format(unit: MoneyUnit, blank_zero: bool = False) -> str:
    """A number format that shows whole yen in ``unit`` (see the module docstring);
    ``blank_zero`` leaves a zero cell empty (the Gantt's months)."""
    unit = MoneyUnit(unit)
    zero = ';""' if blank_zero else ""
    if unit == MoneyUnit.YEN:
        return "#,##0;-#,##0" + zero
    if unit == MoneyUnit.THOUSAND:
        return "#,##0,;-#,##0," + zero
    if unit == MoneyUnit.MILLION:
        return "#,##0.0,,;-#,##0.0,," + zero
    # 万円 / 億円 scale by 1,000 / 1,000,000 and print a literal point before the last one /
    # two digits. A format has room for two conditions: large values get grouping, or
    # (blank_zero) zero is left empty.
    scaled, big = ("0,", 10_000_000) if unit == MoneyUnit.TEN_THOUSAND else ("00,,", 100_000_000_000)
    plain = f'0"."{scaled}'
    if blank_zero:
        return f'[=0]"";[>0]{plain};-{plain}'
    return f'[>={big}]#","##0"."{scaled};[>=0]{plain};-{plain}'


def unit_format(unit: Unit, money: MoneyUnit, whole: bool = False) -> str:
    """The number format of a KPI or goal value in ``unit`` (percent stored as fractions)."""
    unit = Unit(unit)
    if unit == Unit.JPY:
        return money_format(money)
    if unit == Unit.PERCENT:
        return "0.0%"
    if unit == Unit.RATIO:
        return '0.00"×"'
    if unit in (Unit.COUNT, Unit.DAYS, Unit.SCORE):
        return "#,##0" if whole else "#,##0.0"
    return "#,##0.00"


def display_width(text: str) -> int:
    """Columns a text takes: East Asian wide characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def text_height(texts: Iterable[tuple[str, float]], line: float = 13.5, minimum: float = 15.0) -> float:
    """A row height that shows wrapped texts whole: (text, column width) pairs."""
    lines = 1
    for text, width in texts:
        if not text:
            continue
        usable = max(4.0, width * 1.12 - 1.0)  # a 10 pt CJK character takes about 1.8 widths
        count = sum(max(1, math.ceil(display_width(part) / usable)) for part in str(text).split("\n"))
        lines = max(lines, count)
    return max(minimum, min(409.0, lines * line + 3))


def dress(cell, kind: str, number_format: str | None, *, wrap: bool, indent: int, bold: bool, fill: str | None,
          ink: str | None, locked: bool, quote: bool, align: str | None, size: float | None, border: bool) -> None:
    """Give a prototype cell the look of a cell ``kind`` (see Book.style)."""
    font = dict(name=FONT_NAME, sz=size or FONT_SIZE, family=2, charset=128, color=ink or INK, b=bold)
    horizontal = align
    vertical = "top"
    border_value = GRID if border else None
    fill_value = fill
    if kind == "header":
        font.update(b=True, color="FFFFFF")
        fill_value = fill or HEADER_BG
        vertical = "center"
        wrap = True
    elif kind == "title":
        font.update(b=True, sz=size or 15, color=TITLE_INK)
        border_value = None
        vertical = "center"
    elif kind == "subtitle":
        font.update(b=True, sz=size or 11.5, color=ACCENT)
        border_value = None
        vertical = "bottom"
    elif kind == "note":
        font.update(color=ink or MUTED, sz=size or 9)
        border_value = None
        vertical = "center"
    elif kind == "input":
        fill_value = fill or INPUT_BG
    elif kind == "total":
        font.update(b=True)
        fill_value = fill or TOTAL_BG
        border_value = TOTAL_BORDER
    elif kind == "label":
        font.update(b=True)
        fill_value = fill or TOTAL_BG
    cell.font = Font(**font)
    if fill_value:
        cell.fill = PatternFill("solid", fgColor=fill_value)
    if border_value is not None:
        cell.border = border_value
    if number_format:
        cell.number_format = number_format
    cell.alignment = Alignment(horizontal=horizontal, vertical=vertical, wrap_text=wrap or None,
                               indent=indent or 0)
    if not locked:
        cell.protection = Protection(locked=False)
    if quote:
        cell.quotePrefix = True
