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

from PySide6.QtCore import QTranslator

__all__ = ["Language"]


@dataclass(frozen=True)
class Language:
    """``code`` is "ja" or "en"; ``catalogue`` the translations into it (None: the source
    text is returned). Never installed in the application, so using one changes nothing
    for anybody else. Its catalogue is only read, so one Language may serve any thread."""

    code: str
    catalogue: QTranslator | None = field(default=None, compare=False, repr=False)

    @property
    def is_japanese(self) -> bool:
        return self.code == "ja"

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        """What ``QCoreApplication.translate`` would return with only this catalogue
        installed: the translation, or ``source`` when there is none; ``%n`` becomes ``n``."""
        text = self.catalogue.translate(context, source, disambiguation, n) if self.catalogue is not None else ""
        text = text or source
        if n >= 0:
            text = text.replace("%n", str(n))
        return text
