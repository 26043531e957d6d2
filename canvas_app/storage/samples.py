"""Templates for a new plan: the blank plan and the sample plans in resources/samples.

A sample is a project file ``resources/samples/NAME.scanvas``; its template name is the
file stem and its title the plan's ``settings.title``. A sample may exist per language
as ``NAME.ja.scanvas`` / ``NAME.en.scanvas``: ``new_plan_from_template("NAME", "en")``
then picks the English one (``NAME.scanvas`` wins when it exists).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from canvas_app.model import Plan, PlanSettings

from .project_file import SUFFIX, LoadError, load_plan

__all__ = ["BLANK", "Template", "UnknownTemplate", "resources_dir", "samples_dir", "list_templates",
           "blank_plan", "new_plan_from_template", "current_fiscal_year"]

log = logging.getLogger(__name__)

#: The name of the empty template.
BLANK = "blank"


def resources_dir() -> Path:
    """The repository's ``resources/`` folder (icons, translations, samples)."""
    return Path(__file__).resolve().parents[2] / "resources"


def samples_dir() -> Path:
    return resources_dir() / "samples"


@dataclass(frozen=True)
class Template:
    """A template to start a plan from. ``path`` is None for the blank plan; ``settings``
    are the sample's own (None for the blank plan), for the New plan wizard to show."""

    name: str
    title: str
    path: Path | None = None
    language: str = ""
    settings: PlanSettings | None = None


class UnknownTemplate(LookupError):
    """No template has this name."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def current_fiscal_year(today: dt.date, start_month: int = 4) -> int:
    """The fiscal year (named by the calendar year it starts in) that contains ``today``."""
    return today.year if today.month >= start_month else today.year - 1


def blank_plan(lang: str = "ja", today: dt.date | None = None) -> Plan:
    """An empty plan in ``lang`` for the fiscal year that contains ``today``."""
    today = today or dt.date.today()
    language = "ja" if lang == "ja" else "en"
    return Plan(settings=PlanSettings(language=language, fiscal_year=current_fiscal_year(today)))


def _sample_files(folder: Path | None = None) -> list[Path]:
    folder = folder or samples_dir()
    try:
        return sorted(p for p in folder.glob(f"*{SUFFIX}") if p.is_file())
    except OSError:
        return []


def list_templates(folder: Path | None = None) -> list[Template]:
    """The blank template first, then every sample that loads, by name. A sample that
    does not load is left out (and logged): a broken resource must not break "New"."""
    templates = [Template(BLANK, QCoreApplication.translate("Samples", "Blank plan"))]
    for path in _sample_files(folder):
        try:
            plan = load_plan(path).plan
        except LoadError as exc:
            log.warning("sample %s does not load: %s", path, exc.code)
            continue
        name = path.name[: -len(SUFFIX)]
        templates.append(Template(name, plan.settings.title or name, path, plan.settings.language, plan.settings))
    return templates


def new_plan_from_template(name: str, lang: str = "ja", *, folder: Path | None = None,
                           today: dt.date | None = None) -> Plan:
    """A fresh plan to edit: the blank plan, or a copy of the sample ``name`` (its ids
    kept). Raises :class:`UnknownTemplate`, or ``LoadError`` for a broken sample."""
    if name == BLANK:
        return blank_plan(lang, today)
    folder = folder or samples_dir()
    if not name or "/" in name or "\\" in name or name.startswith("."):
        raise UnknownTemplate(name)
    for candidate in (f"{name}{SUFFIX}", f"{name}.{lang}{SUFFIX}"):
        path = folder / candidate
        if path.is_file():
            return load_plan(path).plan
    raise UnknownTemplate(name)
