"""The review calendar (.ics) and the one-page PDF."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest
from icalendar import Calendar

from canvas_app.text.language import Language
from canvas_app.cli import main
from canvas_app.export.ics import calendar_bytes, review_events
from canvas_app.model.enums import ReviewKind
from canvas_app.storage.project_file import load_plan

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
NOW = dt.datetime(2026, 11, 21, 9, 30, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize("name", ["manufacturer_ja", "saas_en"])
def test_the_calendar_is_valid_icalendar_with_every_review(name):
    plan = load_plan(SAMPLES / f"{name}.scanvas").plan
    data = calendar_bytes(plan, Language(plan.settings.language), NOW)
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))  # folded as RFC 5545 demands
    calendar = Calendar.from_ical(data)
    assert str(calendar["VERSION"]) == "2.0" and "Strategy Canvas" in str(calendar["PRODID"])
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Asia/Tokyo"]
    events = calendar.walk("VEVENT")
    uids = [str(e["UID"]) for e in events]
    assert len(uids) == len(set(uids)) == len(review_events(plan, Language(plan.settings.language)))
    for event in events:
        start = event.decoded("DTSTART")
        assert str(start.tzinfo) == "Asia/Tokyo" and event["DTSTART"].params["TZID"] == "Asia/Tokyo"
        assert event.decoded("DTEND") > start
        assert event.decoded("DTSTAMP") == NOW
    # The cadence: a review on the meeting day of every month after a fiscal month ends,
    # the quarter's strategy review in place of the monthly one.
    day = plan.review.cadence.meeting_day
    starts = {(e.decoded("DTSTART").date(), str(e["CATEGORIES"].cats[0])) for e in events}
    assert all(d.day == day for d, _ in starts if d not in {m.date for m in plan.review.meetings})
    quarterly = [e for e in review_events(plan, Language(plan.settings.language)) if e["kind"] == ReviewKind.QUARTERLY]
    assert {e["period"] for e in quarterly} >= {"Q1", "Q2", "Q3", "Q4"}
    # Every scheduled meeting is there, under its own stable id.
    for meeting in plan.review.meetings:
        assert any(uid.startswith(meeting.id + "-") for uid in uids)


def test_uids_are_stable_across_exports():
    plan = load_plan(SAMPLES / "saas_en.scanvas").plan
    first = [str(e["UID"]) for e in Calendar.from_ical(calendar_bytes(plan, Language(plan.settings.language), NOW)).walk("VEVENT")]
    later = [str(e["UID"]) for e in Calendar.from_ical(
        calendar_bytes(plan, Language(plan.settings.language), NOW + dt.timedelta(days=3))).walk("VEVENT")]
    assert first == later


def test_export_writes_a_calendar_file(tmp_path, capsys):
    source = tmp_path / "plan.scanvas"
    shutil.copyfile(SAMPLES / "saas_en.scanvas", source)
    assert main(["export", str(source), "--ics", str(tmp_path / "reviews.ics"), "--lang", "en"]) == 0
    assert Calendar.from_ical((tmp_path / "reviews.ics").read_bytes()).walk("VEVENT")


def test_the_one_page_pdf_embeds_a_japanese_font(qapp, tmp_path):
    from canvas_app.export.pdf import pdf_bytes

    plan = load_plan(SAMPLES / "manufacturer_ja.scanvas").plan
    data = pdf_bytes(plan, Language(plan.settings.language), dt.date(2026, 11, 21))
    assert data.startswith(b"%PDF-")
    assert len(re.findall(rb"/Type\s*/Page[^s]", data)) == 2  # the plan on a page, then its roadmap
    fonts = set(re.findall(rb"/FontName\s*/(?:[A-Z]{6}\+)?([^\s/]+)", data))
    assert any(b"Gothic" in f or b"CJK" in f or b"Meiryo" in f for f in fonts), fonts
    assert b"/FontFile2" in data  # the font program is embedded
    box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    assert (round(float(box[1])), round(float(box[2]))) == (842, 595)  # A4 landscape, in points


def test_export_pdf_from_the_cli_in_a_fresh_process(tmp_path):
    """The CLI makes its own offscreen QGuiApplication for the PDF (never QtWidgets)."""
    import json
    import os
    import subprocess
    import sys

    repo = Path(__file__).resolve().parents[2]
    probe = ("import json, sys\nimport canvas_app.cli\ncode = canvas_app.cli.main(sys.argv[1:])\n"
             "print(json.dumps([code, 'PySide6.QtWidgets' in sys.modules]))\n")
    out = tmp_path / "plan.pdf"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["PYTHONPATH"] = str(repo)
    result = subprocess.run([sys.executable, "-c", probe, "export", str(SAMPLES / "manufacturer_ja.scanvas"),
                             "--pdf", str(out), "--lang", "ja"], capture_output=True, text=True, timeout=180,
                            env=env, cwd=repo)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == [0, False]
    assert out.read_bytes().startswith(b"%PDF-")
    assert "PDF" in result.stdout
