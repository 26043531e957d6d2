"""Templates for File ▸ New: a thin adapter over ``canvas_app.storage.samples``."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ..model import MoneyUnit, Plan
from ..storage import samples

translate = QCoreApplication.translate


@dataclass(frozen=True)
class TemplateChoice:
    """One entry of the New plan wizard, with the settings the wizard starts from.

    Attributes:
        departments: ``(id, name)`` of the template's departments; the id is None for
            the blank plan's suggested departments (they are created with the plan).
    """

    name: str
    title: str
    description: str = ""
    company_name: str = ""
    fiscal_year_start_month: int = 4
    money_unit: MoneyUnit = MoneyUnit.THOUSAND
    departments: tuple[tuple[str | None, str], ...] = ()


def blank_departments() -> tuple[tuple[None, str], ...]:
    """The departments suggested for a blank plan: the revenue process of the seeds."""
    return tuple((None, name) for name in (
        translate("Templates", "Corporate Planning"),
        translate("Templates", "Marketing"),
        translate("Templates", "Sales"),
        translate("Templates", "Customer Success"),
    ))


def _description(template: samples.Template) -> str:
    known = {
        "manufacturer_ja": translate("Templates", "Precision parts maker (B2B): trade shows, inside sales, "
                                                  "agents and a year of reviews."),
        "saas_en": translate("Templates", "B2B software (SaaS): inbound leads, inside sales, customer success "
                                          "and a year of reviews."),
        "retail_ja": translate("Templates", "Local bakery-café chain with four shops: visits × spend per visit, "
                                            "LINE, Google Maps, flyers."),
    }
    text = known.get(template.name) or translate("Templates", "A filled-in example to learn from or adapt.")
    language = {"ja": translate("Templates", "Japanese"), "en": translate("Templates", "English")}.get(template.language)
    if language:
        text = translate("Templates", "Sample in %1. %2").replace("%1", language).replace("%2", text)
    return text


def available() -> list[TemplateChoice]:
    """Blank first, then the sample plans (each with its language and settings)."""
    choices = []
    for template in samples.list_templates():
        if template.name == samples.BLANK or template.settings is None:
            choices.append(TemplateChoice(
                template.name, template.title,
                translate("Templates", "Nothing filled in: start from your own business goals."),
                departments=blank_departments()))
            continue
        s = template.settings
        choices.append(TemplateChoice(
            template.name, template.title, _description(template), s.company_name, s.fiscal_year_start_month,
            s.money_unit, tuple((d.id, d.name) for d in s.departments)))
    return choices


def new_plan(name: str, language: str) -> Plan:
    """A new, unsaved plan from template ``name`` (raises LoadError for a broken sample)."""
    return samples.new_plan_from_template(name, language)


def sample_for_language(language: str) -> str:
    """The sample opened on first start: the Japanese manufacturer or the English SaaS."""
    return "manufacturer_ja" if language == "ja" else "saas_en"
