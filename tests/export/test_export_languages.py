"""One process exports the same plan in Japanese and in English: every output follows the
Language it is given, the application's installed translators are never changed (and the
English export comes out English although Japanese translators are installed).

The expected Japanese is read from the translation source (``strategy_canvas_ja.ts``),
not from the code under test.
"""

from __future__ import annotations

import datetime as dt
import io
import xml.etree.ElementTree as ET
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication

from canvas_app import i18n
from canvas_app.export import pdf
from canvas_app.export.excel import TAB_ORDER, sheet_titles, workbook_bytes
from canvas_app.export.ics import calendar_bytes, review_events
from canvas_app.storage.project_file import load_plan
from canvas_app.text.labels import enum_label
from canvas_app.text.language import Language

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
TODAY = dt.date(2026, 11, 21)
NOW = dt.datetime(2026, 11, 21, 9, 0, tzinfo=dt.timezone.utc)
ENGLISH = Language("en")  # the source text


def _catalogue() -> dict[tuple[str, str], str]:
    """(context, English source) → Japanese, every finished message of the .ts file."""
    root = ET.parse(i18n.translations_dir() / "strategy_canvas_ja.ts").getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and translation.get("type") is None:
                found[(name, message.findtext("source"))] = translation.text
    return found


JA = _catalogue()


@pytest.fixture(scope="module", params=sorted(p.name for p in SAMPLES.glob("*.scanvas")))
def plan(request):
    return load_plan(SAMPLES / request.param).plan


@pytest.fixture(params=["no translators", "Japanese translators"])
def installed(request, qapp):
    """The application's translators during the exports: none (English) or Japanese.
    Whatever they are, they must not leak into either export."""
    if request.param == "Japanese translators":
        i18n.install_translators(qapp, "ja")
    before = QCoreApplication.translate("Export", "Summary")
    yield before
    i18n.install_translators(qapp, "en")


def _books(plan) -> dict[str, openpyxl.Workbook]:
    # Japanese, English, then Japanese again: nothing of the English one stays behind.
    made = [openpyxl.load_workbook(io.BytesIO(workbook_bytes(plan, i18n.language(code), today=TODAY)[0]))
            for code in ("ja", "en", "ja")]
    assert made[0].sheetnames == made[2].sheetnames
    return {"ja": made[0], "en": made[1]}


def test_workbook_sheet_titles_and_headers_follow_the_language(plan, installed) -> None:
    books = _books(plan)
    english = [sheet_titles(ENGLISH)[key] for key in TAB_ORDER]
    assert books["en"].sheetnames == english
    assert books["ja"].sheetnames == [JA[("Export", title)] for title in english]
    assert not set(books["ja"].sheetnames) & set(english)
    # Header cells: every English cell that is a catalogue source is its translation in
    # the Japanese workbook, at the same place (the KPI tree sheet has several).
    kpi_title = english[TAB_ORDER.index("kpis")]
    kpis_en, kpis_ja = books["en"][kpi_title], books["ja"][JA[("Export", kpi_title)]]
    pairs = [(cell.value, kpis_ja[cell.coordinate].value) for row in kpis_en.iter_rows(max_row=12) for cell in row
             if isinstance(cell.value, str) and ("Export", cell.value) in JA]
    assert len(pairs) >= 3
    assert all(ja == JA[("Export", en)] for en, ja in pairs)
    assert QCoreApplication.translate("Export", "Summary") == installed  # the installed translators are untouched


def test_pdf_panels_follow_the_language(plan, installed, monkeypatch) -> None:
    titles: list[str] = []
    original = pdf._Page.panel

    def record(page, rect, title):
        titles.append(title)
        return original(page, rect, title)

    monkeypatch.setattr(pdf._Page, "panel", record)
    drawn = {}
    for code in ("ja", "en"):
        titles.clear()
        assert pdf.pdf_bytes(plan, i18n.language(code), TODAY).startswith(b"%PDF")
        drawn[code] = list(titles)
    assert len(drawn["en"]) >= 3
    assert drawn["ja"] == [JA[("Export", title)] for title in drawn["en"]]
    assert QCoreApplication.translate("Export", "Summary") == installed


def test_calendar_summaries_follow_the_language(plan, installed) -> None:
    events = {code: review_events(plan, i18n.language(code)) for code in ("ja", "en")}
    assert [e["uid"] for e in events["ja"]] == [e["uid"] for e in events["en"]]
    for ja, en in zip(events["ja"], events["en"], strict=True):
        assert en["summary"].startswith(enum_label(en["kind"], ENGLISH))
        assert ja["summary"].startswith(JA[("Labels", enum_label(en["kind"], ENGLISH))])
    text = {code: calendar_bytes(plan, i18n.language(code), NOW).decode("utf-8") for code in ("ja", "en")}
    assert JA[("Labels", enum_label(events["en"][0]["kind"], ENGLISH))] in text["ja"].replace("\r\n ", "")
    assert JA[("Labels", enum_label(events["en"][0]["kind"], ENGLISH))] not in text["en"]
    assert QCoreApplication.translate("Export", "Summary") == installed
