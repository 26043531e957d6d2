"""The UI language and its translators (QtCore only: the headless CLI uses this too).

Source strings are English. Japanese comes from ``resources/i18n/strategy_canvas_ja.qm``
(compiled from the ``.ts`` that pyside6-lupdate extracts) plus Qt's own ``qtbase_ja.qm``
so standard buttons and dialogs are translated too.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from canvas_app.text.language import Language

__all__ = [
    "LANGUAGES",
    "language",
    "resolve_language",
    "system_language_name",
    "install_translators",
    "translations_dir",
]

log = logging.getLogger(__name__)

#: The UI languages we ship.
LANGUAGES = ("ja", "en")

#: Attribute of the application that keeps our translators alive (Qt holds only a
#: pointer; without a Python reference they would be garbage-collected).
_KEEP = "_canvas_translators"


def _normalize(value: object) -> str | None:
    """"ja", "ja_JP", "ja-JP.UTF-8" → "ja"; "en*" → "en"; anything else → None."""
    if not isinstance(value, str):
        return None
    text = value.strip().lower().replace("-", "_")
    for lang in LANGUAGES:
        if text == lang or text.startswith(lang + "_") or text.startswith(lang + "."):
            return lang
    return None


def system_language_name() -> str:
    """The system locale's name as Qt sees it, e.g. "ja_JP"."""
    return QLocale.system().name()


def resolve_language(cli_lang: str | None = None, setting: str | None = None, system_locale: object = None) -> str:
    """The UI language: ``--lang`` first, then the saved setting, then the system
    locale (a name like "ja_JP", a QLocale, or None to ask Qt). Japanese only when
    the system is Japanese; English otherwise."""
    for choice in (cli_lang, setting):
        lang = _normalize(choice)
        if lang:
            return lang
    if system_locale is None:
        system_locale = system_language_name()
    elif isinstance(system_locale, QLocale):
        system_locale = system_locale.name()
    return "ja" if _normalize(system_locale) == "ja" else "en"


def translations_dir() -> Path:
    from canvas_app.storage.samples import resources_dir

    return resources_dir() / "i18n"


def install_translators(app: QCoreApplication, lang: str, *, qm_dir: Path | None = None) -> list[QTranslator]:
    """Install the translators for ``lang`` on ``app``, replacing ones installed before
    (so the language can change at run time). English installs none. Returns the
    translators that loaded; a missing .qm file is logged, not an error."""
    for old in getattr(app, _KEEP, []):
        QCoreApplication.removeTranslator(old)
    installed: list[QTranslator] = []
    if _normalize(lang) == "ja":
        folder = qm_dir or translations_dir()
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for directory, base in ((qt_folder, "qtbase_ja"), (str(folder), "strategy_canvas_ja")):
            translator = QTranslator(app)
            if translator.load(base, directory) and QCoreApplication.installTranslator(translator):
                installed.append(translator)
            else:
                log.info("no translation %s in %s", base, directory)
                translator.deleteLater()
    setattr(app, _KEEP, installed)
    return installed


def language(code: str | None, *, qm_dir: Path | None = None) -> Language:
    """The ``Language`` for ``code`` ("ja", "ja_JP", "en" …; anything else is English)
    with its catalogue read from ``strategy_canvas_ja.qm``. Nothing is installed in
    the application. A missing .qm file is logged and gives the source text."""
    lang = _normalize(code) or "en"
    if lang == "en":
        return Language("en")
    return Language(lang, _catalogue(lang, str(qm_dir or translations_dir())))


@functools.cache
def _catalogue(lang: str, folder: str) -> bytes | None:
    """The compiled catalogue of ``lang`` in ``folder``, read once per process: immutable
    bytes from a file, shared by every Language made for it (each makes its own reader)."""
    path = Path(folder) / f"strategy_canvas_{lang}.qm"
    try:
        return path.read_bytes()
    except OSError:
        log.info("no translation %s", path)
        return None
