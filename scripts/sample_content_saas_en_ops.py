"""Sample plan ``saas_en`` — steps 3 and 4 (KPI tree, roadmap, review cycle).

Back-calculated FY2026 plan (annual):
  leads 5,600 (content 2,400 + paid 1,600 + events 1,200 + partners 400) × 25% = 1,400 MQLs
  × 40% MQL→SQL = 560 SQLs × 55% = 308 opportunities × 25% win rate = 77 new logos
  × ¥3.6M ACV = ¥277.2M new revenue
  243 customers × GRR 90% (100% − 10% churn) × ¥3.2M × (100% + 18% expansion) = ¥825.8M
  total ¥1,103.0M against the ¥1,100M revenue goal (100.3%); new revenue needed: ¥274M.
Actuals cover Q1 and Q2. MQL→SQL (≈28% vs 40%) and days to close are the weak links.
"""

from __future__ import annotations

from canvas_app.model import (
    ActionItem,
    Initiative,
    KpiTree,
    ReviewCadence,
    ReviewCycle,
    ReviewDecision,
    ReviewMeeting,
    Roadmap,
)
from sample_content_common import D, kpi, milestones, series
from sample_content_saas_en import (
    ALL_DEPTS,
    CEO,
    CFO,
    CONTENT,
    CPO,
    CS_HEAD,
    IS_HEAD,
    MKT_OPS,
    VP_MKT,
    VP_SALES,
)

JPY, COUNT, PCT, RATIO, DAYS = "jpy", "count", "percent", "ratio", "days"
ADD, NON = "additive", "non_additive"
LOWER = "lower"
MKT, IS, SALES, CS = "marketing", "inside_sales", "sales", "customer_success"
HUBSPOT, SFDC, BILLING, ERP = "HubSpot", "Salesforce", "Stripe Billing + ChartMogul", "NetSuite"

#: The Retail Data Summit (November, Q3) concentrates event leads. Sum 1,200.
EVENTS_BY_QUARTER = {"Q1": 250, "Q2": 200, "Q3": 450, "Q4": 300}
#: Paid search ramps up as the budget is scaled. Sum 1,600.
PAID_BY_QUARTER = {"Q1": 350, "Q2": 400, "Q3": 450, "Q4": 400}
#: New revenue still needed at the start of the year: ¥1,100M − ¥825.8M existing.
REMAINING_AT_START = 274_000_000
#: Planned new-revenue target still to close at each quarter end (won evenly); 0 at year end.
REMAINING_PLANNED = {f"Q{q}": REMAINING_AT_START * (4 - q) // 4 for q in range(1, 5)}


def kpi_tree() -> KpiTree:
    return KpiTree(nodes=[
        kpi("kpi-revenue", "Total revenue", formula="sum", children=["kpi-new-revenue", "kpi-existing-revenue"],
            unit=JPY, aggregation=ADD, target=1_100_000_000, owner=CEO, department_id="dept-exec",
            role="total_revenue", goal_id="goal-revenue", data_source=ERP,
            description="New-logo revenue plus revenue from customers we had on 1 April. Same number as the revenue goal."),
        kpi("kpi-new-revenue", "New-logo revenue (first-year ACV)", formula="product", children=["kpi-won-deals", "kpi-acv"],
            unit=JPY, aggregation=ADD, owner=VP_SALES, department_id="dept-sales", stage=SALES, role="new_revenue",
            goal_id="goal-revenue", data_source=SFDC),
        kpi("kpi-won-deals", "New logos won", formula="product", children=["kpi-opportunities", "kpi-win-rate"],
            unit=COUNT, aggregation=ADD, owner=VP_SALES, department_id="dept-sales", stage=SALES, role="won_deals",
            goal_id="goal-new-logos", data_source=SFDC),
        kpi("kpi-acv", "Average contract value (ACV)", unit=JPY, aggregation=NON, target=3_600_000,
            owner=VP_SALES, department_id="dept-sales", stage=SALES, role="average_deal_size", goal_id="goal-revenue",
            data_source=SFDC, description="Raised from ¥3.3M after the Q1 review: the Growth tier bundles the FP&A module."),
        kpi("kpi-opportunities", "Opportunities", formula="product", children=["kpi-sqls", "kpi-sql-to-opp"],
            unit=COUNT, aggregation=ADD, owner=VP_SALES, department_id="dept-sales", stage=SALES, role="opportunities",
            data_source=SFDC, description="Stage 2: discovery done, trial or PoC agreed."),
        kpi("kpi-win-rate", "Win rate (opportunity → won)", unit=PCT, aggregation=NON, target=0.25,
            owner=VP_SALES, department_id="dept-sales", stage=SALES, role="win_rate", goal_id="goal-new-logos",
            data_source=SFDC, description="FY2024–25 average 24%."),
        kpi("kpi-sqls", "SQLs", formula="product", children=["kpi-mqls", "kpi-mql-to-sql"],
            unit=COUNT, aggregation=ADD, owner=IS_HEAD, department_id="dept-is", stage=IS, role="sqls", data_source=SFDC,
            description="Accepted by an AE: in ICP (GMV ¥1–30bn, 3+ channels), pain confirmed, meeting booked."),
        kpi("kpi-sql-to-opp", "SQL → opportunity rate", unit=PCT, aggregation=NON, target=0.55,
            owner=VP_SALES, department_id="dept-sales", stage=SALES, role="sql_to_opportunity_rate", data_source=SFDC),
        kpi("kpi-mqls", "MQLs", formula="product", children=["kpi-leads", "kpi-lead-to-mql"],
            unit=COUNT, aggregation=ADD, owner=VP_MKT, department_id="dept-marketing", stage=MKT, role="mqls",
            goal_id="goal-new-logos", data_source=HUBSPOT, description="Lead score ≥ 70 (fit + behaviour), routed to an SDR."),
        kpi("kpi-mql-to-sql", "MQL → SQL conversion", unit=PCT, aggregation=NON, target=0.40,
            owner=IS_HEAD, department_id="dept-is", stage=IS, role="mql_to_sql_rate", data_source=HUBSPOT,
            description="The hand-off between marketing and SDRs: the first number a CRO looks at."),
        kpi("kpi-leads", "Leads (all sources)", formula="sum",
            children=["kpi-leads-content", "kpi-leads-paid", "kpi-leads-events", "kpi-leads-partner"],
            unit=COUNT, aggregation=ADD, owner=VP_MKT, department_id="dept-marketing", stage=MKT, role="leads",
            data_source=HUBSPOT, description="New contacts with a business email, de-duplicated."),
        kpi("kpi-lead-to-mql", "Lead → MQL rate", unit=PCT, aggregation=NON, target=0.25,
            owner=MKT_OPS, department_id="dept-marketing", stage=MKT, role="lead_to_mql_rate", data_source=HUBSPOT),
        kpi("kpi-leads-content", "Content & SEO leads", unit=COUNT, aggregation=ADD, target=2_400,
            owner=CONTENT, department_id="dept-marketing", stage=MKT, data_source=HUBSPOT),
        kpi("kpi-leads-paid", "Paid search & ads leads", unit=COUNT, aggregation=ADD, target=1_600, period_targets=PAID_BY_QUARTER,
            owner=VP_MKT, department_id="dept-marketing", stage=MKT, data_source="HubSpot + Google Ads",
            description="Ramps with the budget scaled at the Q1 review."),
        kpi("kpi-leads-events", "Webinar & event leads", unit=COUNT, aggregation=ADD, target=1_200, period_targets=EVENTS_BY_QUARTER,
            owner=VP_MKT, department_id="dept-marketing", stage=MKT, data_source="HubSpot (event registrations)",
            description="Seasonal: the Retail Data Summit in November carries Q3."),
        kpi("kpi-leads-partner", "Partner-referred leads", unit=COUNT, aggregation=ADD, target=400,
            owner=VP_SALES, department_id="dept-sales", stage=MKT, data_source="Salesforce (partner portal)"),
        kpi("kpi-existing-revenue", "Revenue from existing customers", formula="product",
            children=["kpi-customers", "kpi-retention", "kpi-rev-per-customer", "kpi-expansion-multiplier"],
            unit=JPY, aggregation=ADD, owner=CS_HEAD, department_id="dept-cs", stage=CS, role="existing_revenue",
            goal_id="goal-grr", data_source=BILLING),
        kpi("kpi-customers", "Customers at start of year", unit=COUNT, aggregation=ADD, target=243,
            owner=CS_HEAD, department_id="dept-cs", stage=CS, role="customers", data_source=BILLING,
            description="Paying accounts on 1 April 2026."),
        kpi("kpi-retention", "Gross revenue retention", formula="difference", children=["kpi-retention-base", "kpi-churn"],
            unit=PCT, aggregation=NON, owner=CS_HEAD, department_id="dept-cs", stage=CS, role="retention_rate",
            goal_id="goal-grr", data_source=BILLING, description="100% minus gross revenue churn."),
        kpi("kpi-retention-base", "Full retention (100%)", unit=PCT, aggregation=NON, target=1.0,
            owner=CFO, department_id="dept-exec", stage=CS, description="Constant; do not change."),
        kpi("kpi-churn", "Gross revenue churn (annualised)", unit=PCT, direction=LOWER, aggregation=NON, target=0.10,
            owner=CS_HEAD, department_id="dept-cs", stage=CS, goal_id="goal-grr", data_source=BILLING,
            description="Cancellations plus downgrades, as a share of ARR at the start of the year."),
        kpi("kpi-rev-per-customer", "Revenue per customer (annual)", unit=JPY, aggregation=NON, target=3_200_000,
            owner=CS_HEAD, department_id="dept-cs", stage=CS, role="revenue_per_customer", goal_id="goal-ltv",
            data_source=BILLING),
        kpi("kpi-expansion-multiplier", "Expansion multiplier", formula="sum", children=["kpi-expansion-base", "kpi-expansion-rate"],
            unit=PCT, aggregation=NON, owner=CS_HEAD, department_id="dept-cs", stage=CS),
        kpi("kpi-expansion-base", "Base (100%)", unit=PCT, aggregation=NON, target=1.0,
            owner=CFO, department_id="dept-exec", stage=CS, description="Constant; do not change."),
        kpi("kpi-expansion-rate", "Expansion rate (upsell & seats)", unit=PCT, aggregation=NON, target=0.18,
            owner=CS_HEAD, department_id="dept-cs", stage=CS, role="expansion_rate", goal_id="goal-ltv", data_source=BILLING,
            description="FP&A module attach, extra brands and seats, as a share of retained revenue."),
        kpi("kpi-pipeline-coverage", "Pipeline coverage", formula="ratio", children=["kpi-pipeline", "kpi-remaining-target"],
            unit=RATIO, aggregation=NON, target=4.0, owner=VP_SALES, department_id="dept-sales", stage=SALES, goal_id="goal-revenue", data_source=SFDC,
            description="Open pipeline ÷ new-revenue target still to close. Required: 1 ÷ 25% win rate = 4.0×."),
        kpi("kpi-pipeline", "Open new-business pipeline", unit=JPY, aggregation=NON, target=1_110_000_000,
            owner=VP_SALES, department_id="dept-sales", stage=SALES, role="pipeline_value", data_source=SFDC,
            description="Open opportunities' first-year ACV at quarter end."),
        kpi("kpi-remaining-target", "New-revenue target still to close", unit=JPY, direction=LOWER, aggregation=NON,
            target=REMAINING_AT_START, period_targets=REMAINING_PLANNED, owner=CFO, department_id="dept-exec", stage=SALES, data_source=SFDC),
        kpi("kpi-cycle-days", "Lead-to-close cycle (days)", formula="sum",
            children=["kpi-days-mql", "kpi-days-sql", "kpi-days-opp", "kpi-days-close"],
            unit=DAYS, direction=LOWER, aggregation=NON, target=82, owner=VP_SALES, department_id="dept-sales",
            goal_id="goal-new-logos", data_source=SFDC, description="Where deals stall: compare each stage's days with plan."),
        kpi("kpi-days-mql", "Days lead → MQL", unit=DAYS, direction=LOWER, aggregation=NON, target=7,
            owner=MKT_OPS, department_id="dept-marketing", stage=MKT, role="days_to_mql", data_source=HUBSPOT),
        kpi("kpi-days-sql", "Days MQL → SQL", unit=DAYS, direction=LOWER, aggregation=NON, target=5,
            owner=IS_HEAD, department_id="dept-is", stage=IS, role="days_to_sql", data_source=HUBSPOT),
        kpi("kpi-days-opp", "Days SQL → opportunity", unit=DAYS, direction=LOWER, aggregation=NON, target=10,
            owner=VP_SALES, department_id="dept-sales", stage=SALES, role="days_to_opportunity", data_source=SFDC),
        kpi("kpi-days-close", "Days opportunity → close", unit=DAYS, direction=LOWER, aggregation=NON, target=60,
            owner=VP_SALES, department_id="dept-sales", stage=SALES, role="days_to_close", data_source=SFDC,
            description="Includes trial and security review."),
        kpi("kpi-cac", "Blended CAC", unit=JPY, direction=LOWER, aggregation=NON, target=2_400_000,
            owner=CFO, department_id="dept-exec", stage=MKT, goal_id="goal-profit", data_source="NetSuite + Salesforce",
            description="(Sales & marketing cost) ÷ new logos won."),
        kpi("kpi-branded-search", "Branded search clicks (monthly)", unit=COUNT, aggregation=NON, target=2_500,
            owner=CONTENT, department_id="dept-marketing", stage=MKT, goal_id="goal-brand", data_source="Google Search Console"),
        # The seed's classic pitfall: a marketing metric tied to no business goal.
        kpi("kpi-linkedin-followers", "LinkedIn followers (net new)", unit=COUNT, aggregation=ADD, target=4_000,
            owner=CONTENT, department_id="dept-marketing", stage=MKT, data_source="LinkedIn Page analytics"),
    ])


def roadmap() -> Roadmap:
    ecom, fpa, agency = "persona-ecom-head", "persona-fpa", "persona-agency"
    return Roadmap(initiatives=[
        Initiative(id="ini-lead-scoring", name="Lead scoring v2 and SDR routing in HubSpot", owner=MKT_OPS,
                   description="Fit (GMV band, channels) + behaviour scoring; MQL threshold agreed with SDRs.",
                   start=D("2026-04-06"), end=D("2026-06-30"), budget_yen=2_500_000, status="done",
                   kpi_ids=["kpi-lead-to-mql", "kpi-days-mql"], persona_id=ecom, channel_id="ch-trial", goal_id="goal-new-logos",
                   milestones=milestones("ms-scoring", ("Scoring model agreed with SDRs", "2026-05-15", True),
                                         ("Live in HubSpot", "2026-06-15", True))),
        Initiative(id="ini-seo-hub", name="Contribution-margin playbook hub (content + SEO)", owner=CONTENT,
                   description="12 playbooks and the Rakuten fee calculator; the hub our paid and organic traffic lands on.",
                   start=D("2026-04-01"), end=D("2026-09-30"), budget_yen=4_200_000, status="done",
                   kpi_ids=["kpi-leads-content", "kpi-branded-search"], persona_id=ecom, channel_id="ch-content", goal_id="goal-brand",
                   milestones=milestones("ms-hub", ("12 playbooks live", "2026-06-30", True),
                                         ("Rakuten fee calculator launched", "2026-09-15", True))),
        Initiative(id="ini-paid-search", name="Paid search & LinkedIn ads on high-intent keywords", owner=VP_MKT,
                   description="Scaled after Q1; re-targeted to in-ICP brands after Q2.",
                   start=D("2026-04-01"), end=D("2027-03-31"), budget_yen=12_000_000, status="in_progress",
                   kpi_ids=["kpi-leads-paid", "kpi-cac"], persona_id=ecom, channel_id="ch-paid", goal_id="goal-new-logos"),
        Initiative(id="ini-webinars", name="Monthly webinar series 'Profit, not revenue'", owner=CONTENT,
                   description="Co-hosted with a customer brand or an accounting firm; alternates e-commerce and finance topics.",
                   start=D("2026-04-15"), end=D("2027-03-31"), budget_yen=1_800_000, status="in_progress",
                   kpi_ids=["kpi-leads-events", "kpi-lead-to-mql"], persona_id=fpa, channel_id="ch-webinar", goal_id="goal-new-logos",
                   milestones=milestones("ms-webinars", ("First webinar with a Rakuten Shop of the Year brand", "2026-05-20", True),
                                         ("1,000 cumulative registrants", "2026-12-16", False))),
        Initiative(id="ini-sql-sla", name="Shared SQL definition and SDR → AE hand-off SLA", owner=IS_HEAD,
                   description="Decided at the Q1 review: one written SQL definition, 24-hour first touch, weekly funnel review.",
                   start=D("2026-07-15"), end=D("2026-10-30"), budget_yen=600_000, status="done",
                   kpi_ids=["kpi-mql-to-sql", "kpi-days-sql"], persona_id=ecom, channel_id="ch-trial", goal_id="goal-new-logos",
                   milestones=milestones("ms-sla", ("SQL definition signed off by AEs", "2026-07-31", True),
                                         ("SLA dashboard live", "2026-09-01", True))),
        Initiative(id="ini-summit", name="Retail Data Summit Tokyo 2026 (own event, 18 November)", owner=VP_MKT,
                   description="400 attendees, e-commerce and finance tracks, six customer speakers.",
                   start=D("2026-07-01"), end=D("2026-12-11"), budget_yen=9_500_000, status="in_progress",
                   kpi_ids=["kpi-leads-events", "kpi-pipeline"], persona_id=ecom, channel_id="ch-events", goal_id="goal-new-logos",
                   milestones=milestones("ms-summit", ("Speakers confirmed", "2026-09-18", True),
                                         ("400 registrations", "2026-11-04", True), ("Event day", "2026-11-18", True),
                                         ("Follow-up of all attendees complete", "2026-12-11", False))),
        Initiative(id="ini-partner", name="Agency partner programme (10 certified agencies)", owner=VP_SALES,
                   description="Certification course, 15% first-year referral fee, co-selling with AEs.",
                   start=D("2026-06-01"), end=D("2026-12-25"), budget_yen=3_000_000, status="in_progress",
                   kpi_ids=["kpi-leads-partner"], persona_id=agency, channel_id="ch-partners", goal_id="goal-new-logos",
                   milestones=milestones("ms-partner", ("5 agencies certified", "2026-08-31", True),
                                         ("10 agencies certified", "2026-12-25", False))),
        Initiative(id="ini-security-pack", name="Security & procurement pack (ISMS, SOC 2 bridge letter, template DPA)", owner=CPO,
                   description="Cuts the security review that holds deals in stage 4 for three to five weeks.",
                   start=D("2026-10-15"), end=D("2027-01-29"), budget_yen=1_500_000, status="in_progress",
                   kpi_ids=["kpi-days-close", "kpi-win-rate"], persona_id=fpa, channel_id="ch-trial", goal_id="goal-new-logos",
                   milestones=milestones("ms-security", ("Trust page with ISMS certificate", "2026-11-13", True),
                                         ("Template DPA approved by legal", "2027-01-29", False))),
        Initiative(id="ini-fpa-expansion", name="CS expansion playbook: FP&A module in business reviews", owner=CS_HEAD,
                   description="Offer the FP&A module to the top 60 accounts with a finance-led demo in the QBR.",
                   start=D("2026-07-01"), end=D("2027-03-31"), budget_yen=1_200_000, status="in_progress",
                   kpi_ids=["kpi-expansion-rate", "kpi-churn"], persona_id=fpa, channel_id="ch-cs", goal_id="goal-ltv",
                   milestones=milestones("ms-fpa", ("Playbook and pricing approved", "2026-09-30", True),
                                         ("Offer made to top 60 accounts", "2026-12-25", False))),
        Initiative(id="ini-case-studies", name="Six customer case studies with margin ROI numbers", owner=CONTENT,
                   description="Before/after contribution margin, hours saved at month-end; used by AEs in stage 3.",
                   start=D("2026-12-01"), end=D("2027-02-26"), budget_yen=2_400_000, status="planned",
                   kpi_ids=["kpi-win-rate", "kpi-branded-search"], persona_id=ecom, channel_id="ch-community", goal_id="goal-brand"),
        Initiative(id="ini-community", name="Margin Club: customer community and referral credits", owner=CS_HEAD,
                   description="Quarterly meetups in Tokyo and Osaka; one month's credit per referred customer.",
                   start=D("2027-01-11"), end=D("2027-03-31"), budget_yen=1_000_000, status="planned",
                   kpi_ids=["kpi-churn", "kpi-branded-search"], persona_id=ecom, channel_id="ch-community", goal_id="goal-grr"),
        # Pitfall: no target persona and no business goal — it only moves followers.
        Initiative(id="ini-linkedin-organic", name="LinkedIn organic: daily posts and employee advocacy", owner=CONTENT,
                   description="Daily company posts, employees reshare. Goal: 4,000 new followers.",
                   start=D("2026-04-01"), end=D("2027-03-31"), budget_yen=900_000, status="in_progress",
                   kpi_ids=["kpi-linkedin-followers"], channel_id="ch-linkedin"),
        # Pitfall: no budget yet.
        Initiative(id="ini-fy27-pricing", name="FY2027 packaging and pricing review", owner=CFO,
                   description="Decide Growth/Enterprise tiers and FP&A module pricing for FY2027. Budget to be set in December.",
                   start=D("2027-01-11"), end=D("2027-03-26"), status="planned",
                   kpi_ids=["kpi-acv", "kpi-expansion-rate"], persona_id=fpa, channel_id="ch-cs", goal_id="goal-revenue"),
    ])


H1 = ("Q1", "Q2")
PIPELINE = [780_000_000, 560_000_000]
CHURN = [0.115, 0.112]
#: Days per stage (MQL, SQL, opportunity, close); the cycle is their sum.
STAGE_DAYS = {"kpi-days-mql": [6, 7], "kpi-days-sql": [11, 8], "kpi-days-opp": [11, 10], "kpi-days-close": [78, 86]}


def _computed_actuals():
    """Actuals of the computed funnel nodes as HubSpot, Salesforce and billing report them.

    Leads are the sum of the sources; MQLs, SQLs and opportunities follow the rates'
    actuals. Won deals also close from last year's pipeline. New revenue = won × ACV; the
    new-revenue target still to close falls by what is won.
    """
    content, paid, events, partner = [640, 702], [390, 455], [214, 168], [42, 58]
    leads = [sum(q) for q in zip(content, paid, events, partner)]
    won, acv = [15, 14], [3_420_000, 3_510_000]
    new = [w * a for w, a in zip(won, acv)]
    existing = [203_400_000, 205_100_000]
    remaining, left = [], REMAINING_AT_START
    for amount in new:
        left -= amount
        remaining.append(left)
    return {
        "kpi-leads-content": content, "kpi-leads-paid": paid, "kpi-leads-events": events, "kpi-leads-partner": partner,
        "kpi-leads": leads, "kpi-mqls": [347, 360], "kpi-sqls": [101, 97], "kpi-opportunities": [58, 51],
        "kpi-won-deals": won, "kpi-acv": acv, "kpi-new-revenue": new, "kpi-existing-revenue": existing,
        "kpi-revenue": [n + e for n, e in zip(new, existing)], "kpi-remaining-target": remaining,
        "kpi-pipeline-coverage": [round(p / r, 2) for p, r in zip(PIPELINE, remaining)],
    }


def actuals():
    c = _computed_actuals()
    return [
        *series("kpi-revenue", H1, c["kpi-revenue"]),
        *series("kpi-new-revenue", H1, c["kpi-new-revenue"]),
        *series("kpi-existing-revenue", H1, c["kpi-existing-revenue"]),
        *series("kpi-won-deals", H1, c["kpi-won-deals"]),
        *series("kpi-opportunities", H1, c["kpi-opportunities"]),
        *series("kpi-sqls", H1, c["kpi-sqls"]),
        *series("kpi-mqls", H1, c["kpi-mqls"]),
        *series("kpi-leads", H1, c["kpi-leads"]),
        *series("kpi-leads-content", H1, c["kpi-leads-content"]),
        *series("kpi-leads-paid", H1, c["kpi-leads-paid"], {"Q2": "46% of paid MQLs were Shopify-only brands below ¥1bn GMV."}),
        *series("kpi-leads-events", H1, c["kpi-leads-events"]),
        *series("kpi-leads-partner", H1, c["kpi-leads-partner"], {"Q1": "Programme launched in June; 2 agencies active."}),
        *series("kpi-lead-to-mql", H1, [0.27, 0.26]),
        *series("kpi-mql-to-sql", H1, [0.29, 0.27], {"Q2": "SLA met 92% of the time; conversion still low — fit, not speed."}),
        *series("kpi-sql-to-opp", H1, [0.57, 0.53]),
        *series("kpi-win-rate", H1, [0.26, 0.24]),
        *series("kpi-acv", H1, c["kpi-acv"]),
        *series("kpi-churn", H1, CHURN, {"Q1": "Two brands acquired by a group that uses Power BI."}),
        *series("kpi-rev-per-customer", H1, [3_180_000, 3_220_000]),
        *series("kpi-expansion-rate", H1, [0.09, 0.11], {"Q2": "FP&A module offered to 14 of 60 target accounts so far."}),
        *series("kpi-pipeline", H1, PIPELINE),
        *series("kpi-remaining-target", H1, c["kpi-remaining-target"]),
        *series("kpi-days-mql", H1, STAGE_DAYS["kpi-days-mql"]),
        *series("kpi-days-sql", H1, STAGE_DAYS["kpi-days-sql"], {"Q2": "Round-robin routing from August."}),
        *series("kpi-days-opp", H1, STAGE_DAYS["kpi-days-opp"]),
        *series("kpi-days-close", H1, STAGE_DAYS["kpi-days-close"], {"Q2": "Nine deals waited 3+ weeks in security review."}),
        *series("kpi-cycle-days", H1, [sum(days) for days in zip(*STAGE_DAYS.values())]),
        *series("kpi-pipeline-coverage", H1, c["kpi-pipeline-coverage"]),
        *series("kpi-retention", H1, [round(1 - churn, 3) for churn in CHURN]),
        *series("kpi-cac", H1, [2_900_000, 2_750_000]),
        *series("kpi-branded-search", H1, [1_980, 2_150]),
        *series("kpi-linkedin-followers", H1, [1_640, 1_820], {"Q1": "3 leads attributed to LinkedIn organic."}),
    ]


LEADERSHIP = [CEO, CFO, VP_MKT, IS_HEAD, VP_SALES, CS_HEAD, CPO]


def review() -> ReviewCycle:
    return ReviewCycle(
        cadence=ReviewCadence(kpi_review="monthly", strategy_review="quarterly", meeting_day=14,
                              participant_department_ids=ALL_DEPTS, participants=LEADERSHIP),
        actuals=actuals(),
        meetings=[
            ReviewMeeting(
                id="rev-q1", kind="quarterly", period="Q1", date=D("2026-07-14"), held=True, attendees=LEADERSHIP,
                summary=(
                    "Q1 revenue ¥255M against ¥275M to date (93%). Leads 1,286 vs 1,300: paid +11%, content +7%, "
                    "events −14%, partners at 42%. MQL → SQL only 29% against 40%: SDRs reject a third of MQLs as out of ICP. "
                    "Deals wait 78 days to close (plan 60), mostly in security review. LinkedIn followers at 164% of plan "
                    "with three attributable leads."
                ),
                customer_voice=(
                    "\"We love the margin view, but finance needs to see it reconcile to the GL before they trust it.\" "
                    "\"The Rakuten fee breakdown saved us two days at month-end.\""
                ),
                lost_deal_reasons="Security review not finished before budget deadline (3); stayed with spreadsheets + analyst (2); price vs Marginly for a Shopify-only brand (1).",
                decisions=[
                    ReviewDecision(id="dec-q1-mql-sql", subject="kpi", subject_id="kpi-mql-to-sql", decision="fix_tactics",
                                   rationale="Write down one SQL definition with the AEs and add a 24-hour SLA; re-check next quarter."),
                    ReviewDecision(id="dec-q1-paid", subject="initiative", subject_id="ini-paid-search", decision="scale",
                                   rationale="Paid beat plan by 11% at ¥9,800 per lead; fund the ramp to 450 paid leads a quarter in Q3."),
                    ReviewDecision(id="dec-q1-acv", subject="kpi", subject_id="kpi-acv", decision="scale",
                                   rationale="Deals with the FP&A module closed at ¥4.1M. Package it as the Growth tier; ACV target ¥3.3M → ¥3.6M."),
                    ReviewDecision(id="dec-q1-linkedin", subject="initiative", subject_id="ini-linkedin-organic", decision="fix_tactics",
                                   rationale="Followers are not a business result. Link every post to the fee calculator and measure MQLs, not followers."),
                    ReviewDecision(id="dec-q1-plan", subject="plan", decision="continue",
                                   rationale="Keep the ¥1.1bn revenue goal; the gap is in conversion, not demand."),
                ],
                action_items=[
                    ActionItem(id="act-q1-sql-definition", text="Publish the SQL definition signed by AEs and SDRs", owner=IS_HEAD,
                               due=D("2026-07-31"), status="done"),
                    ActionItem(id="act-q1-trust-faq", text="Put the security FAQ and ISMS certificate on a public trust page", owner=CPO,
                               due=D("2026-08-21"), status="done"),
                    ActionItem(id="act-q1-win-loss", text="Run 10 win/loss interviews on Q1 deals", owner=VP_SALES,
                               due=D("2026-09-30"), status="dropped"),
                ],
            ),
            ReviewMeeting(
                id="rev-2026-08", kind="monthly", period="Q2", date=D("2026-08-14"), held=True,
                attendees=[VP_MKT, MKT_OPS, IS_HEAD, VP_SALES, CS_HEAD],
                summary="July: MQL → SQL 27% even with the new definition; days MQL → SQL down from 11 to 8 after the SLA. Five agencies certified, eleven partner leads.",
                customer_voice="\"Our agency asked whether Brightline can show profit per campaign for all their clients in one place.\"",
                lost_deal_reasons="Chose Marginly (Shopify-only brand, 1); no budget this year (1).",
                decisions=[
                    ReviewDecision(id="dec-aug-days-sql", subject="kpi", subject_id="kpi-days-sql", decision="fix_tactics",
                                   rationale="Round-robin routing with Slack alerts when an MQL is untouched for 12 hours."),
                    ReviewDecision(id="dec-aug-partner", subject="initiative", subject_id="ini-partner", decision="continue",
                                   rationale="Certification works; leads follow certification by about six weeks."),
                ],
                action_items=[
                    ActionItem(id="act-aug-routing", text="Switch MQL routing to round-robin with 12-hour Slack alerts", owner=MKT_OPS,
                               due=D("2026-08-31"), status="done"),
                ],
            ),
            ReviewMeeting(
                id="rev-q2", kind="quarterly", period="Q2", date=D("2026-10-14"), held=True, attendees=LEADERSHIP,
                summary=(
                    "H1 revenue ¥509M against ¥550M (93%); 29 new logos against 38. MQL → SQL stays at 27% although the SLA is met: "
                    "the problem is fit, not speed — 46% of paid MQLs are Shopify-only brands below ¥1bn GMV. Pipeline ¥560M covers "
                    "3.2× of the ¥174M still to close (required 4.0×). Deals take 86 days to close. Expansion 11% against 18%: "
                    "the FP&A module has reached only 14 accounts."
                ),
                customer_voice="\"If Brightline closed our brand P&L I would drop two spreadsheets and one consultant.\" (FP&A manager, retail group)",
                lost_deal_reasons="Security/procurement timing (4); in-house BI project already funded (2); price (1).",
                decisions=[
                    ReviewDecision(id="dec-q2-mql-sql", subject="kpi", subject_id="kpi-mql-to-sql", decision="revisit_strategy",
                                   revisit_step=2, rationale="Tactics did not move it: go back to the persona and channel design. Re-target paid to ¥1–30bn multi-channel brands and the finance persona."),
                    ReviewDecision(id="dec-q2-lead-mix", subject="plan", decision="revisit_strategy", revisit_step=3,
                                   rationale="Rebuild the lead mix in the KPI tree: 300 leads from paid to content and partners, with the same MQL target."),
                    ReviewDecision(id="dec-q2-days-close", subject="kpi", subject_id="kpi-days-close", decision="fix_tactics",
                                   rationale="Start the security review at stage 2, not stage 4; ship the security pack."),
                    ReviewDecision(id="dec-q2-content", subject="initiative", subject_id="ini-seo-hub", decision="scale",
                                   rationale="Content leads convert to SQL at 38%, twice paid. Double the playbook output in H2."),
                ],
                action_items=[
                    ActionItem(id="act-q2-win-loss", text="Win/loss interviews (carried over from Q1): 10 interviews, synthesis to the leadership team",
                               owner=VP_SALES, due=D("2026-12-18"), status="in_progress", carried_from="act-q1-win-loss"),
                    ActionItem(id="act-q2-icp-scoring", text="Add GMV band and channel count to lead scoring; exclude brands below ¥1bn GMV from MQL",
                               owner=MKT_OPS, due=D("2026-11-06"), status="open"),
                    ActionItem(id="act-q2-fpa-offer", text="Offer the FP&A module to the remaining 46 target accounts in Q3 business reviews",
                               owner=CS_HEAD, due=D("2026-12-25"), status="open"),
                    ActionItem(id="act-q2-paid-cut", text="Cut paid budget on non-ICP keywords by 30%", owner=VP_MKT,
                               due=D("2026-10-30"), status="done"),
                ],
            ),
            ReviewMeeting(id="rev-2026-12", kind="monthly", period="Q3", date=D("2026-12-14"), held=False),
            ReviewMeeting(id="rev-q3", kind="quarterly", period="Q3", date=D("2027-01-14"), held=False),
        ],
    )


SNAPSHOT_AS_OF = D("2026-07-14")
SNAPSHOT_LAST_PERIOD = "Q1"
SNAPSHOT_DROP_INITIATIVES = ("ini-sql-sla",)
SNAPSHOT_TARGETS = {"kpi-acv": 3_300_000}
SNAPSHOT_LABEL = "At the Q1 review (14 July 2026)"
