"""Templates for File ▸ New: a thin adapter over ``canvas_app.storage.samples``."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ..model import Plan
from ..storage import samples


@dataclass(frozen=True)
class TemplateChoice:
    """One entry of the New from Template dialog."""

    name: str
    title: str
    description: str = ""


def available() -> list[TemplateChoice]:
    """Blank first, then the sample plans (each with its language)."""
    choices = []
    for template in samples.list_templates():
        if template.name == samples.BLANK:
            description = QCoreApplication.translate("Templates", "An empty plan: start from your own business goals.")
        else:
            language = {"ja": QCoreApplication.translate("Templates", "Japanese"), "en": QCoreApplication.translate("Templates", "English")}.get(template.language, "")
            description = QCoreApplication.translate("Templates", "Sample plan (%1): a filled-in example to learn from or adapt.").replace(
                "%1", language or template.name)
        choices.append(TemplateChoice(template.name, template.title, description))
    return choices


def new_plan(name: str, language: str) -> Plan:
    """A new, unsaved plan from template ``name`` (raises LoadError for a broken sample)."""
    return samples.new_plan_from_template(name, language)


def sample_for_language(language: str) -> str:
    """The sample opened on first start: the Japanese manufacturer or the English SaaS."""
    return "manufacturer_ja" if language == "ja" else "saas_en"
