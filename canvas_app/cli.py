"""``canvas-app``: the GUI launcher and the headless commands (design.md §5).

::

    canvas-app                       start the GUI
    canvas-app FILE                  open FILE in the GUI
    canvas-app FILE --screenshot OUT.png [--step overview|1|2|3|4|funnel] [--size WxH]
                                     [--zoom PCT] [--section NAME]
    canvas-app new FILE [--template NAME] [--force [--force]]
    canvas-app templates
    canvas-app validate FILE
    canvas-app check FILE [--json] [--today DATE]
    canvas-app kpis FILE [--json] [--today DATE]
    canvas-app funnel FILE [--json] [--today DATE]
    canvas-app export FILE [--xlsx OUT] [--pdf OUT] [--ics OUT]
    canvas-app import-actuals FILE SHEET.xlsx [--dry-run] [--json] [--force]
    canvas-app schema
    canvas-app upgrade FILE [--force]

``--lang ja|en`` works everywhere; without it the language is the one saved in the
app's settings, else the system's. Exit codes: 0 done (``check`` too when it reports
findings), 1 unexpected error (the traceback goes to a log file whose path is printed),
2 bad usage, 3 the input file is unreadable or invalid, 4 the output could not be
written. Messages go to stderr as one sentence; no input file is changed by a failed
command. The commands that write a plan hold its lock from read to write and never
overwrite a change saved meanwhile (cli_write); ``--force`` only writes past a lock.
The headless commands never import QtWidgets, nor QtGui except ``export --pdf``, which
draws its page with QPainter on Qt's offscreen platform (see cli_export).

``--screenshot`` renders at ``--size`` (default 1280×800) and at ``--zoom`` percent
(default: the saved zoom; this run only, never saved); ``--section NAME`` shows a part
of the page first (step 2: personas, competitors, channels, journey; step 3: tree,
roadmap, or a part below the KPI tree: form, solve, levers, periods), a name the page
does not have is exit code 2; ``--select ID`` selects an item of the page first (a KPI
in the tree), an id the page does not show is exit code 2.

A first argument that is a command name is a command; to open a file named like a
command, write ``./check``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from collections.abc import Callable
from typing import Any

import canvas_app

# isort: off
# pydantic, the model and storage are imported before anything from PySide6: importing
# QtCore installs PySide's __feature__ import hook, which makes every later import slower
# (start-up time, bench/startup.py). Keep this order.
from canvas_app.cli_support import (EXIT_FAILURE, EXIT_INPUT, EXIT_OK, EXIT_OUTPUT, EXIT_USAGE, Failure as _Failure,
                                    UsageError as _UsageError, load as _load, log_crash as _log_crash, say as _say)
from PySide6.QtCore import QCoreApplication
from canvas_app.i18n import install_translators, language, resolve_language, translations_dir
from canvas_app.storage.samples import BLANK, list_templates
# isort: on

__all__ = ["main", "COMMANDS", "EXIT_OK", "EXIT_FAILURE", "EXIT_USAGE", "EXIT_INPUT", "EXIT_OUTPUT"]

COMMANDS = ("new", "templates", "validate", "check", "kpis", "funnel", "export", "import-actuals", "schema", "upgrade", "solve")
STEPS = ("overview", "1", "2", "3", "4", "funnel")
#: QSettings organization and application of the GUI (canvas_app.app), to read the
#: saved UI language without importing the GUI.
_SETTINGS_NAMES = ("StrategyCanvas", "StrategyCanvas")


class _ParserExit(Exception):
    def __init__(self, status: int, message: str | None) -> None:
        super().__init__(status)
        self.status, self.message = status, message


class _Parser(argparse.ArgumentParser):
    """argparse that reports instead of exiting, so main() returns an exit code."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageError(message)

    def exit(self, status: int = 0, message: str | None = None) -> None:  # type: ignore[override]
        raise _ParserExit(status, message)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("Cli", "“{text}” is not a date (YYYY-MM-DD)").format(text=text)) from None


def _window_size(text: str) -> tuple[int, int]:
    """``--size WxH`` (also with × or X), each side 320 to 7680 pixels."""
    width, sep, height = text.lower().replace("×", "x").partition("x")
    try:
        size = (int(width), int(height)) if sep else None
    except ValueError:
        size = None
    if size is None or not all(320 <= side <= 7680 for side in size):
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("Cli", "“{text}” is not a window size such as 1280x720").format(text=text))
    return size


def _zoom_percent(text: str) -> int:
    from canvas_app.settings import ZOOM_MAX, ZOOM_MIN

    try:
        percent = int(text.strip().rstrip("%"))
    except ValueError:
        percent = 0
    if not ZOOM_MIN <= percent <= ZOOM_MAX:
        raise argparse.ArgumentTypeError(
            QCoreApplication.translate("Cli", "“{text}” is not a zoom from {low} to {high} percent")
            .format(text=text, low=ZOOM_MIN, high=ZOOM_MAX))
    return percent


def _add_lang(parser: argparse.ArgumentParser, default: Any) -> None:
    parser.add_argument("--lang", choices=("ja", "en"), default=default,
                        help=QCoreApplication.translate("Cli", "language of messages and reports (default: the saved setting, else the system's)"))


def _headless_parser() -> _Parser:
    parser = _Parser(
        prog="canvas-app",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=QCoreApplication.translate(
            "Cli", "Strategy Canvas: connect marketing to business goals in four steps.\n\n"
            "  canvas-app                 start the application\n"
            "  canvas-app FILE            open FILE in the application\n"
            "  canvas-app FILE --screenshot OUT.png [--step overview|1|2|3|4|funnel]\n"
            "                 [--size WxH] [--zoom PCT] [--section NAME] [--select ID]\n"
            "                             render one page of FILE to a PNG image and exit"),
        epilog=QCoreApplication.translate(
            "Cli", "Exit codes: 0 done (check also when it reports findings), 1 unexpected error, "
            "2 bad usage, 3 input unreadable or invalid, 4 output not written."),
    )
    parser.add_argument("--version", action="version", version=f"canvas-app {canvas_app.__version__}")
    _add_lang(parser, None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        _add_lang(sub, argparse.SUPPRESS)
        return sub

    file_help = QCoreApplication.translate("Cli", "a Strategy Canvas plan (.scanvas)")
    sub = command("new", QCoreApplication.translate("Cli", "write a new plan from a template"))
    sub.add_argument("file", metavar="FILE", type=Path, help=file_help)
    sub.add_argument("--template", default=BLANK, metavar="NAME",
                     help=QCoreApplication.translate("Cli", "template name (see “templates”; default: blank)"))
    sub.add_argument("--force", action="count", default=0, help=QCoreApplication.translate(
        "Cli", "replace FILE if it exists (keeping FILE.bak); given twice, even while someone else has it open"))
    command("templates", QCoreApplication.translate("Cli", "list the template names and titles"))
    sub = command("validate", QCoreApplication.translate("Cli", "load a plan (migrating it in memory) and report problems"))
    sub.add_argument("file", metavar="FILE", type=Path, help=file_help)
    for name, help_text in (
        ("check", QCoreApplication.translate("Cli", "plan health check: findings with severity, code, item and message (exit code 0 even with findings)")),
        ("kpis", QCoreApplication.translate("Cli", "the KPI tree evaluated: target, computed value, latest actual, status")),
        ("funnel", QCoreApplication.translate("Cli", "the revenue funnel stage by stage: required volumes, conversion, coverage")),
    ):
        sub = command(name, help_text)
        sub.add_argument("file", metavar="FILE", type=Path, help=file_help)
        sub.add_argument("--json", action="store_true", help=QCoreApplication.translate("Cli", "print stable machine-readable JSON"))
        sub.add_argument("--today", type=_date, metavar="DATE",
                         help=QCoreApplication.translate("Cli", "the date to judge by, YYYY-MM-DD (default: today)"))
    from canvas_app import cli_export
    from canvas_app.cli_write import force_help

    cli_export.add_parsers(command, file_help)
    from canvas_app import cli_solve

    cli_solve.add_parser(command, file_help)
    command("schema", QCoreApplication.translate("Cli", "print the JSON Schema of the project file"))
    sub = command("upgrade", QCoreApplication.translate("Cli", "rewrite FILE in the current schema and formatting, keeping FILE.bak"))
    sub.add_argument("file", metavar="FILE", type=Path, help=file_help)
    sub.add_argument("--force", action="store_true", help=force_help())
    return parser


def _gui_parser() -> _Parser:
    parser = _Parser(prog="canvas-app", description=QCoreApplication.translate("Cli", "Start Strategy Canvas."))
    parser.add_argument("--version", action="version", version=f"canvas-app {canvas_app.__version__}")
    parser.add_argument("file", metavar="FILE", type=Path, nargs="?", help=QCoreApplication.translate("Cli", "a plan to open"))
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png",
                        help=QCoreApplication.translate("Cli", "render a page of FILE to this PNG file and exit"))
    parser.add_argument("--step", choices=STEPS, help=QCoreApplication.translate("Cli", "the page to show (default: overview)"))
    parser.add_argument("--size", type=_window_size, metavar="WxH",
                        help=QCoreApplication.translate("Cli", "the window size of the screenshot (default: 1280x800)"))
    parser.add_argument("--zoom", type=_zoom_percent, metavar="PCT",
                        help=QCoreApplication.translate("Cli", "the zoom of the screenshot in percent (default: the saved zoom; not saved)"))
    parser.add_argument("--section", metavar="NAME",
                        help=QCoreApplication.translate("Cli", "the part of the page to show, e.g. personas on step 2"))
    parser.add_argument("--select", metavar="ID",
                        help=QCoreApplication.translate("Cli", "the item to select on the page first, e.g. a KPI's id on step 3"))
    parser.add_argument("--bench-first-paint", action="store_true", help=argparse.SUPPRESS)
    _add_lang(parser, None)
    return parser


def _first_positional(argv: list[str]) -> str | None:
    takes_value = {"--lang", "--screenshot", "--step", "--size", "--zoom", "--section", "--select", "--template", "--today", "--xlsx", "--pdf", "--ics"}
    skip = False
    for token in argv:
        if skip:
            skip = False
        elif token == "--":
            return None
        elif token in takes_value:
            skip = True
        elif not token.startswith("-") or token == "-":
            return token
    return None


def _lang_argument(argv: list[str]) -> str | None:
    for index, token in enumerate(argv):
        if token == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if token.startswith("--lang="):
            return token.split("=", 1)[1]
    return None


def _saved_language() -> str | None:
    try:
        from PySide6.QtCore import QSettings

        from canvas_app.settings import AppSettings

        return AppSettings.load(QSettings(*_SETTINGS_NAMES)).language
    except Exception:  # noqa: BLE001 - a broken settings file must not stop the CLI
        return None


def _setup_language(argv: list[str]) -> tuple[str, object]:
    """The language, and the QCoreApplication created to hold its translators (None when
    no translation is needed or an application already exists)."""
    cli_lang = _lang_argument(argv)
    lang = resolve_language(cli_lang, None if cli_lang in ("ja", "en") else _saved_language())
    app = None
    if lang == "ja" and QCoreApplication.instance() is None and (translations_dir() / "strategy_canvas_ja.qm").is_file():
        app = QCoreApplication(["canvas-app"])
        install_translators(app, lang)
    return lang, app


def _cmd_new(args: argparse.Namespace, lang: str) -> int:
    from canvas_app.cli_write import cmd_new

    return cmd_new(args, lang)


def _cmd_templates(args: argparse.Namespace, lang: str) -> int:
    from canvas_app.cli_report import render_table

    rows = [[t.name, t.title] for t in list_templates()]
    for line in render_table([QCoreApplication.translate("Cli", "Name"), QCoreApplication.translate("Cli", "Title")], rows):
        _say(line)
    return EXIT_OK


def _cmd_validate(args: argparse.Namespace, lang: str) -> int:
    plan = _load(args.file, lang).plan
    _say(QCoreApplication.translate("Cli", "OK: {title} — {goals} goals, {kpis} KPIs, {initiatives} initiatives").format(
        title=plan.settings.title or args.file.name, goals=len(plan.strategy.goals), kpis=len(plan.kpis.nodes),
        initiatives=len(plan.roadmap.initiatives)))
    return EXIT_OK


def _cmd_report(args: argparse.Namespace, lang: str) -> int:
    from canvas_app import cli_report

    plan = _load(args.file, lang).plan
    words = language(lang)  # reports are written in the language of the messages
    if args.command == "check":
        data, lines = cli_report.check_report(plan, args.today or dt.date.today(), words)
    elif args.command == "kpis":
        data, lines = cli_report.kpi_report(plan, args.today, words)
    else:
        data, lines = cli_report.funnel_report(plan, args.today, words)
    if args.json:
        _say(json.dumps({"file": str(args.file), **data}, ensure_ascii=False, indent=2, allow_nan=False))
    else:
        title = plan.settings.title or args.file.name
        _say("\n".join([title, "", *lines]))
    return EXIT_OK


def _cmd_schema(args: argparse.Namespace, lang: str) -> int:
    from canvas_app.storage.project_file import envelope_json_schema

    _say(json.dumps(envelope_json_schema(), ensure_ascii=False, indent=2))
    return EXIT_OK


def _cmd_upgrade(args: argparse.Namespace, lang: str) -> int:
    from canvas_app.cli_write import cmd_upgrade

    return cmd_upgrade(args, lang)


def _cmd_export(args: argparse.Namespace, lang: str) -> int:
    from canvas_app.cli_export import cmd_export

    return cmd_export(args, lang)


def _cmd_import_actuals(args: argparse.Namespace, lang: str) -> int:
    from canvas_app.cli_export import cmd_import_actuals

    return cmd_import_actuals(args, lang)


def _cmd_solve(args: argparse.Namespace, lang: str) -> int:
    from canvas_app.cli_solve import cmd_solve

    return cmd_solve(args, lang)


_HANDLERS = {"new": _cmd_new, "templates": _cmd_templates, "validate": _cmd_validate, "check": _cmd_report,
             "kpis": _cmd_report, "funnel": _cmd_report, "export": _cmd_export,
             "import-actuals": _cmd_import_actuals, "schema": _cmd_schema, "upgrade": _cmd_upgrade,
             "solve": _cmd_solve}


def _run_gui(argv: list[str], lang: str, release_core_app: Callable[[], None]) -> int:
    args = _gui_parser().parse_args(argv)
    for option, value in (("--size", args.size), ("--zoom", args.zoom), ("--section", args.section),
                          ("--select", args.select)):
        if value is not None and args.screenshot is None:
            raise _UsageError(QCoreApplication.translate("Cli", "{option} works only with --screenshot").format(option=option))
    if args.screenshot is not None:
        if args.file is None:
            raise _UsageError(QCoreApplication.translate("Cli", "--screenshot needs a FILE to render"))
        _load(args.file, lang)  # a bad file is exit code 3 before any window is made
    # The GUI makes its own QApplication (with its own translators); a QCoreApplication
    # made here for the messages above would stand in its way.
    release_core_app()
    from canvas_app.app import main as gui_main

    result = gui_main(file=args.file, lang=args.lang, screenshot=args.screenshot, step=args.step or "overview",
                      bench_first_paint=args.bench_first_paint, size=args.size, zoom=args.zoom, section=args.section, select=args.select)
    return int(result or 0)


def _dispatch(argv: list[str], lang: str, release_core_app: Callable[[], None]) -> int:
    first = _first_positional(argv)
    if first in COMMANDS or (first is None and any(a in ("-h", "--help") for a in argv)):
        args = _headless_parser().parse_args(argv)
        args.release_core_app = release_core_app  # export --pdf needs a QGuiApplication instead
        return _HANDLERS[args.command](args, lang)
    return _run_gui(argv, lang, release_core_app)


def _robust_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
        except (AttributeError, ValueError):
            pass


def main(argv: list[str] | None = None) -> int:
    """Run ``canvas-app`` with ``argv`` (default: the process arguments); returns the
    exit code and never raises (apart from SystemExit from the GUI itself)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    _robust_streams()
    app = None

    def release_core_app() -> None:
        # Destroy the QCoreApplication we made (and its translators) so that neither a
        # GUI started next nor a caller in the same process inherits it.
        nonlocal app
        if app is not None:
            app.shutdown()
            app = None

    try:
        lang, app = _setup_language(argv)
        return _dispatch(argv, lang, release_core_app)
    except _Failure as failure:
        _say(failure.message, sys.stderr)
        return failure.code
    except _UsageError as error:
        _say(QCoreApplication.translate("Cli", "Invalid command line: {detail}. Run “canvas-app --help” for help.")
             .format(detail=str(error).rstrip(".")), sys.stderr)
        return EXIT_USAGE
    except _ParserExit as done:
        if done.message:
            _say(done.message.rstrip("\n"), sys.stderr)
        return done.status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_FAILURE
    except Exception as error:  # noqa: BLE001 - the contract: never a traceback
        log = _log_crash()
        if log is None:
            message = QCoreApplication.translate("Cli", "Unexpected error ({error}).")
        else:
            message = QCoreApplication.translate("Cli", "Unexpected error ({error}); the details are in “{log}”.")
        _say(message.format(error=type(error).__name__, log=log), sys.stderr)
        return EXIT_FAILURE
    finally:
        release_core_app()
