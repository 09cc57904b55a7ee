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
config-not-a-string = { $value } は文字列ではありません
config-not-a-list = { $value } はリストではありません
config-not-true-or-false = { $value } は true でも false でもありません
config-not-a-whole-number = { $value } は整数ではありません
config-not-a-whole-number-in-range = { $value } は { $min } から { $max } までの整数ではありません
config-not-a-port = { $value } は TCP ポート（{ $min }-{ $max }）ではありません
config-not-a-whole-number-or = { $value } は整数でも { $word } でもありません
config-not-an-ip-address = { $value } は IPv4 アドレスでも IPv6 アドレスでもありません
config-not-an-address-and-port = { $value } は { $form } の形式（例：{ $examples }）でも、オフを表す { $off } でもありません
config-not-a-relay-password-file = { $value } は { $form } の形式（URL に書かれたリレーの host:port、続いてそのパスワード ファイル）ではありません
config-not-a-relay-route = { $value } は { $key } のエントリではありません：テーブル {"{"} { $hosts }, { $relay } {"}"} を記述してください。relay には、順に試すリレー プロキシのリストも指定できます
config-relay-route-unknown-field = { $value }：不明なフィールド `{ $field }`（{ $key } のフィールドは { $hosts } と { $relay }）
config-relay-route-lacks = { $value }：{ $field } がありません
config-relay-route-routes-nothing = { $value }：{ $hosts } は何も経路指定しません
config-relay-route-direct = { $value }：{ $key } はホストを直接接続にできません（{ $relay }）：それらは { $bypass } に列挙してください。直接接続するものを指定するのはこの 1 か所だけです
config-relay-route-no-relay = { $value }：{ $relay } はどのリレー プロキシも指していません
config-not-a-dns-server = { $value } は DNS サーバーの IP でも { $form } の形式でもありません（{ $problem }）
config-not-one-of = { $value } は { $choices } のいずれでもありません
config-not-an-identity = { $value } は ID テーブル（{"{"} { $user } または { $certificate }, { $lists } {"}"}）ではありません
config-identity-unknown-field = ID のフィールド `{ $field }` は不明です。フィールド：{ $fields }
config-identity-names-one = ID には { $user } と { $certificate } のどちらか一方だけを指定します
config-not-an-address-or-cidr = { $value } はアドレスでも CIDR（例：{ $example }）でもありません
config-not-a-guid = { $value } は GUID（{ $form }。ポータルに表示される ID の形式）ではありません
config-duration-without-unit = { $value } に単位がありません。例：{ $examples }
config-duration-not-whole-number = { $value } が整数で始まっていません
config-duration-unknown-unit = { $value } の単位 { $unit } は不明です。{ $units } または { $last } を使用してください
config-listens-nowhere = { $value } ではどこでもリッスンしません。アドレスを 1 つ以上指定してください
config-limit-out-of-range = { $min }..={ $max } または { $word } である必要があります
config-limit-at-least = { $min } 以上、または { $word } である必要があります
config-duration-at-most = { $max } 以下である必要があります
config-dns-ttl-at-most = { $max } 以下である必要があります（DNS の TTL の上限は 1 日）
config-stale-at-most = { $max }（1 週間）以下である必要があります
config-worker-threads-out-of-range = { $min }（コアごとに 1 つ）から { $max } までである必要があります
config-relay-listed-twice = リレー プロキシ { $relay } が 2 回列挙されています
config-password-file-listed-twice = { $relay } にパスワード ファイルが複数あります。エントリを 1 つだけ残してください
config-unknown-key-near = 不明なキー `{ $key }` です。`{ $near }` の間違いではありませんか？
config-unknown-key = 不明なキー `{ $key }` です。既知のキー：{ $keys }
config-problems = { $first }。{ $rest }
config-not-toml = 有効な TOML ではありません：{ $error }
config-key-is-table-list = { $key } はテーブルのリストです：{ $sections } セクション
config-key-is-not-table = { $key } はテーブルではなく値である必要があります
config-key-problem = { $key }：{ $problem }
config-key-is = { $key } = { $problem }
config-key-value-problem = { $key } = { $value }：{ $problem }
config-default-does-not-parse = { $key } の組み込みの既定値を解析できません：{ $error }
config-not-a-region = { $value } は ARM リージョン名（小文字、スペースなし：{ $examples }）ではありません
config-not-a-dce-host = { $value } はデータ収集エンドポイントのログ インジェスト ホスト（小文字、{ $form } の形式）ではありません
config-not-an-arc-gateway = { $value } は Azure Arc ゲートウェイのホスト（{ $form }。`{ $command }` で表示される形式）ではありません
config-timeout-zero = ただちにタイムアウトします。{ $example } のような正の期間を指定してください
config-identity-problem = ID { $identity }：{ $problem }
config-identity-twice = ID：{ $who } に { $sections } のエントリが 2 つあります
config-user-identity-needs-basic = ユーザー ID には { $setting } が必要です（これがないと、どのエージェントにもユーザー名がありません）
config-workspaces-need-services = { $key } には { $services } が必要です（カタログは、そこで指定されたサービスについて各ワークスペースのホストを導出します）。{ $services } を設定してください
config-proxy-protocol-from-empty = { $key } が空のまま { $setting } にすると、すべてのヘッダーが拒否されます。ロード バランサーのアドレスを列挙してください（例：{ $example }）
config-basic-needs-users-file = { $setting } には { $key } が必要です（`{ $command }` で作成します）
config-client-certificates-empty = { $key } が空のまま { $setting } にすると、すべてのエージェントの証明書が拒否されます。サブジェクトを追加する（{ $command }）か、ポリシーを { $off } に設定してください
config-error-in = { $source }：{ $problem }
config-source-embedded = 組み込みの既定構成
config-effective-settings-from = { $source } から得た有効な設定
config-default-note = 既定
config-relay-proxy-and-proxies = { $single } と { $listed } の両方が設定されています。{ $single } は { $listed } のリレー 1 つだけの形式です。どちらか一方にしてください（例：{ $example } にして { $single } を解除）
config-relay-proxy-with-user = { $setting }：ユーザーは { $key } に指定します（{ $form } の形式は { $listed } 用です）
config-relay-credentials-without-proxy = { $keys } が設定されていますが、{ $key } が空です。{ $setting } を設定するか、それらをクリアしてください
config-too-many-relays = リレー プロキシが多すぎます
config-relay-written-differently = { $key }：リレー { $relay } の書き方が、ここでは { $here }、別の場所では { $elsewhere } です。すべての場所で同じ書き方にしてください
config-password-file-without-user = { $key } に { $relay } のファイルがありますが、その URL にユーザーが含まれていません：{ $url } と書いてください
config-password-file-for-no-relay = { $key } に指定された { $relay } は、{ $listed } にも { $routes } にもありません
config-password-file-without-username = { $key } が { $username } なしで設定されています
config-password-file-readable-by-all = { $key }：{ $path } はすべてのユーザーが読み取れます（モード { $mode }）。{ $private } を実行してください（またはサービスのグループで { $group }）
config-file-unreadable = { $key }：{ $path } を読み取れません：{ $error }
config-file-cannot-be-read = 構成ファイルを読み取れません：{ $error }
config-tenant-wide-workspace-ingestion = すべての Log Analytics ワークスペースのインジェスト エンドポイント
config-tenant-wide-workspace-management = すべての Log Analytics ワークスペースの管理エンドポイント
config-tenant-wide-automation-agent-service = すべての Automation アカウントのエージェント サービス
config-tenant-wide-automation-endpoints = すべての Automation アカウントのエンドポイント
config-tenant-wide-data-collection-endpoints = すべてのデータ収集エンドポイント
config-tenant-wide-storage-blobs = すべてのストレージ アカウントの BLOB
config-tenant-wide-storage-tables = すべてのストレージ アカウントのテーブル
config-tenant-wide-storage-queues = すべてのストレージ アカウントのキュー
config-tenant-wide-service-bus = すべての Service Bus 名前空間
config-tenant-wide-key-vaults = すべての Key Vault
config-tenant-wide-derived = このサービスについて Microsoft がより狭い名前を公開していないため、エンドポイント カタログがこのエントリを導出します。許可される内容は `{ $command }` で確認できます
config-tenant-wide-narrow = 代わりに自分のホストだけを許可するには、`{ $command }` を実行してください（または { $keys } と { $last } を設定）。エントリが許可する内容は `{ $explain }` で確認できます
config-tenant-wide-entry = { $key } のエントリ { $entry }（{ $origin }）は、自分のものだけでなく { $what } を許可します：ここにあるどのエージェントも、またそこに潜むマルウェアも、それらのどれにでもデータを送信できます。{ $todo }
config-warning = 警告（イベント { $event }）：{ $warning }
config-allowlist-in-force = 有効な許可リスト（エントリごと）：
config-identity-may-reach-only = ID { $identity } が接続できるのは次のみです：
config-in-effect-under-limits = このプロセスの制限下で有効な値（`{ $command }` が起動する場合と同じ）：{ $settings }
config-service-user-cannot-read = { $problem }：{ $user } として実行されるサービスはこの構成を拒否します。ファイルをそのグループに渡す（{ $commands }）か、{ $flag } を指定してください
config-wrong-configuration = 構成が正しくありません（イベント { $event }）：{ $error }
config-log-unreadable = { $path } を読み取れません：{ $error }（イベント { $event }）
config-entry-problem = エントリ { $entry }：{ $problem }
config-too-many-entries = エントリが { $max } 個を超えています
config-target-not-authority = ターゲットは { $form } の形式（authority 形式）である必要があります
config-target-userinfo = ターゲットに userinfo（{ $form }）を含めることはできません
config-target-percent = ターゲットに { $character } を含めることはできません（パーセント エンコードまたは IPv6 ゾーン）
config-target-control-byte = ターゲットに制御バイトまたは非 ASCII バイトが含まれています
config-target-bad-port = ポートは { $min }-{ $max } の数値である必要があります
config-target-empty-label = ホストが空か、空のラベルがあります
config-target-host-too-long = ホストが { $max } バイトを超えています
config-target-label-too-long = ホストのラベルが { $max } バイトを超えています
config-target-bad-host-char = ホストに DNS 名で使用できない文字が含まれています
config-target-ambiguous-numeric = ホストは数値のように見えますが、有効な IP アドレスではありません
config-target-bad-ipv6 = 角かっこで囲まれたホストが有効な IPv6 アドレスではありません
config-wildcard-needs-name = ワイルドカードの後には名前が必要です（例：{ $example }）
config-wildcard-leftmost-label-as-in = { $star } は一番左のラベルにのみ使用できます（例：{ $example }、{ $other }）
config-wildcard-in-ip-address = ワイルドカードで IP アドレスの一部を表すことはできません
config-wildcard-leftmost-label = { $star } は一番左のラベルにのみ使用できます
config-wildcard-one-per-entry = { $star } は 1 エントリに 1 つまでです
config-relays-at-most = リレー プロキシが { $count } 個あります：最大 { $max } 個です
config-too-many-relay-routes = { $key } テーブルが多すぎます
config-relay-url-scheme = { $url }：リレー プロキシは { $http }（平文 HTTP での CONNECT）または { $https }（リレーへの TLS）であり、{ $scheme } は使用できません
config-relay-url-password = { $url }：パスワードを URL に含めないでください（構成は読み取り可能で、`{ $command }` で表示されます）。ファイルに保存してください：{ $setting }
config-relay-url-problem = { $url }：{ $problem }
config-relay-url-empty-user = { $url }：@ の前のユーザーが空です
config-relay-url-not-a-url = { $url } は { $form } の形式ではありません：{ $problem }
config-relay-user-percent = ユーザー内の { $percent } は { $form }（16 進数 2 桁）で始まる必要があります
config-relay-user-not-utf8 = { $form } をデコードすると、ユーザーが UTF-8 になりません
config-users-file-problem = { $key } { $path }：{ $problem }
config-users-file-unreadable = 読み取れません：{ $error }
config-users-file-line = { $line } 行目：{ $problem }
config-users-file-not-user-hash = { $form }（htpasswd 形式）が必要です
config-users-file-user-problem = ユーザー { $user }：{ $problem }
config-users-file-user-twice = ユーザー { $user } が 2 回列挙されています
config-bcrypt-hash-invalid = 有効な bcrypt ハッシュではありません（{ $error }）
config-argon2-hash-invalid = 有効な argon2 PHC 文字列ではありません（{ $error }）
config-hash-refused = ハッシュが bcrypt（{ $bcrypt }、{ $htpasswd }）でも argon2（{ $argon2 }）でもありません。{ $refused } と平文のパスワードは拒否されます
config-not-a-user-name = { $user } はユーザー名ではありません（{ $min }-{ $max } 文字、{ $colon } と空白文字は使用不可）
config-not-a-subject = { $key } のエントリ { $value } が無効です：{ $examples } や { $example } のようなサブジェクト DN が必要です
config-region-in-other-cloud = { $key }：{ $region } は { $cloud } クラウドにありますが、{ $setting } です
config-dce-host-in-other-cloud = { $key }：{ $host } は { $cloud } クラウドのデータ収集エンドポイント（{ $suffix }）ではありません
config-arc-gateway-not-public = { $key } が設定されていますが、Azure Arc ゲートウェイはパブリック クラウドにのみ存在します（{ $setting }）
config-automation-region-unknown = { $key } に { $service } が含まれていますが、Microsoft はリージョン { $region } の Automation エンドポイントを公開していません（{ $regions }）。`{ $command }` を参照してください
config-automation-region-needs-accounts = { $key } に { $service } が含まれています：リージョン { $region } にはアカウント固有の Automation エンドポイントしかありません。{ $accounts } を設定してください（アカウントの URL にある GUID。[キー] ページ）
config-endpoint-needs-key = { $services } に { $service } が含まれていますが、その { $purpose } 用のエンドポイント（{ $template }）には { $key } が必要です。{ $key } を設定してください
config-ca-file-not-pem = { $key } { $path } を PEM 証明書として読み取れません：{ $error }
config-ca-file-empty = { $key } { $path } に証明書が含まれていません
config-ca-file-unusable = { $key } { $path }：証明書が CA として使用できません：{ $error }
config-no-system-roots = { $https } のリレー プロキシには信頼されたルート証明書が必要ですが、システムのストアにはありません
config-no-system-roots-because = { $problem }（{ $error }）
config-install-roots = { $problem }。{ $package } をインストールするか、{ $key } を設定してください
config-relay-tls-settings = リレーの TLS 設定：{ $error }
config-dns-server-examples = 例：{ $examples }。名前は不可
config-dns-server-port-zero = ポート { $port }

## Edits of the config and what they print: config get/set/unset/keys, allowed-host,
## allowed-client-cert, relay-proxy, agent-user, reload; `check`'s report (edit-*).
edit-failed = omsgate: { $error }（イベント { $event }）
edit-key-set = { $path } で { $key } を設定しました
edit-key-unset = { $path } で { $key } を既定値に戻しました
edit-host-added = { $path } に許可ホスト { $host } を追加しました
edit-host-removed = { $path } から許可ホスト { $host } を削除しました
edit-cert-added = { $path } にクライアント証明書のサブジェクト { $subject } を追加しました
edit-cert-removed = { $path } からクライアント証明書のサブジェクト { $subject } を削除しました
edit-relay-set = { $path } でリレー プロキシを { $address } に設定しました
edit-relays-cleared = { $path } のリレー プロキシをクリアしました。トンネルは直接接続します
edit-relay-added = { $path } にリレー プロキシ { $url } を追加しました
edit-relay-removed = { $path } からリレー プロキシ { $relay } を削除しました
edit-agent-user-added = { $path } にエージェント ユーザー { $user } を追加しました（またはパスワードを変更しました）
edit-agent-user-removed = { $path } からエージェント ユーザー { $user } を削除しました
edit-no-gateway = { $path } を使用する実行中のゲートウェイはありません。変更はゲートウェイの起動時に適用されます
edit-reload-nothing = { $path } を使用する実行中のゲートウェイはありません：再読み込みの対象がありません（起動されていますか？ この { $flag } で起動されていますか？）
edit-reloaded = 実行中のゲートウェイ（pid { $pid }）に再読み込みを指示しました：{ $message }（イベント { $event }）
edit-reload-draining = ゲートウェイ（pid { $pid }）は停止中のため、再読み込みされませんでした：{ $message }
edit-reload-refused = 実行中のゲートウェイ（pid { $pid }）は変更を適用しませんでした（イベント { $event }）：{ $message }
edit-key-value = { $key }：{ $reason }
edit-not-a-list = { $key }：ファイル内の値がリストではありません
edit-not-listed = { $value } は { $key } にありません。エントリは `omsgate { $list }` で表示されます
edit-would-not-run = 編集後の構成では実行できないため、何も書き込まれませんでした：{ $reason }
edit-not-toml = { $path } は有効な TOML ではないため、安全に編集できません：{ $error }
edit-cannot-chown = 新しいファイルの所有者とグループを { $path } と同じ { $owner } と { $group } にできません（{ $error }）。root またはファイルの所有者として実行してください
edit-too-many-symlinks = { $path }：シンボリック リンクが { $max } 個を超えています
edit-relay-two-users = { $url } ではユーザー { $user } が指定されていますが、{ $flag } では { $username } です：どちらか一方を指定してください
edit-relay-listed-already = { $key } には既に { $address } があります：先に `omsgate relay-proxy remove { $address }` を実行してください
edit-relay-password-without-user = ユーザーのない { $address } のパスワード ファイルです：{ $flag }（または { $url }）を指定してください
edit-users-file-refused = { $key } { $file }：{ $reason }
edit-password-prompt = エージェント ユーザー { $user } のパスワード（表示されません）：
edit-password-empty = 空のパスワードは拒否されます。標準入力で指定してください
edit-agent-users-none = { $path } に { $key } がありません：エージェント ユーザーはいません
edit-key-row = { $key } { $applies } 既定値 { $default }  — { $meaning }
edit-applies-reload = 再読み込み
edit-applies-restart = 再起動
edit-entry = { $origin }：{ $reading }。{ $ports }
edit-entry-port = ポート { $port } のみ
edit-entry-ports = ポート { $ports }（{ $key }）
edit-relay-none = リレー プロキシなし：トンネルは直接接続します
edit-relay-default-direct = 既定：直接（{ $single } も { $listed } もなし）
edit-relay-default = 既定（{ $key }）、順に試行：
edit-relay-credentials = { $url }  （ユーザー { $user }、{ $password }）
edit-relay-no-credentials = { $url }  （資格情報なし）
edit-relay-password-file = パスワードは { $file } から読み取り
edit-relay-no-password = パスワードなし
edit-relay-bypass = 直接（{ $key }）：{ $hosts }
edit-relay-route = { $key } { $number }：{ $hosts }
edit-relay-retry = 失敗したリレーは { $key }（{ $duration }）の間スキップされます
edit-relay-ca-file = https:// のリレーは { $file } の証明書を提示する必要があります
edit-relay-ca-system = https:// のリレーはシステムが信頼する証明書を提示する必要があります
edit-cannot-enter = { $user } は { $dir } に入れません
edit-cannot-read = { $user } は { $file } を読み取れません
edit-file-mode = { $path }（モード { $mode }、所有者 { $owner }、グループ { $group }）

## What the policy decides and why: explain, allowed-host suggest (explain-*).
explain-failed = omsgate: { $error }（イベント { $event }）
explain-not-a-target = { $target } は HOST、HOST:PORT、IP、[IPv6]:PORT のいずれでもありません
explain-allowed = 許可：{ $target }
explain-allowed-by = 許可したエントリ：{ $entry }  （{ $why }）
explain-denied = 拒否：{ $target }（イベント { $event }、{ $reason }）：{ $message }
explain-no-near = 近いエントリはありません
explain-report-mode = { $setting }：通過させ、{ $field } 付きのイベント { $event } としてログに記録します
explain-then = その後：
explain-then-were-it-allowed = 許可された場合、その後：
explain-route = 経路：{ $route }
explain-route-direct = 直接（リレー プロキシは構成されていません）
explain-route-default = { $relays } 経由（{ $key }。{ $bypass } と { $route } のどのエントリにも該当しません）
explain-route-bypass = 直接（{ $key } のエントリ { $entry } による）
explain-route-by-rule = { $relays } 経由（{ $key } { $number } のエントリ { $entry } による）
explain-relay-one = リレー プロキシ { $relay }
explain-relays = リレー プロキシ { $relays }（この順に試行。失敗したものは { $key } の間スキップ）
explain-relay-then = { $first }、次に { $next }
explain-near-port = ホストは一致しますが、許可されるのは { $ports } で、{ $port } ではありません
explain-near-only-port = ポート { $port } のみ
explain-near-default-ports = { $key } のポート { $ports }
explain-near-below = { $name } の下位の名前に一致しますが、{ $name } 自体には一致しません。許可するには { $name } を追加してください
explain-near-lookalike = { $host } は末尾が { $name } と同じ文字列なだけです：{ $name } でも、その下位の名前でもありません
explain-near-label = 最初のラベルは { $prefix }…{ $suffix } の形式で、* の位置に 1 文字以上が必要です
explain-near-same-domain = 同じドメイン内ですが、一致するのは { $reading } です
explain-after-vetted = 名前は一度だけ解決され、接続する前にすべてのアドレスが検査されます：未指定アドレス（0.0.0.0、::）やこのゲートウェイ自身のリスナーには決して接続しません
explain-after-private-allowed = { $setting }：ループバック、プライベート、リンクローカルのアドレスに接続できます
explain-after-ip-listed = IP リテラルが正確に列挙されているため、プライベートでも接続できます
explain-after-private-refused = ループバック、プライベート、リンクローカル（クラウドのメタデータを含む）などのパブリックでないアドレスは拒否されます（{ $setting }）
explain-origin-file = ファイル
explain-origin-default = 既定
explain-origin-derived = 導出元：{ $from }
explain-reading-exact = { $name } に完全一致
explain-reading-below = { $name } の下位の任意の名前（{ $name } 自体は含まない）
explain-reading-in-label = 最初のラベルの * の位置に 1 文字以上がある名前 { $prefix }…{ $suffix }.{ $rest }
explain-reading-this-and-below = { $name } とその下位の任意の名前（Microsoft のドットなしの *{ $name }）
explain-reading-ip = アドレス { $ip } に完全一致
explain-deny-host = 接続先 { $host } が { $key } にありません
explain-deny-port = ポート { $port } は { $host } に対して許可されていません（{ $key } または host:port のエントリ）
explain-deny-private = { $target } は { $class } アドレスの { $ip } に解決されます。許可するには { $setting } を設定するか、その IP 自体を許可リストに追加してください
explain-deny-unspecified = { $target } は未指定アドレスの { $ip } になります：そこへの接続はこのホスト自身に届くため、決して接続先にはなりません（{ $hosts } でも { $private } でも許可できません）
explain-deny-own = { $addr } はこのゲートウェイ自身です：そのポートでリッスンしており、アドレスはこのホストのものです。そこへのトンネルはループになります
explain-deny-maybe-own = { $addr } はこのゲートウェイ自身である可能性があり（そのポートでリッスンしています）、このホストのアドレスを読み取れません（{ $error }）。そこへのトンネルがループになる場合に備えて拒否しました
explain-deny-identity = 接続先 { $target } は ID { $identity } に対して許可されていません（その { $section } の { $hosts } と { $workspaces }、または { $shared }）
explain-as-user = { $identity } として：その { $section } 独自のリストだけで判定します（その { $hosts }、その { $workspaces } から導出されたホスト、{ $shared }）
explain-as-certificate = { $identity } として：CONNECT はグローバルな許可リストで判定します。エージェントの Certificate メッセージを読み取った時点で（TLS 1.2 以前）、その { $section } 独自のリストでも判定します（その { $hosts }、その { $workspaces } から導出されたホスト、{ $shared }）。TLS 1.3 のエージェントはグローバルな許可リストだけで判定します
explain-as-unbound = { $identity } を指定する { $section } はありません：そのようなエージェントはグローバルな許可リストで判定します
explain-identity-form = { $identity } はどの ID も指定していません：user=NAME または certificate=SUBJECT を指定してください
explain-identities-hint = { $section } が指定するエージェントは、その独自のリストで判定します：{ $flag } で 1 つについて説明します
explain-suggest-none = ログに would-deny イベント（{ $field } 付きのイベント { $event }）はありません
explain-suggest-total = { $tunnels ->
       *[other] { $tunnels } 個のトンネルが拒否されていたはずです。次の正確なエントリでそれらが許可されます。
    }
explain-suggest-review = `{ $command }` の前にそれぞれを確認してください：エージェントに必要なものだけにします。
explain-suggest-entry = { $tunnels ->
       *[other] トンネル { $tunnels } 個、最初は { $first }
    }

## The running gateways: status, top, drain (status-*).
status-not-running = 実行されていません：{ $config } を使用するゲートウェイはありません
status-no-answer = omsgate（pid { $pid }）：実行中ですが、状態を読み取れませんでした（古い omsgate？）：{ $answer }
status-gateway = omsgate { $version }（pid { $pid }）：実行中、{ $state }。稼働時間 { $uptime }
status-state-ready = 準備完了
status-state-draining-accepting = ドレイン中（停止処理中：{ $readyz } は 503 を返しますが、まだ受け付けています）
status-state-draining-closed = ドレイン中（停止処理中：リスナーは閉じられ、{ $open ->
       *[other] まだ { $open } 個のトンネルが開いています
    }）
status-label-config = 構成
status-label-last-reload = 最後の再読み込み
status-label-listening = リッスン
status-label-tunnels = トンネル
status-label-clients = クライアント
status-label-recent = 直近
status-config = { $source }、世代 { $generation }、{ $entries ->
       *[other] 許可リストのエントリ { $entries } 個
    }、{ $policy }
status-last-reload-none = 起動以降なし
status-last-reload = { $ago } 前：{ $outcome } — { $message }
status-reload-ok = 成功
status-reload-refused = 拒否
status-listening = { $addresses }。メトリック { $metrics }
status-metrics-off = オフ
status-tunnels = { $limit } のうち { $open } 個が開いています（{ $percent }%）
status-clients = { $connected } 個が接続中（{ $limit }）
status-clients-busiest = { $connected } 個が接続中。最も多いのは { $address } で { $open } 個が開いています（{ $limit }）
status-no-client-limit = { $key } なし
status-recent = { $window }：
status-recent-since-start = 起動以降（{ $window }）
status-recent-last = 直近 { $window }
status-recent-tunnels-opened = 開かれたトンネル：{ $count }
status-recent-rejections = 理由別の拒否：{ $list }
status-recent-errors = イベント ID 別のエラー：{ $list }
status-none = なし
status-bytes-b = { $value } B
status-bytes-kb = { $value } kB
status-bytes-mb = { $value } MB
status-bytes-gb = { $value } GB
status-bytes-tb = { $value } TB
status-top-heading = omsgate top：pid { $pid }、{ $config }、直近 { $window }
status-top-busiest-entries = 使用量の多い許可リスト エントリ
status-top-tunnels = トンネル
status-top-open = オープン
status-top-bytes = バイト
status-top-no-tunnels = （トンネルなし）
status-top-most-refused = 拒否の多い接続先
status-top-refused = 拒否
status-top-reason = 理由
status-top-no-refusals = （拒否なし）
status-top-refresh = （{ $seconds } 秒ごと。{ $keys } で終了）
status-top-no-answer = { $count ->
       *[other] { $count } 個のゲートウェイ
    }が { $config } を使用していますが、{ $command } に応答したものはありません（古い omsgate？）
status-drain-none = { $config } を使用する実行中のゲートウェイはありません：ドレインの対象がありません（起動されていますか？ この { $flag } で起動されていますか？ リスナーが閉じられたゲートウェイは既にドレイン中です）（イベント { $event }）
status-drain-told = 実行中のゲートウェイ（pid { $pid }）にドレインを指示しました：{ $message }（イベント { $event }）
status-drain-refused = 実行中のゲートウェイ（pid { $pid }）はドレインしませんでした（イベント { $event }）：{ $message }

## Writing a config: init's questions, import-oms (setup-*).
setup-nothing-written = { $error }（イベント { $event }）。何も書き込まれませんでした
setup-init-intro = { $path } の構成を作成します（Enter で [既定値] のまま）。
setup-init-exists = { $path } は既に存在します。`{ $force }` で置き換えられます（または `{ $edit }` で編集します）
setup-ask-listen-port = エージェントが接続するリッスン ポート（1-65535）
setup-ask-services = サービス（{ $names }。コンマ区切り）
setup-ask-cloud = Azure クラウド（{ $names }）
setup-ask-workspace-ids = Log Analytics ワークスペース ID（コンマ区切り）
setup-ask-regions = マシンとワークスペースの Azure リージョン（ARM 名。例：{ $example }）
setup-ask-relay-proxy = このゲートウェイが経由するリレー プロキシ（{ $form }。空欄の場合は直接接続）
setup-ask-relay-username = リレー プロキシのユーザー名（空欄の場合はなし）
setup-ask-relay-password = リレー プロキシのパスワード（表示されません）
setup-flag-needs-flag = { $flag } には { $needed } が必要です
setup-no-password-on-stdin = 標準入力にパスワードがありません
setup-cannot-read-password = 端末からパスワードを読み取れません：{ $error }
setup-stdin-closed = すべての質問に回答する前に標準入力が閉じられました
setup-cannot-read-stdin = 標準入力を読み取れません：{ $error }
setup-try-again = { $error }。もう一度入力してください
setup-services-need-one = 選択したサービスには少なくとも 1 つ必要です。もう一度入力してください
setup-key-needed = 選択したサービスには { $key } が必要です。{ $flag } を指定してください
setup-init-wrote = { $path } を書き込みました（`{ $command }` が読み込むときと同じ方法で検証済み）：{ $entries ->
       *[other] 許可リストのエントリ { $entries } 個
    }、うちエンドポイント カタログから導出 { $derived } 個
setup-init-check-hint = すべてのエントリとその出所
setup-agents-heading = エージェント側の設定（ロード バランサーの背後では { $host } の代わりにそのアドレスを使用）：
setup-agents-ama = Azure Monitor Agent、拡張機能の設定（omsgate はエージェントに資格情報を求めません）：
setup-agents-mma-windows = Windows 用 Log Analytics エージェント（MMA）：[プロキシ設定] -> プロキシ サーバー { $proxy }、ユーザー名なし
setup-agents-oms-linux = Linux 用 Log Analytics エージェント：プロキシ { $proxy }（{ $files } のプロキシ設定）
setup-agents-operations-manager = Operations Manager：[プロキシ サーバーの構成] -> { $proxy }
setup-agents-arc = Azure Connected Machine エージェント：{ $command }
setup-load-balancer = ロード バランサー側：TCP ポート { $port } をすべてのノードへ。正常性プローブは TCP { $port }
setup-load-balancer-readyz = （またはポート { $port } で { $request }：ノードがトンネルを受け付けている間は 200）
setup-import-cannot-read = { $file } を読み取れません：{ $error }（イベント { $event }）
setup-import-note = 注：{ $note }
setup-import-all-mapped = すべての項目を変換しました
setup-import-not-mapped = { $count ->
       *[other] { $count } 個の項目を変換できませんでした：
    }
setup-import-would-not-run = インポートした構成では実行できません：{ $error }（イベント { $event }）
setup-import-wrote = { $path } を書き込みました（`{ $command }` が読み込むときと同じ方法で検証済み）：{ $entries ->
       *[other] 許可リストのエントリ { $entries } 個
    }
setup-import-exists = { $path } は既に存在します。{ $flag } で置き換えられます
setup-import-not-json = { $cmdlet } が出力する形式の JSON ではありません：{ $error }
setup-import-no-cmdlet-value = どのコマンドレットも出力しない値です
setup-import-not-this-cmdlet-value = このコマンドレットが出力しない値です
setup-import-password-never-shown = コマンドレットはパスワードを表示しません。`{ $command }` で設定してください
setup-import-no-setting = 対応する omsgate の設定はありません
setup-import-no-setting-keys = 対応する omsgate の設定はありません（設定の一覧は `{ $command }`）
setup-import-proxy-without-hasproxy = { $has_proxy } が 1 ではないため、セットアップは { $proxy } を無視します
setup-import-username-without-hasauth = { $has_auth } と { $has_proxy } の両方が 1 ではありません
setup-import-password-not-from-command-line = コマンド ラインからはインポートされません。`{ $command }` で設定してください
setup-import-installdir = Windows のインストール フォルダー：対応するものはありません（omsgate はパッケージでインストールされます）
setup-import-licenseaccepted = Windows セットアップのライセンス確認：対応するものはありません
setup-import-unknown-property = ゲートウェイのセットアップで文書化されたプロパティではありません
setup-import-not-a-port = TCP ポート（1-65535）ではありません
setup-import-relay-without-port = ポートがありません：omsgate には { $form } が必要で、リレー プロキシのポートを推測しません。`{ $command }` で設定してください
setup-import-not-a-relay-url = omsgate が使用できるリレー プロキシのアドレスではありません：{ $error }
setup-import-not-a-host = { $key } のエントリではありません：{ $error }
setup-import-not-a-subject = omsgate が照合できるクライアント証明書のサブジェクトではありません：{ $error }
setup-import-username-without-relay = 変換できるリレー プロキシのアドレスがないリレー プロキシのユーザー名
setup-import-replaced = 前の項目の{ $what } { $old } は { $new } で置き換えられます
setup-import-what-listen-port = リッスン ポート
setup-import-what-relay-proxy = リレー プロキシ
setup-import-what-relay-username = リレー プロキシのユーザー名
setup-import-subject-read-as-cn = クライアント証明書のサブジェクト { $subject } は { $cn } として読み取られます（omsgate は DN または CN=… で照合します）
setup-import-families-added = インポートしたホストに加えて、既定の Azure Monitor ファミリを追加しました：元の製品は自動的にダウンロードしたエンドポイントも許可していました
setup-generate-cannot-write = { $dir } に書き込めません：{ $error }（イベント { $event }）

## The command line's errors (clap's, in the operator's language) (args-*).
args-unknown-argument = 予期しない引数 '{ $arg }' が見つかりました
args-unknown-subcommand = 認識できないサブコマンド '{ $subcommand }'
args-invalid-value = '{ $arg }' に対する値 '{ $value }' が無効です
args-invalid-value-why = '{ $arg }' に対する値 '{ $value }' が無効です：{ $why }
args-value-missing = '{ $arg }' には値が必要ですが、指定されていません
args-missing-required = { $count ->
       *[other] 次の必須の引数が指定されていません：{ $arguments }
    }
args-missing-subcommand = '{ $command }' にはサブコマンドが必要ですが、指定されていません
args-too-many-values = '{ $arg }' に対する予期しない値 '{ $value }' が見つかりました。これ以上の値は想定されていません
args-too-few-values = '{ $arg }' には { $min } 個の値が必要ですが、{ $actual ->
       *[other] { $actual } 個しか指定されていません
    }
args-wrong-number-of-values = '{ $arg }' には { $expected } 個の値が必要ですが、{ $actual ->
       *[other] { $actual } 個が指定されました
    }
args-used-twice = 引数 '{ $arg }' は複数回使用できません
args-conflict = 引数 '{ $arg }' は { $others } と同時に使用できません
args-conflict-other = 引数 '{ $arg }' は、指定された他の 1 つ以上の引数と同時に使用できません
args-needs-equals = '{ $arg }' に値を割り当てるには等号が必要です
args-tip = ヒント：{ $tip }
args-similar-subcommand = { $count ->
       *[other] 類似するサブコマンドがあります：{ $names }
    }
args-similar-argument = { $count ->
       *[other] 類似する引数があります：{ $names }
    }
args-similar-value = { $count ->
       *[other] 類似する値があります：{ $names }
    }
args-subcommands = サブコマンド：{ $names }
args-tip-pass-as-value = '{ $arg }' を値として渡すには、'{ $instead }' を使用してください
args-tip-exists = '{ $name }' は存在します
args-try-help = 詳細については '{ $help }' を試してください。

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
    .identity = この `[[identity]]` のエージェントとして判定します。ログ行での名前で指定します：`user=NAME` または `certificate=SUBJECT`
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
