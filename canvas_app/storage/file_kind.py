"""Only regular files are read or replaced as plans.

Opening a named pipe (FIFO) for reading blocks until someone writes to it, a device
may never end (``/dev/zero``) and a socket cannot be opened at all; replacing a device
node as root would swap ``/dev/null`` for a plan. So every read of a plan (and of the
file a save keeps as ``.bak``) goes through :func:`open_regular`: it looks at the path
first, opens without blocking, then checks the opened file itself with ``fstat`` (the
path may have been swapped between the look and the open).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

__all__ = ["NotAFileError", "kind_of", "open_regular", "refuse_special"]


class NotAFileError(OSError):
    """``path`` is a folder, pipe, device or socket. ``kind``: "folder", "pipe",
    "device", "socket" or "other"."""

    def __init__(self, path: str | os.PathLike[str], kind: str) -> None:
        super().__init__(errno.EINVAL, f"not a regular file ({kind})", str(path))
        self.kind = kind


def kind_of(mode: int) -> str | None:
    """What a file of ``st_mode`` is, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "other"


def _check(path: str | os.PathLike[str], mode: int) -> None:
    kind = kind_of(mode)
    if kind is not None:
        raise NotAFileError(path, kind)


def open_regular(path: str | os.PathLike[str]) -> BinaryIO:
    """Open ``path`` for reading in binary mode if it is a regular file (symbolic links
    followed). Raises :class:`NotAFileError` for anything else, OSError as ``open``."""
    _check(path, os.stat(path).st_mode)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        _check(path, os.fstat(fd).st_mode)
        if flags & getattr(os, "O_NONBLOCK", 0):
            os.set_blocking(fd, True)  # a regular file: back to ordinary reads
        return open(fd, "rb")  # noqa: SIM115 - the caller closes it
    except BaseException:
        os.close(fd)
        raise


def refuse_special(path: Path) -> None:
    """Raise :class:`NotAFileError` when ``path`` exists and is a pipe, device or
    socket: a save must not put a file in its place. (A folder is left to the caller,
    which says so in its own words; a missing path is fine.)"""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return
    if not stat.S_ISDIR(mode):
        _check(path, mode)
