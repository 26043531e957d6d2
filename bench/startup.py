"""Cold start to the first painted main window, the app versus a bare PySide6 window.

Whole-process measure, taken by the parent: the wall time from spawning a child process to
reading ``PAINTED`` on its stdout. The two children are

- bare: ``python bench/_bare_window.py`` (QApplication + an empty QMainWindow), and
- app:  ``python -m canvas_app --bench-first-paint resources/samples/<first .scanvas>``
  (the app prints PAINTED after its main window's first paint, then quits),

run alternately (bare/app, then app/bare, …) after one untimed warm-up each, so that disk
caches and machine load drift affect both alike. Runs under QT_QPA_PLATFORM=offscreen, and
with ``--xvfb`` also on a real X server (one Xvfb started for the whole series, so its
start-up is not counted). Reports median, minimum and the ratio app/bare of the wall time,
the same for the children's CPU time (user + system: steadier than wall time on a busy
machine), and where the app's time goes: the app reports its start-up phases
(``CANVAS_BENCH_PHASES=1``, see ``canvas_app.app.StartupPhases``) in milliseconds since
the parent spawned it. Writes bench/results/startup.json.

The app's bytecode is compiled first and the children may write it (PYTHONDONTWRITEBYTECODE
is dropped from their environment), as an installed app has it: otherwise every changed
module would be compiled again in every timed run.

    python -m bench startup [-n 7] [--xvfb] [--plan FILE] [--timeout 60]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from contextlib import contextmanager
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
BARE_SCRIPT = Path(__file__).with_name("_bare_window.py")
SAMPLES_DIR = REPO_ROOT / "resources" / "samples"
RESULTS_FILE = Path(__file__).with_name("results") / "startup.json"
MARKER = "PAINTED"


class RunFailed(Exception):
    """A child process did not report its first paint."""


#: The app's start-up phases, in order (canvas_app.app.StartupPhases).
PHASES = ("gui_main", "imports", "qapp", "plan_loaded", "window_built", "first_paint")


@dataclass(frozen=True)
class Run:
    """One child: seconds to PAINTED, its CPU seconds, and the phases it reported, if
    any: milliseconds since spawn, and its CPU milliseconds at the end of each."""

    wall: float
    cpu: float
    phases: dict[str, float] | None = None
    phases_cpu: dict[str, float] | None = None


def time_to_first_paint(cmd: list[str], env: dict[str, str], timeout: float) -> Run:
    """Spawn ``cmd`` and time it to the PAINTED line on its stdout."""
    with tempfile.TemporaryFile() as stderr:
        env = dict(env)
        start = time.perf_counter()
        env["CANVAS_BENCH_SPAWNED_AT"] = repr(time.monotonic())
        proc = subprocess.Popen(
            cmd,
            cwd=REPO_ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
        killer = threading.Timer(timeout, proc.kill)
        killer.start()
        painted = None
        cpu = 0.0
        try:
            assert proc.stdout is not None
            while (line := proc.stdout.readline()) != "":
                if line.strip() == MARKER:
                    painted = time.perf_counter()
                    break
            rest = proc.stdout.read()  # drain, so the child never blocks on a full pipe
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = code = os.waitstatus_to_exitcode(status)
            cpu = usage.ru_utime + usage.ru_stime
        finally:
            killer.cancel()
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        if painted is not None and code == 0:
            return Run(painted - start, cpu, *_phases(rest))
        stderr.seek(0)
        tail = stderr.read().decode("utf-8", "replace").strip().splitlines()[-15:]
        if painted is None and time.perf_counter() - start >= timeout:
            why = f"printed no {MARKER} within {timeout:g} s"
        elif painted is None:
            why = f"exited with code {code} without printing {MARKER}"
        else:
            why = f"printed {MARKER} but exited with code {code}"
        detail = "\n    ".join(tail) if tail else "(nothing on stderr)"
        raise RunFailed(f"{' '.join(cmd)}\n  {why}; stderr:\n    {detail}")


def _phases(output: str) -> tuple[dict[str, float] | None, dict[str, float] | None]:
    """The phase timings the app printed after PAINTED (wall: from the spawn; CPU)."""
    for line in output.splitlines():
        try:
            data = json.loads(line)
        except ValueError:
            continue
        if isinstance(data, dict) and data.get("origin") == "spawn" and isinstance(data.get("phases_ms"), dict):
            cpu = data.get("cpu_ms")
            return ({str(k): float(v) for k, v in data["phases_ms"].items()},
                    {str(k): float(v) for k, v in cpu.items()} if isinstance(cpu, dict) else None)
    return None, None


@contextmanager
def xvfb_display(timeout: float = 20.0) -> Iterator[str]:
    """Start one Xvfb for the whole series and yield its DISPLAY (":N")."""
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        number = b""
        deadline = time.monotonic() + timeout
        while not number.endswith(b"\n"):
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([read_fd], [], [], remaining)[0]:
                raise RunFailed("Xvfb did not report a display number in time")
            chunk = os.read(read_fd, 16)
            if not chunk:
                raise RunFailed(f"Xvfb exited (code {server.poll()}) before it was ready")
            number += chunk
        yield f":{number.decode().strip()}"
    finally:
        os.close(read_fd)
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def child_env(mode: str, display: str | None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    if mode == "offscreen":
        env["QT_QPA_PLATFORM"] = "offscreen"
    else:
        env["QT_QPA_PLATFORM"] = "xcb"
        env["DISPLAY"] = display or ""
        env.pop("WAYLAND_DISPLAY", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # see the module docstring
    env["CANVAS_BENCH_PHASES"] = "1"
    if not env.get("XDG_RUNTIME_DIR"):
        env["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="canvas-bench-xdg-")
    return env


def summarize(runs: list[Run]) -> dict[str, object]:
    walls, cpus = [r.wall for r in runs], [r.cpu for r in runs]
    result: dict[str, object] = {
        "runs_s": [round(r, 4) for r in walls],
        "median_s": round(statistics.median(walls), 4),
        "min_s": round(min(walls), 4),
        "cpu_runs_s": [round(c, 4) for c in cpus],
        "cpu_median_s": round(statistics.median(cpus), 4),
    }
    for key, phased in (("", [r.phases for r in runs if r.phases]),
                        ("_cpu", [r.phases_cpu for r in runs if r.phases_cpu])):
        if phased:
            at, spans = _phase_medians(phased)
            result[f"phases{key}_median_ms"] = at
            result[f"phase_spans{key}_median_ms"] = spans
    return result


def _phase_medians(phased: list[dict[str, float]]) -> tuple[dict[str, float], dict[str, float]]:
    """Per phase, the median time at its end, and the median of its own share."""
    names = [p for p in PHASES if all(p in r for r in phased)]
    names += [p for p in phased[0] if p not in names and all(p in r for r in phased)]
    order = sorted(names, key=lambda p: statistics.median(r[p] for r in phased))
    at = {p: round(statistics.median(r[p] for r in phased), 1) for p in order}
    spans, previous = {}, None
    for p in order:
        spans[p] = round(statistics.median(r[p] - (r[previous] if previous else 0.0) for r in phased), 1)
        previous = p
    return at, spans


def measure(
    mode: str, commands: dict[str, list[str]], n: int, warmup: int, timeout: float,
    display: str | None = None,
) -> dict[str, object]:
    """Alternate the commands n times each; a subject that fails is reported and dropped."""
    env = child_env(mode, display)
    runs: dict[str, list[Run]] = {name: [] for name in commands}
    errors: dict[str, str] = {}

    def run(name: str, record: bool) -> None:
        if name in errors:
            return
        try:
            result = time_to_first_paint(commands[name], env, timeout)
        except RunFailed as exc:
            errors[name] = str(exc)
            print(f"  {name}: FAILED: {exc}", file=sys.stderr)
            return
        if record:
            runs[name].append(result)

    names = list(commands)
    for _ in range(warmup):
        for name in names:
            run(name, record=False)
    for i in range(n):
        for name in names if i % 2 == 0 else reversed(names):
            run(name, record=True)
        print(f"  {mode}: round {i + 1}/{n} done", file=sys.stderr)

    result: dict[str, object] = {}
    for name in names:
        result[name] = summarize(runs[name]) if name not in errors else {"error": errors[name]}
    if "app" in names and "app" not in errors and "bare" not in errors:
        bare, app = result["bare"], result["app"]
        result["ratio_median"] = round(app["median_s"] / bare["median_s"], 2)  # type: ignore[index]
        result["ratio_min"] = round(app["min_s"] / bare["min_s"], 2)  # type: ignore[index]
        result["ratio_cpu_median"] = round(app["cpu_median_s"] / bare["cpu_median_s"], 2)  # type: ignore[index]
    return result


def first_sample() -> Path | None:
    return next(iter(sorted(SAMPLES_DIR.glob("*.scanvas"))), None)


def print_report(mode: str, n: int, result: dict[str, object]) -> None:
    print(f"\nstartup, {mode}, n={n}: spawn -> first painted main window")
    for name in ("bare", "app"):
        data = result.get(name)
        if data is None:
            continue
        if "error" in data:  # type: ignore[operator]
            print(f"  {name:<5} failed (see above)")
        else:
            print(
                f"  {name:<5} median {data['median_s']:.3f} s   min {data['min_s']:.3f} s"  # type: ignore[index]
                f"   cpu median {data['cpu_median_s']:.3f} s"  # type: ignore[index]
            )
    if "ratio_median" in result:
        print(f"  app/bare  median {result['ratio_median']:.2f}x   min {result['ratio_min']:.2f}x"
              f"   cpu median {result['ratio_cpu_median']:.2f}x")
    app = result.get("app")
    if isinstance(app, dict) and "phases_median_ms" in app:
        cpu_at, cpu_span = app.get("phases_cpu_median_ms", {}), app.get("phase_spans_cpu_median_ms", {})
        print("  app phases, medians in ms: wall since spawn (+ the phase's share), CPU (+ share)")
        for phase, at in app["phases_median_ms"].items():
            cpu = (f"   cpu {cpu_at[phase]:7.1f} (+{cpu_span[phase]:6.1f})" if phase in cpu_at else "")
            print(f"    {phase:<13} {at:7.1f} (+{app['phase_spans_median_ms'][phase]:6.1f}){cpu}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench startup", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=7, help="timed runs of each (default 7)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed runs first (default 1)")
    parser.add_argument("--xvfb", action="store_true",
                        help="also measure on a real X server (needs Xvfb: apt-get install xvfb)")
    parser.add_argument("--plan", type=Path, help="plan to open (default: first sample)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per run")
    parser.add_argument("--output", type=Path, default=RESULTS_FILE)
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("-n must be at least 1")
    if args.xvfb and not (shutil.which("Xvfb") and shutil.which("xvfb-run")):
        print("--xvfb needs Xvfb, which is not installed (apt-get install xvfb).", file=sys.stderr)
        return 2

    commands = {"bare": [sys.executable, str(BARE_SCRIPT)]}
    plan = args.plan or first_sample()
    app_note = None
    if plan is None:
        app_note = (f"no sample plan (*.scanvas) in {SAMPLES_DIR.relative_to(REPO_ROOT)}/: "
                    "the app was not measured, only the bare baseline")
        print(app_note, file=sys.stderr)
    elif not plan.is_file():
        print(f"plan not found: {plan}", file=sys.stderr)
        return 2
    else:
        commands["app"] = [sys.executable, "-m", "canvas_app", "--bench-first-paint", str(plan)]

    report: dict[str, object] = {
        "benchmark": "startup",
        "measured_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "n": args.n,
        "warmup": args.warmup,
        "python": platform.python_version(),
        "pyside6": _version("PySide6-Essentials"),
        "machine": {"system": platform.platform(), "cpus": os.cpu_count()},
        "plan": str(plan) if plan else None,
        "note": app_note,
        "modes": {},
    }
    modes: dict[str, dict[str, object]] = report["modes"]  # type: ignore[assignment]
    # Bytecode as an installed app has it (see the module docstring).
    compileall.compile_dir(REPO_ROOT / "canvas_app", quiet=1)
    modes["offscreen"] = measure("offscreen", commands, args.n, args.warmup, args.timeout)
    print_report("offscreen", args.n, modes["offscreen"])
    if args.xvfb:
        with xvfb_display() as display:
            modes["xvfb"] = measure("xvfb", commands, args.n, args.warmup, args.timeout,
                                    display=display)
        print_report("xvfb", args.n, modes["xvfb"])

    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n",
                           encoding="utf-8")
    print(f"\nwritten: {args.output}")
    complete = "app" in commands and all(
        "error" not in mode.get(name, {})  # type: ignore[operator]
        for mode in modes.values()
        for name in commands
    )
    return 0 if complete else 1


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


if __name__ == "__main__":
    sys.exit(main())
