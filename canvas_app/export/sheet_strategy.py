"""Sheet "1 Strategy": vision, mission, mid-term plan with its headline targets,
business strategy and priorities, and the business goals with marketing's contribution
and the departments that agreed to them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from canvas_app.model.enums import Unit
from canvas_app.text.labels import enum_label, step_label

from .xlsx_blocks import key_value, section, text_table
from .xlsx_context import ExportContext

WIDTHS = [24, 14, 13, 13, 10, 12, 14, 40, 22, 30]


def build(ctx: ExportContext) -> None:
    book, plan = ctx.book, ctx.plan
    strategy = plan.strategy
    sheet = ctx.sheets["strategy"]
    sheet.setup(WIDTHS, landscape=True, header_text=ctx.header_text())
    sheet.title_rows(step_label("1"), QCoreApplication.translate(
        "Export", "Start from the business: what it must achieve, and how marketing contributes."), len(WIDTHS))
    sheet.skip()
    key_value(sheet, QCoreApplication.translate("Export", "Vision"), strategy.vision, WIDTHS)
    key_value(sheet, QCoreApplication.translate("Export", "Mission"), strategy.mission, WIDTHS)
    key_value(sheet, QCoreApplication.translate("Export", "Business strategy"), strategy.business_strategy, WIDTHS)
    priorities = [p.text for p in strategy.priorities]
    key_value(sheet, QCoreApplication.translate("Export", "Strategic priorities"), ctx.bullets(priorities), WIDTHS)

    mtp = strategy.mid_term_plan
    section(sheet, QCoreApplication.translate("Export", "Mid-term business plan"))
    years = "–".join(str(y) for y in (mtp.start_year, mtp.end_year) if y)
    key_value(sheet, QCoreApplication.translate("Export", "Plan"), " ".join(p for p in (mtp.title, years) if p), WIDTHS)
    key_value(sheet, QCoreApplication.translate("Export", "Summary"), mtp.summary, WIDTHS)
    if mtp.headline_targets:
        rows = []
        for target in mtp.headline_targets:
            rows.append([target.label or target.id, _value_cell(ctx, sheet, target.value, target.unit),
                         ctx.unit_label(target.unit), sheet.num(target.year, book.style("cell", "0"))])
        text_table(sheet, "HeadlineTargets",
                   [QCoreApplication.translate("Export", "Headline target"), QCoreApplication.translate("Export", "Value"),
                    QCoreApplication.translate("Export", "Unit"), QCoreApplication.translate("Export", "Year")],
                   rows, WIDTHS, where=[t.id for t in mtp.headline_targets])

    section(sheet, QCoreApplication.translate("Export", "Business goals and marketing's contribution"))
    headers = [QCoreApplication.translate("Export", "Goal"), QCoreApplication.translate("Export", "Category"),
               QCoreApplication.translate("Export", "Baseline"), QCoreApplication.translate("Export", "Target"),
               QCoreApplication.translate("Export", "Unit"), QCoreApplication.translate("Export", "Deadline"),
               QCoreApplication.translate("Export", "Owner"),
               QCoreApplication.translate("Export", "Marketing contribution"),
               QCoreApplication.translate("Export", "Departments agreed"), QCoreApplication.translate("Export", "Notes")]
    date = book.style("cell", ctx.date_format())
    rows = [[goal.name or goal.id, enum_label(goal.category), _value_cell(ctx, sheet, goal.baseline, goal.unit),
             _value_cell(ctx, sheet, goal.target, goal.unit), ctx.unit_label(goal.unit),
             sheet.date(goal.deadline, date), goal.owner, goal.marketing_contribution,
             ctx.names_of(goal.agreed_department_ids), goal.notes] for goal in strategy.goals]
    text_table(sheet, "Goals", headers, rows, WIDTHS, where=[g.id for g in strategy.goals])


def _value_cell(ctx: ExportContext, sheet, value: float | None, unit: Unit):
    whole = value is None or float(value).is_integer()
    return sheet.num(value, ctx.book.style("cell", ctx.book.unit_format(unit, whole)))
