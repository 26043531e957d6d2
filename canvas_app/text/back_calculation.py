"""Why a back-calculation (逆算) could not give a value, in words (``calc.kpi_tree``
gives the reason as a key)."""

from __future__ import annotations

from canvas_app.calc import kpi_tree as kt
from canvas_app.calc.kpi_bounds import ABOVE_WHOLE

from .language import Language

__all__ = ["back_calculation_reason"]


def back_calculation_reason(code: str | None, bound: str | None, blocked_name: str, lang: Language) -> str:
    """Why a back-calculation failed, as the end of a sentence (no full stop), in ``lang``:
    the command line's refusal and the window's solve panel say the same."""
    if code == kt.OUT_OF_RANGE:
        if bound == ABOVE_WHOLE:
            return lang.translate("BackCalculation", "it would need a rate above 100 %, which this KPI cannot be")
        return lang.translate("BackCalculation", "it would need a value below zero, which this KPI cannot be")
    texts = {
        kt.UNKNOWN_NODE: lang.translate("BackCalculation", "there is no KPI with that id"),
        kt.NOT_INPUT: lang.translate("BackCalculation", "the KPI to solve for is computed, not an input"),
        kt.NO_TARGET: lang.translate("BackCalculation", "the KPI to reach has no target"),
        kt.NOT_DESCENDANT: lang.translate("BackCalculation", "the input is not below the KPI to reach"),
        kt.ZERO_DIVISOR: lang.translate(
            "BackCalculation", "a value on the way is zero, so no input value can reach the target"),
        kt.MISSING_VALUE: lang.translate("BackCalculation", "“{name}” has no value yet").format(name=blocked_name),
        kt.OVERFLOW: lang.translate("BackCalculation", "the result is too large to compute"),
    }
    return texts.get(code or "", texts[kt.OVERFLOW])
