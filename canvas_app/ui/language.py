"""Switching the UI language: resolve it, install its translators, tell the formatters.

Lives in ``ui`` (not in ``app``) because the window's Preferences switch it at run time
too, and ``ui`` must never import the application module above it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

__all__ = ["apply_language"]


def apply_language(requested: str | None, saved: str | None = None) -> str:
    """Resolve the UI language and install its translators; returns "ja" or "en"."""
    from .. import i18n
    from . import fmt

    language = i18n.resolve_language(requested, saved, QLocale.system())
    i18n.install_translators(QCoreApplication.instance(), language)
    fmt.set_lang(language)
    return language
