"""What a file looked like when we last read or wrote it: size, modification time and
SHA-256 of its bytes. Saving compares the file on disk with the stamp taken at open (or
at our last save) so that a file replaced by someone else is never overwritten silently.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .file_kind import open_regular

__all__ = ["FileStamp", "stamp_of_bytes", "stamp_of_file", "changed_since"]

_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class FileStamp:
    """Size in bytes, ``st_mtime_ns`` and the SHA-256 (hex) of a file's content."""

    size: int
    mtime_ns: int
    sha256: str

    def to_json(self) -> dict[str, Any]:
        return {"size": self.size, "mtime_ns": self.mtime_ns, "sha256": self.sha256}

    @classmethod
    def from_json(cls, value: Any) -> FileStamp | None:
        """The stamp in ``value`` (from :meth:`to_json`), or None when it is not one."""
        if not isinstance(value, dict):
            return None
        size, mtime, digest = value.get("size"), value.get("mtime_ns"), value.get("sha256")
        if type(size) is not int or type(mtime) is not int or not isinstance(digest, str) or len(digest) != 64:
            return None
        return cls(size, mtime, digest)


def stamp_of_bytes(data: bytes, stat: os.stat_result) -> FileStamp:
    """The stamp of a file whose content is ``data`` and whose ``fstat`` is ``stat``."""
    return FileStamp(len(data), stat.st_mtime_ns, hashlib.sha256(data).hexdigest())


def _hash_file(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with open_regular(path) as handle:  # never block on a pipe put in the file's place
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def stamp_of_file(path: str | os.PathLike[str]) -> FileStamp | None:
    """The stamp of the file at ``path`` now, or None when there is none (or it cannot
    be read)."""
    try:
        stat = os.stat(path)
        digest, size = _hash_file(Path(path))
    except OSError:
        return None
    return FileStamp(size, stat.st_mtime_ns, digest)


def changed_since(path: str | os.PathLike[str], stamp: FileStamp) -> bool:
    """True when the file at ``path`` now holds other bytes than those of ``stamp``.

    Same size and modification time count as unchanged without reading the file; a
    different time with the same bytes (a ``touch``, a copy back) is unchanged too. A
    file that is gone, or that cannot be read, is not "changed": there is nothing of
    someone else's to protect, and writing will report its own error.
    """
    try:
        stat = os.stat(path)
    except OSError:
        return False
    if stat.st_size == stamp.size and stat.st_mtime_ns == stamp.mtime_ns:
        return False
    if stat.st_size != stamp.size:
        return True
    try:
        digest, _ = _hash_file(Path(path))
    except OSError:
        return False
    return digest != stamp.sha256
