"""Sheet "1 Strategy": vision, mission, mid-term plan with its headline targets,
business strategy and priorities, and the business goals with marketing's contribution
and the departments that agreed to them."""

from __future__ import annotations

from canvas_app.model.enums import Unit
from canvas_app.text.labels import enum_label, step_label

from .xlsx_blocks import key_value, section, text_table
from .xlsx_context import ExportContext

WIDTHS = [24, 14, 13, 13, 10, 12, 14, 40, 22, 30]


def build(ctx: ExportContext) -> None:
    lang = ctx.lang
    book, plan = ctx.book, ctx.plan
    strategy = plan.strategy
    sheet = ctx.sheets["strategy"]
    sheet.setup(WIDTHS, landscape=True, header_text=ctx.header_text())
    sheet.title_rows(step_label("1", lang), lang.translate(
        "Export", "Start from the business: what it must achieve, and how marketing contributes."), len(WIDTHS))
    sheet.skip()
    key_value(sheet, lang.translate("Export", "Vision"), strategy.vision, WIDTHS)
    key_value(sheet, lang.translate("Export", "Mission"), strategy.mission, WIDTHS)
    key_value(sheet, lang.translate("Export", "Business strategy"), strategy.business_strategy, WIDTHS)
    priorities = [p.text for p in strategy.priorities]
    key_value(sheet, lang.translate("Export", "Strategic priorities"), ctx.bullets(priorities), WIDTHS)

    mtp = strategy.mid_term_plan
    section(sheet, lang.translate("Export", "Mid-term business plan"))
    years = "–".join(str(y) for y in (mtp.start_year, mtp.end_year) if y)
    key_value(sheet, lang.translate("Export", "Plan"), " ".join(p for p in (mtp.title, years) if p), WIDTHS)
    key_value(sheet, lang.translate("Export", "Summary"), mtp.summary, WIDTHS)
    if mtp.headline_targets:
        rows = []
        for target in mtp.headline_targets:
            rows.append([target.label or target.id, _value_cell(ctx, sheet, target.value, target.unit),
                         ctx.unit_label(target.unit), sheet.num(target.year, book.style("cell", "0"))])
        text_table(sheet, "HeadlineTargets",
                   [lang.translate("Export", "Headline target"), lang.translate("Export", "Value"),
                    lang.translate("Export", "Unit"), lang.translate("Export", "Year")],
                   rows, WIDTHS, where=[t.id for t in mtp.headline_targets])

    section(sheet, lang.translate("Export", "Business goals and marketing's contribution"))
    headers = [lang.translate("Export", "Goal"), lang.translate("Export", "Category"),
               lang.translate("Export", "Baseline"), lang.translate("Export", "Target"),
               lang.translate("Export", "Unit"), lang.translate("Export", "Deadline"),
               lang.translate("Export", "Owner"),
               lang.translate("Export", "Marketing contribution"),
               lang.translate("Export", "Departments agreed"), lang.translate("Export", "Notes")]
    date = book.style("cell", ctx.date_format())
    rows = [[goal.name or goal.id, enum_label(goal.category, lang), _value_cell(ctx, sheet, goal.baseline, goal.unit),
             _value_cell(ctx, sheet, goal.target, goal.unit), ctx.unit_label(goal.unit),
             sheet.date(goal.deadline, date), goal.owner, goal.marketing_contribution,
             ctx.names_of(goal.agreed_department_ids), goal.notes] for goal in strategy.goals]
    text_table(sheet, "Goals", headers, rows, WIDTHS, where=[g.id for g in strategy.goals])


def _value_cell(ctx: ExportContext, sheet, value: float | None, unit: Unit):
    whole = value is None or float(value).is_integer()
    return sheet.num(value, ctx.book.style("cell", ctx.book.unit_format(unit, whole)))
