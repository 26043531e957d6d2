"""Atomic file replacement: the user's file is either the old bytes or the new bytes.

Sequence (design.md §4): write a temp file in the same folder → flush + fsync → copy the
existing file to the backup (itself atomically) → ``os.replace`` → fsync the folder.
On any failure the temp files are removed and the original file is untouched.

A process killed in the middle (power cut, SIGKILL) can leave a temp file behind, never a
half-written target. Temp files are named ``.NAME.HOST.PID.N.tmp`` (HOST: eight hex
digits standing for the machine), so the next successful save in that folder removes
those of processes that are no longer running on this machine, and any older than a day.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import stat
import threading
import time
from pathlib import Path

from .file_kind import open_regular, refuse_special
from .process import host_tag, pid_alive

__all__ = ["write_atomic", "fsync_directory", "remove_stale_temps"]

_DEFAULT_MODE = 0o666

#: A temp file of another machine (or one whose process we cannot judge) is removed only
#: when it is this old: it cannot belong to a save still in progress.
STALE_TEMP_SECONDS = 24 * 3600


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _target_mode(path: Path) -> int:
    """Keep the permission bits of the file we replace; a new file gets 0666 & ~umask."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return _DEFAULT_MODE & ~_umask()


def _write_temp(folder: Path, stem: str, data: bytes, mode: int) -> Path:
    """Write ``data`` to a fresh file (O_EXCL) in ``folder``, fsynced; returns its path."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for attempt in range(100):
        temp = folder / f".{stem}.{host_tag()}.{os.getpid()}.{attempt}.tmp"
        try:
            fd = os.open(temp, flags, 0o600)
        except FileExistsError:
            continue
        break
    else:  # pragma: no cover - 100 stale temp files with our pid
        raise FileExistsError(f"no free temporary name in {folder}")
    try:
        with os.fdopen(fd, "wb", closefd=True) as handle:
            view = memoryview(data)
            while view:
                written = handle.write(view)
                view = view[written:]
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError, NotImplementedError):
            os.chmod(temp, mode)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return temp


def fsync_directory(folder: Path) -> None:
    """Make a rename in ``folder`` durable. Best effort: some systems cannot fsync a
    folder (Windows, some network file systems); the rename itself already happened."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_stale_temps(folder: Path, names: tuple[str, ...]) -> list[Path]:
    """Remove temp files left in ``folder`` by killed saves of the files ``names``: those
    of dead processes on this machine, and any older than :data:`STALE_TEMP_SECONDS`.
    Best effort; returns what was removed."""
    removed: list[Path] = []
    patterns = [re.compile(r"^\.%s\.(?:([0-9a-f]{8})\.)?(\d+)\.(\d+)\.tmp$" % re.escape(name)) for name in names]
    ours, me, now = host_tag(), os.getpid(), time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = next((m for p in patterns if (m := p.match(entry.name))), None)
        if match is None:
            continue
        tag, pid = match.group(1), int(match.group(2))
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            age = now - entry.stat(follow_symlinks=False).st_mtime
            dead_here = tag == ours and pid != me and not pid_alive(pid)
            if dead_here or age > STALE_TEMP_SECONDS:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def _survive_file_size_limit() -> None:
    """Under a file size limit (``ulimit -f``, RLIMIT_FSIZE) writing past it raises
    SIGXFSZ, whose default action kills the process before ``write`` can fail. Ignored,
    the write fails with EFBIG instead: a SaveError, the old file intact. Only changed
    when a limit is set and nobody installed a handler (signals: main thread only)."""
    if not hasattr(signal, "SIGXFSZ") or threading.current_thread() is not threading.main_thread():
        return
    try:
        import resource

        soft, _hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        if soft != resource.RLIM_INFINITY and signal.getsignal(signal.SIGXFSZ) == signal.SIG_DFL:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    except (ImportError, OSError, ValueError):
        pass


def write_atomic(path: Path, data: bytes, *, backup: Path | None = None) -> None:
    """Replace ``path`` with ``data`` atomically; raises ``OSError`` on failure.

    When ``backup`` is given and ``path`` exists, the current content of ``path`` is
    first copied to ``backup`` (atomically too). A symbolic link at ``path`` is kept:
    the file it points to is replaced. A pipe, device or socket at ``path`` is refused
    (``file_kind.NotAFileError``).
    """
    _survive_file_size_limit()
    path = Path(path)
    if path.is_symlink():
        path = path.resolve()
    folder = path.parent
    if not folder.is_dir():
        raise FileNotFoundError(2, os.strerror(2), str(folder))
    if path.is_dir():
        raise IsADirectoryError(21, os.strerror(21), str(path))
    refuse_special(path)  # a pipe, device or socket: never replaced by a file
    temps: list[Path] = []
    try:
        temps.append(_write_temp(folder, path.name, data, _target_mode(path)))
        if backup is not None and path.exists():
            with open_regular(path) as handle:
                old = handle.read()
            temps.append(_write_temp(folder, Path(backup).name, old, _target_mode(path)))
            os.replace(temps[-1], backup)
            temps.pop()
        os.replace(temps[0], path)
        temps.clear()
    except BaseException:
        for temp in temps:
            with contextlib.suppress(OSError):
                os.unlink(temp)
        raise
    fsync_directory(folder)
    names = (path.name,) if backup is None else (path.name, Path(backup).name)
    with contextlib.suppress(Exception):  # tidying up must never fail a save that happened
        remove_stale_temps(folder, names)
