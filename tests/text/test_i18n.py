"""Language choice and translators: our .qm and Qt's qtbase_ja are installed and kept."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from canvas_app import i18n
from canvas_app.model.enums import Status
from canvas_app.text.labels import enum_label

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context><name>Labels</name>
<message><source>On track</source><translation>順調</translation></message>
<message><source>Off track</source><translation>要対策</translation></message>
</context>
</TS>
"""


@pytest.mark.parametrize(
    ("cli", "setting", "system", "expected"),
    [
        ("ja", "en", "en_US", "ja"),
        ("en", "ja", "ja_JP", "en"),
        (None, "ja", "en_US", "ja"),
        (None, "en", "ja_JP", "en"),
        (None, None, "ja_JP", "ja"),
        (None, "", "ja-JP", "ja"),
        (None, "system", "ja_JP.UTF-8", "ja"),
        (None, None, "de_DE", "en"),
        (None, None, "C", "en"),
        ("fr", "xx", "en_GB", "en"),
        ("JA", None, "en_US", "ja"),
        (None, None, QLocale(QLocale.Language.Japanese, QLocale.Country.Japan), "ja"),
        (None, None, QLocale(QLocale.Language.German), "en"),
    ],
)
def test_resolve_language(cli, setting, system, expected: str) -> None:
    assert i18n.resolve_language(cli, setting, system) == expected


def test_resolve_language_asks_qt_for_the_system_locale() -> None:
    code = "from canvas_app.i18n import resolve_language; print(resolve_language(None, None, None))"
    for lang_env, expected in (("ja_JP.UTF-8", "ja"), ("en_US.UTF-8", "en")):
        env = {"LANG": lang_env, "LC_ALL": lang_env, "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120,
                                cwd=Path(__file__).resolve().parents[2])
        assert result.stdout.strip() == expected, result.stderr


def test_translations_dir_is_under_resources() -> None:
    folder = i18n.translations_dir()
    assert folder.parts[-2:] == ("resources", "i18n")
    assert (folder.parent.parent / "canvas_app").is_dir()


def _compile(tmp_path: Path) -> Path:
    ts = tmp_path / "strategy_canvas_ja.ts"
    ts.write_text(TS, encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    result = subprocess.run([str(lrelease), str(ts), "-qm", str(tmp_path / "strategy_canvas_ja.qm")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return tmp_path


def test_install_translators_switches_languages_at_run_time(qapp, tmp_path: Path) -> None:
    qm_dir = _compile(tmp_path)
    try:
        installed = i18n.install_translators(qapp, "ja", qm_dir=qm_dir)
        assert len(installed) == 2  # Qt's own qtbase_ja and ours
        assert enum_label(Status.ON_TRACK, i18n.language("ja", qm_dir=qm_dir)) == "順調"
        assert enum_label(Status.AT_RISK, i18n.language("ja", qm_dir=qm_dir)) == "At risk"  # untranslated strings fall back to English
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"
        assert all(t.parent() is qapp for t in installed)
        assert i18n.install_translators(qapp, "en") == []
        assert enum_label(Status.ON_TRACK, i18n.language("en")) == "On track"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    finally:
        i18n.install_translators(qapp, "en")


def test_a_missing_qm_is_not_an_error(qapp, tmp_path: Path) -> None:
    try:
        installed = i18n.install_translators(qapp, "ja", qm_dir=tmp_path)
        assert len(installed) == 1  # only Qt's qtbase_ja
        assert enum_label(Status.ON_TRACK, i18n.language("ja", qm_dir=tmp_path)) == "On track"
    finally:
        i18n.install_translators(qapp, "en")
