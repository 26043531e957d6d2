"""``canvas-app solve``: back-calculation (逆算) from the command line.

    canvas-app solve PLAN --target NODE --value V --for INPUT [--json] [--write [--force]]

Solves input INPUT so that KPI NODE reaches V (typed as people type it: 3億, 120,000,000,
25%), with every other input as planned — the same ``calc.solving.solve`` the
window uses. Prints the solved value and each node on the path before → after. An
unsolvable case (a zero divisor, an input not below the KPI, a missing value, a rate that
would exceed 100 %) is exit 3 with the reason in one sentence. ``--write`` stores the
solved value as the input's target, holding the plan's lock and refusing to overwrite a
change saved since it was read (exit 4), like every command that writes a plan.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from canvas_app.cli_support import EXIT_INPUT, EXIT_OK, EXIT_USAGE, Failure, load, say
from canvas_app.cli_write import force_help, holding_lock, save

__all__ = ["add_parser", "cmd_solve"]


def add_parser(command: Callable[[str, str], argparse.ArgumentParser], file_help: str) -> None:
    translate = QCoreApplication.translate
    sub = command("solve", translate("Cli", "back-calculate: the value an input must take for a KPI to reach a value"))
    sub.add_argument("file", metavar="FILE", type=Path, help=file_help)
    sub.add_argument("--target", required=True, metavar="NODE", help=translate("Cli", "the id of the KPI to reach"))
    sub.add_argument("--value", required=True, metavar="V", help=translate(
        "Cli", "the value it must reach, as you would type it (120000000, 3億, 25%%); money in yen"))
    sub.add_argument("--for", dest="free", required=True, metavar="INPUT",
                     help=translate("Cli", "the id of the input KPI to solve for"))
    sub.add_argument("--json", action="store_true", help=translate("Cli", "print stable machine-readable JSON"))
    sub.add_argument("--write", action="store_true",
                     help=translate("Cli", "store the solved value as the input's target (keeping FILE.bak)"))
    sub.add_argument("--force", action="store_true", help=force_help())


def cmd_solve(args: argparse.Namespace, lang: str) -> int:
    from canvas_app.calc.kpi_tree import path_values
    from canvas_app.calc.solving import solve
    from canvas_app.i18n import language
    from canvas_app.text.back_calculation import back_calculation_reason
    from canvas_app.model.enums import MoneyUnit, Unit
    from canvas_app.text.formatting import format_value
    from canvas_app.text.parsing import parse_value

    with holding_lock(args.file, force=args.force) if args.write else nullcontext():
        loaded = load(args.file, lang)
        plan = loaded.plan
        nodes = {node.id: node for node in plan.kpis.nodes}
        # Typed in the target KPI's unit ("25%" for a rate, "3億" for money; plain money in yen).
        unit = nodes[args.target].unit if args.target in nodes else Unit.OTHER
        try:
            value = parse_value(args.value, unit, MoneyUnit.YEN)
        except ValueError:
            value = None
        if value is None:
            raise Failure(EXIT_USAGE, QCoreApplication.translate("Cli", "“{value}” is not a number.").format(
                value=args.value))
        result = solve(plan, args.target, args.free, value)
        rows = path_values(plan, result)
        money = plan.settings.money_unit

        def shown(node_id: str, amount: float | None) -> str:
            node = nodes.get(node_id)
            return format_value(amount, node.unit, money, lang) if node is not None else str(amount)

        def as_json() -> str:
            return json.dumps({
                "file": str(args.file), "target": args.target, "target_value": result.target_value,
                "input": args.free, "ok": result.ok, "value": result.value, "current_value": result.current_value,
                "reason": result.reason, "bound": result.bound, "blocked_by": result.blocked_by,
                "path": [{"id": node_id, "before": before, "after": after} for node_id, before, after in rows],
            }, ensure_ascii=False, indent=2, allow_nan=False)

        if not result.ok:
            if args.json:  # the reason as data too; the sentence still goes to stderr
                say(as_json())
            blocked = nodes[result.blocked_by].name if result.blocked_by in nodes else ""
            sentence = QCoreApplication.translate("Cli", "Cannot solve “{input}” for “{target}”: {reason}.").format(
                input=nodes[args.free].name if args.free in nodes else args.free,
                target=nodes[args.target].name if args.target in nodes else args.target,
                reason=back_calculation_reason(result.reason, result.bound, blocked, language(lang)))
            if result.value is not None and not args.json:
                sentence += ("" if lang == "ja" else " ") + QCoreApplication.translate("Cli", "(It would need {value}.)").format(
                    value=shown(args.free, result.value))
            raise Failure(EXIT_INPUT, sentence)
        if args.write:  # saved before anything is printed: a refused save prints only its sentence
            updated = plan.model_copy(deep=True)
            next(node for node in updated.kpis.nodes if node.id == args.free).target = result.value
            save(updated, args.file, lang, keep_backup=True, expect=loaded.stamp)
        if args.json:
            say(as_json())
        if not args.json:
            say(QCoreApplication.translate("Cli", "“{input}” must be {value} (now {current}).").format(
                input=nodes[args.free].name, value=shown(args.free, result.value),
                current=shown(args.free, result.current_value)))
            for node_id, before, after in rows:
                say(f"  {nodes[node_id].name}: {shown(node_id, before)} → {shown(node_id, after)}")
            if args.write:
                say(QCoreApplication.translate("Cli", "Saved “{file}”.").format(file=args.file.name))
    return EXIT_OK
