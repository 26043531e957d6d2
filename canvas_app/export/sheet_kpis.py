"""Sheet "3 KPI tree": the hierarchy by indentation, and every computed KPI a live
formula over its children's cells.

Columns: KPI (indented by depth) · id (hidden) · how it is calculated · unit · owner ·
department · plan value · target · gap · one target per period.

- Plan value: an input's value (a yellow input cell), or the node's formula over its
  children's plan-value cells: ``SUM(…)``, ``a*b*…``, ``IFERROR(a/b,NA())`` (the app
  leaves a ratio with a zero divisor empty; the sheet shows #N/A, and so does every KPI
  above it) or ``a-b``. An input without a value holds ``=NA()``, so the KPIs that
  depend on it show #N/A exactly where the app shows "—".
- Target: a computed KPI's own target (blank for inputs, whose value is the target).
- Period targets follow ``calc.progress``: the period's own target when the plan sets
  one, else an additive KPI's annual value ÷ number of periods and a non-additive KPI's
  annual value, where the annual value is the target when set, else the plan value.
"""

from __future__ import annotations

from canvas_app.calc.kpi_report import KpiRow
from canvas_app.model.enums import Aggregation, Formula
from canvas_app.text.language import Language

from .xlsx_book import col, header_row, quote_sheet, ref, text_height
from .xlsx_context import ExportContext, KpiCells

NAME, ID, HOW, UNIT, OWNER, DEPT, VALUE, TARGET, GAP = range(1, 10)
FIRST_PERIOD = 10
HEADER_ROW = 3
#: Excel functions take at most 255 arguments; a formula at most 8,192 characters.
MAX_ARGS = 255
MAX_FORMULA = 8_000


def how_label(formula: Formula, lang: Language) -> str:
    return {
        Formula.INPUT: lang.translate("Export", "Input"),
        Formula.SUM: lang.translate("Export", "Sum"),
        Formula.PRODUCT: lang.translate("Export", "Product"),
        Formula.RATIO: lang.translate("Export", "a ÷ b"),
        Formula.DIFFERENCE: lang.translate("Export", "a − b"),
    }[formula]


def _sum(refs: list[str]) -> str:
    """SUM over any number of cells, nested so no call gets more than 255 arguments."""
    while len(refs) > MAX_ARGS:
        refs = [f"SUM({','.join(refs[i:i + MAX_ARGS])})" for i in range(0, len(refs), MAX_ARGS)]
    return f"SUM({','.join(refs)})"


def node_formula(formula: Formula, refs: list[str]) -> str | None:
    """The Excel formula of a computed node over its children's cells (in order)."""
    if formula == Formula.SUM:
        text = "=" + _sum(refs)
    elif formula == Formula.PRODUCT:
        text = "=" + "*".join(refs)
    elif formula == Formula.RATIO:
        text = f"=IFERROR({refs[0]}/{refs[1]},NA())"
    elif formula == Formula.DIFFERENCE:
        text = f"={refs[0]}-{refs[1]}"
    else:
        return None
    return text if len(text) <= MAX_FORMULA else None


def layout(ctx: ExportContext) -> None:
    """Publish in ``ctx.anchors`` the cells every other sheet references: one row per KPI
    report row (tree order, then any node outside the tree)."""
    sheet = quote_sheet(ctx.sheets["kpis"].title)
    ctx.anchors.kpi_sheet = sheet
    last_period = FIRST_PERIOD + len(ctx.keys) - 1
    for offset, kpi in enumerate(ctx.kpi_rows):
        row = HEADER_ROW + 1 + offset
        periods = {key: f"{sheet}!{ref(FIRST_PERIOD + i, row, 'both')}" for i, key in enumerate(ctx.keys)}
        ctx.anchors.kpis[kpi.id] = KpiCells(
            row=row,
            value=f"{sheet}!{ref(VALUE, row, 'both')}",
            target=f"{sheet}!{ref(TARGET, row, 'both')}",
            periods=periods,
            period_range=(f"{sheet}!${col(FIRST_PERIOD)}${row}", f"${col(last_period)}${row}"),
        )


def widths(ctx: ExportContext) -> list[float]:
    period_width = 9.5 if len(ctx.keys) == 12 else 13
    return [34, 14, 9, 9, 16, 13, 13, 13, 12] + [period_width] * len(ctx.keys)


def build(ctx: ExportContext) -> None:
    lang = ctx.lang
    book, plan = ctx.book, ctx.plan
    sheet = ctx.sheets["kpis"]
    layout(ctx)
    last_col = FIRST_PERIOD + len(ctx.keys) - 1
    sheet.setup(widths(ctx), landscape=True, freeze=f"B{HEADER_ROW + 1}",
                title_rows=f"{HEADER_ROW}:{HEADER_ROW}", hidden_columns=[ID], header_text=ctx.header_text())
    sheet.title_rows(
        lang.translate("Export", "KPI tree"),
        lang.translate(
            "Export", "Yellow cells are inputs: change one and every KPI above it, the funnel and the reviews "
            "follow. Money in {unit}.").format(unit=book.money_suffix()),
        last_col)
    headers = [
        lang.translate("Export", "KPI"), lang.translate("Export", "ID"),
        lang.translate("Export", "Calculation"), lang.translate("Export", "Unit"),
        lang.translate("Export", "Owner"), lang.translate("Export", "Department"),
        lang.translate("Export", "Plan value"), lang.translate("Export", "Target"),
        lang.translate("Export", "Gap to target"),
    ] + [ctx.short_period(key) for key in ctx.keys]
    names = header_row(sheet, headers)
    for kpi in ctx.kpi_rows:
        _node_row(ctx, sheet, kpi)
    sheet.table("KpiTree", names, HEADER_ROW, sheet.row)


def _whole(ctx: ExportContext, kpi: KpiRow) -> bool:
    node = kpi.node
    values = [kpi.value, node.target, *node.period_targets.values()]
    if node.aggregation == Aggregation.ADDITIVE:
        annual = node.target if node.target is not None else kpi.value
        if annual is not None:
            values.append(annual / len(ctx.keys))
    return all(v is None or float(v).is_integer() for v in values)


def _node_row(ctx: ExportContext, sheet, kpi: KpiRow) -> None:
    lang = ctx.lang
    book = ctx.book
    node_id, node, depth, in_tree = kpi.id, kpi.node, kpi.depth, kpi.in_tree
    cells = ctx.anchors.kpis[node_id]
    row = cells.row
    number = book.unit_format(node.unit, _whole(ctx, kpi))
    plain = book.style("cell", number)
    entry = book.style("input", number)
    bold = node.is_input is False and depth == 0
    name_style = book.style("cell", indent=min(depth, 15), bold=bold, wrap=True, align="left")
    row_cells = [
        sheet.text(node.name or node.id, name_style, where=node.id),
        sheet.text(node.id, book.style("cell")),
        sheet.text(how_label(node.formula, ctx.lang), book.style("cell", align="center")),
        sheet.text(ctx.unit_label(node.unit), book.style("cell", align="center")),
        sheet.text(node.owner, book.style("cell", wrap=True), where=node.id),
        sheet.text(ctx.name(node.department_id), book.style("cell", wrap=True)),
    ]
    value_ref = ref(VALUE, row)
    target_ref = ref(TARGET, row)
    if node.is_input:
        if node.target is None:
            row_cells.append(sheet.formula("=NA()", entry))
        else:
            row_cells.append(sheet.num(node.target, entry))
        row_cells += [sheet.blank(plain), sheet.blank(plain)]
        annual = f"${col(VALUE)}{row}"
    else:
        formula = None
        if in_tree and len(ctx.shape.children[node_id]) == len(node.children):
            formula = node_formula(node.formula, [ref(VALUE, ctx.anchors.kpis[c].row) for c in node.children])
        if formula is None:  # outside the tree (never in a valid plan) or too long for Excel
            row_cells.append(sheet.num(kpi.value, plain))
            if in_tree:
                book.warn(lang.translate(
                    "Export", "The KPI “{name}” has too many child KPIs for one Excel formula; its value "
                    "is written as a number.").format(name=node.name or node.id))
        else:
            row_cells.append(sheet.formula(formula, book.style("cell", number, bold=bold)))
        row_cells.append(sheet.num(node.target, entry) if node.target is not None else sheet.blank(entry))
        row_cells.append(sheet.formula(f'=IF(ISNUMBER({target_ref}),{value_ref}-{target_ref},"")', plain))
        annual = f"IF(ISNUMBER(${col(TARGET)}{row}),${col(TARGET)}{row},${col(VALUE)}{row})"
    count = len(ctx.keys)
    for key in ctx.keys:
        if key in node.period_targets:
            row_cells.append(sheet.num(node.period_targets[key], entry))
        elif node.aggregation == Aggregation.ADDITIVE:
            row_cells.append(sheet.formula(f"={annual}/{count}", plain))
        else:
            row_cells.append(sheet.formula(f"={annual}", plain))
    sheet.append(row_cells, height=text_height([(" " * 2 * depth + (node.name or node.id), 34),
                                                (node.owner, 16), (ctx.name(node.department_id), 13)]))
