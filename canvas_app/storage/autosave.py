"""Recovery copies: what autosave writes while a plan has unsaved changes, and what the
next start offers to restore after a crash.

A recovery copy is never the user's file: it lives in the app's data folder
(:func:`canvas_app.storage.paths.recovery_dir`), one file per open document, named
``<id>.scanvas-recovery`` and replaced atomically at each autosave. It is UTF-8 JSON::

    {"format": "strategy-canvas-recovery", "recovery_version": 1, "id": "…",
     "original_path": "/…/plan.scanvas" | null, "display_name": "plan.scanvas",
     "title": "…", "saved_at": "2026-05-01T09:00:00Z", "host": "…", "pid": 4711,
     "process_start": "…", "user": "…", "original_stamp": {…} | null,
     "document": {the complete project file: format, schema_version, …, plan}}

``original_stamp`` is the stamp of the user's file when it was opened (or last saved),
so that a restored plan still warns before overwriting a file someone else changed
since. A copy whose process is still running on this machine belongs to another open
window and is not offered (:func:`list_copies`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from canvas_app.model import Plan

from .atomic import write_atomic
from .errors import LoadError
from .json_reader import parse_json
from .limits import MAX_FILE_BYTES
from .paths import recovery_dir
from .process import ProcessIdentity, current_process, is_running, user_name
from .project_file import LoadedPlan, envelope_dict, load_bytes, read_limited
from .stamp import FileStamp

__all__ = ["RECOVERY_SUFFIX", "RecoveryCopy", "new_recovery_id", "recovery_file", "write_recovery", "read_copy",
           "list_copies", "load_copy", "discard", "recovery_dir"]

RECOVERY_SUFFIX = ".scanvas-recovery"
FORMAT = "strategy-canvas-recovery"
VERSION = 1
#: A recovery file holds a whole project file plus a little metadata.
_MAX_BYTES = MAX_FILE_BYTES + 1024 * 1024


@dataclass(frozen=True)
class RecoveryCopy:
    """One recovery copy found on disk.

    Attributes:
        file: the recovery file itself.
        id: the document's recovery id (the file's stem).
        original_path: the user's file the plan came from (None: never saved).
        display_name: that file's name ("" for an untitled plan).
        title: the plan's title when the copy was written.
        saved_at: when the copy was written (UTC).
        process: the process that wrote it.
        user: who ran it.
        original_stamp: the user's file as that process last knew it.
        damaged: the file cannot be read (only discarding makes sense).
    """

    file: Path
    id: str
    original_path: Path | None
    display_name: str
    title: str
    saved_at: dt.datetime
    process: ProcessIdentity
    user: str = ""
    original_stamp: FileStamp | None = None
    damaged: bool = False


def new_recovery_id() -> str:
    return uuid.uuid4().hex


def recovery_file(recovery_id: str, folder: Path | None = None) -> Path:
    return (folder or recovery_dir()) / f"{recovery_id}{RECOVERY_SUFFIX}"


def _utc_text(moment: dt.datetime) -> str:
    return moment.astimezone(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def write_recovery(
    recovery_id: str,
    plan: Plan,
    *,
    original_path: Path | None = None,
    original_stamp: FileStamp | None = None,
    schema_version: int | None = None,
    envelope_extra: dict[str, Any] | None = None,
    folder: Path | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """Write (or replace) the recovery copy ``recovery_id``; raises ``OSError``,
    ``ValueError``/``TypeError`` (a plan that cannot be serialized)."""
    folder = folder or recovery_dir()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    moment = now or dt.datetime.now(dt.timezone.utc)
    me = current_process()
    document = envelope_dict(plan, envelope_extra, schema_version=schema_version, saved_at=_utc_text(moment))
    record = {
        "format": FORMAT,
        "recovery_version": VERSION,
        "id": recovery_id,
        "original_path": str(original_path) if original_path else None,
        "display_name": Path(original_path).name if original_path else "",
        "title": plan.settings.title,
        "saved_at": _utc_text(moment),
        "host": me.host,
        "pid": me.pid,
        "process_start": me.start,
        "user": user_name(),
        "original_stamp": original_stamp.to_json() if original_stamp else None,
        "document": document,
    }
    data = (json.dumps(record, ensure_ascii=False, allow_nan=False) + "\n").encode("utf-8")
    target = recovery_file(recovery_id, folder)
    write_atomic(target, data)
    return target


def _read_record(file: Path) -> dict[str, Any]:
    name = file.name
    try:
        with open(file, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            data = read_limited(handle, size, _MAX_BYTES)
            if len(data) > _MAX_BYTES:
                raise LoadError("too_large", {"file": name, "limit_mib": _MAX_BYTES // (1024 * 1024)})
    except FileNotFoundError:
        raise LoadError("not_found", {"file": name}) from None
    except OSError as exc:
        raise LoadError("unreadable", {"file": name, "reason": exc.strerror or type(exc).__name__}) from None
    record = parse_json(data, name)
    if not isinstance(record, dict) or record.get("format") != FORMAT or not isinstance(record.get("document"), dict):
        raise LoadError("not_a_plan", {"file": name})
    return record


def _text(record: dict[str, Any], key: str) -> str:
    value = record.get(key)
    return value if isinstance(value, str) else ""


def _parse_time(text: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.timezone.utc)


def _file_time(file: Path) -> dt.datetime:
    try:
        return dt.datetime.fromtimestamp(file.stat().st_mtime, dt.timezone.utc)
    except OSError:
        return dt.datetime.now(dt.timezone.utc)


def read_copy(file: Path) -> RecoveryCopy:
    """The metadata of the recovery file ``file``; a damaged file gives a copy with
    ``damaged=True`` (never an exception)."""
    file = Path(file)
    try:
        record = _read_record(file)
    except LoadError:
        return RecoveryCopy(file, file.name.removesuffix(RECOVERY_SUFFIX), None, "", "", _file_time(file),
                            ProcessIdentity("", 0), damaged=True)
    original = _text(record, "original_path")
    pid = record.get("pid")
    return RecoveryCopy(
        file=file,
        id=_text(record, "id") or file.name.removesuffix(RECOVERY_SUFFIX),
        original_path=Path(original) if original else None,
        display_name=_text(record, "display_name") or (Path(original).name if original else ""),
        title=_text(record, "title"),
        saved_at=_parse_time(_text(record, "saved_at")) or _file_time(file),
        process=ProcessIdentity(_text(record, "host"), pid if type(pid) is int else 0, _text(record, "process_start")),
        user=_text(record, "user"),
        original_stamp=FileStamp.from_json(record.get("original_stamp")),
    )


def list_copies(folder: Path | None = None, *, include_running: bool = False) -> list[RecoveryCopy]:
    """The recovery copies in ``folder`` (default: the data folder), newest first.

    Copies written by a process still running on this machine (another open window,
    or this very process) are left out unless ``include_running``."""
    folder = folder or recovery_dir()
    try:
        files = sorted(p for p in folder.iterdir() if p.name.endswith(RECOVERY_SUFFIX) and p.is_file())
    except OSError:
        return []
    copies = [read_copy(file) for file in files]
    if not include_running:
        copies = [c for c in copies if c.damaged or is_running(c.process) is not True]
    return sorted(copies, key=lambda c: c.saved_at, reverse=True)


def load_copy(copy: RecoveryCopy) -> LoadedPlan:
    """The plan in a recovery copy (validated like a project file); raises LoadError."""
    record = _read_record(copy.file)
    try:
        data = json.dumps(record["document"], ensure_ascii=False, allow_nan=False).encode("utf-8")
    except (ValueError, TypeError, RecursionError):
        raise LoadError("not_a_plan", {"file": copy.file.name}) from None
    return load_bytes(data, copy.display_name or copy.file.name)


def discard(copy_or_file: RecoveryCopy | Path) -> None:
    """Delete a recovery copy (gone already is fine)."""
    file = copy_or_file.file if isinstance(copy_or_file, RecoveryCopy) else Path(copy_or_file)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(file)
