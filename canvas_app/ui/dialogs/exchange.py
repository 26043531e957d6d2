"""Export and import in the app: file choosers, a progress runner and the import preview.

Exports and the reading of a team's workbook run in a child process (``python -m
canvas_app export|import-actuals …``, the CLI of design.md §5) driven by a QProcess:
the window never freezes, a hostile workbook is parsed outside the app's memory, the
workbook is written in the plan's language whatever the UI shows (the child installs
the plan's translators), and openpyxl never loads into the app.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import MappingProxyType

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QProcessEnvironment, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

SUFFIXES = MappingProxyType({"xlsx": ".xlsx", "pdf": ".pdf", "ics": ".ics"})


def _filters() -> dict[str, str]:
    return {
        "xlsx": QCoreApplication.translate("Exchange", "Excel workbooks (*.xlsx)"),
        "pdf": QCoreApplication.translate("Exchange", "PDF documents (*.pdf)"),
        "ics": QCoreApplication.translate("Exchange", "Calendar files (*.ics)"),
    }


class ExchangeDialogs:
    """File choosers of export and import (classmethods so tests replace them)."""

    @classmethod
    def ask_export_path(cls, parent: QWidget | None, kind: str, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Exchange", "Export"), suggested,
                                              _filters()[kind])
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == SUFFIXES[kind] else path.with_name(path.name + SUFFIXES[kind])

    @classmethod
    def ask_import_path(cls, parent: QWidget | None, start_dir: str = "") -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("Exchange", "Import actuals"),
                                              start_dir, _filters()["xlsx"])
        return Path(name) if name else None


class CliRun(QObject):
    """One ``canvas-app`` command in a child process.

    Signals:
        progress(int, int): steps done and in all (from ``progress N M`` lines).
        finished(int, str, str): exit code, standard output, standard error.
    """

    progress = Signal(int, int)
    finished = Signal(int, str, str)

    def __init__(self, arguments: list[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.process = QProcess(self)
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert("QT_QPA_PLATFORM", "offscreen")
        environment.insert("PYTHONIOENCODING", "utf-8")
        self.process.setProcessEnvironment(environment)
        self.process.setProgram(sys.executable)
        self.process.setArguments(["-m", "canvas_app", *arguments])
        self._out = bytearray()
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.finished.connect(self._done)
        self.process.errorOccurred.connect(self._failed)
        self._reported = False

    def start(self) -> None:
        self.process.start()

    def cancel(self) -> None:
        if self.process.state() != QProcess.ProcessState.NotRunning:
            self.process.kill()

    def _read(self) -> None:
        self._out += bytes(self.process.readAllStandardOutput().data())
        for line in bytes(self._out).decode("utf-8", "replace").splitlines():
            if line.startswith("progress "):
                parts = line.split()
                if len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit():
                    self.progress.emit(int(parts[1]), int(parts[2]))

    def _done(self, code: int, status: QProcess.ExitStatus) -> None:
        if self._reported:
            return
        self._reported = True
        self._out += bytes(self.process.readAllStandardOutput().data())
        out = bytes(self._out).decode("utf-8", "replace")
        err = bytes(self.process.readAllStandardError().data()).decode("utf-8", "replace")
        if status != QProcess.ExitStatus.NormalExit:
            code = code or 1
        self.finished.emit(code, "\n".join(l for l in out.splitlines() if not l.startswith("progress ")), err)

    def _failed(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and not self._reported:
            self._reported = True
            self.finished.emit(1, "", QCoreApplication.translate(
                "Exchange", "The export could not be started ({error}).").format(error=self.process.errorString()))


class ProgressRunner(QObject):
    """Runs a CliRun behind a progress dialog the user can cancel; the window stays live.

    Signals:
        done(int, str, str): as CliRun.finished (code −1 when cancelled).
    """

    done = Signal(int, str, str)

    def __init__(self, parent: QWidget, label: str, arguments: list[str]) -> None:
        super().__init__(parent)
        self.run = CliRun(arguments, self)
        self.dialog = QProgressDialog(label, QCoreApplication.translate("Exchange", "Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(QCoreApplication.translate("Exchange", "Strategy Canvas"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self._cancel)
        self.run.progress.connect(self._progress)
        self.run.finished.connect(self._finished)
        self._cancelled = False

    def start(self) -> None:
        self.run.start()

    def _progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total))

    def _cancel(self) -> None:
        self._cancelled = True
        self.run.cancel()

    def _finished(self, code: int, out: str, err: str) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self.done.emit(-1 if self._cancelled else code, out, err)
        self.dialog.deleteLater()
        self.deleteLater()


class ImportPreviewDialog(QDialog):
    """What an import would change (or why it cannot), before anything is applied."""

    def __init__(self, parent: QWidget | None, preview: dict, names: dict[str, str], periods: dict[str, str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Exchange", "Import actuals"))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        problems = preview.get("problems", [])
        if problems:
            summary = QCoreApplication.translate(
                "Exchange", "Nothing can be imported yet: {count} rows of the sheet “{sheet}” need fixing.").format(
                    count=preview.get("problem_count", len(problems)), sheet=preview.get("sheet", ""))
        else:
            summary = QCoreApplication.translate(
                "Exchange", "{added} actuals will be added and {changed} changed; {unchanged} are unchanged.").format(
                    added=preview.get("added", 0), changed=preview.get("changed", 0),
                    unchanged=preview.get("unchanged", 0))
        label = QLabel(summary)
        label.setWordWrap(True)
        layout.addWidget(label)
        if problems:
            table = QTableWidget(len(problems), 1, self)
            table.setHorizontalHeaderLabels([QCoreApplication.translate("Exchange", "Problem")])
            for row, problem in enumerate(problems):
                table.setItem(row, 0, QTableWidgetItem(problem["message"]))
        else:
            changes = preview.get("changes", [])
            headers = [QCoreApplication.translate("Exchange", "KPI"), QCoreApplication.translate("Exchange", "Period"),
                       QCoreApplication.translate("Exchange", "Before"), QCoreApplication.translate("Exchange", "After"),
                       QCoreApplication.translate("Exchange", "Note")]
            table = QTableWidget(len(changes), len(headers), self)
            table.setHorizontalHeaderLabels(headers)
            for row, change in enumerate(changes):
                old, new = change.get("old"), change["new"]
                cells = [names.get(change["kpi_id"], change["kpi_id"]), periods.get(change["period"], change["period"]),
                         "—" if old is None else f"{old['value']:,.10g}", f"{new['value']:,.10g}", new.get("note", "")]
                for column, text in enumerate(cells):
                    table.setItem(row, column, QTableWidgetItem(text))
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table = table
        layout.addWidget(table, 1)
        buttons = QDialogButtonBox(self)
        if problems or not preview.get("changes"):
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
        else:
            buttons.addButton(QCoreApplication.translate("Exchange", "Import"), QDialogButtonBox.ButtonRole.AcceptRole)
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, preview: dict, names: dict[str, str], periods: dict[str, str]) -> bool:
        """Show the preview; True when the user chose to import."""
        dialog = cls(parent, preview, names, periods)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted and not preview.get("problems") \
                and bool(preview.get("changes"))
        finally:
            dialog.deleteLater()


def parse_preview(out: str) -> dict | None:
    try:
        data = json.loads(out)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def temp_folder() -> str:
    from tempfile import mkdtemp

    return mkdtemp(prefix="canvas-exchange-")


def remove_folder(path: str) -> None:
    import shutil

    shutil.rmtree(path, ignore_errors=True)


__all__ = ["CliRun", "ExchangeDialogs", "ImportPreviewDialog", "ProgressRunner", "parse_preview", "temp_folder",
           "remove_folder"]
