"""Sample plan ``retail_ja`` — steps 3 and 4 (a small KPI tree, a few initiatives, the cadence).

KPIツリーの逆算（年間目標）:
  売上高 ＝ 来店客数 × 客単価
  来店客数 ＝ 会員の来店数 ＋ 非会員の来店数（21.0万）
  会員の来店数 ＝ アクティブ会員数 × 会員1人あたり年間来店回数（24回）
  アクティブ会員数 ＝ 前年度会員6,000人 × 会員継続率75% ＋ 新規会員登録3,500人 ＝ 8,000人
  新規会員登録 ＝ 店頭2,000 ＋ LINE・SNS経由800 ＋ Googleマップ・チラシ経由700
  → 会員の来店数 19.2万、来店客数 40.2万
  客単価 ＝ 買上点数2.5点 × 1品単価460円 ＝ 1,150円
  売上高 ＝ 40.2万 × 1,150円 ＝ 4.623億円（目標4.6億円の100.5%）
The plan is a starting point made in the planning workshop: no actuals and no review
held yet; the first monthly review is scheduled.
"""

from __future__ import annotations

from canvas_app.model import Initiative, KpiTree, ReviewCadence, ReviewCycle, ReviewMeeting, Roadmap
from sample_content_common import D, kpi, milestones
from sample_content_retail_ja import CHEF, DEPARTMENTS, MKT, PRESIDENT, STATION_MANAGER, STORE_HEAD

JPY, COUNT, PCT, SCORE = "jpy", "count", "percent", "score"
ADD, NON = "additive", "non_additive"
MKT_STAGE, SALES, CS = "marketing", "sales", "customer_success"
POS, LINE, GBP, ACCOUNTING = "POSレジ（スマレジ）", "LINE公式アカウント管理画面", "Googleビジネスプロフィール", "会計ソフト（freee）"


def kpi_tree() -> KpiTree:
    return KpiTree(nodes=[
        kpi("kpi-revenue", "売上高（4店合計）", formula="product", children=["kpi-visits", "kpi-spend"],
            unit=JPY, aggregation=ADD, target=460_000_000, owner=PRESIDENT, department_id="dept-management",
            goal_id="goal-revenue", data_source=POS,
            description="売上高＝来店客数×客単価。経営・事業ゴール「年間売上高」と同じ数字で、ここから逆算する。"),
        kpi("kpi-visits", "来店客数（延べ・レシート枚数）", formula="sum", children=["kpi-member-visits", "kpi-nonmember-visits"],
            unit=COUNT, aggregation=ADD, owner=STORE_HEAD, department_id="dept-stores", stage=SALES,
            goal_id="goal-revenue", data_source=POS),
        kpi("kpi-member-visits", "会員の来店数", formula="product", children=["kpi-active-members", "kpi-member-frequency"],
            unit=COUNT, aggregation=ADD, owner=STORE_HEAD, department_id="dept-stores", stage=CS, data_source=POS,
            description="LINEショップカードを提示した会計の数。"),
        kpi("kpi-nonmember-visits", "非会員の来店数", unit=COUNT, aggregation=ADD, target=210_000,
            owner=STATION_MANAGER, department_id="dept-stores", stage=SALES, data_source=POS,
            description="通りがかり・初回客を含む。駅前店が約半分。"),
        kpi("kpi-active-members", "アクティブ会員数（年1回以上来店）", formula="sum",
            children=["kpi-retained-members", "kpi-new-members"], unit=COUNT, aggregation=NON,
            owner=MKT, department_id="dept-marketing", stage=CS, data_source=LINE),
        kpi("kpi-member-frequency", "会員1人あたり年間来店回数", unit=COUNT, aggregation=NON, target=24,
            owner=STORE_HEAD, department_id="dept-stores", stage=CS, goal_id="goal-ltv", data_source=LINE,
            description="前年度21回。月2回の新商品告知と取り置き予約で24回へ。"),
        kpi("kpi-retained-members", "継続会員数", formula="product", children=["kpi-members-base", "kpi-member-retention"],
            unit=COUNT, aggregation=NON, owner=MKT, department_id="dept-marketing", stage=CS, data_source=LINE),
        kpi("kpi-members-base", "前年度の会員数（期首）", unit=COUNT, aggregation=NON, target=6_000,
            owner=MKT, department_id="dept-marketing", stage=CS, data_source=LINE),
        kpi("kpi-member-retention", "会員継続率", unit=PCT, aggregation=NON, target=0.75,
            owner=STORE_HEAD, department_id="dept-stores", stage=CS, goal_id="goal-repeat", data_source=LINE),
        kpi("kpi-new-members", "新規会員登録数（LINE友だち）", formula="sum",
            children=["kpi-new-members-store", "kpi-new-members-online", "kpi-new-members-local"],
            unit=COUNT, aggregation=ADD, owner=MKT, department_id="dept-marketing", stage=MKT_STAGE,
            goal_id="goal-new-members", data_source=LINE),
        kpi("kpi-new-members-store", "新規会員（店頭・レシートQR）", unit=COUNT, aggregation=ADD, target=2_000,
            owner=STORE_HEAD, department_id="dept-stores", stage=MKT_STAGE, data_source=LINE),
        kpi("kpi-new-members-online", "新規会員（Instagram・LINE紹介）", unit=COUNT, aggregation=ADD, target=800,
            owner=MKT, department_id="dept-marketing", stage=MKT_STAGE, data_source=LINE),
        kpi("kpi-new-members-local", "新規会員（Googleマップ・チラシ経由）", unit=COUNT, aggregation=ADD, target=700,
            owner=MKT, department_id="dept-marketing", stage=MKT_STAGE, data_source=LINE,
            description="チラシとGoogleビジネスプロフィールに専用QRを載せて計測。"),
        kpi("kpi-spend", "客単価", formula="product", children=["kpi-items", "kpi-item-price"],
            unit=JPY, aggregation=NON, owner=STORE_HEAD, department_id="dept-stores", stage=SALES,
            goal_id="goal-revenue", data_source=POS),
        kpi("kpi-items", "買上点数（1会計あたり）", unit="ratio", aggregation=NON, target=2.5,
            owner=STORE_HEAD, department_id="dept-stores", stage=SALES, data_source=POS,
            description="前年度2.3点。試食とセット提案で2.5点へ。"),
        kpi("kpi-item-price", "1品単価", unit=JPY, aggregation=NON, target=460,
            owner=CHEF, department_id="dept-production", stage=SALES, data_source=POS),
        kpi("kpi-google-rating", "Googleクチコミ評価（4店平均）", unit=SCORE, aggregation=NON, target=4.4,
            owner=MKT, department_id="dept-marketing", stage=MKT_STAGE, goal_id="goal-brand", data_source=GBP),
        kpi("kpi-food-cost", "原価率（廃棄ロス込み）", unit=PCT, aggregation=NON, target=0.32, direction="lower",
            owner=CHEF, department_id="dept-production", goal_id="goal-profit", data_source=ACCOUNTING,
            description="前年度34%。来店予測に合わせた製造計画で夕方の廃棄を減らす。"),
        # Pitfall: a marketing metric tied to no business result (SNS followers).
        kpi("kpi-instagram-followers", "Instagramフォロワー数", unit=COUNT, aggregation=NON, target=5_000,
            owner=MKT, department_id="dept-marketing", stage=MKT_STAGE, data_source="Instagramインサイト"),
    ])


def roadmap() -> Roadmap:
    family, commuter, senior = "persona-family", "persona-commuter", "persona-senior"
    return Roadmap(initiatives=[
        Initiative(id="ini-line-signup", name="LINE友だち登録キャンペーン（レシートQR・登録でコーヒー1杯）", owner=MKT,
                   description="全店のレジ横とレシートにQRを載せ、スタッフが会計時に一言添える。",
                   start=D("2026-04-01"), end=D("2026-09-30"), budget_yen=600_000, status="done",
                   kpi_ids=["kpi-new-members-store", "kpi-new-members"], persona_id=commuter, channel_id="ch-store",
                   goal_id="goal-new-members",
                   milestones=milestones("ms-line", ("全店のレジ横POP設置", "2026-04-10", True),
                                         ("登録1,000人", "2026-07-31", True))),
        Initiative(id="ini-gbp", name="Googleビジネスプロフィールの整備とクチコミ返信", owner=MKT,
                   description="4店の写真・営業時間・商品を整備し、週1回投稿、クチコミには48時間以内に返信する。",
                   start=D("2026-04-01"), end=D("2027-03-31"), budget_yen=0, status="in_progress",
                   kpi_ids=["kpi-google-rating", "kpi-new-members-local"], persona_id=family, channel_id="ch-gbp",
                   goal_id="goal-brand"),
        Initiative(id="ini-shop-card", name="LINEショップカードと取り置き予約の導入", owner=STORE_HEAD,
                   description="スタンプ10個で好きなパン1個。食パンの取り置きを前日20時までLINEで受け付ける。",
                   start=D("2026-06-01"), end=D("2027-03-31"), budget_yen=300_000, status="in_progress",
                   kpi_ids=["kpi-member-frequency", "kpi-member-retention"], persona_id=family, channel_id="ch-line",
                   goal_id="goal-repeat",
                   milestones=milestones("ms-card", ("ショップカード開始", "2026-06-01", True),
                                         ("取り置き予約を全店へ", "2026-10-01", True))),
        Initiative(id="ini-morning", name="駅前店モーニングセットとセルフレジ導入", owner=STATION_MANAGER,
                   description="平日7〜10時、パン2個＋コーヒー480円。セルフレジ2台で会計1分以内。",
                   start=D("2026-07-01"), end=D("2026-12-25"), budget_yen=1_800_000, status="in_progress",
                   kpi_ids=["kpi-nonmember-visits", "kpi-items"], persona_id=commuter, channel_id="ch-store",
                   goal_id="goal-revenue"),
        Initiative(id="ini-flyer", name="本店・佐鳴台店の周辺チラシ（シニア向け紙面）", owner=MKT,
                   description="新聞折込で月1.5万部。半斤売りと平日午前の焼き上がり時間を載せる。",
                   start=D("2026-09-01"), end=D("2027-02-26"), budget_yen=480_000, status="in_progress",
                   kpi_ids=["kpi-new-members-local", "kpi-nonmember-visits"], persona_id=senior, channel_id="ch-flyer",
                   goal_id="goal-revenue"),
        Initiative(id="ini-stollen", name="シュトーレン・年末ギフトの予約販売", owner=CHEF,
                   description="11月からLINEと店頭で予約を受け付ける。1品単価を上げる冬の柱商品。",
                   start=D("2026-11-01"), end=D("2026-12-25"), budget_yen=250_000, status="planned",
                   kpi_ids=["kpi-item-price"], persona_id=family, channel_id="ch-line", goal_id="goal-revenue"),
        # Pitfall: a campaign with no target persona and no business goal (it only moves followers).
        Initiative(id="ini-instagram", name="Instagram毎日投稿", owner=MKT,
                   description="焼き上がり写真を毎日投稿してフォロワーを増やす。",
                   start=D("2026-04-01"), end=D("2027-03-31"), budget_yen=360_000, status="in_progress",
                   kpi_ids=["kpi-instagram-followers"], channel_id="ch-instagram"),
    ])


def review() -> ReviewCycle:
    return ReviewCycle(
        cadence=ReviewCadence(
            kpi_review="monthly", strategy_review="quarterly", meeting_day=5,
            participant_department_ids=list(DEPARTMENTS),
            participants=[PRESIDENT, STORE_HEAD, MKT, CHEF, STATION_MANAGER],
        ),
        meetings=[
            ReviewMeeting(id="rev-m09", kind="monthly", period="M09", date=D("2027-01-05"), held=False),
            ReviewMeeting(id="rev-q3", kind="quarterly", period="Q3", date=D("2027-01-12"), held=False),
        ],
    )
