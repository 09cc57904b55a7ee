## omsgate のメッセージ（日本語）。原文は en.ftl（英語）。
## IDs: help-* the command line's help (mirrors the doc comments in src/cli/mod.rs);
## the rest are built in code with msg!/t! and say what the code is doing.

help-ui =
    .usage = 使用法:
    .options = オプション
    .arguments = 引数
    .commands = コマンド
    .help = ヘルプを表示します（'--help' で詳細を表示）
    .help-long = ヘルプを表示します（'-h' で概要を表示）
    .version = バージョンを表示します
    .help-command = このメッセージ、または指定したサブコマンドのヘルプを表示します
help-possible-values = 指定可能な値：{ $values }
help-default = 既定値：{ $value }


## Config errors: what `check`, `run` and every edit say about a value that cannot run (config-*).

## Edits of the config and what they print: config get/set/unset/keys, allowed-host,
## allowed-client-cert, relay-proxy, agent-user, reload; `check`'s report (edit-*).

## What the policy decides and why: explain, allowed-host suggest (explain-*).

## The running gateways: status, top, drain (status-*).

## Writing a config: init's questions, import-oms (setup-*).

## The command line's errors (clap's, in the operator's language) (args-*).

## The command line's help: mirrors the doc comments of src/cli/mod.rs (a test keeps them equal).
help-omsgate = 隔離されたネットワーク上の監視エージェント向けの、許可リスト方式の HTTP CONNECT ゲートウェイ
    .config = 構成ファイル（既定は /etc/omsgate/omsgate.toml。存在しない場合は組み込みの既定構成）
    .lang = omsgate の出力に使う言語（de, fr, ja, pt-BR, zh-Hant, …。既定値は OMSGATE_LANG、LC_ALL、LC_MESSAGES、LANG から決定）。ログとメトリックは英語のままです
help-run = ゲートウェイを実行します（既定の動作）
help-check = 構成を検証し、実際に適用される設定を表示します。終了ステータスは有効なら 0、無効なら 2
    .service-user = root で実行した状態で、構成で指定されたファイルをこのユーザー（サービスの実行ユーザー）が読み取れない場合に警告します
help-config = 設定を読み取り、または変更します（Get/Set-OMSGatewayConfig）
help-config-get = すべてのキーの値（既定値を補完）、または 1 つのキーの値を表示します
    .output = `text`（TOML の値）または `json`
help-config-keys = キーの一覧を表示します：型、既定値、再読み込みで反映されるかどうか、意味
    .markdown = README の Markdown 表の形式で出力します
help-config-set = キーを設定します（リストは a,b または TOML 配列で指定）。書き込む前に検証されます
help-config-unset = キーをファイルから削除し、既定値が適用されるようにします
help-allowed-host = 許可する接続先を一覧表示、追加、削除します（*-OMSGatewayAllowedHost）
help-allowed-host-list = ファイルに構成されたホスト。--all：既定のものを含め、有効なすべてのエントリ
help-allowed-host-add = ホストを許可します：名前、*.suffix、IP リテラル、またはそのいずれかを entry:PORT の形式で指定
help-allowed-host-remove = ホストの許可を取り消します（一覧に表示されたとおりに指定）
help-allowed-host-suggest = レポート モードでのロールアウト後に使用：JSON ログの would-deny イベントから、許可リストが拒否していたはずの接続を許可するための正確なエントリを示します（`-`：標準入力）
help-allowed-client-cert = 許可するクライアント証明書のサブジェクトを一覧表示、追加、削除します（*-OMSGatewayAllowedClientCertificate）
help-allowed-client-cert-list = 許可されたサブジェクト
help-allowed-client-cert-add = サブジェクトを許可します：完全な DN または CN=...
help-allowed-client-cert-remove = サブジェクトの許可を取り消します（一覧に表示されたとおりに指定）
help-relay-proxy = リレー（アップストリーム）プロキシを表示、設定、クリアします（*-OMSGatewayRelayProxy）
help-relay-proxy-get = リレー プロキシと、それらを選択するルールを表示します（パスワードは表示されません）
help-relay-proxy-set = トンネルを 1 つのリレー http[s]://HOST:PORT 経由で送信します（既存のリストは置き換えられます）
    .address = リレー プロキシ。http://HOST:PORT（または HOST:PORT、[IPv6]:PORT）
    .username = リレーの Basic 認証ユーザー（不要なら省略。`add` では URL 内の USER@ も指定可能）
    .password-stdin = パスワードを標準入力から読み取ります（構成ファイルと同じ場所に保存：モード 0640、構成ファイルのグループ）
    .password-file = パスワードをこのファイルから読み取ります（起動時と再読み込み時）
help-relay-proxy-add = `relay_proxies` にリレーを追加します。それより前に列挙されたリレーの後に試行されます（既存の `relay_proxy` はリストの先頭になります）
    .url = http[s]://[USER@]HOST:PORT（または HOST:PORT）
    .username = リレーの Basic 認証ユーザー（不要なら省略。`add` では URL 内の USER@ も指定可能）
    .password-stdin = パスワードを標準入力から読み取ります（構成ファイルと同じ場所に保存：モード 0640、構成ファイルのグループ）
    .password-file = パスワードをこのファイルから読み取ります（起動時と再読み込み時）
help-relay-proxy-remove = リレーを削除します（HOST:PORT またはその URL で指定）
help-relay-proxy-clear = 再び直接接続します（すべてのリレーを削除）
help-agent-user = エージェントのユーザーを追加、削除、一覧表示します（client_auth = "basic"）：対象は構成で指定されたユーザー ファイル（client_auth_users_file。指定がない場合は構成ファイルと同じ場所の `agent-users`）
help-agent-user-list = ユーザーの一覧（並べ替え済み）
help-agent-user-add = ユーザーを追加するか、既存のユーザーに新しいパスワードを設定します。パスワードは標準入力から読み取り（端末ではエコーなしで入力を求めます）、コマンド ラインからは決して受け取りません。bcrypt ハッシュとして保存されます
    .cost = bcrypt のコスト（4-15）：1 段階上げるごとに、キャッシュされていない検証の時間が 2 倍になります（コスト 10 で 1 コアあたり約 50-150 ms）。エージェントのパスワードが長くランダムであれば、低いコストでも安全で、再起動したノードが数千のエージェントをより速く再検証できます
help-agent-user-remove = ユーザーを削除します：次の再読み込み以降、そのユーザーのエージェントには 407 が返されます
help-reload = この構成で実行中のゲートウェイに、開いているトンネルを維持したまま構成を再読み込みするよう指示します
help-drain = この構成で実行中のゲートウェイを SIGTERM と同様にドレインし、終了させます。終了ステータス：0 ドレイン中、1 実行中のゲートウェイなし、2 拒否
    .long =
        この構成で実行中のゲートウェイを SIGTERM と同様にドレインし、終了させます。終了ステータス：0 ドレイン中、1 実行中のゲートウェイなし、2 拒否。

        /readyz はただちに 503 を返しますが、drain_grace の間は新しいトンネルも引き続き処理されます（その間にロード バランサーがノードを切り離します）。その後リスナーが閉じられ、開いているトンネルには最大 drain_timeout の猶予が与えられ、プロセスは 0 で終了します。その後の動作は systemd の Restart= ポリシーまたはオペレーターの手順に従います（ローリング再起動：ドレイン、終了を待機、起動）。猶予期間中に再度要求すると、猶予期間はただちに終了します。
help-status = この構成で実行中のゲートウェイの状態を問い合わせます：pid、バージョン、稼働時間、構成の世代、最後の再読み込み、準備完了またはドレイン中、上限に対するトンネル数とクライアント数、直近 5 分間の拒否とエラー。終了ステータス：0 実行中かつ準備完了、1 実行されていない、3 ドレイン中（準備未完了）、4 有効な応答なし
    .output = `text` または `json`
help-top = 直近 5 分間で最も使用された許可リストのエントリと、最も多く拒否された接続先。端末では Ctrl-C まで 2 秒ごとに再描画します（パイプへは 1 回だけ出力）。終了ステータス：ゲートウェイが応答した場合は 0、1 つも実行されていない場合は 1
    .once = 端末上でも、1 回だけ表示して終了します
    .output = `text` または `json`
help-explain = HOST[:PORT] に対するポリシーの判定とその理由を示します：許可しているエントリ、または最も近いエントリとそれぞれが該当しない理由。終了ステータス：0 許可、1 拒否、2 入力が不正
    .target = HOST、HOST:PORT、IP、または [IPv6]:PORT（ポート省略時は 443）
    .output = `text` または `json`
help-init = 構成を作成します（元の製品のセットアップ ウィザードに相当）：端末では対話形式で質問するか、すべての回答をフラグで受け取ります。`run` が読み込むときと同じ方法で検証し、エージェント側で設定すべき内容を示します
    .workspace-id = Log Analytics ワークスペース ID（GUID）。複数ある場合は繰り返し指定します
    .region = Azure リージョン（ARM 名。例：westeurope）。複数ある場合は繰り返し指定します
    .cloud = public、usgov、または china
    .services = 対象のエージェントとサービスをコンマ区切りで指定：azure_monitor_agent, log_analytics_agent, automation, arc
    .dce-host = データ収集エンドポイントのログ インジェスト ホスト。複数ある場合は繰り返し指定します
    .listen-port = エージェントが接続するポート、1-65535（既定値 8080）
    .relay-proxy = リレー（アップストリーム）プロキシ、http://HOST:PORT
    .relay-username = リレー プロキシの Basic 認証ユーザー
    .relay-password-stdin = リレー プロキシのパスワードを標準入力から読み取ります（構成ファイルと同じ場所に保存、0640）
    .force = 既存の構成ファイルを置き換えます
help-import-oms = Windows 版ゲートウェイのコマンドレット出力（Get-OMSGateway*。テキストまたは ConvertTo-Json 形式）と MSI プロパティ（PORTNUMBER=…）を omsgate の構成に変換します。変換できなかった項目とその理由を示します
    .files = コマンドレットの出力または msiexec のコマンド ラインを含むファイル（`-`：標準入力）
    .write = 構成を --config に書き込みます（既に存在する場合は、--force を指定しない限り拒否）。指定しない場合は構成を出力します
    .force = 既存のファイルを置き換えます
help-generate = man ページとシェル補完を DIR に書き込みます（パッケージのビルド時に実行されます）
