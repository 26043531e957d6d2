"""A language to write text in, passed to whatever writes it (QtCore only).

Labels, findings, formatting and every export take a ``Language`` instead of asking the
application's installed translators, so that any output can be produced in any language
from any caller (an export in the plan's language while the window shows the other one,
two exports in two languages from one process). ``canvas_app.i18n.language`` builds one
with its catalogue loaded; ``Language("en")`` needs none (the source strings are English).

Strings stay literal ``lang.translate("Context", "…")`` calls: pyside6-lupdate extracts
any call spelled ``something.translate("Context", "text")``, like
``QCoreApplication.translate``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import shiboken6
from PySide6.QtCore import QTranslator

__all__ = ["Language"]


@dataclass(frozen=True)
class Language:
    """``code`` is "ja" or "en"; ``catalogue`` the compiled translations into it (the
    bytes of a ``.qm`` file; None: the source text is returned). Never installed in the
    application, so using one changes nothing for anybody else.

    The Language owns the QTranslator that reads its catalogue (no Qt parent). PySide
    deletes every QObject when the QCoreApplication is released (the CLI replaces its
    QCoreApplication by a QGuiApplication for a PDF), so the reader is made on first use
    and made again from the bytes if it was deleted. Once loaded it is only read, so one
    Language may serve any thread (two threads may each make a reader: harmless)."""

    code: str
    catalogue: bytes | None = field(default=None, compare=False, repr=False)
    _reader: QTranslator | None = field(default=None, init=False, compare=False, repr=False)

    def _catalogue_reader(self) -> QTranslator | None:
        reader = self._reader
        if self.catalogue is None or (reader is not None and shiboken6.isValid(reader)):
            return reader
        reader = QTranslator()
        # QTranslator.load(data) reads the buffer in place: self.catalogue keeps it alive.
        if not reader.load(self.catalogue):
            return None
        object.__setattr__(self, "_reader", reader)
        return reader

    @property
    def is_japanese(self) -> bool:
        return self.code == "ja"

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        """What ``QCoreApplication.translate`` would return with only this catalogue
        installed: the translation, or ``source`` when there is none; ``%n`` becomes ``n``."""
        reader = self._catalogue_reader()
        text = reader.translate(context, source, disambiguation, n) if reader is not None else ""
        text = text or source
        if n >= 0:
            text = text.replace("%n", str(n))
        return text
