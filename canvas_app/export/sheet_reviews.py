"""Sheets "4 Reviews" and "Actions".

4 Reviews: every recorded actual against the target to date (latest period first),
with the rules of ``calc.progress`` as formulas:

- the actual references its cell on the Actuals input sheet, so a value typed there
  flows through;
- actual to date: additive KPIs sum the KPI's actuals up to the period (SUMIFS over the
  Actuals input sheet), non-additive KPIs take the period's own actual;
- target to date: additive KPIs sum the period targets of the KPI tree sheet from the
  first period on, non-additive KPIs take the period's target;
- variance = actual to date − target to date; achievement = actual ÷ target (target ÷
  actual when lower is better); the status compares it with the thresholds at the top
  of the sheet (editable) and a traffic light colours it (conditional formatting).

Below: the review meetings with their notes and decisions. Actions: every action item,
open ones first.
"""

from __future__ import annotations

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font, PatternFill

from canvas_app.model.enums import Aggregation, Direction
from canvas_app.text.labels import enum_label

from .xlsx_book import STATUS_FILLS, STATUS_INKS, STATUS_KEYS, col, formula_string, header_row, quote_sheet, ref, text_height
from .xlsx_context import ExportContext

#: Rows: title, note, two thresholds, a blank row, then the table header.
HEADER_ROW = 6
PERIOD, KPI, OWNER, UNIT, ACTUAL, TO_DATE, TARGET, VARIANCE, ACHIEVEMENT, STATUS, KEY, KPI_ID, PERIOD_KEY = range(1, 14)


def _status_formula(key_cell: str, labels: dict[str, str]) -> str:
    return (f'=IF({key_cell}="on",{labels["on"]},IF({key_cell}="risk",{labels["risk"]},'
            f'IF({key_cell}="off",{labels["off"]},{labels["none"]})))')


def _key_formula(direction: Direction, atd: str, ttd: str, ach: str, on: str, risk: str) -> str:
    judged = f'IF({ach}>={on},"on",IF({ach}>={risk},"risk","off"))'
    if direction == Direction.LOWER_IS_BETTER:
        body = f'IF({ttd}<0,IF({atd}<={ttd},"on","off"),IF({atd}<=0,"on",{judged}))'
    else:
        body = f'IF({ttd}<=0,IF({atd}>={ttd},"on","off"),{judged})'
    return f'=IF(AND(ISNUMBER({atd}),ISNUMBER({ttd})),{body},"none")'


def traffic_lights(sheet, key_column: int, area: str, first_row: int) -> None:
    """Colour the cells of ``area`` by the status key in ``key_column`` of their row."""
    for code in ("on", "risk", "off", "none"):
        rule = FormulaRule(formula=[f'${col(key_column)}{first_row}="{code}"'], stopIfTrue=True,
                           fill=PatternFill("solid", fgColor=STATUS_FILLS[code], bgColor=STATUS_FILLS[code]),
                           font=Font(color=STATUS_INKS[code], b=code != "none"))
        sheet.ws.conditional_formatting.add(area, rule)


def build_reviews(ctx: ExportContext) -> None:
    lang = ctx.lang
    book, plan = ctx.book, ctx.plan
    sheet = ctx.sheets["reviews"]
    sheet.setup([16, 32, 18, 9, 14, 14, 14, 14, 11, 11, 6, 12, 6], landscape=True,
                hidden_columns=[KEY, KPI_ID, PERIOD_KEY], header_text=ctx.header_text(),
                freeze=f"C{HEADER_ROW + 1}", title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
    sheet.title_rows(
        lang.translate("Export", "Review: actuals against target to date"),
        lang.translate(
            "Export", "Actuals come from the Actuals input sheet; targets to date from the KPI tree. Change a "
            "threshold below and the traffic lights follow. Money in {unit}.").format(unit=book.money_suffix()),
        STATUS)
    thresholds = plan.settings.thresholds
    label = book.style("label")
    entry = book.style("input", "0%")
    on_row = sheet.append([sheet.text(lang.translate("Export", "On track at or above"), label),
                           sheet.num(thresholds.on_track, entry)])
    risk_row = sheet.append([sheet.text(lang.translate("Export", "At risk at or above"), label),
                             sheet.num(thresholds.at_risk, entry)])
    on, risk = ref(2, on_row, "both"), ref(2, risk_row, "both")
    sheet.skip()

    headers = [lang.translate("Export", "Period"), lang.translate("Export", "KPI"),
               lang.translate("Export", "Owner"), lang.translate("Export", "Unit"),
               lang.translate("Export", "Actual"), lang.translate("Export", "Actual to date"),
               lang.translate("Export", "Target to date"), lang.translate("Export", "Variance"),
               lang.translate("Export", "Achievement"), lang.translate("Export", "Status"),
               "key", "kpi_id", "period"]
    header = sheet.row + 1
    assert header == HEADER_ROW
    names = header_row(sheet, headers)
    first = header + 1
    order = {node_id: i for i, node_id in enumerate(ctx.shape.order)}
    recorded = sorted(
        (a for a in plan.review.actuals if a.period in ctx.keys and a.kpi_id in ctx.shape.nodes),
        key=lambda a: (-ctx.keys.index(a.period), order.get(a.kpi_id, len(order))))
    cols = ctx.anchors.actuals
    this = quote_sheet(sheet.title)
    text_style = book.style("cell", wrap=True)
    plain = book.style("cell")
    percent = book.style("cell", "0.0%")
    center = book.style("cell", align="center")
    labels = {key: ctx.period(key) for key in ctx.keys}
    heights = {n.id: text_height([(n.name or n.id, 32), (n.owner, 18)]) for n in ctx.shape.nodes.values()}
    status_labels = {code: formula_string(enum_label(status, lang)) for status, code in STATUS_KEYS.items()}
    for actual in recorded:
        node = ctx.shape.nodes[actual.kpi_id]
        row = sheet.row + 1
        number = book.unit_format(node.unit)
        numeric = book.style("cell", number)
        index = ctx.keys.index(actual.period) + 1
        source = f'{cols["value_column"]}{ctx.anchors.actual_rows[(node.id, actual.period)]}'
        kpi = ctx.anchors.kpis[node.id]
        a, atd, ttd = ref(ACTUAL, row), ref(TO_DATE, row), ref(TARGET, row)
        if node.aggregation == Aggregation.ADDITIVE:
            to_date = (f'=IF(COUNTIFS({cols["kpi"]},"{node.id}",{cols["index"]},"<={index}",{cols["value"]},"<>")=0,'
                       f'"",SUMIFS({cols["value"]},{cols["kpi"]},"{node.id}",{cols["index"]},"<={index}"))')
            target = f"=SUM({kpi.period_range[0]}:{kpi.periods[actual.period].split('!')[1]})"
        else:
            to_date = f"={a}"
            target = f"={kpi.periods[actual.period]}"
        if node.direction == Direction.LOWER_IS_BETTER:
            achievement = f'=IF(AND(ISNUMBER({atd}),ISNUMBER({ttd})),IF(AND({ttd}>=0,{atd}>0),{ttd}/{atd},""),"")'
        else:
            achievement = f'=IF(AND(ISNUMBER({atd}),ISNUMBER({ttd})),IF({ttd}>0,{atd}/{ttd},""),"")'
        sheet.append([
            sheet.text(labels[actual.period], plain),
            sheet.text(node.name or node.id, text_style, where=node.id),
            sheet.text(node.owner, text_style, where=node.id),
            sheet.text(ctx.unit_label(node.unit), center),
            sheet.formula(f'=IF(ISNUMBER({source}),{source},"")', numeric),
            sheet.formula(to_date, numeric),
            sheet.formula(target, numeric),
            sheet.formula(f'=IF(AND(ISNUMBER({atd}),ISNUMBER({ttd})),{atd}-{ttd},"")', numeric),
            sheet.formula(achievement, percent),
            sheet.formula(_status_formula(ref(KEY, row), status_labels), center),
            sheet.formula(_key_formula(node.direction, atd, ttd, ref(ACHIEVEMENT, row), on, risk), plain),
            sheet.text(node.id, plain),
            sheet.text(actual.period, plain),
        ], height=heights[node.id])
        ctx.anchors.review_status[(node.id, actual.period)] = (
            f"{this}!{ref(STATUS, row, 'both')}", f"{this}!{ref(KEY, row, 'both')}")
    if recorded:
        traffic_lights(sheet, KEY, f"{col(STATUS)}{first}:{col(STATUS)}{sheet.row}", first)
    sheet.table("Reviews", names, header, sheet.row)
    _meetings(ctx, sheet)


def _meetings(ctx: ExportContext, sheet) -> None:
    lang = ctx.lang
    book, plan = ctx.book, ctx.plan
    sheet.skip()
    sheet.append([sheet.text(lang.translate("Export", "Review meetings"), book.style("subtitle"))],
                 height=22)
    headers = [lang.translate("Export", "Date"), lang.translate("Export", "Meeting"),
               lang.translate("Export", "Held"), lang.translate("Export", "Period"),
               lang.translate("Export", "Summary"), lang.translate("Export", "Customer voice"),
               lang.translate("Export", "Lost-deal reasons"),
               lang.translate("Export", "Decisions")]
    header = sheet.row + 1
    widths = [16, 32, 14, 9, 14 + 14, 14 + 14, 11 + 11, 30]
    names = header_row(sheet, headers)
    wrap = book.style("cell", wrap=True)
    date = book.style("cell", ctx.date_format())
    for meeting in sorted(plan.review.meetings, key=lambda m: (m.date is None, m.date)):
        decisions = [_decision_text(ctx, d) for d in meeting.decisions]
        texts = [meeting.summary, meeting.customer_voice, meeting.lost_deal_reasons, ctx.bullets(decisions)]
        held = lang.translate("Export", "Held") if meeting.held else lang.translate(
            "Export", "Scheduled")
        period = ctx.period(meeting.period) if meeting.period in ctx.keys else meeting.period
        sheet.append([
            sheet.date(meeting.date, date), sheet.text(enum_label(meeting.kind, lang), wrap),
            sheet.text(held, wrap), sheet.text(period, wrap),
            *(sheet.text(text, wrap, where=meeting.id) for text in texts),
        ], height=text_height(zip(texts, widths[4:])))
    sheet.table("Meetings", names, header, sheet.row)


def _decision_text(ctx: ExportContext, decision) -> str:
    lang = ctx.lang
    subject = ctx.name(decision.subject_id) if decision.subject_id else enum_label(decision.subject, lang)
    text = f"{subject}: {enum_label(decision.decision, lang)}"
    if decision.revisit_step:
        text += lang.translate("Export", " (back to step {step})").format(step=decision.revisit_step)
    if decision.rationale:
        text += f" — {decision.rationale}"
    return text


def build_actions(ctx: ExportContext) -> None:
    lang = ctx.lang
    book, plan = ctx.book, ctx.plan
    sheet = ctx.sheets["actions"]
    widths = [50, 18, 14, 14, 22, 24]
    sheet.setup(widths, landscape=True, freeze="A4", title_rows="3:3", header_text=ctx.header_text())
    sheet.title_rows(lang.translate("Export", "Action items"),
                     lang.translate("Export", "Open items first, then done and dropped ones."), 6)
    headers = [lang.translate("Export", "Action"), lang.translate("Export", "Owner"),
               lang.translate("Export", "Due"), lang.translate("Export", "Status"),
               lang.translate("Export", "Review"), lang.translate("Export", "Carried over from")]
    names = header_row(sheet, headers)
    items = [(meeting, action) for meeting in plan.review.meetings for action in meeting.action_items]
    items.sort(key=lambda pair: (not pair[1].is_open, pair[1].due is None, pair[1].due))
    texts = {action.id: action.text for _, action in items}
    wrap = book.style("cell", wrap=True)
    date = book.style("cell", ctx.date_format())
    overdue = book.style("cell", ctx.date_format(), ink=STATUS_INKS["off"], bold=True)
    for meeting, action in items:
        is_open, late = action.is_open, action.is_overdue(ctx.today)
        review = " ".join(part for part in (ctx.date_text(meeting.date) if meeting.date else "",
                                            enum_label(meeting.kind, lang)) if part)
        carried = texts.get(action.carried_from, action.carried_from or "")
        sheet.append([
            sheet.text(action.text, wrap, where=action.id), sheet.text(action.owner, wrap, where=action.id),
            sheet.date(action.due, overdue if late else date),
            sheet.text(enum_label(action.status, lang), book.style("cell", bold=is_open)),
            sheet.text(review, wrap), sheet.text(carried, wrap, where=action.id),
        ], height=text_height([(action.text, widths[0]), (carried, widths[5])]))
    sheet.table("Actions", names, 3, sheet.row)
