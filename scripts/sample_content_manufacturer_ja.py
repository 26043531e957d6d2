"""Sample plan ``manufacturer_ja`` — steps 1 and 2 (settings, strategy, customers).

株式会社ミナト精機: 精密切削・研削部品メーカー（神奈川県・従業員約120名・年商30億円）。
自動車部品依存から医療機器・半導体製造装置向けへの事業転換期にある。
年度は4月始まり（FY2026 = 2026年4月〜2027年3月）、レビューは月次、表示単位は百万円。
Steps 3–4 live in ``sample_content_manufacturer_ja_ops.py``.
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

# People (責任者). Written once so owners stay consistent across the plan.
PRESIDENT = "湊 健一（代表取締役社長）"
PLANNING = "伊藤 浩二（経営企画部長）"
MKT_HEAD = "佐藤 美咲（マーケティング部長）"
MKT_DIGITAL = "中村 彩（マーケティング部 デジタル担当）"
IS_HEAD = "高橋 翔（インサイドセールス課長）"
SALES_HEAD = "田中 誠（営業部長）"
CS_HEAD = "山本 由紀（カスタマーサクセス課長）"
ENG_HEAD = "小林 大輔（製造・技術部長）"


def settings() -> PlanSettings:
    return PlanSettings(
        title="FY2026 マーケティング計画（CMO思考 4ステップ）",
        company_name="株式会社ミナト精機",
        language="ja",
        fiscal_year=2026,
        fiscal_year_start_month=4,
        granularity="month",
        money_unit="million",
        thresholds=StatusThresholds(on_track=0.95, at_risk=0.80),
        departments=[
            Department(id="dept-planning", name="経営企画部"),
            Department(id="dept-marketing", name="マーケティング部"),
            Department(id="dept-is", name="インサイドセールス課"),
            Department(id="dept-sales", name="営業部"),
            Department(id="dept-cs", name="カスタマーサクセス課"),
            Department(id="dept-engineering", name="製造・技術部"),
        ],
    )


def strategy() -> Strategy:
    return Strategy(
        vision="ミクロン精度のものづくりで、医療と半導体の進化を支える。",
        mission=(
            "設計者の「つくれるか分からない」を「つくれる」に変える。"
            "試作1個から量産まで一貫した精密加工で、お客様の開発スピードと品質を支える。"
        ),
        mid_term_plan=MidTermPlan(
            title="中期経営計画「Micron 2028」",
            start_year=2026,
            end_year=2028,
            summary=(
                "売上の55%を占める自動車向け（エンジン・駆動系部品）はEV化で2030年までに半減する見通し。"
                "3年間で医療機器・半導体製造装置向けの売上比率を22%から40%へ引き上げ、"
                "試作案件を入口に量産へつなげる「試作起点モデル」で新規取引先を毎年60社以上開拓する。"
                "設備投資は5軸マシニングセンタ2台と恒温検査室に集中し、営業利益率9%を目指す。"
            ),
            headline_targets=[
                HeadlineTarget(id="ht-revenue", label="売上高", value=4_000_000_000, unit="jpy", year=2028),
                HeadlineTarget(id="ht-margin", label="営業利益率", value=0.09, unit="percent", year=2028),
                HeadlineTarget(id="ht-new-accounts", label="新規取引社数（3年累計）", value=200, unit="count", year=2028),
                HeadlineTarget(id="ht-focus-share", label="医療・半導体分野の売上比率", value=0.40, unit="percent", year=2028),
            ],
        ),
        business_strategy=(
            "①ターゲット：医療機器メーカーと半導体製造装置メーカーの機構設計者（従業員300〜3,000名）。"
            "②価値：±1µmの加工精度と最短5営業日の試作、量産時の工程能力（Cpk1.67以上）保証、設計段階からのVA/VE提案。"
            "③チャネル：技術資料とWebセミナーで設計者に直接指名される状態をつくり、展示会で接点を広げ、"
            "中部・関西は地域商社（代理店）と組む。"
            "④売上プロセス：マーケ→インサイドセールス→営業→カスタマーサクセスを一つの流れとして運営し、"
            "MQL→SQL転換率・商談化率・受注率・継続率を部門共通の言葉で管理する。"
        ),
        priorities=[
            StrategicPriority(id="pri-focus-markets", text="医療機器・半導体製造装置分野の新規開拓（試作案件を入口に量産受注へつなげる）"),
            StrategicPriority(id="pri-tech-brand", text="設計者に指名される技術ブランドの確立（技術資料・Webセミナー・展示会の一貫設計）"),
            StrategicPriority(id="pri-revenue-process", text="マーケ→IS→営業→CSを一つの売上プロセスとして運営し、商談化率と受注率を毎月可視化する"),
            StrategicPriority(id="pri-account-growth", text="既存顧客の継続と深耕（定期技術レビューで追加品目・新規部署を開拓）"),
        ],
        goals=[
            BusinessGoal(
                id="goal-revenue", name="年度売上高", category="revenue",
                baseline=3_000_000_000, target=3_300_000_000, unit="jpy", deadline=D("2027-03-31"), owner=PRESIDENT,
                marketing_contribution=(
                    "新規売上5.4億円の源泉となるリード3,600件・MQL1,080件を供給する。"
                    "既存売上は定期技術レビューの企画とコンテンツでCSを支援する。"
                ),
                agreed_department_ids=["dept-planning", "dept-marketing", "dept-is", "dept-sales", "dept-cs", "dept-engineering"],
                notes="前年度実績30.0億円（自動車向け16.5億円、医療・半導体6.6億円、その他6.9億円）。",
            ),
            BusinessGoal(
                id="goal-new-customers", name="新規取引社数", category="new_customers",
                baseline=52, target=68, unit="count", deadline=D("2027-03-31"), owner=SALES_HEAD,
                marketing_contribution="医療・半導体の設計者リードを展示会・Web・代理店から獲得し、ISと合意したMQL基準で引き渡す。",
                agreed_department_ids=["dept-marketing", "dept-is", "dept-sales"],
                notes="うち医療・半導体分野で40社以上。",
            ),
            BusinessGoal(
                id="goal-repeat", name="既存顧客継続率（前年度取引先のうち今年度も取引がある割合）", category="repeat",
                baseline=0.89, target=0.92, unit="percent", deadline=D("2027-03-31"), owner=CS_HEAD,
                marketing_contribution="既存顧客向け技術ニュースレターと事例共有会を企画し、CSの定期訪問に使う資料を用意する。",
                agreed_department_ids=["dept-cs", "dept-sales", "dept-marketing"],
            ),
            BusinessGoal(
                id="goal-ltv", name="顧客LTV（平均取引年数×年間取引額）", category="ltv",
                baseline=63_000_000, target=72_000_000, unit="jpy", deadline=D("2027-03-31"), owner=CS_HEAD,
                marketing_contribution="追加品目の提案材料（他社事例・加工可能範囲の技術資料）を整備し、アップセル率3%を支える。",
                agreed_department_ids=["dept-cs", "dept-sales", "dept-engineering"],
            ),
            BusinessGoal(
                id="goal-brand", name="指名検索数（社名・「ミナト精機 試作」等、月間）", category="brand",
                baseline=1_200, target=1_800, unit="count", deadline=D("2027-03-31"), owner=MKT_HEAD,
                marketing_contribution="技術コラムと展示会で「精密試作ならミナト精機」という想起をつくる。",
                agreed_department_ids=["dept-marketing", "dept-planning"],
            ),
            BusinessGoal(
                # Deliberately without a marketing contribution or agreed departments: the
                # health check should say that marketing has not yet agreed how it helps profit.
                id="goal-profit", name="営業利益率", category="profit",
                baseline=0.062, target=0.070, unit="percent", deadline=D("2027-03-31"), owner=PLANNING,
                notes="原材料（SUS・チタン）高騰分の価格転嫁が前提。マーケの貢献は未合意（次回経営会議で議論）。",
            ),
        ],
    )


def customers() -> CustomerDesign:
    return CustomerDesign(
        personas=[
            Persona(
                id="persona-design-engineer", name="医療機器メーカーの機構設計者", priority="primary",
                segment="医療機器・半導体製造装置メーカー（従業員300〜3,000名、関東・中部）",
                role="機構設計エンジニア（30代後半、係長クラス）。試作部品の手配先選定に実質的な決定権を持つ",
                description=(
                    "新製品の開発日程に追われ、図面が固まる前に試作を何度も回したい。"
                    "社内の購買が推す海外調達先では精度と納期が読めず、信頼できる国内の試作先を常に探している。"
                ),
                challenges=["試作の納期が3〜4週間かかり開発日程が遅れる", "±2µm以下の公差を安定して出せる加工先が少ない",
                            "試作先と量産先が別で、量産移行時に品質が変わる"],
                needs=["図面段階で加工可否と公差の妥当性を相談したい", "試作1個・5営業日で手に入れたい", "材料ミルシートと検査成績書を確実に揃えたい"],
                values=["品質事故を起こさないことが最優先", "技術的に話が通じる相手と組みたい", "一度決めた取引先とは長く付き合う"],
                buying_triggers=["新製品の開発プロジェクト開始", "既存の試作先の品質トラブル・納期遅延", "量産立ち上げの半年前"],
                objections=["実績のない会社に重要部品は任せられない", "量産単価が高くなるのではないか", "医療機器のトレーサビリティ要求に対応できるか"],
                information_sources=["技術系Webメディア・専門誌（日経ものづくり等）", "展示会（機械要素技術展）", "Google検索（「チタン 精密加工 試作」など）", "社内の先輩・購買部門の紹介"],
            ),
            Persona(
                id="persona-buyer", name="装置メーカーの購買・調達担当", priority="primary",
                segment="半導体製造装置・産業機械メーカー（従業員500名以上）",
                role="購買部 調達課 主任（40代）。サプライヤー評価と価格交渉を担う",
                description=(
                    "サプライヤーの集約とコストダウン目標を背負う一方、設計部門からは「品質が落ちる先は困る」と言われる。"
                    "BCPの観点から国内の2社購買を進めたい。"
                ),
                challenges=["年3%のコストダウン目標", "既存サプライヤーの廃業・後継者不在リスク", "海外調達のリードタイムと為替変動"],
                needs=["量産単価の根拠が分かる見積", "品質監査に耐える工程管理（ISO9001・工程能力データ）", "急な増産に応えられる生産余力"],
                values=["価格と品質の説明責任を果たせること", "長期安定供給", "社内で説明しやすい実績"],
                buying_triggers=["年度の購買方針でサプライヤー見直し", "既存先の値上げ・納期遅延", "新機種の量産立ち上げ"],
                objections=["今の取引先を変える手間とリスク", "口座開設と品質監査の社内工数", "小規模メーカーの財務安定性"],
                information_sources=["地域商社・代理店からの紹介", "展示会の商談コーナー", "業界団体のサプライヤーリスト", "既存取引先からの評判"],
            ),
            Persona(
                # A secondary persona on purpose WITHOUT a value proposition (step 2 pitfall):
                # the case-study initiative targets her although no value has been designed.
                id="persona-qa-manager", name="既存顧客の品質保証部長", priority="secondary",
                segment="既存取引先（自動車Tier1・医療機器）",
                role="品質保証部長（50代）。サプライヤーの継続・追加発注に拒否権を持つ",
                description="不具合ゼロの実績と是正処置のスピードでサプライヤーを評価する。追加品目の発注前には必ず工程監査を行う。",
                challenges=["サプライヤーの品質ばらつきによる流出不良", "監査工数の増加", "トレーサビリティ要求の高度化（医療機器QMS省令）"],
                needs=["工程能力データの定期提出", "不具合発生時24時間以内の初動報告", "材料ロットの完全な追跡"],
                values=["データで説明できること", "誠実で速い是正対応"],
                buying_triggers=["年次サプライヤー評価", "既存品の設計変更", "他サプライヤーの品質問題"],
                objections=["追加品目で品質が落ちないか", "担当者が変わると品質が変わるのではないか"],
                information_sources=["定期監査・品質会議", "業界の品質保証担当者の勉強会", "サプライヤーからの月次品質レポート"],
            ),
        ],
        value_propositions=[
            ValueProposition(
                id="vp-design-engineer", persona_id="persona-design-engineer",
                pains=["試作待ちで開発日程が遅れる", "公差が厳しい部品を受けてくれる先がない", "量産移行で品質が変わる"],
                pain_relievers=["試作1個・最短5営業日（図面受領から）", "±1µm保証と全数三次元測定の検査成績書", "試作と量産を同じ工程・同じ技術者が担当"],
                gains=["開発スピードで社内評価が上がる", "設計の自由度が広がる"],
                gain_creators=["図面段階のVA/VE提案（加工しやすい形状・公差の提案）", "加工可否を48時間以内に回答する技術相談窓口", "チタン・インコネル等の難削材の加工データベース"],
                products=["精密試作サービス「MINATO Quick Proto」", "量産精密部品（切削・研削・複合加工）", "設計者向け技術相談窓口"],
                statement="図面が固まる前から相談できる、±1µmを5営業日で試作し、そのまま量産まで任せられる精密加工パートナー。",
            ),
            ValueProposition(
                id="vp-buyer", persona_id="persona-buyer",
                pains=["コストダウン目標と品質要求の板挟み", "既存サプライヤーの廃業リスク", "海外調達の納期・為替リスク"],
                pain_relievers=["工程別の原価内訳を開示した見積", "国内2工場体制と3か月分の生産余力", "材料の国内在庫で為替影響を抑制"],
                gains=["社内に説明しやすいサプライヤー選定", "BCP対応の実績"],
                gain_creators=["工程能力データ（Cpk）と品質監査資料のパッケージ", "VA提案による年3%のコストダウン事例", "代理店経由の口座開設で手続きを簡素化"],
                products=["量産精密部品", "VA/VE提案サービス", "品質監査資料パッケージ"],
                statement="原価の根拠と品質データで社内説明ができ、国内で長く安定供給できる2社目の精密部品サプライヤー。",
            ),
        ],
        competitors=[
            Competitor(
                id="comp-towa", name="東和プレシジョン（同規模の国内精密加工メーカー）", kind="direct", price_position="similar",
                strengths=["半導体装置メーカーとの20年来の取引実績", "大型部品（500mm超）の加工設備", "関西に営業拠点"],
                weaknesses=["試作の納期が2〜3週間", "Webでの情報発信がほぼない", "医療機器分野の実績が少ない"],
                notes="展示会では隣接ブースになることが多い。量産単価はほぼ同水準。",
            ),
            Competitor(
                id="comp-online-proto", name="Web見積型オンデマンド加工サービス", kind="indirect", price_position="lower",
                strengths=["図面アップロードで即時見積", "単純形状なら最短翌日出荷", "設計者の認知度が高い"],
                weaknesses=["±5µm未満の公差や難削材は対応外", "量産・品質監査には対応しない", "技術相談ができない"],
                notes="単純形状の試作は流れている。公差が厳しい部品・量産前提の案件が当社の土俵。",
            ),
            Competitor(
                id="comp-inhouse", name="顧客社内の試作加工部門（内製）", kind="substitute", price_position="higher",
                strengths=["機密保持が容易", "設計者の隣で即修正できる"],
                weaknesses=["設備と熟練工の維持コスト", "繁忙期は試作が後回し", "精密測定設備が不十分"],
                notes="大手ほど内製比率が高い。内製部門の人員縮小が外注化のきっかけになる。",
            ),
        ],
        criteria=[
            DifferentiationCriterion(id="crit-precision", name="加工精度（±1µm の安定性）", our_score=5,
                                     competitor_scores={"comp-towa": 4, "comp-online-proto": 2, "comp-inhouse": 3}),
            DifferentiationCriterion(id="crit-proto-speed", name="試作リードタイム", our_score=4,
                                     competitor_scores={"comp-towa": 2, "comp-online-proto": 5, "comp-inhouse": 4}),
            DifferentiationCriterion(id="crit-mass-quality", name="量産時の品質安定性（工程能力Cpk）", our_score=5,
                                     competitor_scores={"comp-towa": 4, "comp-online-proto": 1, "comp-inhouse": 3}),
            DifferentiationCriterion(id="crit-vave", name="設計段階からのVA/VE提案力", our_score=4,
                                     competitor_scores={"comp-towa": 3, "comp-online-proto": 1, "comp-inhouse": 3}),
            DifferentiationCriterion(id="crit-price", name="価格競争力（量産単価）", our_score=3,
                                     competitor_scores={"comp-towa": 3, "comp-online-proto": 4, "comp-inhouse": 2}),
            DifferentiationCriterion(id="crit-web-info", name="Web上の技術情報の充実度", our_score=3,
                                     competitor_scores={"comp-towa": 1, "comp-online-proto": 5, "comp-inhouse": 1}),
        ],
        channels=[
            Channel(id="ch-expo", name="展示会（機械要素技術展・地方展）", kind="offline", phase="awareness",
                    monthly_cost_yen=1_800_000, owner=MKT_HEAD, notes="年3回出展（6月東京・10月名古屋・1月東京）。費用は年間2,150万円の月割り。"),
            Channel(id="ch-seo", name="SEO・技術コラム", kind="online", phase="awareness",
                    monthly_cost_yen=300_000, owner=MKT_DIGITAL, notes="月4本。外部ライター＋技術部の監修。"),
            Channel(id="ch-sns", name="SNS（X・LinkedIn）", kind="online", phase="awareness",
                    monthly_cost_yen=100_000, owner=MKT_DIGITAL, notes="加工動画と展示会告知。リード獲得への導線は未設計。"),
            Channel(id="ch-webinar", name="Webセミナー（設計者向け技術セミナー）", kind="online", phase="consideration",
                    monthly_cost_yen=200_000, owner=MKT_HEAD, notes="月1回・45分。製造・技術部の技術者が講師。"),
            Channel(id="ch-techdoc", name="技術資料ダウンロード（自社サイト）", kind="online", phase="consideration",
                    monthly_cost_yen=150_000, owner=MKT_DIGITAL, notes="「公差設計ガイド」「難削材加工ハンドブック」など8点。HubSpotフォームで取得。"),
            Channel(id="ch-direct", name="直販営業・技術相談窓口", kind="offline", phase="purchase",
                    monthly_cost_yen=500_000, owner=SALES_HEAD, notes="営業8名＋技術者の同行。費用は旅費・試作サンプル費。"),
            Channel(id="ch-agency", name="代理店（中部・関西の地域商社）", kind="offline", phase="purchase",
                    monthly_cost_yen=400_000, owner=SALES_HEAD, notes="販売手数料8%＋販促支援費。3社と契約、6社目標。"),
            Channel(id="ch-visit", name="既存顧客訪問・定期技術レビュー", kind="offline", phase="retention",
                    monthly_cost_yen=250_000, owner=CS_HEAD, notes="上位80社に四半期ごと。工程能力データと改善提案を持参。"),
            Channel(id="ch-referral", name="導入事例・顧客紹介", kind="online", phase="advocacy",
                    monthly_cost_yen=100_000, owner=MKT_HEAD, notes="事例記事と紹介特典（次回試作費10%割引）。"),
        ],
        journeys=[
            CustomerJourney(
                id="journey-design-engineer", persona_id="persona-design-engineer",
                stages=[
                    stage("js-de-awareness", "認知", "「チタン 精密加工 試作」で検索した技術コラム、展示会の加工サンプル展示", "ch-seo",
                          "±1µmを出せる試作先は他にもあるのだろうか", "難削材・公差別の技術コラムを月4本公開し、サンプル展示で精度を実物で見せる"),
                    stage("js-de-consideration", "検討", "技術資料「公差設計ガイド」DL、Webセミナー参加", "ch-techdoc",
                          "うちの図面で本当に5営業日で出るのか、品質データはあるのか", "DL後3営業日以内にISが電話し、図面の事前相談（無料）を案内"),
                    stage("js-de-purchase", "購買", "図面送付→技術相談→試作見積→試作発注", "ch-direct",
                          "社内の購買を説得できる材料がほしい", "48時間以内に加工可否とVA提案を回答し、検査成績書のサンプルを添付"),
                    stage("js-de-retention", "継続", "試作品の検査成績書、量産移行の打合せ、定期技術レビュー", "ch-visit",
                          "量産でも同じ品質が出るなら任せたい", "試作と同一工程で量産し、四半期ごとに工程能力データを報告"),
                    stage("js-de-advocacy", "推奨", "導入事例インタビュー、社内他部署への紹介", "ch-referral",
                          "隣の開発チームにも教えてあげよう", "事例記事化と紹介特典、他部署向け技術説明会を開催"),
                ],
            ),
            CustomerJourney(
                id="journey-buyer", persona_id="persona-buyer",
                stages=[
                    stage("js-by-awareness", "認知", "地域商社の営業からの紹介、展示会の商談コーナー", "ch-agency",
                          "2社目のサプライヤーを探さないといけない", "代理店向け販促キットで当社の強み（国内2工場・生産余力）を伝える"),
                    stage("js-by-consideration", "検討", "展示会の商談コーナーでの技術相談、工場見学・品質監査資料の確認", "ch-expo",
                          "監査に通るか、財務は大丈夫か", "品質監査資料パッケージと工程能力データを事前送付し、見学時に技術部長が説明"),
                    stage("js-by-purchase", "購買", "見積比較、口座開設、初回ロット発注", "ch-agency",
                          "見積の根拠を上司に説明できるか", "工程別原価内訳つき見積とVA提案を提示。代理店経由で口座開設を簡素化"),
                    stage("js-by-retention", "継続", "月次品質レポート、年次価格交渉", "ch-visit",
                          "コストダウン目標をどう達成するか", "年1回VA提案会を開き、コストダウン案を先回りで提示"),
                    stage("js-by-advocacy", "推奨", "業界団体・グループ会社への紹介", "ch-referral",
                          "グループ会社の調達にも紹介できる", "グループ会社向けの説明資料と紹介窓口を用意"),
                ],
            ),
        ],
    )
