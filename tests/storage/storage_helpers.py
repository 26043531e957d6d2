"""Helpers shared by the storage tests (a uniquely named module, importable from them)."""

from __future__ import annotations

import hashlib
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
FROZEN_V1 = DATA_DIR / "schema_v1.scanvas"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` with its hash: proves nothing was written or left behind."""
    return {p.name: digest(p) for p in sorted(folder.iterdir()) if p.is_file()}
