<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Strategy Canvas</source>
        <translation>戦略キャンバス</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>Connect marketing to the business’s goals in four steps, and see revenue as one process from marketing to customer success.</source>
        <translation>4つのステップでマーケティングを経営・事業のゴールにつなぎ、マーケティングからカスタマーサクセスまでの売上を一つのプロセスとして捉えます。</translation>
    </message>
    <message>
        <source>About Strategy Canvas</source>
        <translation>戦略キャンバスについて</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the plan</source>
        <translation>計画を開けません</translation>
    </message>
    <message>
        <source>The page “%1” does not show “%2”.</source>
        <translation>ページ「%1」には「%2」が表示されていません。</translation>
    </message>
    <message>
        <source>The page “%1” has no section “%2”.</source>
        <translation>ページ「%1」にセクション「%2」はありません。</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>スクリーンショットを %1 に保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>BackCalculation</name>
    <message>
        <source>it would need a rate above 100 %, which this KPI cannot be</source>
        <translation>100%を超える率が必要になり、このKPIではありえません</translation>
    </message>
    <message>
        <source>it would need a value below zero, which this KPI cannot be</source>
        <translation>ゼロ未満の値が必要になり、このKPIではありえません</translation>
    </message>
    <message>
        <source>there is no KPI with that id</source>
        <translation>そのIDのKPIはありません</translation>
    </message>
    <message>
        <source>the KPI to solve for is computed, not an input</source>
        <translation>求めるKPIは計算で求まるKPIで、入力値ではありません</translation>
    </message>
    <message>
        <source>the KPI to reach has no target</source>
        <translation>届かせたいKPIに目標がありません</translation>
    </message>
    <message>
        <source>the input is not below the KPI to reach</source>
        <translation>入力値のKPIが、届かせたいKPIの下にありません</translation>
    </message>
    <message>
        <source>a value on the way is zero, so no input value can reach the target</source>
        <translation>途中の値がゼロのため、どの入力値でも目標に届きません</translation>
    </message>
    <message>
        <source>“{name}” has no value yet</source>
        <translation>「{name}」にまだ値がありません</translation>
    </message>
    <message>
        <source>the result is too large to compute</source>
        <translation>結果が大きすぎて計算できません</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Close this message</source>
        <translation>このメッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>BudgetStrip</name>
    <message>
        <source>Budget per month ({unit})</source>
        <translation>月別予算（{unit}）</translation>
    </message>
    <message>
        <source>Budget per quarter ({unit})</source>
        <translation>四半期別予算（{unit}）</translation>
    </message>
    <message>
        <source>Not linked to a goal</source>
        <translation>ゴールに未接続</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>By goal:</source>
        <translation>ゴール別予算：</translation>
    </message>
    <message>
        <source>Before the chart</source>
        <translation>表示期間より前</translation>
    </message>
    <message>
        <source>After the chart</source>
        <translation>表示期間より後</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>日付未定</translation>
    </message>
    <message>
        <source>Outside the periods:</source>
        <translation>期間外：</translation>
    </message>
</context>
<context>
    <name>BusinessStrategyCard</name>
    <message>
        <source>Business strategy and priorities</source>
        <translation>事業戦略と戦略上の重点</translation>
    </message>
    <message>
        <source>&amp;Business strategy: where the business grows and how it wins</source>
        <translation>事業戦略：どこで成長し、どう勝つか(&amp;B)</translation>
    </message>
    <message>
        <source>e.g. Grow with mid-size plants in our region through predictive maintenance</source>
        <translation>例：予知保全で地域の中堅工場とともに成長する</translation>
    </message>
    <message>
        <source>Strategic &amp;priorities (Alt+Up / Alt+Down reorder them)</source>
        <translation>戦略上の重点（Alt+↑ / Alt+↓ で並べ替え）(&amp;P)</translation>
    </message>
</context>
<context>
    <name>ChannelsSection</name>
    <message>
        <source>Cost per month (%1)</source>
        <translation>月額費用（%1）</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Online / offline</source>
        <translation>オンライン／オフライン</translation>
    </message>
    <message>
        <source>Funnel stage</source>
        <translation>ファネル段階</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>責任者</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Channels and touchpoints</source>
        <translation>チャネル・顧客接点</translation>
    </message>
    <message>
        <source>Where we meet our customers: online or offline, at which stage of their journey, what it costs a month (in the plan&apos;s money unit) and who owns it.</source>
        <translation>顧客と出会う場所：オンラインかオフラインか、カスタマージャーニーのどの段階か、月額費用（計画の金額単位）と責任者。</translation>
    </message>
    <message>
        <source>Total cost per month: %1</source>
        <translation>月額費用の合計：%1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>“{text}” is not a date (YYYY-MM-DD)</source>
        <extracomment>QSettings organization and application of the GUI (canvas_app.app), to read the saved UI language without importing the GUI.</extracomment>
        <translation>「{text}」は日付（YYYY-MM-DD）ではありません</translation>
    </message>
    <message>
        <source>“{text}” is not a window size such as 1280x720</source>
        <translation>「{text}」はウィンドウサイズ（例：1280x720）ではありません</translation>
    </message>
    <message>
        <source>“{text}” is not a zoom from {low} to {high} percent</source>
        <translation>「{text}」は{low}〜{high}％のズームではありません</translation>
    </message>
    <message>
        <source>language of messages and reports (default: the saved setting, else the system&apos;s)</source>
        <translation>メッセージとレポートの言語（既定：保存された設定、なければシステムの言語）</translation>
    </message>
    <message>
        <source>Strategy Canvas: connect marketing to business goals in four steps.

  canvas-app                 start the application
  canvas-app FILE            open FILE in the application
  canvas-app FILE --screenshot OUT.png [--step overview|1|2|3|4|funnel]
                 [--size WxH] [--zoom PCT] [--section NAME] [--select ID]
                             render one page of FILE to a PNG image and exit</source>
        <translation>戦略キャンバス：4つのステップでマーケティングを経営・事業ゴールにつなぎます。

  canvas-app                 アプリケーションを起動する
  canvas-app FILE            FILE をアプリケーションで開く
  canvas-app FILE --screenshot OUT.png [--step overview|1|2|3|4|funnel]
                 [--size WxH] [--zoom PCT] [--section NAME] [--select ID]
                             FILE の1ページをPNG画像に描画して終了する</translation>
    </message>
    <message>
        <source>Exit codes: 0 done (check also when it reports findings), 1 unexpected error, 2 bad usage, 3 input unreadable or invalid, 4 output not written.</source>
        <translation>終了コード：0 完了（check は指摘があっても0）、1 予期しないエラー、2 使い方の誤り、3 入力ファイルが読めない・不正、4 出力を書き込めない。</translation>
    </message>
    <message>
        <source>a Strategy Canvas plan (.scanvas)</source>
        <translation>戦略キャンバスの計画ファイル（.scanvas）</translation>
    </message>
    <message>
        <source>write a new plan from a template</source>
        <translation>テンプレートから新しい計画を作成する</translation>
    </message>
    <message>
        <source>template name (see “templates”; default: blank)</source>
        <translation>テンプレート名（「templates」で一覧表示、既定：blank）</translation>
    </message>
    <message>
        <source>replace FILE if it exists (keeping FILE.bak); given twice, even while someone else has it open</source>
        <translation>FILE があれば置き換える（FILE.bak を残す）。2回指定すると、他の人が開いていても置き換える</translation>
    </message>
    <message>
        <source>list the template names and titles</source>
        <translation>テンプレートの名前とタイトルを一覧表示する</translation>
    </message>
    <message>
        <source>load a plan (migrating it in memory) and report problems</source>
        <translation>計画を読み込み（メモリ上で変換し）、問題を報告する</translation>
    </message>
    <message>
        <source>plan health check: findings with severity, code, item and message (exit code 0 even with findings)</source>
        <translation>計画チェック：重要度・コード・項目・メッセージ付きの指摘（指摘があっても終了コードは0）</translation>
    </message>
    <message>
        <source>the KPI tree evaluated: target, computed value, latest actual, status</source>
        <translation>KPIツリーの計算結果：目標、計算値、最新の実績、状況</translation>
    </message>
    <message>
        <source>the revenue funnel stage by stage: required volumes, conversion, coverage</source>
        <translation>売上ファネルの段階ごとの必要数、転換率、カバレッジ</translation>
    </message>
    <message>
        <source>print stable machine-readable JSON</source>
        <translation>機械で読みやすい安定したJSONを出力する</translation>
    </message>
    <message>
        <source>the date to judge by, YYYY-MM-DD (default: today)</source>
        <translation>判定の基準日 YYYY-MM-DD（既定：今日）</translation>
    </message>
    <message>
        <source>print the JSON Schema of the project file</source>
        <translation>計画ファイルのJSONスキーマを出力する</translation>
    </message>
    <message>
        <source>rewrite FILE in the current schema and formatting, keeping FILE.bak</source>
        <translation>FILE を現在のスキーマと書式で書き直す（FILE.bak を残す）</translation>
    </message>
    <message>
        <source>Start Strategy Canvas.</source>
        <translation>戦略キャンバスを起動します。</translation>
    </message>
    <message>
        <source>a plan to open</source>
        <translation>開く計画ファイル</translation>
    </message>
    <message>
        <source>render a page of FILE to this PNG file and exit</source>
        <translation>FILE のページをこのPNGファイルに描画して終了する</translation>
    </message>
    <message>
        <source>the page to show (default: overview)</source>
        <translation>表示するページ（既定：overview）</translation>
    </message>
    <message>
        <source>the window size of the screenshot (default: 1280x800)</source>
        <translation>スクリーンショットのウィンドウサイズ（既定：1280x800）</translation>
    </message>
    <message>
        <source>the zoom of the screenshot in percent (default: the saved zoom; not saved)</source>
        <translation>スクリーンショットのズーム（％。既定：保存されたズーム。保存はしません）</translation>
    </message>
    <message>
        <source>the part of the page to show, e.g. personas on step 2</source>
        <translation>表示するページ内のセクション（例：ステップ2の personas）</translation>
    </message>
    <message>
        <source>the item to select on the page first, e.g. a KPI&apos;s id on step 3</source>
        <translation>先にページ上で選択する項目（ステップ3ではKPIのIDなど）</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>警告：{message}</translation>
    </message>
    <message>
        <source>write FILE even while someone else has it open (its lock file is held elsewhere); a change saved to FILE after this command read it is still never overwritten</source>
        <translation>他の人が FILE を開いていても（ロックファイルが他で保持されていても）書き込む。このコマンドが読み込んだ後に FILE へ保存された変更は、それでも上書きしない</translation>
    </message>
    <message>
        <source>{holder} (process {pid})</source>
        <translation>{holder}（プロセス {pid}）</translation>
    </message>
    <message>
        <source>“{file}” is open by {holder}, so nothing was written; close it there first, or {how}.</source>
        <translation>「{file}」は{holder}が開いているため、何も書き込みませんでした。先にそちらで閉じるか、{how}。</translation>
    </message>
    <message>
        <source>Warning: “{file}” is open by {holder}; writing it anyway (--force).</source>
        <translation>警告：「{file}」は{holder}が開いていますが、そのまま書き込みます（--force）。</translation>
    </message>
    <message>
        <source>Nothing was written: someone else changed “{file}” after this command read it, and their version is unchanged.</source>
        <translation>このコマンドが読み込んだ後に他の人が「{file}」を変更したため、何も書き込みませんでした（相手が保存した内容はそのまま残っています）。</translation>
    </message>
    <message>
        <source>use --force to write anyway</source>
        <translation>それでも書き込むには --force を指定してください</translation>
    </message>
    <message>
        <source>“{file}” already exists; use --force to replace it (the old file is kept as .bak).</source>
        <translation>「{file}」はすでに存在します。置き換えるには --force を指定してください（元のファイルは .bak として残ります）。</translation>
    </message>
    <message>
        <source>There is no template “{name}”; choose one of: {names}.</source>
        <translation>テンプレート「{name}」はありません。次の中から選んでください：{names}。</translation>
    </message>
    <message>
        <source>give --force twice to replace it anyway</source>
        <translation>それでも置き換えるには --force を2回指定してください</translation>
    </message>
    <message>
        <source>Created “{file}” from the template “{name}”.</source>
        <translation>テンプレート「{name}」から「{file}」を作成しました。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>OK: {title} — {goals} goals, {kpis} KPIs, {initiatives} initiatives</source>
        <translation>OK：{title} — ゴール{goals}件、KPI {kpis}件、施策{initiatives}件</translation>
    </message>
    <message>
        <source>“{file}” was written by a newer version of Strategy Canvas (schema {version}); this version cannot upgrade it.</source>
        <translation>「{file}」は新しいバージョンの戦略キャンバス（スキーマ{version}）で書かれているため、このバージョンでは更新できません。</translation>
    </message>
    <message>
        <source>Rewrote “{file}” in schema version {version}; the previous file is “{backup}”.</source>
        <translation>「{file}」をスキーマバージョン{version}で書き直しました。以前のファイルは「{backup}」です。</translation>
    </message>
    <message>
        <source>{option} works only with --screenshot</source>
        <translation>{option} は --screenshot と一緒にのみ使えます</translation>
    </message>
    <message>
        <source>--screenshot needs a FILE to render</source>
        <translation>--screenshot には描画する FILE が必要です</translation>
    </message>
    <message>
        <source>Invalid command line: {detail}. Run “canvas-app --help” for help.</source>
        <translation>コマンドラインが正しくありません：{detail}。ヘルプは「canvas-app --help」で表示できます。</translation>
    </message>
    <message>
        <source>Unexpected error ({error}).</source>
        <translation>予期しないエラーが発生しました（{error}）。</translation>
    </message>
    <message>
        <source>Unexpected error ({error}); the details are in “{log}”.</source>
        <translation>予期しないエラーが発生しました（{error}）。詳細は「{log}」にあります。</translation>
    </message>
    <message>
        <source>No problems found: the plan passes the health check.</source>
        <translation>問題は見つかりませんでした。計画チェックに合格です。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Errors: {errors}, warnings: {warnings}, hints: {hints}.</source>
        <translation>エラー：{errors}件、警告：{warnings}件、ヒント：{hints}件。</translation>
    </message>
    <message>
        <source>The plan has no KPIs yet.</source>
        <translation>この計画にはまだKPIがありません。</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>計算値</translation>
    </message>
    <message>
        <source>Latest actual</source>
        <translation>最新の実績</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Money in {unit}; the value is what the tree computes from its inputs.</source>
        <translation>金額の単位は{unit}。計算値は入力値からツリーが計算した値です。</translation>
    </message>
    <message>
        <source>The plan has no revenue funnel: no KPI has a funnel role (leads, MQLs, SQLs, opportunities, won deals).</source>
        <translation>この計画には売上ファネルがありません：ファネル上の役割（リード、MQL、SQL、商談、受注）を持つKPIがありません。</translation>
    </message>
    <message>
        <source>New-business revenue target: {target}; average deal size: {size}.</source>
        <translation>新規売上の目標：{target}、平均受注単価：{size}。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必要数</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Actual to date</source>
        <translation>累計実績</translation>
    </message>
    <message>
        <source>Conversion to next</source>
        <translation>次段階への転換率</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>必要な時期</translation>
    </message>
    <message>
        <source>Why a required volume is missing:</source>
        <translation>必要数が出ない理由：</translation>
    </message>
    <message>
        <source>Pipeline coverage: required {required}, actual {actual}.</source>
        <translation>パイプラインカバレッジ：必要{required}、実際{actual}。</translation>
    </message>
    <message>
        <source>Existing revenue: {value} from {customers} customers.</source>
        <translation>既存売上：顧客{customers}社から{value}。</translation>
    </message>
    <message>
        <source>Weak links:</source>
        <translation>ボトルネック：</translation>
    </message>
    <message>
        <source>No weak links found.</source>
        <translation>ボトルネックは見つかりませんでした。</translation>
    </message>
    <message>
        <source>write the Excel workbook to OUT</source>
        <translation>Excel ブックを OUT に書き出す</translation>
    </message>
    <message>
        <source>export the plan as an Excel workbook, a PDF (the plan on a page and its roadmap) and/or an iCalendar file of its reviews</source>
        <translation>計画を Excel ブック・PDF（1枚計画とロードマップ）・定例レビューの iCalendar ファイルとして書き出す</translation>
    </message>
    <message>
        <source>write the PDF (the plan on a page and its roadmap) to OUT</source>
        <translation>PDF（1枚計画とロードマップ）を OUT に書き出す</translation>
    </message>
    <message>
        <source>write the review meetings as an iCalendar file to OUT</source>
        <translation>定例レビューの予定を iCalendar ファイルとして OUT に書き出す</translation>
    </message>
    <message>
        <source>read actuals from the Actuals input sheet of an exported workbook into the plan</source>
        <translation>書き出したブックの「実績入力」シートから実績を計画に取り込む</translation>
    </message>
    <message>
        <source>the workbook the team filled in</source>
        <translation>チームが記入したブック</translation>
    </message>
    <message>
        <source>report what would change; do not write FILE</source>
        <translation>変更内容を表示するだけで FILE は書き換えない</translation>
    </message>
    <message>
        <source>print the changes and problems as JSON</source>
        <translation>変更内容と問題を JSON で出力する</translation>
    </message>
    <message>
        <source>The PDF cannot be drawn in this process (a non-graphical Qt application is running).</source>
        <translation>このプロセスでは PDF を描画できません（描画機能のない Qt アプリケーションが動作中です）。</translation>
    </message>
    <message>
        <source>choose another file to write to</source>
        <translation>別の書き込み先を選んでください</translation>
    </message>
    <message>
        <source>Cannot write “{file}”: it is a named pipe, device or socket, not a file.</source>
        <translation>「{file}」を書き込めません：ファイルではなく、名前付きパイプ・デバイス・ソケットのいずれかです。</translation>
    </message>
    <message>
        <source>Cannot write “{file}”: {reason}.</source>
        <translation>「{file}」を書き込めません：{reason}。</translation>
    </message>
    <message>
        <source>export needs at least one of --xlsx, --pdf, --ics</source>
        <translation>export には --xlsx、--pdf、--ics のいずれかが必要です</translation>
    </message>
    <message>
        <source>an output would overwrite the plan file itself</source>
        <translation>出力先が計画ファイル自体を上書きしてしまいます</translation>
    </message>
    <message>
        <source>two outputs name the same file</source>
        <translation>2つの出力先が同じファイルです</translation>
    </message>
    <message>
        <source>Wrote the Excel workbook “{file}”.</source>
        <translation>Excel ブック「{file}」を書き出しました。</translation>
    </message>
    <message>
        <source>Wrote the PDF “{file}”.</source>
        <translation>PDF「{file}」を書き出しました。</translation>
    </message>
    <message>
        <source>Wrote the review calendar “{file}”.</source>
        <translation>定例レビューのカレンダー「{file}」を書き出しました。</translation>
    </message>
    <message>
        <source>“{file}” was not written: unexpected error ({error}).</source>
        <translation>「{file}」は予期しないエラー（{error}）のため書き出されませんでした。</translation>
    </message>
    <message>
        <source>“{file}” was not written: unexpected error ({error}); the details are in “{log}”.</source>
        <translation>「{file}」は予期しないエラー（{error}）のため書き出されませんでした（詳細は「{log}」にあります）。</translation>
    </message>
    <message>
        <source>“{file}” was written by a newer version of Strategy Canvas; this version cannot rewrite it.</source>
        <translation>「{file}」は新しいバージョンの戦略キャンバスで保存されたため、このバージョンでは書き換えられません。</translation>
    </message>
    <message>
        <source>Nothing was imported: {count} rows need fixing first.</source>
        <translation>何も取り込んでいません：先に {count} 行を修正してください。</translation>
    </message>
    <message>
        <source>({more} more not shown.)</source>
        <translation>（ほか {more} 件は省略）</translation>
    </message>
    <message>
        <source>{added} actuals added, {changed} changed, {unchanged} unchanged.</source>
        <translation>実績を {added} 件追加、{changed} 件変更、{unchanged} 件は変更なし。</translation>
    </message>
    <message>
        <source>Dry run: “{file}” was not changed.</source>
        <translation>確認のみ：「{file}」は変更していません。</translation>
    </message>
    <message>
        <source>“{file}” is already up to date.</source>
        <translation>「{file}」はすでに最新です。</translation>
    </message>
    <message>
        <source>Saved “{file}”; the previous version is “{backup}”.</source>
        <translation>「{file}」を保存しました。以前の版は「{backup}」です。</translation>
    </message>
    <message>
        <source>back-calculate: the value an input must take for a KPI to reach a value</source>
        <translation>逆算：KPIがある値に届くために、入力値のKPIがとるべき値を求める</translation>
    </message>
    <message>
        <source>the id of the KPI to reach</source>
        <translation>届かせたいKPIのID</translation>
    </message>
    <message>
        <source>the value it must reach, as you would type it (120000000, 3億, 25%%); money in yen</source>
        <translation>届かせたい値（入力するとおりに：120000000、3億、25%%）。金額は円</translation>
    </message>
    <message>
        <source>the id of the input KPI to solve for</source>
        <translation>求める入力値のKPIのID</translation>
    </message>
    <message>
        <source>store the solved value as the input&apos;s target (keeping FILE.bak)</source>
        <translation>求めた値を入力値のKPIの目標として保存する（FILE.bak を残す）</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>「{value}」は数値ではありません。</translation>
    </message>
    <message>
        <source>Cannot solve “{input}” for “{target}”: {reason}.</source>
        <translation>「{target}」のために「{input}」を逆算できません：{reason}。</translation>
    </message>
    <message>
        <source>(It would need {value}.)</source>
        <translation>（{value} が必要です。）</translation>
    </message>
    <message>
        <source>“{input}” must be {value} (now {current}).</source>
        <translation>「{input}」は {value} が必要です（現在 {current}）。</translation>
    </message>
    <message>
        <source>Saved “{file}”.</source>
        <translation>「{file}」を保存しました。</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>An item with this id already exists.</source>
        <translation>同じIDの項目がすでにあります。</translation>
    </message>
    <message>
        <source>This list no longer exists.</source>
        <translation>この一覧はもう存在しません。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>QUndoCommand.id() for field edits; merging also requires the same item and field.</extracomment>
        <translation>編集</translation>
    </message>
    <message>
        <source>“%1” already has this funnel role.</source>
        <translation>このファネル上の役割は、すでに「%1」に設定されています。</translation>
    </message>
    <message>
        <source>Milestone “%1” would lie outside the initiative&apos;s dates (%2 – %3).</source>
        <translation>マイルストーン「%1」が施策の期間（%2 – %3）の外になります。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>A budget cannot be negative.</source>
        <translation>予算はマイナスにできません。</translation>
    </message>
    <message>
        <source>Please enter a number.</source>
        <translation>数値を入力してください。</translation>
    </message>
    <message>
        <source>The value is too small.</source>
        <translation>値が小さすぎます。</translation>
    </message>
    <message>
        <source>The value is too large.</source>
        <translation>値が大きすぎます。</translation>
    </message>
    <message>
        <source>Please enter a date.</source>
        <translation>日付を入力してください。</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>文字数が多すぎます。</translation>
    </message>
    <message>
        <source>Please choose one of the listed values.</source>
        <translation>一覧の中から選んでください。</translation>
    </message>
    <message>
        <source>The end year is before the start year.</source>
        <translation>終了年度が開始年度より前になっています。</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>開始日が終了日より後になっています。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>終了日が開始日より前になっています。</translation>
    </message>
    <message>
        <source>This value is not allowed here.</source>
        <translation>この値はここでは使えません。</translation>
    </message>
    <message>
        <source>Import actuals</source>
        <translation>実績の取り込み</translation>
    </message>
    <message>
        <source>The imported actuals list a KPI and period twice.</source>
        <translation>取り込む実績に同じ KPI と期間が2回含まれています。</translation>
    </message>
    <message>
        <source>An imported actual names an unknown KPI.</source>
        <translation>取り込む実績に存在しない KPI が含まれています。</translation>
    </message>
    <message>
        <source>This item no longer exists.</source>
        <translation>この項目はすでにありません。</translation>
    </message>
    <message>
        <source>This initiative has no start and end dates to move yet.</source>
        <translation>この施策には、動かせる開始日と終了日がまだありません。</translation>
    </message>
    <message>
        <source>The start and the end need a date.</source>
        <translation>開始と終了には日付が必要です。</translation>
    </message>
    <message>
        <source>a milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>“%1” would fall outside the initiative&apos;s dates: move the milestone first.</source>
        <translation>「%1」が施策の期間の外になります。先にマイルストーンを動かしてください。</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>日程を変更</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
</context>
<context>
    <name>CompetitorsCard</name>
    <message>
        <source>Select a competitor to describe it.</source>
        <translation>競合を選ぶと、その強み・弱みを記入できます。</translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation>%1 の詳細</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（名称未設定）</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>&amp;Strengths (one per line)</source>
        <translation>強み（1行に1つ）(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Weaknesses (one per line)</source>
        <translation>弱み（1行に1つ）(&amp;W)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>メモ(&amp;O)</translation>
    </message>
</context>
<context>
    <name>CompetitorsSection</name>
    <message>
        <source>Competitor</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>価格帯</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
    <message>
        <source>Competitors and differentiation</source>
        <translation>競合と差別化ポイント</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Copy saved</source>
        <translation>コピーを保存しました</translation>
    </message>
    <message>
        <source>A copy of your plan was saved as:
%1</source>
        <translation>計画のコピーを次の場所に保存しました：
%1</translation>
    </message>
    <message>
        <source>No copy could be saved. Your unsaved changes are kept in the recovery folder and offered at the next start.</source>
        <translation>コピーを保存できませんでした。保存していない変更は復元用のフォルダーに残してあり、次回の起動時に復元できます。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected problem</source>
        <translation>予期しない問題</translation>
    </message>
    <message>
        <source>Strategy Canvas ran into an unexpected problem.</source>
        <translation>戦略キャンバスで予期しない問題が発生しました。</translation>
    </message>
    <message>
        <source>The details were written to “%1”.</source>
        <translation>詳しい情報を「%1」に記録しました。</translation>
    </message>
    <message>
        <source>The details could not be written to a log file.</source>
        <translation>詳しい情報をログファイルに記録できませんでした。</translation>
    </message>
    <message>
        <source>To be safe, save a copy of your plan now, then restart Strategy Canvas.</source>
        <translation>念のため、いま計画のコピーを保存してから、戦略キャンバスを再起動してください。</translation>
    </message>
    <message>
        <source>You can continue, but restarting Strategy Canvas is safer.</source>
        <translation>このまま続けることもできますが、戦略キャンバスを再起動するほうが安全です。</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>コピーを保存</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Step 2</source>
        <translation>ステップ2</translation>
    </message>
    <message>
        <source>Customers, value, channels, differentiation</source>
        <translation>顧客・価値・チャネル・差別化</translation>
    </message>
    <message>
        <source>Who we serve and what they struggle with, the value we deliver to each of them, through which channels, and why they choose us over the competition.</source>
        <translation>誰に向けて、その顧客が何に困っているのか。顧客ごとに届ける価値、届けるチャネル、そして競合ではなく自社が選ばれる理由を設計します。</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Please enter a number, e.g. 1200 or 1,200.</source>
        <translation>数値を入力してください（例：1200 または 1,200）。</translation>
    </message>
    <message>
        <source>Please enter a date such as 2027/3/31.</source>
        <translation>日付を入力してください（例：2027/3/31）。</translation>
    </message>
    <message>
        <source>Please enter a year such as 2028.</source>
        <translation>年を入力してください（例：2028）。</translation>
    </message>
    <message>
        <source>Please enter a whole number.</source>
        <translation>整数を入力してください。</translation>
    </message>
    <message>
        <source>This number is too large.</source>
        <translation>この数値は大きすぎます。</translation>
    </message>
    <message>
        <source>Please enter a score from 1 to 5.</source>
        <translation>1〜5 の点数を入力してください。</translation>
    </message>
    <message>
        <source>Please enter an amount of zero or more.</source>
        <translation>0 以上の金額を入力してください。</translation>
    </message>
    <message>
        <source>This KPI cannot be below zero.</source>
        <translation>このKPIはマイナスにできません。</translation>
    </message>
    <message>
        <source>A rate cannot be above 100 %.</source>
        <translation>率は100%を超えられません。</translation>
    </message>
    <message>
        <source>This value is not allowed here.</source>
        <translation>この値はここには入力できません。</translation>
    </message>
    <message>
        <source>%1 The previous value was kept.</source>
        <translation>%1 元の値のままにしました。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{kind} “{name}” ({id})</source>
        <translation>{kind}「{name}」（{id}）</translation>
    </message>
    <message>
        <source>{kind} “{name}”</source>
        <translation>{kind}「{name}」</translation>
    </message>
    <message>
        <source>an input KPI cannot have child KPIs</source>
        <translation>入力値のKPIには子KPIを置けません</translation>
    </message>
    <message>
        <source>a ratio KPI needs exactly two child KPIs</source>
        <translation>比率のKPIには子KPIがちょうど2つ必要です</translation>
    </message>
    <message>
        <source>a difference KPI needs exactly two child KPIs</source>
        <translation>差のKPIには子KPIがちょうど2つ必要です</translation>
    </message>
    <message>
        <source>a computed KPI needs child KPIs</source>
        <translation>計算で求めるKPIには子KPIが必要です</translation>
    </message>
    <message>
        <source>a KPI lists the same child twice</source>
        <translation>同じ子KPIが2回指定されています</translation>
    </message>
    <message>
        <source>the initiative ends before it starts</source>
        <translation>施策の終了日が開始日より前になっています</translation>
    </message>
    <message>
        <source>the mid-term plan ends before it starts</source>
        <translation>中期経営計画の終了年が開始年より前になっています</translation>
    </message>
    <message>
        <source>the at-risk threshold must not exceed the on-track threshold</source>
        <translation>「注意」のしきい値は「順調」のしきい値を超えられません</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>がありません</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>が数値ではありません</translation>
    </message>
    <message>
        <source>is not a whole number</source>
        <translation>が整数ではありません</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>が文字列ではありません</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>が真偽値（true / false）ではありません</translation>
    </message>
    <message>
        <source>is not a date (YYYY-MM-DD)</source>
        <translation>が日付（YYYY-MM-DD）ではありません</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>が日時ではありません</translation>
    </message>
    <message>
        <source>is not one of the allowed values ({expected})</source>
        <translation>が使用できる値（{expected}）のいずれでもありません</translation>
    </message>
    <message>
        <source>is too long (at most {limit} characters)</source>
        <translation>が長すぎます（最大{limit}文字）</translation>
    </message>
    <message>
        <source>is too short</source>
        <translation>が短すぎます</translation>
    </message>
    <message>
        <source>is not a valid id (up to 64 letters, digits, “-”, “_” or “.”)</source>
        <translation>が有効なIDではありません（英数字・「-」「_」「.」で64文字まで）</translation>
    </message>
    <message>
        <source>is out of range (limit {limit})</source>
        <translation>が範囲外です（上限・下限 {limit}）</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>がリストではありません</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>がオブジェクトではありません</translation>
    </message>
    <message>
        <source>breaks a rule: {detail}</source>
        <translation>が規則に反しています：{detail}</translation>
    </message>
    <message>
        <source>is invalid ({detail})</source>
        <translation>が無効です（{detail}）</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: the id “{item_id}” is used by more than one item ({item}).</source>
        <translation>「{file}」を開けません：ID「{item_id}」が複数の項目で使われています（{item}）。</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: {item} refers in “{field}” to “{ref}”, which does not exist.</source>
        <translation>「{file}」を開けません：{item}の「{field}」が存在しない「{ref}」を参照しています。</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: {item} refers in “{field}” to “{ref}”, which is the wrong kind of item.</source>
        <translation>「{file}」を開けません：{item}の「{field}」が種類の異なる項目「{ref}」を参照しています。</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: {item} appears under more than one KPI in the KPI tree.</source>
        <translation>「{file}」を開けません：{item}がKPIツリーの複数のKPIの下にあります。</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: {item} is part of a cycle in the KPI tree.</source>
        <translation>「{file}」を開けません：{item}がKPIツリーの中で循環しています。</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: {item} has the funnel role “{ref}”, which another KPI already has.</source>
        <translation>「{file}」を開けません：{item}のファネル上の役割「{ref}」は、すでに別のKPIに設定されています。</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: {item} uses “{ref}”, which is not a period of this plan.</source>
        <translation>「{file}」を開けません：{item}がこの計画の期間ではない「{ref}」を使っています。</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: {item} has more than one actual for the period “{ref}”.</source>
        <translation>「{file}」を開けません：{item}に期間「{ref}」の実績が複数あります。</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: {item} has a broken reference.</source>
        <translation>「{file}」を開けません：{item}の参照が壊れています。</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: {item} is invalid: {detail} (at {location}).</source>
        <translation>「{file}」を開けません：{item}が無効です：{detail}（場所：{location}）。</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: {detail} (at {location}).</source>
        <translation>「{file}」を開けません：{detail}（場所：{location}）。</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: in {item}, “{field}” {problem} (at {location}).</source>
        <translation>「{file}」を開けません：{item}の「{field}」{problem}（場所：{location}）。</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: the value at {location} {problem}.</source>
        <translation>「{file}」を開けません：{location}の値{problem}。</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: {item} has a field “{name}” that this version does not know (at {location}).</source>
        <translation>「{file}」を開けません：{item}に、このバージョンでは使われない項目「{name}」があります（場所：{location}）。</translation>
    </message>
    <message>
        <source>Cannot open “{file}”: the field “{name}” is not known to this version (at {location}).</source>
        <translation>「{file}」を開けません：項目「{name}」はこのバージョンでは使われていません（場所：{location}）。</translation>
    </message>
    <message>
        <source>“{file}” is a folder, not a plan file.</source>
        <translation>「{file}」はフォルダーで、計画ファイルではありません。</translation>
    </message>
    <message>
        <source>“{file}” is a named pipe, not a plan file.</source>
        <translation>「{file}」は名前付きパイプで、計画ファイルではありません。</translation>
    </message>
    <message>
        <source>“{file}” is a device, not a plan file.</source>
        <translation>「{file}」はデバイスで、計画ファイルではありません。</translation>
    </message>
    <message>
        <source>“{file}” is a socket, not a plan file.</source>
        <translation>「{file}」はソケットで、計画ファイルではありません。</translation>
    </message>
    <message>
        <source>“{file}” is not an ordinary file, so it is not a plan file.</source>
        <translation>「{file}」は通常のファイルではないため、計画ファイルではありません。</translation>
    </message>
    <message>
        <source>The file “{file}” contains a number with {digits} digits, more than a plan can hold.</source>
        <translation>ファイル「{file}」に、計画で扱える桁数を超える{digits}桁の数値が含まれています。</translation>
    </message>
    <message>
        <source>The file “{file}” does not exist.</source>
        <translation>ファイル「{file}」が見つかりません。</translation>
    </message>
    <message>
        <source>The file “{file}” could not be read ({reason}).</source>
        <translation>ファイル「{file}」を読み込めませんでした（{reason}）。</translation>
    </message>
    <message>
        <source>The file “{file}” is too large to be a plan (over {limit_mib} MiB).</source>
        <translation>ファイル「{file}」は計画ファイルとしては大きすぎます（{limit_mib} MiB超）。</translation>
    </message>
    <message>
        <source>The file “{file}” is not a Strategy Canvas plan: it is not UTF-8 text (byte {offset}).</source>
        <translation>ファイル「{file}」は戦略キャンバスの計画ではありません：UTF-8のテキストではありません（{offset}バイト目）。</translation>
    </message>
    <message>
        <source>The file “{file}” is empty.</source>
        <translation>ファイル「{file}」は空です。</translation>
    </message>
    <message>
        <source>The file “{file}” is damaged or not a Strategy Canvas plan (invalid JSON at line {line}, column {column}).</source>
        <translation>ファイル「{file}」は壊れているか、戦略キャンバスの計画ではありません（{line}行{column}列目のJSONが不正です）。</translation>
    </message>
    <message>
        <source>The file “{file}” is damaged: the key “{key}” appears twice in the same object.</source>
        <translation>ファイル「{file}」は壊れています：同じオブジェクトにキー「{key}」が2回あります。</translation>
    </message>
    <message>
        <source>The file “{file}” contains a number with {digits} digits at line {line}, column {column}, more than a plan can hold.</source>
        <translation>ファイル「{file}」の{line}行{column}列目に、計画で扱える桁数を超える{digits}桁の数値が含まれています。</translation>
    </message>
    <message>
        <source>The file “{file}” contains “{token}”, which is not a number a plan can hold.</source>
        <translation>ファイル「{file}」に、計画で扱えない数値「{token}」が含まれています。</translation>
    </message>
    <message>
        <source>The file “{file}” is nested more than {limit} levels deep, so it cannot be a plan.</source>
        <translation>ファイル「{file}」は入れ子が{limit}階層を超えているため、計画ファイルではありません。</translation>
    </message>
    <message>
        <source>The file “{file}” is not a Strategy Canvas plan.</source>
        <translation>ファイル「{file}」は戦略キャンバスの計画ではありません。</translation>
    </message>
    <message>
        <source>The file “{file}” has an invalid schema version ({version}).</source>
        <translation>ファイル「{file}」のスキーマバージョン（{version}）が無効です。</translation>
    </message>
    <message>
        <source>The file “{file}” uses schema version {version}, which this version of Strategy Canvas cannot convert.</source>
        <translation>ファイル「{file}」はスキーマバージョン{version}で、このバージョンの戦略キャンバスでは変換できません。</translation>
    </message>
    <message>
        <source>The file “{file}” could not be converted from schema version {version} to {current}.</source>
        <translation>ファイル「{file}」をスキーマバージョン{version}から{current}に変換できませんでした。</translation>
    </message>
    <message>
        <source>The file “{file}” contains text that is not valid Unicode.</source>
        <translation>ファイル「{file}」に不正なUnicodeの文字列が含まれています。</translation>
    </message>
    <message>
        <source>The file “{file}” could not be opened because of an unexpected error ({reason}).</source>
        <translation>予期しないエラーのため、ファイル「{file}」を開けませんでした（{reason}）。</translation>
    </message>
    <message>
        <source>The file “{file}” could not be opened ({code}).</source>
        <translation>ファイル「{file}」を開けませんでした（{code}）。</translation>
    </message>
    <message>
        <source>Could not save “{file}” because the disk is full; the previous version is unchanged.</source>
        <translation>ディスクがいっぱいのため「{file}」を保存できませんでした。以前のファイルはそのまま残っています。</translation>
    </message>
    <message>
        <source>Could not save “{file}” because you may not write in “{folder}”; the previous version is unchanged.</source>
        <translation>「{folder}」への書き込み権限がないため「{file}」を保存できませんでした。以前のファイルはそのまま残っています。</translation>
    </message>
    <message>
        <source>Could not save “{file}” because “{folder}” is read-only; the previous version is unchanged.</source>
        <translation>「{folder}」が読み取り専用のため「{file}」を保存できませんでした。以前のファイルはそのまま残っています。</translation>
    </message>
    <message>
        <source>Could not save “{file}” because the folder “{folder}” does not exist.</source>
        <translation>フォルダー「{folder}」が存在しないため「{file}」を保存できませんでした。</translation>
    </message>
    <message>
        <source>Could not save “{file}” because the file is too big for this disk; the previous version is unchanged.</source>
        <translation>このディスクには大きすぎるため「{file}」を保存できませんでした。以前のファイルはそのまま残っています。</translation>
    </message>
    <message>
        <source>Could not save “{file}” because a folder has that name.</source>
        <translation>同じ名前のフォルダーがあるため「{file}」を保存できませんでした。</translation>
    </message>
    <message>
        <source>Could not save “{file}” because a named pipe, device or socket has that name; nothing was written.</source>
        <translation>同じ名前の名前付きパイプ・デバイス・ソケットがあるため、「{file}」を保存できませんでした（何も書き込んでいません）。</translation>
    </message>
    <message>
        <source>Could not save “{file}” because the plan is larger than a project file may be.</source>
        <translation>計画が計画ファイルの上限を超えているため「{file}」を保存できませんでした。</translation>
    </message>
    <message>
        <source>Could not save “{file}” because the plan would not open again ({problem}); the previous version is unchanged.</source>
        <translation>保存すると再び開けなくなるため「{file}」を保存しませんでした（{problem}）。以前のファイルはそのまま残っています。</translation>
    </message>
    <message>
        <source>Did not save “{file}” because someone else changed it after you opened it; their version is unchanged.</source>
        <translation>「{file}」は開いた後に他の人が変更したため、保存しませんでした。相手が保存した内容はそのまま残っています。</translation>
    </message>
    <message>
        <source>Could not save “{file}” because the plan holds data that cannot be written; the previous version is unchanged.</source>
        <translation>書き込めないデータが含まれているため「{file}」を保存できませんでした。以前のファイルはそのまま残っています。</translation>
    </message>
    <message>
        <source>Could not save “{file}” ({reason}); the previous version is unchanged.</source>
        <translation>「{file}」を保存できませんでした（{reason}）。以前のファイルはそのまま残っています。</translation>
    </message>
    <message>
        <source>“{file}” was saved by a newer version of Strategy Canvas (schema {version}), so it is open read-only.</source>
        <translation>「{file}」は新しいバージョンの戦略キャンバス（スキーマ{version}）で保存されたため、読み取り専用で開いています。</translation>
    </message>
    <message>
        <source>“{file}” was converted from schema version {version}; saving it writes schema version {current}.</source>
        <translation>「{file}」はスキーマバージョン{version}から変換されました。保存するとスキーマバージョン{current}で書き込まれます。</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>カレンダーファイル (*.ics)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Import actuals</source>
        <translation>実績を取り込む</translation>
    </message>
    <message>
        <source>The export could not be started ({error}).</source>
        <translation>書き出しを開始できませんでした（{error}）。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Strategy Canvas</source>
        <translation>戦略キャンバス</translation>
    </message>
    <message>
        <source>Nothing can be imported yet: {count} rows of the sheet “{sheet}” need fixing.</source>
        <translation>まだ取り込めません：シート「{sheet}」の {count} 行を修正する必要があります。</translation>
    </message>
    <message>
        <source>{added} actuals will be added and {changed} changed; {unchanged} are unchanged.</source>
        <translation>実績を {added} 件追加、{changed} 件変更します（{unchanged} 件は変更なし）。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <source>Cannot export the plan</source>
        <translation>計画を書き出せません</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>書き出しに失敗しました。</translation>
    </message>
    <message>
        <source>Writing the Excel workbook…</source>
        <translation>Excel ブックを書き出しています…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>PDF を書き出しています…</translation>
    </message>
    <message>
        <source>Writing the review calendar…</source>
        <translation>定例レビューのカレンダーを書き出しています…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <source>Reading the workbook…</source>
        <translation>ブックを読み込んでいます…</translation>
    </message>
    <message>
        <source>Cannot import the actuals</source>
        <translation>実績を取り込めません</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Summary</source>
        <extracomment>Progress callback: (sheets done, sheets in all).</extracomment>
        <translation>1枚計画</translation>
    </message>
    <message>
        <source>1 Strategy</source>
        <translation>1 戦略</translation>
    </message>
    <message>
        <source>2 Customers</source>
        <translation>2 顧客・価値</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>競合・差別化</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>3 KPI tree</source>
        <translation>3 KPIツリー</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>ファネル</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <extracomment>Page sizes in points, landscape.</extracomment>
        <translation>ロードマップ</translation>
    </message>
    <message>
        <source>4 Reviews</source>
        <translation>4 レビュー</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Actuals input</source>
        <extracomment>Machine keys of the columns, in row 1 (hidden). The import relies on these. Bounds of a typed actual (a model value must be finite; 10^15 yen is the model&apos;s limit).</extracomment>
        <translation>実績入力</translation>
    </message>
    <message>
        <source>the KPI “{value}” is not in this plan</source>
        <extracomment>Problems listed (all are counted): enough to fix a sheet by, bounded however bad it is.</extracomment>
        <translation>KPI「{value}」はこの計画にありません</translation>
    </message>
    <message>
        <source>the row has an actual but no KPI id</source>
        <translation>実績はありますが KPI ID がありません</translation>
    </message>
    <message>
        <source>“{value}” is not a period of this plan</source>
        <translation>「{value}」はこの計画の期間ではありません</translation>
    </message>
    <message>
        <source>“{value}” is not a number</source>
        <translation>「{value}」は数値ではありません</translation>
    </message>
    <message>
        <source>{value} is too large</source>
        <translation>{value} は大きすぎます</translation>
    </message>
    <message>
        <source>{value} is below zero: {reason}</source>
        <translation>{value} はマイナスです：{reason}</translation>
    </message>
    <message>
        <source>the formula {value} has no calculated value (open and save the workbook in Excel first)</source>
        <translation>数式 {value} に計算結果がありません（先に Excel でブックを開いて保存してください）</translation>
    </message>
    <message>
        <source>this KPI and period appear twice (also in row {value})</source>
        <translation>この KPI と期間が重複しています（{value} 行目にもあります）</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column}: {reason}.</source>
        <translation>シート「{sheet}」{row} 行目 {column} 列：{reason}。</translation>
    </message>
    <message>
        <source>“{file}” has no Actuals input sheet (export the plan to Excel to get one).</source>
        <extracomment>A number as text: digits with an optional sign, decimals and exponent (after commas and spaces are removed). Python&apos;s float() also takes &quot;nan&quot;, &quot;inf&quot;, &quot;Infinity&quot; and &quot;1_000&quot;, none of which is a number a team types as an actual.</extracomment>
        <translation>「{file}」に「実績入力」シートがありません（計画を Excel に書き出すと作成されます）。</translation>
    </message>
    <message>
        <source>Fill in the Actual column (numbers only; money in yen, rates as percentages such as 25%), add a note if useful, then send the workbook back: File ▸ Import Actuals reads it. Leave a cell empty when there is no actual yet.</source>
        <translation>「実績」列に数値を入力してください（金額は円、率は 25% のようにパーセントで）。必要ならメモを添えてブックを返送してください。「ファイル ▸ 実績を取り込む」で読み込みます。実績がまだない行は空欄のままにしてください。</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>責任者</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Period target</source>
        <translation>期間目標</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation>数値ではありません</translation>
    </message>
    <message>
        <source>Type a number (money in yen).</source>
        <translation>数値を入力してください（金額は円）。</translation>
    </message>
    <message>
        <source>Type a percentage such as 25% (between −1,000% and 1,000%).</source>
        <translation>25% のようにパーセントで入力してください（−1,000%〜1,000%）。</translation>
    </message>
    <message>
        <source>Who we serve, what they struggle with, and the value we deliver to each of them.</source>
        <translation>誰に、どんな課題に対して、どんな価値を届けるのか。</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>ペルソナ</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>ペルソナ</translation>
    </message>
    <message>
        <source>Segment / role</source>
        <translation>セグメント／役職</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>課題</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>ニーズ</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>価値観</translation>
    </message>
    <message>
        <source>Buying triggers</source>
        <translation>購買のきっかけ</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>購買の障壁</translation>
    </message>
    <message>
        <source>Information sources</source>
        <translation>情報源</translation>
    </message>
    <message>
        <source>Value propositions</source>
        <translation>提供価値（バリュープロポジション）</translation>
    </message>
    <message>
        <source>Value statement</source>
        <translation>提供価値（一文）</translation>
    </message>
    <message>
        <source>Pains</source>
        <translation>ペイン</translation>
    </message>
    <message>
        <source>Pain relievers</source>
        <translation>ペインの解消</translation>
    </message>
    <message>
        <source>Gains</source>
        <translation>ゲイン</translation>
    </message>
    <message>
        <source>Gain creators</source>
        <translation>ゲインの創出</translation>
    </message>
    <message>
        <source>Products and services</source>
        <translation>製品・サービス</translation>
    </message>
    <message>
        <source>Competitors and differentiation</source>
        <translation>競合と差別化ポイント</translation>
    </message>
    <message>
        <source>◎ marks a criterion where we score above every competitor: a differentiator.</source>
        <translation>◎ は自社がすべての競合を上回る評価軸（差別化ポイント）です。</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>価格帯</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>強み</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>弱み</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Differentiation matrix (scores 1–5)</source>
        <translation>差別化マトリクス（1〜5点）</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>評価軸</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>自社</translation>
    </message>
    <message>
        <source>Differentiator</source>
        <translation>差別化</translation>
    </message>
    <message>
        <source>◎</source>
        <translation>◎</translation>
    </message>
    <message>
        <source>Channels and the customer journey</source>
        <translation>チャネルとカスタマージャーニー</translation>
    </message>
    <message>
        <source>Where we meet each persona, what they think at each stage, and what we do. Money in {unit}.</source>
        <translation>各ペルソナとの顧客接点、各段階での顧客の思考と自社の打ち手。金額の単位：{unit}。</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Online / offline</source>
        <translation>オンライン／オフライン</translation>
    </message>
    <message>
        <source>Funnel stage</source>
        <translation>ファネル段階</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>月額費用</translation>
    </message>
    <message>
        <source>Total per month</source>
        <translation>月額合計</translation>
    </message>
    <message>
        <source>Customer journey: {persona}</source>
        <translation>カスタマージャーニー：{persona}</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>顧客接点</translation>
    </message>
    <message>
        <source>Customer thought</source>
        <translation>顧客の思考</translation>
    </message>
    <message>
        <source>Our action</source>
        <translation>自社の打ち手</translation>
    </message>
    <message>
        <source>Revenue funnel</source>
        <translation>売上ファネル</translation>
    </message>
    <message>
        <source>Marketing → Inside Sales → Sales → Customer Success, worked back from the revenue target. Every number is a formula over the KPI tree sheet. Money in {unit}.</source>
        <translation>マーケティング → インサイドセールス（IS） → 営業 → カスタマーサクセス（CS）。売上目標から逆算しています。数値はすべて KPIツリーシートを参照する数式です。金額の単位：{unit}。</translation>
    </message>
    <message>
        <source>New-business revenue target</source>
        <translation>新規売上目標</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Conversion to next stage</source>
        <translation>次段階への転換率</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必要数</translation>
    </message>
    <message>
        <source>Required (whole)</source>
        <translation>必要数（切り上げ）</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>計画値</translation>
    </message>
    <message>
        <source>Actual to date</source>
        <translation>実績累計</translation>
    </message>
    <message>
        <source>Days to close</source>
        <translation>受注までの日数</translation>
    </message>
    <message>
        <source>Needed by</source>
        <translation>必要な時期</translation>
    </message>
    <message>
        <source>Why a required volume is missing</source>
        <translation>必要数が出ない理由</translation>
    </message>
    <message>
        <source>Required pipeline coverage (1 ÷ win rate)</source>
        <translation>必要なパイプラインカバレッジ（1 ÷ 受注率）</translation>
    </message>
    <message>
        <source>Remaining revenue target</source>
        <translation>残りの売上目標</translation>
    </message>
    <message>
        <source>Pipeline coverage (latest pipeline ÷ remaining target)</source>
        <translation>パイプラインカバレッジ（最新パイプライン ÷ 残り目標）</translation>
    </message>
    <message>
        <source>Existing customers</source>
        <translation>既存顧客</translation>
    </message>
    <message>
        <source>Customers × retention × revenue per customer × (1 + expansion)</source>
        <translation>顧客数 × 継続率 × 顧客単価 × （1 ＋ アップセル・拡張率）</translation>
    </message>
    <message>
        <source>Input</source>
        <extracomment>Excel functions take at most 255 arguments; a formula at most 8,192 characters.</extracomment>
        <translation>入力</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>積</translation>
    </message>
    <message>
        <source>a ÷ b</source>
        <translation>a ÷ b</translation>
    </message>
    <message>
        <source>a − b</source>
        <translation>a − b</translation>
    </message>
    <message>
        <source>KPI tree</source>
        <translation>KPIツリー</translation>
    </message>
    <message>
        <source>Yellow cells are inputs: change one and every KPI above it, the funnel and the reviews follow. Money in {unit}.</source>
        <translation>黄色のセルが入力値です。変更すると上位の KPI、ファネル、レビューがすべて追随します。金額の単位：{unit}。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>計算</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>Plan value</source>
        <translation>計画値</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Gap to target</source>
        <translation>目標との差異</translation>
    </message>
    <message>
        <source>The KPI “{name}” has too many child KPIs for one Excel formula; its value is written as a number.</source>
        <translation>KPI「{name}」は子 KPI が多すぎて 1 つの Excel 数式にできないため、値を数値で書き出しました。</translation>
    </message>
    <message>
        <source>Review: actuals against target to date</source>
        <extracomment>Rows: title, note, two thresholds, a blank row, then the table header.</extracomment>
        <translation>レビュー：実績と期間累計目標</translation>
    </message>
    <message>
        <source>Actuals come from the Actuals input sheet; targets to date from the KPI tree. Change a threshold below and the traffic lights follow. Money in {unit}.</source>
        <translation>実績は「実績入力」シート、期間累計目標は KPIツリーから参照しています。下のしきい値を変えると信号の色が追随します。金額の単位：{unit}。</translation>
    </message>
    <message>
        <source>On track at or above</source>
        <translation>順調の基準（以上）</translation>
    </message>
    <message>
        <source>At risk at or above</source>
        <translation>注意の基準（以上）</translation>
    </message>
    <message>
        <source>Target to date</source>
        <translation>期間累計目標</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>差異</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>達成率</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Review meetings</source>
        <translation>定例レビュー</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>実施済み</translation>
    </message>
    <message>
        <source>Customer voice</source>
        <translation>顧客の声</translation>
    </message>
    <message>
        <source>Lost-deal reasons</source>
        <translation>失注理由</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>決定事項</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>予定</translation>
    </message>
    <message>
        <source> (back to step {step})</source>
        <translation>（ステップ{step}に立ち返る）</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Open items first, then done and dropped ones.</source>
        <translation>未完了のものを先に、完了・中止したものを後に並べています。</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <source>Carried over from</source>
        <translation>引き継ぎ元</translation>
    </message>
    <message>
        <source>Execution roadmap</source>
        <extracomment>Rows: title, note, month starts (hidden), month ends (hidden), header.</extracomment>
        <translation>実行ロードマップ</translation>
    </message>
    <message>
        <source>The months show each initiative&apos;s budget (spread over its days); change a date or a budget and the Gantt and the totals follow. Money in {unit}.</source>
        <translation>各月の欄は施策の予算を日数で按分した額です。日付や予算を変えるとガントチャートと合計が追随します。金額の単位：{unit}。</translation>
    </message>
    <message>
        <source>({page} of {pages})</source>
        <translation>（{page} / {pages}）</translation>
    </message>
    <message>
        <source>No initiatives yet.</source>
        <translation>施策はまだありません。</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>日付が未設定です</translation>
    </message>
    <message>
        <source>Budget per month</source>
        <translation>月別予算</translation>
    </message>
    <message>
        <source>Budget per quarter</source>
        <translation>四半期別予算</translation>
    </message>
    <message>
        <source>Total {amount}</source>
        <translation>合計 {amount}</translation>
    </message>
    <message>
        <source>Baseline (latest snapshot)</source>
        <translation>ベースライン（前回スナップショット時点）</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>予算</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>ゴール</translation>
    </message>
    <message>
        <source>Linked KPIs</source>
        <translation>関連 KPI</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Budget by quarter</source>
        <translation>四半期別の予算</translation>
    </message>
    <message>
        <source>Before the fiscal year</source>
        <translation>年度開始前</translation>
    </message>
    <message>
        <source>After the fiscal year</source>
        <translation>年度終了後</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>日付未定</translation>
    </message>
    <message>
        <source>Budget by goal</source>
        <translation>ゴール別の予算</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>ゴールなし</translation>
    </message>
    <message>
        <source>Start from the business: what it must achieve, and how marketing contributes.</source>
        <translation>出発点は事業です。事業が何を達成すべきか、マーケティングがどう貢献するか。</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>ビジョン</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>ミッション</translation>
    </message>
    <message>
        <source>Business strategy</source>
        <translation>事業戦略</translation>
    </message>
    <message>
        <source>Strategic priorities</source>
        <translation>戦略上の重点</translation>
    </message>
    <message>
        <source>Mid-term business plan</source>
        <translation>中期経営計画</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Headline target</source>
        <translation>主要目標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Business goals and marketing&apos;s contribution</source>
        <translation>経営・事業ゴールとマーケティングの貢献</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>現状</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Marketing contribution</source>
        <translation>マーケティングの貢献</translation>
    </message>
    <message>
        <source>Departments agreed</source>
        <translation>合意した部門</translation>
    </message>
    <message>
        <source>Money in {unit}</source>
        <translation>金額の単位：{unit}</translation>
    </message>
    <message>
        <source>Exported {date}</source>
        <translation>{date} 書き出し</translation>
    </message>
    <message>
        <source>Strategy Canvas</source>
        <translation>戦略キャンバス</translation>
    </message>
    <message>
        <source>Business goals</source>
        <translation>経営・事業ゴール</translation>
    </message>
    <message>
        <source>KPI tree roots</source>
        <translation>KPIツリーの頂点</translation>
    </message>
    <message>
        <source>Next review and health check</source>
        <translation>次回レビューと計画チェック</translation>
    </message>
    <message>
        <source>Next review: {when}</source>
        <translation>次回レビュー：{when}</translation>
    </message>
    <message>
        <source>Strategy Canvas — the plan on a page, exported {date}</source>
        <translation>戦略キャンバス — 1枚計画（{date} 書き出し）</translation>
    </message>
    <message>
        <source>Personas and value</source>
        <translation>ペルソナと提供価値</translation>
    </message>
    <message>
        <source>Roadmap and next review</source>
        <translation>ロードマップと次回レビュー</translation>
    </message>
    <message>
        <source>{count} initiatives</source>
        <extracomment>Japanese-capable families, best first (Windows, macOS, Linux).</extracomment>
        <translation>施策 {count} 件</translation>
    </message>
    <message>
        <source>Total budget</source>
        <translation>予算合計</translation>
    </message>
    <message>
        <source>Budget: {goal}</source>
        <translation>予算：{goal}</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>次回レビュー</translation>
    </message>
    <message>
        <source>None scheduled</source>
        <translation>予定なし</translation>
    </message>
    <message>
        <source>Review cadence</source>
        <translation>レビューの頻度</translation>
    </message>
    <message>
        <source>{kpi} and {strategy}, on day {day} of the month</source>
        <translation>{kpi}と{strategy}、毎月 {day} 日</translation>
    </message>
    <message>
        <source>“{where}” on the sheet “{sheet}” has {count} characters, more than an Excel cell holds (32,767); the cell ends with a cut mark.</source>
        <translation>シート「{sheet}」の「{where}」は {count} 文字あり、Excel のセルの上限（32,767 文字）を超えるため、末尾に省略の印を付けて切り詰めました。</translation>
    </message>
    <message>
        <source>{kind}: {period}</source>
        <translation>{kind}（{period}）</translation>
    </message>
    <message>
        <source>Marketing plan</source>
        <extracomment>(kpi id, period) → row of the Actuals input sheet; and its column references. (kpi id, period) → (status cell, status key cell) on the Reviews sheet. Every KPI as the report shows it, in tree order (``calc.kpi_report``: the same rows as the window, the CLI and the PDF).</extracomment>
        <translation>マーケティング計画</translation>
    </message>
    <message>
        <source>Reviews: {plan}</source>
        <translation>定例レビュー：{plan}</translation>
    </message>
    <message>
        <source>Participants: {names}</source>
        <translation>参加者：{names}</translation>
    </message>
    <message>
        <source>“{file}” cannot be imported: {reason}</source>
        <translation>「{file}」は取り込めません：{reason}</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” is damaged after row {row} (its XML is cut short or malformed).</source>
        <translation>シート「{sheet}」の {row} 行目より後が壊れています（XML が途中で切れているか、形式が正しくありません）。</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” is damaged (its XML is cut short or malformed).</source>
        <translation>シート「{sheet}」が壊れています（XML が途中で切れているか、形式が正しくありません）。</translation>
    </message>
    <message>
        <source>its part {part} is missing.</source>
        <translation>ファイル内の {part} がありません。</translation>
    </message>
    <message>
        <source>its part {part} is damaged (cut short or malformed XML).</source>
        <translation>ファイル内の {part} が壊れています（XML が途中で切れているか、形式が正しくありません）。</translation>
    </message>
    <message>
        <source>its part {part} holds a text longer than Excel allows (32,767 characters).</source>
        <translation>ファイル内の {part} に、Excel の上限（32,767 文字）より長い文字列があります。</translation>
    </message>
    <message>
        <source>“{value}” is not a number Excel would store</source>
        <translation>「{value}」は Excel が保存する形式の数値ではありません</translation>
    </message>
    <message>
        <source>it refers to shared text “{value}”, which the workbook does not have</source>
        <translation>共有文字列「{value}」を参照していますが、ブックにありません</translation>
    </message>
    <message>
        <source>“{value}” is not a date</source>
        <translation>「{value}」は日付ではありません</translation>
    </message>
    <message>
        <source>“{value}” is not a cell of this row</source>
        <translation>「{value}」はこの行のセルではありません</translation>
    </message>
    <message>
        <source>its format “{value}” does not exist</source>
        <translation>書式「{value}」が存在しません</translation>
    </message>
    <message>
        <source>it is marked as text but holds none</source>
        <translation>文字列のセルなのに文字列がありません</translation>
    </message>
    <message>
        <source>“{value}” is not TRUE or FALSE</source>
        <translation>「{value}」は TRUE でも FALSE でもありません</translation>
    </message>
    <message>
        <source>“{value}” is not an Excel error value</source>
        <translation>「{value}」は Excel のエラー値ではありません</translation>
    </message>
    <message>
        <source>“{value}” is not a kind of cell</source>
        <translation>「{value}」というセルの種類はありません</translation>
    </message>
    <message>
        <source>its text is longer than Excel allows (32,767 characters)</source>
        <translation>文字列が Excel の上限（32,767 文字）を超えています</translation>
    </message>
    <message>
        <source>its formula is longer than Excel allows (8,192 characters)</source>
        <translation>数式が Excel の上限（8,192 文字）を超えています</translation>
    </message>
    <message>
        <source>“{value}” is not a row number</source>
        <translation>「{value}」は行番号ではありません</translation>
    </message>
    <message>
        <source>the rows are out of order</source>
        <translation>行の順序が正しくありません</translation>
    </message>
    <message>
        <source>the cells are out of order</source>
        <translation>セルの順序が正しくありません</translation>
    </message>
    <message>
        <source>“{value}” is not a range of cells</source>
        <translation>「{value}」はセル範囲ではありません</translation>
    </message>
    <message>
        <source>cell {at} of the sheet “{sheet}” is damaged: {detail}.</source>
        <translation>シート「{sheet}」のセル {at} が壊れています：{detail}。</translation>
    </message>
    <message>
        <source>row {at} of the sheet “{sheet}” is damaged: {detail}.</source>
        <translation>シート「{sheet}」の {at} 行目が壊れています：{detail}。</translation>
    </message>
    <message>
        <source>the used range of the sheet “{sheet}” is damaged: {detail}.</source>
        <translation>シート「{sheet}」の使用範囲が壊れています：{detail}。</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” has more than {count} rows; it is not an actuals sheet.</source>
        <translation>シート「{sheet}」は {count} 行を超えており、実績入力シートではありません。</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” has more than {count} cells; it is not an actuals sheet.</source>
        <translation>シート「{sheet}」は {count} セルを超えており、実績入力シートではありません。</translation>
    </message>
    <message>
        <source>its part {part} has more than {count} rows; it is not an actuals workbook.</source>
        <translation>ファイル内の {part} は {count} 行を超えており、実績入力用のブックではありません。</translation>
    </message>
    <message>
        <source>its part {part} has more than {count} cells; it is not an actuals workbook.</source>
        <translation>ファイル内の {part} は {count} セルを超えており、実績入力用のブックではありません。</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” has a cell at {value}, beyond the {count} columns an actuals sheet may use; it is not an actuals sheet.</source>
        <translation>シート「{sheet}」には実績入力シートで使える {count} 列を超えた位置（{value}）にセルがあり、実績入力シートではありません。</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” says it spans {value}, far more than an actuals sheet; it is not one this app exported.</source>
        <translation>シート「{sheet}」の使用範囲は {value} で、実績入力シートよりはるかに広く、このアプリが書き出したものではありません。</translation>
    </message>
    <message>
        <source>it holds more than {count} different texts, far more than an actuals workbook.</source>
        <translation>{count} 種類を超える文字列があり、実績入力用のブックとしては多すぎます。</translation>
    </message>
    <message>
        <source>it has more than {count} cell formats, more than Excel allows.</source>
        <translation>セルの書式が {count} 個を超えており、Excel の上限を超えています。</translation>
    </message>
    <message>
        <source>its part {part} is {size} MB, more than the {count} MB an actuals workbook needs.</source>
        <translation>ファイル内の {part} が {size} MB あり、実績入力用のブックに必要な {count} MB を超えています。</translation>
    </message>
    <message>
        <source>it holds far more than an actuals workbook (over {count} XML elements to read).</source>
        <translation>実績入力用のブックよりはるかに多くの内容があります（読み込む XML 要素が {count} 個を超えます）。</translation>
    </message>
    <message>
        <source>it takes more than {count} seconds to read; it is not an actuals workbook this app exported.</source>
        <translation>読み込みに {count} 秒以上かかるため、このアプリが書き出した実績入力用のブックではありません。</translation>
    </message>
    <message>
        <source>it needs more than {count} MB of memory to read; it is not an actuals workbook this app exported.</source>
        <translation>読み込みに {count} MB を超えるメモリが必要なため、このアプリが書き出した実績入力用のブックではありません。</translation>
    </message>
    <message>
        <source>“{file}” cannot be read ({reason}).</source>
        <translation>「{file}」を読み込めません（{reason}）。</translation>
    </message>
    <message>
        <source>it is not a file.</source>
        <translation>ファイルではありません。</translation>
    </message>
    <message>
        <source>it is {size} MB, more than the {limit} MB an actuals workbook may have.</source>
        <translation>{size} MB あり、実績ブックの上限 {limit} MB を超えています。</translation>
    </message>
    <message>
        <source>it is not an Excel workbook (.xlsx).</source>
        <extracomment>Built-in number formats that show dates or times: 14–22, 45–47, and the East Asian ones 27–36 and 50–58 (ECMA-376 §18.8.30).</extracomment>
        <translation>Excel ブック（.xlsx）ではありません。</translation>
    </message>
    <message>
        <source>it holds {count} parts, far more than a workbook has.</source>
        <translation>{count} 個の部品を含んでおり、通常のブックよりはるかに多すぎます。</translation>
    </message>
    <message>
        <source>it expands to far more data than it holds (a “zip bomb”).</source>
        <translation>展開すると元のサイズよりはるかに大きくなります（「zip 爆弾」）。</translation>
    </message>
    <message>
        <source>it is encrypted.</source>
        <translation>暗号化されています。</translation>
    </message>
    <message>
        <source>it uses an unusual compression.</source>
        <translation>通常と異なる圧縮方式が使われています。</translation>
    </message>
    <message>
        <source>it contains XML declarations that a workbook never needs (a possible attack).</source>
        <extracomment>What is counted in a part, by its name: (marker, its spellings, the limit).</extracomment>
        <translation>ブックには不要な XML 宣言が含まれています（攻撃の可能性があります）。</translation>
    </message>
    <message>
        <source> … [cut: the plan holds {count} characters]</source>
        <extracomment>Excel&apos;s limit for the text of one cell. What stands in for a character that XML cannot carry.</extracomment>
        <translation> …［省略：計画では {count} 文字］</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Strategy Canvas plans (*.scanvas)</source>
        <translation>戦略キャンバスの計画ファイル (*.scanvas)</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>計画を開く</translation>
    </message>
    <message>
        <source>Save plan as</source>
        <translation>名前を付けて計画を保存</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <source>Cannot open the plan</source>
        <extracomment>The UI language in use: set by app.main, replaced by ``set_language``; the pages&apos; binders and the dialogs get it from here.</extracomment>
        <translation>計画を開けません</translation>
    </message>
    <message>
        <source>Cannot create the plan</source>
        <translation>計画を作成できません</translation>
    </message>
    <message>
        <source>The template “%1” is not available.</source>
        <translation>テンプレート「%1」が見つかりません。</translation>
    </message>
    <message>
        <source>The plan&apos;s settings are not valid. Check the company name and the departments.</source>
        <translation>計画の設定が正しくありません。会社名と部門を確認してください。</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>“%1” is open by %2. Save under another name.</source>
        <translation>「%1」は%2が開いています。別の名前で保存してください。</translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation>計画を保存できません</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>ヒント</translation>
    </message>
    <message>
        <source>Goal without a KPI</source>
        <translation>KPIのないゴール</translation>
    </message>
    <message>
        <source>Marketing contribution missing</source>
        <translation>マーケティングの貢献が未記入</translation>
    </message>
    <message>
        <source>Goal not agreed across departments</source>
        <translation>部門間で合意されていないゴール</translation>
    </message>
    <message>
        <source>Metric not tied to a business result</source>
        <translation>事業成果につながらない指標</translation>
    </message>
    <message>
        <source>KPI without a target</source>
        <translation>目標のないKPI</translation>
    </message>
    <message>
        <source>KPI without an owner</source>
        <translation>責任者のいないKPI</translation>
    </message>
    <message>
        <source>KPI tree short of its target</source>
        <translation>目標に届かないKPIツリー</translation>
    </message>
    <message>
        <source>Negative actual</source>
        <translation>マイナスの実績</translation>
    </message>
    <message>
        <source>Low MQL → SQL conversion</source>
        <translation>MQL → SQL 転換率の低下</translation>
    </message>
    <message>
        <source>Stage stagnation</source>
        <translation>商談フェーズの滞留</translation>
    </message>
    <message>
        <source>Win rate out of line</source>
        <translation>受注率の乖離</translation>
    </message>
    <message>
        <source>Too little pipeline coverage</source>
        <translation>パイプラインカバレッジ不足</translation>
    </message>
    <message>
        <source>Funnel cannot be worked back</source>
        <translation>ファネルを逆算できない</translation>
    </message>
    <message>
        <source>Untapped expansion</source>
        <translation>未開拓のアップセル・拡張</translation>
    </message>
    <message>
        <source>Campaign without a target persona</source>
        <translation>ターゲットペルソナのない施策</translation>
    </message>
    <message>
        <source>Campaign without value design</source>
        <translation>価値設計のない施策</translation>
    </message>
    <message>
        <source>Initiative not tied to a KPI or goal</source>
        <translation>KPIにもゴールにもつながらない施策</translation>
    </message>
    <message>
        <source>Initiative without an owner</source>
        <translation>責任者のいない施策</translation>
    </message>
    <message>
        <source>Initiative without dates</source>
        <translation>期間のない施策</translation>
    </message>
    <message>
        <source>Initiative without a budget</source>
        <translation>予算のない施策</translation>
    </message>
    <message>
        <source>Milestone outside its initiative&apos;s dates</source>
        <translation>施策の期間外のマイルストーン</translation>
    </message>
    <message>
        <source>No review scheduled</source>
        <translation>レビューの予定なし</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>レビューの期限切れ</translation>
    </message>
    <message>
        <source>Action item overdue</source>
        <translation>アクションの期限切れ</translation>
    </message>
    <message>
        <source>Strategy not revisited</source>
        <translation>戦略の見直しがされていない</translation>
    </message>
    <message>
        <source>Business goal “{name}” has no KPI measuring it — break it down into a KPI tree so everyone knows which numbers move it.</source>
        <translation>経営・事業ゴール「{name}」を測るKPIがありません。KPIツリーに分解し、どの数字を動かせばよいかを全員が分かるようにしましょう。</translation>
    </message>
    <message>
        <source>Business goal “{name}” does not say how marketing contributes to it.</source>
        <translation>経営・事業ゴール「{name}」に、マーケティングがどう貢献するかが書かれていません。</translation>
    </message>
    <message>
        <source>No department has agreed to business goal “{name}” yet — agree on it across departments so that everyone speaks the same language.</source>
        <translation>経営・事業ゴール「{name}」に合意した部門がまだありません。部門を越えて合意し、共通言語にしましょう。</translation>
    </message>
    <message>
        <source>KPI “{name}” is not tied to any business goal — marketing metrics must connect to a business result.</source>
        <translation>KPI「{name}」がどの経営・事業ゴールにもつながっていません。マーケティングの指標は事業成果につなげる必要があります。</translation>
    </message>
    <message>
        <source>KPI “{name}” and the {count} KPIs below it are not tied to any business goal — marketing metrics must connect to a business result.</source>
        <translation>KPI「{name}」とその下の{count}個のKPIが、どの経営・事業ゴールにもつながっていません。マーケティングの指標は事業成果につなげる必要があります。</translation>
    </message>
    <message>
        <source>KPI “{name}” and the KPI below it are not tied to any business goal — marketing metrics must connect to a business result.</source>
        <translation>KPI「{name}」とその下のKPIが、どの経営・事業ゴールにもつながっていません。マーケティングの指標は事業成果につなげる必要があります。</translation>
    </message>
    <message>
        <source>KPI “{name}” has no target.</source>
        <translation>KPI「{name}」に目標がありません。</translation>
    </message>
    <message>
        <source>KPI “{name}” has no owner.</source>
        <translation>KPI「{name}」に責任者がいません。</translation>
    </message>
    <message>
        <source>The KPI tree under “{name}” reaches {value}, short of its target of {target} — raise a driver, or use back-calculation to see what it must reach.</source>
        <translation>「{name}」のKPIツリーは{value}で、目標の{target}に届いていません。要因となるKPIを引き上げるか、逆算で必要な水準を確認しましょう。</translation>
    </message>
    <message>
        <source>The KPI tree under “{name}” comes to {value}, above its target of {target} — lower a driver, or use back-calculation to see what it must reach.</source>
        <translation>「{name}」のKPIツリーは{value}で、目標の{target}を上回っています。要因となるKPIを引き下げるか、逆算で必要な水準を確認しましょう。</translation>
    </message>
    <message>
        <source>KPI “{name}” has a negative actual for {period}: {value} — {reason}; correct it in the review.</source>
        <translation>KPI「{name}」の{period}の実績がマイナス（{value}）です。{reason}。レビューで実績を修正してください。</translation>
    </message>
    <message>
        <source>KPI “{name}” has {count} negative actuals, the first for {period}: {value} — {reason}; correct them in the review.</source>
        <translation>KPI「{name}」にマイナスの実績が {count} 件あります（最初は{period}の {value}）。{reason}。レビューで実績を修正してください。</translation>
    </message>
    <message>
        <source>MQL → SQL conversion is {actual}, below the planned {planned} — check lead quality and the hand-off from Marketing to Inside Sales.</source>
        <translation>MQL → SQL の転換率が{actual}で、計画の{planned}を下回っています。リードの質と、マーケティングからインサイドセールスへの引き渡しを確認しましょう。</translation>
    </message>
    <message>
        <source>MQL → SQL conversion is {actual}, below {threshold} — check lead quality and the hand-off from Marketing to Inside Sales.</source>
        <translation>MQL → SQL の転換率が{actual}で、{threshold}を下回っています。リードの質と、マーケティングからインサイドセールスへの引き渡しを確認しましょう。</translation>
    </message>
    <message>
        <source>Deals stagnate: “{name}” is {actual} against a plan of {planned} — find out where and why deals stall in this stage.</source>
        <translation>商談が滞留しています：「{name}」が計画{planned}に対して{actual}です。この段階のどこで、なぜ止まっているかを確認しましょう。</translation>
    </message>
    <message>
        <source>The win rate is {actual}, out of line with the planned {planned} — check the forecast and how deals are qualified.</source>
        <translation>受注率が{actual}で、計画の{planned}から大きく外れています。見込みの精度と商談の見極め方を確認しましょう。</translation>
    </message>
    <message>
        <source>Pipeline coverage is {actual}, below the {required} the remaining revenue target needs — the pipeline cannot carry future revenue yet.</source>
        <translation>パイプラインカバレッジが{actual}で、残りの売上目標に必要な{required}を下回っています。今のパイプラインでは今後の売上を支えられません。</translation>
    </message>
    <message>
        <source>The plan has no expansion KPI — upsell and expansion with existing customers are left untapped.</source>
        <translation>拡張のKPIがありません。既存顧客へのアップセル・拡張が手つかずです。</translation>
    </message>
    <message>
        <source>Expansion rate “{name}” is zero — upsell and expansion with existing customers are left untapped.</source>
        <translation>拡張率「{name}」がゼロです。既存顧客へのアップセル・拡張が手つかずです。</translation>
    </message>
    <message>
        <source>No initiative works on existing customers — retention, upsell and expansion are left untapped.</source>
        <translation>既存顧客に向けた施策がありません。継続・アップセル・拡張が手つかずです。</translation>
    </message>
    <message>
        <source>Initiative “{name}” has no target persona — decide whom it is for before running it.</source>
        <translation>施策「{name}」にターゲットペルソナがありません。実行する前に、誰に向けた施策かを決めましょう。</translation>
    </message>
    <message>
        <source>Initiative “{name}” targets persona “{persona}”, who has no value proposition yet — design the value before the campaign.</source>
        <translation>施策「{name}」の対象ペルソナ「{persona}」には提供価値がまだありません。施策の前に価値を設計しましょう。</translation>
    </message>
    <message>
        <source>Initiative “{name}” is linked to no KPI and no business goal — it is unclear which result it should move.</source>
        <translation>施策「{name}」がKPIにも経営・事業ゴールにもつながっていません。どの成果を動かす施策なのかが不明です。</translation>
    </message>
    <message>
        <source>Initiative “{name}” has no owner.</source>
        <translation>施策「{name}」に責任者がいません。</translation>
    </message>
    <message>
        <source>Initiative “{name}” has no start or end date.</source>
        <translation>施策「{name}」に開始日または終了日がありません。</translation>
    </message>
    <message>
        <source>Initiative “{name}” has no budget.</source>
        <translation>施策「{name}」に予算がありません。</translation>
    </message>
    <message>
        <source>Milestone “{milestone}” ({date}) lies outside the dates of initiative “{name}”.</source>
        <translation>マイルストーン「{milestone}」（{date}）が施策「{name}」の期間外にあります。</translation>
    </message>
    <message>
        <source>No review is scheduled — set a meeting day or add the next review meeting.</source>
        <translation>レビューの予定がありません。開催日を決めるか、次回の定例レビューを追加しましょう。</translation>
    </message>
    <message>
        <source>Review meeting “{name}” was due on {date} and has not been held.</source>
        <translation>定例レビュー「{name}」は{date}に予定されていましたが、まだ実施されていません。</translation>
    </message>
    <message>
        <source>Action item “{name}” was due on {date} and is not done.</source>
        <translation>アクション「{name}」の期限は{date}でしたが、まだ完了していません。</translation>
    </message>
    <message>
        <source>KPI “{name}” is off track in {period}, but no review since has decided to revisit the strategy — when results do not come, go back to the strategy design (target, value, channel).</source>
        <translation>KPI「{name}」は{period}に要対策の状態ですが、その後のレビューで戦略の見直しが決まっていません。成果が出ていないなら戦略設計（ターゲット・価値・チャネル）に立ち返りましょう。</translation>
    </message>
    <message>
        <source>{count} KPIs, among them “{name}”, are off track in {period}, but no review since has decided to revisit the strategy — when results do not come, go back to the strategy design (target, value, channel).</source>
        <translation>「{name}」など{count}個のKPIが{period}に要対策の状態ですが、その後のレビューで戦略の見直しが決まっていません。成果が出ていないなら戦略設計（ターゲット・価値・チャネル）に立ち返りましょう。</translation>
    </message>
    <message>
        <source>{title}: “{name}”.</source>
        <translation>{title}：「{name}」。</translation>
    </message>
    <message>
        <source>a count cannot be negative</source>
        <translation>件数はマイナスになりません</translation>
    </message>
    <message>
        <source>a number of days cannot be negative</source>
        <translation>日数はマイナスになりません</translation>
    </message>
    <message>
        <source>a funnel volume, rate or amount cannot be negative</source>
        <translation>ファネルの件数・率・金額はマイナスになりません</translation>
    </message>
    <message>
        <source>this KPI cannot be negative</source>
        <translation>この KPI はマイナスになりません</translation>
    </message>
</context>
<context>
    <name>FunnelBlocks</name>
    <message>
        <source>{first} and {last}</source>
        <translation>{first}・{last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>・</translation>
    </message>
    <message>
        <source>Required volumes cannot be worked out for {volumes}: “{name}” has no value yet — enter the rate you plan for.</source>
        <translation>{volumes}の必要数を逆算できません：「{name}」に値がありません。計画する転換率を入力してください。</translation>
    </message>
    <message>
        <source>Required volumes cannot be worked out for {volumes}: the plan has no {rate} KPI, and no planned {volume} and {next} to imply one — add the rate to the KPI tree.</source>
        <translation>{volumes}の必要数を逆算できません：{rate}のKPIがなく、計画の{volume}と{next}からも求められません。KPIツリーに転換率を追加してください。</translation>
    </message>
    <message>
        <source>Required volumes cannot be worked out for {volumes}: “{name}” is {value}, and at that rate no number of {volume} becomes {next} — enter the rate you plan for.</source>
        <translation>{volumes}の必要数を逆算できません：「{name}」が{value}で、この率では{volume}がいくらあっても{next}になりません。計画する転換率を入力してください。</translation>
    </message>
    <message>
        <source>Required volumes cannot be worked out for {volumes}: the planned {volume} and {next} imply a {rate} of {value} — add the rate to the KPI tree.</source>
        <translation>{volumes}の必要数を逆算できません：計画の{volume}と{next}から求めた{rate}が{value}です。KPIツリーに転換率を追加してください。</translation>
    </message>
    <message>
        <source>No required volume can be worked out: “{name}” has no value yet — enter the deal size you plan for.</source>
        <translation>必要数を逆算できません：「{name}」に値がありません。計画する平均受注単価を入力してください。</translation>
    </message>
    <message>
        <source>No required volume can be worked out: the plan has no average deal size KPI, and no planned new revenue and won deals to imply one — add it to the KPI tree.</source>
        <translation>必要数を逆算できません：平均受注単価のKPIがなく、計画の新規売上と受注数からも求められません。KPIツリーに追加してください。</translation>
    </message>
    <message>
        <source>No required volume can be worked out: “{name}” is {value} — a deal must be worth something for the revenue target to need a number of deals.</source>
        <translation>必要数を逆算できません：「{name}」が{value}です。受注単価が0では、売上目標に必要な受注数が決まりません。</translation>
    </message>
    <message>
        <source>No required volume can be worked out: “{name}” has no target — give it one, or link it to step 1&apos;s revenue goal.</source>
        <translation>必要数を逆算できません：「{name}」に目標がありません。目標を入れるか、ステップ1の売上目標と紐づけてください。</translation>
    </message>
    <message>
        <source>No required volume can be worked out: new business must bring the total revenue target less existing revenue, and “{name}” has no value yet — fill in the existing-customer drivers.</source>
        <translation>必要数を逆算できません：新規で稼ぐべき額は売上目標から既存売上を引いた額ですが、「{name}」に値がありません。既存顧客の数値を入力してください。</translation>
    </message>
    <message>
        <source>No required volume can be worked out: new business must bring the total revenue target less existing revenue, and the plan has no existing-revenue KPI — add one, or give new revenue a target of its own.</source>
        <translation>必要数を逆算できません：新規で稼ぐべき額は売上目標から既存売上を引いた額ですが、既存売上のKPIがありません。追加するか、新規売上に目標を入れてください。</translation>
    </message>
    <message>
        <source>No required volume can be worked out: no KPI has the new-revenue or total-revenue role, so there is no revenue target to work back from.</source>
        <translation>必要数を逆算できません：新規売上・売上合計の役割を持つKPIがなく、逆算の起点となる売上目標がありません。</translation>
    </message>
    <message>
        <source>A conversion, win or retention rate cannot be above 100 %.</source>
        <translation>転換率・受注率・継続率は100%を超えられません。</translation>
    </message>
    <message>
        <source>This KPI cannot be below zero.</source>
        <translation>このKPIはマイナスにできません。</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>Required %1</source>
        <translation>必要数 %1</translation>
    </message>
    <message>
        <source>Planned %1</source>
        <translation>計画 %1</translation>
    </message>
    <message>
        <source>Actual %1</source>
        <translation>実績 %1</translation>
    </message>
    <message>
        <source>needed by %1</source>
        <translation>%1までに必要</translation>
    </message>
    <message>
        <source>plan is short of what the target needs</source>
        <translation>計画が目標達成に必要な数に届いていません</translation>
    </message>
</context>
<context>
    <name>FunnelPage</name>
    <message>
        <source>Revenue target and coverage</source>
        <translation>売上目標とカバレッジ</translation>
    </message>
    <message>
        <source>What each stage must deliver</source>
        <translation>各段階が生み出すべき数</translation>
    </message>
    <message>
        <source>Existing customers (Customer Success)</source>
        <translation>既存顧客（カスタマーサクセス）</translation>
    </message>
    <message>
        <source>Weak links</source>
        <translation>ボトルネック</translation>
    </message>
    <message>
        <source>Revenue funnel</source>
        <translation>売上ファネル</translation>
    </message>
    <message>
        <source>One revenue process</source>
        <translation>一つの売上プロセス</translation>
    </message>
    <message>
        <source>Revenue is the result of one flow: Marketing → Inside Sales → Sales → Customer Success. From the revenue target, what each stage must produce, and where it leaks.</source>
        <translation>売上は、マーケティング → インサイドセールス → 営業 → カスタマーサクセスという一つの流れの結果です。売上目標から逆算して、各段階が生み出すべき数と、流れが滞っている箇所を示します。</translation>
    </message>
    <message>
        <source>New-business revenue target</source>
        <translation>新規売上の目標</translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation>平均受注単価</translation>
    </message>
    <message>
        <source>No revenue funnel yet</source>
        <extracomment>The existing-customer drivers edited on the page, in the formula&apos;s order.</extracomment>
        <translation>売上ファネルがまだありません</translation>
    </message>
    <message>
        <source>Required pipeline coverage</source>
        <translation>必要なパイプラインカバレッジ</translation>
    </message>
    <message>
        <source>Actual pipeline coverage</source>
        <translation>実際のパイプラインカバレッジ</translation>
    </message>
    <message>
        <source>Actuals as of</source>
        <translation>実績の時点</translation>
    </message>
    <message>
        <source>conversion to the next stage</source>
        <translation>次段階への転換率</translation>
    </message>
    <message>
        <source>days to the next stage</source>
        <translation>次段階までの日数</translation>
    </message>
    <message>
        <source>No existing-customer KPIs yet: customers × retention × revenue per customer × (1 + expansion).</source>
        <translation>既存顧客のKPIはまだありません：顧客数 × 継続率 × 顧客あたり売上 × (1 + 拡張率)。</translation>
    </message>
    <message>
        <source>No KPI has a funnel role yet, and step 1 has no revenue goal to work back from. Start a revenue tree here and give its root a target, or add a revenue goal in step 1 first.</source>
        <translation>ファネルの役割を持つKPIがまだなく、ステップ1にも逆算の起点となる売上目標がありません。ここで売上のKPIツリーを作って最上位に目標を入れるか、先にステップ1で売上目標を追加してください。</translation>
    </message>
    <message>
        <source>No KPI has a funnel role yet. Step 1&apos;s revenue goal “%1” has no target: start a revenue tree from it here, then give it a target.</source>
        <translation>ファネルの役割を持つKPIがまだありません。ステップ1の売上目標「%1」には目標値がありません。ここから売上のKPIツリーを作り、目標値を入れてください。</translation>
    </message>
    <message>
        <source>No KPI has a funnel role yet. Start a revenue tree from step 1&apos;s revenue goal “%1” (%2): the funnel is worked back from it as soon as you type the conversion rates and the deal size.</source>
        <translation>ファネルの役割を持つKPIがまだありません。ステップ1の売上目標「%1」（%2）から売上のKPIツリーを作りましょう。転換率と平均受注単価を入力すると、すぐにファネルが逆算されます。</translation>
    </message>
    <message>
        <source>Revenue goal (step 1)</source>
        <translation>売上目標（ステップ1）</translation>
    </message>
    <message>
        <source>Weak link: %1 → %2</source>
        <translation>ボトルネック：%1 → %2</translation>
    </message>
    <message>
        <source>Nothing to check yet: weak links are found in a funnel&apos;s actuals.</source>
        <translation>まだ確認するものがありません。ボトルネックはファネルの実績から見つけます。</translation>
    </message>
    <message>
        <source>No actuals yet: weak links are judged from the actuals entered in step 4.</source>
        <translation>実績がまだありません。ボトルネックはステップ4で入力した実績から判断します。</translation>
    </message>
    <message>
        <source>No weak links found in the revenue process.</source>
        <translation>売上プロセスにボトルネックは見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message>
        <source>No initiatives yet.</source>
        <translation>施策はまだありません。</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>期間未定</translation>
    </message>
    <message>
        <source>Budget per quarter</source>
        <translation>四半期別の予算</translation>
    </message>
</context>
<context>
    <name>GanttView</name>
    <message>
        <source>No initiatives yet.</source>
        <translation>施策はまだありません。</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>期間未定</translation>
    </message>
    <message>
        <source>Start: %1, no end yet</source>
        <translation>開始 %1、終了は未定</translation>
    </message>
    <message>
        <source>End: %1, no start yet</source>
        <translation>終了 %1、開始は未定</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>予算：%1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>責任者：%1</translation>
    </message>
    <message>
        <source>Baseline: %1 – %2</source>
        <translation>ベースライン：%1〜%2</translation>
    </message>
</context>
<context>
    <name>GoalDetail</name>
    <message>
        <source>Marketing&apos;s &amp;contribution to this goal</source>
        <translation>このゴールへのマーケティングの貢献(&amp;C)</translation>
    </message>
    <message>
        <source>e.g. 120 qualified leads a quarter for sales</source>
        <translation>例：四半期に120件の有望リードを営業に渡す</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>メモ(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Departments that agreed to it</source>
        <translation>合意した部門(&amp;D)</translation>
    </message>
    <message>
        <source>No departments yet. They are set in File ▸ New (the New plan wizard); you can also add one here.</source>
        <translation>部門はまだありません。部門は［ファイル］▸［新規］（新規計画ウィザード）で設定します。ここで追加することもできます。</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>新しい部門</translation>
    </message>
    <message>
        <source>Add department</source>
        <translation>部門を追加</translation>
    </message>
    <message>
        <source>Add a department to the plan (Enter in the box does the same)</source>
        <translation>計画に部門を追加します（入力欄で Enter でも追加できます）</translation>
    </message>
    <message>
        <source>Select a goal above to write marketing&apos;s contribution and who agreed.</source>
        <translation>上の表でゴールを選ぶと、マーケティングの貢献と合意した部門を記入できます。</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>ゴール：%1</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>（名称未入力）</translation>
    </message>
    <message>
        <source>Still to do: %1</source>
        <translation>未記入：%1</translation>
    </message>
    <message>
        <source>✓ Complete: a number, an owner, marketing&apos;s part and the agreement.</source>
        <translation>✓ 記入済み：数値、責任者、マーケティングの役割、部門の合意がそろっています。</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>名称なし</translation>
    </message>
    <message>
        <source>no baseline</source>
        <translation>現状値なし</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>目標なし</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>責任者なし</translation>
    </message>
    <message>
        <source>marketing&apos;s contribution not written</source>
        <translation>マーケティングの貢献が未記入</translation>
    </message>
    <message>
        <source>not agreed yet</source>
        <translation>部門の合意がまだ</translation>
    </message>
</context>
<context>
    <name>GoalsCard</name>
    <message>
        <source>Business goals and marketing&apos;s contribution</source>
        <translation>経営・事業ゴールとマーケティングの貢献</translation>
    </message>
    <message>
        <source>The business results marketing must contribute to. Enter adds a goal, Delete removes it, Ctrl+D duplicates it; type in a cell to change it.</source>
        <translation>マーケティングが貢献すべき事業成果です。Enter でゴールを追加、Delete で削除、Ctrl+D で複製、セルに入力すると変更できます。</translation>
    </message>
</context>
<context>
    <name>InitiativeForm</name>
    <message>
        <source>Initiative</source>
        <extracomment>Where each field sits: (row, column, rows, columns) in four columns. The indentation of a KPI one level further down the tree, in the list of KPIs.</extracomment>
        <translation>施策</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>状況(&amp;T)</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>責任者(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始日(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>終了日(&amp;E)</translation>
    </message>
    <message>
        <source>Business &amp;goal</source>
        <translation>経営・事業ゴール(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Persona</source>
        <translation>ペルソナ(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>チャネル(&amp;H)</translation>
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation>説明(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;KPIs it moves</source>
        <translation>動かすKPI(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Milestones</source>
        <translation>マイルストーン(&amp;M)</translation>
    </message>
    <message>
        <source>e.g. Trade show in Tokyo</source>
        <translation>例：東京の展示会に出展</translation>
    </message>
    <message>
        <source>Who answers for it</source>
        <translation>この施策に責任を持つ人</translation>
    </message>
    <message>
        <source>What the team will do, and for whom</source>
        <translation>チームが何を、誰のために行うか</translation>
    </message>
    <message>
        <source>Typed in the plan&apos;s money unit, or with a unit: 30万円</source>
        <translation>計画の金額単位で入力（単位付きも可：30万円）</translation>
    </message>
    <message>
        <source>&amp;Budget (%1)</source>
        <translation>予算（%1）(&amp;B)</translation>
    </message>
    <message>
        <source>Select an initiative in the table above to fill in its details.</source>
        <translation>上の表で施策を選ぶと、詳細を入力できます。</translation>
    </message>
</context>
<context>
    <name>InitiativesModel</name>
    <message>
        <source>Budget
(%1)</source>
        <translation>予算
（%1）</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>責任者</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
</context>
<context>
    <name>InitiativesTable</name>
    <message>
        <source>%1 (copy)</source>
        <extracomment>Rows shown before the table scrolls (about half a 720-pixel window at 100 %).</extracomment>
        <translation>%1（コピー）</translation>
    </message>
</context>
<context>
    <name>ItemTable</name>
    <message>
        <source>Add</source>
        <extracomment>The view made for the rows (a subclass may lay its rows out otherwise).</extracomment>
        <translation>追加</translation>
    </message>
    <message>
        <source>Add a row below the current one (Enter)</source>
        <translation>選択中の行の下に行を追加（Enter）</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Duplicate the selected rows (Ctrl+D)</source>
        <translation>選択した行を複製（Ctrl+D）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the selected rows (Delete); Undo brings them back</source>
        <translation>選択した行を削除（Delete）。元に戻すで復元できます</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move the row up (Alt+Up)</source>
        <translation>行を上へ移動（Alt+↑）</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Move the row down (Alt+Down)</source>
        <translation>行を下へ移動（Alt+↓）</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>行の追加</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>行の削除</translation>
    </message>
    <message>
        <source>Duplicate row</source>
        <translation>行の複製</translation>
    </message>
    <message>
        <source>Move row</source>
        <translation>行の移動</translation>
    </message>
</context>
<context>
    <name>JourneyGrid</name>
    <message>
        <source>Stage</source>
        <extracomment>The rows of the grid: the stage field each one edits. Rows edited as several lines of text (the others: one line, a choice).</extracomment>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>顧客接点</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Customer thinks / feels</source>
        <translation>顧客の思考・感情</translation>
    </message>
    <message>
        <source>Our action</source>
        <translation>自社のアクション</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>認知</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>比較検討</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>購入</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>継続利用</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>推奨</translation>
    </message>
    <message>
        <source>— (no channel)</source>
        <translation>—（チャネルなし）</translation>
    </message>
</context>
<context>
    <name>JourneySection</name>
    <message>
        <source>Customer journey</source>
        <translation>カスタマージャーニー</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>ペルソナ(&amp;P):</translation>
    </message>
    <message>
        <source>Remove journey</source>
        <translation>ジャーニーを削除</translation>
    </message>
    <message>
        <source>Remove this persona&apos;s journey; Undo brings it back</source>
        <translation>このペルソナのジャーニーを削除します（元に戻すで復元できます）</translation>
    </message>
    <message>
        <source>&amp;Create journey</source>
        <translation>ジャーニーを作成(&amp;C)</translation>
    </message>
    <message>
        <source>Start a journey with five stages: awareness, consideration, purchase, retention, advocacy</source>
        <translation>認知・比較検討・購入・継続利用・推奨の5ステージでジャーニーを始めます</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>ステージを追加</translation>
    </message>
    <message>
        <source>Add a stage after the current one (Ctrl+Enter)</source>
        <translation>選択中のステージの後ろにステージを追加（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Duplicate the current stage (Ctrl+D)</source>
        <translation>選択中のステージを複製（Ctrl+D）</translation>
    </message>
    <message>
        <source>Remove stage</source>
        <translation>ステージを削除</translation>
    </message>
    <message>
        <source>Remove the current stage (Delete); Undo brings it back</source>
        <translation>選択中のステージを削除（Delete）。元に戻すで復元できます</translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation>左へ移動</translation>
    </message>
    <message>
        <source>Move the stage to the left (Alt+Left)</source>
        <translation>ステージを左へ移動（Alt+←）</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>右へ移動</translation>
    </message>
    <message>
        <source>Move the stage to the right (Alt+Right)</source>
        <translation>ステージを右へ移動（Alt+→）</translation>
    </message>
    <message>
        <source>Enter or typing edits a cell (Shift+Enter: new line) · Ctrl+Enter adds a stage · Delete removes it · Alt+←/→ moves it</source>
        <translation>Enterまたは入力でセルを編集（Shift+Enterで改行）・Ctrl+Enterでステージを追加・Deleteで削除・Alt+←/→で移動</translation>
    </message>
    <message>
        <source>(unnamed persona)</source>
        <translation>（名前未設定のペルソナ）</translation>
    </message>
    <message>
        <source>No personas yet. Add them on the Personas tab first; each persona then gets its own journey here.</source>
        <translation>ペルソナがまだありません。先に「ペルソナと提供価値」タブで追加すると、ここでペルソナごとのジャーニーを作れます。</translation>
    </message>
    <message>
        <source>This persona has no journey yet. Create one: it starts with the five stages from awareness to advocacy, which you can rename, add to or remove.</source>
        <translation>このペルソナのジャーニーはまだありません。作成すると認知から推奨までの5ステージで始まり、名前の変更・追加・削除ができます。</translation>
    </message>
    <message>
        <source>This journey has no stages. Add one with “Add stage”.</source>
        <translation>このジャーニーにはステージがありません。「ステージを追加」で追加してください。</translation>
    </message>
    <message>
        <source>Create journey</source>
        <translation>ジャーニーを作成</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
    <message>
        <source>Duplicate stage</source>
        <translation>ステージを複製</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>ステージを移動</translation>
    </message>
</context>
<context>
    <name>KpiGuidance</name>
    <message>
        <source>What this step is for</source>
        <translation>このステップの目的</translation>
    </message>
    <message>
        <source>Turn the business goal into the few numbers the team steers by: a tree from the result (revenue) down to what each department moves, with a target and an owner for each, worked back from the goal.</source>
        <translation>経営・事業ゴールを、チームが舵取りに使う少数の数字に落とし込みます。結果（売上）から各部門が動かす指標までをツリーにし、それぞれに目標と責任者を置き、ゴールから逆算します。</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Targets per Period</source>
        <translation>期間別目標</translation>
    </message>
    <message>
        <source>Solve for…</source>
        <translation>逆算…</translation>
    </message>
    <message>
        <source>Levers and What-if</source>
        <translation>レバーとシミュレーション</translation>
    </message>
    <message>
        <source>Building the KPI tree</source>
        <translation>KPIツリーの作り方</translation>
    </message>
    <message>
        <source>A good tree</source>
        <translation>良いツリー</translation>
    </message>
    <message>
        <source>Starts from a business result linked to a goal of step 1 (revenue, new customers), not from a vanity metric such as page views or followers.</source>
        <translation>ステップ1のゴールにつながる事業の結果（売上、新規顧客数）から始めます。PV数やフォロワー数のような見せかけの指標から始めません。</translation>
    </message>
    <message>
        <source>Breaks it down into drivers the team can move: revenue = won deals × deal size, won deals = opportunities × win rate, and so on down to leads.</source>
        <translation>チームが動かせる要素に分解します。売上 = 受注数 × 平均受注単価、受注数 = 商談数 × 受注率、…とリードまで分解します。</translation>
    </message>
    <message>
        <source>Gives every KPI an owner and a target, and ties marketing&apos;s metrics to revenue, so Marketing, Inside Sales, Sales and Customer Success share one process.</source>
        <translation>すべてのKPIに責任者と目標を置き、マーケティングの指標を売上につなげます。マーケティング・インサイドセールス・営業・カスタマーサクセスが一つのプロセスを共有できます。</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>避けたいこと</translation>
    </message>
    <message>
        <source>Counting activities (mails sent, events held) as KPIs: they are initiatives; measure what they change.</source>
        <translation>活動量（メール配信数、イベント開催数）をKPIにすること。それは施策です。施策が変える結果を測りましょう。</translation>
    </message>
    <message>
        <source>More KPIs than the team can review each month. Keep the few that decide the goal.</source>
        <translation>毎月振り返れないほど多くのKPI。ゴールを左右する少数に絞りましょう。</translation>
    </message>
    <message>
        <source>Targets per period</source>
        <translation>期間別目標</translation>
    </message>
    <message>
        <source>A good split</source>
        <translation>良い配分</translation>
    </message>
    <message>
        <source>Follows the business&apos;s seasons: more leads around trade shows, fewer in the holidays. Type the months you know; spread the rest evenly.</source>
        <translation>事業の季節性に合わせます。展示会の時期はリードを多く、休暇期は少なく。分かっている月だけ入力し、残りは均等に配分します。</translation>
    </message>
    <message>
        <source>Still adds up to the annual target, so the monthly review compares like with like.</source>
        <translation>合計が年間目標と一致するようにします。月次の振り返りで正しく比較できます。</translation>
    </message>
    <message>
        <source>Working back from the goal (逆算)</source>
        <translation>ゴールからの逆算</translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation>使い方</translation>
    </message>
    <message>
        <source>Pick the KPI that has the goal (revenue) and the driver to solve for: the tree tells what that driver must reach, with every step on the way.</source>
        <translation>ゴール（売上）を持つKPIと、逆算したい要素を選びます。その要素が達成すべき値が、途中の各段階の値とともに分かります。</translation>
    </message>
    <message>
        <source>If the answer is impossible (a win rate above 100 %), the goal needs another lever or another plan: that is worth knowing before the year starts.</source>
        <translation>答えが不可能な値（100 %を超える受注率など）なら、別のレバーか別の計画が必要です。期初に分かることに価値があります。</translation>
    </message>
    <message>
        <source>Which lever matters</source>
        <translation>効くレバー</translation>
    </message>
    <message>
        <source>How to read it</source>
        <translation>読み方</translation>
    </message>
    <message>
        <source>Each driver is tried 10 % better on its own; the one that moves the goal most is where effort pays most.</source>
        <translation>各要素をそれぞれ10 %改善した場合を試算します。ゴールを最も動かす要素こそ、力を入れる価値があります。</translation>
    </message>
    <message>
        <source>Try values in the what-if before deciding; nothing is stored until you apply them.</source>
        <translation>決める前にシミュレーションで値を試せます。適用するまで計画には保存されません。</translation>
    </message>
</context>
<context>
    <name>KpiNodeForm</name>
    <message>
        <source>— (none)</source>
        <extracomment>Where each field sits: (row, column, rows, columns) in four columns. The choices with long labels (formula, aggregation, funnel role, goal) take two, so nothing is elided on a 1000 px page at 150 % zoom.</extracomment>
        <translation>—（なし）</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <source>Fo&amp;rmula</source>
        <translation>計算式(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>単位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>目標(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>良い方向(&amp;D)</translation>
    </message>
    <message>
        <source>Over &amp;periods</source>
        <translation>期間の集計(&amp;P)</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>責任者(&amp;W)</translation>
    </message>
    <message>
        <source>Depart&amp;ment</source>
        <translation>部門(&amp;M)</translation>
    </message>
    <message>
        <source>Revenue &amp;stage</source>
        <translation>担当段階(&amp;S)</translation>
    </message>
    <message>
        <source>Funnel ro&amp;le</source>
        <translation>ファネル上の役割(&amp;L)</translation>
    </message>
    <message>
        <source>Business &amp;goal</source>
        <translation>経営・事業ゴール(&amp;G)</translation>
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation>説明(&amp;I)</translation>
    </message>
    <message>
        <source>Data sour&amp;ce</source>
        <translation>データソース(&amp;C)</translation>
    </message>
    <message>
        <source>e.g. Won deals</source>
        <translation>例：受注数</translation>
    </message>
    <message>
        <source>Who answers for this number</source>
        <translation>この数字に責任を持つ人</translation>
    </message>
    <message>
        <source>e.g. CRM pipeline report</source>
        <translation>例：CRMのパイプラインレポート</translation>
    </message>
    <message>
        <source>What it counts, and what it leaves out</source>
        <translation>何を数え、何を含めないか</translation>
    </message>
    <message>
        <source>Typed as shown: money in the plan&apos;s money unit, 25 for 25 %</source>
        <translation>表示どおりに入力します（金額は計画の金額単位で、25 %は25）</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>%1: its target is typed, not computed.</source>
        <translation>%1：目標を入力します（計算しません）。</translation>
    </message>
    <message>
        <source>%1 = — (%2)</source>
        <translation>%1 ＝ —（%2）</translation>
    </message>
    <message>
        <source>%1 = %2 (plan)</source>
        <translation>%1 ＝ %2（計画値）</translation>
    </message>
    <message>
        <source>Change formula</source>
        <translation>計算式を変更</translation>
    </message>
    <message>
        <source>Change funnel role</source>
        <translation>ファネル上の役割を変更</translation>
    </message>
</context>
<context>
    <name>KpiPage</name>
    <message>
        <source>Step 3</source>
        <translation>ステップ3</translation>
    </message>
    <message>
        <source>KPIs and roadmap</source>
        <translation>KPI・KPIツリー・実行ロードマップ</translation>
    </message>
    <message>
        <source>Break the business goal down into a KPI tree, work back from the target (back-calculation), and plan the initiatives that move each KPI.</source>
        <translation>経営・事業ゴールをKPIツリーに分解し、目標から逆算して、各KPIを動かす施策を計画します。</translation>
    </message>
</context>
<context>
    <name>KpiTemplates</name>
    <message>
        <source>1 + expansion rate</source>
        <translation>1 + 拡張率</translation>
    </message>
    <message>
        <source>Base (100 %)</source>
        <translation>基準 (100 %)</translation>
    </message>
    <message>
        <source>Days from lead to won deal</source>
        <translation>リードから受注までの日数</translation>
    </message>
    <message>
        <source>New business: leads → MQL → SQL → opportunities → won × deal size</source>
        <translation>新規事業: リード → MQL → SQL → 商談 → 受注 × 平均受注単価</translation>
    </message>
    <message>
        <source>New and existing customers: new business + customers × retention × revenue per customer × (1 + expansion)</source>
        <translation>新規と既存顧客: 新規事業 + 顧客数 × 継続率 × 顧客単価 × (1 + 拡張率)</translation>
    </message>
</context>
<context>
    <name>KpiTreeEdit</name>
    <message>
        <source>This KPI no longer exists.</source>
        <translation>このKPIはもうありません。</translation>
    </message>
    <message>
        <source>A ratio or a difference needs exactly two KPIs below it.</source>
        <translation>比率・差のKPIには、下にちょうど2つのKPIが必要です。</translation>
    </message>
    <message>
        <source>A computed KPI needs at least one KPI below it: add one first, or make it an input.</source>
        <translation>計算で求めるKPIには、下に1つ以上のKPIが必要です。先に下にKPIを追加するか、入力値のKPIに変えてください。</translation>
    </message>
    <message>
        <source>A KPI cannot be placed under itself.</source>
        <translation>KPIを自分自身の下に置くことはできません。</translation>
    </message>
    <message>
        <source>A KPI can sit under only one other KPI.</source>
        <translation>KPIを置ける親KPIは1つだけです。</translation>
    </message>
    <message>
        <source>There is no KPI above it to move it under.</source>
        <translation>下に入れられる上のKPIがありません。</translation>
    </message>
    <message>
        <source>This KPI is already at the top level.</source>
        <translation>このKPIはすでに最上位にあります。</translation>
    </message>
    <message>
        <source>This KPI cannot move further.</source>
        <translation>このKPIはこれ以上移動できません。</translation>
    </message>
    <message>
        <source>Move or remove the KPIs below it first, then make it an input.</source>
        <translation>先に下のKPIを移動するか削除してから、入力値に変えてください。</translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation>KPIを削除</translation>
    </message>
    <message>
        <source>This plan already has a revenue funnel tree; edit it, or remove it before starting from a template.</source>
        <translation>この計画にはすでに売上ファネルのツリーがあります。そのツリーを編集するか、削除してからひな形で始めてください。</translation>
    </message>
    <message>
        <source>Start KPI tree from template</source>
        <translation>ひな形から KPI ツリーを作成</translation>
    </message>
</context>
<context>
    <name>KpiTreeModel</name>
    <message>
        <source>Mktg</source>
        <translation>マーケ</translation>
    </message>
    <message>
        <source>IS</source>
        <translation>IS</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>営業</translation>
    </message>
    <message>
        <source>CS</source>
        <translation>CS</translation>
    </message>
    <message>
        <source>Latest actual: %1 (%2)</source>
        <translation>最新の実績：%1（%2）</translation>
    </message>
    <message>
        <source>Target to date: %1</source>
        <translation>期間累計目標：%1</translation>
    </message>
    <message>
        <source>Variance: %1</source>
        <translation>差異：%1</translation>
    </message>
    <message>
        <source>Data source: %1</source>
        <translation>データソース：%1</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>計算式</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Plan (tree)</source>
        <translation>計画値</translation>
    </message>
    <message>
        <source>Latest actual</source>
        <translation>最新の実績</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>責任者</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>担当段階</translation>
    </message>
</context>
<context>
    <name>KpiTreeSection</name>
    <message>
        <source>KPI tree</source>
        <extracomment>From this page width (pixels at 100 %) the guidance sits beside the parts below the tree.</extracomment>
        <translation>KPIツリー</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>KPIを追加</translation>
    </message>
    <message>
        <source>Add a KPI after the selected one (Enter)</source>
        <translation>選択したKPIの後にKPIを追加 (Enter)</translation>
    </message>
    <message>
        <source>Add Below</source>
        <translation>下位に追加</translation>
    </message>
    <message>
        <source>Add a KPI below the selected one: it becomes one of the KPIs it is computed from (Insert or Ctrl+Enter)</source>
        <translation>選択したKPIの下位にKPIを追加します。選択したKPIの計算元の一つになります (Insert または Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>字下げ</translation>
    </message>
    <message>
        <source>Put the KPI under the one above it (Tab)</source>
        <translation>KPIを上のKPIの下位に移します (Tab)</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>字上げ</translation>
    </message>
    <message>
        <source>Take the KPI out of its parent (Shift+Tab)</source>
        <translation>KPIを親から一段上に出します (Shift+Tab)</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move the KPI up among its siblings; the order matters for a ratio or a difference (Alt+Up)</source>
        <translation>同じ階層の中でKPIを上へ移動します。比率や差では順序に意味があります (Alt+↑)</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Move the KPI down among its siblings (Alt+Down)</source>
        <translation>同じ階層の中でKPIを下へ移動します (Alt+↓)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Duplicate the KPI with the KPIs below it (Ctrl+D)</source>
        <translation>KPIを下位のKPIごと複製します (Ctrl+D)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the KPI (Delete); Undo brings it back</source>
        <translation>KPIを削除します (Delete)。元に戻すで復元できます</translation>
    </message>
    <message>
        <source>Start from a Template</source>
        <translation>ひな形から作成</translation>
    </message>
    <message>
        <source>Add a revenue tree that starts from the revenue goal of step 1, wired for the funnel page</source>
        <translation>ステップ1の売上ゴールから始まる売上ツリーを追加します。売上ファネルのページとつながります</translation>
    </message>
    <message>
        <source>No KPI tree yet. Start from the business result (revenue), not from a vanity metric: press Enter to add the first KPI, or start from a template built from the revenue goal of step 1.</source>
        <translation>KPIツリーはまだありません。見せかけの指標ではなく、事業の結果（売上）から始めましょう。Enter で最初のKPIを追加するか、ステップ1の売上ゴールから作るひな形で始めます。</translation>
    </message>
    <message>
        <source>Keys in the tree: Enter adds a KPI, Insert adds one below, Tab / Shift+Tab indent and outdent, Alt+↑/↓ move, Delete removes, Ctrl+D duplicates, F2 renames; drag a KPI to move it with the KPIs below it. Ctrl+Tab leaves the tree.</source>
        <translation>ツリーのキー: Enter で追加、Insert で下位に追加、Tab / Shift+Tab で字下げ・字上げ、Alt+↑/↓ で移動、Delete で削除、Ctrl+D で複製、F2 で名前を変更。KPIをドラッグすると下位のKPIごと移動します。Ctrl+Tab でツリーから出ます。</translation>
    </message>
    <message>
        <source>Indent KPI</source>
        <translation>KPIの字下げ</translation>
    </message>
    <message>
        <source>Outdent KPI</source>
        <translation>KPIの字上げ</translation>
    </message>
    <message>
        <source>Move KPI</source>
        <translation>KPIの移動</translation>
    </message>
    <message>
        <source>Add KPI below</source>
        <translation>下位KPIの追加</translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <extracomment>Remove a computed KPI: take its subtree, or keep the KPIs below it (lifted into its place).</extracomment>
        <translation>KPIの削除</translation>
    </message>
    <message>
        <source>“%1” is computed from %2 KPIs below it. Remove them too, or keep them and move them up into its place?</source>
        <translation>「%1」は下位の %2 個のKPIから計算されています。下位のKPIも削除しますか？それとも残して、このKPIの位置に繰り上げますか？</translation>
    </message>
    <message>
        <source>Remove with the KPIs below</source>
        <translation>下位のKPIごと削除</translation>
    </message>
    <message>
        <source>Keep the KPIs below</source>
        <translation>下位のKPIを残す</translation>
    </message>
    <message>
        <source>Duplicate KPI</source>
        <translation>KPIの複製</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Revenue</source>
        <extracomment>Keys of the pages of the main window, as the CLI&apos;s ``--step`` names them.</extracomment>
        <translation>売上</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新規顧客</translation>
    </message>
    <message>
        <source>Repeat purchases</source>
        <translation>リピート</translation>
    </message>
    <message>
        <source>LTV</source>
        <translation>LTV（顧客生涯価値）</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>ブランド</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利益</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Yen</source>
        <translation>円</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>％</translation>
    </message>
    <message>
        <source>Ratio (×)</source>
        <translation>倍率（×）</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日数</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Other unit</source>
        <translation>その他の単位</translation>
    </message>
    <message>
        <source>yen</source>
        <translation>円</translation>
    </message>
    <message>
        <source>thousand yen</source>
        <translation>千円</translation>
    </message>
    <message>
        <source>ten thousand yen</source>
        <translation>万円</translation>
    </message>
    <message>
        <source>million yen</source>
        <translation>百万円</translation>
    </message>
    <message>
        <source>hundred million yen</source>
        <translation>億円</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月次</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>四半期</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>サブ</translation>
    </message>
    <message>
        <source>Other persona</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Direct competitor</source>
        <translation>直接競合</translation>
    </message>
    <message>
        <source>Indirect competitor</source>
        <translation>間接競合</translation>
    </message>
    <message>
        <source>Substitute</source>
        <translation>代替品</translation>
    </message>
    <message>
        <source>Lower price</source>
        <translation>低価格</translation>
    </message>
    <message>
        <source>Similar price</source>
        <translation>同程度の価格</translation>
    </message>
    <message>
        <source>Higher price</source>
        <translation>高価格</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>認知</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>検討</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>購入</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>継続</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>推奨</translation>
    </message>
    <message>
        <source>Input value</source>
        <translation>入力値</translation>
    </message>
    <message>
        <source>Sum (a + b + …)</source>
        <translation>合計（a + b + …）</translation>
    </message>
    <message>
        <source>Product (a × b × …)</source>
        <translation>積（a × b × …）</translation>
    </message>
    <message>
        <source>Ratio (a ÷ b)</source>
        <translation>比率（a ÷ b）</translation>
    </message>
    <message>
        <source>Difference (a − b)</source>
        <translation>差（a − b）</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>高いほど良い</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>低いほど良い</translation>
    </message>
    <message>
        <source>Adds up over periods</source>
        <translation>期間で合算する</translation>
    </message>
    <message>
        <source>Does not add up (rate or average)</source>
        <translation>合算しない（率・平均）</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>マーケティング</translation>
    </message>
    <message>
        <source>Inside Sales</source>
        <translation>インサイドセールス（IS）</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>営業</translation>
    </message>
    <message>
        <source>Customer Success</source>
        <translation>カスタマーサクセス（CS）</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>リード</translation>
    </message>
    <message>
        <source>Lead → MQL conversion rate</source>
        <translation>リード → MQL 転換率</translation>
    </message>
    <message>
        <source>MQLs</source>
        <translation>MQL</translation>
    </message>
    <message>
        <source>MQL → SQL conversion rate</source>
        <translation>MQL → SQL 転換率</translation>
    </message>
    <message>
        <source>SQLs</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>SQL → opportunity conversion rate</source>
        <translation>商談化率（SQL → 商談）</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商談</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>受注率</translation>
    </message>
    <message>
        <source>Won deals</source>
        <translation>受注</translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation>平均受注単価</translation>
    </message>
    <message>
        <source>New revenue</source>
        <translation>新規売上</translation>
    </message>
    <message>
        <source>Existing customers</source>
        <translation>既存顧客数</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>継続率</translation>
    </message>
    <message>
        <source>Revenue per customer</source>
        <translation>顧客あたり売上</translation>
    </message>
    <message>
        <source>Expansion rate</source>
        <translation>拡張率（アップセル）</translation>
    </message>
    <message>
        <source>Existing revenue</source>
        <translation>既存売上</translation>
    </message>
    <message>
        <source>Total revenue</source>
        <translation>売上合計</translation>
    </message>
    <message>
        <source>Pipeline value</source>
        <translation>パイプライン金額</translation>
    </message>
    <message>
        <source>Days from lead to MQL</source>
        <translation>リード → MQL の日数</translation>
    </message>
    <message>
        <source>Days from MQL to SQL</source>
        <translation>MQL → SQL の日数</translation>
    </message>
    <message>
        <source>Days from SQL to opportunity</source>
        <translation>SQL → 商談 の日数</translation>
    </message>
    <message>
        <source>Days from opportunity to won deal</source>
        <translation>商談 → 受注 の日数</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>計画中</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Monthly review</source>
        <translation>月次レビュー</translation>
    </message>
    <message>
        <source>Quarterly review</source>
        <translation>四半期レビュー</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>継続</translation>
    </message>
    <message>
        <source>Scale what works</source>
        <translation>拡大（再現・スケール）</translation>
    </message>
    <message>
        <source>Fix tactics</source>
        <translation>戦術を修正</translation>
    </message>
    <message>
        <source>Revisit strategy</source>
        <translation>戦略設計に立ち返る</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>計画全体</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>取りやめ</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>順調</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>要対策</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>実績なし</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <source>Headline target</source>
        <translation>主要目標</translation>
    </message>
    <message>
        <source>Strategic priority</source>
        <translation>重点課題</translation>
    </message>
    <message>
        <source>Business goal</source>
        <translation>経営・事業ゴール</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>ペルソナ</translation>
    </message>
    <message>
        <source>Value proposition</source>
        <translation>提供価値</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Differentiation criterion</source>
        <translation>差別化の評価軸</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation>カスタマージャーニー</translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation>ジャーニーの段階</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>Review meeting</source>
        <translation>定例レビュー</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>意思決定</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>Review cadence</source>
        <translation>レビューの頻度</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>全体像</translation>
    </message>
    <message>
        <source>Step 1: Strategy linkage</source>
        <translation>ステップ1：経営・事業戦略との接続</translation>
    </message>
    <message>
        <source>Step 2: Customers, value, channels, differentiation</source>
        <translation>ステップ2：顧客・価値・チャネル・差別化</translation>
    </message>
    <message>
        <source>Step 3: KPIs and roadmap</source>
        <translation>ステップ3：KPI・KPIツリー・実行ロードマップ</translation>
    </message>
    <message>
        <source>Step 4: Review cycle</source>
        <translation>ステップ4：改善サイクル</translation>
    </message>
    <message>
        <source>Revenue funnel</source>
        <translation>売上ファネル</translation>
    </message>
</context>
<context>
    <name>LeverPanel</name>
    <message>
        <source>Input</source>
        <translation>入力KPI</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>効果</translation>
    </message>
    <message>
        <source>On the root</source>
        <translation>ルートへの効果</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>試算</translation>
    </message>
    <message>
        <source>What</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Each input tried 10 % better, the others as planned: the strongest lever comes first. Type trial values to see what changes — nothing is stored until Apply.</source>
        <translation>各入力KPIを10%改善した場合の効果（他は計画どおり）。効きやすいレバーが先頭です。試算値を入力すると変化がすぐに分かります。「試算を反映」を押すまで計画は変わりません。</translation>
    </message>
    <message>
        <source>What-if: plan → trial</source>
        <translation>試算：計画 → 試算</translation>
    </message>
    <message>
        <source>&amp;Apply Trial</source>
        <translation>試算を反映(&amp;A)</translation>
    </message>
    <message>
        <source>Store every trial value as its input&apos;s target, in one undo step</source>
        <translation>すべての試算値を各入力KPIの目標として保存します（元に戻すは1回）</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>元に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>Forget the trial values and show the plan&apos;s</source>
        <translation>試算値を破棄して計画の値に戻します</translation>
    </message>
    <message>
        <source>Apply trial values</source>
        <translation>試算を反映</translation>
    </message>
    <message>
        <source>Which lever matters for “%1”</source>
        <translation>「%1」に効きやすいレバー</translation>
    </message>
    <message>
        <source>Which lever matters</source>
        <translation>効きやすいレバー（感度）</translation>
    </message>
    <message>
        <source>Select a computed KPI in the tree to rank the inputs below it.</source>
        <translation>KPIツリーで計算KPIを選ぶと、下にある入力KPIを効果の大きい順に表示します。</translation>
    </message>
    <message>
        <source>“%1” is an input: select the KPI above it to see how much it moves it.</source>
        <translation>「%1」は入力KPIです。上位のKPIを選ぶと、どれだけ動かすかが分かります。</translation>
    </message>
    <message>
        <source>Now %1 → 10 % better %2</source>
        <translation>現在 %1 → 10%改善で %2</translation>
    </message>
    <message>
        <source>&amp;Trial value for “%1”</source>
        <translation>「%1」の試算値(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Trial value</source>
        <translation>試算値(&amp;T)</translation>
    </message>
    <message>
        <source>A rate like this cannot be above 100 %.</source>
        <translation>この率は100%を超えられません。</translation>
    </message>
    <message>
        <source>This KPI cannot be below zero.</source>
        <translation>このKPIはマイナスにできません。</translation>
    </message>
    <message>
        <source>Only an input&apos;s value can be tried.</source>
        <translation>試算できるのは入力KPIの値だけです。</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>someone else</source>
        <translation>他のユーザー</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>不明なユーザー</translation>
    </message>
    <message>
        <source>%1 on %2 since %3</source>
        <translation>%2 の %1（%3から）</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>“%1” is open by %2, so it is open read-only here. Use Save As to keep your changes in a new file.</source>
        <translation>「%1」は%2が開いているため、ここでは読み取り専用で開いています。変更を残すには「名前を付けて保存」で新しいファイルに保存してください。</translation>
    </message>
</context>
<context>
    <name>LockedDialog</name>
    <message>
        <source>Plan in use</source>
        <translation>使用中の計画</translation>
    </message>
    <message>
        <source>“%1” is already open: %2.</source>
        <translation>「%1」はすでに開かれています：%2。</translation>
    </message>
    <message>
        <source>You can open it read-only and save your changes under another name.</source>
        <translation>読み取り専用で開き、変更を別の名前で保存できます。</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>読み取り専用で開く</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>%1[*] — Strategy Canvas</source>
        <translation>%1[*] — 戦略キャンバス</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of Strategy Canvas, so it is open read-only. Use Save As to keep your changes in a new file.</source>
        <translation>この計画は新しいバージョンの戦略キャンバスで保存されたため、読み取り専用で開いています。変更を残すには「名前を付けて保存」で新しいファイルに保存してください。</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>ズーム %1 %</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>名前を付けて保存…</translation>
    </message>
</context>
<context>
    <name>MatrixCard</name>
    <message>
        <source>(no name)</source>
        <translation>（名称未設定）</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>自社</translation>
    </message>
    <message>
        <source>Add at least three criteria to see the radar chart.</source>
        <translation>評価軸を3つ以上追加すると、レーダーチャートが表示されます。</translation>
    </message>
    <message>
        <source>None yet. A criterion becomes a differentiator when our score is higher than every competitor&apos;s score on it.</source>
        <translation>まだありません。自社の点数がすべての競合を上回る評価軸が差別化ポイントになります。</translation>
    </message>
    <message>
        <source>Differentiation matrix</source>
        <translation>差別化マトリクス</translation>
    </message>
    <message>
        <source>Score each criterion from 1 (weak) to 5 (strong) for us and each competitor; leave a cell empty when it is not known yet. ★ marks our differentiators.</source>
        <translation>評価軸ごとに、自社と各競合を1（弱い）〜5（強い）で採点します。分からない欄は空欄のままにします。★は自社の差別化ポイントです。</translation>
    </message>
    <message>
        <source>Our differentiators</source>
        <translation>自社の差別化ポイント</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Our differentiator: we score higher than every competitor.</source>
        <translation>差別化ポイント：すべての競合より自社の点数が高い評価軸です。</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>評価軸</translation>
    </message>
    <message>
        <source>Us</source>
        <translation>自社</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（名称未設定）</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Undo</source>
        <extracomment>Languages offered in View ▸ Language, by their own names (never translated). Used when the platform has no binding for a standard key (Quit and Save As have none on some Linux desktops and on the offscreen platform). The shortcut of each page (Ctrl+0 is Actual Size). Zoom keys besides the platform&apos;s standard ones. &quot;+&quot; and &quot;=&quot; share a key on US keyboards (&quot;Ctrl+=&quot; needs no Shift); on JIS keyboards &quot;+&quot; is Shift+&quot;;&quot; and browsers also take &quot;Ctrl+;&quot; for zoom in.</extracomment>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>履歴を消去</translation>
    </message>
    <message>
        <source>Save a copy (this plan is read-only)</source>
        <translation>コピーを保存（この計画は読み取り専用です）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>書き出し(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;New from Template…</source>
        <translation>テンプレートから新規作成(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>次のページ</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>前のページ</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>実際のサイズ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;About Strategy Canvas</source>
        <translation>戦略キャンバスについて(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Excel Workbook…</source>
        <translation>Excel ブック(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;PDF (Plan on a Page and Roadmap)…</source>
        <translation>PDF（1枚計画とロードマップ）(&amp;P)…</translation>
    </message>
    <message>
        <source>Review &amp;Calendar…</source>
        <translation>定例レビューのカレンダー(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import Actuals…</source>
        <translation>実績を取り込む(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>MidTermCard</name>
    <message>
        <source>Mid-term business plan</source>
        <translation>中期経営計画</translation>
    </message>
    <message>
        <source>&amp;Title of the plan</source>
        <translation>計画の名称(&amp;T)</translation>
    </message>
    <message>
        <source>e.g. Mid-term plan 2028</source>
        <translation>例：中期経営計画2028</translation>
    </message>
    <message>
        <source>&amp;Start year</source>
        <translation>開始年度(&amp;S)</translation>
    </message>
    <message>
        <source>E&amp;nd year</source>
        <translation>終了年度(&amp;N)</translation>
    </message>
    <message>
        <source>S&amp;ummary: what must change to get there</source>
        <translation>概要：達成のために何を変えるか(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Headline targets (a number, its unit and the year)</source>
        <translation>主要目標（数値・単位・年度）(&amp;H)</translation>
    </message>
</context>
<context>
    <name>MilestonesModel</name>
    <message>
        <source>Not yet</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ 完了</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Plan on a page</source>
        <translation>1枚計画</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>全体像</translation>
    </message>
    <message>
        <source>Step 1</source>
        <translation>ステップ1</translation>
    </message>
    <message>
        <source>Strategy linkage</source>
        <translation>経営・事業戦略との接続</translation>
    </message>
    <message>
        <source>Step 2</source>
        <translation>ステップ2</translation>
    </message>
    <message>
        <source>Customers, value, channels, differentiation</source>
        <translation>顧客・価値・チャネル・差別化</translation>
    </message>
    <message>
        <source>Step 3</source>
        <translation>ステップ3</translation>
    </message>
    <message>
        <source>KPIs and roadmap</source>
        <translation>KPI・KPIツリー・実行ロードマップ</translation>
    </message>
    <message>
        <source>Step 4</source>
        <translation>ステップ4</translation>
    </message>
    <message>
        <source>Review cycle</source>
        <translation>改善サイクル</translation>
    </message>
    <message>
        <source>Marketing → IS → Sales → CS</source>
        <translation>マーケ → IS → 営業 → CS</translation>
    </message>
    <message>
        <source>Revenue funnel</source>
        <translation>売上ファネル</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>ビジョン</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>ミッション</translation>
    </message>
    <message>
        <source>Business strategy</source>
        <translation>事業戦略</translation>
    </message>
    <message>
        <source>A business goal with a target</source>
        <translation>目標値のある経営・事業ゴール</translation>
    </message>
    <message>
        <source>Marketing&apos;s contribution to each goal</source>
        <translation>各ゴールへのマーケティングの貢献</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>ペルソナ</translation>
    </message>
    <message>
        <source>A value proposition for each persona</source>
        <translation>ペルソナごとの提供価値</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Differentiation criteria scored</source>
        <translation>差別化の評価軸の採点</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Customer journey</source>
        <translation>カスタマージャーニー</translation>
    </message>
    <message>
        <source>KPI tree</source>
        <translation>KPIツリー</translation>
    </message>
    <message>
        <source>KPI targets</source>
        <translation>KPIの目標</translation>
    </message>
    <message>
        <source>KPI owners</source>
        <translation>KPIの責任者</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>Initiative owners</source>
        <translation>施策の責任者</translation>
    </message>
    <message>
        <source>Initiative dates</source>
        <translation>施策の期間</translation>
    </message>
    <message>
        <source>Initiative budgets</source>
        <translation>施策の予算</translation>
    </message>
    <message>
        <source>Review participants</source>
        <translation>レビューの参加者</translation>
    </message>
    <message>
        <source>A review held</source>
        <translation>実施済みのレビュー</translation>
    </message>
    <message>
        <source>Actuals entered</source>
        <translation>実績の入力</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>New Plan</source>
        <extracomment>Longest company name the model accepts (``model.base.Label``).</extracomment>
        <translation>新しい計画</translation>
    </message>
    <message>
        <source>Choose a template and set up your company. The new plan opens unsaved; the template itself is never changed.</source>
        <translation>テンプレートを選び、会社の基本情報を設定してください。新しい計画は未保存の状態で開きます。テンプレート自体は変更されません。</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>テンプレート(&amp;T)</translation>
    </message>
    <message>
        <source>e.g. your company&apos;s name</source>
        <translation>例：株式会社〇〇</translation>
    </message>
    <message>
        <source>New department</source>
        <translation>追加する部門名</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>F2 renames the selected department, Delete removes it.</source>
        <translation>F2キーで選択中の部門名を変更、Deleteキーで削除します。</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>会社名(&amp;C)：</translation>
    </message>
    <message>
        <source>Fiscal year &amp;starts in:</source>
        <translation>年度の開始月(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Money shown in:</source>
        <translation>金額の表示単位(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Departments:</source>
        <translation>部門(&amp;D)：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>The company name is too long (at most %1 characters).</source>
        <translation>会社名が長すぎます（%1文字まで）。</translation>
    </message>
    <message>
        <source>Every department needs a name.</source>
        <translation>部門名を入力してください（空の部門名は使えません）。</translation>
    </message>
    <message>
        <source>A department name is too long (at most %1 characters).</source>
        <translation>部門名が長すぎます（%1文字まで）。</translation>
    </message>
    <message>
        <source>There are two departments called “%1”. Give each department its own name.</source>
        <translation>「%1」という部門が2つあります。部門名は重複しないようにしてください。</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Business goals</source>
        <extracomment>Findings listed before &quot;Show all&quot; (the overview must stay one page on a projector). Below this page width (pixels at 100 % zoom) the two columns are stacked: a zoomed-in overview on a 1280-pixel projector would otherwise be cut off at the right.</extracomment>
        <translation>経営・事業ゴール</translation>
    </message>
    <message>
        <source>Personas and value</source>
        <translation>ペルソナと提供価値</translation>
    </message>
    <message>
        <source>Execution roadmap</source>
        <translation>実行ロードマップ</translation>
    </message>
    <message>
        <source>Key KPIs</source>
        <translation>主要KPI</translation>
    </message>
    <message>
        <source>Review cycle</source>
        <translation>改善サイクル</translation>
    </message>
    <message>
        <source>CMO thinking check</source>
        <translation>CMO思考チェック</translation>
    </message>
    <message>
        <source>Untitled plan</source>
        <translation>無題の計画</translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation>金額の単位：%1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>全体像</translation>
    </message>
    <message>
        <source>No business goals yet. Step 1 starts from them.</source>
        <translation>経営・事業ゴールはまだありません。ステップ1はゴールから始めます。</translation>
    </message>
    <message>
        <source>(unnamed goal)</source>
        <translation>（名前のないゴール）</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>ゴール</translation>
    </message>
    <message>
        <source>Baseline → target</source>
        <translation>現状 → 目標</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>責任者</translation>
    </message>
    <message>
        <source>No personas yet: who are the customers we win? (Step 2)</source>
        <translation>ペルソナはまだありません。獲得したい顧客は誰ですか？（ステップ2）</translation>
    </message>
    <message>
        <source>(unnamed persona)</source>
        <translation>（名前のないペルソナ）</translation>
    </message>
    <message>
        <source>No KPI tree yet: break a business goal down in Step 3.</source>
        <translation>KPIツリーはまだありません。ステップ3で経営・事業ゴールを分解しましょう。</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Plan (tree)</source>
        <translation>計画値</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Latest actual</source>
        <translation>最新の実績</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>No initiatives yet: plan what will move the KPIs (Step 3).</source>
        <translation>施策はまだありません。KPIを動かす施策を計画しましょう（ステップ3）。</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>Total budget</source>
        <translation>予算合計</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>KPI review: %1 · Strategy review: %2</source>
        <translation>KPIレビュー：%1 ・ 戦略レビュー：%2</translation>
    </message>
    <message>
        <source>Next review: %1 (%2)</source>
        <translation>次回のレビュー：%1（%2）</translation>
    </message>
    <message>
        <source>No review scheduled. Put the next one in the calendar (Step 4).</source>
        <translation>レビューの予定がありません。次回の日程を決めましょう（ステップ4）。</translation>
    </message>
    <message>
        <source>Overdue: review planned for %1 has not been held.</source>
        <translation>期限切れ：%1 に予定していたレビューが実施されていません。</translation>
    </message>
    <message>
        <source>Open action items: %1</source>
        <translation>未完了のアクション：%1件</translation>
    </message>
    <message>
        <source>overdue: %1</source>
        <translation>うち期限切れ：%1件</translation>
    </message>
    <message>
        <source>No gaps found: goals, KPIs, initiatives and reviews are connected.</source>
        <translation>抜け漏れはありません。ゴール・KPI・施策・レビューがつながっています。</translation>
    </message>
    <message>
        <source>%1 points to look at. Click one to go to it.</source>
        <translation>確認したい点が%1件あります。クリックすると該当箇所に移動します。</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>表示を減らす</translation>
    </message>
    <message>
        <source>Show all %1 points</source>
        <translation>%1件すべて表示</translation>
    </message>
</context>
<context>
    <name>PeriodTargets</name>
    <message>
        <source>Select a KPI in the tree to plan its target for each period.</source>
        <translation>ツリーでKPIを選ぶと、期間別目標を設定できます。</translation>
    </message>
    <message>
        <source>Spread the remainder</source>
        <translation>残りを均等に配分</translation>
    </message>
    <message>
        <source>Share what the typed-in periods leave of the annual target evenly among the other periods</source>
        <translation>入力済みの期間を除いた年間目標の残りを、ほかの期間に均等に配分します</translation>
    </message>
    <message>
        <source>Clear overrides</source>
        <translation>個別の目標をクリア</translation>
    </message>
    <message>
        <source>Every period goes back to the default split of the annual target</source>
        <translation>すべての期間を年間目標の均等割りに戻します</translation>
    </message>
    <message>
        <source>Targets per period: %1 (%2)</source>
        <translation>期間別目標：%1（%2）</translation>
    </message>
    <message>
        <source>Grey figures are the even split of the annual value the tree computes. Type a figure to give a period its own target; empty the cell to go back to the split.</source>
        <translation>グレーの数値は、ツリーで計算した年間の値の均等割りです。数値を入力するとその期間の目標になり、空欄にすると均等割りに戻ります。</translation>
    </message>
    <message>
        <source>Grey figures are the even split of the annual target. Type a figure to give a period its own target; empty the cell to go back to the split.</source>
        <translation>グレーの数値は年間目標の均等割りです。数値を入力するとその期間の目標になり、空欄にすると均等割りに戻ります。</translation>
    </message>
    <message>
        <source>A rate or level is not added up over the year: grey figures are the annual level, kept every period. Type a figure to give a period its own target.</source>
        <translation>率や水準は年間で合計しません。グレーの数値は年間の水準で、どの期間も同じです。数値を入力するとその期間の目標になります。</translation>
    </message>
    <message>
        <source>No annual target yet: set one and the periods share it.</source>
        <translation>年間目標がまだありません。設定すると各期間に均等割りされます。</translation>
    </message>
    <message>
        <source>No annual value yet: the tree computes it once the inputs below have targets.</source>
        <translation>年間の値がまだありません。下位の入力KPIに目標を設定すると、ツリーが計算します。</translation>
    </message>
    <message>
        <source>Periods add up to the annual target, %1.</source>
        <translation>期間別目標の合計は年間目標（%1）と一致しています。</translation>
    </message>
    <message>
        <source>Periods add up to the annual value from the tree, %1.</source>
        <translation>期間別目標の合計は、ツリーで計算した年間の値（%1）と一致しています。</translation>
    </message>
    <message>
        <source>Periods add up to %1 — %2 over the annual target %3.</source>
        <translation>期間別目標の合計は%1で、年間目標%3より%2多くなっています。</translation>
    </message>
    <message>
        <source>Periods add up to %1 — %2 short of the annual target %3.</source>
        <translation>期間別目標の合計は%1で、年間目標%3に%2足りません。</translation>
    </message>
    <message>
        <source>Periods add up to %1 — %2 over the annual value from the tree %3.</source>
        <translation>期間別目標の合計は%1で、ツリーで計算した年間の値%3より%2多くなっています。</translation>
    </message>
    <message>
        <source>Periods add up to %1 — %2 short of the annual value from the tree %3.</source>
        <translation>期間別目標の合計は%1で、ツリーで計算した年間の値%3に%2足りません。</translation>
    </message>
    <message>
        <source>Every period has its own target: empty one to take the rest.</source>
        <translation>すべての期間に個別の目標があります。残りを受け持たせる期間を空欄にしてください。</translation>
    </message>
    <message>
        <source>The typed-in periods alone exceed the annual target: lower one, or raise the annual target.</source>
        <translation>入力済みの期間だけで年間目標を超えています。いずれかを下げるか、年間目標を上げてください。</translation>
    </message>
    <message>
        <source>Clear period targets</source>
        <translation>期間別目標をクリア</translation>
    </message>
</context>
<context>
    <name>PersonaCardsModel</name>
    <message>
        <source>(unnamed persona)</source>
        <translation>（名前未設定のペルソナ）</translation>
    </message>
</context>
<context>
    <name>PersonaForm</name>
    <message>
        <source>Persona</source>
        <extracomment>The list fields (one entry per line), in the order the workshop talks them through.</extracomment>
        <translation>ペルソナ</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <source>Pr&amp;iority</source>
        <translation>優先度(&amp;I)</translation>
    </message>
    <message>
        <source>Se&amp;gment</source>
        <translation>セグメント(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>役職・立場(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>人物像(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Challenges (one per line)</source>
        <translation>課題（1行に1つ）(&amp;C)</translation>
    </message>
    <message>
        <source>Needs (one per line)</source>
        <translation>ニーズ（1行に1つ）</translation>
    </message>
    <message>
        <source>Va&amp;lues (one per line)</source>
        <translation>価値観（1行に1つ）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Buying triggers (one per line)</source>
        <translation>購買のきっかけ（1行に1つ）(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Objections (one per line)</source>
        <translation>購買をためらう理由（1行に1つ）(&amp;O)</translation>
    </message>
    <message>
        <source>Information &amp;sources (one per line)</source>
        <translation>情報収集源（1行に1つ）(&amp;S)</translation>
    </message>
    <message>
        <source>e.g. Head of E-commerce at a mid-market brand</source>
        <translation>例：中堅D2CブランドのEコマース責任者</translation>
    </message>
    <message>
        <source>Industry, size, region</source>
        <translation>業種・規模・地域</translation>
    </message>
    <message>
        <source>Position, age, say in the purchase</source>
        <translation>役職・年代・購買への関与度</translation>
    </message>
</context>
<context>
    <name>PersonasSection</name>
    <message>
        <source>Personas and value</source>
        <translation>ペルソナと提供価値</translation>
    </message>
    <message>
        <source>Add Persona</source>
        <translation>ペルソナを追加</translation>
    </message>
    <message>
        <source>Add a persona after the selected one (Enter on the cards)</source>
        <translation>選択中のペルソナの後にペルソナを追加（カード上でEnter）</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Duplicate the persona with its value proposition and journey (Ctrl+D)</source>
        <translation>ペルソナを提供価値・カスタマージャーニーごと複製（Ctrl+D）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove the persona with its value proposition and journey (Delete); Undo brings them back</source>
        <translation>ペルソナを提供価値・カスタマージャーニーごと削除（Delete）。元に戻すで復元できます</translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation>左へ移動</translation>
    </message>
    <message>
        <source>Move the persona one place earlier (Alt+Left)</source>
        <translation>ペルソナを1つ前へ移動（Alt+←）</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>右へ移動</translation>
    </message>
    <message>
        <source>Move the persona one place later (Alt+Right)</source>
        <translation>ペルソナを1つ後ろへ移動（Alt+→）</translation>
    </message>
    <message>
        <source>No personas yet. Press Enter or “Add Persona” to describe a customer you want to win.</source>
        <translation>ペルソナはまだありません。Enterキーか「ペルソナを追加」で、獲得したい顧客像を書き出しましょう。</translation>
    </message>
    <message>
        <source>1 persona</source>
        <translation>ペルソナ 1件</translation>
    </message>
    <message>
        <source>%1 personas</source>
        <translation>ペルソナ %1件</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>ペルソナを追加</translation>
    </message>
    <message>
        <source>Remove persona</source>
        <translation>ペルソナを削除</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
    <message>
        <source>Duplicate persona</source>
        <translation>ペルソナを複製</translation>
    </message>
    <message>
        <source>Move persona</source>
        <translation>ペルソナを移動</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Cannot restore the plan</source>
        <translation>計画を復元できません</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <source>Restored “%1” from the copy saved at %2. It is not saved yet: save it to keep it.</source>
        <translation>「%1」を%2に自動保存されたコピーから復元しました。まだ保存されていないため、残すには保存してください。</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover unsaved work</source>
        <translation>保存していない作業の復元</translation>
    </message>
    <message>
        <source>Strategy Canvas was not closed properly last time. These plans had changes that were not saved. A restored plan opens unsaved: its file changes only when you save it.</source>
        <translation>前回、戦略キャンバスが正しく終了しませんでした。次の計画には保存されていない変更がありました。復元した計画は未保存の状態で開き、保存するまで元のファイルは変更されません。</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Copy saved at</source>
        <translation>コピーの保存日時</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元する</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄する</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>後で決める</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <source>%1 (damaged, cannot be restored)</source>
        <translation>%1（破損しているため復元できません）</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
</context>
<context>
    <name>ReviewModels</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Target to date</source>
        <translation>期間累計目標</translation>
    </message>
    <message>
        <source>Actual to date</source>
        <translation>累計実績</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>差異</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>達成率</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>責任者</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review cadence</source>
        <translation>レビューの頻度</translation>
    </message>
    <message>
        <source>Reviews, decisions and action items</source>
        <translation>定例レビュー・意思決定・アクション</translation>
    </message>
    <message>
        <source>No actuals yet. Enter the KPI actuals of each period to see what is on track.</source>
        <translation>実績はまだありません。期間ごとにKPIの実績を入力すると、順調かどうかがわかります。</translation>
    </message>
    <message>
        <source>Step 4</source>
        <translation>ステップ4</translation>
    </message>
    <message>
        <source>Review cycle</source>
        <translation>改善サイクル</translation>
    </message>
    <message>
        <source>Compare actuals with targets every month, scale what works, fix what does not, and go back to the strategy when results do not come.</source>
        <translation>毎月、実績を目標と比べ、うまくいっていることは再現・拡大し、そうでないことは修正します。成果が出ていないなら戦略設計に立ち返ります。</translation>
    </message>
    <message>
        <source>Actuals against target to date — %1</source>
        <translation>期間累計目標に対する実績 — %1</translation>
    </message>
    <message>
        <source>Actuals against target to date</source>
        <translation>期間累計目標に対する実績</translation>
    </message>
    <message>
        <source>KPI review</source>
        <translation>KPIレビュー</translation>
    </message>
    <message>
        <source>Strategy review</source>
        <translation>戦略レビュー</translation>
    </message>
    <message>
        <source>Meeting day</source>
        <translation>開催日</translation>
    </message>
    <message>
        <source>Day %1 of the month</source>
        <translation>毎月%1日</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>参加者：%1</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>No reviews yet. Schedule the first monthly KPI review.</source>
        <translation>レビューはまだありません。最初の月次KPIレビューを予定しましょう。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>要約</translation>
    </message>
    <message>
        <source>Customer voice</source>
        <translation>顧客の声</translation>
    </message>
    <message>
        <source>Lost-deal reasons</source>
        <translation>失注理由</translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation>出席者：%1</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>意思決定</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>実施済み</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>計画全体</translation>
    </message>
    <message>
        <source>(back to Step %1)</source>
        <translation>（ステップ%1へ）</translation>
    </message>
</context>
<context>
    <name>RoadmapSection</name>
    <message>
        <source>Roadmap</source>
        <extracomment>The chart&apos;s least width beside the table (pixels at 100 %): narrower, it scrolls sideways. From this page width (pixels at 100 %) the chart sits beside the table, else under it. The chart&apos;s zooms, in the order of the zoom list.</extracomment>
        <translation>ロードマップ</translation>
    </message>
    <message>
        <source>Execution roadmap</source>
        <translation>実行ロードマップ</translation>
    </message>
    <message>
        <source>&amp;Chart by</source>
        <translation>グラフの単位(&amp;C)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>四半期</translation>
    </message>
    <message>
        <source>Budget per business goal</source>
        <translation>経営・事業ゴール別の予算</translation>
    </message>
    <message>
        <source>No initiatives yet: what will the team do to move the KPIs, who is responsible, when, and with what budget? Press Enter in the table to add the first one.</source>
        <translation>施策はまだありません。KPIを動かすためにチームは何を、誰の責任で、いつ、どれだけの予算で行いますか？表でEnterキーを押すと最初の施策を追加できます。</translation>
    </message>
    <message>
        <source>Keys in the table: Enter adds an initiative, Delete removes it, Ctrl+D duplicates it, Alt+↑/↓ move it; type in a cell to change it. Its other fields and its milestones are in the form below.</source>
        <translation>表のキー操作：Enterで施策を追加、Deleteで削除、Ctrl+Dで複製、Alt+↑/↓で移動。セルに入力すると変更できます。その他の項目とマイルストーンは下のフォームにあります。</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>Total budget</source>
        <translation>予算合計</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Not linked to a goal</source>
        <translation>ゴールに未接続</translation>
    </message>
</context>
<context>
    <name>Samples</name>
    <message>
        <source>Blank plan</source>
        <extracomment>The name of the empty template.</extracomment>
        <translation>空の計画</translation>
    </message>
</context>
<context>
    <name>SaveChangesDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>閉じる前に「%1」の変更を保存しますか？</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>保存しない場合、変更は失われます。</translation>
    </message>
</context>
<context>
    <name>SaveConflictDialog</name>
    <message>
        <source>File changed by someone else</source>
        <translation>ファイルが他の人に変更されています</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else after you opened it.</source>
        <translation>「%1」は、あなたが開いた後に他の人によって変更されました。</translation>
    </message>
    <message>
        <source>Overwrite replaces their version with yours (theirs is kept as a .bak file). Save As keeps both.</source>
        <translation>「上書き」すると相手の内容があなたの内容に置き換わります（相手の内容は .bak ファイルとして残ります）。「名前を付けて保存」なら両方を残せます。</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>上書き</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>名前を付けて保存…</translation>
    </message>
</context>
<context>
    <name>SaveFailedDialog</name>
    <message>
        <source>Cannot save the plan</source>
        <translation>計画を保存できません</translation>
    </message>
    <message>
        <source>Your changes are still here. Save them under another name or in another folder?</source>
        <translation>変更内容は失われていません。別の名前か別のフォルダーに保存しますか？</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>名前を付けて保存…</translation>
    </message>
</context>
<context>
    <name>SolvePanel</name>
    <message>
        <source>Input</source>
        <translation>入力KPI</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在値</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>After</source>
        <translation>逆算後</translation>
    </message>
    <message>
        <source>&amp;Reach</source>
        <translation>到達させる値(&amp;R)</translation>
    </message>
    <message>
        <source>the value to reach</source>
        <translation>到達させる値</translation>
    </message>
    <message>
        <source>Type any value to ask what must be true to reach it; it is not stored</source>
        <translation>任意の値を入力すると、そこに到達するための条件を確認できます（保存はされません）</translation>
    </message>
    <message>
        <source>&amp;Inputs to solve for</source>
        <translation>逆算するKPI(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>反映(&amp;A)</translation>
    </message>
    <message>
        <source>Store the solved value as the input&apos;s target (Enter in the list); Undo takes it back</source>
        <translation>逆算した値を入力KPIの目標として保存します（一覧でEnter）。元に戻すで取り消せます</translation>
    </message>
    <message>
        <source>Choose an input that can be solved first.</source>
        <translation>先に逆算できる入力KPIを選んでください。</translation>
    </message>
    <message>
        <source>Solve for “%1”</source>
        <translation>「%1」を逆算</translation>
    </message>
    <message>
        <source>Solve for… “%1”</source>
        <translation>逆算：「%1」</translation>
    </message>
    <message>
        <source>Solve for…</source>
        <translation>逆算</translation>
    </message>
    <message>
        <source>Select a computed KPI in the tree to work out what its inputs must be.</source>
        <translation>KPIツリーで計算KPIを選ぶと、入力KPIに必要な値を逆算できます。</translation>
    </message>
    <message>
        <source>“%1” is an input: its value is typed in, not computed. Select “%2” above it and solve for “%1” there.</source>
        <translation>「%1」は入力KPIです（値は計算ではなく入力します）。上位の「%2」を選び、そこで「%1」を逆算してください。</translation>
    </message>
    <message>
        <source>“%1” is an input: its value is typed in, not computed. Put it below a computed KPI to solve for it.</source>
        <translation>「%1」は入力KPIです（値は計算ではなく入力します）。逆算するには計算KPIの下に置いてください。</translation>
    </message>
    <message>
        <source>The value to reach is the target of the business goal “%1” (step 1).</source>
        <translation>到達させる値は、経営・事業ゴール「%1」の目標です（ステップ1）。</translation>
    </message>
    <message>
        <source>“%1” has no target yet: type the value it must reach, then choose an input.</source>
        <translation>「%1」にはまだ目標がありません。到達すべき値を入力し、入力KPIを選んでください。</translation>
    </message>
    <message>
        <source>Choose an input: the value it must take shows at once. Nothing is stored until Apply.</source>
        <translation>入力KPIを選ぶと、必要な値がすぐに表示されます。「反映」を押すまで計画は変わりません。</translation>
    </message>
    <message>
        <source>Choose an input below the KPI.</source>
        <translation>下にある入力KPIを選んでください。</translation>
    </message>
    <message>
        <source>Type the value “%1” must reach.</source>
        <translation>「%1」が到達すべき値を入力してください。</translation>
    </message>
    <message>
        <source>“%1” must be %2 (now %3).</source>
        <translation>「%1」は %2 が必要です（現在 %3）。</translation>
    </message>
    <message>
        <source>“%1” cannot be solved for.</source>
        <translation>「%1」は逆算できません。</translation>
    </message>
    <message>
        <source>It would need %1.</source>
        <translation>%1 が必要になります。</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <source>Steps</source>
        <extracomment>The navigator&apos;s width at 100 % zoom.</extracomment>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>%1 of %2 parts complete</source>
        <translation>%2項目中%1項目が完了</translation>
    </message>
    <message>
        <source>Still to do:</source>
        <translation>残りの項目：</translation>
    </message>
</context>
<context>
    <name>StrategyGuidance</name>
    <message>
        <source>What this step is for</source>
        <translation>このステップの目的</translation>
    </message>
    <message>
        <source>Connect marketing to the business before planning any campaign: where the company is going, how it will win, and the few business goals marketing must contribute to — agreed by every department, so that everyone speaks the same language.</source>
        <translation>施策を考える前に、マーケティングを経営につなげます。会社はどこへ向かい、どう勝つのか。そしてマーケティングが貢献すべき少数の経営・事業ゴールを、全部門で合意して共通言語にします。</translation>
    </message>
    <message>
        <source>A good answer</source>
        <translation>よい答えの例</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>避けたいこと</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>記入例</translation>
    </message>
    <message>
        <source>Vision and mission</source>
        <translation>ビジョン・ミッション</translation>
    </message>
    <message>
        <source>The vision says where the company wants to be in five to ten years; the mission says why it exists and for whom.</source>
        <translation>ビジョンは5〜10年後に会社が目指す姿、ミッションは誰のために、なぜ存在するのかを示します。</translation>
    </message>
    <message>
        <source>One or two sentences each, in the words the president uses with the staff. Copy the company&apos;s own wording rather than writing new slogans.</source>
        <translation>それぞれ1〜2文で、社長が社員に語る言葉で書きます。新しいスローガンを作らず、会社の言葉をそのまま使いましょう。</translation>
    </message>
    <message>
        <source>Slogans nobody can act on. Marketing should be able to say how its work serves the vision.</source>
        <translation>誰も行動に移せないスローガン。マーケティングの仕事がビジョンにどう役立つかを説明できるようにします。</translation>
    </message>
    <message>
        <source>Vision: every factory in our region runs without unplanned downtime. Mission: make maintenance predictable for mid-size plants.</source>
        <translation>ビジョン：地域のすべての工場が予期せぬ停止なく稼働している。ミッション：中堅工場の保全を予測可能にする。</translation>
    </message>
    <message>
        <source>Mid-term business plan</source>
        <translation>中期経営計画</translation>
    </message>
    <message>
        <source>The period it covers (e.g. FY2026 to FY2028) and two to four headline targets, each with a number, a unit and the year it must be reached.</source>
        <translation>対象期間（例：2026年度〜2028年度）と、2〜4個の主要目標。それぞれに数値・単位・達成年度を入れます。</translation>
    </message>
    <message>
        <source>A short summary of what must change in the business to reach them.</source>
        <translation>目標達成のために事業の何を変えるのかを短くまとめます。</translation>
    </message>
    <message>
        <source>Targets without a year or a unit: nobody can tell later whether they were met.</source>
        <translation>年度や単位のない目標。後から達成できたか誰にも判断できません。</translation>
    </message>
    <message>
        <source>A wish list. Keep the few numbers management actually steers by.</source>
        <translation>願望の羅列。経営が実際に舵取りに使う少数の数値に絞ります。</translation>
    </message>
    <message>
        <source>Revenue 3,000 million yen by FY2028; 40 new customers a year by FY2027.</source>
        <translation>2028年度に売上高30億円、2027年度に新規取引40社／年。</translation>
    </message>
    <message>
        <source>Business strategy and priorities</source>
        <translation>事業戦略と戦略上の重点</translation>
    </message>
    <message>
        <source>Where the business will grow (customers, regions, products) and how it will win there.</source>
        <translation>どこで成長するのか（顧客・地域・商品）、そこでどう勝つのか。</translation>
    </message>
    <message>
        <source>Three to five strategic priorities, most important first: the first one gets people and budget first. Alt+Up and Alt+Down reorder them.</source>
        <translation>戦略上の重点は3〜5個、重要な順に並べます。先頭のものから人と予算を割り当てます。Alt+↑ / Alt+↓ で並べ替えられます。</translation>
    </message>
    <message>
        <source>A list of activities (post on social media, run a campaign) instead of choices about where to compete.</source>
        <translation>どこで戦うかの選択ではなく、活動（SNS投稿、キャンペーン実施など）を並べること。</translation>
    </message>
    <message>
        <source>Ten priorities: when everything is a priority, nothing is.</source>
        <translation>重点が10個。すべてが重点なら、何も重点ではありません。</translation>
    </message>
    <message>
        <source>Business goals</source>
        <translation>経営・事業ゴール</translation>
    </message>
    <message>
        <source>Start from the business result marketing must contribute to: revenue, new customers, repeat purchases, LTV, brand or profit.</source>
        <translation>マーケティングが貢献すべき事業成果から始めます：売上、新規顧客、リピート、LTV、ブランド、利益。</translation>
    </message>
    <message>
        <source>Every goal is a number: where it is today (baseline), the target, its unit, a deadline and one owner.</source>
        <translation>ゴールはすべて数値で：現状値、目標、単位、期限、そして責任者を1人。</translation>
    </message>
    <message>
        <source>Enter adds a goal, Delete removes it, Ctrl+D duplicates it. Undo brings anything back.</source>
        <translation>Enter で追加、Delete で削除、Ctrl+D で複製。元に戻すで何でも戻せます。</translation>
    </message>
    <message>
        <source>Vanity metrics that are not a business result, such as SNS followers or page views. They may become KPIs under a goal in step 3.</source>
        <translation>SNSフォロワー数やページビューのような、事業成果ではない見かけの数字。これらはステップ3でゴールの下のKPIにできます。</translation>
    </message>
    <message>
        <source>A goal without an owner or a deadline: nobody will steer it.</source>
        <translation>責任者や期限のないゴール。誰も舵を取りません。</translation>
    </message>
    <message>
        <source>New customers: from 20 to 40 by 2027/3/31, owner: the sales director.</source>
        <translation>新規取引社数：2027/3/31までに20社→40社、責任者：営業部長。</translation>
    </message>
    <message>
        <source>Marketing&apos;s contribution and agreement</source>
        <translation>マーケティングの貢献と部門の合意</translation>
    </message>
    <message>
        <source>In one or two sentences, the part of the goal marketing drives, with a number where you can: &quot;120 qualified leads a quarter for sales&quot;.</source>
        <translation>ゴールのうちマーケティングが担う部分を1〜2文で、できれば数値で書きます：「四半期に120件の有望リードを営業に渡す」。</translation>
    </message>
    <message>
        <source>Tick every department that agreed to the goal in the meeting. A goal agreed by sales, marketing and management becomes their shared language.</source>
        <translation>会議でゴールに合意した部門すべてにチェックを入れます。営業・マーケティング・経営が合意したゴールが、部門をつなぐ共通言語になります。</translation>
    </message>
    <message>
        <source>&quot;Raise awareness&quot; with no link to the goal&apos;s number.</source>
        <translation>ゴールの数値につながらない「認知度を上げる」。</translation>
    </message>
    <message>
        <source>A goal only marketing agreed to: it is not shared yet. Agree on it together before moving on to step 2.</source>
        <translation>マーケティングだけが合意したゴール。まだ共有されていません。ステップ2に進む前に、全員で合意しましょう。</translation>
    </message>
</context>
<context>
    <name>StrategyPage</name>
    <message>
        <source>Step 1</source>
        <extracomment>Below this page width (at 100 %, scaled by the zoom) the guidance goes under the form.</extracomment>
        <translation>ステップ1</translation>
    </message>
    <message>
        <source>Strategy linkage</source>
        <translation>経営・事業戦略との接続</translation>
    </message>
    <message>
        <source>Start from the business: the vision, the mid-term plan and the goals marketing must contribute to, agreed across departments as a shared language.</source>
        <translation>出発点は経営です。ビジョン、中期経営計画、そしてマーケティングが貢献すべきゴールを、部門を越えた共通言語として合意します。</translation>
    </message>
    <message>
        <source>Strategic priority (most important first)</source>
        <translation>戦略上の重点（重要な順）</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>ゴール</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>現状値</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>責任者</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
    <message>
        <source>Headline target</source>
        <translation>主要目標</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>Corporate Planning</source>
        <translation>経営企画</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>マーケティング</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>営業</translation>
    </message>
    <message>
        <source>Customer Success</source>
        <translation>カスタマーサクセス</translation>
    </message>
    <message>
        <source>Precision parts maker (B2B): trade shows, inside sales, agents and a year of reviews.</source>
        <translation>精密部品メーカー（BtoB）：展示会・インサイドセールス・代理店、1年分のレビュー付き。</translation>
    </message>
    <message>
        <source>B2B software (SaaS): inbound leads, inside sales, customer success and a year of reviews.</source>
        <translation>BtoBソフトウェア（SaaS）：インバウンドリード・インサイドセールス・カスタマーサクセス、1年分のレビュー付き。</translation>
    </message>
    <message>
        <source>Local bakery-café chain with four shops: visits × spend per visit, LINE, Google Maps, flyers.</source>
        <translation>地域密着のベーカリーカフェ4店舗：来店客数×客単価、LINE・Googleマップ・チラシ。</translation>
    </message>
    <message>
        <source>A filled-in example to learn from or adapt.</source>
        <translation>記入済みの例。参考にしたり、書き換えて使ったりできます。</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Sample in %1. %2</source>
        <translation>サンプル（%1）。%2</translation>
    </message>
    <message>
        <source>Nothing filled in: start from your own business goals.</source>
        <translation>記入なしの状態から、自社の経営・事業ゴールを書き始めます。</translation>
    </message>
</context>
<context>
    <name>TreeValues</name>
    <message>
        <source>“{name}” has no target yet</source>
        <translation>「{name}」の目標がまだありません</translation>
    </message>
    <message>
        <source>“{name}” would divide by zero: its second KPI is 0</source>
        <translation>「{name}」は0で割ることになります（2つ目のKPIが0です）</translation>
    </message>
    <message>
        <source>“{name}” is too large to compute</source>
        <translation>「{name}」は大きすぎて計算できません</translation>
    </message>
    <message>
        <source>the KPIs below “{name}” do not form a tree</source>
        <translation>「{name}」の下のKPIがツリーになっていません</translation>
    </message>
</context>
<context>
    <name>ValueForm</name>
    <message>
        <source>Value proposition</source>
        <extracomment>The list fields, in pairs: what hurts and what relieves it, what they gain and what creates it.</extracomment>
        <translation>提供価値（バリュープロポジション）</translation>
    </message>
    <message>
        <source>Value s&amp;tatement (one line)</source>
        <translation>提供価値を一文で(&amp;T)</translation>
    </message>
    <message>
        <source>Use Suggestion</source>
        <translation>提案文を使う</translation>
    </message>
    <message>
        <source>Write the suggested statement (built from the fields below) into the value statement</source>
        <translation>下の項目から作った提案文を、提供価値の一文に書き込みます</translation>
    </message>
    <message>
        <source>&amp;Pains (one per line)</source>
        <translation>顧客の悩み・ペイン（1行に1つ）(&amp;P)</translation>
    </message>
    <message>
        <source>Pain relievers: how we remove them</source>
        <translation>ペインの解消策：どう取り除くか</translation>
    </message>
    <message>
        <source>G&amp;ains (one per line)</source>
        <translation>顧客が得たい成果・ゲイン（1行に1つ）(&amp;A)</translation>
    </message>
    <message>
        <source>Gain creators: how we deliver them</source>
        <translation>ゲインの創出策：どう実現するか</translation>
    </message>
    <message>
        <source>Products and services (one per line)</source>
        <translation>製品・サービス（1行に1つ）</translation>
    </message>
    <message>
        <source>Add Value Proposition</source>
        <translation>提供価値を追加</translation>
    </message>
    <message>
        <source>This persona has no value proposition yet: the pains we relieve, the gains we create and the products that do it.</source>
        <translation>このペルソナにはまだ提供価値がありません。解消するペイン、生み出すゲイン、それを実現する製品・サービスを書きましょう。</translation>
    </message>
    <message>
        <source>Why this persona chooses us, in one sentence</source>
        <translation>このペルソナが自社を選ぶ理由を一文で</translation>
    </message>
    <message>
        <source>Use suggested statement</source>
        <translation>提案文を使用</translation>
    </message>
    <message>
        <source>Add value proposition</source>
        <translation>提供価値を追加</translation>
    </message>
</context>
<context>
    <name>VisionCard</name>
    <message>
        <source>Vision and mission</source>
        <translation>ビジョン・ミッション</translation>
    </message>
    <message>
        <source>V&amp;ision: where the company wants to be</source>
        <translation>ビジョン：会社が目指す姿(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Mission: why it exists, for whom</source>
        <translation>ミッション：誰のために、なぜ存在するか(&amp;M)</translation>
    </message>
    <message>
        <source>e.g. Every factory in our region runs without unplanned downtime</source>
        <translation>例：地域のすべての工場が予期せぬ停止なく稼働している</translation>
    </message>
    <message>
        <source>e.g. Make maintenance predictable for mid-size plants</source>
        <translation>例：中堅工場の保全を予測可能にする</translation>
    </message>
</context>
<context>
    <name>WhatIf</name>
    <message>
        <source>Required: %1</source>
        <extracomment>Units whose figures a table shows bare, the unit named once beside the KPI&apos;s name.</extracomment>
        <translation>必要数：%1</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>達成</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未達</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状況：%1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>目標：%1</translation>
    </message>
</context>
</TS>
