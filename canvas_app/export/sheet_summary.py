"""Sheet "Summary": the plan on a page — goals with targets and status, personas and
their value statements, the KPI roots, the roadmap's span and budget, the next review.

Numbers reference the sheets they come from (KPI tree, Roadmap, 4 Reviews), so the
summary follows any edit there. A goal's status is the status of the KPI that
``calc.kpi_report.goal_kpi`` picks for it (the traffic light of the Reviews sheet).
"""

from __future__ import annotations

from canvas_app.calc.kpi_report import KpiRow, goal_kpi
from canvas_app.calc.review_outlook import next_review
from canvas_app.calc.roadmap import roadmap_span
from canvas_app.model.enums import Status
from canvas_app.text.formatting import fiscal_year_label
from canvas_app.text.labels import enum_label

from .sheet_reviews import traffic_lights
from .xlsx_blocks import section
from .xlsx_book import header_row, text_height
from .xlsx_context import ExportContext

WIDTHS = [34, 18, 18, 16, 18, 40, 6]
KEY_COL = 7


def _status_cells(ctx: ExportContext, sheet, kpi: KpiRow | None):
    """The status label and key cells of a KPI at its latest actual (formulas over the
    Reviews sheet), or "no data"."""
    lang = ctx.lang
    book = ctx.book
    style = book.style("cell", align="center")
    found = ctx.anchors.review_status.get((kpi.id, kpi.latest_period)) if kpi and kpi.latest_period else None
    if found is None:
        return sheet.text(enum_label(Status.NO_DATA, lang), style), sheet.text("none", book.style("cell"))
    label, key = found
    return sheet.formula(f"={label}", style), sheet.formula(f"={key}", book.style("cell"))


def build(ctx: ExportContext) -> None:
    lang = ctx.lang
    book, plan = ctx.book, ctx.plan
    sheet = ctx.sheets["summary"]
    settings = ctx.settings
    sheet.setup(WIDTHS, landscape=True, hidden_columns=[KEY_COL], header_text=ctx.header_text(), tab_color="1F5FBF")
    subtitle = "  ·  ".join(part for part in (
        settings.company_name, fiscal_year_label(settings.fiscal_year, ctx.lang.code),
        lang.translate("Export", "Money in {unit}").format(unit=book.money_suffix()),
        lang.translate("Export", "Exported {date}").format(date=ctx.date_text(ctx.today))) if part)
    sheet.title_rows(ctx.title(), subtitle, 6)
    wrap = book.style("cell", wrap=True)
    date = book.style("cell", ctx.date_format())

    section(sheet, lang.translate("Export", "Business goals"))
    header = sheet.row + 1
    names = header_row(sheet, [lang.translate("Export", "Goal"),
                               lang.translate("Export", "Baseline"),
                               lang.translate("Export", "Target"),
                               lang.translate("Export", "Deadline"),
                               lang.translate("Export", "Status"),
                               lang.translate("Export", "Owner"), "key"])
    for goal in plan.strategy.goals:
        number = book.style("cell", book.unit_format(goal.unit, all(
            v is None or float(v).is_integer() for v in (goal.baseline, goal.target))))
        status, key = _status_cells(ctx, sheet, goal_kpi(ctx.kpi_rows, goal.id))
        sheet.append([sheet.text(goal.name or goal.id, wrap, where=goal.id), sheet.num(goal.baseline, number),
                      sheet.num(goal.target, number), sheet.date(goal.deadline, date), status,
                      sheet.text(goal.owner, wrap, where=goal.id), key],
                     height=text_height([(goal.name, WIDTHS[0]), (goal.owner, WIDTHS[5])]))
    _lights(sheet, header)
    sheet.table("SummaryGoals", names, header, sheet.row)

    section(sheet, lang.translate("Export", "KPI tree roots"))
    header = sheet.row + 1
    names = header_row(sheet, [lang.translate("Export", "KPI"),
                               lang.translate("Export", "Plan value"),
                               lang.translate("Export", "Target"),
                               lang.translate("Export", "Unit"),
                               lang.translate("Export", "Status"),
                               lang.translate("Export", "Owner"), "key"])
    for kpi in (row for row in ctx.kpi_rows if row.is_root):
        node = kpi.node
        cells = ctx.anchors.kpis[kpi.id]
        number = book.style("cell", book.unit_format(node.unit))
        status, key = _status_cells(ctx, sheet, kpi)
        sheet.append([sheet.text(node.name or node.id, wrap, where=node.id), sheet.formula(f"={cells.value}", number),
                      sheet.formula(f'=IF(ISNUMBER({cells.target}),{cells.target},"")', number)
                      if not node.is_input else sheet.formula(f"={cells.value}", number),
                      sheet.text(ctx.unit_label(node.unit), book.style("cell", align="center")), status,
                      sheet.text(node.owner, wrap, where=node.id), key])
    _lights(sheet, header)
    sheet.table("SummaryKpis", names, header, sheet.row)

    section(sheet, lang.translate("Export", "Personas and value"))
    # Not an Excel table: Excel allows no merged cells in one, and the statement spans C:F.
    head = book.style("header")
    sheet.append([sheet.text(lang.translate("Export", "Persona"), head),
                  sheet.text(lang.translate("Export", "Priority"), head),
                  sheet.text(lang.translate("Export", "Value statement"), head),
                  sheet.blank(head), sheet.blank(head), sheet.blank(head)], height=30)
    sheet.merge(3, 6)
    statements = {}
    for vp in plan.customers.value_propositions:
        statements.setdefault(vp.persona_id, vp.statement)
    span = sum(WIDTHS[2:6])
    for persona in plan.customers.personas:
        statement = statements.get(persona.id, "")
        row = sheet.append([sheet.text(persona.name or persona.id, wrap, where=persona.id),
                            sheet.text(enum_label(persona.priority, lang), wrap),
                            sheet.text(statement, wrap, where=persona.id),
                            *(sheet.blank(wrap) for _ in range(3))],
                           height=text_height([(statement, span), (persona.name, WIDTHS[0])]))
        sheet.merge(3, 6, row)

    section(sheet, lang.translate("Export", "Roadmap and next review"))
    label = book.style("label")
    span_ = roadmap_span(plan)
    money = book.style("cell", book.money_format())
    sheet.append([sheet.text(lang.translate("Export", "Roadmap"), label),
                  sheet.date(span_.start if span_ else None, date), sheet.date(span_.end if span_ else None, date),
                  sheet.text(lang.translate("Export", "{count} initiatives").format(
                      count=len(plan.roadmap.initiatives)), book.style("cell"))])
    sheet.append([sheet.text(lang.translate("Export", "Total budget"), label),
                  sheet.formula(f"={ctx.anchors.total_budget}", money) if ctx.anchors.total_budget
                  else sheet.blank(money)])
    for goal in plan.strategy.goals:
        cell = ctx.anchors.budget_by_goal.get(goal.id)
        if cell:
            sheet.append([sheet.text(lang.translate("Export", "Budget: {goal}").format(
                goal=goal.name or goal.id), book.style("cell", wrap=True), where=goal.id),
                sheet.formula(f"={cell}", money)], height=text_height([(goal.name, WIDTHS[0] - 4)]))
    nxt = next_review(plan, ctx.today)
    cadence = plan.review.cadence
    if nxt is not None:
        text = f"{enum_label(nxt.kind, lang)} ({ctx.period(nxt.period) if nxt.period in ctx.keys else nxt.period})"
        sheet.append([sheet.text(lang.translate("Export", "Next review"), label),
                      sheet.date(nxt.date, date), sheet.text(text, book.style("cell"))])
    else:
        sheet.append([sheet.text(lang.translate("Export", "Next review"), label),
                      sheet.text(lang.translate("Export", "None scheduled"), book.style("cell"))])
    if cadence.meeting_day:
        sheet.append([sheet.text(lang.translate("Export", "Review cadence"), label), sheet.text(
            lang.translate("Export", "{kpi} and {strategy}, on day {day} of the month").format(
                kpi=enum_label(cadence.kpi_review, lang), strategy=enum_label(cadence.strategy_review, lang),
                day=cadence.meeting_day) if cadence.kpi_review != cadence.strategy_review else enum_label(
                cadence.kpi_review, lang), book.style("cell"))])
        sheet.merge(2, 6)


def _lights(sheet, header: int) -> None:
    if sheet.row > header:
        traffic_lights(sheet, KEY_COL, f"E{header + 1}:E{sheet.row}", header + 1)
