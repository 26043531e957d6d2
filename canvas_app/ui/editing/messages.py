"""Why a typed value was refused, in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...calc.kpi_bounds import ABOVE_WHOLE, BELOW_ZERO
from ...text.parsing import ParseError


def parse_message(error: ParseError) -> str:
    if getattr(error, "message", ""):  # a field that words its own refusal
        return error.message
    translate = QCoreApplication.translate
    return {
        "number": translate("Editing", "Please enter a number, e.g. 1200 or 1,200."),
        "date": translate("Editing", "Please enter a date such as 2027/3/31."),
        "year": translate("Editing", "Please enter a year such as 2028."),
        "whole_number": translate("Editing", "Please enter a whole number."),
        "too_large": translate("Editing", "This number is too large."),
        "score": translate("Editing", "Please enter a score from 1 to 5."),
        "negative": translate("Editing", "Please enter an amount of zero or more."),
        # A value this KPI can never take (calc.kpi_bounds), refused before it is stored.
        BELOW_ZERO: translate("Editing", "This KPI cannot be below zero."),
        ABOVE_WHOLE: translate("Editing", "A rate cannot be above 100 %."),
    }.get(error.reason, translate("Editing", "This value is not allowed here."))


def kept_message(message: str) -> str:
    """The refusal after the field was left: the plan kept its value."""
    return QCoreApplication.translate("Editing", "%1 The previous value was kept.").replace("%1", message)
