"""The colours the window, the PDF and the workbook share live in text/palette.py alone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from canvas_app.export import pdf, xlsx_style
from canvas_app.model.enums import Status
from canvas_app.text import palette
from canvas_app.ui import theme

REPO = Path(__file__).resolve().parents[2]
TABLES = {"STATUS_COLOURS": palette.STATUS_COLOURS, "STATUS_TINTS": palette.STATUS_TINTS,
          "STATUS_INKS": palette.STATUS_INKS}
SHARED = [palette.INK, palette.MUTED, palette.LINE, palette.ACCENT, palette.BAND,
          *(colour for table in TABLES.values() for colour in table.values()), *palette.SEVERITY_COLOURS.values()]


@pytest.mark.parametrize("name", TABLES)
def test_every_status_has_a_colour_of_each_kind(name: str) -> None:
    table = TABLES[name]
    assert list(table) == list(Status)
    assert all(re.fullmatch(r"#[0-9a-f]{6}", colour) for colour in table.values())
    assert len(set(table.values())) == len(table), "a colour per status, so the colour alone tells them apart"


def test_the_severities_follow_the_traffic_light() -> None:
    assert palette.SEVERITY_COLOURS == {"error": palette.STATUS_COLOURS[Status.OFF_TRACK],
                                        "warning": palette.STATUS_COLOURS[Status.AT_RISK], "info": palette.ACCENT}


@pytest.mark.parametrize("status", list(Status), ids=str)
def test_window_pdf_and_workbook_show_a_status_in_the_same_colours(status: Status) -> None:
    key = xlsx_style.STATUS_KEYS[status]
    assert theme.STATUS_COLOURS[status] == palette.STATUS_COLOURS[status]
    assert theme.STATUS_TINTS[status] == palette.STATUS_TINTS[status]
    assert xlsx_style.STATUS_FILLS[key] == palette.STATUS_TINTS[status].lstrip("#").upper()
    assert xlsx_style.STATUS_INKS[key] == palette.STATUS_INKS[status].lstrip("#").upper()


def test_the_base_colours_are_the_same_everywhere() -> None:
    assert (theme.INK, theme.MUTED, theme.ACCENT, theme.NAV_BG) == (palette.INK, palette.MUTED, palette.ACCENT,
                                                                    palette.BAND)
    assert [c.name() for c in (pdf.INK, pdf.MUTED, pdf.LINE, pdf.ACCENT, pdf.BAND)] == [
        palette.INK, palette.MUTED, palette.LINE, palette.ACCENT, palette.BAND]
    assert (xlsx_style.INK, xlsx_style.MUTED, xlsx_style.ACCENT, xlsx_style.HEADER_BG) == tuple(
        palette.excel_colour(c) for c in (palette.INK, palette.MUTED, palette.ACCENT, palette.BAND))


@pytest.mark.parametrize("path", ["canvas_app/ui/theme.py", "canvas_app/export/pdf.py", "canvas_app/export/xlsx_style.py"])
def test_no_copy_of_a_shared_colour(path: str) -> None:
    """The modules that used to hold their own copies name none of the shared colours."""
    text = (REPO / path).read_text(encoding="utf-8").lower()
    found = {colour for colour in SHARED if colour.lstrip("#") in text}
    assert not found, f"{path} spells out {sorted(found)}: take them from text/palette.py"


@pytest.mark.parametrize(("colour", "expected"), [("#e3f3e4", "E3F3E4"), ("#1F5FBF", "1F5FBF"), ("abcdef", "ABCDEF")])
def test_excel_colours_have_no_hash_and_upper_case(colour: str, expected: str) -> None:
    assert palette.excel_colour(colour) == expected
