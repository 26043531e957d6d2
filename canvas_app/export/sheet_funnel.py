"""Sheet "Funnel": the revenue process from Marketing to Customer Success, worked back
from the revenue target with formulas (the same rules as ``calc.funnel``).

- Conversion rates, deal size and stage days reference the KPI tree sheet (a KPI's
  plan value, else its target); a missing rate KPI is implied by the planned volumes.
- Required won deals = MAX(revenue target, 0) ÷ average deal size; each stage upstream
  = the next stage's requirement ÷ its conversion rate ("—" where the app shows it, and
  under the table, in the app's words, which rate or deal size keeps it from being
  worked out: ``funnel_why``).
- Required whole units form one chain a sales head can check by hand: won deals round
  up (ignoring float noise, ROUNDUP(ROUND(x, 6), 0)), and each stage upstream is worked
  from the whole figure below it (ROUNDUP(ROUND(whole below ÷ rate, 6), 0)).
- Days to close add the stage days downstream; "needed by" = fiscal year end − days.
- Required coverage = 1 ÷ win rate; existing revenue = customers × retention ×
  revenue per customer × (1 + expansion).
- A figure that cannot be worked out (no revenue KPI, no deal size, a stage without
  days, no pipeline actual) reads "—" like the required volumes, never #N/A: a
  comparison with text is FALSE where one with #N/A would spread the error.
"""

from __future__ import annotations

from canvas_app.calc.funnel import analyse_funnel
from canvas_app.calc.funnel_roles import CHAIN, nodes_by_role
from canvas_app.calc.progress import reporting_period
from canvas_app.model.enums import Aggregation, RevenueStage
from canvas_app.model.enums import FunnelRole as R
from canvas_app.model.periods import year_end
from canvas_app.text.formatting import MISSING
from canvas_app.text.funnel_blocks import block_message
from canvas_app.text.labels import enum_label

from .funnel_why import MAX_FORMULA, why_formula
from .xlsx_book import formula_string, header_row, quote_sheet, ref, text_height
from .xlsx_context import ExportContext

LABEL, VALUE = 1, 2
DASH = formula_string(MISSING)  # what a required volume or coverage shows when it cannot be worked out
STAGE, VOLUME, RATE, REQUIRED, WHOLE, PLANNED, ACTUAL, DAYS, NEEDED_BY, KEY = range(1, 11)


class _Roles:
    """Excel expressions for the planned value of each funnel role (see calc.funnel_roles)."""

    def __init__(self, ctx: ExportContext) -> None:
        self.ctx = ctx
        self.nodes = nodes_by_role(ctx.plan)

    def planned(self, role: R | None) -> str | None:
        node = self.nodes.get(role) if role is not None else None
        if node is None:
            return None
        cells = self.ctx.anchors.kpis[node.id]
        if node.is_input:
            return cells.value
        return f"IF(ISNUMBER({cells.value}),{cells.value},IF(ISNUMBER({cells.target}),{cells.target},{DASH}))"

    def target(self, role: R) -> str | None:
        node = self.nodes.get(role)
        if node is None or node.target is None:
            return None
        return self.ctx.anchors.kpis[node.id].target


def build(ctx: ExportContext) -> None:
    lang = ctx.lang
    book = ctx.book
    sheet = ctx.sheets["funnel"]
    roles = _Roles(ctx)
    analysis = analyse_funnel(ctx.plan)
    sheet.setup([24, 26, 16, 15, 15, 15, 15, 14, 16, 12], landscape=True, header_text=ctx.header_text(),
                hidden_columns=[KEY])
    sheet.title_rows(
        lang.translate("Export", "Revenue funnel"),
        lang.translate(
            "Export", "Marketing → Inside Sales → Sales → Customer Success, worked back from the revenue target. "
            "Every number is a formula over the KPI tree sheet. Money in {unit}.").format(unit=book.money_suffix()),
        NEEDED_BY)
    money = book.style("cell", book.money_format())
    label = book.style("label", wrap=True)
    anchors = ctx.anchors.funnel
    this = quote_sheet(sheet.title)

    def key_row(text: str, expression: str, style, key: str) -> str:
        row = sheet.append([sheet.text(text, label), sheet.formula("=" + expression, style),
                            *[None] * (KEY - 3), sheet.text(key)], height=text_height([(text, 24)]))
        anchors[key] = f"{this}!{ref(VALUE, row, 'both')}"
        return ref(VALUE, row, "both")

    # Revenue target: the new-revenue KPI's target, else total target − existing revenue.
    new_target = roles.target(R.NEW_REVENUE)
    if new_target is not None:
        target_expr = new_target
    elif roles.target(R.TOTAL_REVENUE) is not None and roles.planned(R.EXISTING_REVENUE) is not None:
        total, existing = roles.target(R.TOTAL_REVENUE), roles.planned(R.EXISTING_REVENUE)
        target_expr = f"IF(AND(ISNUMBER({total}),ISNUMBER({existing})),{total}-{existing},{DASH})"
    else:
        target_expr = DASH
    sheet.skip()
    target = key_row(lang.translate("Export", "New-business revenue target"), target_expr, money,
                     "revenue_target")
    deal = roles.planned(R.AVERAGE_DEAL_SIZE)
    if deal is None:
        new, won = roles.planned(R.NEW_REVENUE), roles.planned(R.WON_DEALS)
        deal = f"IFERROR({new}/{won},{DASH})" if new and won else DASH
    deal_size = key_row(enum_label(R.AVERAGE_DEAL_SIZE, lang), deal, money, "average_deal_size")
    sheet.skip()

    headers = [lang.translate("Export", "Stage"), lang.translate("Export", "Volume"),
               lang.translate("Export", "Conversion to next stage"),
               lang.translate("Export", "Required"),
               lang.translate("Export", "Required (whole)"),
               lang.translate("Export", "Planned"),
               lang.translate("Export", "Actual to date"),
               lang.translate("Export", "Days to close"),
               lang.translate("Export", "Needed by")]
    header = sheet.row + 1
    names = header_row(sheet, headers)
    first = header + 1
    rows = {volume: first + i for i, (volume, *_rest) in enumerate(CHAIN)}
    end = year_end(ctx.settings.fiscal_year, ctx.settings.fiscal_year_start_month)
    count = book.style("cell", "#,##0.0")
    whole = book.style("cell", "#,##0")
    percent = book.style("cell", "0.0%")
    days_style = book.style("cell", "#,##0")
    date_style = book.style("cell", ctx.date_format())
    rate_cells: dict[R, str] = {}
    for index, (volume, rate_role, _stage, days_role) in enumerate(CHAIN):
        row = rows[volume]
        stage = analysis.stage(volume)
        is_last = index == len(CHAIN) - 1
        if is_last:
            rate = "NA()"
            required = (f"IF(AND(ISNUMBER({deal_size}),{deal_size}>0,ISNUMBER({target})),"
                        f"MAX({target},0)/{deal_size},{DASH})")
            whole_of = ref(REQUIRED, row)
            days = "0"
        else:
            next_volume = CHAIN[index + 1][0]
            rate = roles.planned(rate_role)
            if rate is None:
                upper, lower = roles.planned(next_volume), roles.planned(volume)
                rate = f"IFERROR({upper}/{lower},{DASH})" if upper and lower else DASH
            rate = f"IF(ISNUMBER({rate}),{rate},{DASH})"
            rate_cell = ref(RATE, row)
            rate_cells[volume] = ref(RATE, row, "both")
            next_req = ref(REQUIRED, rows[next_volume])
            required = (f"IF(AND(ISNUMBER({rate_cell}),ISNUMBER({next_req})),IF({rate_cell}>0,{next_req}/{rate_cell},"
                        f"{DASH}),{DASH})")
            # Upstream wholes come from the whole figure below (one chain), not the exact one.
            whole_of = f"{ref(WHOLE, rows[next_volume])}/{rate_cell}"
            step = roles.planned(days_role)
            below = ref(DAYS, rows[next_volume])
            days = (f"IF(AND(ISNUMBER({below}),ISNUMBER({step}),{step}>=0),{below}+{step},{DASH})" if step
                    else DASH)
        planned = roles.planned(volume)
        sheet.append([
            sheet.text(enum_label(stage.stage if stage else RevenueStage.MARKETING, lang), book.style("cell")),
            sheet.text(enum_label(volume, lang), book.style("cell", bold=True)),
            sheet.formula("=" + rate, percent) if not is_last else sheet.blank(percent),
            sheet.formula("=" + required, count),
            sheet.formula(f"=IF(ISNUMBER({ref(REQUIRED, row)}),ROUNDUP(ROUND({whole_of},6),0),{DASH})", whole),
            sheet.formula(f"=IF(ISNUMBER({planned}),{planned},{DASH})", count) if planned else sheet.blank(count),
            _actual_cell(ctx, sheet, roles, volume, count),
            sheet.formula("=" + days, days_style),
            sheet.formula(f"=IF(ISNUMBER({ref(DAYS, row)}),DATE({end.year},{end.month},{end.day})"
                          f"-ROUNDUP({ref(DAYS, row)},0),{DASH})", date_style),
            sheet.text(f"stage:{volume.value}"),
        ])
        anchors[f"required:{volume.value}"] = f"{this}!{ref(REQUIRED, row, 'both')}"
    sheet.table("Funnel", names, header, sheet.row)
    _why_row(ctx, roles, target, deal_size, rate_cells)

    # The win rate: the win-rate KPI, else the opportunities stage's conversion.
    win = roles.planned(R.WIN_RATE) or ref(RATE, rows[R.OPPORTUNITIES], "both")
    sheet.skip()
    # Nested IFs: AND() over a #N/A win rate is #N/A itself. "—" as the app shows it.
    key_row(lang.translate("Export", "Required pipeline coverage (1 ÷ win rate)"),
                       f"IF(ISNUMBER({win}),IF({win}>0,1/{win},{DASH}),{DASH})", book.style("cell", '0.00"×"'),
                       "required_coverage")
    remaining = key_row(lang.translate("Export", "Remaining revenue target"),
                        f"IF(ISNUMBER({target}),{target}-{_number(analysis.new_revenue_actual)},{DASH})", money,
                        "remaining_target")
    pipeline = analysis.pipeline_actual
    key_row(lang.translate("Export", "Pipeline coverage (latest pipeline ÷ remaining target)"),
            DASH if pipeline is None else
            f"IF(AND(ISNUMBER({remaining}),{remaining}>0),{_number(pipeline)}/{remaining},{DASH})",
            book.style("cell", '0.00"×"'), "actual_coverage")

    sheet.skip()
    sheet.append([sheet.text(lang.translate("Export", "Existing customers"), book.style("subtitle"))],
                 height=20)
    parts = []
    for role in (R.CUSTOMERS, R.RETENTION_RATE, R.REVENUE_PER_CUSTOMER, R.EXPANSION_RATE):
        expression = roles.planned(role)
        style = {R.CUSTOMERS: count, R.REVENUE_PER_CUSTOMER: money}.get(role, percent)
        if expression is None:
            row = sheet.append([sheet.text(enum_label(role, lang), label), sheet.blank(style)])
        else:
            row = sheet.append([sheet.text(enum_label(role, lang), label), sheet.formula("=" + expression, style),
                                *[None] * (KEY - 3), sheet.text(role.value)])
        parts.append(ref(VALUE, row))
    customers, retention, per_customer, expansion = parts
    key_row(lang.translate("Export", "Customers × retention × revenue per customer × (1 + expansion)"),
            f"IF(AND(ISNUMBER({customers}),ISNUMBER({retention}),ISNUMBER({per_customer})),"
            f"{customers}*{retention}*{per_customer}*(1+IF(ISNUMBER({expansion}),{expansion},0)),{DASH})",
            money, "existing_formula")
    existing = roles.planned(R.EXISTING_REVENUE)
    key_row(enum_label(R.EXISTING_REVENUE, lang), existing or DASH, money, "existing_revenue")


def _why_row(ctx: ExportContext, roles: _Roles, target: str, deal_size: str, rate_cells: dict[R, str]) -> None:
    """Under the table, in the words of the app: which input keeps a required volume
    from being worked out (a formula, so it follows an edit of the KPI tree sheet)."""
    sheet, lang = ctx.sheets["funnel"], ctx.lang
    names = {node.id: _name_cell(ctx.anchors.kpis[node.id]) for node in roles.nodes.values()}
    expression = why_formula(ctx.plan, lang, roles.nodes, target, deal_size, rate_cells, names)
    current = " ".join(block_message(block, ctx.plan, lang) for block in analyse_funnel(ctx.plan).blocks)
    value = sheet.formula("=" + expression, ctx.book.style("cell", wrap=True)) if len(expression) < MAX_FORMULA \
        else sheet.text(current, ctx.book.style("cell", wrap=True))
    caption = lang.translate("Export", "Why a required volume is missing")
    span = sum(sheet.widths[VALUE - 1:NEEDED_BY])
    sheet.skip()
    sheet.append([sheet.text(caption, ctx.book.style("label", wrap=True)), value, *[None] * (KEY - 3),
                  sheet.text("blocked")], height=text_height([(current, span), (caption, 24)]))
    sheet.merge(VALUE, NEEDED_BY)


def _name_cell(cells) -> str:
    """The cell of the KPI tree sheet holding a KPI's name (column A of its row)."""
    sheet_part = cells.value.rsplit("!", 1)[0]
    return f"{sheet_part}!$A${cells.row}"


def _number(value: float | None) -> str:
    return "0" if value is None else repr(float(value))


def _actual_cell(ctx: ExportContext, sheet, roles: _Roles, volume: R, style):
    """Actuals to date of a volume: the sum of its actuals on the Actuals input sheet up
    to the reporting period (additive KPIs), else the app's value."""
    node = roles.nodes.get(volume)
    as_of = reporting_period(ctx.plan)
    if node is None or as_of is None:
        return sheet.blank(style)
    cols = ctx.anchors.actuals
    if node.aggregation == Aggregation.ADDITIVE and cols:
        index = ctx.keys.index(as_of) + 1
        return sheet.formula(
            f'=IF(COUNTIFS({cols["kpi"]},"{node.id}",{cols["index"]},"<={index}",{cols["value"]},"<>")=0,"",'
            f'SUMIFS({cols["value"]},{cols["kpi"]},"{node.id}",{cols["index"]},"<={index}"))', style)
    return sheet.num(ctx.progress.actual_to_date(node, as_of), style)
