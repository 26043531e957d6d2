"""Who we are (user, machine, process) and whether a process recorded in a lock or a
recovery file is still running.

A process is identified by host name and pid, plus on Linux the boot id and the start
time of the process, so that a pid reused by an unrelated program after a crash (or a
reboot) is not mistaken for the app that wrote the file.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import socket
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["ProcessIdentity", "current_process", "host_name", "host_tag", "user_name", "pid_alive", "is_running",
           "start_token"]


@dataclass(frozen=True)
class ProcessIdentity:
    """A process: ``host`` name, ``pid``, and ``start`` ("" when the system cannot tell)."""

    host: str
    pid: int
    start: str = ""


@lru_cache(maxsize=1)
def host_name() -> str:
    try:
        return socket.gethostname() or "localhost"
    except OSError:  # pragma: no cover - gethostname practically never fails
        return "localhost"


def host_tag(host: str | None = None) -> str:
    """Eight hex digits standing for a host name (used in temporary file names)."""
    return hashlib.sha1((host or host_name()).encode("utf-8", "replace")).hexdigest()[:8]


def user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in the environment: not worth failing
        return ""


@lru_cache(maxsize=1)
def _boot_id() -> str:
    try:
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as handle:
            return handle.read().strip()
    except OSError:
        return ""


def start_token(pid: int) -> str:
    """Boot id and start time (clock ticks since boot) of ``pid`` on Linux, else ""."""
    try:
        with open(f"/proc/{int(pid)}/stat", encoding="ascii", errors="replace") as handle:
            text = handle.read()
    except (OSError, ValueError):
        return ""
    # The command name (field 2) is in parentheses and may contain spaces: split after it.
    fields = text.rpartition(")")[2].split()
    if len(fields) < 20:
        return ""
    return f"{_boot_id()}:{fields[19]}"


def current_process() -> ProcessIdentity:
    pid = os.getpid()
    return ProcessIdentity(host_name(), pid, start_token(pid))


def pid_alive(pid: int) -> bool:
    """Whether a process with this pid exists on this machine."""
    if not isinstance(pid, int) or pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, belongs to someone else
    except OSError:
        return False
    return True


def _pid_alive_windows(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def is_running(identity: ProcessIdentity) -> bool | None:
    """True/False for a process on this machine; None for another machine (unknown)."""
    if identity.host != host_name():
        return None
    if not pid_alive(identity.pid):
        return False
    if identity.start:
        now = start_token(identity.pid)
        if now and now != identity.start:
            return False  # the pid was reused by another process
    return True
