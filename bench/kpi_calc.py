"""What the KPI tree editor will ask of calc and model on a 500-node tree, per call.

The plan: the manufacturer sample plus generated branches until the tree has 500 nodes
and is at least 8 levels deep (sums of products of inputs and rates). Timed, each
n times: evaluating the tree, ranking the levers of the root, back-calculating one deep
input, the funnel analysis, the KPI report rows, and the outliner's structural edits
(indent, outdent, remove a subtree, duplicate a subtree) including the undo command's
redo and undo. Baseline, in the same run: one pass over the 500 nodes reading each
target (what any per-edit work costs at the least).

    python -m bench kpi_calc [-n 200]

Reports median / p95 / worst in ms and the ratio of medians to the baseline; writes
bench/results/kpi_calc.json. Budgets from the issue: a keystroke's recompute + repaint
under 16 ms, a structural edit under 50 ms — this measures the calc half of each.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

RESULTS_FILE = Path(__file__).with_name("results") / "kpi_calc.json"
REPO = Path(__file__).resolve().parents[1]
TOTAL_NODES = 500


def large_tree_plan():
    """The manufacturer sample grown to 500 KPI nodes, at least 8 levels deep."""
    from canvas_app.model import KpiNode
    from canvas_app.model.enums import Aggregation, Formula, Unit
    from canvas_app.storage.project_file import load_plan

    plan = load_plan(REPO / "resources" / "samples" / "manufacturer_ja.scanvas").plan
    nodes = list(plan.kpis.nodes)
    count = 0
    while len(nodes) < TOTAL_NODES:
        count += 1
        # A chain of 6 products, each × a rate input, ending in a sum of 3 inputs: 16 nodes.
        prefix = f"b{count}"
        chain: list[KpiNode] = []
        leaves = [KpiNode(id=f"{prefix}-in{i}", name=f"入力 {count}-{i}", target=100.0 + i) for i in range(3)]
        below = KpiNode(id=f"{prefix}-sum", name=f"合計 {count}", formula=Formula.SUM, children=[l.id for l in leaves])
        chain += leaves + [below]
        for level in range(6):
            rate = KpiNode(id=f"{prefix}-r{level}", name=f"率 {count}-{level}", target=0.5, unit=Unit.PERCENT,
                           aggregation=Aggregation.NON_ADDITIVE)
            node = KpiNode(id=f"{prefix}-p{level}", name=f"積 {count}-{level}", formula=Formula.PRODUCT,
                           children=[below.id, rate.id])
            chain += [rate, node]
            below = node
        nodes += chain
    top = KpiNode(id="bench-root", name="全体", formula=Formula.SUM,
                  children=[n.id for n in nodes if n.id.endswith("-p5")])
    plan.kpis.nodes = [top, *nodes]
    return plan


def timed(function, n: int) -> list[float]:
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {"median": statistics.median(ordered), "p95": ordered[int(0.95 * (len(ordered) - 1))],
            "worst": ordered[-1]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench kpi_calc", description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200, help="calls per measurement (default 200)")
    args = parser.parse_args(argv)

    from canvas_app.calc.funnel import analyse_funnel
    from canvas_app.calc.kpi_report import kpi_rows
    from canvas_app.calc.kpi_tree import back_calculate, evaluate
    from canvas_app.calc.levers import rank_levers
    from canvas_app.calc.tree_shape import tree_shape
    from canvas_app.commands.kpi_tree import tree_edit
    from canvas_app.document import DocumentSession
    from canvas_app.model import kpi_structure as ks

    plan = large_tree_plan()
    shape = tree_shape(plan)
    depth = max(len(shape.ancestors(n)) for n in shape.order) + 1
    deep_input = "b1-in0"
    session = DocumentSession(plan)

    def edit_round_trip(edit, *edit_args):
        def run():
            command = tree_edit(session, edit, *edit_args, text="bench")
            command.redo()
            command.undo()
        return run

    measurements = {
        "baseline: one pass over the nodes": lambda: [node.target for node in plan.kpis.nodes],
        "evaluate the tree": lambda: evaluate(plan),
        "rank the root's levers": lambda: rank_levers(plan, "bench-root"),
        "back-calculate a deep input": lambda: back_calculate(plan, "bench-root", deep_input, 1e6),
        "funnel analysis": lambda: analyse_funnel(plan),
        "KPI report rows": lambda: kpi_rows(plan),
        "indent (command built, redo, undo)": edit_round_trip(ks.indent, "b2-p5"),
        "outdent (command built, redo, undo)": edit_round_trip(ks.outdent, "b2-p5"),
        "remove a subtree (built, redo, undo)": edit_round_trip(ks.remove_node, "b3-p5"),
        "duplicate a subtree (built, redo, undo)": edit_round_trip(ks.duplicate_subtree, "b4-p5"),
    }
    results: dict[str, dict[str, float]] = {}
    for name, function in measurements.items():
        function()  # warm up
        results[name] = summary(timed(function, args.n))
    base = results["baseline: one pass over the nodes"]["median"]
    print(f"{len(plan.kpis.nodes)} KPI nodes, depth {depth}, n = {args.n} (ms: median / p95 / worst, ×baseline)")
    for name, figures in results.items():
        print(f"  {name:<42} {figures['median']:8.3f} {figures['p95']:8.3f} {figures['worst']:8.3f}"
              f"   ×{figures['median'] / base:,.0f}")
    RESULTS_FILE.parent.mkdir(exist_ok=True)
    RESULTS_FILE.write_text(json.dumps({"nodes": len(plan.kpis.nodes), "depth": depth, "n": args.n,
                                        "results": results}, indent=2), encoding="utf-8")
    session.undo_stack.clear()
    return 0
