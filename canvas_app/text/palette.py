"""The colours the window, the PDF and the workbook share, as "#rrggbb" strings: a
traffic light is the same green on screen, on paper and in Excel.

Plain strings, no Qt: ``ui.theme`` and the PDF make QColors of them, the workbook writes
them without the "#" (``excel_colour``).
"""

from __future__ import annotations

from types import MappingProxyType

from canvas_app.model.enums import InitiativeStatus, Status

INK = "#1d2433"
MUTED = "#5b6478"
LINE = "#d5dae3"
ACCENT = "#1f5fbf"
#: The dark navy of the navigator, the PDF's title band and the workbook's table headers.
BAND = "#1f2a44"

#: The traffic light: dots, status words and their text.
STATUS_COLOURS = {
    Status.ON_TRACK: "#2e7d32",
    Status.AT_RISK: "#e0a100",
    Status.OFF_TRACK: "#c62828",
    Status.NO_DATA: "#8a93a5",
}

#: Soft backgrounds for cells showing a status.
STATUS_TINTS = {
    Status.ON_TRACK: "#e3f3e4",
    Status.AT_RISK: "#fff4d6",
    Status.OFF_TRACK: "#fde3e3",
    Status.NO_DATA: "#f0f2f5",
}

#: Darker text for a status word on its tint (the light colours are too pale there to read).
STATUS_INKS = {
    Status.ON_TRACK: "#1b5e20",
    Status.AT_RISK: "#8a6100",
    Status.OFF_TRACK: "#b71c1c",
    Status.NO_DATA: MUTED,
}

#: The health check's severities: errors red, warnings amber (as the traffic light), hints blue.
SEVERITY_COLOURS = {"error": STATUS_COLOURS[Status.OFF_TRACK], "warning": STATUS_COLOURS[Status.AT_RISK],
                    "info": ACCENT}


def excel_colour(colour: str) -> str:
    """"#e3f3e4" → "E3F3E4", as a workbook's styles write a colour."""
    return colour.removeprefix("#").upper()


__all__ = ["ACCENT", "BAND", "BASELINE", "INITIATIVE_COLOURS", "INK", "LINE", "MUTED", "SEVERITY_COLOURS",
           "STATUS_COLOURS", "STATUS_INKS", "STATUS_TINTS", "TODAY", "excel_colour"]

#: An initiative's bar by its status, in the window's Gantt and on the PDF's roadmap page.
INITIATIVE_COLOURS = MappingProxyType({
    InitiativeStatus.PLANNED: "#8fb3e8",
    InitiativeStatus.IN_PROGRESS: "#1f5fbf",
    InitiativeStatus.DONE: "#2e7d32",
    InitiativeStatus.ON_HOLD: "#e0a100",
    InitiativeStatus.CANCELLED: "#b0b6c2",
})
#: The Gantt's today line and the baseline's ghost bars (the latest snapshot's dates).
TODAY = "#c62828"
BASELINE = "#8a93a5"
