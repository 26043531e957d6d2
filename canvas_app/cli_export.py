"""``canvas-app export`` and ``canvas-app import-actuals`` (design.md §5).

::

    canvas-app export FILE [--xlsx OUT] [--pdf OUT] [--ics OUT]
    canvas-app import-actuals FILE SHEET.xlsx [--dry-run] [--json] [--force]

Exports are written in the plan's own language (its ``Language`` is passed to each
export; the installed translators stay those of the messages, the user's language). Each output is made in memory and written atomically; a failure leaves any
existing file whole, and one output that cannot be made or written does not stop the
others (each failure is one sentence; exit code 4). ``--pdf`` is the only path that
loads QtGui (a QGuiApplication on Qt's offscreen platform draws the page); the other
commands stay on QtCore.

``import-actuals`` rewrites FILE (atomically, the previous file kept as FILE.bak) only
when every row of the sheet is valid, holding FILE's lock from the read to the write and
never over a change someone saved meanwhile (``cli_write``); ``--dry-run`` only reports. ``--json`` prints the
changes as JSON (the app reads it to show its preview).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from canvas_app.cli_support import (EXIT_FAILURE, EXIT_INPUT, EXIT_OK, EXIT_OUTPUT, Failure, UsageError, load,
                                    log_crash, say)
from canvas_app.cli_write import force_help, holding_lock, save
from canvas_app.i18n import language
from canvas_app.storage.project_file import backup_path

if TYPE_CHECKING:
    from canvas_app.model import Plan
    from canvas_app.text.language import Language

__all__ = ["add_parsers", "cmd_export", "cmd_import_actuals"]


def add_parsers(command: Callable[[str, str], argparse.ArgumentParser], file_help: str) -> None:
    """Add the two subcommands to the CLI's parser (``command(name, help)`` makes one)."""
    sub = command("export", QCoreApplication.translate(
        "Cli", "export the plan as an Excel workbook, a PDF (the plan on a page and its roadmap) and/or an iCalendar "
        "file of its reviews"))
    sub.add_argument("file", metavar="FILE", type=Path, help=file_help)
    sub.add_argument("--xlsx", type=Path, metavar="OUT",
                     help=QCoreApplication.translate("Cli", "write the Excel workbook to OUT"))
    sub.add_argument("--pdf", type=Path, metavar="OUT",
                     help=QCoreApplication.translate("Cli", "write the PDF (the plan on a page and its roadmap) to OUT"))
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
    sub.add_argument("--force", action="store_true", help=force_help())



# --------------------------------------------------------------------------- application


@contextmanager
def _application(gui: bool, release_core_app: Callable[[], None]) -> Iterator[QCoreApplication]:
    """An application for the PDF's fonts (a QGuiApplication) or for Qt's own use: the
    existing one, or one made here and shut down afterwards."""
    app = QCoreApplication.instance()
    if gui:
        from PySide6.QtGui import QGuiApplication

        if app is not None and not isinstance(app, QGuiApplication):
            release_core_app()  # the CLI's own QCoreApplication (for messages) makes way
            app = QCoreApplication.instance()
            if app is not None:
                raise Failure(EXIT_FAILURE, QCoreApplication.translate(
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


# --------------------------------------------------------------------------- export


def _write(path: Path, data: bytes) -> None:
    from canvas_app.storage.atomic import write_atomic
    from canvas_app.storage.file_kind import NotAFileError
    from canvas_app.storage.lock import lock_path

    # An output named like a plan that is open somewhere (its lock file exists) is
    # written only if that lock turns out to be stale; the window's plan is never hit.
    guard = holding_lock(path, force=False, how_to_force=QCoreApplication.translate(
        "Cli", "choose another file to write to")) if lock_path(path).exists() else nullcontext()
    try:
        with guard:
            write_atomic(path, data)
    except NotAFileError:
        raise Failure(EXIT_OUTPUT, QCoreApplication.translate(
            "Cli", "Cannot write “{file}”: it is a named pipe, device or socket, not a file.").format(file=path)) from None
    except OSError as error:
        raise Failure(EXIT_OUTPUT, QCoreApplication.translate(
            "Cli", "Cannot write “{file}”: {reason}.").format(
                file=path, reason=error.strerror or type(error).__name__)) from None


def cmd_export(args: argparse.Namespace, lang: str) -> int:
    outputs = [(kind, getattr(args, kind)) for kind in ("xlsx", "pdf", "ics") if getattr(args, kind) is not None]
    if not outputs:
        raise UsageError(QCoreApplication.translate("Cli", "export needs at least one of --xlsx, --pdf, --ics"))
    targets = [path.resolve() for _, path in outputs]
    if args.file.resolve() in targets:
        raise UsageError(QCoreApplication.translate("Cli", "an output would overwrite the plan file itself"))
    if len(set(targets)) != len(targets):
        raise UsageError(QCoreApplication.translate("Cli", "two outputs name the same file"))
    plan = load(args.file, lang).plan
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

    not_made: list[tuple[Path, Exception, Path | None]] = []
    # The outputs speak the plan's language; the messages below speak the user's.
    plan_lang = language(plan.settings.language)
    with _application("pdf" in kinds, release):
        for kind, path in outputs:
            try:
                data, found = _make(kind, plan, plan_lang, report)
            except Exception as error:  # noqa: BLE001 - one output failing must not cost the others
                not_made.append((path, error, log_crash()))
            else:
                warnings += found
                results.append((kind, path, data))
            done += steps[kind]
            report(0, total)
    # The sentences are made here, in the language of the messages, not the plan's.
    failures = [_not_made(path, error, log) for path, error, log in not_made]
    for message in warnings:
        say(QCoreApplication.translate("Cli", "Warning: {message}").format(message=message), sys.stderr)
    for kind, path, data in results:
        try:
            _write(path, data)
        except Failure as failure:
            failures.append(failure.message)
            continue
        say({
            "xlsx": QCoreApplication.translate("Cli", "Wrote the Excel workbook “{file}”."),
            "pdf": QCoreApplication.translate("Cli", "Wrote the PDF “{file}”."),
            "ics": QCoreApplication.translate("Cli", "Wrote the review calendar “{file}”."),
        }[kind].format(file=path))
    for message in failures:
        say(message, sys.stderr)
    return EXIT_OUTPUT if failures else EXIT_OK


def _make(kind: str, plan: Plan, lang: Language, report: Callable[[int, int], None]) -> tuple[bytes, list[str]]:
    """One output in ``lang``, in memory, with its warnings."""
    if kind == "xlsx":
        from canvas_app.export.excel import workbook_bytes

        return workbook_bytes(plan, lang, report)
    if kind == "pdf":
        from canvas_app.export.pdf import pdf_bytes

        return pdf_bytes(plan, lang), []
    from canvas_app.export.ics import calendar_bytes

    return calendar_bytes(plan, lang), []


def _not_made(path: Path, error: Exception, log: Path | None) -> str:
    """The sentence for an output that could not be made; ``log`` holds the traceback."""
    if log is None:
        return QCoreApplication.translate("Cli", "“{file}” was not written: unexpected error ({error}).").format(
            file=path, error=type(error).__name__)
    return QCoreApplication.translate(
        "Cli", "“{file}” was not written: unexpected error ({error}); the details are in “{log}”.").format(
            file=path, error=type(error).__name__, log=log)


# --------------------------------------------------------------------------- import


def _actual_json(actual: Any) -> dict[str, Any] | None:
    if actual is None:
        return None
    return {"kpi_id": actual.kpi_id, "period": actual.period, "value": actual.value, "note": actual.note}


def cmd_import_actuals(args: argparse.Namespace, lang: str) -> int:
    # The plan's lock is held from the read of FILE to its write (a dry run writes nothing).
    with nullcontext() if args.dry_run else holding_lock(args.file, force=args.force):
        return _import_actuals(args, lang)


def _import_actuals(args: argparse.Namespace, lang: str) -> int:
    from canvas_app.export.excel_actuals import WorkbookRefused, read_actuals

    loaded = load(args.file, lang)
    if loaded.read_only and not args.dry_run:
        raise Failure(EXIT_INPUT, QCoreApplication.translate(
            "Cli", "“{file}” was written by a newer version of Strategy Canvas; this version cannot rewrite it.")
            .format(file=args.file.name))
    plan = loaded.plan
    try:
        result = read_actuals(plan, args.sheet, language(lang))
    except WorkbookRefused as refused:
        raise Failure(EXIT_INPUT, refused.message) from None
    if args.json:
        say(json.dumps({
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
                say(problem.message, sys.stderr)
        more = result.problem_count - 50
        say(QCoreApplication.translate(
            "Cli", "Nothing was imported: {count} rows need fixing first.").format(count=result.problem_count)
            + (" " + QCoreApplication.translate("Cli", "({more} more not shown.)").format(more=more)
               if more > 0 and not args.json else ""), sys.stderr)
        return EXIT_INPUT
    summary = QCoreApplication.translate(
        "Cli", "{added} actuals added, {changed} changed, {unchanged} unchanged.").format(
            added=result.added, changed=result.changed, unchanged=result.unchanged)
    if args.dry_run or not result.changes:
        note = (QCoreApplication.translate("Cli", "Dry run: “{file}” was not changed.") if args.dry_run
                else QCoreApplication.translate("Cli", "“{file}” is already up to date.")).format(file=args.file.name)
        if not args.json:
            say(f"{summary} {note}")
        return EXIT_OK
    updated = plan.model_copy(deep=True)
    updated.review.actuals = result.apply(plan)
    save(updated, args.file, lang, keep_backup=True, expect=loaded.stamp,
         **({"schema_version": loaded.schema_version, "extra_envelope": loaded.envelope_extra}
            if loaded.read_only else {}))
    if not args.json:
        say(f"{summary} " + QCoreApplication.translate(
            "Cli", "Saved “{file}”; the previous version is “{backup}”.").format(
                file=args.file.name, backup=backup_path(args.file).name))
    return EXIT_OK
