"""Lock files: a second opener of a plan learns who has it open (user, machine, since when).

The lock of ``plan.scanvas`` is ``plan.scanvas.lock`` in the same folder (visible on
purpose: people on a shared folder see it, and the Open dialog's ``*.scanvas`` filter
hides it). It is a small UTF-8 JSON object::

    {"format": "strategy-canvas-lock", "user": "sato", "host": "PC-12", "pid": 4711,
     "process_start": "…", "since": "2026-05-01T09:00:00Z", "app_version": "0.1.0",
     "token": "…"}

It is created complete and atomically: the content goes to a temp file that is then
hard-linked to the lock name (fails if a lock exists); where links are not supported
(some network or FAT file systems) it is created with ``O_EXCL`` and written at once.
The holder touches it every few minutes (:meth:`FileLock.refresh`).

A lock is *stale*, and is taken over, when

- it was written on this machine by a process that is no longer running (same host, pid
  gone, or the pid now belongs to a process started later), or
- it was written on another machine and not touched for :data:`STALE_AFTER` (the holder
  refreshes it every :data:`REFRESH_INTERVAL` while it runs), or
- it cannot be read (damaged) and is older than :data:`UNREADABLE_GRACE`.

A lock written by this very process (another window re-opening the same plan) is taken
over too. Taking over renames the stale lock away first, so that of two instances
taking over at once only one wins. Temp files of a process killed while taking a lock
are removed by the next lock taken in that folder (as :mod:`.atomic` does for saves).
Locks are advisory: they inform people; saving also checks that nobody replaced the
file (``save_plan(expect=...)``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import canvas_app

from .atomic import remove_stale_temps
from .process import ProcessIdentity, current_process, host_tag, is_running, user_name

__all__ = ["LOCK_SUFFIX", "STALE_AFTER", "REFRESH_INTERVAL", "LockInfo", "FileLock", "LockedError", "lock_path",
           "read_lock", "acquire", "is_stale"]

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
FORMAT = "strategy-canvas-lock"
#: A lock from another machine not refreshed for this long is stale (seconds).
STALE_AFTER = 12 * 3600
#: How often a holder touches its lock (seconds).
REFRESH_INTERVAL = 10 * 60
#: A damaged lock file younger than this may still be being written (seconds).
UNREADABLE_GRACE = 60
_MAX_LOCK_BYTES = 64 * 1024


@dataclass(frozen=True)
class LockInfo:
    """What a lock file says. ``since`` is an ISO 8601 UTC time ("" when unknown)."""

    user: str = ""
    host: str = ""
    pid: int = 0
    process_start: str = ""
    since: str = ""
    app_version: str = ""
    token: str = ""

    def since_datetime(self) -> dt.datetime | None:
        try:
            value = dt.datetime.fromisoformat(self.since.replace("Z", "+00:00"))
        except ValueError:
            return None
        return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)

    def process(self) -> ProcessIdentity:
        return ProcessIdentity(self.host, self.pid, self.process_start)

    def to_bytes(self) -> bytes:
        data = {"format": FORMAT, "user": self.user, "host": self.host, "pid": self.pid,
                "process_start": self.process_start, "since": self.since, "app_version": self.app_version,
                "token": self.token}
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> LockInfo | None:
        """The lock in ``data``, or None when it is not a readable lock."""
        try:
            value = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            return None
        if not isinstance(value, dict) or value.get("format") != FORMAT:
            return None
        texts = {key: value.get(key, "") for key in ("user", "host", "process_start", "since", "app_version", "token")}
        pid = value.get("pid", 0)
        if not all(isinstance(text, str) for text in texts.values()) or type(pid) is not int:
            return None
        return cls(pid=pid, **{key: text[:200] for key, text in texts.items()})


class LockedError(Exception):
    """The plan is open elsewhere. ``info`` says by whom (None: a lock we cannot read)."""

    def __init__(self, path: Path, info: LockInfo | None) -> None:
        super().__init__(str(path))
        self.path = path
        self.info = info


def lock_path(path: str | os.PathLike[str]) -> Path:
    """``plan.scanvas`` → ``plan.scanvas.lock``."""
    path = Path(path)
    return path.with_name(path.name + LOCK_SUFFIX)


def _now_text() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _read(lock: Path) -> tuple[bytes, float] | None:
    """The lock file's bytes and modification time, or None when there is none."""
    try:
        with open(lock, "rb") as handle:
            data = handle.read(_MAX_LOCK_BYTES)
            mtime = os.fstat(handle.fileno()).st_mtime
    except FileNotFoundError:
        return None
    return data, mtime


def read_lock(path: str | os.PathLike[str]) -> LockInfo | None:
    """Who holds the lock of the plan ``path`` (None: nobody, or a damaged lock file)."""
    try:
        found = _read(lock_path(path))
    except OSError:
        return None
    return LockInfo.from_bytes(found[0]) if found else None


def is_stale(info: LockInfo | None, mtime: float, now: float | None = None) -> bool:
    """Whether a lock (``info`` None: unreadable) whose file was last touched at
    ``mtime`` may be taken over. See the module documentation."""
    age = (time.time() if now is None else now) - mtime
    if info is None:
        return age > UNREADABLE_GRACE
    running = is_running(info.process())
    if running is None:  # another machine: trust its refreshes
        return age > STALE_AFTER
    return not running


class FileLock:
    """A lock this process holds. ``release()`` removes the file if it is still ours.

    Attributes:
        path: the plan's path; lock_file: the lock's path; info: what we wrote.
    """

    def __init__(self, path: Path, info: LockInfo) -> None:
        self.path = path
        self.lock_file = lock_path(path)
        self.info = info
        self.released = False

    def __repr__(self) -> str:
        return f"FileLock({str(self.lock_file)!r})"

    def is_held(self) -> bool:
        """Whether the lock file on disk is (still) ours."""
        if self.released:
            return False
        try:
            found = _read(self.lock_file)
        except OSError:
            return False
        current = LockInfo.from_bytes(found[0]) if found else None
        return current is not None and current.token == self.info.token

    def refresh(self) -> bool:
        """Touch the lock so others see we are alive; re-create it if it vanished.
        Returns whether we hold it afterwards."""
        if self.released:
            return False
        if self.is_held():
            with contextlib.suppress(OSError):
                os.utime(self.lock_file)
            return True
        with contextlib.suppress(OSError):
            if _read(self.lock_file) is None:
                return _create(self.lock_file, self.info.to_bytes())
        return False

    def release(self) -> None:
        """Remove the lock file if it is still ours (someone who took over keeps theirs)."""
        held = self.is_held()
        self.released = True
        if held:
            with contextlib.suppress(OSError):
                os.unlink(self.lock_file)


def _temp_name(lock: Path) -> Path:
    # The pattern of atomic's temp files (.NAME.HOST.PID.N.tmp), so that those of a
    # process killed while taking a lock are tidied like those of a killed save.
    return lock.with_name(f".{lock.name}.{host_tag()}.{os.getpid()}.{uuid.uuid4().int % 10**9}.tmp")


def _create(lock: Path, data: bytes) -> bool:
    """Create ``lock`` holding ``data`` unless it exists. True when we created it;
    raises OSError when the folder does not let us."""
    temp = _temp_name(lock)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
    try:
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(temp, lock)
            return True
        except FileExistsError:
            return False
        except OSError:
            pass  # no hard links here (FAT, some SMB shares): exclusive create instead
        try:
            fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
        except FileExistsError:
            return False
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        return True
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp)


def _take_over(lock: Path, judged: bytes) -> bool:
    """Move the stale lock (whose bytes were ``judged``) out of the way. False when
    the lock changed meanwhile (someone else took over first): it is put back."""
    grave = _temp_name(lock)
    try:
        os.rename(lock, grave)
    except FileNotFoundError:
        return True  # gone already: try to create ours
    try:
        with open(grave, "rb") as handle:
            moved = handle.read(_MAX_LOCK_BYTES)
    except OSError:
        moved = b""
    if moved != judged:
        with contextlib.suppress(OSError):
            os.link(grave, lock)  # put the newer lock back (unless yet another exists)
        with contextlib.suppress(OSError):
            os.unlink(grave)
        return False
    with contextlib.suppress(OSError):
        os.unlink(grave)
    return True


def acquire(path: str | os.PathLike[str]) -> FileLock | None:
    """Lock the plan ``path`` for this process.

    Returns the lock, or None when no lock file can be written there (a read-only
    folder, no permission: the plan still opens, and saving will say why it fails).
    Raises :class:`LockedError` when another running instance holds it.
    """
    path = Path(path)
    lock = lock_path(path)
    me = current_process()
    info = LockInfo(user=user_name(), host=me.host, pid=me.pid, process_start=me.start, since=_now_text(),
                    app_version=canvas_app.__version__, token=uuid.uuid4().hex)
    data = info.to_bytes()
    holder: LockInfo | None = None
    for _attempt in range(5):
        try:
            if _create(lock, data):
                with contextlib.suppress(Exception):  # tidying must never cost the lock
                    remove_stale_temps(lock.parent, (lock.name,))
                return FileLock(path, info)
            found = _read(lock)
        except OSError as exc:
            log.info("no lock for %s: %s", path, exc)
            return None
        if found is None:
            continue  # released between our two looks
        raw, mtime = found
        holder = LockInfo.from_bytes(raw)
        ours = holder is not None and holder.host == me.host and holder.pid == me.pid
        if not ours and not is_stale(holder, mtime):
            raise LockedError(path, holder)
        try:
            if not _take_over(lock, raw):
                continue  # changed under us: judge the new one
        except OSError as exc:
            log.info("cannot take over the lock of %s: %s", path, exc)
            raise LockedError(path, holder) from None
    raise LockedError(path, holder)


def describe(info: LockInfo | None) -> dict[str, Any]:
    """Plain parameters for a message about a lock (user, host, since)."""
    if info is None:
        return {"user": "", "host": "", "since": None}
    return {"user": info.user, "host": info.host, "since": info.since_datetime()}
