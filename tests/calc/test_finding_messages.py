"""canvas_app.text.findings: one sentence per health-check finding, naming the item.

(Lives with the calc tests because it is the words for calc.health's codes; no
translator is installed, so the English source strings come back.)
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from canvas_app.calc.health import FINDING_CODES, Finding, check_plan
from canvas_app.model.walk import item_label, iter_items
from canvas_app.text.findings import finding_message, finding_title, severity_label

from .builders import day, kpi
from .strategies import near_dates, plans
from .test_health import TODAY, healthy_plan, node
from canvas_app.text.language import Language


def _message(plan, code, item_kind="kpi", item_id="", lang="en", **params):
    return finding_message(Finding(code, FINDING_CODES[code][0], item_kind, item_id, params), plan, Language(lang))


def test_sns_followers_message_names_the_kpi():
    plan = healthy_plan()
    plan.kpis.nodes.append(kpi("followers", name="SNS followers", target=10_000, owner="Ito"))
    [finding] = [f for f in check_plan(plan, TODAY) if f.code == "kpi_not_linked_to_goal"]
    assert finding_message(finding, plan, Language("en")) == (
        "KPI “SNS followers” is not tied to any business goal — marketing metrics must connect to a "
        "business result.")
    assert "and the 2 KPIs below it" in _message(plan, "kpi_not_linked_to_goal", item_id="followers", node_count=3)
    assert "and the KPI below it" in _message(plan, "kpi_not_linked_to_goal", item_id="followers", node_count=2)


def test_numbers_are_formatted_in_the_unit_and_language():
    plan = healthy_plan()
    node(plan, "leads").target = 3000
    [gap] = [f for f in check_plan(plan, TODAY) if f.item_id == "new"]
    # new revenue 90,000,000 vs 120,000,000 yen, shown in the plan's unit (千円 by default).
    assert finding_message(gap, plan, Language("en")) == (
        "The KPI tree under “new” reaches 90,000 thousand yen, short of its target of 120,000 thousand yen — "
        "raise a driver, or use back-calculation to see what it must reach.")
    assert "90,000千円" in finding_message(gap, plan, Language("ja"))
    assert "90,000千円" in finding_message(gap, plan, Language(plan.settings.language))  # the plan's own language by default
    assert "20.0%" in _message(plan, "funnel_low_mql_to_sql", item_id="mql_sql", actual=0.2, planned=0.3,
                               threshold=0.24)
    assert "below 20.0%" in _message(plan, "funnel_low_mql_to_sql", actual=0.15, threshold=0.2)
    assert "90 days against a plan of 60 days" in _message(plan, "funnel_stagnation", item_id="d_close",
                                                           actual=90, planned=60, role="days_to_close")
    assert "2.0×, below the 4.0×" in _message(plan, "funnel_low_coverage", item_id="pipeline",
                                             actual=2.0, required=4.0)


def test_dates_periods_and_related_items():
    plan = healthy_plan()
    assert "was due on 10 Jun 2026" in _message(plan, "review_overdue", "review", "", date="2026-06-10")
    assert "2026年6月10日" in _message(plan, "action_overdue", "action", "", lang="ja", due="2026-06-10")
    # FY2026 starts in April: M03 is June 2026.
    text = _message(plan, "strategy_not_revisited", item_id="leads", period="M03", off_track_count=1)
    assert text.startswith("KPI “leads” is off track in Jun 2026")
    assert _message(plan, "strategy_not_revisited", item_id="leads", period="M03",
                    off_track_count=3).startswith("3 KPIs, among them “leads”")
    text = _message(plan, "initiative_persona_no_value", "initiative", "webinar", persona_id="p1")
    assert "Initiative “Webinar series” targets persona “Factory owner”" in text


@pytest.mark.parametrize("kpi_id, value, count, rule, expected", [
    ("leads", -3, 1, "count", "KPI “leads” has a negative actual for May 2026: -3 — a count cannot be negative; "
                              "correct it in the review."),
    ("d_close", -2, 4, "days", "KPI “d_close” has 4 negative actuals, the first for May 2026: -2 days — a number of "
                               "days cannot be negative; correct them in the review."),
    ("win", -0.1, 1, "funnel", "KPI “win” has a negative actual for May 2026: -10.0% — a funnel volume, rate or "
                               "amount cannot be negative; correct it in the review."),
])
def test_a_negative_actual_says_why_it_cannot_be(kpi_id, value, count, rule, expected):
    plan = healthy_plan()
    assert _message(plan, "kpi_negative_actual", item_id=kpi_id, period="M02", value=value, count=count,
                    rule=rule) == expected


def test_untapped_expansion_says_why():
    plan = healthy_plan()
    assert "no expansion KPI" in _message(plan, "funnel_untapped_expansion", "plan", "", reason="no_expansion_kpi")
    assert "“expansion” is zero" in _message(plan, "funnel_untapped_expansion", item_id="expansion",
                                             reason="zero_expansion")
    assert "No initiative works on existing customers" in _message(
        plan, "funnel_untapped_expansion", item_id="expansion", reason="no_initiative")


def test_every_code_has_a_title_and_a_message():
    plan = healthy_plan()
    for code in FINDING_CODES:
        assert finding_title(code, Language("en")) != code
        text = _message(plan, code, item_id="leads")
        assert text and "{" not in text and "}" not in text, code
    assert [severity_label(s, Language("en")) for s in ("error", "warning", "info")] == ["Error", "Warning", "Hint"]
    assert finding_title("made_up", Language("en")) == "made_up"


def test_a_missing_parameter_never_breaks_the_sentence():
    plan = healthy_plan()
    text = _message(plan, "kpi_tree_gap", item_id="new")  # no value or target given
    assert text.startswith("The KPI tree under “new” reaches —")
    assert _message(plan, "review_overdue", "review", "gone") == "Review meeting “gone” was due on — and has not been held."


@settings(max_examples=40)
@given(plan=plans(), today=near_dates)
def test_every_generated_finding_reads_as_a_sentence(plan, today):
    labels = sorted({item_label(item) for item, _ in iter_items(plan)}, key=len, reverse=True)
    for finding in check_plan(plan, today):
        for lang in ("en", "ja"):
            text = finding_message(finding, plan, Language(lang))
            for label in labels:  # user text may hold braces; ours must not be left unfilled
                text = text.replace(f"“{label}”", "“”")
            assert text.strip() and "{" not in text and "}" not in text


def test_braces_in_user_text_are_kept_as_they_are():
    plan = healthy_plan()
    node(plan, "leads").owner = ""
    node(plan, "leads").name = "{name} {0} {"
    [finding] = [f for f in check_plan(plan, TODAY) if f.code == "kpi_no_owner"]
    assert finding_message(finding, plan, Language("en")) == "KPI “{name} {0} {” has no owner."


def test_dates_in_findings_are_iso_for_the_message():
    plan = healthy_plan()
    plan.review.cadence.meeting_day = None
    text = [finding_message(f, plan, Language("en")) for f in check_plan(plan, day("2026-07-01"))]
    assert text == ["No review is scheduled — set a meeting day or add the next review meeting."]
