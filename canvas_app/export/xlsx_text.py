"""User text in a workbook cell: always text, always valid XML, never silently cut
(design.md §7).

- A cell written through :func:`text_cell` is an inline string (``t="inlineStr"``) with
  the Text number format ``@`` and, when it starts with a character that spreadsheets
  read as the start of a formula (``= + - @``, tab, CR, LF), Excel's *quote prefix*, so
  that neither opening the file nor editing the cell (F2, Enter) turns it into a
  formula, a hyperlink or an error value. openpyxl would otherwise make any string
  starting with ``=`` a formula.
- Characters that XML 1.0 forbids (C0 controls other than tab, LF and CR; U+FFFE,
  U+FFFF; lone surrogates) are replaced with U+FFFD "�", visibly, instead of crashing.
- Text longer than Excel's cell limit (32,767 characters) is cut with a visible marker
  at its end and the cut is reported back to the caller as a warning.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from canvas_app.text.language import Language


__all__ = ["MAX_CELL_CHARS", "REPLACEMENT", "clean_xml_text", "fit_cell", "needs_quote_prefix"]

#: Excel's limit for the text of one cell.
MAX_CELL_CHARS = 32_767
#: What stands in for a character that XML cannot carry.
REPLACEMENT = "\ufffd"

# XML 1.0 allows #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def clean_xml_text(text: str) -> str:
    """``text`` with every character XML forbids replaced by U+FFFD."""
    return _XML_ILLEGAL.sub(REPLACEMENT, text)


def needs_quote_prefix(text: str) -> bool:
    """Whether a spreadsheet would read ``text`` typed into a cell as a formula or a
    sign (also the full-width ＝ ＋ － ＠ that a Japanese input method produces)."""
    return text.startswith(_FORMULA_START)


def cut_marker(total: int, lang: Language) -> str:
    return lang.translate("Export", " … [cut: the plan holds {count} characters]").format(
        count=f"{total:,}")


def fit_cell(text: str, warn: Callable[[int], None] | None = None, *, lang: Language = Language("en")) -> str:
    """``text`` made safe for one cell: XML-clean and at most MAX_CELL_CHARS long. A cut
    ends in a visible marker (in ``lang``) and calls ``warn(original length)``."""
    if _XML_ILLEGAL.search(text):
        text = clean_xml_text(text)
    if len(text) <= MAX_CELL_CHARS:
        return text
    marker = cut_marker(len(text), lang)
    keep = MAX_CELL_CHARS - len(marker)
    # Never split a line break pair or leave a dangling half of a "\r\n".
    cut = text[:keep].rstrip("\r")
    if warn is not None:
        warn(len(text))
    return cut + marker
