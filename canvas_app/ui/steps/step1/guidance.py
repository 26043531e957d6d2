"""What the guidance panel of step 1 says, per part of the form, in the UI language.

From the seed "CMO思考を実践するための4ステップ" (step ①): confirm the vision, mission,
mid-term plan and business strategy; write down which business goals marketing
contributes to (revenue, new customers, repeat, LTV, brand…); share those goals across
departments as a common language (共通言語化). Literal ``translate`` calls, so that
pyside6-lupdate finds every text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...widgets.guidance import Guidance, GuidanceSection

translate = QCoreApplication.translate

#: The parts of the page, in the order of the form.
TOPICS = ("vision", "midterm", "strategy", "goals", "agreement")


def intro() -> tuple[str, str]:
    """The panel's heading and what the whole step is for."""
    return (translate("StrategyGuidance", "What this step is for"),
            translate("StrategyGuidance", "Connect marketing to the business before planning any campaign: where the "
                      "company is going, how it will win, and the few business goals marketing must contribute "
                      "to — agreed by every department, so that everyone speaks the same language."))


def _good() -> str:
    return translate("StrategyGuidance", "A good answer")


def _avoid() -> str:
    return translate("StrategyGuidance", "Avoid")


def _example() -> str:
    return translate("StrategyGuidance", "Example")


def guidance(topic: str) -> Guidance:
    """The guidance for one part of step 1 (``TOPICS``); the goals' for an unknown one."""
    builders = {"vision": _vision, "midterm": _midterm, "strategy": _strategy, "goals": _goals,
                "agreement": _agreement}
    return builders.get(topic, _goals)()


def _vision() -> Guidance:
    return Guidance(translate("StrategyGuidance", "Vision and mission"), (
        GuidanceSection(_good(), (
            translate("StrategyGuidance", "The vision says where the company wants to be in five to ten years; the "
                      "mission says why it exists and for whom."),
            translate("StrategyGuidance", "One or two sentences each, in the words the president uses with the staff. "
                      "Copy the company's own wording rather than writing new slogans."),
        )),
        GuidanceSection(_avoid(), (
            translate("StrategyGuidance", "Slogans nobody can act on. Marketing should be able to say how its work "
                      "serves the vision."),
        )),
        GuidanceSection(_example(), (
            translate("StrategyGuidance", "Vision: every factory in our region runs without unplanned downtime. "
                      "Mission: make maintenance predictable for mid-size plants."),
        )),
    ))


def _midterm() -> Guidance:
    return Guidance(translate("StrategyGuidance", "Mid-term business plan"), (
        GuidanceSection(_good(), (
            translate("StrategyGuidance", "The period it covers (e.g. FY2026 to FY2028) and two to four headline "
                      "targets, each with a number, a unit and the year it must be reached."),
            translate("StrategyGuidance", "A short summary of what must change in the business to reach them."),
        )),
        GuidanceSection(_avoid(), (
            translate("StrategyGuidance", "Targets without a year or a unit: nobody can tell later whether they "
                      "were met."),
            translate("StrategyGuidance", "A wish list. Keep the few numbers management actually steers by."),
        )),
        GuidanceSection(_example(), (
            translate("StrategyGuidance", "Revenue 3,000 million yen by FY2028; 40 new customers a year by FY2027."),
        )),
    ))


def _strategy() -> Guidance:
    return Guidance(translate("StrategyGuidance", "Business strategy and priorities"), (
        GuidanceSection(_good(), (
            translate("StrategyGuidance", "Where the business will grow (customers, regions, products) and how it "
                      "will win there."),
            translate("StrategyGuidance", "Three to five strategic priorities, most important first: the first one "
                      "gets people and budget first. Alt+Up and Alt+Down reorder them."),
        )),
        GuidanceSection(_avoid(), (
            translate("StrategyGuidance", "A list of activities (post on social media, run a campaign) instead of "
                      "choices about where to compete."),
            translate("StrategyGuidance", "Ten priorities: when everything is a priority, nothing is."),
        )),
    ))


def _goals() -> Guidance:
    return Guidance(translate("StrategyGuidance", "Business goals"), (
        GuidanceSection(_good(), (
            translate("StrategyGuidance", "Start from the business result marketing must contribute to: revenue, new "
                      "customers, repeat purchases, LTV, brand or profit."),
            translate("StrategyGuidance", "Every goal is a number: where it is today (baseline), the target, its "
                      "unit, a deadline and one owner."),
            translate("StrategyGuidance", "Enter adds a goal, Delete removes it, Ctrl+D duplicates it. Undo brings "
                      "anything back."),
        )),
        GuidanceSection(_avoid(), (
            translate("StrategyGuidance", "Vanity metrics that are not a business result, such as SNS followers or "
                      "page views. They may become KPIs under a goal in step 3."),
            translate("StrategyGuidance", "A goal without an owner or a deadline: nobody will steer it."),
        )),
        GuidanceSection(_example(), (
            translate("StrategyGuidance", "New customers: from 20 to 40 by 2027/3/31, owner: the sales director."),
        )),
    ))


def _agreement() -> Guidance:
    return Guidance(translate("StrategyGuidance", "Marketing's contribution and agreement"), (
        GuidanceSection(_good(), (
            translate("StrategyGuidance", "In one or two sentences, the part of the goal marketing drives, with a "
                      "number where you can: \"120 qualified leads a quarter for sales\"."),
            translate("StrategyGuidance", "Tick every department that agreed to the goal in the meeting. A goal "
                      "agreed by sales, marketing and management becomes their shared language."),
        )),
        GuidanceSection(_avoid(), (
            translate("StrategyGuidance", "\"Raise awareness\" with no link to the goal's number."),
            translate("StrategyGuidance", "A goal only marketing agreed to: it is not shared yet. Agree on it "
                      "together before moving on to step 2."),
        )),
    ))
