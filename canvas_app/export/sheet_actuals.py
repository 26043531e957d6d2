"""Sheet "Actuals input": filled in by the team, read back by ``excel_actuals``.

One row per KPI and period (period by period, KPIs in tree order). Only the Actual and
Note cells are unlocked (the sheet is protected without a password, so nobody types
over a label by accident; filters still work); the Actual cells accept numbers only
(data validation; rates between −1,000 % and 1,000 %, so "25" for 25 % is refused).
Money is typed in whole yen here, whatever the plan's display unit.

Row 1 is hidden and holds machine keys naming each column (``kpi_id``, ``period``,
``value``, ``note`` …); the hidden columns at the right hold each row's KPI id, period
key and period index (their table headers are the keys themselves, which is how the
import finds the header row). The import finds the columns by those keys and the KPI
and period of each row by its own key cells, so sorting, filtering or moving columns
does not confuse it.
"""

from __future__ import annotations

from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

from canvas_app.model.enums import MoneyUnit, Unit
from canvas_app.text.formatting import money_unit_suffix
from canvas_app.text.labels import enum_label

from .xlsx_book import col, header_row, money_format, quote_sheet, text_height
from .xlsx_context import ExportContext

#: Machine keys of the columns, in row 1 (hidden). The import relies on these.
KEYS = ("period_label", "kpi", "owner", "unit", "target", "value", "note", "kpi_id", "period", "period_index")
PERIOD_LABEL, KPI, OWNER, UNIT, TARGET, VALUE, NOTE, KPI_ID, PERIOD, INDEX = range(1, 11)
KEY_ROW, HEADER_ROW = 1, 4
FIRST_DATA_ROW = HEADER_ROW + 1
#: Bounds of a typed actual (a model value must be finite; 10^15 yen is the model's limit).
VALUE_LIMIT = 1e15
RATE_LIMIT = 10


def rows(ctx: ExportContext) -> list[tuple[str, str]]:
    """(KPI id, period) of every data row, in order."""
    return [(kpi.id, key) for key in ctx.keys for kpi in ctx.kpi_rows]


def build(ctx: ExportContext) -> None:
    lang = ctx.lang
    book = ctx.book
    sheet = ctx.sheets["actuals"]
    entries = rows(ctx)
    last = FIRST_DATA_ROW + max(len(entries), 1) - 1
    this = quote_sheet(sheet.title)
    for offset, entry in enumerate(entries):
        ctx.anchors.actual_rows[entry] = FIRST_DATA_ROW + offset
    # Workbook names for the key and value columns keep the SUMIFS of the other sheets
    # short and readable: SUMIFS(actual_value, actual_kpi, "kpi-leads", actual_period, "<=3").
    ctx.anchors.actuals = {}
    for key, name, column in (("kpi", "actual_kpi", KPI_ID), ("index", "actual_period", INDEX),
                              ("value", "actual_value", VALUE)):
        book.wb.defined_names[name] = DefinedName(
            name, attr_text=f"{this}!${col(column)}${FIRST_DATA_ROW}:${col(column)}${last}")
        ctx.anchors.actuals[key] = name
    ctx.anchors.actuals["value_column"] = f"{this}!${col(VALUE)}$"

    sheet.setup([16, 34, 18, 10, 15, 15, 40, 14, 8, 6], landscape=True, freeze=f"C{FIRST_DATA_ROW}",
                title_rows=f"{HEADER_ROW}:{HEADER_ROW}", hidden_columns=[KPI_ID, PERIOD, INDEX],
                header_text=ctx.header_text(), tab_color="E0A100")
    sheet.append([sheet.text(key) for key in KEYS], hidden=True)
    sheet.title_rows(
        lang.translate("Export", "Actuals input"),
        lang.translate(
            "Export", "Fill in the Actual column (numbers only; money in yen, rates as percentages such as 25%), "
            "add a note if useful, then send the workbook back: File ▸ Import Actuals reads it. "
            "Leave a cell empty when there is no actual yet."),
        NOTE)
    headers = [lang.translate("Export", "Period"), lang.translate("Export", "KPI"),
               lang.translate("Export", "Owner"), lang.translate("Export", "Unit"),
               lang.translate("Export", "Period target"), lang.translate("Export", "Actual"),
               lang.translate("Export", "Note"), "kpi_id", "period", "period_index"]
    names = header_row(sheet, headers)

    recorded = {(a.kpi_id, a.period): a for a in ctx.plan.review.actuals}
    yen = money_format(MoneyUnit.YEN)
    label_style = book.style("cell")
    wrap_style = book.style("cell", wrap=True)
    note_style = book.style("input", wrap=True, locked=False)
    rate_rows: list[int] = []
    other_rows: list[int] = []
    period_labels = {key: ctx.period(key) for key in ctx.keys}
    heights = {n.id: text_height([(n.name or n.id, 34), (n.owner, 18)]) for n in ctx.shape.nodes.values()}
    for (node_id, key) in entries:
        node = ctx.shape.nodes[node_id]
        row = sheet.row + 1
        if node.unit == Unit.JPY:
            number, unit_text = yen, money_unit_suffix(MoneyUnit.YEN, ctx.lang.code)
        else:
            number, unit_text = book.unit_format(node.unit), enum_label(node.unit, lang)
        (rate_rows if node.unit == Unit.PERCENT else other_rows).append(row)
        actual = recorded.get((node_id, key))
        cells = ctx.anchors.kpis.get(node_id)
        target = (sheet.formula(f"={cells.periods[key]}", book.style("cell", number)) if cells
                  else sheet.blank(label_style))
        sheet.append([
            sheet.text(period_labels[key], label_style),
            sheet.text(node.name or node.id, wrap_style, where=node.id),
            sheet.text(node.owner, wrap_style, where=node.id),
            sheet.text(unit_text, label_style),
            target,
            sheet.num(actual.value if actual else None, book.style("input", number, locked=False)),
            sheet.text(actual.note if actual else "", note_style, where=f"{node.name or node.id} {key}"),
            sheet.text(node_id, label_style), sheet.text(key, label_style),
            sheet.num(ctx.keys.index(key) + 1, label_style),
        ], height=heights[node_id] if not actual or not actual.note else text_height(
            [(node.name or node.id, 34), (node.owner, 18), (actual.note, 40)]))
    sheet.table("ActualsInput", names, HEADER_ROW, sheet.row)
    _validation(ctx, sheet, rate_rows, other_rows)
    protection = sheet.ws.protection
    protection.sheet = True
    protection.autoFilter = False  # filters and column widths stay usable
    protection.formatColumns = False
    protection.formatRows = False


def _ranges(rows_: list[int]) -> str:
    """An sqref of the Actual cells of ``rows_`` (consecutive rows merged)."""
    parts: list[str] = []
    start = prev = None
    for row in rows_:
        if start is None:
            start = prev = row
        elif row == prev + 1:
            prev = row
        else:
            parts.append(f"{col(VALUE)}{start}:{col(VALUE)}{prev}")
            start = prev = row
    if start is not None:
        parts.append(f"{col(VALUE)}{start}:{col(VALUE)}{prev}")
    return " ".join(parts)


def _validation(ctx: ExportContext, sheet, rate_rows: list[int], other_rows: list[int]) -> None:
    lang = ctx.lang
    title = lang.translate("Export", "Not a number")
    for rows_, limit, message in (
        (other_rows, VALUE_LIMIT, lang.translate("Export", "Type a number (money in yen).")),
        (rate_rows, RATE_LIMIT, lang.translate(
            "Export", "Type a percentage such as 25% (between −1,000% and 1,000%).")),
    ):
        if not rows_:
            continue
        rule = DataValidation(type="decimal", operator="between", formula1=f"{-limit:.0f}", formula2=f"{limit:.0f}",
                              allow_blank=True, showErrorMessage=True, errorTitle=title, error=message,
                              showInputMessage=False)
        rule.sqref = _ranges(rows_)
        sheet.ws.data_validations.append(rule)
