"""Refusing damaged and bloated workbooks: the time and peak memory of `canvas-app
import-actuals` on each workbook of ``tests/export/hostile_books.py`` (MALFORMED,
BLOATED, and the reported shapes at full size, REPORTED; also AT_THE_LIMITS, workbooks
just inside the limits, which are read), against importing the app's own exported
workbooks (the manufacturer sample, and the 500-KPI plan of ``bench/export.py``), in
the same run.

Every import is a child process, ``python -m canvas_app import-actuals PLAN BOOK
--dry-run --lang en``, limited to 1.5 GB of address space (as ``ulimit -v 1500000``),
started by a small launcher that reports its wall time and peak resident memory
(``RUSAGE_CHILDREN.ru_maxrss``; see LAUNCHER). Each round runs every workbook once,
baselines first; the order is reversed every other round. Also timed, in this process: ``read_actuals``
alone (no start-up), median of the rounds. Writes bench/results/hostile_xlsx.json.

    python -m bench hostile_xlsx [-n 3] [--only TEXT] [--tree DIR] [--timeout 120]

``--tree DIR`` runs the children on another copy of the code (``git archive main |
tar -x -C /tmp/main`` for a before/after); ``--timeout`` stops a child that takes longer.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

RESULTS_FILE = Path(__file__).with_name("results") / "hostile_xlsx.json"
ADDRESS_SPACE = 1_500_000_000
REPO = Path(__file__).resolve().parents[1]


#: The child that runs one import and measures it. The bench's own process is large
#: (plans, workbooks in memory), and Linux counts the pages a child shares with its parent
#: after fork in the child's peak RSS, even after exec: so a small launcher starts the
#: import and reports ``RUSAGE_CHILDREN.ru_maxrss``, which is then the import's alone.
LAUNCHER = """
import json, resource, subprocess, sys, time
limit, timeout, argv = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3:]
def limited():
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
start = time.perf_counter()
try:
    done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=limited,
                          timeout=timeout)
    code, err = done.returncode, done.stderr.decode("utf-8", "replace")
except subprocess.TimeoutExpired:
    code, err = "timeout", ""
print(json.dumps({"code": code, "seconds": time.perf_counter() - start, "stderr": err,
                  "maxrss": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def run_child(plan: Path, book: Path, tree: Path | None, timeout: float) -> dict:
    """One import in a child process: exit code, wall seconds, peak RSS (MB), last line of stderr."""
    import subprocess

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if tree is not None:
        env["PYTHONPATH"] = str(tree)
    argv = [sys.executable, "-m", "canvas_app", "import-actuals", str(plan), str(book), "--dry-run", "--lang", "en"]
    done = subprocess.run([sys.executable, "-c", LAUNCHER, str(ADDRESS_SPACE), str(timeout), *argv],
                          capture_output=True, text=True, env=env, cwd=str(tree or REPO), check=True)
    result = json.loads(done.stdout)
    lines = result["stderr"].strip().splitlines()
    peak = result["maxrss"] / 1024 if sys.platform != "darwin" else result["maxrss"] / 1024 / 1024
    return {"code": result["code"], "seconds": result["seconds"], "peak_mb": peak, "lines": len(lines),
            "message": lines[-1] if lines else ""}


def read_in_process(plan_file: Path, book: Path) -> float:
    from canvas_app.export.excel_actuals import WorkbookRefused, read_actuals
    from canvas_app.storage.project_file import load_plan
    from canvas_app.text.language import Language

    plan = load_plan(plan_file).plan
    start = time.perf_counter()
    try:
        read_actuals(plan, book, Language("en"))
    except WorkbookRefused:
        pass
    return time.perf_counter() - start


def make_books(folder: Path, only: str) -> tuple[dict[str, tuple[Path, Path]], dict[str, tuple[Path, Path, str]]]:
    """The baselines (name → plan, workbook) and the hostile workbooks (name → plan,
    workbook, the refusal expected), all in ``folder``."""
    sys.path.insert(0, str(REPO))
    from bench.export import large_plan
    from canvas_app.export.excel import workbook_bytes
    from canvas_app.i18n import language
    from canvas_app.storage.project_file import load_plan, save_plan
    from tests.export.hostile_books import AT_THE_LIMITS, BLOATED, MALFORMED, REPORTED

    sample = REPO / "resources" / "samples" / "manufacturer_ja.scanvas"
    plan = folder / "sample.scanvas"
    shutil.copyfile(sample, plan)
    exported = folder / "sample.xlsx"
    exported.write_bytes(workbook_bytes(load_plan(plan).plan, language("ja"))[0])
    large = folder / "large.scanvas"
    save_plan(large_plan(), large, keep_backup=False)
    large_book = folder / "large.xlsx"
    large_book.write_bytes(workbook_bytes(load_plan(large).plan, language("ja"))[0])
    baselines = {"own export: sample (180 actuals)": (plan, exported),
                 "own export: 500-KPI plan (6,000 actuals)": (large, large_book)}
    hostile: dict[str, tuple[Path, Path, str]] = {}
    for family, books in (("malformed", MALFORMED), ("bloated", BLOATED), ("reported", REPORTED),
                          ("at the limits", AT_THE_LIMITS)):
        for index, (name, (make, expected)) in enumerate(books.items()):
            label = f"{family}: {name}"
            if only.lower() not in label.lower():
                continue
            target = folder / f"{family}-{index}.xlsx"
            make(exported, target)
            hostile[label] = (plan, target, expected)
    return baselines, hostile


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench hostile_xlsx", description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=3, help="rounds (default 3)")
    parser.add_argument("--only", default="", help="only the hostile workbooks whose name contains TEXT")
    parser.add_argument("--tree", type=Path, help="run the children on this copy of the code")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds before a child is stopped")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as temp:
        folder = Path(temp)
        baselines, hostile = make_books(folder, args.only)
        books = {**{k: (p, b, "") for k, (p, b) in baselines.items()}, **hostile}
        runs: dict[str, list[dict]] = {name: [] for name in books}
        reads: dict[str, list[float]] = {name: [] for name in books}
        order = list(books)
        for round_ in range(args.n):
            for name in (order if round_ % 2 == 0 else list(reversed(order))):
                plan, book, _ = books[name]
                runs[name].append(run_child(plan, book, args.tree, args.timeout))
                reads[name].append(read_in_process(plan, book))
        sizes = {name: book.stat().st_size for name, (_, book, _) in books.items()}
    report = _report(runs, reads, sizes, baselines, hostile)
    RESULTS_FILE.parent.mkdir(exist_ok=True)
    RESULTS_FILE.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    _print(report)
    return 0 if report["all_refused_as_expected"] else 1


def _report(runs, reads, sizes, baselines, hostile) -> dict:
    rows = {}
    for name, results in runs.items():
        expected = hostile[name][2] if name in hostile else None
        rows[name] = {
            "file_mb": sizes[name] / 1e6,
            "codes": sorted({r["code"] for r in results}),
            "median_seconds": statistics.median(r["seconds"] for r in results),
            "worst_seconds": max(r["seconds"] for r in results),
            "peak_mb": max(r["peak_mb"] for r in results),
            "median_read_seconds": statistics.median(reads[name]),
            "message": results[-1]["message"],
            "as_expected": (all(r["code"] == 0 for r in results) if expected is None else
                            all(r["code"] in (0, 3) and "rror" not in r["message"] for r in results) if not expected
                            else all(r["code"] == 3 and r["lines"] == 1 and expected in r["message"] for r in results)),
        }
    refused = [name for name in hostile if hostile[name][2]]  # the others are read: at the limits
    refusals = [rows[name] for name in refused]
    return {
        "when": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "python": sys.version.split()[0], "machine": platform.platform(), "rounds": len(next(iter(runs.values()))),
        "address_space_limit": ADDRESS_SPACE, "hostile_workbooks": len(refused),
        "all_refused_as_expected": all(row["as_expected"] for row in rows.values()),
        "baselines": {name: rows[name] for name in baselines},
        "refusals": {
            "median_seconds": statistics.median(r["median_seconds"] for r in refusals) if refusals else None,
            "worst_seconds": max((r["worst_seconds"] for r in refusals), default=None),
            "median_peak_mb": statistics.median(r["peak_mb"] for r in refusals) if refusals else None,
            "worst_peak_mb": max((r["peak_mb"] for r in refusals), default=None),
            "slowest": max(refused, key=lambda n: rows[n]["worst_seconds"], default=None),
            "largest": max(refused, key=lambda n: rows[n]["peak_mb"], default=None),
        },
        "workbooks": rows,
    }


def _print(report: dict) -> None:
    print(f"{report['hostile_workbooks']} hostile workbooks, {report['rounds']} rounds, children limited to "
          f"{report['address_space_limit'] / 1e9:.1f} GB of address space\n")
    print(f"{'workbook':<62} {'file':>7} {'median':>7} {'worst':>7} {'peak':>8} {'read':>7}  exit")
    for name, row in report["workbooks"].items():
        mark = "" if row["as_expected"] else "   <-- NOT AS EXPECTED: " + row["message"]
        print(f"{name[:62]:<62} {row['file_mb']:6.2f}M {row['median_seconds']:6.2f}s {row['worst_seconds']:6.2f}s "
              f"{row['peak_mb']:6.0f}MB {row['median_read_seconds']:6.3f}s  {row['codes']}{mark}")
    refusals = report["refusals"]
    if refusals["worst_seconds"] is not None:
        print(f"\nrefusals: median {refusals['median_seconds']:.2f} s, worst {refusals['worst_seconds']:.2f} s "
              f"({refusals['slowest']}); peak RSS median {refusals['median_peak_mb']:.0f} MB, worst "
              f"{refusals['worst_peak_mb']:.0f} MB ({refusals['largest']})")
    for name, row in report["baselines"].items():
        print(f"baseline {name}: median {row['median_seconds']:.2f} s, peak {row['peak_mb']:.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
