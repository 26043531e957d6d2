"""``canvas-app export`` and ``canvas-app import-actuals`` (design.md §5).

::

    canvas-app export FILE [--xlsx OUT] [--pdf OUT] [--ics OUT]
    canvas-app import-actuals FILE SHEET.xlsx [--dry-run] [--json]

Exports are written in the plan's own language: the plan's translators are installed
while the files are made and the UI language's translators (for the messages) again
afterwards. Each output is made in memory and written atomically; a failure leaves any
existing file whole. ``--pdf`` is the only path that loads QtGui (a QGuiApplication on
Qt's offscreen platform draws the page); the other commands stay on QtCore.

``import-actuals`` rewrites FILE (atomically, the previous file kept as FILE.bak) only
when every row of the sheet is valid; ``--dry-run`` only reports. ``--json`` prints the
changes as JSON (the app reads it to show its preview).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from canvas_app.i18n import install_translators

__all__ = ["add_parsers", "cmd_export", "cmd_import_actuals"]


def add_parsers(command: Callable[[str, str], argparse.ArgumentParser], file_help: str) -> None:
    """Add the two subcommands to the CLI's parser (``command(name, help)`` makes one)."""
    sub = command("export", QCoreApplication.translate(
        "Cli", "export the plan as an Excel workbook, a one-page PDF and/or an iCalendar file of its reviews"))
    sub.add_argument("file", metavar="FILE", type=Path, help=file_help)
    sub.add_argument("--xlsx", type=Path, metavar="OUT",
                     help=QCoreApplication.translate("Cli", "write the Excel workbook to OUT"))
    sub.add_argument("--pdf", type=Path, metavar="OUT",
                     help=QCoreApplication.translate("Cli", "write the one-page PDF to OUT"))
    sub.add_argument("--ics", type=Path, metavar="OUT",
                     help=QCoreApplication.translate("Cli", "write the review meetings as an iCalendar file to OUT"))
    sub.add_argument("--progress", action="store_true", help=argparse.SUPPRESS)
    sub = command("import-actuals", QCoreApplication.translate(
        "Cli", "read actuals from the Actuals input sheet of an exported workbook into the plan"))
    sub.add_argument("file", metavar="FILE", type=Path, help=file_help)
    sub.add_argument("sheet", metavar="SHEET.xlsx", type=Path,
                     help=QCoreApplication.translate("Cli", "the workbook the team filled in"))
    sub.add_argument("--dry-run", action="store_true",
                     help=QCoreApplication.translate("Cli", "report what would change; do not write FILE"))
    sub.add_argument("--json", action="store_true", help=QCoreApplication.translate(
        "Cli", "print the changes and problems as JSON"))


def _cli():
    from canvas_app import cli

    return cli


# --------------------------------------------------------------------------- language


@contextmanager
def _application(gui: bool, release_core_app: Callable[[], None]) -> Iterator[QCoreApplication]:
    """An application to hold translators (and, for the PDF, fonts): the existing one,
    or one made here and shut down afterwards."""
    cli = _cli()
    app = QCoreApplication.instance()
    if gui:
        from PySide6.QtGui import QGuiApplication

        if app is not None and not isinstance(app, QGuiApplication):
            release_core_app()  # the CLI's own QCoreApplication (for messages) makes way
            app = QCoreApplication.instance()
            if app is not None:
                raise cli._Failure(cli.EXIT_FAILURE, QCoreApplication.translate(
                    "Cli", "The PDF cannot be drawn in this process (a non-graphical Qt application is running)."))
    if app is not None:
        yield app
        return
    if gui:
        from PySide6.QtGui import QGuiApplication

        # Offscreen: the PDF is drawn without a display (servers, CI).
        made = QGuiApplication(["canvas-app", "-platform", "offscreen"])
    else:
        made = QCoreApplication(["canvas-app"])
    try:
        yield made
    finally:
        made.shutdown()


@contextmanager
def plan_language(app: QCoreApplication, lang: str) -> Iterator[None]:
    """Install the translators of ``lang`` (the plan's language) for the duration, then
    put back exactly the translators that were installed before."""
    keep = "_canvas_translators"
    before = list(getattr(app, keep, []))
    install_translators(app, lang)
    try:
        yield
    finally:
        for translator in getattr(app, keep, []):
            QCoreApplication.removeTranslator(translator)
        for translator in reversed(before):
            QCoreApplication.installTranslator(translator)
        setattr(app, keep, before)


# --------------------------------------------------------------------------- export


def _write(path: Path, data: bytes) -> None:
    from canvas_app.storage.atomic import write_atomic

    cli = _cli()
    try:
        write_atomic(path, data)
    except OSError as error:
        raise cli._Failure(cli.EXIT_OUTPUT, QCoreApplication.translate(
            "Cli", "Cannot write “{file}”: {reason}.").format(
                file=path, reason=error.strerror or type(error).__name__)) from None


def cmd_export(args: argparse.Namespace, lang: str) -> int:
    cli = _cli()
    outputs = [(kind, getattr(args, kind)) for kind in ("xlsx", "pdf", "ics") if getattr(args, kind) is not None]
    if not outputs:
        raise cli._UsageError(QCoreApplication.translate("Cli", "export needs at least one of --xlsx, --pdf, --ics"))
    targets = [path.resolve() for _, path in outputs]
    if args.file.resolve() in targets:
        raise cli._UsageError(QCoreApplication.translate("Cli", "an output would overwrite the plan file itself"))
    if len(set(targets)) != len(targets):
        raise cli._UsageError(QCoreApplication.translate("Cli", "two outputs name the same file"))
    plan = cli._load(args.file).plan
    release = getattr(args, "release_core_app", lambda: None)
    results: list[tuple[str, Path, bytes]] = []
    warnings: list[str] = []
    kinds = [kind for kind, _ in outputs]
    steps = {"xlsx": 12, "pdf": 1, "ics": 1}
    total = sum(steps[k] for k in kinds)
    done = 0

    def report(step: int, _of: int) -> None:
        if args.progress:
            print(f"progress {done + step} {total}", flush=True)

    with _application("pdf" in kinds, release) as app, plan_language(app, plan.settings.language):
        for kind, path in outputs:
            if kind == "xlsx":
                from canvas_app.export.excel import workbook_bytes

                data, found = workbook_bytes(plan, report)
                warnings += found
            elif kind == "pdf":
                from canvas_app.export.pdf import pdf_bytes

                data = pdf_bytes(plan)
            else:
                from canvas_app.export.ics import calendar_bytes

                data = calendar_bytes(plan)
            done += steps[kind]
            report(0, total)
            results.append((kind, path, data))
    for message in warnings:
        cli._say(QCoreApplication.translate("Cli", "Warning: {message}").format(message=message), sys.stderr)
    for kind, path, data in results:
        _write(path, data)
        cli._say({
            "xlsx": QCoreApplication.translate("Cli", "Wrote the Excel workbook “{file}”."),
            "pdf": QCoreApplication.translate("Cli", "Wrote the one-page PDF “{file}”."),
            "ics": QCoreApplication.translate("Cli", "Wrote the review calendar “{file}”."),
        }[kind].format(file=path))
    return cli.EXIT_OK


# --------------------------------------------------------------------------- import


def _actual_json(actual: Any) -> dict[str, Any] | None:
    if actual is None:
        return None
    return {"kpi_id": actual.kpi_id, "period": actual.period, "value": actual.value, "note": actual.note}


def cmd_import_actuals(args: argparse.Namespace, lang: str) -> int:
    from canvas_app.export.excel_actuals import WorkbookRefused, read_actuals

    cli = _cli()
    loaded = cli._load(args.file)
    if loaded.read_only and not args.dry_run:
        raise cli._Failure(cli.EXIT_INPUT, QCoreApplication.translate(
            "Cli", "“{file}” was written by a newer version of Strategy Canvas; this version cannot rewrite it.")
            .format(file=args.file.name))
    plan = loaded.plan
    try:
        result = read_actuals(plan, args.sheet)
    except WorkbookRefused as refused:
        raise cli._Failure(cli.EXIT_INPUT, refused.message) from None
    if args.json:
        cli._say(json.dumps({
            "file": str(args.file), "workbook": str(args.sheet), "sheet": result.sheet,
            "added": result.added, "changed": result.changed, "unchanged": result.unchanged,
            "changes": [{"kpi_id": c.kpi_id, "period": c.period, "old": _actual_json(c.old), "new": _actual_json(c.new)}
                        for c in result.changes],
            "problems": [{"sheet": p.sheet, "row": p.row, "column": p.column, "code": p.code, "message": p.message}
                         for p in result.problems],
            "problem_count": result.problem_count,
        }, ensure_ascii=False, indent=2, allow_nan=False))
    if result.problem_count:
        if not args.json:
            for problem in result.problems[:50]:
                cli._say(problem.message, sys.stderr)
        more = result.problem_count - 50
        cli._say(QCoreApplication.translate(
            "Cli", "Nothing was imported: {count} rows need fixing first.").format(count=result.problem_count)
            + (" " + QCoreApplication.translate("Cli", "({more} more not shown.)").format(more=more)
               if more > 0 and not args.json else ""), sys.stderr)
        return cli.EXIT_INPUT
    summary = QCoreApplication.translate(
        "Cli", "{added} actuals added, {changed} changed, {unchanged} unchanged.").format(
            added=result.added, changed=result.changed, unchanged=result.unchanged)
    if args.dry_run or not result.changes:
        note = (QCoreApplication.translate("Cli", "Dry run: “{file}” was not changed.") if args.dry_run
                else QCoreApplication.translate("Cli", "“{file}” is already up to date.")).format(file=args.file.name)
        if not args.json:
            cli._say(f"{summary} {note}")
        return cli.EXIT_OK
    updated = plan.model_copy(deep=True)
    updated.review.actuals = result.apply(plan)
    cli._save(updated, args.file, keep_backup=True,
              **({"schema_version": loaded.schema_version, "extra_envelope": loaded.envelope_extra}
                 if loaded.read_only else {}))
    if not args.json:
        cli._say(f"{summary} " + QCoreApplication.translate(
            "Cli", "Saved “{file}”; the previous version is “{backup}”.").format(
                file=args.file.name, backup=cli.backup_path(args.file).name))
    return cli.EXIT_OK
