"""Who holds a plan's lock, in words: for the window's lock dialog and banner and for
the command line's refusals (which must not import QtWidgets)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from .when import local_time

if TYPE_CHECKING:  # text sits below storage: the lock is only named, never imported
    from canvas_app.storage.lock import LockInfo

__all__ = ["holder_text"]


def holder_text(info: LockInfo | None) -> str:
    """"sato on PC-12 since 2026/05/01 09:30" (whatever of it is known)."""
    if info is None or not (info.user or info.host):
        return QCoreApplication.translate("LockDialog", "someone else")
    user = info.user or QCoreApplication.translate("LockDialog", "someone")
    since = local_time(info.since_datetime())
    if info.host and since:
        text = QCoreApplication.translate("LockDialog", "%1 on %2 since %3")
        return text.replace("%1", user).replace("%2", info.host).replace("%3", since)
    if info.host:
        return QCoreApplication.translate("LockDialog", "%1 on %2").replace("%1", user).replace("%2", info.host)
    return user
