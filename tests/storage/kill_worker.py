"""A zygote for the SIGKILL tests (run as a script by test_kill_during_save.py).

It imports the app once, builds the plans, then for each request on stdin forks a child
that saves (``save_plan``) or runs ``canvas-app upgrade``, sleeps the requested delay,
and kills the child with SIGKILL. The fork keeps each attempt to a few milliseconds
(a fresh interpreter per attempt would cost seconds); this process itself never touches
Qt or threads, so forking is safe. One JSON line answers each request:

    {"killed": true|false, "exit": <code or null>, "elapsed": SECONDS,
     "writing_at": SECONDS after the fork when the child began writing files, or null}

A request is ``{"op": "save"|"upgrade", "path": FILE, "delay": SECONDS}``; the first
line out is ``{"save": SECONDS, "prepare": SECONDS}``: how long a whole save takes here
and how long its in-memory part (serialize + validate), for choosing delays.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import io
import json
import os
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from canvas_app import cli  # noqa: E402
from canvas_app.model import Plan, Snapshot  # noqa: E402
from canvas_app.storage import migrations, project_file  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from schema_steps import fill_owner_from_goal  # noqa: E402

FROZEN_V1 = Path(__file__).resolve().parents[1] / "data" / "schema_v1.scanvas"
STAMP = "2026-05-01T10:00:00Z"
#: In a child: the pipe to note the start of writing in (see main).
WRITING_PIPE: list[int] = []


def big_plan(title: str, snapshots: int) -> Plan:
    """The frozen plan with ``snapshots`` quarterly snapshots of itself: a plan that takes
    milliseconds to save, so that kills land in every phase of a save."""
    plan = project_file.load_plan(FROZEN_V1).plan
    frozen = project_file.plan_to_dict(plan)
    frozen.pop("snapshots", None)
    plan.snapshots = [Snapshot(id=f"snap-{n}", label=f"Q{n % 4 + 1}", taken_at=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc),
                               plan=frozen) for n in range(snapshots)]
    plan.settings.title = title
    return plan


def old_file(plan: Plan) -> bytes:
    """``plan`` as a schema-1 file in another formatting (compact, ASCII escapes), as an
    older version might have written it: what ``canvas-app upgrade`` rewrites."""
    envelope = {"format": "strategy-canvas", "schema_version": 1, "app_version": "0.0.9", "saved_at": STAMP,
                "plan": project_file.plan_to_dict(plan)}
    return json.dumps(envelope, ensure_ascii=True).encode("ascii")


def run(op: str, path: Path, plan: Plan) -> int:
    if op == "save":
        project_file.save_plan(plan, path, saved_at=STAMP)
        return 0
    return cli.main(["upgrade", str(path), "--lang", "en"])


def main() -> None:
    snapshots = int(sys.argv[1])
    new_plan = big_plan("NEW", snapshots)
    if "--migration" in sys.argv:
        migrations.SCHEMA_VERSION = 2
        migrations.MIGRATIONS = {1: fill_owner_from_goal}
    # Calibrate (warm, best of three): the whole save, and when it starts writing.
    probe = Path(sys.argv[2]) / "calibrate.scanvas"
    real_write = project_file.write_atomic
    marks: list[float] = []

    def timed_write(*args, **kwargs):
        marks.append(time.perf_counter())
        return real_write(*args, **kwargs)

    project_file.write_atomic = timed_write
    wholes, prepares = [], []
    for _ in range(3):
        if "--migration" in sys.argv:
            probe.write_bytes(old_file(big_plan("OLD", snapshots)))
        started = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            run("upgrade" if "--migration" in sys.argv else "save", probe, new_plan)
        wholes.append(time.perf_counter() - started)
        prepares.append(marks[-1] - started)
    project_file.write_atomic = real_write
    whole, prepare = min(wholes), min(prepares)
    for leftover in (probe, project_file.backup_path(probe)):
        leftover.unlink(missing_ok=True)
    # From here on, a child notes (in a pipe) the moment it starts writing files.
    def noting_write(*args, **kwargs):
        if WRITING_PIPE:
            os.write(WRITING_PIPE[0], b"%.9f\n" % time.perf_counter())
        return real_write(*args, **kwargs)

    project_file.write_atomic = noting_write
    gc.collect()
    gc.freeze()  # children do not touch (copy) every object for garbage collection
    print(json.dumps({"save": whole, "prepare": prepare}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        reader, writer = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: save or upgrade, then leave without cleanup
            os.close(reader)
            WRITING_PIPE.append(writer)
            code = 0
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)  # the CLI's messages must not mix with our answers
            os.dup2(devnull, 2)
            try:
                code = run(request["op"], Path(request["path"]), new_plan)
            except BaseException as exc:  # noqa: BLE001 - tell the test why, then leave
                os.write(writer, f"ERROR {exc!r}\n".encode("utf-8", "replace"))
                code = 3
            finally:
                os._exit(code)
        forked = time.perf_counter()
        if request["delay"] < 0:  # calibration: let it finish, say how long it took
            _, status = os.waitpid(pid, 0)
        else:
            time.sleep(request["delay"])
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            _, status = os.waitpid(pid, 0)
        elapsed = time.perf_counter() - forked
        os.close(writer)
        with os.fdopen(reader, "rb") as pipe:
            noted = pipe.read().split()
        killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        error = b" ".join(noted[noted.index(b"ERROR"):]).decode("utf-8", "replace") if b"ERROR" in noted else ""
        times = [float(t) for t in noted if t[:1].isdigit()]
        print(json.dumps({"killed": killed, "exit": None if killed else os.waitstatus_to_exitcode(status),
                          "elapsed": elapsed, "writing_at": times[0] - forked if times else None, "error": error}),
              flush=True)


if __name__ == "__main__":
    main()
