"""Colours, fonts, the style sheet and the zoom: one place for the look, tuned for a projector.

High contrast, large type, and traffic-light colours that stay distinguishable when a
projector washes them out (text labels accompany every colour, never colour alone).

Zoom (View ▸ Zoom In/Out/Actual Size) scales the whole UI without rebuilding anything:

- :func:`set_zoom` keeps the level on the QApplication (an attribute of its Python
  object, application-wide like its font; no module global), sets the app font to ``BASE_POINT_SIZE × zoom``, re-sets the style
  sheet (with an app style sheet Qt propagates a new app font only on a repolish;
  paddings in it are zoomed with ``px``) and then rescales every widget that has a
  font of its own (``scaled_font`` results given to ``setFont``) in proportion to its
  size at 100 %, remembered in the property ``canvasBasePointSize``. Re-set the style
  sheet only through :func:`apply` or :func:`set_zoom`: a bare ``app.setStyleSheet``
  puts back the fonts widgets had when first polished.
- So a widget that takes its fonts from ``self.font()`` / ``scaled_font(self.font(), …)``
  or ``set_font_scale`` needs nothing else: created before or after a zoom change, it
  follows it. Painted widgets that take their fonts in ``paintEvent`` follow it too.
- Pixel sizes (fixed widths, row heights, margins) are written as ``px(n)``, n being the
  size at 100 %, and are re-applied when the widget receives ``QEvent.FontChange``
  (every widget gets one on a zoom change). Better still, derive them from the font
  metrics, which follow the zoom by themselves.
"""

from __future__ import annotations

from types import MappingProxyType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from ..model.enums import RevenueStage
from ..settings import ZOOM_DEFAULT, ZOOM_MAX, ZOOM_MIN
from ..text.palette import (  # noqa: F401 - the window's colours are read as theme.NAME
    ACCENT,
    BAND,
    INK,
    LINE,
    MUTED,
    SEVERITY_COLOURS,
    STATUS_COLOURS,
    STATUS_TINTS,
)

#: Japanese-capable families, best first; the system default is the last resort.
JAPANESE_FAMILIES = ("Noto Sans CJK JP", "IPAPGothic", "IPAGothic", "Hiragino Sans", "Yu Gothic UI", "Meiryo")

#: Base point size for the whole app (projectors need more than the desktop's 9–10 pt).
BASE_POINT_SIZE = 11

# The colours the PDF and the workbook share (ink, accent, the traffic light, the
# severities) come from text/palette.py; the rest belongs to the window alone.
PAGE_BG = "#eef1f6"
CARD_BG = "#ffffff"
NAV_BG = BAND
NAV_INK = "#e8ecf5"

STAGE_COLOURS = MappingProxyType({
    RevenueStage.MARKETING: "#3f7fd8",
    RevenueStage.INSIDE_SALES: "#7b5fd0",
    RevenueStage.SALES: "#d9822b",
    RevenueStage.CUSTOMER_SUCCESS: "#2f9e78",
})

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
    fallback after the system's sans serif otherwise) at the current zoom, and the
    style sheet."""
    font = QFont(app.font())
    family = pick_family()
    if family:
        default = [f for f in font.families() if f != family] or [font.family()]
        font.setFamilies([family, *default] if language == "ja" else [*default, family])
    own_fonts = _own_fonts(app, zoom())  # a language switch re-applies the theme
    font.setPointSizeF(BASE_POINT_SIZE * zoom())
    app.setFont(font)
    _restyle(app, own_fonts)


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    """``base`` (usually ``widget.font()``, which carries the zoom) times ``factor``."""
    font = QFont(base)
    font.setPointSizeF(max(6.0, base.pointSizeF() * factor))
    font.setBold(bold)
    return font


# -- zoom ---------------------------------------------------------------------------------
#: The levels Zoom In / Zoom Out step through (percent).
ZOOM_LEVELS = (80, 90, 100, 110, 125, 150, 175, 200)
#: The application's attribute holding the zoom level. Not a Qt dynamic property:
#: ``px`` runs thousands of times per repaint, and reading a property each time cost
#: ~5 ms per keystroke on a large plan; an attribute reads in a fraction of a microsecond.
_ZOOM_ATTRIBUTE = "canvas_zoom_percent"
_BASE_SIZE_PROPERTY = "canvasBasePointSize"


def _property(obj, name: str):
    """``obj.property(name)``, or None when unset. PySide6 6.12 drops a reference to None
    each time ``property()`` returns an unset property: enough calls abort Python."""
    if obj is None or name.encode() not in (bytes(n) for n in obj.dynamicPropertyNames()):
        return None
    return obj.property(name)


def zoom_percent() -> int:
    """The zoom level in use, in percent (100 without an application or before a zoom)."""
    percent = getattr(QCoreApplication.instance(), _ZOOM_ATTRIBUTE, None)
    return ZOOM_DEFAULT if percent is None else percent


def zoom() -> float:
    """The zoom factor in use (1.0 = 100 %)."""
    return zoom_percent() / 100


def px(size: float) -> int:
    """A pixel size given at 100 %, at the current zoom."""
    return round(size * zoom())


def next_zoom(percent: int, direction: int) -> int:
    """The level after ``percent`` in ``direction`` (+1 in, -1 out), within the bounds."""
    if direction > 0:
        return next((level for level in ZOOM_LEVELS if level > percent), ZOOM_LEVELS[-1])
    return next((level for level in reversed(ZOOM_LEVELS) if level < percent), ZOOM_LEVELS[0])


def set_font_scale(widget: QWidget, factor: float, bold: bool = False) -> None:
    """Give ``widget`` a font ``factor`` times the app font at 100 %, kept so through zoom
    changes (``scaled_font(widget.font(), …)`` + ``setFont`` does the same)."""
    font = scaled_font(QApplication.font(), 1.0, bold)
    font.setPointSizeF(max(6.0, BASE_POINT_SIZE * factor * zoom()))
    widget.setProperty(_BASE_SIZE_PROPERTY, BASE_POINT_SIZE * factor)
    widget.setFont(font)


def set_zoom(app: QApplication, percent: int) -> int:
    """Zoom the whole UI to ``percent`` (clamped to the bounds); returns the level set.

    Nothing is rebuilt (focus, selections and half-typed text stay): fonts change in
    place and every widget receives ``QEvent.FontChange``, on which pixel sizes are
    recomputed (see the module docstring)."""
    percent = max(ZOOM_MIN, min(ZOOM_MAX, int(percent)))
    if percent == zoom_percent() and getattr(app, _ZOOM_ATTRIBUTE, None) is not None:
        return percent
    own_fonts = _own_fonts(app, zoom())
    setattr(app, _ZOOM_ATTRIBUTE, percent)
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * percent / 100)
    app.setFont(font)
    _restyle(app, own_fonts)
    return percent


def _own_fonts(app: QApplication, factor: float) -> list[tuple[QWidget, float]]:
    """Widgets with a font of their own and its size at 100 % (read before a restyle)."""
    found = []
    for widget in app.allWidgets():
        if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            continue
        size = widget.font().pointSizeF()
        if size <= 0:
            continue  # a pixel-sized font: not ours
        base = _property(widget, _BASE_SIZE_PROPERTY)
        if not isinstance(base, float) or abs(base * factor - size) > 0.01:
            base = size / factor  # (re)set by its widget since: that size counts
        found.append((widget, base))
    return found


def _restyle(app: QApplication, own_fonts: list[tuple[QWidget, float]]) -> None:
    """Set the style sheet, then the own fonts at the current zoom. With an app style
    sheet Qt hands a new app font down only on a repolish, and the repolish puts back
    the fonts widgets had when first polished, so own fonts are set again after it."""
    app.setStyleSheet(style_sheet())
    factor = zoom()
    for widget, base in own_fonts:
        widget.setProperty(_BASE_SIZE_PROPERTY, float(base))
        scaled = QFont(widget.font())
        scaled.setPointSizeF(max(6.0, base * factor))
        widget.setFont(scaled)


def style_sheet() -> str:
    """The app style sheet with its paddings at the current zoom."""
    return STYLE_SHEET.replace("{badge_padding}", f"{px(2)}px {px(10)}px") \
        .replace("{cell_padding}", f"{px(4)}px {px(6)}px")


STYLE_SHEET = f"""
QMainWindow, QWidget#pageCanvas {{ background: {PAGE_BG}; }}
QScrollArea#page {{ background: {PAGE_BG}; border: none; }}
QFrame#card {{ background: {CARD_BG}; border: 1px solid {LINE}; border-radius: 8px; }}
QLabel#cardTitle {{ color: {INK}; font-weight: bold; }}
QLabel#pageTitle {{ color: {INK}; font-weight: bold; }}
QLabel#pageSubtitle, QLabel#muted {{ color: {MUTED}; }}
QLabel#stepBadge {{ background: {ACCENT}; color: white; border-radius: 6px; padding: {{badge_padding}};
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
                        padding: {{cell_padding}}; font-weight: bold; }}
QPushButton#findingLink {{ text-align: left; border: none; padding: {{cell_padding}}; color: {INK}; }}
QPushButton#findingLink:hover, QPushButton#findingLink:focus {{ background: #e8f0fc; }}
"""
