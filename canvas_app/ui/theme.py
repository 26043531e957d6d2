"""Colours, fonts and the style sheet: one place for the look, tuned for a projector.

High contrast, large type, and traffic-light colours that stay distinguishable when a
projector washes them out (text labels accompany every colour, never colour alone).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ..model.enums import RevenueStage, Status

#: Japanese-capable families, best first; the system default is the last resort.
JAPANESE_FAMILIES = ("Noto Sans CJK JP", "IPAPGothic", "IPAGothic", "Hiragino Sans", "Yu Gothic UI", "Meiryo")

#: Base point size for the whole app (projectors need more than the desktop's 9–10 pt).
BASE_POINT_SIZE = 11

INK = "#1d2433"
MUTED = "#5b6478"
LINE = "#d5dae3"
PAGE_BG = "#eef1f6"
CARD_BG = "#ffffff"
ACCENT = "#1f5fbf"
NAV_BG = "#1f2a44"
NAV_INK = "#e8ecf5"

STATUS_COLOURS = {
    Status.ON_TRACK: "#2e7d32",
    Status.AT_RISK: "#e0a100",
    Status.OFF_TRACK: "#c62828",
    Status.NO_DATA: "#8a93a5",
}

#: Soft backgrounds for table cells showing a status.
STATUS_TINTS = {
    Status.ON_TRACK: "#e3f3e4",
    Status.AT_RISK: "#fff4d6",
    Status.OFF_TRACK: "#fde3e3",
    Status.NO_DATA: "#f0f2f5",
}

STAGE_COLOURS = {
    RevenueStage.MARKETING: "#3f7fd8",
    RevenueStage.INSIDE_SALES: "#7b5fd0",
    RevenueStage.SALES: "#d9822b",
    RevenueStage.CUSTOMER_SUCCESS: "#2f9e78",
}

SEVERITY_COLOURS = {"error": "#c62828", "warning": "#e0a100", "info": "#1f5fbf"}
HIGHLIGHT_BG = "#fff1b8"


def colour(name: str) -> QColor:
    return QColor(name)


def pick_family() -> str:
    """The first installed Japanese-capable family, or "" for the system default."""
    installed = set(QFontDatabase.families())
    for family in JAPANESE_FAMILIES:
        if family in installed:
            return family
    return ""


def apply(app: QApplication, language: str = "en") -> None:
    """Set the app-wide font (a Japanese-capable family first for a Japanese UI, as a
    fallback after the system's sans serif otherwise) and the style sheet."""
    font = QFont(app.font())
    family = pick_family()
    if family:
        default = [f for f in font.families() if f != family] or [font.family()]
        font.setFamilies([family, *default] if language == "ja" else [*default, family])
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(6.0, base.pointSizeF() * factor))
    font.setBold(bold)
    return font


STYLE_SHEET = f"""
QMainWindow, QWidget#pageCanvas {{ background: {PAGE_BG}; }}
QScrollArea#page {{ background: {PAGE_BG}; border: none; }}
QFrame#card {{ background: {CARD_BG}; border: 1px solid {LINE}; border-radius: 8px; }}
QLabel#cardTitle {{ color: {INK}; font-weight: bold; }}
QLabel#pageTitle {{ color: {INK}; font-weight: bold; }}
QLabel#pageSubtitle, QLabel#muted {{ color: {MUTED}; }}
QLabel#stepBadge {{ background: {ACCENT}; color: white; border-radius: 6px; padding: 2px 10px;
                    font-weight: bold; }}
QLabel#bigNumber {{ color: {INK}; font-weight: bold; }}
QLabel#emptyHint {{ color: {MUTED}; font-style: italic; }}
QListWidget#navigator {{ background: {NAV_BG}; color: {NAV_INK}; border: none; outline: none; }}
QFrame#banner {{ border-radius: 6px; }}
QTableView, QTreeView {{ background: {CARD_BG}; alternate-background-color: #f7f9fc;
                         gridline-color: {LINE}; border: 1px solid {LINE};
                         selection-background-color: #cfe0fa; selection-color: {INK}; }}
QHeaderView::section {{ background: #e6eaf1; color: {INK}; border: none;
                        border-right: 1px solid {LINE}; border-bottom: 1px solid {LINE};
                        padding: 4px 6px; font-weight: bold; }}
QPushButton#findingLink {{ text-align: left; border: none; padding: 4px 6px; color: {INK}; }}
QPushButton#findingLink:hover, QPushButton#findingLink:focus {{ background: #e8f0fc; }}
"""
