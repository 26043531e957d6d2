"""File ▸ Export and File ▸ Import Actuals in the main window (issue 5): the work runs in
a child process while the window stays live; an import is previewed and applied as one
undoable command."""

from __future__ import annotations

import io

import openpyxl
import pytest

from canvas_app.text.language import Language
from canvas_app.export.excel import TAB_ORDER, workbook_bytes
from canvas_app.ui.dialogs.exchange import ExchangeDialogs, ImportPreviewDialog
from canvas_app.ui.dialogs.messages import Messages

TIMEOUT = 120_000  # a child process starts Python, Qt and openpyxl


@pytest.fixture
def errors(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(Messages, "error", classmethod(lambda cls, parent, title, text: shown.append(text)))
    return shown


def test_file_menu_has_export_and_import(window):
    texts = [a.text() for a in window.menus.export_menu.actions()]
    assert texts == ["&Excel Workbook…", "&PDF (Plan on a Page and Roadmap)…", "Review &Calendar…"]
    assert window.menus.actions["import_actuals"] in window.menus.file_menu.actions()


@pytest.mark.parametrize("kind", ["xlsx", "ics"])
def test_export_runs_without_freezing_the_window(window, qtbot, tmp_path, monkeypatch, errors, kind):
    target = tmp_path / f"out.{kind}"
    monkeypatch.setattr(ExchangeDialogs, "ask_export_path", classmethod(lambda cls, parent, k, suggested: target))
    window.menus.actions[f"export:{kind}"].trigger()
    # The event loop keeps running while the child works: the window repaints meanwhile.
    qtbot.waitUntil(lambda: target.exists() and "out." in window.statusBar().currentMessage(), timeout=TIMEOUT)
    assert errors == []
    if kind == "xlsx":
        assert openpyxl.load_workbook(target).sheetnames[0] == "Summary"
    assert not window.session.modified


def test_a_failed_export_says_why(window, qtbot, tmp_path, monkeypatch, errors):
    target = tmp_path / "missing" / "out.xlsx"
    monkeypatch.setattr(ExchangeDialogs, "ask_export_path", classmethod(lambda cls, parent, k, suggested: target))
    window.menus.actions["export:xlsx"].trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=TIMEOUT)
    assert "out.xlsx" in errors[0] and len(errors[0].splitlines()) == 1


def team_workbook(plan, tmp_path, change) -> str:
    data, _ = workbook_bytes(plan, Language(plan.settings.language))
    book = openpyxl.load_workbook(io.BytesIO(data))
    sheet = book.worksheets[TAB_ORDER.index("actuals")]
    rows = {(sheet.cell(r, 8).value, sheet.cell(r, 9).value): r for r in range(5, sheet.max_row + 1)}
    change(sheet, rows)
    path = tmp_path / "team.xlsx"
    book.save(path)
    return path


def test_import_previews_then_applies_one_undoable_command(window, qtbot, tmp_path, monkeypatch, errors):
    plan = window.session.plan
    before = [a.model_copy() for a in plan.review.actuals]
    node = plan.kpis.nodes[-1].id
    path = team_workbook(plan, tmp_path, lambda sheet, rows: setattr(sheet.cell(rows[(node, "M07")], 6), "value", 42))
    monkeypatch.setattr(ExchangeDialogs, "ask_import_path", classmethod(lambda cls, parent, start="": path))
    previews = []
    monkeypatch.setattr(ImportPreviewDialog, "ask",
                        classmethod(lambda cls, parent, preview, names, periods: previews.append(preview) or True))
    window.menus.actions["import_actuals"].trigger()
    qtbot.waitUntil(lambda: window.session.undo_stack.count() == 1, timeout=TIMEOUT)
    assert errors == []
    assert previews[0]["added"] == 1 and previews[0]["changed"] == 0
    new = {(a.kpi_id, a.period): a.value for a in plan.review.actuals}
    assert new[(node, "M07")] == 42
    assert len(plan.review.actuals) == len(before) + 1
    assert window.session.modified
    window.session.undo_stack.undo()
    assert plan.review.actuals == before
    window.session.undo_stack.redo()
    assert len(plan.review.actuals) == len(before) + 1


def test_a_declined_preview_changes_nothing(window, qtbot, tmp_path, monkeypatch, errors):
    plan = window.session.plan
    node = plan.kpis.nodes[-1].id
    path = team_workbook(plan, tmp_path, lambda sheet, rows: setattr(sheet.cell(rows[(node, "M07")], 6), "value", 7))
    monkeypatch.setattr(ExchangeDialogs, "ask_import_path", classmethod(lambda cls, parent, start="": path))
    asked = []
    monkeypatch.setattr(ImportPreviewDialog, "ask",
                        classmethod(lambda cls, parent, preview, names, periods: asked.append(preview) and False))
    window.menus.actions["import_actuals"].trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=TIMEOUT)
    assert window.session.undo_stack.count() == 0 and not window.session.modified


def test_a_hostile_workbook_is_refused_with_one_sentence(window, qtbot, tmp_path, monkeypatch, errors):
    path = tmp_path / "not-a-workbook.xlsx"
    path.write_text("hello", encoding="utf-8")
    monkeypatch.setattr(ExchangeDialogs, "ask_import_path", classmethod(lambda cls, parent, start="": path))
    window.menus.actions["import_actuals"].trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=TIMEOUT)
    assert "not an Excel workbook" in errors[0]
    assert window.session.undo_stack.count() == 0


def test_the_preview_dialog_lists_changes_and_problems(qtbot):
    preview = {"sheet": "Actuals input", "added": 1, "changed": 1, "unchanged": 3, "problems": [], "changes": [
        {"kpi_id": "k1", "period": "M01", "old": None, "new": {"kpi_id": "k1", "period": "M01", "value": 5, "note": ""}},
        {"kpi_id": "k2", "period": "M02", "old": {"value": 1}, "new": {"kpi_id": "k2", "period": "M02", "value": 2,
                                                                        "note": "n"}}]}
    dialog = ImportPreviewDialog(None, preview, {"k1": "Leads"}, {"M01": "Apr 2026"})
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2 and dialog.table.item(0, 0).text() == "Leads"
    assert dialog.table.item(0, 1).text() == "Apr 2026" and dialog.table.item(1, 2).text() == "1"
    bad = ImportPreviewDialog(None, {"sheet": "S", "problems": [{"message": "Sheet “S”, row 5, column F: x."}]}, {}, {})
    qtbot.addWidget(bad)
    assert bad.table.item(0, 0).text().startswith("Sheet “S”, row 5")


def test_the_preview_counts_every_problem_though_only_the_first_are_listed(qtbot):
    from PySide6.QtWidgets import QLabel

    listed = [{"message": f"Sheet “S”, row {row}, column F: x."} for row in (5, 6, 7)]
    dialog = ImportPreviewDialog(None, {"sheet": "S", "problems": listed, "problem_count": 1500}, {}, {})
    qtbot.addWidget(dialog)
    assert "1500 rows of the sheet “S” need fixing" in dialog.findChild(QLabel).text()
    assert dialog.table.rowCount() == 3
