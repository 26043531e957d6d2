"""Labels and findings follow the Language they are given, not the application's installed
translators: Japanese with English translators installed, English with Japanese ones.

The expected Japanese is read from the translation source (``strategy_canvas_ja.ts``).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication

from canvas_app import i18n
from canvas_app.calc.health import FINDING_CODES
from canvas_app.text import labels
from canvas_app.text.findings import finding_title, severity_label
from canvas_app.text.language import Language

ENGLISH = Language("en")
ENUMS = sorted(labels._BY_ENUM, key=lambda e: e.__name__)


def _catalogue() -> dict[tuple[str, str], str]:
    root = ET.parse(i18n.translations_dir() / "strategy_canvas_ja.ts").getroot()
    return {(context.findtext("name"), message.findtext("source")): message.find("translation").text
            for context in root.iter("context") for message in context.iter("message")
            if message.find("translation") is not None and message.find("translation").get("type") is None}


JA = _catalogue()


@pytest.fixture(params=[("ja", "en"), ("en", "ja")], ids=["ja words, en installed", "en words, ja installed"])
def crossed(request, qapp):
    """(the language asked for, the one installed in the application)."""
    wanted, installed = request.param
    i18n.install_translators(qapp, installed)
    # The installed translators really are the other language.
    assert (QCoreApplication.translate("Labels", "On track") == "On track") == (installed == "en")
    yield wanted
    i18n.install_translators(qapp, "en")


def _expected(context: str, source: str, wanted: str) -> str:
    return JA[(context, source)] if wanted == "ja" else source


@pytest.mark.parametrize("enum_class", ENUMS, ids=lambda e: e.__name__)
def test_enum_labels_follow_the_language_passed_in(enum_class, crossed) -> None:
    got = labels.labels_for(enum_class, i18n.language(crossed))
    sources = labels.labels_for(enum_class, ENGLISH)
    assert set(got) == set(sources) == set(enum_class)
    assert got == {member: _expected("Labels", sources[member], crossed) for member in enum_class}


def test_item_kinds_and_steps_follow_the_language_passed_in(crossed) -> None:
    lang = i18n.language(crossed)
    for table in (labels.item_kind_labels, labels.step_labels):
        sources = table(ENGLISH)
        assert table(lang) == {key: _expected("Labels", text, crossed) for key, text in sources.items()}


@pytest.mark.parametrize("code", sorted(FINDING_CODES))
def test_finding_titles_follow_the_language_passed_in(code, crossed) -> None:
    lang = i18n.language(crossed)
    assert finding_title(code, lang) == _expected("Findings", finding_title(code, ENGLISH), crossed)
    severity = FINDING_CODES[code][0]
    assert severity_label(severity, lang) == _expected("Findings", severity_label(severity, ENGLISH), crossed)
