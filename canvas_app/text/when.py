"""Times in messages about files (dialogs, the command line): local time, to the minute."""

from __future__ import annotations

import datetime as dt


def local_time(moment: dt.datetime | None) -> str:
    """"2026/05/01 09:30" in the computer's time zone ("" for None)."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone().strftime("%Y/%m/%d %H:%M")
