<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>main</name>
    <message>
        <source>⚠ Configuration warnings: %1</source>
        <translation>⚠ 設定の警告: %1</translation>
    </message>
    <message>
        <source>Configuration warnings</source>
        <translation>設定の警告</translation>
    </message>
    <message>
        <source>Watchfloor: operator console for AI dependency health.</source>
        <translation>Watchfloor: AI 依存先の稼働状況を監視するオペレーターコンソール。</translation>
    </message>
    <message>
        <source>Print versions of Watchfloor, Qt, libcurl and SQLite.</source>
        <translation>Watchfloor、Qt、libcurl、SQLite のバージョンを表示します。</translation>
    </message>
    <message>
        <source>Configuration file (YAML). Default: the built-in configuration.</source>
        <translation>設定ファイル (YAML)。既定値: 組み込みの設定。</translation>
    </message>
    <message>
        <source>Directory for the database. Default: the user data directory.</source>
        <translation>データベースのディレクトリ。既定値: ユーザーデータディレクトリ。</translation>
    </message>
    <message>
        <source>viewer (read-only), operator or admin. Overrides the configuration.</source>
        <translation>viewer (読み取り専用)、operator または admin。設定より優先されます。</translation>
    </message>
    <message>
        <source>User interface language (en, de, ja). Default: system locale.</source>
        <translation>ユーザーインターフェースの言語 (en, de, ja)。既定値: システムロケール。</translation>
    </message>
    <message>
        <source>Quit after the given number of milliseconds (smoke tests).</source>
        <translation>指定したミリ秒数の経過後に終了します (スモークテスト用)。</translation>
    </message>
    <message>
        <source>With --exit-after: save a PNG of the main window before quitting.</source>
        <translation>--exit-after と併用: 終了前にメインウィンドウの PNG を保存します。</translation>
    </message>
    <message>
        <source>Drill: replay a scenario (built-in name such as 2026-03-02, or a directory) on a local simulator and watch it live.</source>
        <translation>訓練: シナリオ (2026-03-02 などの組み込み名、またはディレクトリ) をローカルシミュレーターで再生し、ライブで観察します。</translation>
    </message>
    <message>
        <source>With --replay: scenario seconds per real second (60 plays an hour in a minute). Default: 60.</source>
        <translation>--replay と併用: 実時間 1 秒あたりのシナリオ秒数 (60 なら 1 時間を 1 分で再生)。既定値: 60。</translation>
    </message>
    <message>
        <source>Start as the ops-room wall display: fullscreen, read-only (viewer role unless --role is given).</source>
        <translation>運用ルームのウォール表示として起動します: フルスクリーン、読み取り専用 (--role を指定しない限り viewer ロール)。</translation>
    </message>
    <message>
        <source>With --wall: the screen to use, counted from 0. Default: the primary screen.</source>
        <translation>--wall と併用: 使用する画面 (0 から数える)。既定値: プライマリ画面。</translation>
    </message>
    <message>
        <source>--role must be viewer, operator or admin (got &quot;%1&quot;)</source>
        <translation>--role には viewer、operator、admin のいずれかを指定してください (&quot;%1&quot; が指定されました)</translation>
    </message>
    <message>
        <source>--replay builds its own configuration; leave out --config</source>
        <translation>--replay は独自の設定を作成します。--config は指定しないでください</translation>
    </message>
    <message>
        <source>--speed expects a number above 0 and at most 3600</source>
        <translation>--speed には 0 より大きく 3600 以下の数値を指定してください</translation>
    </message>
    <message>
        <source>--speed only applies to --replay</source>
        <translation>--speed は --replay と併用する場合のみ有効です</translation>
    </message>
    <message>
        <source>--screen expects a screen number (0, 1, ...)</source>
        <translation>--screen には画面番号 (0, 1, ...) を指定してください</translation>
    </message>
    <message>
        <source>--screen only applies to --wall</source>
        <translation>--screen は --wall と併用する場合のみ有効です</translation>
    </message>
    <message>
        <source>--exit-after expects milliseconds</source>
        <translation>--exit-after にはミリ秒を指定してください</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>マップ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <source>Probes</source>
        <translation>プローブ</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>ルーティング</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Own probes</source>
        <translation>自前プローブ</translation>
    </message>
    <message>
        <source>%1 (probe)</source>
        <translation>%1 (プローブ)</translation>
    </message>
    <message>
        <source>Dependency map</source>
        <translation>依存関係マップ</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響</translation>
    </message>
    <message>
        <source>The view shown first: map, providers, incidents, probes, timeline, charts or impact. Default: the last one used.</source>
        <translation>最初に表示するビュー: map、providers、incidents、probes、timeline、charts、impact のいずれか。既定: 前回使用したビュー。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Check the audit log's hash chain in the data directory, print the result and exit (1 when a row was edited or deleted).</source>
        <translation>データディレクトリの監査ログのハッシュチェーンを検証し、結果を表示して終了します（行が改ざんまたは削除されていれば 1）。</translation>
    </message>
    <message>
        <source>no database at %1</source>
        <translation>%1 にデータベースがありません</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>cannot read the audit log in %1: %2</source>
        <translation>%1 の監査ログを読み取れません: %2</translation>
    </message>
    <message>
        <source>audit log BROKEN: row %1 was edited, deleted or inserted (%2)</source>
        <translation>監査ログが破損: 行 %1 が変更・削除・挿入されています (%2)</translation>
    </message>
    <message numerus="yes">
        <source>audit log intact: %n row(s) (%1)</source>
        <translation>
            <numerusform>監査ログは正常: %n 行 (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sim</name>
    <message>
        <source>Serves a drill scenario on 127.0.0.1: status-page snapshots on their schedule and fake provider APIs that fail as the scenario scripts. Control: GET /_sim/state, GET|POST /_sim/clock, POST /_sim/reset.</source>
        <translation>127.0.0.1 で訓練シナリオを提供します: スケジュールどおりに切り替わるステータスページのスナップショットと、シナリオの記述どおりに失敗する擬似プロバイダー API。制御: GET /_sim/state、GET|POST /_sim/clock、POST /_sim/reset。</translation>
    </message>
    <message>
        <source>Built-in scenario name, a directory with scenario.yaml, or a scenario file. Default: 2026-03-02.</source>
        <translation>組み込みシナリオ名、scenario.yaml を含むディレクトリ、またはシナリオファイル。既定値: 2026-03-02。</translation>
    </message>
    <message>
        <source>Scenario seconds per real second (60: an hour per minute; 0: frozen, step it with POST /_sim/clock). Default: 1.</source>
        <translation>実時間 1 秒あたりのシナリオ秒数 (60: 1 分で 1 時間、0: 停止、POST /_sim/clock で進める)。既定値: 1。</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (0: any free port). Default: 0.</source>
        <translation>127.0.0.1 上のポート (0: 任意の空きポート)。既定値: 0。</translation>
    </message>
    <message>
        <source>Start the scenario clock here instead of at the scenario start (13:30 or an ISO time).</source>
        <translation>シナリオの開始時刻ではなく、この時刻からシナリオ時計を開始します (13:30 または ISO 形式の時刻)。</translation>
    </message>
    <message>
        <source>List the built-in scenarios and exit.</source>
        <translation>組み込みシナリオを一覧表示して終了します。</translation>
    </message>
    <message>
        <source>Do not print the scenario clock every few seconds.</source>
        <translation>数秒ごとのシナリオ時計の表示を行いません。</translation>
    </message>
    <message>
        <source>--speed expects a number &gt;= 0</source>
        <translation>--speed には 0 以上の数値を指定してください</translation>
    </message>
    <message>
        <source>--port expects 0..65535</source>
        <translation>--port には 0..65535 を指定してください</translation>
    </message>
    <message>
        <source>--at expects 13:30, 13:30:15 or 2026-03-02T13:30:00Z</source>
        <translation>--at には 13:30、13:30:15、2026-03-02T13:30:00Z のような時刻を指定してください</translation>
    </message>
</context>
<context>
    <name>wf::HealthState</name>
    <message>
        <source>Operational</source>
        <translation>正常稼働</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>メンテナンス</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>性能低下</translation>
    </message>
    <message>
        <source>Partial outage</source>
        <translation>部分的障害</translation>
    </message>
    <message>
        <source>Major outage</source>
        <translation>大規模障害</translation>
    </message>
</context>
<context>
    <name>wf::alerts</name>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
</context>
<context>
    <name>wf::alerts::AlertEngine</name>
    <message>
        <source>%1 is %2</source>
        <translation>%1 の状態: %2</translation>
    </message>
    <message>
        <source>%1: %2% of the last %3 checks failed (limit %4%)</source>
        <translation>%1: 直近 %3 回のチェックのうち %2% が失敗 (上限 %4%)</translation>
    </message>
    <message>
        <source>%1: p95 latency %2 ms (limit %3 ms)</source>
        <translation>%1: p95 レイテンシ %2 ms (上限 %3 ms)</translation>
    </message>
    <message>
        <source>%1 fails in our probes while its status page reports no problem</source>
        <translation>%1 は自前プローブで失敗していますが、ステータスページは問題なしと報告しています</translation>
    </message>
    <message>
        <source>%1: the TLS certificate has expired</source>
        <translation>%1: TLS 証明書の有効期限が切れています</translation>
    </message>
    <message>
        <source>%1: the TLS certificate expires in %2 days</source>
        <translation>%1: TLS 証明書の有効期限まであと %2 日</translation>
    </message>
    <message>
        <source>There is no alert %1 (any more).</source>
        <translation>アラート %1 は (もう) 存在しません。</translation>
    </message>
    <message>
        <source>The acknowledgement must last into the future.</source>
        <translation>確認の有効期限は将来の時刻にする必要があります。</translation>
    </message>
    <message>
        <source>Say who acknowledges the alert.</source>
        <translation>アラートを確認する担当者を入力してください。</translation>
    </message>
</context>
<context>
    <name>wf::alerts::DesktopNotifier</name>
    <message>
        <source>%1 alert raised again: %2</source>
        <translation>%1 アラート再発報: %2</translation>
    </message>
    <message>
        <source>%1 alert: %2</source>
        <translation>%1 アラート: %2</translation>
    </message>
    <message>
        <source>Acknowledged: %1</source>
        <translation>確認済み: %1</translation>
    </message>
    <message>
        <source>Recovered: %1</source>
        <translation>復旧: %1</translation>
    </message>
    <message>
        <source>Still firing, not acknowledged: %1</source>
        <translation>継続中・未確認: %1</translation>
    </message>
</context>
<context>
    <name>wf::alerts::Rule</name>
    <message>
        <source>Outage</source>
        <translation>障害</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>性能低下</translation>
    </message>
    <message>
        <source>Failing before the status page says so</source>
        <translation>ステータスページより先に失敗</translation>
    </message>
    <message>
        <source>Certificate expires soon</source>
        <translation>証明書の期限切れが間近</translation>
    </message>
</context>
<context>
    <name>wf::alerts::WebhookNotifier</name>
    <message>
        <source>[%1] raised again</source>
        <translation>[%1] 再発報</translation>
    </message>
    <message>
        <source>[%1]</source>
        <translation>[%1]</translation>
    </message>
    <message>
        <source>[Acknowledged by %1]</source>
        <translation>[%1 が確認済み]</translation>
    </message>
    <message>
        <source>[Recovered]</source>
        <translation>[復旧]</translation>
    </message>
    <message>
        <source>(dependent alerts suppressed: %1)</source>
        <translation>(依存アラートを抑制: %1)</translation>
    </message>
    <message>
        <source>Watchfloor test notification: %1</source>
        <translation>Watchfloor テスト通知: %1</translation>
    </message>
    <message>
        <source>Watchfloor · rule %1 · node %2 · since %3</source>
        <translation>Watchfloor · ルール %1 · ノード %2 · %3 から</translation>
    </message>
    <message>
        <source>This is a test from the Watchfloor alerts panel; nothing is wrong.</source>
        <translation>これは Watchfloor のアラートパネルからのテストです。問題は発生していません。</translation>
    </message>
    <message>
        <source>routing key %1: %2</source>
        <translation>ルーティングキー %1: %2</translation>
    </message>
    <message>
        <source>URL %1: %2</source>
        <translation>URL %1: %2</translation>
    </message>
    <message>
        <source>token %1: %2</source>
        <translation>トークン %1: %2</translation>
    </message>
    <message>
        <source>delivered (HTTP %1)</source>
        <translation>配信済み (HTTP %1)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message numerus="yes">
        <source>failed after %n attempt(s): %1</source>
        <translation>
            <numerusform>%n 回試行後に失敗: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1] still firing, not acknowledged (reminder %2)</source>
        <translation>[%1] 継続中・未確認（リマインダー %2）</translation>
    </message>
</context>
<context>
    <name>wf::config</name>
    <message>
        <source>expected a secret reference like ${env:NAME} or ${keyring:service/account}; literal secrets are not accepted in configuration</source>
        <translation>${env:NAME} や ${keyring:service/account} のようなシークレット参照が必要です。設定にシークレットを直接記述することはできません</translation>
    </message>
    <message>
        <source>no secret configured</source>
        <translation>シークレットが設定されていません</translation>
    </message>
    <message>
        <source>environment variable %1 is not set</source>
        <translation>環境変数 %1 が設定されていません</translation>
    </message>
    <message>
        <source>keyring reference %1 needs the desktop keyring</source>
        <translation>キーリング参照 %1 にはデスクトップのキーリングが必要です</translation>
    </message>
</context>
<context>
    <name>wf::config::ConfigLoader</name>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>no provider with id &quot;%1&quot;</source>
        <translation>id &quot;%1&quot; のプロバイダーはありません</translation>
    </message>
    <message>
        <source>no gateway with id &quot;%1&quot;</source>
        <translation>id &quot;%1&quot; のゲートウェイはありません</translation>
    </message>
    <message>
        <source>only Caddy gateways take an upstream list; &quot;%1&quot; is %2</source>
        <translation>アップストリームリストを指定できるのは Caddy ゲートウェイのみです。&quot;%1&quot; は %2 です</translation>
    </message>
    <message>
        <source>only LiteLLM gateways take fallbacks; &quot;%1&quot; is %2</source>
        <translation>フォールバックを指定できるのは LiteLLM ゲートウェイのみです。&quot;%1&quot; は %2 です</translation>
    </message>
    <message>
        <source>only HAProxy gateways take a server state; &quot;%1&quot; is %2</source>
        <translation>サーバー状態を指定できるのは HAProxy ゲートウェイのみです。&quot;%1&quot; は %2 です</translation>
    </message>
    <message>
        <source>Caddy gateways take an upstream list, not weights</source>
        <translation>Caddy ゲートウェイには重みではなくアップストリームリストを指定します</translation>
    </message>
    <message>
        <source>is required for %1 gateways</source>
        <translation>%1 ゲートウェイでは必須です</translation>
    </message>
    <message>
        <source>no policy with id &quot;%1&quot;</source>
        <translation>id &quot;%1&quot; のポリシーはありません</translation>
    </message>
</context>
<context>
    <name>wf::config::Reader</name>
    <message>
        <source>expected a mapping of keys to values</source>
        <translation>キーと値のマッピングが必要です</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>不明なキーです (有効なキー: %1)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>必須です</translation>
    </message>
    <message>
        <source>expected a text value</source>
        <translation>テキスト値が必要です</translation>
    </message>
    <message>
        <source>expected a duration like 30s</source>
        <translation>30s のような期間が必要です</translation>
    </message>
    <message>
        <source>expected a size like 512MB or 2GB, got &quot;%1&quot;</source>
        <translation>512MB や 2GB のようなサイズが必要ですが、&quot;%1&quot; が指定されました</translation>
    </message>
    <message>
        <source>must be at least %1 bytes, got &quot;%2&quot;</source>
        <translation>%1 バイト以上である必要がありますが、&quot;%2&quot; が指定されました</translation>
    </message>
    <message>
        <source>expected a duration like 30s, got &quot;%1&quot;</source>
        <translation>30s のような期間が必要ですが、&quot;%1&quot; が指定されました</translation>
    </message>
    <message>
        <source>must be at least %1 ms, got %2 ms</source>
        <translation>%1 ms 以上である必要がありますが、%2 ms が指定されました</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>整数が必要です</translation>
    </message>
    <message>
        <source>must be between %1 and %2, got %3</source>
        <translation>%1 から %2 の範囲である必要がありますが、%3 が指定されました</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true または false が必要です</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>リストが必要です</translation>
    </message>
    <message>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation>%1 のいずれかが必要ですが、&quot;%2&quot; が指定されました</translation>
    </message>
    <message>
        <source>expected an http:// or https:// URL, got &quot;%1&quot;</source>
        <translation>http:// または https:// の URL が必要ですが、&quot;%1&quot; が指定されました</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the built-in catalog; give its feeds: or a feed_note:</source>
        <translation>&quot;%1&quot; は組み込みカタログにありません。feeds: または feed_note: を指定してください</translation>
    </message>
    <message>
        <source>is required for tcp probes</source>
        <translation>tcp プローブでは必須です</translation>
    </message>
    <message>
        <source>is required for llm probes (e.g. ${env:ANTHROPIC_API_KEY})</source>
        <translation>llm プローブでは必須です (例: ${env:ANTHROPIC_API_KEY})</translation>
    </message>
    <message>
        <source>expected unix:/path/to/socket or host:port, got &quot;%1&quot;</source>
        <translation>unix:/path/to/socket または host:port の形式が必要ですが、&quot;%1&quot; が指定されました</translation>
    </message>
    <message>
        <source>is required with state: or weight:</source>
        <translation>state: または weight: を指定する場合は必須です</translation>
    </message>
    <message>
        <source>is required with fallbacks:</source>
        <translation>fallbacks: を指定する場合は必須です</translation>
    </message>
    <message>
        <source>must name at least one upstream</source>
        <translation>アップストリームを少なくとも 1 つ指定する必要があります</translation>
    </message>
    <message>
        <source>changes nothing (give state:, weight:, upstreams: or fallbacks:)</source>
        <translation>何も変更しません (state:、weight:、upstreams:、fallbacks: のいずれかを指定してください)</translation>
    </message>
    <message>
        <source>expected a non-empty list of gateway changes</source>
        <translation>ゲートウェイ変更の空でないリストが必要です</translation>
    </message>
    <message>
        <source>is required for destructive policies (the operator types it to confirm)</source>
        <translation>破壊的なポリシーでは必須です (オペレーターが確認のために入力します)</translation>
    </message>
    <message>
        <source>expected a non-empty list of policy ids</source>
        <translation>ポリシー id の空でないリストが必要です</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>id &quot;%1&quot; が重複しています</translation>
    </message>
    <message>
        <source>expected a date and time like 2026-03-02T10:00:00Z, got &quot;%1&quot;</source>
        <translation>2026-03-02T10:00:00Z のような日時が必要ですが、&quot;%1&quot; が指定されました</translation>
    </message>
    <message>
        <source>must be after from</source>
        <translation>from より後である必要があります</translation>
    </message>
    <message>
        <source>expected an IP address like 127.0.0.1, got &quot;%1&quot;</source>
        <translation>127.0.0.1 のような IP アドレスが必要ですが、&quot;%1&quot; が指定されました</translation>
    </message>
    <message>
        <source>is required for latency_p95 rules (e.g. 2s)</source>
        <translation>latency_p95 ルールでは必須です (例: 2s)</translation>
    </message>
    <message>
        <source>expected a rate between 0 and 1 or a percentage like 20%, got &quot;%1&quot;</source>
        <translation>0 から 1 の比率、または 20% のような百分率が必要ですが、&quot;%1&quot; が指定されました</translation>
    </message>
    <message>
        <source>only error_rate and latency_p95 rules take a threshold</source>
        <translation>しきい値を指定できるのは error_rate と latency_p95 のルールのみです</translation>
    </message>
    <message>
        <source>is required for pagerduty notifiers (e.g. ${env:PD_ROUTING_KEY})</source>
        <translation>pagerduty 通知先では必須です (例: ${env:PD_ROUTING_KEY})</translation>
    </message>
    <message>
        <source>give exactly one of url: or url_secret:</source>
        <translation>url: と url_secret: のどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>only desktop notifiers play sounds</source>
        <translation>サウンドを再生できるのは desktop 通知先のみです</translation>
    </message>
    <message>
        <source>%1:%2: YAML syntax error: %3</source>
        <translation>%1:%2: YAML 構文エラー: %3</translation>
    </message>
    <message>
        <source>must not be shorter than reminder_first</source>
        <translation>reminder_first より短くはできません</translation>
    </message>
    <message>
        <source>is the old name of state_history; give only state_history</source>
        <translation>state_history の旧名です。state_history のみを指定してください</translation>
    </message>
    <message>
        <source>is deprecated; read as state_history (how long node state changes are kept). Rename the key to state_history.</source>
        <translation>は非推奨です。state_history（ノードの状態変化の保持期間）として読み込みます。キー名を state_history に変更してください。</translation>
    </message>
</context>
<context>
    <name>wf::feeds</name>
    <message>
        <source>Feed history: %1 failed: %2</source>
        <translation>フィード履歴: %1 が失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>wf::feeds::AtomRssParser</name>
    <message>
        <source>%1: entry without id or link skipped</source>
        <translation>%1: id またはリンクのないエントリをスキップしました</translation>
    </message>
    <message>
        <source>%1: duplicate entry id %2 skipped</source>
        <translation>%1: 重複したエントリ id %2 をスキップしました</translation>
    </message>
    <message>
        <source>%1: no status found in the entry; kept as closed history</source>
        <translation>%1: エントリにステータスがありません。終了済みの履歴として保持しました</translation>
    </message>
</context>
<context>
    <name>wf::feeds::AwsCurrentEventsParser</name>
    <message>
        <source>Expected the AWS current-events array, got %1</source>
        <translation>AWS current-events の配列が必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation>スカラー値</translation>
    </message>
    <message>
        <source>%1: expected an object, got %2; skipped</source>
        <translation>%1: オブジェクトが必要ですが、%2 でした。スキップしました</translation>
    </message>
    <message>
        <source>%1: event without arn or service skipped</source>
        <translation>%1: arn または service のないイベントをスキップしました</translation>
    </message>
    <message>
        <source>%1: unknown status &quot;%2&quot; read as unknown</source>
        <translation>%1: 不明なステータス &quot;%2&quot; を不明として扱いました</translation>
    </message>
</context>
<context>
    <name>wf::feeds::AwsRssParser</name>
    <message>
        <source>Expected the AWS status RSS, got an Atom feed</source>
        <translation>AWS ステータスの RSS が必要ですが、Atom フィードでした</translation>
    </message>
    <message>
        <source>item %1: unrecognised title prefix, read as unknown</source>
        <translation>項目 %1: タイトルの接頭辞を認識できないため、不明として扱いました</translation>
    </message>
    <message>
        <source>item %1: unreadable pubDate %2</source>
        <translation>項目 %1: pubDate %2 を読み取れません</translation>
    </message>
</context>
<context>
    <name>wf::feeds::AzureRssParser</name>
    <message>
        <source>Expected the Azure Status RSS channel, got &quot;%1&quot;</source>
        <translation>Azure Status の RSS チャンネルが必要ですが、&quot;%1&quot; でした</translation>
    </message>
    <message>
        <source>item without guid or title skipped</source>
        <translation>guid またはタイトルのない項目をスキップしました</translation>
    </message>
</context>
<context>
    <name>wf::feeds::FeedPoller</name>
    <message>
        <source>Timed out after %1 ms (%2)</source>
        <translation>%1 ms でタイムアウトしました (%2)</translation>
    </message>
    <message>
        <source>Body larger than %1 bytes, not parsed (%2)</source>
        <translation>本文が %1 バイトを超えるため解析しませんでした (%2)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>HTTP 304 Not Modified to a request without validators; cached document kept (%1)</source>
        <translation>検証子のないリクエストに HTTP 304 Not Modified が返されました。キャッシュ済みのドキュメントを保持します (%1)</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>%2 から HTTP %1</translation>
    </message>
    <message>
        <source>(Retry-After %1 s)</source>
        <translation>(Retry-After %1 s)</translation>
    </message>
    <message>
        <source>HTTP 404 from %1: incident.io pages do not serve this Statuspage endpoint; poll /api/v2/summary.json, whose incidents are the unresolved ones</source>
        <translation>%1 から HTTP 404: incident.io のページはこの Statuspage エンドポイントを提供していません。未解決のインシデントを含む /api/v2/summary.json を取得してください</translation>
    </message>
    <message>
        <source>Parse error (%1): %2 (%3)</source>
        <translation>解析エラー (%1): %2 (%3)</translation>
    </message>
</context>
<context>
    <name>wf::feeds::GcpParser</name>
    <message>
        <source>Expected the Google Cloud incidents array, got %1</source>
        <translation>Google Cloud のインシデント配列が必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation>スカラー値</translation>
    </message>
    <message>
        <source>%1: expected an object, got %2; skipped</source>
        <translation>%1: オブジェクトが必要ですが、%2 でした。スキップしました</translation>
    </message>
    <message>
        <source>%1: incident without id skipped</source>
        <translation>%1: id のないインシデントをスキップしました</translation>
    </message>
    <message>
        <source>%1: unknown status_impact &quot;%2&quot; read as unknown</source>
        <translation>%1: 不明な status_impact &quot;%2&quot; を不明として扱いました</translation>
    </message>
    <message>
        <source>%1: unreadable end time; treated as closed</source>
        <translation>%1: 終了時刻を読み取れません。終了済みとして扱いました</translation>
    </message>
</context>
<context>
    <name>wf::feeds::IncidentIoParser</name>
    <message>
        <source>Expected an incident.io JSON object</source>
        <translation>incident.io の JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <source>%1: unreadable timestamp %2 ignored</source>
        <translation>%1: 読み取れないタイムスタンプ %2 を無視しました</translation>
    </message>
    <message>
        <source>(untitled incident)</source>
        <translation>(無題のインシデント)</translation>
    </message>
    <message>
        <source>summary.components: expected an array, got %1</source>
        <translation>summary.components: 配列が必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>summary.components: entry without id skipped</source>
        <translation>summary.components: id のないエントリをスキップしました</translation>
    </message>
    <message>
        <source>summary.components: duplicate id %1 skipped</source>
        <translation>summary.components: 重複した id %1 をスキップしました</translation>
    </message>
    <message>
        <source>ongoing_incidents: expected an array, got %1</source>
        <translation>ongoing_incidents: 配列が必要ですが、%1 でした</translation>
    </message>
</context>
<context>
    <name>wf::feeds::StatuspageParser</name>
    <message>
        <source>Expected a Statuspage JSON object, got %1</source>
        <translation>Statuspage の JSON オブジェクトが必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation>スカラー値</translation>
    </message>
    <message>
        <source>%1.%2: unreadable timestamp %3 ignored</source>
        <translation>%1.%2: 読み取れないタイムスタンプ %3 を無視しました</translation>
    </message>
    <message>
        <source>%1: incident %2 has no name</source>
        <translation>%1: インシデント %2 に名前がありません</translation>
    </message>
    <message>
        <source>(untitled incident)</source>
        <translation>(無題のインシデント)</translation>
    </message>
    <message>
        <source>%1: unknown impact &quot;%2&quot; read as unknown</source>
        <translation>%1: 不明な影響度 &quot;%2&quot; を不明として扱いました</translation>
    </message>
    <message>
        <source>%1.incident_updates: expected an array, got %2</source>
        <translation>%1.incident_updates: 配列が必要ですが、%2 でした</translation>
    </message>
    <message>
        <source>%1: expected an object, got %2; skipped</source>
        <translation>%1: オブジェクトが必要ですが、%2 でした。スキップしました</translation>
    </message>
    <message>
        <source>%1: update without id skipped</source>
        <translation>%1: id のない更新をスキップしました</translation>
    </message>
    <message>
        <source>%1: expected an array, got %2; ignored</source>
        <translation>%1: 配列が必要ですが、%2 でした。無視しました</translation>
    </message>
    <message>
        <source>%1: expected an array, got %2</source>
        <translation>%1: 配列が必要ですが、%2 でした</translation>
    </message>
    <message>
        <source>%1: incident without id skipped</source>
        <translation>%1: id のないインシデントをスキップしました</translation>
    </message>
    <message>
        <source>%1: duplicate incident id %2 skipped</source>
        <translation>%1: 重複したインシデント id %2 をスキップしました</translation>
    </message>
    <message>
        <source>Not a Statuspage document: none of status, components, incidents or scheduled_maintenances is present</source>
        <translation>Statuspage のドキュメントではありません: status、components、incidents、scheduled_maintenances のいずれも含まれていません</translation>
    </message>
    <message>
        <source>status.indicator: unknown value &quot;%1&quot; read as unknown</source>
        <translation>status.indicator: 不明な値 &quot;%1&quot; を不明として扱いました</translation>
    </message>
    <message>
        <source>status.indicator: expected a string, got %1; read as unknown</source>
        <translation>status.indicator: 文字列が必要ですが、%1 でした。不明として扱いました</translation>
    </message>
    <message>
        <source>components: expected an array, got %1</source>
        <translation>components: 配列が必要ですが、%1 でした</translation>
    </message>
    <message>
        <source>%1: component without a string id skipped</source>
        <translation>%1: 文字列の id がないコンポーネントをスキップしました</translation>
    </message>
    <message>
        <source>%1: component %2 has no name</source>
        <translation>%1: コンポーネント %2 に名前がありません</translation>
    </message>
    <message>
        <source>%1: status %2 of %3 read as unknown</source>
        <translation>%1: %3 のステータス %2 を不明として扱いました</translation>
    </message>
    <message>
        <source>%1: duplicate component id %2; kept the first entry with the worse status</source>
        <translation>%1: コンポーネント id %2 が重複しています。最初のエントリを、より悪い方のステータスで保持しました</translation>
    </message>
    <message>
        <source>incident: no id</source>
        <translation>incident: id がありません</translation>
    </message>
</context>
<context>
    <name>wf::feeds::XmlFeed</name>
    <message>
        <source>XML with a document type declaration is not accepted for feeds</source>
        <translation>文書型宣言を含む XML はフィードとして受け付けません</translation>
    </message>
    <message>
        <source>Expected an RSS or Atom document, got root element &lt;%1&gt;</source>
        <translation>RSS または Atom のドキュメントが必要ですが、ルート要素は &lt;%1&gt; でした</translation>
    </message>
    <message>
        <source>The feed has more than %1 entries</source>
        <translation>フィードのエントリが %1 件を超えています</translation>
    </message>
    <message>
        <source>Invalid XML at line %1, column %2: %3</source>
        <translation>%1 行 %2 列目の XML が不正です: %3</translation>
    </message>
    <message>
        <source>The XML document has no root element</source>
        <translation>XML ドキュメントにルート要素がありません</translation>
    </message>
</context>
<context>
    <name>wf::feeds::parse</name>
    <message>
        <source>The body is declared UTF-16 but has an odd number of bytes (%1)</source>
        <translation>本文は UTF-16 と宣言されていますが、バイト数が奇数です (%1)</translation>
    </message>
    <message>
        <source>The body is not valid UTF-16</source>
        <translation>本文が有効な UTF-16 ではありません</translation>
    </message>
    <message>
        <source>The server sent an empty body</source>
        <translation>サーバーが空の本文を返しました</translation>
    </message>
    <message>
        <source>The server sent an HTML page (Content-Type %1), not a feed: a login, challenge or error page</source>
        <translation>サーバーがフィードではなく HTML ページ (Content-Type %1) を返しました: ログイン、チャレンジ、またはエラーページです</translation>
    </message>
    <message>
        <source>The body holds only whitespace (%1 bytes)</source>
        <translation>本文が空白文字のみです (%1 バイト)</translation>
    </message>
    <message>
        <source>The server sent an HTML page labelled %1, not a feed</source>
        <translation>サーバーがフィードではなく、%1 とラベル付けされた HTML ページを返しました</translation>
    </message>
    <message>
        <source>(no Content-Type)</source>
        <translation>(Content-Type なし)</translation>
    </message>
    <message>
        <source>The server sent markup (starting with &apos;&lt;&apos;), not JSON</source>
        <translation>サーバーが JSON ではなくマークアップ (&apos;&lt;&apos; で始まる) を返しました</translation>
    </message>
    <message>
        <source>Invalid JSON at byte %1 (line %2, column %3): %4</source>
        <translation>バイト %1 (%2 行 %3 列) の JSON が不正です: %4</translation>
    </message>
    <message>
        <source>The server sent something that is not XML (first byte &apos;%1&apos;)</source>
        <translation>サーバーが XML ではないデータを返しました (先頭バイト &apos;%1&apos;)</translation>
    </message>
</context>
<context>
    <name>wf::gateways::CaddyAdapter</name>
    <message>
        <source>Caddy admin API: ordered reverse_proxy upstreams at %1, guarded by ETag/If-Match</source>
        <translation>Caddy 管理 API: %1 の順序付き reverse_proxy アップストリーム (ETag/If-Match で保護)</translation>
    </message>
    <message>
        <source>%1: Caddy admin API at %2: %3</source>
        <translation>%1: %2 の Caddy 管理 API: %3</translation>
    </message>
    <message>
        <source>%1: Caddy answered %2 for %3: %4</source>
        <translation>%1: Caddy が %3 に対して %2 を返しました: %4</translation>
    </message>
    <message>
        <source>%1: Caddy returned invalid JSON for %2: %3</source>
        <translation>%1: Caddy が %2 に対して不正な JSON を返しました: %3</translation>
    </message>
    <message>
        <source>%1: no reverse_proxy upstreams at %2 (Caddy returned %3)</source>
        <translation>%1: %2 に reverse_proxy アップストリームがありません (Caddy の応答: %3)</translation>
    </message>
    <message>
        <source>%1 manages upstreams at %2 only, not %3</source>
        <translation>%1 が管理するのは %2 のアップストリームのみで、%3 は対象外です</translation>
    </message>
    <message>
        <source>%1: refusing to remove every upstream from %2</source>
        <translation>%1: %2 からすべてのアップストリームを削除することはできません</translation>
    </message>
    <message>
        <source>%1: the Caddy configuration at %2 was changed by someone else since it was read; nothing was changed. Read the current state, preview again and re-apply.</source>
        <translation>%1: %2 の Caddy 設定は読み取り後に他者によって変更されました。何も変更していません。現在の状態を読み取り、再度プレビューしてから適用し直してください。</translation>
    </message>
    <message>
        <source>%1: Caddy refused the admin request (403): %2</source>
        <translation>%1: Caddy が管理リクエストを拒否しました (403): %2</translation>
    </message>
    <message>
        <source>%1: Caddy rejected the change (%2): %3</source>
        <translation>%1: Caddy が変更を拒否しました (%2): %3</translation>
    </message>
</context>
<context>
    <name>wf::gateways::GatewayAdapter</name>
    <message>
        <source>%1: read-back does not match the change; still different: %2</source>
        <translation>%1: 読み戻した状態が変更内容と一致しません。相違点: %2</translation>
    </message>
    <message>
        <source>server state (%1/%2)</source>
        <translation>サーバー状態 (%1/%2)</translation>
    </message>
    <message>
        <source>weights (%1/%2)</source>
        <translation>重み (%1/%2)</translation>
    </message>
    <message>
        <source>upstream lists</source>
        <translation>アップストリームリスト</translation>
    </message>
    <message>
        <source>fallbacks</source>
        <translation>フォールバック</translation>
    </message>
    <message>
        <source>%1 (%2) cannot change: %3</source>
        <translation>%1 (%2) は次を変更できません: %3</translation>
    </message>
    <message>
        <source>%1: unknown gateway kind &quot;%2&quot;</source>
        <translation>%1: 不明なゲートウェイ種別 &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>wf::gateways::GatewayChange</name>
    <message>
        <source>set %1/%2 state %3</source>
        <translation>%1/%2 の状態を %3 に設定</translation>
    </message>
    <message>
        <source>set %1/%2 weight %3</source>
        <translation>%1/%2 の重みを %3 に設定</translation>
    </message>
    <message>
        <source>set %1 upstreams to %2</source>
        <translation>%1 のアップストリームを %2 に設定</translation>
    </message>
    <message>
        <source>delete fallbacks of %1</source>
        <translation>%1 のフォールバックを削除</translation>
    </message>
    <message>
        <source>set fallbacks of %1 to %2</source>
        <translation>%1 のフォールバックを %2 に設定</translation>
    </message>
</context>
<context>
    <name>wf::gateways::GatewayState</name>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>%1: %2 removed</source>
        <translation>%1: %2 を削除</translation>
    </message>
    <message>
        <source>%1: %2 added</source>
        <translation>%1: %2 を追加</translation>
    </message>
    <message>
        <source>%1/%2: state %3 → %4</source>
        <translation>%1/%2: 状態 %3 → %4</translation>
    </message>
    <message>
        <source>%1/%2: weight %3 → %4</source>
        <translation>%1/%2: 重み %3 → %4</translation>
    </message>
    <message>
        <source>%1: order %2 → %3</source>
        <translation>%1: 順序 %2 → %3</translation>
    </message>
    <message>
        <source>%1: fallbacks %2 → %3</source>
        <translation>%1: フォールバック %2 → %3</translation>
    </message>
</context>
<context>
    <name>wf::gateways::HaproxyAdapter</name>
    <message>
        <source>HAProxy runtime API: server state (ready/drain/maint) and weight 0-256; changes are lost on restart unless a server-state-file is used</source>
        <translation>HAProxy ランタイム API: サーバー状態 (ready/drain/maint) と重み 0-256。server-state-file を使用しない限り、変更は再起動時に失われます</translation>
    </message>
    <message>
        <source>unexpected reply to &quot;show servers state&quot;: %1</source>
        <translation>&quot;show servers state&quot; に対する予期しない応答: %1</translation>
    </message>
    <message>
        <source>malformed server line in &quot;show servers state&quot;: %1</source>
        <translation>&quot;show servers state&quot; のサーバー行の形式が不正です: %1</translation>
    </message>
    <message>
        <source>malformed numbers in &quot;show servers state&quot;: %1</source>
        <translation>&quot;show servers state&quot; の数値の形式が不正です: %1</translation>
    </message>
    <message>
        <source>empty reply to &quot;show servers state&quot;</source>
        <translation>&quot;show servers state&quot; に対する応答が空です</translation>
    </message>
    <message>
        <source>server state must be ready, drain or maint, got &quot;%1&quot;</source>
        <translation>サーバー状態は ready、drain、maint のいずれかである必要がありますが、&quot;%1&quot; が指定されました</translation>
    </message>
    <message>
        <source>HAProxy weights are 0 to 256, got %1</source>
        <translation>HAProxy の重みは 0 から 256 ですが、%1 が指定されました</translation>
    </message>
    <message>
        <source>%1 (after %2 of %3 commands had been applied)</source>
        <translation>%1 (%3 件中 %2 件のコマンドが適用された後)</translation>
    </message>
    <message>
        <source>%1: HAProxy refused &quot;%2&quot;: %3</source>
        <translation>%1: HAProxy が &quot;%2&quot; を拒否しました: %3</translation>
    </message>
    <message>
        <source>(after %1 of %2 commands had been applied)</source>
        <translation>(%2 件中 %1 件のコマンドが適用された後)</translation>
    </message>
</context>
<context>
    <name>wf::gateways::HaproxyRuntime</name>
    <message>
        <source>HAProxy runtime API at %1: %2</source>
        <translation>%1 の HAProxy ランタイム API: %2</translation>
    </message>
    <message>
        <source>bad HAProxy runtime address &quot;%1&quot;</source>
        <translation>HAProxy ランタイムのアドレス &quot;%1&quot; が不正です</translation>
    </message>
    <message>
        <source>HAProxy runtime API at %1 did not answer within %2 ms</source>
        <translation>%1 の HAProxy ランタイム API が %2 ms 以内に応答しませんでした</translation>
    </message>
</context>
<context>
    <name>wf::gateways::LiteLlmAdapter</name>
    <message>
        <source>LiteLLM admin API: deployment weights and model-group fallbacks (general)</source>
        <translation>LiteLLM 管理 API: デプロイメントの重みとモデルグループのフォールバック (general)</translation>
    </message>
    <message>
        <source>%1: master key %2: %3</source>
        <translation>%1: マスターキー %2: %3</translation>
    </message>
    <message>
        <source>%1: LiteLLM at %2 (%3): %4</source>
        <translation>%1: %2 の LiteLLM (%3): %4</translation>
    </message>
    <message>
        <source>%1: LiteLLM refused the master key (%2) for %3: %4</source>
        <translation>%1: LiteLLM が %3 に対するマスターキー (%2) を拒否しました: %4</translation>
    </message>
    <message>
        <source>%1: LiteLLM answered %2 for %3: %4</source>
        <translation>%1: LiteLLM が %3 に対して %2 を返しました: %4</translation>
    </message>
    <message>
        <source>%1: GET /model/info did not return {&quot;data&quot;: [...]}</source>
        <translation>%1: GET /model/info が {&quot;data&quot;: [...]} を返しませんでした</translation>
    </message>
    <message>
        <source>weight of %1 (%2) to %3</source>
        <translation>%1 (%2) の重みを %3 に</translation>
    </message>
    <message>
        <source>delete fallbacks of %1</source>
        <translation>%1 のフォールバックを削除</translation>
    </message>
    <message>
        <source>fallbacks of %1 to %2</source>
        <translation>%1 のフォールバックを %2 に</translation>
    </message>
    <message>
        <source>(after %1 of %2 changes had been applied)</source>
        <translation>(%2 件中 %1 件の変更が適用された後)</translation>
    </message>
</context>
<context>
    <name>wf::health::HealthEngine</name>
    <message>
        <source>no store: availability needs the state history</source>
        <translation>ストアがありません: 可用性の算出には状態履歴が必要です</translation>
    </message>
</context>
<context>
    <name>wf::metrics::MetricsServer</name>
    <message>
        <source>cannot listen on %1:%2 for /metrics</source>
        <translation>/metrics 用に %1:%2 で待ち受けできません</translation>
    </message>
</context>
<context>
    <name>wf::metrics::PrometheusSource</name>
    <message>
        <source>not a Prometheus API answer: %1</source>
        <translation>Prometheus API の応答ではありません: %1</translation>
    </message>
    <message>
        <source>query failed: %1 %2</source>
        <translation>クエリが失敗しました: %1 %2</translation>
    </message>
    <message>
        <source>malformed scalar result</source>
        <translation>スカラー結果の形式が不正です</translation>
    </message>
    <message>
        <source>expected an instant vector, got &quot;%1&quot;</source>
        <translation>インスタントベクトルが必要ですが、&quot;%1&quot; でした</translation>
    </message>
    <message>
        <source>malformed sample</source>
        <translation>サンプルの形式が不正です</translation>
    </message>
</context>
<context>
    <name>wf::net::HttpClient</name>
    <message>
        <source>Only http and https URLs are allowed (got &quot;%1&quot;)</source>
        <translation>使用できるのは http と https の URL のみです (指定値: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Response body exceeds the limit of %1 bytes</source>
        <translation>レスポンス本文が上限の %1 バイトを超えています</translation>
    </message>
</context>
<context>
    <name>wf::probes::AuthProbe</name>
    <message>
        <source>front door: </source>
        <translation>フロントドア: </translation>
    </message>
</context>
<context>
    <name>wf::probes::CertificateReader</name>
    <message>
        <source>no TLS handshake within the timeout</source>
        <translation>タイムアウト内に TLS ハンドシェイクが完了しませんでした</translation>
    </message>
</context>
<context>
    <name>wf::probes::Condition</name>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>condition &quot;%1&quot;: %2</source>
        <translation>条件 &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>a JSON path starts with $</source>
        <translation>JSON パスは $ で始まります</translation>
    </message>
    <message>
        <source>json needs a path like $.data[0].id</source>
        <translation>json には $.data[0].id のようなパスが必要です</translation>
    </message>
    <message>
        <source>header needs a header name</source>
        <translation>header にはヘッダー名が必要です</translation>
    </message>
    <message>
        <source>expected &lt;status|latency|json PATH|header NAME|body|cert_expiry&gt; &lt;operator&gt; &lt;value&gt;</source>
        <translation>&lt;status|latency|json PATH|header NAME|body|cert_expiry&gt; &lt;operator&gt; &lt;value&gt; の形式が必要です</translation>
    </message>
    <message>
        <source>exists takes no value</source>
        <translation>exists には値を指定できません</translation>
    </message>
    <message>
        <source>exists applies to json and header only</source>
        <translation>exists は json と header にのみ使用できます</translation>
    </message>
    <message>
        <source>a value is missing after &quot;%1&quot;</source>
        <translation>&quot;%1&quot; の後に値がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a list like [200, 204]</source>
        <translation>&quot;%1&quot; には [200, 204] のようなリストが必要です</translation>
    </message>
    <message>
        <source>cannot read list item &quot;%1&quot;</source>
        <translation>リスト項目 &quot;%1&quot; を読み取れません</translation>
    </message>
    <message>
        <source>the list is empty</source>
        <translation>リストが空です</translation>
    </message>
    <message>
        <source>bad regular expression: %1</source>
        <translation>正規表現が不正です: %1</translation>
    </message>
    <message>
        <source>expected a duration like 800ms or 14d, got &quot;%1&quot;</source>
        <translation>800ms や 14d のような期間が必要ですが、&quot;%1&quot; が指定されました</translation>
    </message>
    <message>
        <source>cannot read value &quot;%1&quot;</source>
        <translation>値 &quot;%1&quot; を読み取れません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; compares numbers; got &quot;%2&quot;</source>
        <translation>&quot;%1&quot; は数値を比較しますが、&quot;%2&quot; が指定されました</translation>
    </message>
    <message>
        <source>expected a number, got &quot;%1&quot;</source>
        <translation>数値が必要ですが、&quot;%1&quot; が指定されました</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(値なし)</translation>
    </message>
    <message>
        <source>(no response)</source>
        <translation>(応答なし)</translation>
    </message>
    <message>
        <source>(no certificate)</source>
        <translation>(証明書なし)</translation>
    </message>
    <message>
        <source>(not JSON: %1)</source>
        <translation>(JSON ではない: %1)</translation>
    </message>
</context>
<context>
    <name>wf::probes::DnsProbe</name>
    <message>
        <source>no answer for %1 within the timeout</source>
        <translation>タイムアウト内に %1 の応答がありませんでした</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
</context>
<context>
    <name>wf::probes::HttpProbe</name>
    <message>
        <source>failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
</context>
<context>
    <name>wf::probes::LlmProbe</name>
    <message>
        <source>an LLM probe needs a model</source>
        <translation>LLM プローブにはモデルが必要です</translation>
    </message>
    <message>
        <source>an LLM probe needs an api_key reference</source>
        <translation>LLM プローブには api_key の参照が必要です</translation>
    </message>
    <message>
        <source>HTTP %1 but the body is not JSON (%2)</source>
        <translation>HTTP %1 ですが、本文が JSON ではありません (%2)</translation>
    </message>
    <message>
        <source>HTTP %1 but not a %2 response</source>
        <translation>HTTP %1 ですが、%2 の応答ではありません</translation>
    </message>
    <message>
        <source>API key %1: %2</source>
        <translation>API キー %1: %2</translation>
    </message>
</context>
<context>
    <name>wf::probes::Outcome</name>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Condition failed</source>
        <translation>条件不成立</translation>
    </message>
    <message>
        <source>Rate limited (429)</source>
        <translation>レート制限 (429)</translation>
    </message>
    <message>
        <source>Overloaded (529)</source>
        <translation>過負荷 (529)</translation>
    </message>
    <message>
        <source>Server error (5xx)</source>
        <translation>サーバーエラー (5xx)</translation>
    </message>
    <message>
        <source>Authentication error (401/403)</source>
        <translation>認証エラー (401/403)</translation>
    </message>
    <message>
        <source>Request rejected (4xx)</source>
        <translation>リクエスト拒否 (4xx)</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>Connection error</source>
        <translation>接続エラー</translation>
    </message>
    <message>
        <source>DNS error</source>
        <translation>DNS エラー</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS エラー</translation>
    </message>
    <message>
        <source>Bad response</source>
        <translation>不正な応答</translation>
    </message>
    <message>
        <source>Configuration error</source>
        <translation>設定エラー</translation>
    </message>
</context>
<context>
    <name>wf::probes::ProbeScheduler</name>
    <message>
        <source>unknown probe kind &quot;%1&quot;</source>
        <translation>不明なプローブ種別 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>own network looks down (all canary probes fail): %1</source>
        <translation>自ネットワークがダウンしているようです (すべてのカナリアプローブが失敗): %1</translation>
    </message>
</context>
<context>
    <name>wf::probes::TcpProbe</name>
    <message>
        <source>connected to %1</source>
        <translation>%1 に接続しました</translation>
    </message>
    <message>
        <source>no connection to %1 within the timeout</source>
        <translation>タイムアウト内に %1 に接続できませんでした</translation>
    </message>
</context>
<context>
    <name>wf::probes::TlsProbe</name>
    <message>
        <source>certificate of %1 expired at %2</source>
        <translation>%1 の証明書は %2 に期限切れになりました</translation>
    </message>
    <message>
        <source>certificate not trusted: %1 (expires %2)</source>
        <translation>証明書が信頼されていません: %1 (有効期限 %2)</translation>
    </message>
    <message>
        <source>certificate expires %1; failed: %2</source>
        <translation>証明書の有効期限 %1。失敗: %2</translation>
    </message>
    <message>
        <source>certificate expires %1</source>
        <translation>証明書の有効期限 %1</translation>
    </message>
</context>
<context>
    <name>wf::reports::CustomerUpdate</name>
    <message>
        <source>running on a backup AI provider; you may notice slower or slightly different responses</source>
        <translation>バックアップの AI プロバイダーで稼働中です。応答が遅くなったり、多少異なったりする場合があります</translation>
    </message>
    <message>
        <source>unavailable or failing for most requests</source>
        <translation>利用できないか、大半のリクエストが失敗しています</translation>
    </message>
    <message>
        <source>failing for some requests</source>
        <translation>一部のリクエストが失敗しています</translation>
    </message>
    <message>
        <source>experiencing elevated errors or slower responses</source>
        <translation>エラーの増加または応答の遅延が発生しています</translation>
    </message>
    <message>
        <source>Service status update - %1</source>
        <translation>サービス状況のお知らせ - %1</translation>
    </message>
    <message>
        <source>All services are operating normally. We continue to monitor our AI providers.</source>
        <translation>すべてのサービスは正常に稼働しています。引き続き AI プロバイダーを監視しています。</translation>
    </message>
    <message>
        <source>We are seeing problems at an upstream AI provider that affect the following services:</source>
        <translation>上流の AI プロバイダーで問題が発生しており、以下のサービスに影響が出ています:</translation>
    </message>
    <message>
        <source>, since %1 (%2)</source>
        <translation>、%1 以降 (%2)</translation>
    </message>
    <message>
        <source>  Cause: an incident at %1.</source>
        <translation>  原因: %1 で発生したインシデント。</translation>
    </message>
    <message>
        <source>  A fallback (%1) is carrying the traffic in the meantime.</source>
        <translation>  現在はフォールバック (%1) がトラフィックを処理しています。</translation>
    </message>
    <message>
        <source>  No fallback is carrying this service at the moment; we are working on restoring it.</source>
        <translation>  現在このサービスを代替するフォールバックはありません。復旧に向けて対応中です。</translation>
    </message>
    <message>
        <source>Our team is monitoring the situation and will switch traffic as needed.</source>
        <translation>担当チームが状況を監視しており、必要に応じてトラフィックを切り替えます。</translation>
    </message>
    <message>
        <source>Next update: by %1, or sooner if the situation changes.</source>
        <translation>次回の更新: %1 まで (状況が変化した場合はそれ以前)。</translation>
    </message>
    <message>
        <source>Exercise only: this update describes a replayed scenario, not the current state of our services.</source>
        <translation>訓練専用：この更新は再生されたシナリオについてのもので、当社サービスの現在の状態ではありません。</translation>
    </message>
</context>
<context>
    <name>wf::reports::IncidentReport</name>
    <message>
        <source>all providers</source>
        <translation>すべてのプロバイダー</translation>
    </message>
    <message>
        <source>Incident report: %1, %2 to %3 UTC</source>
        <translation>インシデントレポート: %1、%2 〜 %3 UTC</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Watchfloor</source>
        <translation>Watchfloor</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>オペレーター</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Detected %1 on %2</source>
        <translation>検知: %1 (%2)</translation>
    </message>
    <message>
        <source> (%1 ahead of the status page)</source>
        <translation> (ステータスページより %1 早い)</translation>
    </message>
    <message>
        <source> (status page still showed no problem)</source>
        <translation> (ステータスページはまだ問題なしと表示)</translation>
    </message>
    <message>
        <source>Status page caught up on %1 (lag %2)</source>
        <translation>ステータスページの反映: %1 (遅れ %2)</translation>
    </message>
    <message>
        <source>%1 recovered after %2</source>
        <translation>%1 は %2 後に復旧</translation>
    </message>
    <message>
        <source> - reason: %1</source>
        <translation> - 理由: %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>wf::reports::ReportBuilder</name>
    <message>
        <source>%1 fallback route to %2</source>
        <translation>%1 から %2 へのフォールバックルート</translation>
    </message>
    <message>
        <source>%1 route to %2</source>
        <translation>%1 から %2 へのルート</translation>
    </message>
    <message>
        <source>probe %1</source>
        <translation>プローブ %1</translation>
    </message>
    <message>
        <source>gateway %1</source>
        <translation>ゲートウェイ %1</translation>
    </message>
    <message>
        <source>Status page: %1 is now %2</source>
        <translation>ステータスページ: %1 が %2 に変化</translation>
    </message>
    <message>
        <source>Status page: %1 first seen as %2</source>
        <translation>ステータスページ: %1 を初めて %2 として確認</translation>
    </message>
    <message>
        <source>status page</source>
        <translation>ステータスページ</translation>
    </message>
    <message>
        <source>Watchfloor</source>
        <translation>Watchfloor</translation>
    </message>
</context>
<context>
    <name>wf::reports::ReportRenderer</name>
    <message>
        <source>no data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Window: %1 to %2. Generated %3.</source>
        <translation>期間: %1 〜 %2。生成日時 %3。</translation>
    </message>
    <message>
        <source>Provider incidents in the window: %1 (%2 status page updates)</source>
        <translation>期間内のプロバイダーインシデント: %1 (ステータスページ更新 %2 件)</translation>
    </message>
    <message>
        <source>Watchfloor detections: %1, of which %2 before the provider&apos;s status page</source>
        <translation>Watchfloor による検知: %1 (うち %2 件はプロバイダーのステータスページより先)</translation>
    </message>
    <message>
        <source>First detection: %1</source>
        <translation>最初の検知: %1</translation>
    </message>
    <message>
        <source>Largest lead over the status page: %1</source>
        <translation>ステータスページに対する最大先行時間: %1</translation>
    </message>
    <message>
        <source>Operator actions: %1</source>
        <translation>オペレーター操作: %1</translation>
    </message>
    <message>
        <source>Longest outage: %1 (%2 in outage)</source>
        <translation>最長の障害: %1 (障害時間 %2)</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Outage = partial or major outage; degraded counts as up; unknown time and maintenance are left out. &quot;Status page&quot; rows use the provider&apos;s own component states, &quot;Watchfloor&quot; rows our own health states.</source>
        <translation>障害 = 部分的障害または大規模障害。性能低下は稼働とみなし、不明な時間とメンテナンスは除外します。「ステータスページ」の行はプロバイダー自身のコンポーネント状態、「Watchfloor」の行は自前のヘルス状態に基づきます。</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Component / node</source>
        <translation>コンポーネント / ノード</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>基準</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>稼働率</translation>
    </message>
    <message>
        <source>Outage minutes</source>
        <translation>障害時間 (分)</translation>
    </message>
    <message>
        <source>MTTR</source>
        <translation>MTTR</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <source>Time (UTC, %1)</source>
        <translation>時刻 (UTC, %1)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Watchfloor detections</source>
        <translation>Watchfloor による検知</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>影響対象</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>検知</translation>
    </message>
    <message>
        <source>Ahead of status page</source>
        <translation>ステータスページより先</translation>
    </message>
    <message>
        <source>Status page showed it</source>
        <translation>ステータスページ反映</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>先行時間</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>復旧</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>最悪の状態</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Operator actions</source>
        <translation>オペレーター操作</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>オペレーター</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>None in this window.</source>
        <translation>この期間にはありません。</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>%1 を置き換えられません</translation>
    </message>
    <message>
        <source>Cannot set the PDF page size</source>
        <translation>PDF のページサイズを設定できません</translation>
    </message>
    <message>
        <source>Could not write the PDF file %1</source>
        <translation>PDF ファイル %1 を書き込めませんでした</translation>
    </message>
    <message>
        <source>Unknown report format &quot;%1&quot;: use .md, .html or .pdf</source>
        <translation>不明なレポート形式 &quot;%1&quot;: .md、.html、.pdf のいずれかを使用してください</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>%1. This report comes from a drill: the data is replayed from a scenario, not a live incident.</source>
        <translation>%1。このレポートは訓練によるものです。データはシナリオの再生であり、実際のインシデントではありません。</translation>
    </message>
</context>
<context>
    <name>wf::routing::RoutingController</name>
    <message>
        <source>no policy or runbook with id &quot;%1&quot;</source>
        <translation>id &quot;%1&quot; のポリシーまたはランブックはありません</translation>
    </message>
    <message>
        <source>policy &quot;%1&quot; needs gateway &quot;%2&quot;, which is not available: %3</source>
        <translation>ポリシー &quot;%1&quot; にはゲートウェイ &quot;%2&quot; が必要ですが、利用できません: %3</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>policy &quot;%1&quot;: %2</source>
        <translation>ポリシー &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>%1: no server %2/%3 in the gateway&apos;s current state</source>
        <translation>%1: ゲートウェイの現在の状態にサーバー %2/%3 がありません</translation>
    </message>
    <message>
        <source>%1: %2/%3 has no weight today; a rollback cannot restore &quot;no weight&quot;</source>
        <translation>%1: %2/%3 には現在重みが設定されていません。ロールバックで &quot;重みなし&quot; の状態には戻せません</translation>
    </message>
    <message>
        <source>%1: %2/%3 will take traffic but the gateway&apos;s health checks mark it DOWN</source>
        <translation>%1: %2/%3 はトラフィックを受けますが、ゲートウェイのヘルスチェックでは DOWN と判定されています</translation>
    </message>
    <message>
        <source>%1: backend %2 keeps no ready server with weight &gt; 0; only backup servers (if any) will serve</source>
        <translation>%1: バックエンド %2 に重み &gt; 0 の ready サーバーが残りません。応答するのはバックアップサーバー (ある場合) のみになります</translation>
    </message>
    <message>
        <source>fallback %1 is unhealthy right now (%2)</source>
        <translation>フォールバック %1 は現在正常ではありません (%2)</translation>
    </message>
    <message>
        <source>health of fallback %1 is unknown</source>
        <translation>フォールバック %1 のヘルス状態は不明です</translation>
    </message>
    <message>
        <source>no adapter for gateway &quot;%1&quot;</source>
        <translation>ゲートウェイ &quot;%1&quot; のアダプターがありません</translation>
    </message>
    <message>
        <source>model behaviour differs: traffic moves from %1 to %2 (output style, tool calling, context limits and refusals may change)</source>
        <translation>モデルの挙動が異なります: トラフィックは %1 から %2 に移ります (出力スタイル、ツール呼び出し、コンテキスト上限、拒否の挙動が変わる可能性があります)</translation>
    </message>
    <message>
        <source>no capacity information for %1: check its rate limits and quota before moving traffic</source>
        <translation>%1 の容量情報がありません: トラフィックを移す前にレート制限とクォータを確認してください</translation>
    </message>
    <message>
        <source>the %1 role cannot change routing; start the console with --role operator</source>
        <translation>%1 ロールではルーティングを変更できません。--role operator でコンソールを起動してください</translation>
    </message>
    <message>
        <source>a reason is required for every routing change</source>
        <translation>ルーティングの変更にはすべて理由が必要です</translation>
    </message>
    <message>
        <source>another routing action is still running</source>
        <translation>別のルーティング操作がまだ実行中です</translation>
    </message>
    <message>
        <source>not every gateway could be read; nothing was changed</source>
        <translation>一部のゲートウェイを読み取れませんでした。何も変更していません</translation>
    </message>
    <message>
        <source>%1 changed since the preview (%2); nothing was changed. Preview again.</source>
        <translation>%1 はプレビュー後に変更されました (%2)。何も変更していません。再度プレビューしてください。</translation>
    </message>
    <message>
        <source>read-back of %1 failed: %2</source>
        <translation>%1 の読み戻しに失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 still differs: %2</source>
        <translation>%1 はまだ異なります: %2</translation>
    </message>
    <message>
        <source>read-back does not match: %1</source>
        <translation>読み戻した状態が一致しません: %1</translation>
    </message>
    <message>
        <source>%1 applied and verified</source>
        <translation>%1 を適用して検証しました</translation>
    </message>
    <message>
        <source>%1 was already in place; nothing changed</source>
        <translation>%1 は既に適用済みです。何も変更していません</translation>
    </message>
    <message>
        <source>verification through %1 failed: %2</source>
        <translation>%1 による検証に失敗しました: %2</translation>
    </message>
    <message>
        <source>Rolled back to the previous state.</source>
        <translation>以前の状態にロールバックしました。</translation>
    </message>
    <message>
        <source>Automatic rollback failed: %1</source>
        <translation>自動ロールバックに失敗しました: %1</translation>
    </message>
    <message>
        <source>the %1 role cannot change routing</source>
        <translation>%1 ロールではルーティングを変更できません</translation>
    </message>
    <message>
        <source>%1 rolled back to the previous state</source>
        <translation>%1 を以前の状態にロールバックしました</translation>
    </message>
    <message>
        <source>rollback of %1 failed: %2</source>
        <translation>%1 のロールバックに失敗しました: %2</translation>
    </message>
    <message>
        <source>%1: every server of %2 is taken out of service; its requests will fail</source>
        <translation>%1: %2 のすべてのサーバーが停止されます。そのリクエストは失敗します</translation>
    </message>
    <message>
        <source>%1 takes all traffic off %2: type &quot;%2&quot; to confirm</source>
        <translation>%1 は %2 からすべてのトラフィックを外します。確認のため「%2」と入力してください</translation>
    </message>
    <message>
        <source>This action could not be written to the audit log (see the log).</source>
        <translation>この操作を監査ログに書き込めませんでした（ログを参照）。</translation>
    </message>
</context>
<context>
    <name>wf::sim::DrillConfig</name>
    <message>
        <source>the scenario has no status feed for this provider</source>
        <translation>このシナリオにはこのプロバイダーのステータスフィードがありません</translation>
    </message>
    <message>
        <source>HAProxy (drill)</source>
        <translation>HAProxy（訓練）</translation>
    </message>
    <message>
        <source>Chat through HAProxy</source>
        <translation>HAProxy 経由のチャット</translation>
    </message>
    <message>
        <source>Chat assistant</source>
        <translation>チャットアシスタント</translation>
    </message>
    <message>
        <source>Chat via %1</source>
        <translation>%1 経由のチャット</translation>
    </message>
    <message>
        <source>%1 failing: move chat to %2</source>
        <translation>%1 の障害: チャットを %2 に切り替え</translation>
    </message>
</context>
<context>
    <name>wf::sim::DrillGateway</name>
    <message>
        <source>haproxy is not installed</source>
        <translation>haproxy がインストールされていません</translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation>一時ディレクトリを作成できません: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>haproxy did not start: %1</source>
        <translation>haproxy が起動しませんでした: %1</translation>
    </message>
    <message>
        <source>haproxy exited: %1</source>
        <translation>haproxy が終了しました: %1</translation>
    </message>
    <message>
        <source>haproxy did not open its admin socket within 5 s</source>
        <translation>haproxy が 5 s 以内に管理ソケットを開きませんでした</translation>
    </message>
</context>
<context>
    <name>wf::sim::DrillSession</name>
    <message>
        <source>scenario time %1 UTC, ×%2</source>
        <translation>シナリオ時刻 %1 UTC、×%2</translation>
    </message>
    <message>
        <source>Routing is read-only in this drill: the scenario has no fallback provider.</source>
        <translation>この訓練ではルーティングは読み取り専用です: シナリオにフォールバックプロバイダーがありません。</translation>
    </message>
    <message>
        <source>Routing is read-only in this drill: haproxy is not installed, so there is no gateway to steer.</source>
        <translation>この訓練ではルーティングは読み取り専用です: haproxy がインストールされていないため、操作できるゲートウェイがありません。</translation>
    </message>
    <message>
        <source>Routing is read-only in this drill: %1</source>
        <translation>この訓練ではルーティングは読み取り専用です: %1</translation>
    </message>
    <message>
        <source>DRILL — reconstruction of %1 from %2</source>
        <translation>訓練 — %2 に基づく %1 の再現</translation>
    </message>
    <message>
        <source>DRILL — %1</source>
        <translation>訓練 — %1</translation>
    </message>
    <message>
        <source>DRILL — %1 (%2)</source>
        <translation>訓練 — %1 (%2)</translation>
    </message>
</context>
<context>
    <name>wf::sim::Reader</name>
    <message>
        <source>expected a mapping of keys to values</source>
        <translation>キーと値のマッピングが必要です</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>不明なキーです (有効なキー: %1)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>必須です</translation>
    </message>
    <message>
        <source>expected a text value</source>
        <translation>テキスト値が必要です</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>リストが必要です</translation>
    </message>
    <message>
        <source>expected a time like 13:40, 13:40:05 or 2026-03-02T13:40:00Z, got &quot;%1&quot;</source>
        <translation>13:40、13:40:05、2026-03-02T13:40:00Z のような時刻が必要ですが、&quot;%1&quot; が指定されました</translation>
    </message>
    <message>
        <source>expected a duration like 800ms, 2s or 5m, got &quot;%1&quot;</source>
        <translation>800ms、2s、5m のような期間が必要ですが、&quot;%1&quot; が指定されました</translation>
    </message>
    <message>
        <source>expected a number, got &quot;%1&quot;</source>
        <translation>数値が必要ですが、&quot;%1&quot; が指定されました</translation>
    </message>
    <message>
        <source>must be between %1 and %2, got %3</source>
        <translation>%1 から %2 の範囲である必要がありますが、%3 が指定されました</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true または false が必要です</translation>
    </message>
    <message>
        <source>must start with /</source>
        <translation>/ で始まる必要があります</translation>
    </message>
    <message>
        <source>must be after &quot;at&quot;</source>
        <translation>&quot;at&quot; より後である必要があります</translation>
    </message>
    <message>
        <source>snapshots must be in time order</source>
        <translation>スナップショットは時刻順に並べる必要があります</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>use lower-case letters, digits, - and _ (it becomes a URL prefix), got &quot;%1&quot;</source>
        <translation>小文字の英字、数字、- と _ を使用してください (URL の接頭辞になります)。指定値: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected anthropic or openai, got &quot;%1&quot;</source>
        <translation>anthropic または openai が必要ですが、&quot;%1&quot; が指定されました</translation>
    </message>
    <message>
        <source>list at least one model</source>
        <translation>モデルを少なくとも 1 つ指定してください</translation>
    </message>
    <message>
        <source>must be after &quot;from&quot;</source>
        <translation>&quot;from&quot; より後である必要があります</translation>
    </message>
    <message>
        <source>no provider with id &quot;%1&quot; in this scenario</source>
        <translation>このシナリオには id &quot;%1&quot; のプロバイダーはありません</translation>
    </message>
    <message>
        <source>paths must start with /, got &quot;%1&quot;</source>
        <translation>パスは / で始まる必要がありますが、&quot;%1&quot; が指定されました</translation>
    </message>
    <message>
        <source>expected HTTP error codes 400..599, got &quot;%1&quot;</source>
        <translation>HTTP エラーコード 400..599 が必要ですが、&quot;%1&quot; が指定されました</translation>
    </message>
    <message>
        <source>at most 120s</source>
        <translation>最大 120s</translation>
    </message>
    <message>
        <source>give a status, a latency or both</source>
        <translation>ステータス、レイテンシ、またはその両方を指定してください</translation>
    </message>
</context>
<context>
    <name>wf::sim::ScenarioLoader</name>
    <message>
        <source>%1:%2: YAML syntax error: %3</source>
        <translation>%1:%2: YAML 構文エラー: %3</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>必須です</translation>
    </message>
    <message>
        <source>must be after start</source>
        <translation>start より後である必要があります</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>id &quot;%1&quot; が重複しています</translation>
    </message>
    <message>
        <source>list at least one provider</source>
        <translation>プロバイダーを少なくとも 1 つ指定してください</translation>
    </message>
    <message>
        <source>no scenario &quot;%1&quot;: not a directory, not a file, and not a built-in scenario (built in: %2)</source>
        <translation>シナリオ &quot;%1&quot; はありません: ディレクトリでもファイルでも組み込みシナリオでもありません (組み込み: %2)</translation>
    </message>
</context>
<context>
    <name>wf::sim::SimServer</name>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>127.0.0.1:%1 で待ち受けできません: %2</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1 for %2: %3</source>
        <translation>%2 用に 127.0.0.1:%1 で待ち受けできません: %3</translation>
    </message>
    <message>
        <source>expected a JSON object like {&quot;set&quot;:&quot;13:40&quot;} or {&quot;advance&quot;:&quot;10m&quot;}</source>
        <translation>{&quot;set&quot;:&quot;13:40&quot;} や {&quot;advance&quot;:&quot;10m&quot;} のような JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (expected set, advance, speed, paused)</source>
        <translation>不明なキー &quot;%1&quot; (有効なキー: set, advance, speed, paused)</translation>
    </message>
    <message>
        <source>speed must be a number &gt;= 0</source>
        <translation>speed は 0 以上の数値である必要があります</translation>
    </message>
    <message>
        <source>set: expected 2026-03-02T13:40:00Z or 13:40[:SS]</source>
        <translation>set: 2026-03-02T13:40:00Z または 13:40[:SS] が必要です</translation>
    </message>
    <message>
        <source>advance: expected a duration like 30s, 10m or 1h</source>
        <translation>advance: 30s、10m、1h のような期間が必要です</translation>
    </message>
    <message>
        <source>control endpoints: GET /_sim/state, GET|POST /_sim/clock, POST /_sim/reset</source>
        <translation>制御エンドポイント: GET /_sim/state、GET|POST /_sim/clock、POST /_sim/reset</translation>
    </message>
</context>
<context>
    <name>wf::store</name>
    <message>
        <source>The check of %1 was stopped before it finished.</source>
        <translation>%1 のチェックは完了前に中止されました。</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, newer than this Watchfloor understands (%3). Use a newer Watchfloor or another data directory.</source>
        <translation>データベース %1 のスキーマバージョンは %2 で、この Watchfloor が対応するバージョン (%3) より新しいです。新しい Watchfloor を使用するか、別のデータディレクトリを指定してください。</translation>
    </message>
    <message>
        <source>Migration to schema version %1 failed: %2</source>
        <translation>スキーマバージョン %1 への移行に失敗しました: %2</translation>
    </message>
    <message>
        <source>could not rename %1 to %2</source>
        <translation>%1 の名前を %2 に変更できませんでした</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1</source>
        <translation>データディレクトリ %1 を作成できません</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2) and %3. Move it away by hand and restart.</source>
        <translation>データベース %1 は破損しています (%2)。また、%3。手動で別の場所に移動してから再起動してください。</translation>
    </message>
    <message>
        <source>The database %1 was damaged (%2). It was kept as %3 and a new, empty database was created.</source>
        <translation>データベース %1 が破損していました (%2)。%3 として保存し、新しい空のデータベースを作成しました。</translation>
    </message>
    <message>
        <source>SQLite refused write-ahead logging for %1 (journal mode is &quot;%2&quot;); is the data directory on a network file system?</source>
        <translation>SQLite が %1 で write-ahead logging を拒否しました (ジャーナルモード &quot;%2&quot;)。データディレクトリがネットワークファイルシステム上にありませんか?</translation>
    </message>
    <message>
        <source>No longer listed as open by the status page.</source>
        <translation>ステータスページで未解決として表示されなくなりました。</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Watchfloor keeps running on it; restart it to keep the damaged file aside and start a new one.</source>
        <translation>データベース %1 が破損しています（%2）。Watchfloor はこのまま動作を続けます。再起動すると破損したファイルを退避し、新しいデータベースを作成します。</translation>
    </message>
</context>
<context>
    <name>wf::ui::AckDialog</name>
    <message>
        <source>Acknowledge alert</source>
        <translation>アラートを確認</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>確認者</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>確認者(&amp;B):</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>What you are doing about it</source>
        <translation>対応内容</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>コメント(&amp;C):</translation>
    </message>
    <message>
        <source>Acknowledge for</source>
        <translation>確認の有効期間</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>有効期間(&amp;F):</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>確認</translation>
    </message>
</context>
<context>
    <name>wf::ui::AlertTray</name>
    <message>
        <source>Watchfloor: no firing alerts</source>
        <translation>Watchfloor: 発報中のアラートなし</translation>
    </message>
    <message>
        <source>Watchfloor: %1</source>
        <translation>Watchfloor: %1</translation>
    </message>
</context>
<context>
    <name>wf::ui::AlertsModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (+%2 suppressed)</source>
        <translation>%1 (+%2 件抑制)</translation>
    </message>
    <message>
        <source>%1 UTC (%2)</source>
        <translation>%1 UTC (%2)</translation>
    </message>
    <message>
        <source>Firing (silenced)</source>
        <translation>発報中 (サイレンス中)</translation>
    </message>
    <message>
        <source>Recovered (silenced)</source>
        <translation>復旧 (サイレンス中)</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>発報中</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>復旧</translation>
    </message>
    <message numerus="yes">
        <source>Not acknowledged (raised %n times)</source>
        <translation>
            <numerusform>未確認 (%n 回発報)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>%1 until %2 UTC</source>
        <translation>%1 (%2 UTC まで)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>発生時刻</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>確認状況</translation>
    </message>
</context>
<context>
    <name>wf::ui::AlertsPanel</name>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>確認(&amp;A)…</translation>
    </message>
    <message>
        <source>Acknowledge the selected alert (Ctrl+K)</source>
        <translation>選択したアラートを確認 (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Silence…</source>
        <translation>サイレンス(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Test webhook</source>
        <translation>Webhook をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>No webhook notifier is configured</source>
        <translation>Webhook 通知先が設定されていません</translation>
    </message>
    <message>
        <source>Send a test notification to every webhook</source>
        <translation>すべての Webhook にテスト通知を送信</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Test to %1: %2</source>
        <translation>%1 へのテスト: %2</translation>
    </message>
    <message>
        <source>Test to %1 failed: %2</source>
        <translation>%1 へのテストに失敗しました: %2</translation>
    </message>
    <message>
        <source>Acknowledged.</source>
        <translation>確認しました。</translation>
    </message>
    <message>
        <source>Silenced %1.</source>
        <translation>%1 をサイレンスしました。</translation>
    </message>
    <message>
        <source>Sending a test notification…</source>
        <translation>テスト通知を送信中…</translation>
    </message>
</context>
<context>
    <name>wf::ui::ChartsPanel</name>
    <message>
        <source>Probe or node</source>
        <translation>プローブまたはノード</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 時間</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 時間</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 日</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 日</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 日</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>error rate %</source>
        <translation>エラー率 %</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>latency (ms)</source>
        <translation>レイテンシ (ms)</translation>
    </message>
    <message>
        <source>error rate (%)</source>
        <translation>エラー率 (%)</translation>
    </message>
    <message>
        <source>Latency and error rate chart</source>
        <translation>レイテンシとエラー率のグラフ</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>Latency of:</source>
        <translation>レイテンシ対象:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>期間:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Availability&lt;/b&gt; (degraded counts as up; maintenance and unknown time excluded)</source>
        <translation>&lt;b&gt;可用性&lt;/b&gt; (性能低下は稼働とみなし、メンテナンスと不明な時間は除外)</translation>
    </message>
    <message>
        <source>%1 (probe, %2)</source>
        <translation>%1 (プローブ、%2)</translation>
    </message>
    <message>
        <source>No probes configured: add probes to the configuration to chart latency.</source>
        <translation>プローブが設定されていません: レイテンシをグラフ化するには設定にプローブを追加してください。</translation>
    </message>
    <message>
        <source>Chart unavailable: %1</source>
        <translation>グラフを表示できません: %1</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>No samples for this probe in the range yet.</source>
        <translation>この期間にはこのプローブのサンプルがまだありません。</translation>
    </message>
    <message>
        <source>%1 samples; where raw results are no longer kept the chart shows the mean and max per hour (per day beyond the hour retention).</source>
        <translation>%1 サンプル。生データが残っていない範囲は、1 時間ごと（時間単位の保持期間を超える範囲は 1 日ごと）の平均と最大を表示します。</translation>
    </message>
    <message>
        <source>%1 samples in %2 buckets.</source>
        <translation>%1 サンプル (%2 バケット)。</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>down %1 min of %2 min observed · %3 incident(s)</source>
        <translation>観測 %2 min 中 %1 min ダウン · インシデント %3 件</translation>
    </message>
    <message>
        <source> · MTTR %1 min</source>
        <translation> · MTTR %1 min</translation>
    </message>
</context>
<context>
    <name>wf::ui::ComponentsModel</name>
    <message>
        <source>Unknown (&quot;%1&quot;)</source>
        <translation>不明 (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>Component id %1</source>
        <translation>コンポーネント id %1</translation>
    </message>
    <message>
        <source>Component (watched)</source>
        <translation>コンポーネント (監視対象)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>wf::ui::ConfirmDialog</name>
    <message>
        <source>Confirm routing change</source>
        <translation>ルーティング変更の確認</translation>
    </message>
    <message>
        <source>Apply &lt;b&gt;%1&lt;/b&gt;? The reason is stored in the audit log with your user name and host.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; を適用しますか? 理由はユーザー名とホスト名とともに監査ログに記録されます。</translation>
    </message>
    <message>
        <source>e.g. Anthropic 529s since 10:02, INC-4711</source>
        <translation>例: 10:02 以降 Anthropic で 529 多発、INC-4711</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <source>This moves &lt;b&gt;all traffic off %1&lt;/b&gt;. Type &lt;b&gt;%1&lt;/b&gt; to confirm.</source>
        <translation>&lt;b&gt;%1 からすべてのトラフィックを移動&lt;/b&gt;します。確認のため &lt;b&gt;%1&lt;/b&gt; と入力してください。</translation>
    </message>
    <message>
        <source>&amp;Target name:</source>
        <translation>対象名(&amp;T):</translation>
    </message>
    <message>
        <source>Apply change</source>
        <translation>変更を適用</translation>
    </message>
</context>
<context>
    <name>wf::ui::FeedsPanel</name>
    <message>
        <source>Open incidents</source>
        <translation>未解決のインシデント</translation>
    </message>
    <message>
        <source>Open and recent</source>
        <translation>未解決と最近のもの</translation>
    </message>
    <message>
        <source>Which incidents</source>
        <translation>表示するインシデント</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>すべてのプロバイダー</translation>
    </message>
    <message>
        <source>Components of provider</source>
        <translation>プロバイダーのコンポーネント</translation>
    </message>
    <message>
        <source>Incidents of provider</source>
        <translation>プロバイダーのインシデント</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Tick the components you depend on: the providers table counts only those.</source>
        <translation>依存しているコンポーネントにチェックを入れてください: プロバイダー表ではそれらのみを集計します。</translation>
    </message>
</context>
<context>
    <name>wf::ui::GatewayStateModel</name>
    <message>
        <source>Changed outside Watchfloor: %1</source>
        <translation>Watchfloor の外で変更されました: %1</translation>
    </message>
    <message>
        <source>⚠ %1 (changed outside Watchfloor)</source>
        <translation>⚠ %1（Watchfloor の外で変更）</translation>
    </message>
    <message>
        <source>Last read failed: %1 (showing the last known state)</source>
        <translation>前回の読み取りに失敗しました: %1 (最後に確認された状態を表示中)</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (古いデータ)</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>ゲートウェイ</translation>
    </message>
    <message>
        <source>Backend / route</source>
        <translation>バックエンド / ルート</translation>
    </message>
    <message>
        <source>Server / upstream</source>
        <translation>サーバー / アップストリーム</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Gateway health</source>
        <translation>ゲートウェイのヘルス状態</translation>
    </message>
</context>
<context>
    <name>wf::ui::HealthWallSource</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>wf::ui::ImpactModel</name>
    <message>
        <source>Tags: %1</source>
        <translation>タグ: %1</translation>
    </message>
    <message>
        <source>Not affected</source>
        <translation>影響なし</translation>
    </message>
    <message>
        <source>Affected: %1</source>
        <translation>影響あり: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>はい: %1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響</translation>
    </message>
    <message>
        <source>Since (UTC)</source>
        <translation>発生時刻 (UTC)</translation>
    </message>
    <message>
        <source>Through provider / model</source>
        <translation>経由プロバイダー / モデル</translation>
    </message>
    <message>
        <source>Fallback carrying traffic</source>
        <translation>トラフィックを処理中のフォールバック</translation>
    </message>
</context>
<context>
    <name>wf::ui::ImpactView</name>
    <message>
        <source>Customer and app impact</source>
        <translation>顧客とアプリへの影響</translation>
    </message>
    <message>
        <source>Customer update text</source>
        <translation>顧客向けお知らせ文</translation>
    </message>
    <message>
        <source>Report window:</source>
        <translation>レポート期間:</translation>
    </message>
    <message>
        <source>Report window</source>
        <translation>レポート期間</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>過去 6 時間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>&amp;Export report...</source>
        <translation>レポートをエクスポート(&amp;E)...</translation>
    </message>
    <message>
        <source>Incident report as Markdown, HTML or PDF: provider updates, Watchfloor detections, operator actions and availability for the window</source>
        <translation>Markdown、HTML、PDF 形式のインシデントレポート: 期間内のプロバイダー更新、Watchfloor による検知、オペレーター操作、可用性</translation>
    </message>
    <message>
        <source>&amp;Copy customer update</source>
        <translation>顧客向けお知らせをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Plain text for customers, without internal hosts, links or secrets</source>
        <translation>顧客向けのプレーンテキスト (内部ホスト、リンク、シークレットを含まない)</translation>
    </message>
    <message>
        <source>No customer or app is affected right now.</source>
        <translation>現在、影響を受けている顧客やアプリはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) affected, %1 on a fallback. Customers: %2</source>
        <translation>
            <numerusform>%n 個のアプリが影響を受けており、%1 個がフォールバックで稼働中。顧客: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>登録なし</translation>
    </message>
    <message>
        <source>Export incident report</source>
        <translation>インシデントレポートのエクスポート</translation>
    </message>
    <message>
        <source>Markdown (*.md);;HTML (*.html);;PDF (*.pdf)</source>
        <translation>Markdown (*.md);;HTML (*.html);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No data store is open</source>
        <translation>データストアが開かれていません</translation>
    </message>
    <message>
        <source>Building report...</source>
        <translation>レポートを作成中...</translation>
    </message>
    <message>
        <source>Could not build the report: %1</source>
        <translation>レポートを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>レポートを %1 に書き込みました</translation>
    </message>
    <message>
        <source>Customer update copied to the clipboard</source>
        <translation>顧客向けお知らせをクリップボードにコピーしました</translation>
    </message>
</context>
<context>
    <name>wf::ui::IncidentsModel</name>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (終了済み)</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未解決</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>終了済み</translation>
    </message>
    <message>
        <source>Incident / update</source>
        <translation>インシデント / 更新</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響</translation>
    </message>
    <message>
        <source>Started / time</source>
        <translation>開始 / 時刻</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>最終更新</translation>
    </message>
</context>
<context>
    <name>wf::ui::LogModel</name>
    <message>
        <source>Debug</source>
        <translation>デバッグ</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>致命的</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>wf::ui::MainWindow</name>
    <message>
        <source>Watchfloor — AI dependency health</source>
        <translation>Watchfloor — AI 依存先の稼働状況</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Go to panel</source>
        <translation>パネルへ移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Wall mode</source>
        <translation>ウォールモード(&amp;W)</translation>
    </message>
    <message>
        <source>Full-screen, read-only display for the ops room (F11 or Escape to leave)</source>
        <translation>運用ルーム向けのフルスクリーン・読み取り専用表示 (F11 または Escape で終了)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Watchfloor</source>
        <translation>Watchfloor について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Role: viewer (read-only)</source>
        <translation>ロール: viewer (読み取り専用)</translation>
    </message>
    <message>
        <source>Role: operator</source>
        <translation>ロール: operator</translation>
    </message>
    <message>
        <source>Role: admin</source>
        <translation>ロール: admin</translation>
    </message>
    <message>
        <source>Opening database…</source>
        <translation>データベースを開いています…</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>データ: %1</translation>
    </message>
    <message>
        <source>SQLite schema version %1, journal mode %2</source>
        <translation>SQLite スキーマバージョン %1、ジャーナルモード %2</translation>
    </message>
    <message>
        <source>Database unavailable: %1</source>
        <translation>データベースを利用できません: %1</translation>
    </message>
    <message>
        <source>About Watchfloor</source>
        <translation>Watchfloor について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Watchfloor %1&lt;/h3&gt;&lt;p&gt;Operator console for AI dependency health: provider status feeds, own probes, dependency map, outage timeline and routing control.&lt;/p&gt;&lt;p&gt;Qt %2 · libcurl %3 · SQLite %4&lt;/p&gt;&lt;p&gt;Configuration: %5&lt;br&gt;Data: %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Watchfloor %1&lt;/h3&gt;&lt;p&gt;AI 依存先の稼働状況を監視するオペレーターコンソール: プロバイダーのステータスフィード、自前プローブ、依存関係マップ、障害タイムライン、ルーティング制御。&lt;/p&gt;&lt;p&gt;Qt %2 · libcurl %3 · SQLite %4&lt;/p&gt;&lt;p&gt;設定: %5&lt;br&gt;データ: %6&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>wf::ui::MapPanel</name>
    <message>
        <source>Find a node (Ctrl+F)</source>
        <translation>ノードを検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a node</source>
        <translation>ノードを検索</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Re-layout</source>
        <translation>再レイアウト</translation>
    </message>
    <message>
        <source>Compute a fresh layout and forget dragged positions</source>
        <translation>レイアウトを再計算し、ドラッグした位置を破棄</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Select a node to see its blast radius.</source>
        <translation>ノードを選択すると影響範囲を表示します。</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>影響範囲</translation>
    </message>
    <message>
        <source>No node matches &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; に一致するノードはありません。</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>マップのエクスポート</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 を書き込めませんでした</translation>
    </message>
    <message>
        <source>Computing layout for %1 nodes…</source>
        <translation>%1 ノードのレイアウトを計算中…</translation>
    </message>
    <message>
        <source>%1 nodes, %2 edges · layout %3 in %4 ms</source>
        <translation>%1 ノード、%2 エッジ · レイアウト %3 (%4 ms)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%n dependent node(s) · %2 app(s) · %3 customer(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;依存ノード %n 個 · アプリ %2 個 · 顧客 %3 件</numerusform>
        </translation>
    </message>
    <message>
        <source>App: %1</source>
        <translation>アプリ: %1</translation>
    </message>
    <message>
        <source>Customer: %1</source>
        <translation>顧客: %1</translation>
    </message>
</context>
<context>
    <name>wf::ui::MapView</name>
    <message>
        <source>Dependency map</source>
        <translation>依存関係マップ</translation>
    </message>
</context>
<context>
    <name>wf::ui::NodeDetailPanel</name>
    <message>
        <source>Actions available</source>
        <translation>実行できる操作</translation>
    </message>
    <message>
        <source>Acknowledged from the node details</source>
        <translation>ノード詳細から確認済み</translation>
    </message>
    <message>
        <source>Own result</source>
        <translation>自身の結果</translation>
    </message>
    <message>
        <source>last result %1: %2</source>
        <translation>最新の結果 %1: %2</translation>
    </message>
    <message>
        <source>condition &lt;b&gt;%1&lt;/b&gt; failed (was %2)</source>
        <translation>条件 &lt;b&gt;%1&lt;/b&gt; を満たしていません（実際は %2）</translation>
    </message>
    <message>
        <source>Status page: &lt;b&gt;%1&lt;/b&gt; (%2), since %3</source>
        <translation>ステータスページ: &lt;b&gt;%1&lt;/b&gt;（%2）、%3 から</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>%1 → %2: %3 % of the traffic (%4)</source>
        <translation>%1 → %2: トラフィックの %3 %（%4）</translation>
    </message>
    <message>
        <source>read back from the gateway</source>
        <translation>ゲートウェイから読み戻し</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>設定値</translation>
    </message>
    <message>
        <source>%1 → %2: configured weight %3</source>
        <translation>%1 → %2: 設定された重み %3</translation>
    </message>
    <message>
        <source>%1 %2/%3: %4, weight %5</source>
        <translation>%1 %2/%3: %4、重み %5</translation>
    </message>
    <message>
        <source>%1 not read yet</source>
        <translation>%1 はまだ読み取られていません</translation>
    </message>
    <message>
        <source>Routing now</source>
        <translation>現在のルーティング</translation>
    </message>
    <message>
        <source>Preview policy: %1</source>
        <translation>ポリシーをプレビュー: %1</translation>
    </message>
    <message>
        <source>Preview runbook: %1</source>
        <translation>ランブックをプレビュー: %1</translation>
    </message>
    <message>
        <source>Acknowledge alert: %1</source>
        <translation>アラートを確認: %1</translation>
    </message>
    <message>
        <source>No node selected</source>
        <translation>ノードが選択されていません</translation>
    </message>
    <message>
        <source>Node details</source>
        <translation>ノードの詳細</translation>
    </message>
    <message>
        <source>Latency, last 2 hours</source>
        <translation>レイテンシ (過去 2 時間)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a node on the map to see its state, why it is in that state, and who depends on it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;マップ上のノードを選択すると、その状態、その状態である理由、依存しているものを表示します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;stale&lt;/b&gt;: no fresh data</source>
        <translation>&lt;b&gt;古いデータ&lt;/b&gt;: 新しいデータがありません</translation>
    </message>
    <message>
        <source>&lt;b&gt;flapping&lt;/b&gt;</source>
        <translation>&lt;b&gt;フラッピング&lt;/b&gt;</translation>
    </message>
    <message>
        <source>probe</source>
        <translation>プローブ</translation>
    </message>
    <message>
        <source>front-door probe</source>
        <translation>フロントドアプローブ</translation>
    </message>
    <message>
        <source>status page component</source>
        <translation>ステータスページのコンポーネント</translation>
    </message>
    <message>
        <source>gateway</source>
        <translation>ゲートウェイ</translation>
    </message>
    <message>
        <source>target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>fallback route</source>
        <translation>フォールバックルート</translation>
    </message>
    <message>
        <source>route</source>
        <translation>ルート</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>&lt;p&gt;Measured directly; nothing below it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;直接計測しています。下位の依存先はありません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>過去 5 分間</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 results · error rate %2 % · latency p50 %3 ms · p95 %4 ms · p99 %5 ms&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 件の結果 · エラー率 %2 % · レイテンシ p50 %3 ms · p95 %4 ms · p99 %5 ms&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Detected %1 on %2</source>
        <translation>検知: %1 (%2)</translation>
    </message>
    <message>
        <source> — &lt;b&gt;ahead of the status page&lt;/b&gt;</source>
        <translation> — &lt;b&gt;ステータスページより先&lt;/b&gt;</translation>
    </message>
    <message>
        <source>; status page acknowledged %1 (lag %2 min)</source>
        <translation>、ステータスページの認識: %1 (遅れ %2 min)</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>未解決のインシデント</translation>
    </message>
    <message>
        <source>&lt;p&gt;None.&lt;/p&gt;</source>
        <translation>&lt;p&gt;なし。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (weight %2%3)</source>
        <translation>%1 (重み %2%3)</translation>
    </message>
    <message>
        <source>, fallback</source>
        <translation>、フォールバック</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>ルーティング</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>影響範囲</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n app(s): %1&lt;br&gt;Customers: %2&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;アプリ %n 個: %1&lt;br&gt;顧客: %2&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>wf::ui::NodeItem</name>
    <message>
        <source>DRIFT</source>
        <translation>外部変更</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>ROUTE</source>
        <translation>ルート</translation>
    </message>
    <message>
        <source>GATEWAY</source>
        <translation>ゲートウェイ</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>STATUS PAGE</source>
        <translation>ステータスページ</translation>
    </message>
    <message>
        <source>PROBE</source>
        <translation>プローブ</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>インシデント %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>AHEAD</source>
        <translation>先行</translation>
    </message>
    <message>
        <source>ROUTED</source>
        <translation>迂回中</translation>
    </message>
    <message>
        <source>MAINT</source>
        <translation>保守</translation>
    </message>
    <message>
        <source>FLAP</source>
        <translation>フラップ</translation>
    </message>
    <message>
        <source>STALE</source>
        <translation>古いデータ</translation>
    </message>
</context>
<context>
    <name>wf::ui::PreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>プレビュー: %1</translation>
    </message>
    <message>
        <source>runbook</source>
        <translation>ランブック</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Changes per gateway (current → new):</source>
        <translation>ゲートウェイごとの変更 (現在 → 変更後):</translation>
    </message>
    <message>
        <source>%1: could not be read: %2</source>
        <translation>%1: 読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>%1: already in place, nothing to change</source>
        <translation>%1: 既に適用済みのため、変更はありません</translation>
    </message>
    <message>
        <source>Blast radius: no configured app is moved.</source>
        <translation>影響範囲: 移動する設定済みアプリはありません。</translation>
    </message>
    <message>
        <source>Blast radius: apps %1; customers %2.</source>
        <translation>影響範囲: アプリ %1、顧客 %2。</translation>
    </message>
    <message>
        <source>(none listed)</source>
        <translation>(登録なし)</translation>
    </message>
    <message>
        <source>Fallback %1 health now: %2.</source>
        <translation>フォールバック %1 の現在のヘルス状態: %2。</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>続行…</translation>
    </message>
    <message>
        <source>Everything is already in place; applying would change nothing.</source>
        <translation>すべて適用済みです。適用しても何も変更されません。</translation>
    </message>
</context>
<context>
    <name>wf::ui::ProbesModel</name>
    <message>
        <source>Probe</source>
        <translation>プローブ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>レイテンシ</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>LLM budget / h</source>
        <translation>LLM 予算 / h</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>最新の結果</translation>
    </message>
    <message>
        <source>✓ %1 (%2)</source>
        <translation>✓ %1 (%2)</translation>
    </message>
    <message>
        <source>✗ %1 (%2)</source>
        <translation>✗ %1 (%2)</translation>
    </message>
    <message>
        <source>%1 requests in the last hour for %2; at most %3</source>
        <translation>%2 に対する過去 1 時間のリクエスト %1 件 (上限 %3)</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 (%2 経由)</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (古いデータ)</translation>
    </message>
    <message>
        <source>%1 (flapping)</source>
        <translation>%1 (フラッピング)</translation>
    </message>
    <message>
        <source>%1 (own network down)</source>
        <translation>%1 (自ネットワークがダウン)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1/%2 (paused)</source>
        <translation>%1/%2 (一時停止中)</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
</context>
<context>
    <name>wf::ui::ProbesPanel</name>
    <message>
        <source>Probes</source>
        <translation>プローブ</translation>
    </message>
    <message>
        <source>No canary probe configured: failures cannot be told apart from an outage of our own network (set canary: true on a probe of a stable target).</source>
        <translation>カナリアプローブが設定されていません: 失敗と自ネットワークの障害を区別できません (安定したターゲットのプローブに canary: true を設定してください)。</translation>
    </message>
    <message>
        <source>Own connectivity: OK (canary probes answer).</source>
        <translation>自ネットワークの接続性: OK (カナリアプローブが応答)。</translation>
    </message>
    <message>
        <source>Own connectivity: DOWN — every canary probe fails. Probe failures are shown as Unknown, not blamed on providers.</source>
        <translation>自ネットワークの接続性: DOWN — すべてのカナリアプローブが失敗しています。プローブの失敗はプロバイダーの責任とせず、不明として表示します。</translation>
    </message>
</context>
<context>
    <name>wf::ui::ProvidersModel</name>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1 s 前</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 min 前</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 h 前</translation>
    </message>
    <message>
        <source>No feed</source>
        <translation>フィードなし</translation>
    </message>
    <message>
        <source>Awaiting first poll</source>
        <translation>初回ポーリング待ち</translation>
    </message>
    <message>
        <source>(stale)</source>
        <translation>(古いデータ)</translation>
    </message>
    <message>
        <source>%1 of %2 affected</source>
        <translation>%2 件中 %1 件に影響</translation>
    </message>
    <message>
        <source>%1 all operational</source>
        <translation>%1: すべて正常稼働</translation>
    </message>
    <message>
        <source>Watching: %1</source>
        <translation>監視対象: %1</translation>
    </message>
    <message>
        <source>No good poll for more than three intervals; showing the last known state</source>
        <translation>3 間隔を超えて正常なポーリングがありません。最後に確認された状態を表示しています</translation>
    </message>
    <message numerus="yes">
        <source>%n tolerated defect(s) in the last document (see the log)</source>
        <translation>
            <numerusform>直近のドキュメントに許容された不備が %n 件あります (ログを参照)</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>未解決のインシデント</translation>
    </message>
    <message>
        <source>Last good poll</source>
        <translation>最終正常ポーリング</translation>
    </message>
    <message>
        <source>Source / last error</source>
        <translation>ソース / 最新のエラー</translation>
    </message>
</context>
<context>
    <name>wf::ui::RoutingPanel</name>
    <message>
        <source>Gateway routing state</source>
        <translation>ゲートウェイのルーティング状態</translation>
    </message>
    <message>
        <source>Policies and runbooks:</source>
        <translation>ポリシーとランブック:</translation>
    </message>
    <message>
        <source>Routing policies and runbooks</source>
        <translation>ルーティングポリシーとランブック</translation>
    </message>
    <message>
        <source>▶ Runbook: %1</source>
        <translation>▶ ランブック: %1</translation>
    </message>
    <message>
        <source>Policy: %1 (destructive)</source>
        <translation>ポリシー: %1 (破壊的)</translation>
    </message>
    <message>
        <source>Policy: %1</source>
        <translation>ポリシー: %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>プレビュー(&amp;P)…</translation>
    </message>
    <message>
        <source>Roll &amp;back last change</source>
        <translation>最後の変更をロールバック(&amp;B)</translation>
    </message>
    <message>
        <source>External change on %1 (not made by Watchfloor): %2</source>
        <translation>%1 で外部からの変更 (Watchfloor 以外による): %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reading gateways for %1…</source>
        <translation>%1 のゲートウェイを読み取り中…</translation>
    </message>
    <message>
        <source>Preview of %1 ready.</source>
        <translation>%1 のプレビューの準備ができました。</translation>
    </message>
    <message>
        <source>Applying %1…</source>
        <translation>%1 を適用中…</translation>
    </message>
    <message>
        <source>Use &quot;Roll back last change&quot; to restore the previous state.</source>
        <translation>以前の状態に戻すには「最後の変更をロールバック」を使用してください。</translation>
    </message>
    <message>
        <source>roll back %1</source>
        <translation>%1 をロールバック</translation>
    </message>
</context>
<context>
    <name>wf::ui::SilenceDialog</name>
    <message>
        <source>Silence alerts</source>
        <translation>アラートをサイレンス</translation>
    </message>
    <message>
        <source>Nodes to silence</source>
        <translation>サイレンスするノード</translation>
    </message>
    <message>
        <source>Node ids or patterns, separated by commas, e.g. provider:openai, model:openai/*</source>
        <translation>ノード id またはパターン (カンマ区切り)。例: provider:openai, model:openai/*</translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation>ノード(&amp;N):</translation>
    </message>
    <message>
        <source>Silence for</source>
        <translation>サイレンス期間</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>有効期間(&amp;F):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>e.g. planned maintenance</source>
        <translation>例: 計画メンテナンス</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <source>Silence</source>
        <translation>サイレンス</translation>
    </message>
</context>
<context>
    <name>wf::ui::Sparkline</name>
    <message>
        <source>Recent latency</source>
        <translation>最近のレイテンシ</translation>
    </message>
    <message>
        <source>No latency samples yet</source>
        <translation>レイテンシのサンプルはまだありません</translation>
    </message>
    <message>
        <source>last %1 ms · p95 %2 ms · max %3 ms</source>
        <translation>最新 %1 ms · p95 %2 ms · 最大 %3 ms</translation>
    </message>
</context>
<context>
    <name>wf::ui::Theme</name>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>ハイコントラスト</translation>
    </message>
</context>
<context>
    <name>wf::ui::TimelineCanvas</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Outage timeline</source>
        <translation>障害タイムライン</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>time axis: QDateTime format of a day</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>No observations in this range yet.</source>
        <translation>この期間の観測データはまだありません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — operator action&lt;/b&gt;&lt;br&gt;%2 on %3 by %4: %5 (%6)</source>
        <translation>&lt;b&gt;%1 — オペレーター操作&lt;/b&gt;&lt;br&gt;%4 による %3 への %2: %5 (%6)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 on %3 by %4&lt;br&gt;Reason: %5&lt;br&gt;Result: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%4 による %3 への %2&lt;br&gt;理由: %5&lt;br&gt;結果: %6</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3&lt;br&gt;%4 → %5 (%6)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 %3&lt;br&gt;%4 → %5 (%6)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>%1: no data at %2</source>
        <translation>%1: %2 のデータなし</translation>
    </message>
</context>
<context>
    <name>wf::ui::TimelinePanel</name>
    <message>
        <source>1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 時間</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 時間</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 日</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 日</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 日</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>Follow the clock; panning into the past turns this off</source>
        <translation>現在時刻に追従 (過去にパンするとオフになります)</translation>
    </message>
    <message>
        <source>Jump to incident</source>
        <translation>インシデントへ移動</translation>
    </message>
    <message>
        <source>Filter lanes</source>
        <translation>レーンを絞り込み</translation>
    </message>
    <message>
        <source>Filter lanes (provider, component, probe)</source>
        <translation>レーンを絞り込み (プロバイダー、コンポーネント、プローブ)</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Export the timeline as an image</source>
        <translation>タイムラインを画像としてエクスポート</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Export the visible range as CSV</source>
        <translation>表示範囲を CSV としてエクスポート</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>期間:</translation>
    </message>
    <message>
        <source>Incident:</source>
        <translation>インシデント:</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>タイムラインのエクスポート</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 を書き込めませんでした</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 lanes · %2 incident updates · %3 operator actions · loaded in %4 ms</source>
        <translation>%1 レーン · インシデント更新 %2 件 · オペレーター操作 %3 件 · 読み込み %4 ms</translation>
    </message>
    <message>
        <source>Timeline unavailable: %1</source>
        <translation>タイムラインを表示できません: %1</translation>
    </message>
    <message>
        <source>No incidents in 90 days</source>
        <translation>過去 90 日間のインシデントなし</translation>
    </message>
    <message>
        <source>Jump to…</source>
        <translation>移動…</translation>
    </message>
</context>
<context>
    <name>wf::ui::WallMapPage</name>
    <message>
        <source>Dependency map</source>
        <translation>依存関係マップ</translation>
    </message>
</context>
<context>
    <name>wf::ui::WallTile</name>
    <message>
        <source>%1 · NO FRESH DATA</source>
        <translation>%1 · 新しいデータなし</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>wf::ui::WallView</name>
    <message>
        <source>Wall display</source>
        <translation>ウォール表示</translation>
    </message>
    <message>
        <source>WATCHFLOOR</source>
        <translation>WATCHFLOOR</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>%1 継続</translation>
    </message>
    <message>
        <source>for ≥ %1</source>
        <translation>≥ %1 継続</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Status %1/%2</source>
        <translation>ステータス %1/%2</translation>
    </message>
    <message>
        <source>Open incident: %1 — %2 %3 for %4</source>
        <translation>未解決のインシデント: %1 — %2 %3 (%4 継続)</translation>
    </message>
    <message>
        <source> (seen before the status page)</source>
        <translation> (ステータスページより先に検知)</translation>
    </message>
    <message>
        <source>No open incident</source>
        <translation>未解決のインシデントなし</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 ほか %2 件</translation>
    </message>
    <message>
        <source>⚠ STALE DATA — no fresh updates from %1. States shown may be out of date.</source>
        <translation>⚠ 古いデータ — %1 から新しい更新がありません。表示中の状態は最新でない可能性があります。</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>next in %1 s</source>
        <translation>次回まで %1 s</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>%1 — replayed data, not a live incident</source>
        <translation>%1 — 再生データであり、実際のインシデントではありません</translation>
    </message>
</context>
<context>
    <name>wf::ui::WallWindow</name>
    <message>
        <source>Watchfloor wall</source>
        <translation>Watchfloor ウォール</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>マップ</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
</context>
<context>
    <name>wf::GatewayVerifier</name>
    <message>
        <source>the console is shutting down</source>
        <translation>コンソールを終了しています</translation>
    </message>
    <message>
        <source>%1 cannot run: %2</source>
        <translation>%1 を実行できません: %2</translation>
    </message>
    <message>
        <source>%1 gave no result in time</source>
        <translation>%1 の結果が時間内に得られませんでした</translation>
    </message>
    <message>
        <source>probe %1: %2</source>
        <translation>プローブ %1: %2</translation>
    </message>
</context>
<context>
    <name>wf::ui::FilterBar</name>
    <message>
        <source>Provider filter</source>
        <translation>プロバイダーフィルター</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>状態フィルター</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>問題のみ</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>タグフィルター</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>すべてのプロバイダー</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
</context>
</TS>
