"""Sample plan ``saas_en`` — steps 1 and 2 (settings, strategy, customers).

Brightline Analytics K.K.: a Tokyo B2B SaaS company (~60 people) selling contribution-margin
analytics to mid-market multi-channel D2C brands (own site + Rakuten + Amazon JP + stores).
Fiscal year starts in April (FY2026 = April 2026 – March 2027), reviewed by quarter,
money shown in thousand yen. Steps 3–4 live in ``sample_content_saas_en_ops.py``.
"""

from __future__ import annotations

from canvas_app.model import (
    BusinessGoal,
    Channel,
    Competitor,
    CustomerDesign,
    CustomerJourney,
    Department,
    DifferentiationCriterion,
    HeadlineTarget,
    MidTermPlan,
    Persona,
    PlanSettings,
    StatusThresholds,
    StrategicPriority,
    Strategy,
    ValueProposition,
)
from sample_content_common import D, stage

CEO = "Kenji Mori (CEO)"
CFO = "Laura Chen (CFO)"
VP_MKT = "Dana Whitfield (VP Marketing)"
MKT_OPS = "Yui Nakamura (Marketing Ops Manager)"
CONTENT = "Sam Porter (Content & Community Lead)"
IS_HEAD = "Ryo Tanaka (Head of Inside Sales)"
VP_SALES = "Priya Nair (VP Sales)"
CS_HEAD = "Emma Clarke (Head of Customer Success)"
CPO = "Takeshi Ono (CPO)"

ALL_DEPTS = ["dept-exec", "dept-marketing", "dept-is", "dept-sales", "dept-cs", "dept-product"]


def settings() -> PlanSettings:
    return PlanSettings(
        title="FY2026 Go-to-Market Plan",
        company_name="Brightline Analytics K.K.",
        language="en",
        fiscal_year=2026,
        fiscal_year_start_month=4,
        granularity="quarter",
        money_unit="thousand",
        thresholds=StatusThresholds(on_track=0.95, at_risk=0.85),
        departments=[
            Department(id="dept-exec", name="Executive & Finance"),
            Department(id="dept-marketing", name="Marketing"),
            Department(id="dept-is", name="Inside Sales (SDR)"),
            Department(id="dept-sales", name="Sales (AE)"),
            Department(id="dept-cs", name="Customer Success"),
            Department(id="dept-product", name="Product & Engineering"),
        ],
    )


def strategy() -> Strategy:
    return Strategy(
        vision="Every commerce brand in Japan knows what it really earns on every order.",
        mission=(
            "Turn scattered storefront, marketplace, ad and cost data into contribution-margin "
            "decisions a brand team can make every Monday morning."
        ),
        mid_term_plan=MidTermPlan(
            title="Brightline 2028",
            start_year=2026,
            end_year=2028,
            summary=(
                "Grow ARR from ¥0.78bn to ¥2.0bn in three years by owning the mid-market multi-channel D2C "
                "segment before global tools localise for Rakuten and Yahoo! Shopping. Land with the "
                "e-commerce team, expand into finance with the FP&A module, and reach operating break-even "
                "in FY2027 on the back of 110% net revenue retention."
            ),
            headline_targets=[
                HeadlineTarget(id="ht-arr", label="ARR", value=2_000_000_000, unit="jpy", year=2028),
                HeadlineTarget(id="ht-nrr", label="Net revenue retention", value=1.10, unit="percent", year=2028),
                HeadlineTarget(id="ht-margin", label="Operating margin", value=0.05, unit="percent", year=2028),
                HeadlineTarget(id="ht-customers", label="Paying customers", value=600, unit="count", year=2028),
            ],
        ),
        business_strategy=(
            "Target: D2C apparel, cosmetics and food brands with ¥1–30bn GMV selling on at least three "
            "channels. Value: contribution margin per SKU × channel × campaign within two weeks of kick-off, "
            "with native Rakuten, Amazon JP and Yahoo! Shopping fee models. Motion: sales-led with a guided "
            "trial; SDRs qualify, AEs close, CS expands into finance. Channels: margin playbooks and "
            "webinars create demand, our own Retail Data Summit concentrates it, agency partners extend reach."
        ),
        priorities=[
            StrategicPriority(id="pri-icp", text="Win the ¥1–30bn GMV multi-channel D2C segment; stop chasing Shopify-only micro brands."),
            StrategicPriority(id="pri-land-expand", text="Land with e-commerce, expand to finance: FP&A module attached to 30% of accounts."),
            StrategicPriority(id="pri-revenue-engine", text="Run Marketing → SDR → AE → CS as one revenue engine with shared stage definitions and a weekly pipeline review."),
            StrategicPriority(id="pri-efficiency", text="Bring CAC payback under 18 months and blended CAC to ¥2.4M."),
        ],
        goals=[
            BusinessGoal(
                id="goal-revenue", name="FY2026 revenue", category="revenue",
                baseline=880_000_000, target=1_100_000_000, unit="jpy", deadline=D("2027-03-31"), owner=CEO,
                marketing_contribution="Source 5,600 leads and 1,400 MQLs so that SDRs can hand over 560 SQLs; 45% of new ACV marketing-sourced.",
                agreed_department_ids=ALL_DEPTS,
                notes="FY2025 revenue ¥880M; ARR ¥778M at 31 March 2026.",
            ),
            BusinessGoal(
                id="goal-new-logos", name="New customers (logos)", category="new_customers",
                baseline=58, target=77, unit="count", deadline=D("2027-03-31"), owner=VP_SALES,
                marketing_contribution="Fill the top of the funnel with in-ICP brands and keep lead-to-MQL at 25%.",
                agreed_department_ids=["dept-marketing", "dept-is", "dept-sales"],
            ),
            BusinessGoal(
                id="goal-grr", name="Gross revenue retention", category="repeat",
                baseline=0.87, target=0.90, unit="percent", deadline=D("2027-03-31"), owner=CS_HEAD,
                marketing_contribution="Customer webinars and the community keep users active between QBRs.",
                agreed_department_ids=["dept-cs", "dept-product", "dept-marketing"],
            ),
            BusinessGoal(
                id="goal-ltv", name="LTV:CAC", category="ltv",
                baseline=2.4, target=3.0, unit="ratio", deadline=D("2027-03-31"), owner=CFO,
                marketing_contribution="Expansion campaigns for the FP&A module to the install base (18% expansion).",
                agreed_department_ids=["dept-exec", "dept-cs", "dept-marketing"],
            ),
            BusinessGoal(
                # No department has signed this one off: the health check should say so.
                id="goal-brand", name="Aided awareness among mid-market D2C e-commerce leaders", category="brand",
                baseline=0.08, target=0.15, unit="percent", deadline=D("2027-03-31"), owner=VP_MKT,
                marketing_contribution="Own the phrase 'contribution margin' in Japanese D2C: playbooks, the Summit, branded search.",
                notes="Measured by the annual survey of 300 e-commerce leaders (February). Sales has not agreed that awareness is a goal worth funding.",
            ),
            BusinessGoal(
                id="goal-profit", name="Operating margin", category="profit",
                baseline=-0.12, target=-0.04, unit="percent", deadline=D("2027-03-31"), owner=CFO,
                marketing_contribution="Hold blended CAC at ¥2.4M while growing new ACV 20%.",
                agreed_department_ids=["dept-exec", "dept-marketing", "dept-sales"],
            ),
        ],
    )


def customers() -> CustomerDesign:
    return CustomerDesign(
        personas=[
            Persona(
                id="persona-ecom-head", name="Head of E-commerce at a mid-market D2C brand", priority="primary",
                segment="D2C apparel, cosmetics and food brands, ¥1–30bn GMV, own site + Rakuten + Amazon JP",
                role="Head of E-commerce (late 30s); owns the channel P&L and a ¥20–200M ad budget",
                description=(
                    "Runs a team of 5–15 and is measured on contribution profit, but sees revenue and ROAS per "
                    "channel in five different dashboards. Month-end means two analysts reconciling marketplace fees in Excel."
                ),
                challenges=["Cannot see margin per SKU and channel until month-end", "Marketplace fees and points change every quarter",
                            "Ad spend decisions are made on ROAS, not profit"],
                needs=["A daily contribution-margin view across channels", "Rakuten/Amazon fee logic that is always current",
                       "Numbers finance will accept"],
                values=["Speed over perfection", "Tools the team actually opens every day", "Vendors who understand Japanese marketplaces"],
                buying_triggers=["A profitable-looking campaign that lost money", "New CFO asking for margin reporting",
                                 "Adding a third sales channel", "Analyst resigning"],
                objections=["Another dashboard nobody uses", "Data integration will take months", "Security review with our IT team"],
                information_sources=["EC industry media (ECzine, Netshop Tanto)", "Rakuten and Amazon seller events",
                                     "Peers in D2C founder communities", "LinkedIn and X posts by other heads of e-commerce"],
            ),
            Persona(
                id="persona-fpa", name="FP&A manager at a multi-brand retailer", priority="primary",
                segment="Retail groups running 3–10 D2C brands, ¥10–50bn revenue",
                role="FP&A manager (40s); builds the monthly management pack and the budget",
                description="Spends the first week of each month stitching sales, ad and logistics costs together; wants one trusted source of margin by brand.",
                challenges=["Margin by brand and channel takes a week to close", "E-commerce and finance argue about whose numbers are right",
                            "Cost allocation rules live in one analyst's spreadsheet"],
                needs=["Reconciliation to the general ledger", "Configurable cost allocation", "Audit trail of changes"],
                values=["Accuracy and traceability", "Control over definitions", "Predictable annual pricing"],
                buying_triggers=["Budget season", "Board asking for brand-level profitability", "ERP migration"],
                objections=["Will it reconcile to our GL?", "Who maintains the allocation rules?", "Data residency and access control"],
                information_sources=["Accounting firms and consultants", "CFO roundtables", "Peer finance teams", "Vendor webinars on month-end close"],
            ),
            Persona(
                # Secondary persona on purpose WITHOUT a value proposition (step 2 pitfall):
                # the partner programme targets agencies although no value has been designed for them.
                id="persona-agency", name="Digital agency strategist", priority="secondary",
                segment="Performance-marketing agencies with 10–100 staff serving D2C brands",
                role="Strategy director; recommends tools to 10–30 client brands",
                description="Wants to prove the profit impact of the campaigns the agency runs, and to sell analytics as a retainer.",
                challenges=["Clients judge the agency on ROAS it cannot connect to profit", "Building a BI dashboard per client does not scale"],
                needs=["Multi-client workspace", "White-label reports", "A revenue share or referral fee"],
                values=["Looking smart in front of clients", "Recurring revenue for the agency"],
                buying_triggers=["Pitching a new D2C account", "A client asking for profit-based reporting"],
                objections=["The tool might replace our reporting work", "Referral fees too small to matter"],
                information_sources=["Agency owners' meetups", "Ad platform partner events", "LinkedIn"],
            ),
        ],
        value_propositions=[
            ValueProposition(
                id="vp-ecom-head", persona_id="persona-ecom-head",
                pains=["Margin visible only at month-end", "Manual marketplace fee reconciliation", "Ad decisions on ROAS"],
                pain_relievers=["Daily contribution margin per SKU × channel × campaign", "Maintained Rakuten, Amazon JP and Yahoo! fee models",
                                "Profit-based ad reports (POAS) pushed to Slack every Monday"],
                gains=["Credibility with the CEO and CFO", "Budget moved to what is actually profitable"],
                gain_creators=["Live in two weeks with 40+ connectors", "Margin playbooks from 200 Japanese brands", "A named CSM in Japanese"],
                products=["Brightline Core (margin analytics)", "Connectors for Shopify, futureshop, Rakuten, Amazon JP, Yahoo! Shopping, Meta, Google Ads"],
                statement="Know your contribution margin per SKU, channel and campaign every morning — live in two weeks, built for Japanese marketplaces.",
            ),
            ValueProposition(
                id="vp-fpa", persona_id="persona-fpa",
                pains=["Week-long month-end margin close", "Disputes between e-commerce and finance numbers", "Key-person risk in spreadsheets"],
                pain_relievers=["Automatic reconciliation to the GL (freee, Money Forward, OBIC7 exports)", "Versioned allocation rules with audit trail",
                                "One shared definition of contribution margin"],
                gains=["Brand-level P&L for the board on day 3", "Time for analysis instead of stitching"],
                gain_creators=["FP&A module with budget vs actual by brand", "Role-based access and ISMS-certified hosting in Tokyo"],
                products=["Brightline FP&A module", "Brightline Core"],
                statement="A brand-level margin P&L that reconciles to your ledger, closed in three days instead of ten.",
            ),
        ],
        competitors=[
            Competitor(
                id="comp-marginly", name="Marginly (global e-commerce profit analytics SaaS)", kind="direct", price_position="higher",
                strengths=["Polished product and strong Shopify ecosystem", "Well funded, aggressive paid search", "Benchmarks from 10,000 stores"],
                weaknesses=["No Rakuten or Yahoo! Shopping fee models", "English-only support, USD pricing", "No finance reconciliation"],
                notes="Wins Shopify-only brands below ¥1bn GMV; rarely shortlisted by multi-channel brands.",
            ),
            Competitor(
                id="comp-bi-agency", name="Generic BI (Power BI / Looker Studio) built by an agency", kind="indirect", price_position="similar",
                strengths=["Fully custom", "Often already licensed", "Agency relationship in place"],
                weaknesses=["3–6 month build, ¥5–15M project fee", "Breaks when marketplace fees change", "Depends on one consultant"],
                notes="Common in groups with an IT department; we meet it in half of FP&A-led deals.",
            ),
            Competitor(
                id="comp-spreadsheets", name="Spreadsheets + an in-house analyst", kind="substitute", price_position="lower",
                strengths=["No new budget needed", "Total flexibility"],
                weaknesses=["Margin available only monthly", "Errors and key-person risk", "Analyst time worth ¥8M a year"],
                notes="Our largest 'competitor'. Loses when the analyst resigns or a third channel is added.",
            ),
        ],
        criteria=[
            DifferentiationCriterion(id="crit-time-to-value", name="Time to first margin dashboard", our_score=5,
                                     competitor_scores={"comp-marginly": 4, "comp-bi-agency": 1, "comp-spreadsheets": 3}),
            DifferentiationCriterion(id="crit-margin-depth", name="Contribution-margin depth (SKU × channel × campaign)", our_score=5,
                                     competitor_scores={"comp-marginly": 4, "comp-bi-agency": 3, "comp-spreadsheets": 2}),
            DifferentiationCriterion(id="crit-jp-connectors", name="Japanese marketplace connectors and fee models", our_score=5,
                                     competitor_scores={"comp-marginly": 2, "comp-bi-agency": 3, "comp-spreadsheets": 2}),
            DifferentiationCriterion(id="crit-total-cost", name="Total cost for a 50-person brand", our_score=3,
                                     competitor_scores={"comp-marginly": 3, "comp-bi-agency": 2, "comp-spreadsheets": 4}),
            DifferentiationCriterion(id="crit-flexibility", name="Flexibility for ad-hoc analysis", our_score=3,
                                     competitor_scores={"comp-marginly": 3, "comp-bi-agency": 5, "comp-spreadsheets": 5}),
            DifferentiationCriterion(id="crit-support-ja", name="Onboarding and support in Japanese", our_score=5,
                                     competitor_scores={"comp-marginly": 1, "comp-bi-agency": 4, "comp-spreadsheets": 3}),
        ],
        channels=[
            Channel(id="ch-content", name="Margin playbooks & SEO", kind="online", phase="awareness",
                    monthly_cost_yen=600_000, owner=CONTENT, notes="Two playbooks a month plus the Rakuten fee calculator."),
            Channel(id="ch-paid", name="Paid search & LinkedIn ads", kind="online", phase="awareness",
                    monthly_cost_yen=1_000_000, owner=VP_MKT, notes="High-intent keywords ('楽天 手数料 計算', 'EC 利益 分析')."),
            Channel(id="ch-linkedin", name="LinkedIn organic", kind="online", phase="awareness",
                    monthly_cost_yen=75_000, owner=CONTENT, notes="Company page and employee posts; no lead capture yet."),
            Channel(id="ch-webinar", name="Webinars ('Profit, not revenue')", kind="online", phase="consideration",
                    monthly_cost_yen=150_000, owner=CONTENT, notes="Monthly, co-hosted with a customer brand."),
            Channel(id="ch-events", name="Retail Data Summit & trade shows", kind="offline", phase="consideration",
                    monthly_cost_yen=800_000, owner=VP_MKT, notes="Own summit in November; booth at the EC trade show in spring."),
            Channel(id="ch-trial", name="Guided trial & demo", kind="online", phase="purchase",
                    monthly_cost_yen=200_000, owner=IS_HEAD, notes="14-day trial on the prospect's own data, run by an SDR and a solutions engineer."),
            Channel(id="ch-partners", name="Agency partners", kind="offline", phase="purchase",
                    monthly_cost_yen=250_000, owner=VP_SALES, notes="15% first-year referral fee; certification training."),
            Channel(id="ch-cs", name="CS business reviews & in-app guidance", kind="online", phase="retention",
                    monthly_cost_yen=150_000, owner=CS_HEAD, notes="Quarterly business reviews for accounts above ¥3M ARR."),
            Channel(id="ch-community", name="Customer community & referrals", kind="offline", phase="advocacy",
                    monthly_cost_yen=100_000, owner=CONTENT, notes="Quarterly 'Margin Club' meetups in Tokyo and Osaka."),
        ],
        journeys=[
            CustomerJourney(
                id="journey-ecom-head", persona_id="persona-ecom-head",
                stages=[
                    stage("js-ec-awareness", "Awareness", "Searches 'Rakuten fee calculation' and finds our calculator and playbook", "ch-content",
                          "Our Rakuten margin is probably lower than we think", "Free Rakuten fee calculator; playbook gated behind a short form"),
                    stage("js-ec-consideration", "Consideration", "Webinar with a peer brand; Summit session", "ch-webinar",
                          "If a brand like ours did it in two weeks, so can we", "Peer-led webinars; SDR follows up within 24 hours with a margin teardown offer"),
                    stage("js-ec-purchase", "Purchase", "Guided trial on their own Shopify + Rakuten data, security review", "ch-trial",
                          "Will IT and finance sign this off?", "Trial on real data in 5 days; security pack and finance reconciliation demo"),
                    stage("js-ec-retention", "Retention", "Monday margin report in Slack, quarterly business review", "ch-cs",
                          "The team uses it every week — can finance use it too?", "QBR with margin wins quantified; introduce the FP&A module"),
                    stage("js-ec-advocacy", "Advocacy", "Margin Club meetup, case study, referral", "ch-community",
                          "I want to show peers what we achieved", "Case study with numbers; referral credit of one month"),
                ],
            ),
            CustomerJourney(
                id="journey-fpa", persona_id="persona-fpa",
                stages=[
                    stage("js-fpa-awareness", "Awareness", "Accounting-firm newsletter, CFO roundtable", "ch-events",
                          "Everyone else closes brand margin faster", "Summit track for finance leaders; co-authored guide with an accounting firm"),
                    stage("js-fpa-consideration", "Consideration", "Webinar on month-end close, reconciliation demo", "ch-webinar",
                          "Does it reconcile to our ledger?", "Live reconciliation demo against a freee / OBIC7 export"),
                    stage("js-fpa-purchase", "Purchase", "Proof of concept on one brand, procurement and security review", "ch-trial",
                          "Who maintains the allocation rules after go-live?", "Two-week PoC with allocation rules set up by our solutions engineer"),
                    stage("js-fpa-retention", "Retention", "Monthly close pack from Brightline, budget season", "ch-cs",
                          "Can we roll this out to the other brands?", "Multi-brand rollout plan in the QBR before budget season"),
                    stage("js-fpa-advocacy", "Advocacy", "Speaking at the CFO roundtable", "ch-community",
                          "I can show the board how we cut close time", "Invite as speaker; joint article in finance media"),
                ],
            ),
        ],
    )
