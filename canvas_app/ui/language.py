"""Switching the UI language: resolve it and install its translators.

Lives in ``ui`` (not in ``app``) because the window's Preferences switch it at run time
too, and ``ui`` must never import the application module above it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ..text.language import Language

__all__ = ["apply_language"]


def apply_language(requested: str | None, saved: str | None = None) -> Language:
    """Resolve the UI language and install its translators (for ``tr()`` and Qt's own
    texts); returns it as a ``Language`` for the window to hand to its pages."""
    from .. import i18n

    code = i18n.resolve_language(requested, saved, QLocale.system())
    i18n.install_translators(QCoreApplication.instance(), code)
    return i18n.language(code)
