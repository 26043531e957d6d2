"""Helpers shared by the storage tests (a uniquely named module, importable from them)."""

from __future__ import annotations

import hashlib
import time
import tracemalloc
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
FROZEN_V1 = DATA_DIR / "schema_v1.scanvas"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` with its hash: proves nothing was written or left behind."""
    return {p.name: digest(p) for p in sorted(folder.iterdir()) if p.is_file()}


# --------------------------------------------------------------------------- the numbers
#: What the data-safety tests did, printed at the end of the run (conftest.py).
STATS: dict[str, float] = {}


def record(name: str, amount: float = 1, *, keep_max: bool = False) -> None:
    if keep_max:
        STATS[name] = max(STATS.get(name, 0), amount)
    else:
        STATS[name] = STATS.get(name, 0) + amount


def measured_load(path: Path, category: str):
    """Load ``path`` twice: once for the time, once under tracemalloc for the memory
    peak. Records both (the worst per run) and counts the example. Returns
    (LoadedPlan or None, LoadError or None, seconds, peak bytes)."""
    from canvas_app.storage.project_file import LoadError, load_plan

    def attempt():
        try:
            return load_plan(path), None
        except LoadError as error:
            return None, error

    started = time.perf_counter()
    loaded, error = attempt()
    seconds = time.perf_counter() - started
    tracemalloc.start()
    try:
        attempt()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    record(f"fuzz examples: {category}")
    record("fuzz examples: total")
    record("fuzz slowest load (s)", round(seconds, 3), keep_max=True)
    record("fuzz largest memory peak (MiB)", round(peak / 2**20, 1), keep_max=True)
    return loaded, error, seconds, peak
