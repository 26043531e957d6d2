"""The user's application settings: a pydantic model mapped explicitly to QSettings keys.

Only ``load`` and ``save`` touch QSettings, so tests pass a QSettings on a temporary ini
file and the rest of the app works with a plain, validated object. A damaged or
hand-edited settings file never stops the app: a bad value falls back to its default.
"""

from __future__ import annotations

import base64
import binascii
from types import MappingProxyType
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from PySide6.QtCore import QByteArray, QSettings

#: How many files the Open Recent menu remembers.
MAX_RECENT = 10

#: Pages of the main window, in navigator order (also the values of ``--step``).
STEPS = ("overview", "1", "2", "3", "4", "funnel")

_KEYS = MappingProxyType({
    "language": "ui/language",
    "recent_files": "files/recent",
    "geometry": "window/geometry",
    "window_state": "window/state",
    "last_step": "window/last_step",
    "autosave_seconds": "files/autosave_seconds",
    "zoom": "ui/zoom",
})

#: Autosave interval bounds (seconds): often enough to matter, rarely enough not to stall.
AUTOSAVE_MIN, AUTOSAVE_DEFAULT, AUTOSAVE_MAX = 10, 60, 3600

#: Zoom bounds of the whole UI (percent): 200 % fills a 1280×720 projector with large type.
ZOOM_MIN, ZOOM_DEFAULT, ZOOM_MAX = 80, 100, 200


class AppSettings(BaseModel):
    """Settings that outlive a session.

    Attributes:
        language: the UI language chosen by the user, or None to follow the system.
        recent_files: most recent first, at most ``MAX_RECENT``, no duplicates.
        geometry: the main window's ``saveGeometry()`` bytes, base64 encoded ("" = none).
        window_state: the main window's ``saveState()`` bytes, base64 encoded.
        last_step: the page shown when the window closed (one of ``STEPS``).
        autosave_seconds: how often a recovery copy of unsaved changes is written.
        zoom: the size of the whole UI in percent (View ▸ Zoom), 100 = actual size.
    """

    model_config = ConfigDict(validate_assignment=True)

    language: Literal["ja", "en"] | None = None
    recent_files: list[str] = Field(default_factory=list)
    geometry: str = ""
    window_state: str = ""
    last_step: str = "overview"
    autosave_seconds: int = Field(default=AUTOSAVE_DEFAULT, ge=AUTOSAVE_MIN, le=AUTOSAVE_MAX)
    zoom: int = Field(default=ZOOM_DEFAULT, ge=ZOOM_MIN, le=ZOOM_MAX)

    @field_validator("recent_files")
    @classmethod
    def _unique_and_short(cls, files: list[str]) -> list[str]:
        seen: list[str] = []
        for name in files:
            if name and name not in seen:
                seen.append(name)
        return seen[:MAX_RECENT]

    @field_validator("last_step")
    @classmethod
    def _known_step(cls, step: str) -> str:
        return step if step in STEPS else "overview"

    # -- recent files ------------------------------------------------------------------
    def add_recent(self, path: str) -> None:
        """Put ``path`` first in the recent files (moving it if already listed)."""
        self.recent_files = [path, *(p for p in self.recent_files if p != path)]

    def remove_recent(self, path: str) -> None:
        self.recent_files = [p for p in self.recent_files if p != path]

    def clear_recent(self) -> None:
        self.recent_files = []

    # -- window geometry as bytes --------------------------------------------------------
    @staticmethod
    def encode_bytes(data: QByteArray | bytes) -> str:
        return base64.b64encode(bytes(data)).decode("ascii")

    @staticmethod
    def decode_bytes(text: str) -> QByteArray:
        try:
            return QByteArray(base64.b64decode(text.encode("ascii"), validate=True))
        except (binascii.Error, ValueError, UnicodeEncodeError):
            return QByteArray()

    # -- QSettings mapping ---------------------------------------------------------------
    @classmethod
    def load(cls, qsettings: QSettings) -> AppSettings:
        """Read the settings; a missing or malformed value takes its default."""
        settings = cls()
        raw = {
            "language": _as_str(qsettings.value(_KEYS["language"], "")) or None,
            "recent_files": _as_list(qsettings.value(_KEYS["recent_files"], [])),
            "geometry": _as_str(qsettings.value(_KEYS["geometry"], "")),
            "window_state": _as_str(qsettings.value(_KEYS["window_state"], "")),
            "last_step": _as_str(qsettings.value(_KEYS["last_step"], "overview")),
            "autosave_seconds": _as_int(qsettings.value(_KEYS["autosave_seconds"], AUTOSAVE_DEFAULT)),
            "zoom": _as_int(qsettings.value(_KEYS["zoom"], ZOOM_DEFAULT)),
        }
        for name, value in raw.items():
            try:
                setattr(settings, name, value)
            except ValidationError:
                pass  # keep the default: a bad settings file must never stop the app
        return settings

    def save(self, qsettings: QSettings) -> None:
        qsettings.setValue(_KEYS["language"], self.language or "")
        # Stored as one string per line: an ini list of one element reads back as a str.
        qsettings.setValue(_KEYS["recent_files"], "\n".join(self.recent_files))
        qsettings.setValue(_KEYS["geometry"], self.geometry)
        qsettings.setValue(_KEYS["window_state"], self.window_state)
        qsettings.setValue(_KEYS["last_step"], self.last_step)
        qsettings.setValue(_KEYS["autosave_seconds"], self.autosave_seconds)
        qsettings.setValue(_KEYS["zoom"], self.zoom)
        qsettings.sync()


def _as_str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _as_int(value: object) -> int | None:
    """An ini value ("90", 90) as an int; None (→ keep the default) otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return None
    return None


def _as_list(value: object) -> list[str]:
    if isinstance(value, str):
        return [line for line in value.split("\n") if line.strip()]
    if isinstance(value, (list, tuple)):
        return [v for v in value if isinstance(v, str) and v.strip()]
    return []
