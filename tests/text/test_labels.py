"""Every key the model stores has a display label; pyside6-lupdate can find them all."""

from __future__ import annotations

import enum
import inspect
import subprocess
import sys
from pathlib import Path

import pytest

from canvas_app.model import enums
from canvas_app.model.walk import KIND_BY_CLASS
from canvas_app.text import labels
from canvas_app.text.language import Language

ENUMS = [obj for _, obj in inspect.getmembers(enums, inspect.isclass) if issubclass(obj, enum.Enum) and obj.__module__ == enums.__name__]
REPO = Path(__file__).resolve().parents[2]


def test_the_enum_list_is_not_empty() -> None:
    assert {enums.Status, enums.Unit, enums.FunnelRole, enums.RevenueStage, enums.MoneyUnit} <= set(ENUMS)


@pytest.mark.parametrize("enum_class", ENUMS, ids=lambda e: e.__name__)
def test_every_enum_value_has_a_distinct_label(enum_class: type[enum.Enum]) -> None:
    table = labels.labels_for(enum_class, Language("en"))
    assert list(table) == list(enum_class), "labels in the enum's order, one per member"
    texts = [labels.enum_label(member, Language("en")) for member in enum_class]
    assert all(text.strip() for text in texts)
    assert len(set(texts)) == len(texts)


def test_glossary_words() -> None:
    assert labels.enum_label(enums.Status.ON_TRACK, Language("en")) == "On track"
    assert labels.enum_label(enums.Status.AT_RISK, Language("en")) == "At risk"
    assert labels.enum_label(enums.Status.OFF_TRACK, Language("en")) == "Off track"
    assert labels.enum_label(enums.Decision.REVISIT_STRATEGY, Language("en")) == "Revisit strategy"
    assert labels.enum_label(enums.RevenueStage.INSIDE_SALES, Language("en")) == "Inside Sales"
    assert labels.enum_label(enums.FunnelRole.WIN_RATE, Language("en")) == "Win rate"
    assert labels.enum_label(enums.FunnelRole.AVERAGE_DEAL_SIZE, Language("en")) == "Average deal size"


def test_every_item_kind_and_step_has_a_label() -> None:
    kinds = labels.item_kind_labels(Language("en"))
    assert set(KIND_BY_CLASS.values()) <= set(kinds)
    assert labels.item_kind_label("goal", Language("en")) == "Business goal"
    assert labels.item_kind_label("no-such-kind", Language("en")) == "no-such-kind"
    assert set(labels.step_labels(Language("en"))) == set(labels.STEP_KEYS)
    assert labels.step_label("1", Language("en")) == "Step 1: Strategy linkage"
    assert labels.step_label(3, Language("en")) == "Step 3: KPIs and roadmap"


def test_pyside6_lupdate_finds_every_label(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    assert lupdate.exists(), "pyside6-lupdate ships with PySide6"
    ts = tmp_path / "labels.ts"
    sources = [REPO / "canvas_app" / "text" / name for name in ("labels.py", "errors.py")]
    result = subprocess.run([str(lupdate), *map(str, sources), "-ts", str(ts)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    content = ts.read_text(encoding="utf-8")
    expected = [labels.enum_label(m, Language("en")) for e in ENUMS for m in e] + list(labels.item_kind_labels(Language("en")).values())
    expected += list(labels.step_labels(Language("en")).values())
    from xml.sax.saxutils import escape

    missing = [text for text in expected if f"<source>{escape(text)}</source>" not in content]
    assert missing == []
    assert "<source>Cannot open “{file}”: in {item}, “{field}” {problem} (at {location}).</source>" in content
