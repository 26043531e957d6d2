"""The review calendar (.ics) holds together whatever text the plan holds.

Every text field that reaches the calendar, and then every text field of the plan at
once, is written with control characters, Unicode line separators, a bare-CR injection
of calendar lines, iCalendar's own escape characters and a long Japanese line. The file
must still have CRLF line ends only, no line a lenient reader could take for a component
of its own, and read back, with icalendar and with the independent reader in
``ics_reader.py``, as exactly the calendar of the same plan with the text cleaned.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
from enum import Enum
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from icalendar import Calendar
from ics_reader import Component, read_calendar, split_list
from pydantic import BaseModel, ValidationError

from canvas_app.text.language import Language
from canvas_app.export.ics import calendar_bytes, calendar_text, review_events
from canvas_app.model import Plan
from canvas_app.storage.project_file import load_plan, save_plan

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
NAMES = ["manufacturer_ja", "saas_en"]
NOW = dt.datetime(2026, 11, 21, 9, 30, tzinfo=dt.timezone.utc)
ZONE = ZoneInfo("Asia/Tokyo")

Field = tuple[str, ...]  # a field's path in the plan, "*" for every element of a list
TITLE: Field = ("settings", "title")
COMPANY: Field = ("settings", "company_name")
DEPARTMENT: Field = ("settings", "departments", "*", "name")
PARTICIPANT: Field = ("review", "cadence", "participants", "*")
MEETING_PERIOD: Field = ("review", "meetings", "*", "period")
MEETING_NOTES: Field = ("review", "meetings", "*", "summary")
#: Every text field whose content changes the calendar (checked below, so a field that
#: starts to reach it fails until it is added here).
CALENDAR_FIELDS = [TITLE, COMPANY, DEPARTMENT, PARTICIPANT, MEETING_PERIOD, MEETING_NOTES]
#: The fields shown as a description, where a line break stays a line break.
MULTILINE = {MEETING_NOTES}

_INJECTED = ["", "END:VCALENDAR", "BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:injected@evil", "SUMMARY:INJECTED",
             "END:VEVENT", "END:VCALENDAR", ""]
_OTHER_CONTROLS = "".join(map(chr, [*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F, *range(0x80, 0x85),
                                    *range(0x86, 0xA0)]))
_JAPANESE = "四半期戦略レビュー・営業部🎌" * 30  # 3- and 4-octet characters, folded many times

#: (the text inside a field, as one line, as a description)
PAYLOADS = [
    pytest.param("\r", " ", "\n", id="CR"),
    pytest.param("\n", " ", "\n", id="LF"),
    pytest.param("\r\n", " ", "\n", id="CRLF"),
    pytest.param(" \r\n\r\n\n ", " ", " \n\n\n ", id="blank-lines"),
    pytest.param("\x00", "", "", id="NUL"),
    pytest.param("\x0b", " ", "\n", id="VT"),
    pytest.param("\x0c", " ", "\n", id="FF"),
    pytest.param("\x1b[31m", "[31m", "[31m", id="ESC"),
    pytest.param("\x7f", "", "", id="DEL"),
    pytest.param("\x85", " ", "\n", id="NEL"),
    pytest.param("\x9b", "", "", id="C1-CSI"),
    pytest.param("\u2028", " ", "\n", id="LINE-SEPARATOR"),
    pytest.param("\u2029", " ", "\n", id="PARAGRAPH-SEPARATOR"),
    pytest.param("\t", " ", " ", id="TAB"),
    pytest.param(_OTHER_CONTROLS, "", "", id="every-other-control"),
    pytest.param("\r".join(_INJECTED), " ".join(_INJECTED), "\n".join(_INJECTED),
                 id="CR-injection"),
    pytest.param("\u2028".join(_INJECTED), " ".join(_INJECTED), "\n".join(_INJECTED),
                 id="LS-injection"),
    pytest.param("\r\nBEGIN:VEVENT\r\n", " BEGIN:VEVENT ", "\nBEGIN:VEVENT\n", id="CRLF-injection"),
    pytest.param(r"C:\Nagoya\new; a, b \\ \, \n", r"C:\Nagoya\new; a, b \\ \, \n",
                 r"C:\Nagoya\new; a, b \\ \, \n", id="escape-characters"),
    pytest.param(_JAPANESE, _JAPANESE, _JAPANESE, id="long-japanese"),
]

#: What some reader somewhere takes for the end of a line.
_ANY_LINE_END = re.compile("\r\n|[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


# --------------------------------------------------------------------------- plans


@cache
def _sample(name: str) -> Plan:
    return load_plan(SAMPLES / f"{name}.scanvas").plan


def _accepts(model: BaseModel, name: str, value: object) -> bool:
    """Whether the field takes ``value`` (a probe on a copy: ids, enums, dates refuse)."""
    try:
        type(model).__pydantic_validator__.validate_assignment(model.model_copy(), name, value)
    except ValidationError:
        return False
    return True


def text_fields(plan: Plan) -> dict[Field, list[tuple[BaseModel, str]]]:
    """Every field of ``plan`` that takes free text, with the models holding it."""
    found: dict[Field, list[tuple[BaseModel, str]]] = {}

    def visit(model: BaseModel, path: Field) -> None:
        for name in type(model).model_fields:
            value, here = getattr(model, name), (*path, name)
            if isinstance(value, BaseModel):
                visit(value, here)
            elif isinstance(value, list) and value and all(isinstance(v, BaseModel) for v in value):
                for element in value:
                    visit(element, (*here, "*"))
            elif isinstance(value, list) and _accepts(model, name, ["free text"]):
                found.setdefault((*here, "*"), []).append((model, name))
            elif (value is None or (isinstance(value, str) and not isinstance(value, Enum))) \
                    and _accepts(model, name, "free text"):
                found.setdefault(here, []).append((model, name))

    visit(plan, ())
    return found


def plan_with(name: str, texts: dict[Field, str]) -> Plan:
    """The sample with each field of ``texts`` (every element of a list) set to its text."""
    plan = _sample(name).model_copy(deep=True)
    fields = text_fields(plan)
    for path, text in texts.items():
        assert path in fields, path
        for model, attr in fields[path]:
            setattr(model, attr, [text] * max(1, len(getattr(model, attr))) if path[-1] == "*" else text)
    return plan


# --------------------------------------------------------------------------- reading


def read_checked(data: bytes, plan: Plan) -> tuple[str, list[dict]]:
    """The calendar name and the events, after checking the file line by line and
    reading it both with the independent reader and with icalendar (they must agree)."""
    assert b"\r" not in data.replace(b"\r\n", b"") and b"\n" not in data.replace(b"\r\n", b"")
    text = data.decode("utf-8")
    assert not re.search(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]", text.replace("\r\n", "")), "a control character"
    # A reader that ends lines at any of CR, LF, VT, FF, NEL, U+2028 … finds no other
    # component line than the real ones.
    strict = [line for line in text.split("\r\n") if line.startswith(("BEGIN:", "END:"))]
    lenient = [line for line in _ANY_LINE_END.split(text) if line.startswith(("BEGIN:", "END:"))]
    assert lenient == strict
    count = len(review_events(plan, Language(plan.settings.language)))
    assert strict.count("BEGIN:VEVENT") == strict.count("END:VEVENT") == count
    assert strict.count("BEGIN:VCALENDAR") == strict.count("END:VCALENDAR") == 1

    root = read_calendar(data)
    assert root.name == "VCALENDAR"
    assert [c.name for c in root.children] == ["VTIMEZONE"] + ["VEVENT"] * count
    assert all(not event.children for event in root.walk("VEVENT"))
    events = [_event(event) for event in root.walk("VEVENT")]
    calname = root.text("X-WR-CALNAME")

    parsed = Calendar.from_ical(data)
    assert len(parsed.walk("VCALENDAR")) == 1 and len(parsed.walk("VTIMEZONE")) == 1
    assert str(parsed["X-WR-CALNAME"]) == root.one("X-WR-CALNAME")  # an X- property: icalendar keeps it raw
    assert [{
        "uid": str(e["UID"]), "summary": str(e["SUMMARY"]), "description": str(e.get("DESCRIPTION", "")),
        "start": e.decoded("DTSTART"), "end": e.decoded("DTEND"),
        "categories": [str(c) for c in e["CATEGORIES"].cats],
    } for e in parsed.walk("VEVENT")] == events
    return calname, events


def _event(event: Component) -> dict:
    def moment(name: str) -> dt.datetime:
        params = [p for prop, p, _ in event.properties if prop == name]
        assert params == ["TZID=Asia/Tokyo"], params
        return dt.datetime.strptime(event.one(name), "%Y%m%dT%H%M%S").replace(tzinfo=ZONE)

    return {"uid": event.text("UID"), "summary": event.text("SUMMARY"), "description": event.text("DESCRIPTION", ""),
            "start": moment("DTSTART"), "end": moment("DTEND"), "categories": split_list(event.one("CATEGORIES"))}


def same_calendar(name: str, hostile: dict[Field, str], meant: dict[Field, str]) -> tuple[Plan, str, list[dict]]:
    """The sample with the ``hostile`` texts must export as it does with the ``meant``
    ones, under its own UIDs; returns that plan, its calendar name and its events."""
    plan = plan_with(name, hostile)
    calname, events = read_checked(calendar_bytes(plan, Language(plan.settings.language), NOW), plan)
    meant_name, meant_events = _meant(name, tuple(meant.items()))
    assert [e["uid"] for e in events] == [e["uid"] for e in review_events(plan, Language(plan.settings.language))]
    assert calname == meant_name
    assert [{**e, "uid": None} for e in events] == [{**e, "uid": None} for e in meant_events]
    return plan, calname, events


@cache
def _meant(name: str, texts: tuple[tuple[Field, str], ...]) -> tuple[str, list[dict]]:
    # Cached: the same cleaned text is meant by many payloads.
    plan = plan_with(name, dict(texts))
    return read_checked(calendar_bytes(plan, Language(plan.settings.language), NOW), plan)


# --------------------------------------------------------------------------- tests


@pytest.mark.parametrize("raw, one_line, multiline", PAYLOADS)
def test_calendar_text_cleans_each_payload(raw, one_line, multiline):
    assert calendar_text(f"Alpha{raw}Omega") == f"Alpha{one_line}Omega"
    assert calendar_text(f"Alpha{raw}Omega", multiline=True) == f"Alpha{multiline}Omega"


@pytest.mark.parametrize("name", NAMES)
def test_the_fields_that_reach_the_calendar_are_the_ones_tested(name):
    plan = _sample(name)
    before = calendar_bytes(plan, Language(plan.settings.language), NOW)
    fields = text_fields(plan)
    assert set(CALENDAR_FIELDS) <= set(fields)
    reaching = [path for path in fields if calendar_bytes(plan_with(name, {path: "Marker"}), Language(plan_with(name, {path: "Marker"}).settings.language), NOW) != before]
    assert sorted(reaching) == sorted(CALENDAR_FIELDS)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("field", CALENDAR_FIELDS, ids="/".join)
@pytest.mark.parametrize("raw, one_line, multiline", PAYLOADS)
def test_hostile_text_in_a_calendar_field(name, field, raw, one_line, multiline):
    shown = f"Alpha{multiline if field in MULTILINE else one_line}Omega"
    hostile, calname, events = same_calendar(name, {field: f"Alpha{raw}Omega"}, {field: shown})
    # The cleaned text is where the field goes.
    meetings = tuple(f"{m.id}-" for m in hostile.review.meetings if m.date is not None)
    if field == TITLE:
        assert shown in calname and all(e["summary"].endswith(f" — {shown}") for e in events)
    elif field == MEETING_PERIOD:
        assert all(shown in e["summary"] for e in events if e["uid"].startswith(meetings))
    elif field == MEETING_NOTES:
        assert all(e["description"].startswith(shown) for e in events if e["uid"].startswith(meetings))
    elif field in (DEPARTMENT, PARTICIPANT):
        assert all(shown in e["description"] for e in events)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("raw, one_line, multiline", PAYLOADS)
def test_hostile_text_in_every_field_of_the_plan(name, raw, one_line, multiline):
    fields = list(text_fields(_sample(name)))
    hostile, calname, events = same_calendar(
        name, {path: f"Alpha{raw}Omega" for path in fields},
        {path: f"Alpha{multiline if path in MULTILINE else one_line}Omega" for path in fields})
    assert calname.endswith(f"Alpha{one_line}Omega")
    assert len(events) == len(review_events(hostile, Language(hostile.settings.language))) > 0


#: Everything at once, for the command line: the injection, every control, the line
#: separators and iCalendar's own escape characters.
HOSTILE = "\r".join(_INJECTED) + "\n" + _OTHER_CONTROLS + "\x85\u2028\u2029\x0b\x0c" + r"C:\N;,"
HOSTILE_ONE_LINE = " ".join(_INJECTED) + r"C:\N;,"


@pytest.mark.parametrize("name", NAMES)
def test_the_cli_writes_all_three_exports_of_a_hostile_plan(name, tmp_path):
    repo = Path(__file__).resolve().parents[2]
    # A file names only the plan's periods for its meetings (loading checks), so the
    # meeting period stays as it is.
    plan = plan_with(name, {path: f"Alpha{HOSTILE}Omega" for path in CALENDAR_FIELDS if path != MEETING_PERIOD})
    source = tmp_path / "plan.scanvas"
    save_plan(plan, source, keep_backup=False)
    out = {kind: tmp_path / f"export.{kind}" for kind in ("xlsx", "pdf", "ics")}
    command = [sys.executable, "-c", "import sys, canvas_app.cli; sys.exit(canvas_app.cli.main(sys.argv[1:]))",
               "export", str(source), *(arg for kind, path in out.items() for arg in (f"--{kind}", str(path))),
               "--lang", "en"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(repo)}
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, env=env, cwd=repo)
    assert (result.returncode, result.stderr) == (0, "")
    assert len(result.stdout.strip().splitlines()) == 3
    assert openpyxl.load_workbook(out["xlsx"]).sheetnames
    assert out["pdf"].read_bytes().startswith(b"%PDF-")
    calname, events = read_checked(out["ics"].read_bytes(), plan)
    assert f"Alpha{HOSTILE_ONE_LINE}Omega" in calname
    assert all(e["summary"].endswith(f" — Alpha{HOSTILE_ONE_LINE}Omega") for e in events)
