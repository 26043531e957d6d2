"""The review cadence as an iCalendar file (RFC 5545) for Outlook and Google Calendar.

One event per review of the fiscal year:

- the cadence (``plan.review.cadence``) on its ``meeting_day``: the review of fiscal
  month M is held on that day of the following month (April's actuals on 10 May);
  at the end of each quarter the quarterly strategy review takes the place of the
  monthly KPI review (the sample plans hold their Q1 review on 10 July); with a
  quarterly KPI review only the quarter reviews are listed;
- every meeting the plan schedules or records (``plan.review.meetings``) with a date;
  it replaces the cadence's event of the same kind on the same day.

Times are Asia/Tokyo (a VTIMEZONE is included): monthly reviews 10:00–11:00, quarterly
reviews 10:00–12:00 — the plan stores days, not hours. UIDs are stable across exports
(the plan's company and title, the fiscal year and the period; a scheduled meeting's
own id), so importing the file again updates events instead of duplicating them.

Every text that reaches the file passes :func:`calendar_text` and is escaped as RFC 5545
TEXT (:class:`_Text`): whatever a plan holds, each line of the file ends in CRLF and a
reader finds exactly the components written here, never one smuggled in by a title.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vText

import canvas_app
from canvas_app.model import Plan
from canvas_app.model.enums import ReviewKind
from canvas_app.model.periods import MONTHS, QUARTERS, month_start
from canvas_app.text.formatting import period_label
from canvas_app.text.labels import enum_label
from canvas_app.text.language import Language

__all__ = ["calendar_bytes", "calendar_text", "review_events", "TIMEZONE"]

TIMEZONE = "Asia/Tokyo"
START = dt.time(10, 0)
LENGTH = {ReviewKind.MONTHLY: dt.timedelta(hours=1), ReviewKind.QUARTERLY: dt.timedelta(hours=2)}


# What some reader takes for the end of a line: CR, LF, CRLF, VT, FF, NEL and the
# Unicode line and paragraph separators.
_BREAK = r"(?:\r\n|[\n\r\v\f\x85\u2028\u2029])"
_LINE_BREAK = re.compile(_BREAK)
# A run of them with the spaces around it: one space in one-line text.
_BREAKS_IN_A_LINE = re.compile(rf" *{_BREAK}+ *")
# Every other C0 control (the tab aside), DEL and the C1 controls: nothing to show.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")


def calendar_text(text: str, *, multiline: bool = False) -> str:
    r"""``text`` as the calendar shows it. Line breaks (CR, LF, CRLF, VT, FF, NEL, U+2028,
    U+2029) become a newline in ``multiline`` text (a description) and elsewhere one
    space for each run; a tab becomes a space, other control characters are removed.
    What is left holds nothing a reader could take for a line end but those newlines,
    which :class:`_Text` writes as the escape ``\n``."""
    text = _CONTROL.sub("", text).replace("\t", " ")
    if multiline:
        return _LINE_BREAK.sub("\n", text)
    return _BREAKS_IN_A_LINE.sub(" ", text).strip(" ")


class _Text(vText):
    r"""A TEXT value escaped exactly as RFC 5545 §3.3.11 says: backslash, semicolon, comma
    and newline. (icalendar's own escaping also reads a typed backslash-N as a line
    break, so "C:\Nagoya" would come back as two lines; and it leaves X-WR-CALNAME
    unescaped altogether.)"""

    def to_ical(self) -> bytes:
        escaped = self.replace("\\", "\\\\").replace(";", r"\;").replace(",", r"\,").replace("\n", r"\n")
        return escaped.encode(self.encoding)


def _text(text: str, *, multiline: bool = False) -> _Text:
    """Any text for a calendar property, made safe (:func:`calendar_text`) and escaped."""
    return _Text(calendar_text(text, multiline=multiline))


def _token(plan: Plan) -> str:
    settings = plan.settings
    key = f"{settings.company_name}|{settings.title}".encode()
    return hashlib.sha256(key).hexdigest()[:12]


def review_events(plan: Plan, lang: Language) -> list[dict]:
    """The events as plain data: uid, kind, period, date, summary, description; the
    summaries written in ``lang``."""
    settings = plan.settings
    cadence = plan.review.cadence
    token = _token(plan)
    events: dict[tuple[dt.date, ReviewKind], dict] = {}

    def label(kind: ReviewKind, period: str) -> str:
        text = period_label(period, settings.fiscal_year, settings.fiscal_year_start_month, lang.code) \
            if period in MONTHS or period in QUARTERS else period
        if not text:
            return enum_label(kind, lang)
        return lang.translate("Export", "{kind}: {period}").format(kind=enum_label(kind, lang), period=text)

    if cadence.meeting_day:
        for month in range(1, 13):
            quarter_end = month % 3 == 0
            if cadence.strategy_review == ReviewKind.QUARTERLY and quarter_end:
                kind, period = ReviewKind.QUARTERLY, QUARTERS[month // 3 - 1]
            elif cadence.kpi_review == ReviewKind.MONTHLY:
                kind, period = ReviewKind.MONTHLY, MONTHS[month - 1]
            else:
                continue
            day = month_start(settings.fiscal_year, settings.fiscal_year_start_month, month + 1).replace(
                day=cadence.meeting_day)
            events[(day, kind)] = {
                "uid": f"{settings.fiscal_year}-{period}-{kind.value}-{token}@strategy-canvas",
                "kind": kind, "period": period, "date": day, "summary": label(kind, period), "notes": "",
            }
    for meeting in plan.review.meetings:
        if meeting.date is None:
            continue
        events[(meeting.date, meeting.kind)] = {
            "uid": f"{meeting.id}-{token}@strategy-canvas", "kind": meeting.kind, "period": meeting.period,
            "date": meeting.date, "summary": label(meeting.kind, meeting.period), "notes": meeting.summary,
        }
    return sorted(events.values(), key=lambda e: (e["date"], e["kind"] != ReviewKind.QUARTERLY))


def calendar_bytes(plan: Plan, lang: Language, now: dt.datetime | None = None) -> bytes:
    """The .ics file of the plan's reviews in ``lang`` (UTF-8, CRLF line ends, folded lines)."""
    settings = plan.settings
    zone = ZoneInfo(TIMEZONE)
    stamp = (now or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc).replace(microsecond=0)
    title = calendar_text(settings.title) or lang.translate("Export", "Marketing plan")
    calendar = Calendar()
    calendar.add("prodid", _text(
        f"-//Strategy Canvas//canvas-app {canvas_app.__version__}//{settings.language.upper()}"))
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", _text(lang.translate("Export", "Reviews: {plan}").format(plan=title)))
    calendar.add("x-wr-timezone", _text(TIMEZONE))
    cadence = plan.review.cadence
    names = list(cadence.participants) + [d.name for d in settings.departments
                                          if d.id in cadence.participant_department_ids]
    people = [person for person in map(calendar_text, names) if person]
    participants = lang.translate("Export", "Participants: {names}").format(
        names=("、" if lang.is_japanese else ", ").join(people)) if people else ""
    for entry in review_events(plan, lang):
        event = Event()
        begin = dt.datetime.combine(entry["date"], START, tzinfo=zone)
        event.add("uid", _text(entry["uid"]))
        event.add("dtstamp", stamp)
        event.add("dtstart", begin)
        event.add("dtend", begin + LENGTH[entry["kind"]])
        event.add("summary", _text(f"{entry['summary']} — {title}"))
        notes = calendar_text(entry["notes"], multiline=True)
        description = "\n\n".join(part for part in (notes, participants) if part.strip())
        if description:
            event.add("description", _text(description, multiline=True))
        event.add("categories", [_text(enum_label(entry["kind"], lang))])
        event.add("status", "CONFIRMED")
        event.add("transp", "OPAQUE")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
