"""Sheets "2 Customers" (personas, value propositions), "Competitors" (competitors and
the differentiation matrix, our differentiators marked) and "Channels" (channels and
the customer journeys)."""

from __future__ import annotations

from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Font, PatternFill

from canvas_app.text.labels import enum_label, step_label

from .xlsx_blocks import section, text_table
from .xlsx_book import STATUS_FILLS, STATUS_INKS, col, header_row, ref, text_height
from .xlsx_context import ExportContext

PERSONA_WIDTHS = [18, 16, 10, 28, 26, 26, 22, 22, 22, 22]
COMPETITOR_WIDTHS = [24, 14, 18, 34, 34, 30]
CHANNEL_WIDTHS = [24, 12, 14, 14, 18, 40]


def build_customers(ctx: ExportContext) -> None:
    lang = ctx.lang
    plan = ctx.plan
    customers = plan.customers
    sheet = ctx.sheets["customers"]
    sheet.setup(PERSONA_WIDTHS, landscape=True, header_text=ctx.header_text())
    sheet.title_rows(step_label("2", lang), lang.translate(
        "Export", "Who we serve, what they struggle with, and the value we deliver to each of them."),
        len(PERSONA_WIDTHS))
    section(sheet, lang.translate("Export", "Personas"))
    headers = [lang.translate("Export", "Persona"), lang.translate("Export", "Segment / role"),
               lang.translate("Export", "Priority"), lang.translate("Export", "Description"),
               lang.translate("Export", "Challenges"), lang.translate("Export", "Needs"),
               lang.translate("Export", "Values"), lang.translate("Export", "Buying triggers"),
               lang.translate("Export", "Objections"),
               lang.translate("Export", "Information sources")]
    rows = [[p.name or p.id, " / ".join(x for x in (p.segment, p.role) if x), enum_label(p.priority, lang), p.description,
             ctx.bullets(p.challenges), ctx.bullets(p.needs), ctx.bullets(p.values), ctx.bullets(p.buying_triggers),
             ctx.bullets(p.objections), ctx.bullets(p.information_sources)] for p in customers.personas]
    text_table(sheet, "Personas", headers, rows, PERSONA_WIDTHS, where=[p.id for p in customers.personas])

    section(sheet, lang.translate("Export", "Value propositions"))
    headers = [lang.translate("Export", "Persona"), lang.translate("Export", "Value statement"),
               lang.translate("Export", "Pains"), lang.translate("Export", "Pain relievers"),
               lang.translate("Export", "Gains"), lang.translate("Export", "Gain creators"),
               lang.translate("Export", "Products and services")]
    widths = [18, 16 + 10 + 28, 26, 26, 22, 22, 22]
    rows = [[ctx.name(v.persona_id), v.statement, ctx.bullets(v.pains), ctx.bullets(v.pain_relievers),
             ctx.bullets(v.gains), ctx.bullets(v.gain_creators), ctx.bullets(v.products)]
            for v in customers.value_propositions]
    # The statement spans three persona columns: written in the second, the others empty.
    spread = [[r[0], r[1], "", "", *r[2:]] for r in rows]
    header_names = [headers[0], headers[1], "", "", *headers[2:]]
    _value_table(sheet, header_names, spread, widths, [v.id for v in customers.value_propositions])


def _value_table(sheet, headers, rows, widths, where) -> None:
    """The value-proposition table: the statement merged across three columns."""
    book = sheet.book
    wrap = book.style("cell", wrap=True)
    header_style = book.style("header")
    cells = [sheet.text(h, header_style) for h in headers]
    row = sheet.append(cells, height=30)
    sheet.ws.merged_cells.add(f"B{row}:D{row}")
    for index, values in enumerate(rows):
        texts = [(values[0], widths[0]), (values[1], widths[1])] + [(v, w) for v, w in zip(values[4:], widths[2:])]
        row = sheet.append([sheet.text(v, wrap, where=where[index]) for v in values], height=text_height(texts))
        sheet.ws.merged_cells.add(f"B{row}:D{row}")


def build_competitors(ctx: ExportContext) -> None:
    lang = ctx.lang
    book, plan = ctx.book, ctx.plan
    customers = plan.customers
    competitors = customers.competitors
    sheet = ctx.sheets["competitors"]
    matrix_cols = 2 + len(competitors) + 1
    widths = list(COMPETITOR_WIDTHS) + [16] * max(0, matrix_cols - len(COMPETITOR_WIDTHS))
    sheet.setup(widths, landscape=True, header_text=ctx.header_text())
    sheet.title_rows(lang.translate("Export", "Competitors and differentiation"), lang.translate(
        "Export", "◎ marks a criterion where we score above every competitor: a differentiator."), len(widths))
    section(sheet, lang.translate("Export", "Competitors"))
    headers = [lang.translate("Export", "Competitor"), lang.translate("Export", "Kind"),
               lang.translate("Export", "Price"), lang.translate("Export", "Strengths"),
               lang.translate("Export", "Weaknesses"), lang.translate("Export", "Notes")]
    rows = [[c.name or c.id, enum_label(c.kind, lang), enum_label(c.price_position, lang), ctx.bullets(c.strengths),
             ctx.bullets(c.weaknesses), c.notes] for c in competitors]
    text_table(sheet, "Competitors", headers, rows, widths, where=[c.id for c in competitors])

    section(sheet, lang.translate("Export", "Differentiation matrix (scores 1–5)"))
    headers = [lang.translate("Export", "Criterion"), lang.translate("Export", "Us"),
               *(c.name or c.id for c in competitors), lang.translate("Export", "Differentiator")]
    header = sheet.row + 1
    names = header_row(sheet, headers)
    score = book.style("input", "0", align="center")
    center = book.style("cell", align="center", bold=True)
    first = header + 1
    mark = lang.translate("Export", "◎")
    for criterion in customers.criteria:
        row = sheet.row + 1
        us = ref(2, row)
        others = f"{ref(3, row)}:{ref(2 + len(competitors), row)}" if competitors else None
        best = f"MAX({others})" if others else "0"
        cells = [sheet.text(criterion.name or criterion.id, book.style("cell", wrap=True), where=criterion.id),
                 sheet.num(criterion.our_score, score)]
        cells += [sheet.num(criterion.competitor_scores.get(c.id), score) for c in competitors]
        cells.append(sheet.formula(f'=IF(AND(ISNUMBER({us}),{us}>{best}),"{mark}","")', center))
        sheet.append(cells, height=text_height([(criterion.name, widths[0])]))
    last = max(sheet.row, first)
    marker_col = 3 + len(competitors)
    rule = FormulaRule(formula=[f'${col(marker_col)}{first}<>""'], stopIfTrue=True,
                       fill=PatternFill("solid", fgColor=STATUS_FILLS["on"], bgColor=STATUS_FILLS["on"]),
                       font=Font(color=STATUS_INKS["on"], b=True))
    sheet.ws.conditional_formatting.add(f"B{first}:B{last}", rule)
    sheet.table("Differentiation", names, header, sheet.row)


def build_channels(ctx: ExportContext) -> None:
    lang = ctx.lang
    book, plan = ctx.book, ctx.plan
    customers = plan.customers
    sheet = ctx.sheets["channels"]
    stage_count = max((len(j.stages) for j in customers.journeys), default=0)
    widths = list(CHANNEL_WIDTHS) + [24] * max(0, stage_count + 1 - len(CHANNEL_WIDTHS))
    sheet.setup(widths, landscape=True, header_text=ctx.header_text())
    sheet.title_rows(lang.translate("Export", "Channels and the customer journey"), lang.translate(
        "Export", "Where we meet each persona, what they think at each stage, and what we do. Money in {unit}.")
        .format(unit=book.money_suffix()), len(widths))
    section(sheet, lang.translate("Export", "Channels"))
    headers = [lang.translate("Export", "Channel"), lang.translate("Export", "Online / offline"),
               lang.translate("Export", "Funnel stage"), lang.translate("Export", "Monthly cost"),
               lang.translate("Export", "Owner"), lang.translate("Export", "Notes")]
    money = book.style("cell", book.money_format())
    channels = customers.channels
    rows = [[c.name or c.id, enum_label(c.kind, lang), enum_label(c.phase, lang), sheet.num(c.monthly_cost_yen, money), c.owner,
             c.notes] for c in channels]
    first_data = sheet.row + 2  # after the section heading: the header row, then the data
    text_table(sheet, "Channels", headers, rows, widths, where=[c.id for c in channels])
    if channels:
        total = book.style("total", book.money_format())
        label = book.style("total")
        sheet.append([sheet.text(lang.translate("Export", "Total per month"), label),
                      sheet.blank(label), sheet.blank(label),
                      sheet.formula(f"=SUM(D{first_data}:D{sheet.row})", total)])

    for journey in customers.journeys:
        section(sheet, lang.translate("Export", "Customer journey: {persona}").format(
            persona=ctx.name(journey.persona_id)))
        header = book.style("header")
        label = book.style("label", wrap=True)
        wrap = book.style("cell", wrap=True)
        sheet.append([sheet.blank(header), *(sheet.text(s.name or s.id, header, where=s.id) for s in journey.stages)],
                     height=24)
        for title, values in (
            (lang.translate("Export", "Touchpoint"), [s.touchpoint for s in journey.stages]),
            (lang.translate("Export", "Channel"), [ctx.name(s.channel_id) for s in journey.stages]),
            (lang.translate("Export", "Customer thought"), [s.customer_thought for s in journey.stages]),
            (lang.translate("Export", "Our action"), [s.our_action for s in journey.stages]),
        ):
            sheet.append([sheet.text(title, label), *(sheet.text(v, wrap, where=journey.id) for v in values)],
                         height=text_height(zip(values, widths[1:])))
