"""Excel export of a large plan versus a bare openpyxl script writing as many cells.

The plan is generated here: 500 KPI nodes (a revenue tree: 20 groups of 24 inputs plus
the sums), 1,000 initiatives (dates, budgets, goals, linked KPIs), 40 review meetings
with actions, and an actual for every KPI and month (6,000: the model keeps one actual
per KPI and period, so "40 reviews × 500 actuals" cannot hold more). The export
(``canvas_app.export.excel.workbook_bytes``, the whole workbook in memory) is timed
against two bare scripts that write the same number of cells per sheet into a
streaming (write-only) and a normal openpyxl workbook — plain values, no styles, no
formulas — run alternately in the same process, after one warm-up each. Reports
medians and the ratios; writes bench/results/export.json.

    python -m bench export [-n 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import platform
import statistics
import sys
import time
from pathlib import Path

RESULTS_FILE = Path(__file__).with_name("results") / "export.json"


def large_plan():
    from canvas_app.model import (
        ActionItem, Actual, BusinessGoal, Initiative, KpiNode, Plan, ReviewMeeting,
    )
    from canvas_app.model.enums import Formula, ReviewKind, Unit

    plan = Plan()
    plan.settings.title, plan.settings.company_name, plan.settings.language = "Bench plan", "Bench K.K.", "ja"
    plan.strategy.goals = [BusinessGoal(id=f"g{i}", name=f"ゴール {i}", target=1e9, unit=Unit.JPY) for i in range(10)]
    nodes = [KpiNode(id="root", name="売上高", formula=Formula.SUM, children=[f"grp{g}" for g in range(20)],
                     unit=Unit.JPY, goal_id="g0")]
    for g in range(20):
        kids = [f"k{g}-{i}" for i in range(24 if g < 19 else 23)]
        nodes.append(KpiNode(id=f"grp{g}", name=f"事業部 {g}", formula=Formula.SUM, children=kids, unit=Unit.JPY,
                             goal_id=f"g{g % 10}", owner=f"部長 {g}"))
        nodes += [KpiNode(id=k, name=f"商品 {k} の売上", target=1_000_000.0 * (i + 1), unit=Unit.JPY,
                          owner=f"担当 {i}") for i, k in enumerate(kids)]
    assert len(nodes) == 500, len(nodes)
    plan.kpis.nodes = nodes
    start = dt.date(2026, 4, 1)
    plan.roadmap.initiatives = [
        Initiative(id=f"ini{i}", name=f"施策 {i}：展示会とウェビナー", owner=f"責任者 {i % 30}",
                   start=start + dt.timedelta(days=i % 200), end=start + dt.timedelta(days=i % 200 + 30 + i % 90),
                   budget_yen=100_000 * (i % 50 + 1), kpi_ids=[nodes[21 + i % 479].id], goal_id=f"g{i % 10}"
                   if i % 3 else None)
        for i in range(1000)]
    plan.review.meetings = [
        ReviewMeeting(id=f"rev{m}", kind=ReviewKind.MONTHLY, period=f"M{m % 12 + 1:02d}",
                      date=start + dt.timedelta(days=30 * m), held=m < 20, summary="月次レビューの要約。" * 10,
                      action_items=[ActionItem(id=f"act{m}-{a}", text=f"アクション {m}-{a}", owner="担当")
                                    for a in range(5)])
        for m in range(40)]
    plan.review.actuals = [Actual(kpi_id=n.id, period=f"M{p:02d}", value=float(1000 + p))
                           for n in nodes for p in range(1, 13)]
    return Plan.model_validate(plan.model_dump())


def count_cells(data: bytes) -> list[int]:
    """Non-empty cells per sheet of an .xlsx."""
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    counts = []
    for sheet in book.worksheets:
        counts.append(sum(1 for row in sheet.iter_rows(values_only=True) for v in row if v is not None))
    book.close()
    return counts


def bare(counts: list[int], write_only: bool) -> bytes:
    """The same number of cells per sheet, 20 per row, half numbers and half short texts."""
    from openpyxl import Workbook

    book = Workbook(write_only=write_only)
    if not write_only:
        book.remove(book.active)
    for index, count in enumerate(counts):
        sheet = book.create_sheet(f"Sheet{index + 1}")
        full, rest = divmod(count, 20)
        row = [n if n % 2 else f"text {n}" for n in range(20)]
        for _ in range(full):
            sheet.append(row)
        if rest:
            sheet.append(row[:rest])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench export", description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=5, help="timed runs of each (default 5)")
    args = parser.parse_args(argv)
    from canvas_app import i18n
    from canvas_app.export.excel import workbook_bytes

    plan = large_plan()
    lang = i18n.language(plan.settings.language)
    data, warnings = workbook_bytes(plan, lang)  # warm-up, and the cells to match
    counts = count_cells(data)
    bare(counts, True), bare(counts, False)  # warm-up
    times: dict[str, list[float]] = {"export": [], "bare_write_only": [], "bare_normal": []}
    jobs = {"export": lambda: workbook_bytes(plan, lang), "bare_write_only": lambda: bare(counts, True),
            "bare_normal": lambda: bare(counts, False)}
    order = list(jobs)
    cpu: dict[str, list[float]] = {name: [] for name in jobs}
    for run in range(args.n):
        for name in (order if run % 2 == 0 else list(reversed(order))):
            begin, begin_cpu = time.perf_counter(), time.process_time()
            jobs[name]()
            times[name].append(time.perf_counter() - begin)
            cpu[name].append(time.process_time() - begin_cpu)
    medians = {name: statistics.median(values) for name, values in times.items()}
    cpu_medians = {name: statistics.median(values) for name, values in cpu.items()}
    result = {
        "when": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "python": sys.version.split()[0], "machine": platform.platform(),
        "plan": {"kpis": len(plan.kpis.nodes), "initiatives": len(plan.roadmap.initiatives),
                 "meetings": len(plan.review.meetings), "actuals": len(plan.review.actuals)},
        "cells": sum(counts), "cells_per_sheet": counts, "bytes": len(data), "warnings": len(warnings),
        "runs": args.n, "seconds": times, "median_seconds": medians,
        "ratio_vs_bare_write_only": medians["export"] / medians["bare_write_only"],
        "ratio_vs_bare_normal": medians["export"] / medians["bare_normal"],
        # CPU time of this process: what a busy, shared machine does not distort.
        "cpu_seconds": cpu, "median_cpu_seconds": cpu_medians,
        "cpu_ratio_vs_bare_write_only": cpu_medians["export"] / cpu_medians["bare_write_only"],
        "cpu_ratio_vs_bare_normal": cpu_medians["export"] / cpu_medians["bare_normal"],
    }
    RESULTS_FILE.parent.mkdir(exist_ok=True)
    RESULTS_FILE.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"plan: {result['plan']}; {result['cells']:,} cells, {len(data) / 1e6:.1f} MB")
    for name, value in medians.items():
        print(f"  {name:<16} median {value:.3f} s wall, {cpu_medians[name]:.3f} s CPU  "
              f"(wall runs: {', '.join(f'{t:.2f}' for t in times[name])})")
    print(f"  ratio export / bare write-only: {result['ratio_vs_bare_write_only']:.2f}× wall, "
          f"{result['cpu_ratio_vs_bare_write_only']:.2f}× CPU  (vs normal mode: {result['ratio_vs_bare_normal']:.2f}× "
          f"wall, {result['cpu_ratio_vs_bare_normal']:.2f}× CPU; target ≤ 1.5×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
