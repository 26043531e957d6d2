"""Sheet "Roadmap": initiatives with owner, dates, budget, status and links; a Gantt of
the fiscal year drawn with cell fills; budget totals per month, quarter and goal.

Each month cell of an initiative holds its budget for that month as a formula of the
dates and the budget, with the rule of ``calc.roadmap`` (cumulative rounding down):

    spent(d) = INT(budget × MIN(days, MAX(0, d − start + 1)) ÷ days)
    month    = spent(last day of the month) − spent(day before the month)

(exact while budget × days stays below 2^53, e.g. 10^11 yen over ten years). Cancelled
initiatives count nothing. Conditional formatting colours the months an initiative runs
(grey when cancelled), so the Gantt follows edited dates. Hidden helper columns hold
the status key, the effective start and end (a missing one takes the other), the
number of days, the budget before and after the fiscal year, and the goals the budget
serves (``|goal-a|goal-b|``; split evenly, the remainder to the last goal, as in
``calc.roadmap.budget_by_goal``).
"""

from __future__ import annotations

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import PatternFill

from canvas_app.calc.roadmap import initiative_goals, kpi_goals, roadmap_scale
from canvas_app.model.enums import Granularity, InitiativeStatus
from canvas_app.text.labels import enum_label

from .xlsx_book import GANTT_FILL, col, formula_string, header_row, money_format, quote_sheet, ref, text_height
from .xlsx_context import ExportContext

NAME, OWNER, START, END, BUDGET, STATUS, GOAL, KPIS = range(1, 9)
FIRST_MONTH = 9
LAST_MONTH = FIRST_MONTH + 11
(STATUS_KEY, EFF_START, EFF_END, DAYS, BEFORE, AFTER, GOAL_KEYS, GOAL_COUNT, ITEM_KEY) = range(
    LAST_MONTH + 1, LAST_MONTH + 10)
#: Rows: title, note, month starts (hidden), month ends (hidden), header.
STARTS_ROW, ENDS_ROW, HEADER_ROW = 3, 4, 5
STATUS_FILL = {InitiativeStatus.CANCELLED: "D5DAE3", InitiativeStatus.DONE: "8CC5A0",
               InitiativeStatus.ON_HOLD: "F2CF7A"}


def _spent(budget: str, start: str, days: str, elapsed: str) -> str:
    return f"INT({budget}*MIN({days},MAX(0,{elapsed}))/{days})"


def build(ctx: ExportContext) -> None:
    lang = ctx.lang
    book, plan = ctx.book, ctx.plan
    sheet = ctx.sheets["roadmap"]
    settings = ctx.settings
    # The fiscal year's months as the strip under the Gantt has them (calc.roadmap.budget_strip).
    months = roadmap_scale(plan, Granularity.MONTH, range(settings.fiscal_year, settings.fiscal_year + 1))
    widths = [30, 12, 10.5, 10.5, 11, 9, 14, 18] + [7.2] * 12 + [4] * 9
    sheet.setup(widths, landscape=True, freeze=f"B{HEADER_ROW + 1}", title_rows=f"{HEADER_ROW}:{HEADER_ROW}",
                hidden_columns=range(STATUS_KEY, ITEM_KEY + 1), header_text=ctx.header_text())
    sheet.title_rows(
        lang.translate("Export", "Execution roadmap"),
        lang.translate(
            "Export", "The months show each initiative's budget (spread over its days); change a date or a budget "
            "and the Gantt and the totals follow. Money in {unit}.").format(unit=book.money_suffix()),
        LAST_MONTH)
    date = book.style("cell", ctx.date_format())
    sheet.append([None] * (FIRST_MONTH - 1) + [sheet.date(m.start, date) for m in months], hidden=True)
    sheet.append([None] * (FIRST_MONTH - 1) + [sheet.date(m.end, date) for m in months], hidden=True)
    headers = [lang.translate("Export", "Initiative"), lang.translate("Export", "Owner"),
               lang.translate("Export", "Start"), lang.translate("Export", "End"),
               lang.translate("Export", "Budget"), lang.translate("Export", "Status"),
               lang.translate("Export", "Goal"), lang.translate("Export", "Linked KPIs"),
               *(ctx.short_period(f"M{m:02d}") for m in range(1, 13)),
               "status", "start", "end", "days", "before", "after", "goals", "goal_count", "id"]
    names = header_row(sheet, headers)
    first = HEADER_ROW + 1
    money = book.style("cell", book.money_format())
    month_money = book.style("cell", money_format(book.money, blank_zero=True), size=8.5)
    wrap = book.style("cell", wrap=True)
    plain = book.style("cell")
    goals_of_kpis = kpi_goals(plan)
    goal_ids = {goal.id for goal in plan.strategy.goals}
    first_day, last_day = months[0].start, months[-1].end
    year_first = f"DATE({first_day.year},{first_day.month},{first_day.day})"
    year_last = f"DATE({last_day.year},{last_day.month},{last_day.day})"
    # A plan without initiatives keeps one empty row to type into: the totals below then
    # sum that row instead of reaching down to themselves (a circular reference).
    for initiative in plan.roadmap.initiatives or [None]:
        row = sheet.row + 1
        goals = [g for g in initiative_goals(plan, initiative, goals_of_kpis) if g in goal_ids] if initiative else []
        b, s, e, d = (ref(BUDGET, row, "col"), ref(EFF_START, row, "col"), ref(EFF_END, row, "col"),
                      ref(DAYS, row, "col"))
        status = ref(STATUS_KEY, row, "col")
        guard = f'OR({status}="cancelled",{d}=0,N({b})=0)'
        month_cells = []
        for m in range(12):
            c = FIRST_MONTH + m
            start_ref, end_ref = ref(c, STARTS_ROW, "row"), ref(c, ENDS_ROW, "row")
            month_cells.append(sheet.formula(
                f"=IF({guard},0,{_spent(b, s, d, f'{end_ref}-{s}+1')}-{_spent(b, s, d, f'{start_ref}-{s}')})",
                month_money))
        kpi_names = ctx.names_of(initiative.kpi_ids) if initiative else ""
        item_id = initiative.id if initiative else ""
        name, owner = (initiative.name or item_id, initiative.owner) if initiative else ("", "")
        sheet.append([
            sheet.text(name, wrap, where=item_id),
            sheet.text(owner, wrap, where=item_id),
            sheet.date(initiative and initiative.start, date), sheet.date(initiative and initiative.end, date),
            sheet.num(initiative and initiative.budget_yen, book.style("input", book.money_format())),
            sheet.text(enum_label(initiative.status, lang) if initiative else "", plain),
            sheet.text(ctx.names_of(goals), wrap), sheet.text(kpi_names, wrap),
            *month_cells,
            sheet.text(initiative.status.value if initiative else "", plain),
            sheet.formula(f"=IF(ISNUMBER({ref(START, row)}),{ref(START, row)},{ref(END, row)})", date),
            sheet.formula(f"=IF(ISNUMBER({ref(END, row)}),{ref(END, row)},{ref(START, row)})", date),
            sheet.formula(f"=IF(AND(ISNUMBER({s}),ISNUMBER({e})),{e}-{s}+1,0)", plain),
            sheet.formula(f"=IF({guard},0,{_spent(b, s, d, f'{year_first}-{s}')})", plain),
            sheet.formula(f"=IF({guard},0,{b}-{_spent(b, s, d, f'{year_last}-{s}+1')})", plain),
            sheet.text("|" + "|".join(goals) + "|" if goals else "", plain),
            sheet.num(len(goals), plain),
            sheet.text(item_id, plain),
        ], height=text_height([(name, widths[0]), (kpi_names, widths[KPIS - 1]), (owner, widths[OWNER - 1]),
                               (ctx.names_of(goals), widths[GOAL - 1])]))
    last = sheet.row
    _gantt(sheet, first, last)
    sheet.table("Roadmap", names, HEADER_ROW, sheet.row)
    _totals(ctx, sheet, first, last, money)


def _gantt(sheet, first: int, last: int) -> None:
    area = f"{col(FIRST_MONTH)}{first}:{col(LAST_MONTH)}{last}"
    top_left = col(FIRST_MONTH)
    s, e, status = f"${col(EFF_START)}{first}", f"${col(EFF_END)}{first}", f"${col(STATUS_KEY)}{first}"
    active = f"AND(ISNUMBER({s}),{s}<={top_left}${ENDS_ROW},{e}>={top_left}${STARTS_ROW})"
    for state, colour in STATUS_FILL.items():
        sheet.ws.conditional_formatting.add(area, FormulaRule(
            formula=[f'AND({status}="{state.value}",{active})'], stopIfTrue=True,
            fill=PatternFill("solid", fgColor=colour, bgColor=colour)))
    sheet.ws.conditional_formatting.add(area, FormulaRule(
        formula=[active], stopIfTrue=True, fill=PatternFill("solid", fgColor=GANTT_FILL, bgColor=GANTT_FILL)))


def _totals(ctx: ExportContext, sheet, first: int, last: int, money) -> None:
    lang = ctx.lang
    book, plan = ctx.book, ctx.plan
    this = quote_sheet(sheet.title)
    total_style = book.style("total", book.money_format())
    label_style = book.style("total")
    pad = lambda key: [*[None] * (ITEM_KEY - 3), sheet.text(key)]  # noqa: E731 - hidden row key
    rng = lambda column: f"${col(column)}${first}:${col(column)}${last}"  # noqa: E731
    not_cancelled = f'{rng(STATUS_KEY)},"<>cancelled"'
    total_row = sheet.row + 1
    row_cells = [sheet.text(lang.translate("Export", "Total"), label_style)]
    row_cells += [sheet.blank(label_style)] * 3
    row_cells.append(sheet.formula(f"=SUMIFS({rng(BUDGET)},{not_cancelled})", total_style))
    row_cells += [sheet.blank(label_style)] * 3
    row_cells += [sheet.formula(f"=SUM({col(c)}{first}:{col(c)}{last})",
                                book.style("total", money_format(book.money, blank_zero=True), size=8.5))
                  for c in range(FIRST_MONTH, LAST_MONTH + 1)]
    row_cells += [None] * (ITEM_KEY - LAST_MONTH - 1) + [sheet.text("total")]
    sheet.append(row_cells)
    ctx.anchors.total_budget = f"{this}!{ref(BUDGET, total_row, 'both')}"

    sheet.skip()
    sheet.append([sheet.text(lang.translate("Export", "Budget by quarter"), book.style("subtitle"))],
                 height=22)
    label = book.style("label")
    for q in range(4):
        c0 = FIRST_MONTH + 3 * q
        sheet.append([sheet.text(f"Q{q + 1}", label), sheet.formula(
            f"=SUM({col(c0)}{total_row}:{col(c0 + 2)}{total_row})", money), *pad(f"Q{q + 1}")])
    for key, text, expression in (
        ("before", lang.translate("Export", "Before the fiscal year"),
         f"=SUMIFS({rng(BEFORE)},{not_cancelled})"),
        ("after", lang.translate("Export", "After the fiscal year"), f"=SUMIFS({rng(AFTER)},{not_cancelled})"),
        ("undated", lang.translate("Export", "Undated"),
         f"=SUMIFS({rng(BUDGET)},{not_cancelled},{rng(DAYS)},0)"),
    ):
        sheet.append([sheet.text(text, label), sheet.formula(expression, money), *pad(key)])

    sheet.skip()
    sheet.append([sheet.text(lang.translate("Export", "Budget by goal"), book.style("subtitle"))],
                 height=22)
    budget, keys, count = rng(BUDGET), rng(GOAL_KEYS), rng(GOAL_COUNT)
    live = f'({rng(STATUS_KEY)}<>"cancelled")'
    for goal in plan.strategy.goals:
        token = formula_string(f"|{goal.id}|")
        share = (f"INT({budget}/({count}+({count}=0)))+(RIGHT({keys},{len(goal.id) + 2})={token})*"
                 f"({budget}-{count}*INT({budget}/({count}+({count}=0))))")
        row = sheet.append([
            sheet.text(goal.name or goal.id, book.style("label", wrap=True), where=goal.id),
            sheet.formula(f"=SUMPRODUCT({live}*ISNUMBER(FIND({token},{keys}))*({share}))", money),
            *pad(f"goal:{goal.id}")])
        ctx.anchors.budget_by_goal[goal.id] = f"{this}!{ref(2, row, 'both')}"
    row = sheet.append([sheet.text(lang.translate("Export", "No goal"), label),
                        sheet.formula(f"=SUMIFS({budget},{not_cancelled},{count},0)", money), *pad("goal:")])
    ctx.anchors.budget_by_goal[""] = f"{this}!{ref(2, row, 'both')}"
