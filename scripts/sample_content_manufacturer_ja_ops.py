"""Sample plan ``manufacturer_ja`` — steps 3 and 4 (KPI tree, roadmap, review cycle).

KPIツリーの逆算（年間目標）:
  リード3,600（展示会1,800＋Web1,500＋代理店300）× MQL化30% = MQL1,080
  × MQL→SQL 35% = SQL378 × 商談化60% = 商談226.8 × 受注率30% = 新規受注68.0社
  × 平均受注単価800万円 = 新規売上5.44億円
  既存307社 × 継続率92% × 年間取引額950万円 × (100%＋拡大3%) = 既存売上27.64億円
  合計33.08億円（売上目標33.0億円の100.2%）。新規売上の必要額は33.0億円−27.64億円＝5.36億円。
Actuals cover M01–M06 (April–September 2026). MQL→SQL is the weak link (≈21% vs 35%).
"""

from __future__ import annotations

from canvas_app.model import (
    ActionItem,
    Initiative,
    ReviewCadence,
    ReviewCycle,
    ReviewDecision,
    ReviewMeeting,
    Roadmap,
)
from canvas_app.model import KpiTree
from sample_content_common import D, kpi, milestones, series
from sample_content_manufacturer_ja import (
    CS_HEAD,
    ENG_HEAD,
    IS_HEAD,
    MKT_DIGITAL,
    MKT_HEAD,
    PLANNING,
    PRESIDENT,
    SALES_HEAD,
)

JPY, COUNT, PCT, RATIO, DAYS = "jpy", "count", "percent", "ratio", "days"
ADD, NON = "additive", "non_additive"
LOWER = "lower"
MKT, IS, SALES, CS = "marketing", "inside_sales", "sales", "customer_success"
SFDC, HUBSPOT, KINTONE, ACCOUNTING = "Salesforce", "HubSpot", "kintone（販売管理アプリ）", "会計システム（勘定奉行）"

#: 展示会リードの季節性: 6月（M03）東京、10月（M07）名古屋、1月（M10）東京。合計1,800。
EXPO_MONTHLY = {"M01": 40, "M02": 40, "M03": 700, "M04": 60, "M05": 40, "M06": 40,
                "M07": 450, "M08": 50, "M09": 40, "M10": 250, "M11": 50, "M12": 40}
#: 代理店リード: 制度開始（7月）までは既存1社のみ。合計300。
AGENCY_MONTHLY = {f"M{m:02d}": (10 if m <= 3 else 30) for m in range(1, 13)}
#: 新規売上の必要額（期首時点）: 33.0億円 − 既存売上27.64億円。
REMAINING_AT_START = 536_000_000
#: 計画上の残り新規売上目標（各月末）: 均等に受注した場合の残り。最終月は0。
REMAINING_PLANNED = {f"M{m:02d}": REMAINING_AT_START * (12 - m) // 12 for m in range(1, 13)}


def kpi_tree() -> KpiTree:
    return KpiTree(nodes=[
        kpi("kpi-revenue", "売上高（年度）", formula="sum", children=["kpi-new-revenue", "kpi-existing-revenue"],
            unit=JPY, aggregation=ADD, target=3_300_000_000, owner=PRESIDENT, department_id="dept-planning",
            role="total_revenue", goal_id="goal-revenue", data_source=ACCOUNTING,
            description="新規顧客売上＋既存顧客売上。経営・事業ゴール「年度売上高」と同じ数字で、ここから逆算する。"),
        kpi("kpi-new-revenue", "新規顧客売上", formula="product", children=["kpi-won-deals", "kpi-deal-size"],
            unit=JPY, aggregation=ADD, owner=SALES_HEAD, department_id="dept-sales", stage=SALES,
            role="new_revenue", goal_id="goal-revenue", data_source=SFDC,
            description="今年度に初めて取引を開始した顧客からの売上（初年度分）。"),
        kpi("kpi-won-deals", "新規受注社数", formula="product", children=["kpi-opportunities", "kpi-win-rate"],
            unit=COUNT, aggregation=ADD, owner=SALES_HEAD, department_id="dept-sales", stage=SALES,
            role="won_deals", goal_id="goal-new-customers", data_source=SFDC),
        kpi("kpi-deal-size", "平均受注単価（初年度取引額）", unit=JPY, aggregation=NON, target=8_000_000,
            owner=SALES_HEAD, department_id="dept-sales", stage=SALES, role="average_deal_size",
            goal_id="goal-revenue", data_source=SFDC,
            description="試作（平均60万円）から量産に移行した案件の初年度取引額の平均。"),
        kpi("kpi-opportunities", "商談数", formula="product", children=["kpi-sqls", "kpi-sql-to-opp"],
            unit=COUNT, aggregation=ADD, owner=SALES_HEAD, department_id="dept-sales", stage=SALES,
            role="opportunities", data_source=SFDC, description="図面を受領し見積を提出した案件。"),
        kpi("kpi-win-rate", "受注率（商談→受注）", unit=PCT, aggregation=NON, target=0.30,
            owner=SALES_HEAD, department_id="dept-sales", stage=SALES, role="win_rate",
            goal_id="goal-new-customers", data_source=SFDC, description="過去3年の実績は27〜32%。"),
        kpi("kpi-sqls", "SQL数（営業への引き渡し）", formula="product", children=["kpi-mqls", "kpi-mql-to-sql"],
            unit=COUNT, aggregation=ADD, owner=IS_HEAD, department_id="dept-is", stage=IS, role="sqls",
            data_source=SFDC, description="ISが用途・時期・数量・図面有無を確認し、営業が受け入れたリード。"),
        kpi("kpi-sql-to-opp", "商談化率（SQL→商談）", unit=PCT, aggregation=NON, target=0.60,
            owner=SALES_HEAD, department_id="dept-sales", stage=SALES, role="sql_to_opportunity_rate",
            data_source=SFDC),
        kpi("kpi-mqls", "MQL数", formula="product", children=["kpi-leads", "kpi-lead-to-mql"],
            unit=COUNT, aggregation=ADD, owner=MKT_HEAD, department_id="dept-marketing", stage=MKT, role="mqls",
            goal_id="goal-new-customers", data_source=HUBSPOT,
            description="スコア60点以上（業種・職種・行動）でISにフォローを依頼したリード。"),
        kpi("kpi-mql-to-sql", "MQL→SQL転換率", unit=PCT, aggregation=NON, target=0.35,
            owner=IS_HEAD, department_id="dept-is", stage=IS, role="mql_to_sql_rate", data_source=HUBSPOT,
            description="マーケとISの接続点。CROが最初に見る指標。"),
        kpi("kpi-leads", "リード数（合計）", formula="sum",
            children=["kpi-leads-expo", "kpi-leads-web", "kpi-leads-agency"],
            unit=COUNT, aggregation=ADD, owner=MKT_HEAD, department_id="dept-marketing", stage=MKT, role="leads",
            data_source=HUBSPOT, description="名刺・フォーム・代理店紹介で取得した、重複を除いた新規の個人。"),
        kpi("kpi-lead-to-mql", "MQL化率（リード→MQL）", unit=PCT, aggregation=NON, target=0.30,
            owner=MKT_HEAD, department_id="dept-marketing", stage=MKT, role="lead_to_mql_rate", data_source=HUBSPOT),
        kpi("kpi-leads-expo", "展示会リード", unit=COUNT, aggregation=ADD, target=1_800, period_targets=EXPO_MONTHLY,
            owner=MKT_HEAD, department_id="dept-marketing", stage=MKT, data_source="展示会来場者リスト（Excel）→HubSpot",
            description="6月・10月・1月の出展月に集中する（期間目標で季節性を設定）。"),
        kpi("kpi-leads-web", "Webリード（技術資料DL・Webセミナー・問合せ）", unit=COUNT, aggregation=ADD, target=1_500,
            owner=MKT_DIGITAL, department_id="dept-marketing", stage=MKT, data_source=HUBSPOT,
            description="Q1レビューで1,200件から1,500件に引き上げ（技術資料の成功を横展開）。"),
        kpi("kpi-leads-agency", "代理店経由リード", unit=COUNT, aggregation=ADD, target=300, period_targets=AGENCY_MONTHLY,
            owner=SALES_HEAD, department_id="dept-sales", stage=MKT, data_source="kintone（代理店案件管理）"),
        kpi("kpi-existing-revenue", "既存顧客売上", formula="product",
            children=["kpi-customers", "kpi-retention", "kpi-rev-per-customer", "kpi-expansion-multiplier"],
            unit=JPY, aggregation=ADD, owner=CS_HEAD, department_id="dept-cs", stage=CS, role="existing_revenue",
            goal_id="goal-repeat", data_source=ACCOUNTING),
        kpi("kpi-customers", "既存取引社数（期首）", unit=COUNT, aggregation=ADD, target=307,
            owner=CS_HEAD, department_id="dept-cs", stage=CS, role="customers", data_source=KINTONE,
            description="前年度に取引実績のある顧客社数（2026年3月末時点）。"),
        kpi("kpi-retention", "既存顧客継続率", unit=PCT, aggregation=NON, target=0.92,
            owner=CS_HEAD, department_id="dept-cs", stage=CS, role="retention_rate", goal_id="goal-repeat",
            data_source=KINTONE, description="直近12か月ローリングで算出。"),
        kpi("kpi-rev-per-customer", "既存顧客1社あたり年間取引額", unit=JPY, aggregation=NON, target=9_500_000,
            owner=CS_HEAD, department_id="dept-cs", stage=CS, role="revenue_per_customer", goal_id="goal-ltv",
            data_source=ACCOUNTING, description="年換算。"),
        kpi("kpi-expansion-multiplier", "拡大係数（基準＋追加品目拡大率）", formula="sum",
            children=["kpi-expansion-base", "kpi-expansion-rate"], unit=PCT, aggregation=NON,
            owner=CS_HEAD, department_id="dept-cs", stage=CS),
        kpi("kpi-expansion-base", "基準（100%）", unit=PCT, aggregation=NON, target=1.0,
            owner=PLANNING, department_id="dept-planning", stage=CS,
            description="拡大係数の基準値（固定値）。変更しない。"),
        kpi("kpi-expansion-rate", "アップセル・追加品目拡大率", unit=PCT, aggregation=NON, target=0.03,
            owner=CS_HEAD, department_id="dept-cs", stage=CS, role="expansion_rate", goal_id="goal-ltv",
            data_source=ACCOUNTING, description="既存顧客の追加品目・新規部署からの受注による売上増加率。"),
        kpi("kpi-pipeline-coverage", "パイプラインカバレッジ", formula="ratio",
            children=["kpi-pipeline", "kpi-remaining-target"], unit=RATIO, aggregation=NON, target=3.3,
            owner=SALES_HEAD, department_id="dept-sales", stage=SALES, goal_id="goal-revenue", data_source=SFDC,
            description="パイプライン金額÷残り新規売上目標。必要水準は1÷受注率30%＝3.3倍。"),
        kpi("kpi-pipeline", "新規商談パイプライン金額", unit=JPY, aggregation=NON, target=1_800_000_000,
            owner=SALES_HEAD, department_id="dept-sales", stage=SALES, role="pipeline_value", data_source=SFDC,
            description="月末時点の未クローズ新規商談の見込み初年度取引額の合計。"),
        kpi("kpi-remaining-target", "残り新規売上目標（期末まで）", unit=JPY, aggregation=NON, target=REMAINING_AT_START, period_targets=REMAINING_PLANNED,
            direction=LOWER, owner=PLANNING, department_id="dept-planning", stage=SALES, data_source=ACCOUNTING,
            description="年間の新規売上目標から受注済み額を引いた残り。月末に更新。"),
        kpi("kpi-cycle-days", "受注までのリードタイム（合計日数）", formula="sum",
            children=["kpi-days-mql", "kpi-days-sql", "kpi-days-opp", "kpi-days-close"],
            unit=DAYS, direction=LOWER, aggregation=NON, target=155, owner=SALES_HEAD, department_id="dept-sales",
            goal_id="goal-new-customers", data_source=SFDC, description="リード獲得から受注までの日数。商談フェーズの滞留を見つける。"),
        kpi("kpi-days-mql", "リード→MQL日数", unit=DAYS, direction=LOWER, aggregation=NON, target=14,
            owner=MKT_HEAD, department_id="dept-marketing", stage=MKT, role="days_to_mql", data_source=HUBSPOT),
        kpi("kpi-days-sql", "MQL→SQL日数", unit=DAYS, direction=LOWER, aggregation=NON, target=7,
            owner=IS_HEAD, department_id="dept-is", stage=IS, role="days_to_sql", data_source=HUBSPOT),
        kpi("kpi-days-opp", "SQL→商談日数", unit=DAYS, direction=LOWER, aggregation=NON, target=14,
            owner=SALES_HEAD, department_id="dept-sales", stage=SALES, role="days_to_opportunity", data_source=SFDC),
        kpi("kpi-days-close", "商談→受注日数", unit=DAYS, direction=LOWER, aggregation=NON, target=120,
            owner=SALES_HEAD, department_id="dept-sales", stage=SALES, role="days_to_close", data_source=SFDC,
            description="試作評価（平均60日）を含む。"),
        kpi("kpi-cac", "新規顧客獲得単価（CAC）", unit=JPY, direction=LOWER, aggregation=NON, target=1_400_000,
            owner=MKT_HEAD, department_id="dept-marketing", stage=MKT, goal_id="goal-profit",
            data_source="会計システム（勘定奉行）＋Salesforce", description="（マーケ費用＋IS人件費）÷新規受注社数。"),
        kpi("kpi-branded-search", "指名検索数（月間）", unit=COUNT, aggregation=NON, target=1_800,
            owner=MKT_DIGITAL, department_id="dept-marketing", stage=MKT, goal_id="goal-brand",
            data_source="Google Search Console"),
        # The classic pitfall of the seed: a marketing metric with no business goal behind it.
        kpi("kpi-sns-followers", "SNSフォロワー数（純増）", unit=COUNT, aggregation=ADD, target=3_600,
            owner=MKT_DIGITAL, department_id="dept-marketing", stage=MKT, data_source="X・LinkedIn アナリティクス",
            description="X・LinkedInのフォロワー純増数。"),
    ])


def roadmap() -> Roadmap:
    de, buyer, qa = "persona-design-engineer", "persona-buyer", "persona-qa-manager"
    return Roadmap(initiatives=[
        Initiative(id="ini-expo-tokyo-june", name="機械要素技術展（東京・6月）出展", owner=MKT_HEAD,
                   description="医療・半導体向け精密試作を前面に。±1µm加工サンプルと公差設計ガイドを配布。",
                   start=D("2026-04-01"), end=D("2026-07-31"), budget_yen=8_000_000, status="done",
                   kpi_ids=["kpi-leads-expo", "kpi-mqls"], persona_id=de, channel_id="ch-expo", goal_id="goal-new-customers",
                   milestones=milestones("ms-expo-june", ("ブース設計・展示サンプル確定", "2026-05-15", True),
                                         ("会期（6/24〜6/26）", "2026-06-26", True),
                                         ("Aランクリードへの初回架電完了", "2026-07-10", True))),
        Initiative(id="ini-techdoc", name="技術資料シリーズ拡充（公差設計ガイド・難削材ハンドブック）", owner=MKT_DIGITAL,
                   description="設計者が図面を描く前に読む資料を用意し、DLをリード化する。技術部が監修。",
                   start=D("2026-04-01"), end=D("2026-09-30"), budget_yen=3_000_000, status="done",
                   kpi_ids=["kpi-leads-web", "kpi-lead-to-mql"], persona_id=de, channel_id="ch-techdoc",
                   goal_id="goal-new-customers",
                   milestones=milestones("ms-techdoc", ("公差設計ガイド公開", "2026-05-20", True),
                                         ("難削材加工ハンドブック公開", "2026-08-31", True))),
        Initiative(id="ini-ma-scoring", name="MA導入・リードスコアリング設計（HubSpot）", owner=IS_HEAD,
                   description="業種・職種・閲覧行動でスコアリングし、MQL基準をマーケとISで合意する。",
                   start=D("2026-04-15"), end=D("2026-08-31"), budget_yen=4_500_000, status="done",
                   kpi_ids=["kpi-lead-to-mql", "kpi-mql-to-sql", "kpi-days-mql"], persona_id=de, channel_id="ch-techdoc",
                   goal_id="goal-new-customers",
                   milestones=milestones("ms-ma", ("MQL基準をIS・営業と合意", "2026-05-29", True),
                                         ("本番稼働", "2026-07-01", True))),
        Initiative(id="ini-seo", name="SEO・技術コラム連載（月4本）", owner=MKT_DIGITAL,
                   description="「チタン 精密加工」「公差 ±1µm」など設計者の検索語で上位表示を狙う。",
                   start=D("2026-04-01"), end=D("2027-03-31"), budget_yen=3_600_000, status="in_progress",
                   kpi_ids=["kpi-leads-web", "kpi-branded-search"], persona_id=de, channel_id="ch-seo", goal_id="goal-brand"),
        Initiative(id="ini-webinar", name="設計者向けWebセミナー（月1回）", owner=MKT_HEAD,
                   description="製造・技術部の技術者が講師。参加者には図面の無料事前相談を案内。",
                   start=D("2026-05-01"), end=D("2027-03-31"), budget_yen=2_400_000, status="in_progress",
                   kpi_ids=["kpi-leads-web", "kpi-mqls"], persona_id=de, channel_id="ch-webinar", goal_id="goal-new-customers",
                   milestones=milestones("ms-webinar", ("第1回「±1µmを実現する公差設計」", "2026-05-21", True),
                                         ("参加者累計300名", "2026-12-18", False))),
        Initiative(id="ini-agency", name="代理店パートナー制度の立ち上げ（中部・関西）", owner=SALES_HEAD,
                   description="地域商社と販売契約を結び、購買担当への紹介経路をつくる。販売手数料8%。",
                   start=D("2026-06-01"), end=D("2026-12-25"), budget_yen=5_000_000, status="in_progress",
                   kpi_ids=["kpi-leads-agency"], persona_id=buyer, channel_id="ch-agency", goal_id="goal-new-customers",
                   milestones=milestones("ms-agency", ("代理店3社と契約", "2026-07-31", True),
                                         ("代理店向け販促キット提供", "2026-11-13", False),
                                         ("代理店6社体制", "2026-12-25", False))),
        Initiative(id="ini-sql-redesign", name="SQL基準の再定義とIS体制強化（MQL→SQL改善）", owner=IS_HEAD,
                   description="Q1レビューの決定。SQL基準（用途・時期・数量・図面有無）を営業と再合意し、IS1名を増員。",
                   start=D("2026-07-13"), end=D("2026-12-25"), budget_yen=6_000_000, status="in_progress",
                   kpi_ids=["kpi-mql-to-sql", "kpi-days-sql", "kpi-pipeline"], persona_id=de, channel_id="ch-direct",
                   goal_id="goal-new-customers",
                   milestones=milestones("ms-sql", ("SQL基準の合意", "2026-08-31", True),
                                         ("IS増員（1名）着任", "2026-10-01", True),
                                         ("MQL→SQL 30%到達", "2026-12-25", False))),
        Initiative(id="ini-expo-nagoya", name="名古屋の地方展示会（10月）出展", owner=MKT_HEAD,
                   description="中部の装置メーカー購買担当が対象。代理店と共同出展し、事前アポを取って臨む。",
                   start=D("2026-08-01"), end=D("2026-11-30"), budget_yen=6_500_000, status="in_progress",
                   kpi_ids=["kpi-leads-expo"], persona_id=buyer, channel_id="ch-expo", goal_id="goal-new-customers",
                   milestones=milestones("ms-expo-nagoya", ("事前アポ50件", "2026-10-09", True),
                                         ("会期", "2026-10-23", True), ("来場者フォロー完了", "2026-11-30", False))),
        Initiative(id="ini-cs-review", name="既存上位80社への定期技術レビュー", owner=CS_HEAD,
                   description="四半期ごとに工程能力データと改善・追加品目の提案を持参。品質保証部門との関係を深める。",
                   start=D("2026-07-01"), end=D("2027-03-31"), budget_yen=1_800_000, status="in_progress",
                   kpi_ids=["kpi-retention", "kpi-expansion-rate", "kpi-rev-per-customer"], persona_id=qa,
                   channel_id="ch-visit", goal_id="goal-repeat",
                   milestones=milestones("ms-cs-review", ("第1巡（80社）完了", "2026-09-30", True),
                                         ("第2巡（80社）完了", "2026-12-25", False))),
        Initiative(id="ini-case-study", name="導入事例制作（医療・半導体 5社）", owner=MKT_HEAD,
                   description="試作から量産までの期間短縮と品質データを数字で示す。営業の提案資料とWebに掲載。",
                   start=D("2026-10-01"), end=D("2027-02-26"), budget_yen=2_500_000, status="in_progress",
                   kpi_ids=["kpi-win-rate", "kpi-branded-search"], persona_id=de, channel_id="ch-referral",
                   goal_id="goal-new-customers"),
        Initiative(id="ini-expo-tokyo-jan", name="1月 東京展示会（医療機器向け専門展）出展", owner=MKT_HEAD,
                   description="医療機器の設計者に絞った専門展。ペルソナ再定義の結果を出展テーマに反映する。",
                   start=D("2026-11-02"), end=D("2027-02-26"), budget_yen=7_000_000, status="in_progress",
                   kpi_ids=["kpi-leads-expo", "kpi-mqls"], persona_id=de, channel_id="ch-expo", goal_id="goal-new-customers",
                   milestones=milestones("ms-expo-jan", ("出展小間の確定", "2026-11-20", True),
                                         ("会期", "2027-01-27", False))),
        # Pitfall: a campaign with no target persona and no business goal (it only moves followers).
        Initiative(id="ini-sns", name="SNS運用強化（X・LinkedIn 週5投稿）", owner=MKT_DIGITAL,
                   description="加工動画・展示会告知を投稿。フォロワー数を増やす。",
                   start=D("2026-04-01"), end=D("2027-03-31"), budget_yen=1_200_000, status="in_progress",
                   kpi_ids=["kpi-sns-followers"], channel_id="ch-sns"),
        # Pitfall: no budget yet (予算未定).
        Initiative(id="ini-fy27-survey", name="顧客満足度調査と次年度計画の策定", owner=PLANNING,
                   description="既存上位80社に満足度調査を行い、FY2027計画に反映する。予算は12月の経営会議で決める。",
                   start=D("2027-01-12"), end=D("2027-03-19"), status="planned",
                   kpi_ids=["kpi-retention"], persona_id=qa, channel_id="ch-visit", goal_id="goal-repeat"),
    ])


H1 = ("M01", "M02", "M03", "M04", "M05", "M06")
PIPELINE = [1_520_000_000, 1_440_000_000, 1_310_000_000, 1_120_000_000, 980_000_000, 860_000_000]
#: Days per stage (MQL, SQL, opportunity, close); the cycle is their sum.
STAGE_DAYS = {"kpi-days-mql": [13, 12, 16, 14, 12, 11], "kpi-days-sql": [12, 14, 19, 16, 13, 12],
              "kpi-days-opp": [15, 13, 14, 16, 14, 13], "kpi-days-close": [128, 131, 126, 134, 129, 132]}


def _computed_actuals():
    """Actuals of the computed funnel nodes, as HubSpot / Salesforce / 会計システム report them.

    Leads are the sum of the sources; MQLs and SQLs follow the rates' actuals. Won deals
    close from last year's pipeline (商談→受注 ≈ 130 days), so they are not this month's
    opportunities × win rate. Revenue = won × deal size (new) + existing; the remaining
    new-revenue target falls by what is won.
    """
    expo, web, agency = [38, 45, 612, 71, 44, 33], [118, 131, 146, 152, 139, 161], [4, 7, 9, 14, 18, 21]
    leads = [a + b + c for a, b, c in zip(expo, web, agency)]
    won = [5, 4, 6, 5, 4, 5]
    deal_size = [7_400_000, 8_600_000, 7_900_000, 8_300_000, 7_700_000, 8_200_000]
    new = [w * d for w, d in zip(won, deal_size)]
    existing = [224_000_000, 226_200_000, 226_000_000, 226_500_000, 228_900_000, 226_300_000]
    remaining, left = [], REMAINING_AT_START
    for amount in new:
        left -= amount
        remaining.append(left)
    return {
        "kpi-leads": leads, "kpi-mqls": [50, 60, 207, 76, 68, 71], "kpi-sqls": [11, 13, 35, 15, 16, 16],
        "kpi-opportunities": [7, 8, 21, 10, 9, 10], "kpi-won-deals": won, "kpi-deal-size": deal_size,
        "kpi-new-revenue": new, "kpi-existing-revenue": existing,
        "kpi-revenue": [n + e for n, e in zip(new, existing)], "kpi-remaining-target": remaining,
        "kpi-pipeline-coverage": [round(p / r, 2) for p, r in zip(PIPELINE, remaining)],
        "kpi-leads-expo": expo, "kpi-leads-web": web, "kpi-leads-agency": agency,
    }


def actuals():
    c = _computed_actuals()
    return [
        *series("kpi-revenue", H1, c["kpi-revenue"], {"M03": "Q1累計7.95億円（期間累計目標8.25億円）。"}),
        *series("kpi-new-revenue", H1, c["kpi-new-revenue"]),
        *series("kpi-existing-revenue", H1, c["kpi-existing-revenue"]),
        *series("kpi-won-deals", H1, c["kpi-won-deals"]),
        *series("kpi-opportunities", H1, c["kpi-opportunities"]),
        *series("kpi-sqls", H1, c["kpi-sqls"]),
        *series("kpi-mqls", H1, c["kpi-mqls"]),
        *series("kpi-leads", H1, c["kpi-leads"]),
        *series("kpi-leads-expo", H1, c["kpi-leads-expo"], {"M03": "機械要素技術展 612件（目標700件）。学生・同業の名刺が約4割。"}),
        *series("kpi-leads-web", H1, c["kpi-leads-web"], {"M02": "公差設計ガイド公開（5/20）でDLが急増。"}),
        *series("kpi-leads-agency", H1, c["kpi-leads-agency"], {"M04": "代理店3社と契約。立ち上がりが遅い。"}),
        *series("kpi-lead-to-mql", H1, [0.31, 0.33, 0.27, 0.32, 0.34, 0.33]),
        *series("kpi-mql-to-sql", H1, [0.22, 0.21, 0.17, 0.20, 0.23, 0.22],
                {"M03": "展示会リードにISの架電が追いつかず過去最低。", "M05": "SQL基準再定義後も改善は小さい。"}),
        *series("kpi-sql-to-opp", H1, [0.62, 0.58, 0.61, 0.64, 0.59, 0.63]),
        *series("kpi-win-rate", H1, [0.27, 0.31, 0.28, 0.26, 0.29, 0.28]),
        *series("kpi-deal-size", H1, c["kpi-deal-size"]),
        *series("kpi-retention", H1, [0.91, 0.91, 0.92, 0.92, 0.93, 0.93]),
        *series("kpi-rev-per-customer", H1, [9_200_000, 9_300_000, 9_300_000, 9_400_000, 9_400_000, 9_500_000]),
        *series("kpi-expansion-rate", H1, [0.012, 0.015, 0.018, 0.020, 0.022, 0.025],
                {"M04": "定期技術レビュー開始。追加品目の提案は8社。"}),
        *series("kpi-pipeline", H1, PIPELINE,
                {"M06": "SQL供給不足でパイプラインが痩せている（カバレッジ2.8倍）。"}),
        *series("kpi-remaining-target", H1, c["kpi-remaining-target"]),
        *series("kpi-days-mql", H1, STAGE_DAYS["kpi-days-mql"]),
        *series("kpi-days-sql", H1, STAGE_DAYS["kpi-days-sql"], {"M03": "展示会後2週間、IS2名で600件超を処理。"}),
        *series("kpi-days-opp", H1, STAGE_DAYS["kpi-days-opp"]),
        *series("kpi-days-close", H1, STAGE_DAYS["kpi-days-close"]),
        *series("kpi-cycle-days", H1, [sum(days) for days in zip(*STAGE_DAYS.values())]),
        *series("kpi-pipeline-coverage", H1, c["kpi-pipeline-coverage"]),
        *series("kpi-cac", H1, [1_550_000, 1_480_000, 1_720_000, 1_610_000, 1_580_000, 1_520_000]),
        *series("kpi-branded-search", H1, [1_260, 1_310, 1_540, 1_420, 1_390, 1_450]),
        *series("kpi-sns-followers", H1, [410, 520, 690, 480, 455, 530], {"M03": "展示会動画がバズ。商談化はゼロ。"}),
    ]


MEMBERS = [PRESIDENT, PLANNING, MKT_HEAD, IS_HEAD, SALES_HEAD, CS_HEAD, ENG_HEAD]


def review() -> ReviewCycle:
    return ReviewCycle(
        cadence=ReviewCadence(
            kpi_review="monthly", strategy_review="quarterly", meeting_day=10,
            participant_department_ids=["dept-planning", "dept-marketing", "dept-is", "dept-sales", "dept-cs", "dept-engineering"],
            participants=MEMBERS,
        ),
        actuals=actuals(),
        meetings=[
            ReviewMeeting(
                id="rev-q1", kind="quarterly", period="Q1", date=D("2026-07-10"), held=True, attendees=MEMBERS,
                summary=(
                    "Q1売上は7.95億円（期間累計目標8.25億円の96%）。Webリードは395件（目標300件の132%）と好調。"
                    "一方、MQL→SQL転換率は20%（目標35%）で、展示会リードの約4割が学生・同業・商社とペルソナ不一致。"
                    "MQL→SQL日数も平均15日（目標7日）で、ISが展示会後の大量リードを処理しきれていない。"
                    "SNSフォロワーは目標の180%だが、SNS経由の商談はゼロ。"
                ),
                customer_voice="「試作1個からでも見積もりしてもらえるのか」「医療機器向けの材料トレーサビリティ資料がほしい」（展示会・Webセミナーのアンケートより）",
                lost_deal_reasons="量産単価が海外調達より2割高い（2件）／試作納期が競合より1週間長い（1件）／開発プロジェクト凍結（1件）",
                decisions=[
                    ReviewDecision(id="dec-q1-mql-sql", subject="kpi", subject_id="kpi-mql-to-sql", decision="revisit_strategy",
                                   revisit_step=2, rationale="戦術（架電数）の問題ではなく、展示会で集めている層がペルソナとずれている。ステップ2のペルソナとチャネル設計に立ち返る。"),
                    ReviewDecision(id="dec-q1-web", subject="kpi", subject_id="kpi-leads-web", decision="scale",
                                   rationale="公差設計ガイドが牽引。資料をシリーズ化し、Webリード目標を1,200件→1,500件に引き上げる。"),
                    ReviewDecision(id="dec-q1-sns", subject="initiative", subject_id="ini-sns", decision="fix_tactics",
                                   rationale="フォロワー数は事業成果につながっていない。投稿を技術資料DLへの導線に変え、MQLで評価する。"),
                    ReviewDecision(id="dec-q1-plan", subject="plan", decision="continue",
                                   rationale="年度売上目標33億円は据え置き。新規の不足分はWebと代理店で取り返す。"),
                ],
                action_items=[
                    ActionItem(id="act-q1-sql-criteria", text="SQL判定基準（用途・時期・数量・図面有無）を営業とISで再定義し合意する",
                               owner=IS_HEAD, due=D("2026-08-31"), status="done"),
                    ActionItem(id="act-q1-expo-form", text="展示会の来場者事前登録フォームに業種・職種の項目を追加し、ペルソナ判定できるようにする",
                               owner=MKT_HEAD, due=D("2026-09-15"), status="done"),
                    ActionItem(id="act-q1-lost-reasons", text="失注理由（価格・納期・技術・競合・時期）をSalesforceの必須入力項目にする",
                               owner=SALES_HEAD, due=D("2026-09-30"), status="dropped"),
                ],
            ),
            ReviewMeeting(
                id="rev-m05", kind="monthly", period="M05", date=D("2026-09-10"), held=True,
                attendees=[MKT_HEAD, MKT_DIGITAL, IS_HEAD, SALES_HEAD, CS_HEAD],
                summary="8月：SQL基準の再定義後もMQL→SQLは23%。MQL→SQL日数は13日まで短縮。代理店リードは18件（目標30件）。定期技術レビューで追加品目の提案が12社に。",
                customer_voice="「代理店の担当者がミナト精機の強みを説明できていない」（代理店経由の購買担当）",
                lost_deal_reasons="価格（1件）／社内の内製部門で対応（1件）",
                decisions=[
                    ReviewDecision(id="dec-m05-days-sql", subject="kpi", subject_id="kpi-days-sql", decision="continue",
                                   rationale="IS増員（10月着任）まで現行の優先順位づけ（Aランク48時間以内）を継続。"),
                    ReviewDecision(id="dec-m05-agency", subject="initiative", subject_id="ini-agency", decision="fix_tactics",
                                   rationale="代理店営業が説明できる販促キットが必要。同行営業を月2回に増やす。"),
                ],
                action_items=[
                    ActionItem(id="act-m05-nagoya-appo", text="名古屋展示会の事前アポ：既存リード200社へ案内を送り50件のアポを取る",
                               owner=MKT_HEAD, due=D("2026-10-09"), status="done"),
                ],
            ),
            ReviewMeeting(
                id="rev-q2", kind="quarterly", period="Q2", date=D("2026-10-09"), held=True, attendees=MEMBERS,
                summary=(
                    "上期売上は15.9億円（期間累計目標16.5億円の96%）、新規受注は29社（目標34社）。"
                    "MQL→SQLは上期平均21%で改善せず、パイプラインは8.6億円まで減少（残り新規目標3.0億円に対しカバレッジ2.8倍、必要水準3.3倍）。"
                    "代理店リードは73件（目標120件の61%）。既存顧客は継続率93%と順調、拡大率は2.5%まで回復。"
                ),
                customer_voice="「医療機器のQMS省令改正に対応した検査記録を出せるか」（医療機器メーカー設計者）",
                lost_deal_reasons="量産単価（3件）／試作納期（1件）／失注理由の入力率が42%で、半数は理由不明",
                decisions=[
                    ReviewDecision(id="dec-q2-mql-sql", subject="kpi", subject_id="kpi-mql-to-sql", decision="revisit_strategy",
                                   revisit_step=2, rationale="ペルソナを「医療機器の設計者」に絞り込み、1月展示会のテーマと技術資料を作り直す。"),
                    ReviewDecision(id="dec-q2-pipeline", subject="kpi", subject_id="kpi-pipeline", decision="fix_tactics",
                                   rationale="既存顧客の他部署紹介（CS経由）で下期に3億円の商談を追加する。"),
                    ReviewDecision(id="dec-q2-techdoc", subject="initiative", subject_id="ini-techdoc", decision="scale",
                                   rationale="技術資料経由のMQLはSQL化率34%と他チャネルの倍。医療機器向けの3冊目を追加する。"),
                ],
                action_items=[
                    ActionItem(id="act-q2-lost-reasons", text="失注理由の必須入力化（Q1からの持ち越し）：入力率を毎週の営業会議で確認し80%以上にする",
                               owner=SALES_HEAD, due=D("2026-12-15"), status="in_progress", carried_from="act-q1-lost-reasons"),
                    ActionItem(id="act-q2-agency-kit", text="代理店3社向けの販促キット（技術資料・事例・見積テンプレート）を作成して配布する",
                               owner=MKT_HEAD, due=D("2026-11-13"), status="open"),
                    ActionItem(id="act-q2-persona-interviews", text="医療機器メーカーの設計者10名にインタビューし、ペルソナと提供価値を再定義する",
                               owner=MKT_HEAD, due=D("2026-12-25"), status="open"),
                    ActionItem(id="act-q2-first-call", text="展示会リードへのISの初回架電を3営業日以内にする（名古屋展で実施）",
                               owner=IS_HEAD, due=D("2026-10-30"), status="done"),
                ],
            ),
            ReviewMeeting(id="rev-m08", kind="monthly", period="M08", date=D("2026-12-10"), held=False),
            ReviewMeeting(id="rev-q3", kind="quarterly", period="Q3", date=D("2027-01-08"), held=False),
        ],
    )


# For the Q1 snapshot: what changed after the Q1 review.
SNAPSHOT_AS_OF = D("2026-07-10")
SNAPSHOT_LAST_PERIOD = "M03"
SNAPSHOT_DROP_INITIATIVES = ("ini-sql-redesign",)
SNAPSHOT_TARGETS = {"kpi-leads-web": 1_200}
SNAPSHOT_LABEL = "Q1四半期レビュー時点（2026年7月10日）"
