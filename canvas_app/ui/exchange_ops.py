"""File ▸ Export (Excel, PDF, calendar) and File ▸ Import Actuals for the main window.

The open plan (saved or not) is written to a temporary file and handed to the CLI in a
child process (see ``dialogs.exchange``); the window stays responsive and shows
progress. An import is previewed first and applied as ONE undoable command.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..commands.actuals import ReplaceActuals
from ..commands.base import InvalidEdit
from ..model.review import Actual
from ..storage.errors import SaveError
from .dialogs.exchange import SUFFIXES, ExchangeDialogs, ImportPreviewDialog, ProgressRunner, parse_preview
from .dialogs.exchange import remove_folder, temp_folder
from .dialogs.messages import Messages

if TYPE_CHECKING:
    from .main_window import MainWindow


def _snapshot(window: MainWindow) -> tuple[str, Path] | None:
    """The open plan written to a temporary folder (the child reads it)."""
    from ..storage.project_file import save_plan

    folder = temp_folder()
    source = Path(folder) / "plan.scanvas"
    try:
        save_plan(window.session.plan, source, keep_backup=False)
    except SaveError as error:
        remove_folder(folder)
        Messages.error(window, QCoreApplication.translate("Exchange", "Cannot export the plan"), error.message(window.language))
        return None
    return folder, source


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else QCoreApplication.translate("Exchange", "The export failed.")


def export(window: MainWindow, kind: str) -> ProgressRunner | None:
    """Ask for a file name and export the open plan as ``kind`` ("xlsx", "pdf", "ics")."""
    session = window.session
    folder = session.path.parent if session.path else Path.home()
    stem = session.path.stem if session.path else (session.plan.settings.title or "plan")
    target = ExchangeDialogs.ask_export_path(window, kind, str(folder / f"{stem}{SUFFIXES[kind]}"))
    if target is None:
        return None
    snapshot = _snapshot(window)
    if snapshot is None:
        return None
    temp, source = snapshot
    label = {
        "xlsx": QCoreApplication.translate("Exchange", "Writing the Excel workbook…"),
        "pdf": QCoreApplication.translate("Exchange", "Writing the PDF…"),
        "ics": QCoreApplication.translate("Exchange", "Writing the review calendar…"),
    }[kind]
    runner = ProgressRunner(window, label, ["export", str(source), f"--{kind}", str(target),
                                            "--lang", window.language.code, "--progress"])

    def finished(code: int, out: str, err: str) -> None:
        remove_folder(temp)
        if code == 0:
            window.statusBar().showMessage(_last_line(out), 10_000)
        elif code != -1:
            Messages.error(window, QCoreApplication.translate("Exchange", "Export failed"), _last_line(err))

    runner.done.connect(finished)
    runner.start()
    return runner


def import_actuals(window: MainWindow) -> ProgressRunner | None:
    """Ask for a workbook, preview what it changes, then apply it as one command."""
    session = window.session
    start = str(session.path.parent) if session.path else ""
    workbook = ExchangeDialogs.ask_import_path(window, start)
    if workbook is None:
        return None
    snapshot = _snapshot(window)
    if snapshot is None:
        return None
    temp, source = snapshot
    runner = ProgressRunner(window, QCoreApplication.translate("Exchange", "Reading the workbook…"),
                            ["import-actuals", str(source), str(workbook), "--dry-run", "--json",
                             "--lang", window.language.code])

    def finished(code: int, out: str, err: str) -> None:
        remove_folder(temp)
        if code == -1:
            return
        preview = parse_preview(out) if code in (0, 3) else None
        if preview is None:
            Messages.error(window, QCoreApplication.translate("Exchange", "Cannot import the actuals"), _last_line(err))
            return
        apply_preview(window, preview)

    runner.done.connect(finished)
    runner.start()
    return runner


def apply_preview(window: MainWindow, preview: dict) -> bool:
    """Show the preview; on the user's yes, push the new actuals as one command."""
    session = window.session
    plan = session.plan
    names = {node.id: node.name or node.id for node in plan.kpis.nodes}
    from ..text.formatting import period_label

    settings = plan.settings
    periods = {key: period_label(key, settings.fiscal_year, settings.fiscal_year_start_month, window.language.code)
               for key in {c["period"] for c in preview.get("changes", [])} if len(key) in (2, 3)}
    if not ImportPreviewDialog.ask(window, preview, names, periods):
        return False
    actuals = [a.model_copy() for a in plan.review.actuals]
    index = {(a.kpi_id, a.period): i for i, a in enumerate(actuals)}
    try:
        for change in preview["changes"]:
            new = Actual(**change["new"])
            key = (new.kpi_id, new.period)
            if key in index:
                actuals[index[key]] = new
            else:
                index[key] = len(actuals)
                actuals.append(new)
        session.push(ReplaceActuals(session, actuals))
    except (InvalidEdit, ValueError, KeyError, TypeError) as error:
        message = error.message if isinstance(error, InvalidEdit) else str(error)
        Messages.error(window, QCoreApplication.translate("Exchange", "Cannot import the actuals"), message)
        return False
    return True
