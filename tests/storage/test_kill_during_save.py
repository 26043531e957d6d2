"""SIGKILL at random moments while a child process saves a plan, or runs
``canvas-app upgrade`` on it: afterwards the file is always the complete old or the
complete new plan, valid, and the backup is complete too. Temp files a killed save left
behind are removed by the next save.

The children are forked by a zygote (kill_worker.py) so each attempt costs milliseconds.
Delays are random (seeded): half over the whole save, half over its writing phase (after
serializing and validating in memory), where an interrupted save could do harm. Every
eighth run is a probe left to finish, which keeps the timing right while the machine's
load changes; the worker notes when each child began writing, so the test knows how many
kills hit that phase.
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from kill_worker import STAMP, big_plan, old_file
from schema_steps import fill_owner_from_goal
from process_helpers import child_env

from canvas_app.storage import migrations
from canvas_app.storage.atomic import remove_stale_temps
from canvas_app.storage.lock import lock_path
from canvas_app.storage.process import pid_alive
from canvas_app.storage.project_file import backup_path, load_plan, serialize

pytestmark = pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="needs fork() and SIGKILL")

SNAPSHOTS = 6  # a ~180 KB plan: saving it takes tens of milliseconds
SAVE_KILLS = 160
UPGRADE_KILLS = 60
WORKER = Path(__file__).with_name("kill_worker.py")


class Zygote:
    def __init__(self, folder: Path, *extra: str) -> None:
        self.process = subprocess.Popen([sys.executable, str(WORKER), str(SNAPSHOTS), str(folder), *extra],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=child_env())
        self.timing = json.loads(self.process.stdout.readline())

    def run(self, op: str, path: Path, delay: float) -> dict:
        self.process.stdin.write(json.dumps({"op": op, "path": str(path), "delay": delay}) + "\n")
        self.process.stdin.flush()
        return json.loads(self.process.stdout.readline())

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=60)

    # -- timing: the machine's load changes while the test runs (CI, other jobs), so the
    # -- delays follow probes (runs left to finish) taken all along, not one calibration.
    wholes: list[float]
    writings: list[float]

    def probe(self, op: str, path: Path) -> dict:
        """Run ``op`` to the end, noting how long it took and when it began writing."""
        result = self.run(op, path, -1)
        assert not result["killed"] and result["exit"] == 0 and result["writing_at"] is not None, result
        self.wholes = (getattr(self, "wholes", []) + [result["elapsed"]])[-5:]
        self.writings = (getattr(self, "writings", []) + [result["writing_at"]])[-5:]
        return result

    def delay(self, rng: random.Random) -> float:
        """Half over the whole run, half from just before it begins writing to its end."""
        whole, writing = statistics.median(self.wholes), statistics.median(self.writings)
        if rng.random() < 0.5:
            return rng.uniform(0, whole * 1.1)
        return rng.uniform(writing, max(writing, whole))


PROBE_EVERY = 8


def temps(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def tidy(folder: Path, names: tuple[str, ...]) -> int:
    """What the next save (and, for ``upgrade``, the next lock of the plan) does with
    temp files of killed saves; returns how many there were. One whose pid already
    belongs to a new process (pids wrap around quickly on a busy machine) is kept by the
    app until it is a day old; the test removes it."""
    left = temps(folder)
    remove_stale_temps(folder, names)
    for temp in temps(folder):
        pid = int(temp.name.rsplit(".", 3)[-3])
        assert pid_alive(pid), f"{temp.name} was not removed"
        temp.unlink()
    return len(left)


def test_sigkill_while_saving_leaves_the_old_or_the_new_plan(tmp_path: Path, stats) -> None:
    older = serialize(big_plan("OLDER", 1), saved_at=STAMP)
    old = serialize(big_plan("OLD", SNAPSHOTS), saved_at=STAMP)
    new = serialize(big_plan("NEW", SNAPSHOTS), saved_at=STAMP)
    target, bak = tmp_path / "plan.scanvas", backup_path(tmp_path / "plan.scanvas")
    for data, title in ((old, "OLD"), (new, "NEW")):
        target.write_bytes(data)
        assert load_plan(target).plan.settings.title == title
    zygote = Zygote(tmp_path)
    rng = random.Random(20260501)
    outcomes: Counter[str] = Counter()
    kills = attempts = left_temps = writing_kills = 0
    try:
        while kills < SAVE_KILLS and attempts < SAVE_KILLS * 4:
            attempts += 1
            target.write_bytes(old)
            bak.write_bytes(older)
            if attempts % PROBE_EVERY == 1:
                result, delay = zygote.probe("save", target), -1.0
            else:
                delay = zygote.delay(rng)
                result = zygote.run("save", target, delay)
            data = target.read_bytes()
            state = "old" if data == old else "new" if data == new else "neither"
            where = f"attempt {attempts}, delay {delay * 1000:.1f} ms: {result}"
            assert state != "neither", f"{where}: the file is neither plan ({len(data)} bytes)"
            if attempts % 10 == 1:  # the same bytes as a file checked valid; load some anyway
                assert load_plan(target).plan.settings.title == state.upper()
            assert bak.read_bytes() in (older, old), where  # the backup is complete too
            if result["killed"]:
                kills += 1
                outcomes[state] += 1
                writing_kills += result["writing_at"] is not None
            else:
                assert result["exit"] == 0 and state == "new", where
            left_temps += tidy(tmp_path, (target.name, bak.name))
    finally:
        zygote.close()
    stats("kills survived: save", kills)
    stats("kill outcome (save): old", outcomes["old"])
    stats("kill outcome (save): new", outcomes["new"])
    stats("kills while writing files: save", writing_kills)
    stats("kill leftovers removed by the next save: temp files", left_temps)
    assert kills >= SAVE_KILLS, f"only {kills} kills landed in {attempts} attempts"
    assert outcomes["old"] > 0 and writing_kills >= SAVE_KILLS // 8  # the writing phase was hit often


def test_sigkill_while_upgrading_leaves_the_old_or_the_new_file(tmp_path: Path, stats, monkeypatch) -> None:
    """``canvas-app upgrade`` with a real migration step 1→2 (registered in the worker and
    here): the old file is a schema-1 file in non-canonical formatting."""
    old = old_file(big_plan("OLD", SNAPSHOTS))
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", 2)
    monkeypatch.setattr(migrations, "MIGRATIONS", {1: fill_owner_from_goal})
    expected = load_plan_from(tmp_path, old)
    assert expected.kpis.nodes[1].owner  # the step filled owners in
    target, bak = tmp_path / "plan.scanvas", backup_path(tmp_path / "plan.scanvas")
    zygote = Zygote(tmp_path, "--migration")
    rng = random.Random(20260502)
    outcomes: Counter[str] = Counter()
    kills = attempts = writing_kills = 0
    try:
        while kills < UPGRADE_KILLS and attempts < UPGRADE_KILLS * 4:
            attempts += 1
            target.write_bytes(old)
            bak.unlink(missing_ok=True)
            if attempts % PROBE_EVERY == 1:
                result = zygote.probe("upgrade", target)
            else:
                result = zygote.run("upgrade", target, zygote.delay(rng))
            data = target.read_bytes()
            if data == old:
                state = "old"
                assert not bak.exists() or bak.read_bytes() == old
            else:
                state = "new"
                envelope = json.loads(data)
                assert envelope["schema_version"] == 2, result
                assert data == serialize(expected, saved_at=envelope["saved_at"])  # complete and canonical
                assert bak.read_bytes() == old, result  # upgrade keeps .bak
            if result["killed"]:
                kills += 1
                outcomes[state] += 1
                writing_kills += result["writing_at"] is not None
            else:
                assert result["exit"] == 0 and state == "new", result
            tidy(tmp_path, (target.name, bak.name, lock_path(target).name))
    finally:
        zygote.close()
    stats("kills survived: upgrade", kills)
    stats("kill outcome (upgrade): old", outcomes["old"])
    stats("kill outcome (upgrade): new", outcomes["new"])
    stats("kills while writing files: upgrade", writing_kills)
    assert kills >= UPGRADE_KILLS, f"only {kills} kills landed in {attempts} attempts"
    assert outcomes["old"] > 0 and writing_kills >= 3


def load_plan_from(folder: Path, data: bytes):
    probe = folder / "expected.scanvas"
    probe.write_bytes(data)
    try:
        return load_plan(probe).plan
    finally:
        probe.unlink()
