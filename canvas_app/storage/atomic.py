"""Atomic file replacement: the user's file is either the old bytes or the new bytes.

Sequence (design.md §4): write a temp file in the same folder → flush + fsync → copy the
existing file to the backup (itself atomically) → ``os.replace`` → fsync the folder.
On any failure the temp files are removed and the original file is untouched.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

__all__ = ["write_atomic", "fsync_directory"]

_DEFAULT_MODE = 0o666


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
        temp = folder / f".{stem}.{os.getpid()}.{attempt}.tmp"
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


def write_atomic(path: Path, data: bytes, *, backup: Path | None = None) -> None:
    """Replace ``path`` with ``data`` atomically; raises ``OSError`` on failure.

    When ``backup`` is given and ``path`` exists, the current content of ``path`` is
    first copied to ``backup`` (atomically too). A symbolic link at ``path`` is kept:
    the file it points to is replaced.
    """
    path = Path(path)
    if path.is_symlink():
        path = path.resolve()
    folder = path.parent
    if not folder.is_dir():
        raise FileNotFoundError(2, os.strerror(2), str(folder))
    if path.is_dir():
        raise IsADirectoryError(21, os.strerror(21), str(path))
    temps: list[Path] = []
    try:
        temps.append(_write_temp(folder, path.name, data, _target_mode(path)))
        if backup is not None and path.exists():
            old = path.read_bytes()
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
