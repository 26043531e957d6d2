"""Sample plan ``retail_ja`` — steps 1 and 2 (settings, strategy, customers).

株式会社こむぎ堂: 静岡県浜松市で4店舗を営む地域密着のベーカリーカフェ（従業員約60名・
パート含む、年商4.2億円）。セントラルキッチンで生地を仕込み、各店で焼き上げる。
年度は4月始まり（FY2026 = 2026年4月〜2027年3月）。表示単位は円（客単価・1品単価を円で見るため）。
小さな会社が「CMO思考」で販促を経営の数字（来店客数×客単価）につなぐ例。
Steps 3–4 (a small KPI tree, a few initiatives, the review cadence) live in
``sample_content_retail_ja_ops.py``.
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
PRESIDENT = "小野寺 和也（代表取締役）"
STORE_HEAD = "大石 真理（店舗運営部長）"
MKT = "杉山 さくら（販促・マーケティング担当）"
CHEF = "鈴木 拓海（製造部長・シェフ）"
STATION_MANAGER = "村松 健（浜松駅前店 店長）"

DEPARTMENTS = ["dept-management", "dept-marketing", "dept-stores", "dept-production"]


def settings() -> PlanSettings:
    return PlanSettings(
        title="FY2026 販促・マーケティング計画（こむぎ堂 4店舗）",
        company_name="株式会社こむぎ堂",
        language="ja",
        fiscal_year=2026,
        fiscal_year_start_month=4,
        granularity="month",
        money_unit="yen",
        thresholds=StatusThresholds(on_track=0.95, at_risk=0.85),
        departments=[
            Department(id="dept-management", name="経営企画室"),
            Department(id="dept-marketing", name="販促・マーケティング"),
            Department(id="dept-stores", name="店舗運営部"),
            Department(id="dept-production", name="製造部（セントラルキッチン）"),
        ],
    )


def strategy() -> Strategy:
    return Strategy(
        vision="毎日の食卓に、焼きたての「おいしい」と町の顔なじみを。",
        mission="遠州産小麦と無添加の生地で、家族が毎日食べても安心なパンを、歩いて行ける距離で焼き続ける。",
        mid_term_plan=MidTermPlan(
            title="中期経営計画「まちのパン屋 2028」",
            start_year=2026,
            end_year=2028,
            summary=(
                "既存4店の売上の6割を常連客（会員）が支えている一方、会員の高齢化と駅前の大手チェーン出店で来店客数は前年比97%。"
                "3年間で会員（LINE友だち）を1万人に増やし、会員の来店頻度と客単価を上げて既存店売上を伸ばす。"
                "2028年度に5店舗目（郊外のイートイン併設店）を出店し、売上5.5億円・営業利益率7%を目指す。"
            ),
            headline_targets=[
                HeadlineTarget(id="ht-revenue", label="売上高", value=550_000_000, unit="jpy", year=2028),
                HeadlineTarget(id="ht-margin", label="営業利益率", value=0.07, unit="percent", year=2028),
                HeadlineTarget(id="ht-members", label="アクティブ会員数（LINE友だち）", value=10_000, unit="count", year=2028),
                HeadlineTarget(id="ht-stores", label="店舗数", value=5, unit="count", year=2028),
            ],
        ),
        business_strategy=(
            "①ターゲット：店舗から半径2km以内の子育て世代と、駅前店を使う通勤客。"
            "②価値：朝7時から焼きたて、遠州産小麦・無添加、顔なじみのスタッフ。"
            "③チャネル：Googleビジネスプロフィールとチラシで近所の人に知ってもらい、"
            "店頭でLINE公式アカウントに登録してもらい、LINEで再来店を促す。"
            "④数字：売上＝来店客数×客単価。来店客数を会員と非会員に分け、会員の継続率と来店頻度を全店共通の言葉で毎月見る。"
        ),
        priorities=[
            StrategicPriority(id="pri-members", text="店頭とLINEで会員を増やし、来店頻度を上げる（常連づくり）"),
            StrategicPriority(id="pri-local-search", text="「近くのパン屋」で見つけてもらう（Googleビジネスプロフィールとクチコミ）"),
            StrategicPriority(id="pri-morning", text="駅前店の朝の時間帯（7〜10時）を伸ばす：モーニングセットとテイクアウトの予約"),
            StrategicPriority(id="pri-margin", text="廃棄ロスと原価率の管理で利益率を上げる（製造計画を来店予測に合わせる）"),
        ],
        goals=[
            BusinessGoal(
                id="goal-revenue", name="年間売上高（4店合計）", category="revenue",
                baseline=420_000_000, target=460_000_000, unit="jpy", deadline=D("2027-03-31"), owner=PRESIDENT,
                marketing_contribution="来店客数40.2万人（会員19.2万・非会員21.0万）をつくる。LINE配信と店頭POPで買上点数を2.5点に上げ、客単価1,150円を支える。",
                agreed_department_ids=["dept-management", "dept-marketing", "dept-stores", "dept-production"],
                notes="前年度実績4.2億円（本店1.5億・駅前店1.3億・佐鳴台店0.8億・可美店0.6億）。",
            ),
            BusinessGoal(
                id="goal-new-members", name="新規会員登録数（LINE友だち・年間）", category="new_customers",
                baseline=2_600, target=3_500, unit="count", deadline=D("2027-03-31"), owner=MKT,
                marketing_contribution="店頭の声かけ・レシートQR・チラシ・Googleマップから、初回来店の人をLINE友だちにする。",
                agreed_department_ids=["dept-marketing", "dept-stores"],
            ),
            BusinessGoal(
                id="goal-repeat", name="会員継続率（前年度に来店した会員のうち今年度も来店した割合）", category="repeat",
                baseline=0.70, target=0.75, unit="percent", deadline=D("2027-03-31"), owner=STORE_HEAD,
                marketing_contribution="LINEショップカードと焼き上がり時間の配信で「また行く理由」をつくる。",
                agreed_department_ids=["dept-marketing", "dept-stores"],
            ),
            BusinessGoal(
                id="goal-ltv", name="会員1人あたりの年間来店回数（LTVの源）", category="ltv",
                baseline=21, target=24, unit="count", deadline=D("2027-03-31"), owner=STORE_HEAD,
                marketing_contribution="季節の新商品を月2回LINEで告知し、来店のきっかけを月2回以上つくる。",
                agreed_department_ids=["dept-marketing", "dept-stores", "dept-production"],
                notes="年間購入額（LTV）＝来店回数×客単価。24回×1,150円＝27,600円。",
            ),
            BusinessGoal(
                id="goal-brand", name="Googleマップのクチコミ評価（4店平均）", category="brand",
                baseline=4.1, target=4.4, unit="score", deadline=D("2027-03-31"), owner=MKT,
                marketing_contribution="全クチコミに48時間以内に返信し、写真と営業時間を最新に保つ。",
                agreed_department_ids=["dept-marketing", "dept-stores"],
            ),
            BusinessGoal(
                # Deliberately without a marketing contribution or agreed departments: the
                # health check should say that marketing has not yet agreed how it helps profit.
                id="goal-profit", name="営業利益率", category="profit",
                baseline=0.05, target=0.065, unit="percent", deadline=D("2027-03-31"), owner=PRESIDENT,
                notes="小麦・バターの値上がり分は4月に価格改定済み。販促の値引きが利益を削らないか、次回の店長会議で議論する。",
            ),
        ],
    )


def customers() -> CustomerDesign:
    return CustomerDesign(
        personas=[
            Persona(
                id="persona-family", name="近所の共働き子育て世代", priority="primary",
                segment="店舗から半径2km以内に住む30〜40代、小学生以下の子どもがいる共働き世帯",
                role="家族の食事を用意する親（主に母親）。週末にまとめ買いし、平日は保育園の送り迎えの途中に寄る",
                description=(
                    "朝食のパンは毎日のもの。子どもが安心して食べられる素材を選びたいが、時間もお金も限られている。"
                    "週末は子どもと一緒にパンを選ぶのがちょっとした楽しみ。"
                ),
                challenges=["平日は時間がなく、夕方には好きなパンが売り切れている", "添加物やアレルギーが気になる", "食費を抑えたい"],
                needs=["食パンの取り置き・予約", "原材料とアレルゲンが分かる表示", "子どもが喜ぶ季節のパン"],
                values=["家族の健康", "近所で顔なじみの店", "無理のない価格"],
                buying_triggers=["週末のまとめ買い", "子どもの誕生日・行事", "LINEで届く焼き上がり・新商品のお知らせ"],
                objections=["スーパーのパンより高い", "駐車場が狭い", "夕方は品薄"],
                information_sources=["Googleマップ（「近くのパン屋」）", "Instagram・ママ友のクチコミ", "新聞折込・ポスティングのチラシ", "LINE公式アカウント"],
            ),
            Persona(
                id="persona-commuter", name="駅前店を使う通勤客", priority="primary",
                segment="浜松駅周辺に勤める20〜40代の会社員（平日朝・昼）",
                role="朝食と昼食を駅前で買う。1人で来店し、滞在は3分以内",
                description="朝は1分でも早く買いたい。コンビニより少しいいものを食べたいが、並ぶのは嫌。",
                challenges=["朝のレジ待ち", "昼休みが短い", "毎日同じものに飽きる"],
                needs=["7時開店と素早い会計（キャッシュレス）", "コーヒーとのセット", "前日のLINE予約で受け取るだけ"],
                values=["時間", "ちょっとしたご褒美", "ポイント・特典"],
                buying_triggers=["通勤経路にあること", "モーニングセット", "雨の日クーポン"],
                objections=["コンビニの方が早い", "駅ビルの大手チェーンの方が品数が多い"],
                information_sources=["店頭（通りがかり）", "LINE公式アカウント", "Googleマップ"],
            ),
            Persona(
                # A secondary persona on purpose WITHOUT a value proposition (step 2 pitfall):
                # the flyer initiative targets them although no value has been designed.
                id="persona-senior", name="近隣のシニア夫婦", priority="secondary",
                segment="本店・佐鳴台店の周辺に住む65歳以上の夫婦",
                role="開店当初からの常連。平日の午前中に徒歩で来店し、食パンと総菜パンを買う",
                description="スマートフォンはあまり使わない。スタッフとの会話を楽しみにしている。",
                challenges=["重い荷物を持って帰れない", "新商品が分かりにくい"],
                needs=["食パンの半斤売り", "紙のお知らせ・チラシ"],
                values=["なじみの店", "丁寧な接客"],
                buying_triggers=["チラシの特売", "スタッフのおすすめ"],
                objections=["LINEは使えない"],
                information_sources=["新聞折込チラシ", "店頭のお知らせ", "近所の人との会話"],
            ),
        ],
        value_propositions=[
            ValueProposition(
                id="vp-family", persona_id="persona-family",
                pains=["夕方には好きなパンが売り切れ", "添加物・アレルギーが心配", "食費を抑えたい"],
                pain_relievers=["LINEで食パンを取り置き予約（前日20時まで）", "全商品に原材料・アレルゲンの表示カード", "会員価格の食パン（1斤350円→320円）"],
                gains=["子どもが喜ぶ", "週末の家族の楽しみ"],
                gain_creators=["季節のキャラクターパン（月2回の新商品）", "親子パン教室（月1回・本店）", "LINEショップカード（10個で好きなパン1個）"],
                products=["遠州小麦の食パン", "キッズパン", "親子パン教室"],
                statement="近所で、子どもに安心して食べさせられる焼きたてのパンを、取り置きで確実に手に入れられるパン屋。",
            ),
            ValueProposition(
                id="vp-commuter", persona_id="persona-commuter",
                pains=["朝のレジ待ち", "昼休みが短い"],
                pain_relievers=["7時開店・セルフレジ・キャッシュレス", "LINE予約の受け取り専用棚"],
                gains=["朝のちょっとしたご褒美", "飽きない品揃え"],
                gain_creators=["モーニングセット（パン2個＋コーヒー 480円）", "日替わりサンドと曜日限定パン"],
                products=["モーニングセット", "サンドイッチ", "コーヒー"],
                statement="駅から30秒、焼きたてとコーヒーを1分で受け取れる朝のパン屋。",
            ),
        ],
        competitors=[
            Competitor(
                id="comp-chain", name="駅ビル内の大手ベーカリーチェーン", kind="direct", price_position="similar",
                strengths=["品数が多い（常時80品）", "駅ビルの集客力と共通ポイント", "新商品の開発力"],
                weaknesses=["工場生産の冷凍生地が中心", "スタッフの入れ替わりが多く顔なじみになりにくい", "住宅街には店がない"],
                notes="2025年10月に駅ビルへ出店。駅前店の朝の客数が1割減った。",
            ),
            Competitor(
                id="comp-convenience", name="コンビニエンスストアのパン・コーヒー", kind="indirect", price_position="lower",
                strengths=["24時間・どこにでもある", "会計が速い", "100円台のパンとコーヒー"],
                weaknesses=["焼きたてではない", "添加物が多い", "選ぶ楽しさがない"],
            ),
            Competitor(
                id="comp-supermarket", name="スーパーの袋パン・家庭での手作り", kind="substitute", price_position="lower",
                strengths=["まとめ買いのついでに買える", "価格が安い（食パン1斤150円前後）"],
                weaknesses=["味と素材で差がない", "週末のお出かけの楽しみにならない"],
                notes="物価高で食パンはスーパーへ流れる傾向。会員価格の食パンで引き留める。",
            ),
        ],
        criteria=[
            DifferentiationCriterion(id="crit-fresh", name="焼きたて・おいしさ", our_score=5,
                                     competitor_scores={"comp-chain": 3, "comp-convenience": 1, "comp-supermarket": 2}),
            DifferentiationCriterion(id="crit-ingredients", name="素材（遠州産小麦・無添加）", our_score=5,
                                     competitor_scores={"comp-chain": 2, "comp-convenience": 1, "comp-supermarket": 2}),
            DifferentiationCriterion(id="crit-price", name="価格の手頃さ", our_score=3,
                                     competitor_scores={"comp-chain": 3, "comp-convenience": 4, "comp-supermarket": 5}),
            DifferentiationCriterion(id="crit-convenience", name="便利さ（営業時間・会計の速さ）", our_score=3,
                                     competitor_scores={"comp-chain": 4, "comp-convenience": 5, "comp-supermarket": 4}),
            DifferentiationCriterion(id="crit-relationship", name="顔なじみの接客・地域とのつながり", our_score=5,
                                     competitor_scores={"comp-chain": 2, "comp-convenience": 1, "comp-supermarket": 2}),
        ],
        channels=[
            Channel(id="ch-gbp", name="Googleビジネスプロフィール（マップ・クチコミ）", kind="online", phase="awareness",
                    monthly_cost_yen=0, owner=MKT, notes="4店それぞれの写真・営業時間・投稿を週1回更新。クチコミには48時間以内に返信。"),
            Channel(id="ch-flyer", name="チラシ（新聞折込・ポスティング）", kind="offline", phase="awareness",
                    monthly_cost_yen=80_000, owner=MKT, notes="本店・佐鳴台店の周辺2kmに月1回1.5万部。シニアと子育て世代向けに紙面を分ける。"),
            Channel(id="ch-instagram", name="Instagram", kind="online", phase="consideration",
                    monthly_cost_yen=30_000, owner=MKT, notes="新商品と焼き上がりの写真。来店・会員登録への導線は未設計。"),
            Channel(id="ch-store", name="店頭（POP・試食・スタッフの声かけ）", kind="offline", phase="purchase",
                    monthly_cost_yen=50_000, owner=STORE_HEAD, notes="レジ横のQRでLINE友だち登録。試食は焼き上がり直後の15分。"),
            Channel(id="ch-line", name="LINE公式アカウント（ショップカード・予約）", kind="online", phase="retention",
                    monthly_cost_yen=15_000, owner=MKT, notes="配信は月4回まで。焼き上がり時間、新商品、雨の日クーポン。ショップカードは10個で1品無料。"),
            Channel(id="ch-class", name="親子パン教室・地域のマルシェ出店", kind="offline", phase="advocacy",
                    monthly_cost_yen=40_000, owner=CHEF, notes="本店で月1回（定員8組）。参加者のInstagram投稿とクチコミが生まれる。"),
        ],
        journeys=[
            CustomerJourney(
                id="journey-family", persona_id="persona-family",
                stages=[
                    stage("js-fa-awareness", "認知", "Googleマップで「近くのパン屋」を検索、ポストに入ったチラシ", "ch-gbp",
                          "近所に無添加のパン屋があるんだ", "写真と原材料のこだわりを掲載し、クチコミに必ず返信する"),
                    stage("js-fa-consideration", "検討", "Instagramの焼き上がり写真、ママ友のクチコミ", "ch-instagram",
                          "子どもが食べられるパンはあるかな、駐車場はあるかな", "キッズパンとアレルゲン表示を投稿し、駐車場の案内を固定投稿に載せる"),
                    stage("js-fa-purchase", "購買", "週末に家族で来店、試食、レジでLINE登録", "ch-store",
                          "思ったより高いけど、おいしい", "試食と声かけで看板の食パンを勧め、レジで会員価格とLINE登録を案内する"),
                    stage("js-fa-retention", "継続", "LINEの焼き上がり通知と取り置き予約、ショップカード", "ch-line",
                          "平日も予約しておけば確実に買える", "前日20時までの取り置き予約と、月2回の新商品のお知らせ"),
                    stage("js-fa-advocacy", "推奨", "親子パン教室への参加、Instagramへの投稿", "ch-class",
                          "友だちにも教えてあげたい", "教室の参加者にお友だち紹介クーポンを渡す"),
                ],
            ),
            CustomerJourney(
                id="journey-commuter", persona_id="persona-commuter",
                stages=[
                    stage("js-co-awareness", "認知", "通勤途中に店の前を通る、Googleマップ", "ch-gbp",
                          "駅前にパン屋があったのか", "朝7時開店と「モーニング480円」を店先の看板で見せる"),
                    stage("js-co-consideration", "検討", "店先のメニュー看板", "ch-store",
                          "コンビニより少し高いけど、時間がかからないなら", "会計1分以内をうたい、セルフレジを案内する"),
                    stage("js-co-purchase", "購買", "モーニングセットの購入、LINE登録", "ch-store",
                          "早いし、おいしい", "レシートQRでLINE登録するとコーヒー1杯無料"),
                    stage("js-co-retention", "継続", "LINEの前日予約、雨の日クーポン", "ch-line",
                          "予約しておけば並ばずに済む", "受け取り専用棚を用意し、曜日限定パンを前日に配信する"),
                    stage("js-co-advocacy", "推奨", "職場への差し入れ、同僚への紹介", "ch-line",
                          "会議の差し入れにちょうどいい", "10個以上の法人予約（差し入れセット）をLINEで受け付ける"),
                ],
            ),
        ],
    )
