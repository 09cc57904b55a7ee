## omsgate 的訊息（繁體中文，台灣），譯自 en.ftl（英文原文）。
## IDs: help-* the command line's help (mirrors the doc comments in src/cli/mod.rs);
## the rest are built in code with msg!/t! and say what the code is doing.

help-ui =
    .usage = 用法:
    .options = 選項
    .arguments = 引數
    .commands = 命令
    .help = 顯示說明（使用 '--help' 查看更多）
    .help-long = 顯示說明（使用 '-h' 查看摘要）
    .version = 顯示版本
    .help-command = 顯示此訊息或指定子命令的說明
help-possible-values = 可能的值：{ $values }
help-default = 預設值：{ $value }


## Config errors: what `check`, `run` and every edit say about a value that cannot run (config-*).
config-not-a-string = { $value } 不是字串
config-not-a-list = { $value } 不是清單
config-not-true-or-false = { $value } 不是 true 或 false
config-not-a-whole-number = { $value } 不是整數
config-not-a-whole-number-in-range = { $value } 不是 { $min } 到 { $max } 之間的整數
config-not-a-port = { $value } 不是 TCP 連接埠（{ $min }-{ $max }）
config-not-a-whole-number-or = { $value } 不是整數或 { $word }
config-not-an-ip-address = { $value } 不是 IPv4 或 IPv6 位址
config-not-an-address-and-port = { $value } 不是 { $form }（例如 { $examples }），若要關閉請用 { $off }
config-not-a-relay-password-file = { $value } 不是 { $form }（轉送 Proxy 的 host:port，與其 URL 中相同，後接其密碼檔案）
config-not-a-relay-route = { $value } 不是 { $key } 項目：請寫成資料表 {"{"} { $hosts }, { $relay } {"}"}；relay 也可以是依序嘗試的轉送 Proxy 清單
config-relay-route-unknown-field = { $value }：未知的欄位 `{ $field }`（{ $key } 包含 { $hosts } 和 { $relay }）
config-relay-route-lacks = { $value }：缺少 { $field }
config-relay-route-routes-nothing = { $value }：{ $hosts } 未路由任何主機
config-relay-route-direct = { $value }：{ $key } 不能讓主機直接連線（{ $relay }）：請在 { $bypass } 中列出這些主機，直接連線的主機只在這一處指定
config-relay-route-no-relay = { $value }：{ $relay } 未指定任何轉送 Proxy
config-not-a-dns-server = { $value } 不是 DNS 伺服器的 IP 或 { $form }（{ $problem }）
config-not-one-of = { $value } 不是 { $choices } 其中之一
config-not-an-identity = { $value } 不是身分識別資料表（{"{"} { $user } 或 { $certificate }, { $lists } {"}"}）
config-identity-unknown-field = 身分識別欄位 `{ $field }` 未知；可用欄位：{ $fields }
config-identity-names-one = 身分識別必須恰好指定 { $user } 或 { $certificate } 其中之一
config-not-an-address-or-cidr = { $value } 不是位址或 CIDR（例如 { $example }）
config-not-a-guid = { $value } 不是 GUID（{ $form }，即入口網站顯示的 ID）
config-duration-without-unit = { $value } 缺少單位；請寫成例如 { $examples }
config-duration-not-whole-number = { $value } 不是以整數開頭
config-duration-unknown-unit = { $value } 的單位 { $unit } 未知；請使用 { $units } 或 { $last }
config-listens-nowhere = { $value } 未接聽任何位址；請至少指定一個位址
config-limit-out-of-range = 必須為 { $min }..={ $max } 或 { $word }
config-limit-at-least = 必須至少為 { $min }，或為 { $word }
config-duration-at-most = 不得超過 { $max }
config-dns-ttl-at-most = 不得超過 { $max }（DNS TTL 最長為一天）
config-stale-at-most = 不得超過 { $max }（一週）
config-worker-threads-out-of-range = 必須為 { $min }（每個核心一個）到 { $max }
config-relay-listed-twice = 轉送 Proxy { $relay } 列出了兩次
config-password-file-listed-twice = { $relay } 有多個密碼檔案：只保留一個項目
config-unknown-key-near = 未知的索引鍵 `{ $key }`；您是指 `{ $near }` 嗎？
config-unknown-key = 未知的索引鍵 `{ $key }`；已知的索引鍵：{ $keys }
config-problems = { $first }；{ $rest }
config-not-toml = 不是有效的 TOML：{ $error }
config-key-is-table-list = { $key } 是資料表的清單：應寫為 { $sections } 區段
config-key-is-not-table = { $key } 必須是值，而不是資料表
config-key-problem = { $key }：{ $problem }
config-key-is = { $key } = { $problem }
config-key-value-problem = { $key } = { $value }：{ $problem }
config-default-does-not-parse = 無法剖析 { $key } 的內建預設值：{ $error }
config-not-a-region = { $value } 不是 ARM 區域名稱（小寫，無空格：{ $examples }）
config-not-a-dce-host = { $value } 不是資料收集端點的記錄擷取主機（小寫，形如 { $form }）
config-not-an-arc-gateway = { $value } 不是 Azure Arc 閘道主機（{ $form }，與 `{ $command }` 顯示的相同）
config-timeout-zero = 會立即逾時；請指定正的時間長度，例如 { $example }
config-identity-problem = 身分識別 { $identity }：{ $problem }
config-identity-twice = 身分識別：{ $who } 有兩個 { $sections } 項目
config-user-identity-needs-basic = 使用者身分識別需要 { $setting }（否則沒有代理程式會有使用者名稱）
config-workspaces-need-services = { $key } 需要 { $services }（目錄會依其中指定的服務為每個工作區推導主機）；請設定 { $services }
config-proxy-protocol-from-empty = { $setting } 搭配空的 { $key } 會拒絕所有標頭；請列出負載平衡器的位址（例如 { $example }）
config-basic-needs-users-file = { $setting } 需要 { $key }（以 `{ $command }` 建立）
config-client-certificates-empty = { $setting } 搭配空的 { $key } 會拒絕所有代理程式的憑證；請新增憑證主體（{ $command }），或將原則設為 { $off }
config-error-in = { $source }：{ $problem }
config-source-embedded = 內建預設設定
config-effective-settings-from = 生效的設定值，來自 { $source }
config-default-note = 預設值
config-relay-proxy-and-proxies = { $single } 和 { $listed } 同時設定：{ $single } 是 { $listed } 的單一轉送 Proxy 形式；請只保留一個（例如設定 { $example } 並取消設定 { $single }）
config-relay-proxy-with-user = { $setting }：其使用者應寫在 { $key } 中（{ $form } 形式用於 { $listed }）
config-relay-credentials-without-proxy = 已設定 { $keys }，但 { $key } 是空的；請設定 { $setting }，或清除它們
config-too-many-relays = 轉送 Proxy 過多
config-relay-written-differently = { $key }：轉送 Proxy { $relay } 在此處寫成 { $here }，在其他地方寫成 { $elsewhere }；請在各處寫法一致
config-password-file-without-user = { $key } 中有 { $relay } 的檔案，但其 URL 未指定使用者：請寫成 { $url }
config-password-file-for-no-relay = { $key } 指定了 { $relay }，但它不在任何 { $listed } 或 { $routes } 中
config-password-file-without-username = 已設定 { $key }，但未設定 { $username }
config-password-file-readable-by-all = { $key }：{ $path } 可由所有使用者讀取（模式 { $mode }）：請對其執行 { $private }（或搭配服務的群組執行 { $group }）
config-file-unreadable = { $key }：無法讀取 { $path }：{ $error }
config-file-cannot-be-read = 無法讀取設定檔：{ $error }
config-tenant-wide-workspace-ingestion = 每個 Log Analytics 工作區的擷取端點
config-tenant-wide-workspace-management = 每個 Log Analytics 工作區的管理端點
config-tenant-wide-automation-agent-service = 每個自動化帳戶的代理程式服務
config-tenant-wide-automation-endpoints = 每個自動化帳戶的端點
config-tenant-wide-data-collection-endpoints = 每個資料收集端點
config-tenant-wide-storage-blobs = 每個儲存體帳戶的 Blob
config-tenant-wide-storage-tables = 每個儲存體帳戶的資料表
config-tenant-wide-storage-queues = 每個儲存體帳戶的佇列
config-tenant-wide-service-bus = 每個服務匯流排命名空間
config-tenant-wide-key-vaults = 每個 Key Vault
config-tenant-wide-derived = 端點目錄推導出此項目，因為 Microsoft 未針對此服務記載更窄的名稱；`{ $command }` 會顯示它允許的內容
config-tenant-wide-narrow = 請改為執行 `{ $command }`（或設定 { $keys } 和 { $last }），只允許您自己的主機；`{ $explain }` 會顯示項目允許的內容
config-tenant-wide-entry = { $key } 項目 { $entry }（{ $origin }）允許的是{ $what }，而不只是您的：此處的任何代理程式或其上的惡意程式碼，都能將資料傳送到其中任何一個。{ $todo }
config-warning = 警告（事件 { $event }）：{ $warning }
config-allowlist-in-force = 目前生效的允許清單，逐項列出：
config-identity-may-reach-only = 身分識別 { $identity } 只能連線到：
config-in-effect-under-limits = 在此處理程序的限制下生效（與 `{ $command }` 啟動時相同）：{ $settings }
config-service-user-cannot-read = { $problem }：以 { $user } 執行的服務將拒絕此設定；請將檔案交給其群組（{ $commands }），或傳入 { $flag }
config-wrong-configuration = 設定錯誤（事件 { $event }）：{ $error }
config-log-unreadable = 無法讀取 { $path }：{ $error }（事件 { $event }）
config-entry-problem = 項目 { $entry }：{ $problem }
config-too-many-entries = 項目超過 { $max } 個
config-target-not-authority = 目標必須為 { $form }（authority 形式）
config-target-userinfo = 目標不得包含 userinfo（{ $form }）
config-target-percent = 目標不得包含 { $character }（百分比編碼或 IPv6 區域）
config-target-control-byte = 目標包含控制位元組或非 ASCII 位元組
config-target-bad-port = 連接埠必須是 { $min }-{ $max } 之間的數字
config-target-empty-label = 主機是空的，或包含空的標籤
config-target-host-too-long = 主機長度超過 { $max } 個位元組
config-target-label-too-long = 某個主機標籤長度超過 { $max } 個位元組
config-target-bad-host-char = 主機包含 DNS 名稱中不允許的字元
config-target-ambiguous-numeric = 主機看似數字，但不是有效的 IP 位址
config-target-bad-ipv6 = 方括號中的主機不是有效的 IPv6 位址
config-wildcard-needs-name = 萬用字元後面必須有名稱，例如 { $example }
config-wildcard-leftmost-label-as-in = { $star } 只能出現在最左側的標籤中，例如 { $example } 或 { $other }
config-wildcard-in-ip-address = 萬用字元不能代表 IP 位址的一部分
config-wildcard-leftmost-label = { $star } 只能出現在最左側的標籤中
config-wildcard-one-per-entry = 每個項目只能有一個 { $star }
config-relays-at-most = { $count } 個轉送 Proxy：最多 { $max } 個
config-too-many-relay-routes = { $key } 資料表過多
config-relay-url-scheme = { $url }：轉送 Proxy 應為 { $http }（以純 HTTP 傳送 CONNECT）或 { $https }（以 TLS 連線到轉送 Proxy），而不是 { $scheme }
config-relay-url-password = { $url }：密碼不應寫在 URL 中（設定可被讀取，且 `{ $command }` 會顯示它）；請放入檔案：{ $setting }
config-relay-url-problem = { $url }：{ $problem }
config-relay-url-empty-user = { $url }：@ 之前的使用者是空的
config-relay-url-not-a-url = { $url } 不是 { $form }：{ $problem }
config-relay-user-percent = 使用者中的 { $percent } 必須以 { $form }（兩位十六進位數字）開頭
config-relay-user-not-utf8 = 解碼 { $form } 後，使用者不是 UTF-8
config-users-file-problem = { $key } { $path }：{ $problem }
config-users-file-unreadable = 無法讀取：{ $error }
config-users-file-line = 第 { $line } 行：{ $problem }
config-users-file-not-user-hash = 應為 { $form }（htpasswd 格式）
config-users-file-user-problem = 使用者 { $user }：{ $problem }
config-users-file-user-twice = 使用者 { $user } 列出了兩次
config-bcrypt-hash-invalid = 不是有效的 bcrypt 雜湊（{ $error }）
config-argon2-hash-invalid = 不是有效的 argon2 PHC 字串（{ $error }）
config-hash-refused = 此雜湊既不是 bcrypt（{ $bcrypt }、{ $htpasswd }）也不是 argon2（{ $argon2 }）；{ $refused } 和純文字密碼都會遭到拒絕
config-not-a-user-name = { $user } 不是使用者名稱（{ $min }-{ $max } 個字元，不含 { $colon } 或空白字元）
config-not-a-subject = 無效的 { $key } 項目 { $value }：應為憑證主體 DN，例如 { $examples } 或 { $example }
config-region-in-other-cloud = { $key }：{ $region } 位於 { $cloud } 雲端，但 { $setting }
config-dce-host-in-other-cloud = { $key }：{ $host } 不是 { $cloud } 雲端的資料收集端點（{ $suffix }）
config-arc-gateway-not-public = 已設定 { $key }，但 Azure Arc 閘道只存在於公用雲端（{ $setting }）
config-automation-region-unknown = { $key } 包含 { $service }，但 Microsoft 未列出區域 { $region } 的自動化端點（{ $regions }）；請參閱 `{ $command }`
config-automation-region-needs-accounts = { $key } 包含 { $service }：區域 { $region } 只有帳戶專屬的自動化端點；請設定 { $accounts }（帳戶 URL 中的 GUID，見「金鑰」頁面）
config-endpoint-needs-key = { $services } 包含 { $service }，其用於 { $purpose } 的端點（{ $template }）需要 { $key }；請設定 { $key }
config-ca-file-not-pem = { $key } { $path } 無法以 PEM 憑證讀取：{ $error }
config-ca-file-empty = { $key } { $path } 不含任何憑證
config-ca-file-unusable = { $key } { $path }：某個憑證無法作為 CA 使用：{ $error }
config-no-system-roots = { $https } 轉送 Proxy 需要受信任的根憑證，但系統存放區中沒有
config-no-system-roots-because = { $problem }（{ $error }）
config-install-roots = { $problem }；請安裝 { $package } 或設定 { $key }
config-relay-tls-settings = 轉送 Proxy 的 TLS 設定：{ $error }
config-dns-server-examples = 例如 { $examples }；不能是名稱
config-dns-server-port-zero = 連接埠 { $port }

## Edits of the config and what they print: config get/set/unset/keys, allowed-host,
## allowed-client-cert, relay-proxy, agent-user, reload; `check`'s report (edit-*).
edit-failed = omsgate: { $error }（事件 { $event }）
edit-key-set = 已在 { $path } 中設定 { $key }
edit-key-unset = 已在 { $path } 中將 { $key } 還原為預設值
edit-host-added = 已在 { $path } 中新增允許的主機 { $host }
edit-host-removed = 已從 { $path } 中移除允許的主機 { $host }
edit-cert-added = 已在 { $path } 中新增用戶端憑證主體 { $subject }
edit-cert-removed = 已從 { $path } 中移除用戶端憑證主體 { $subject }
edit-relay-set = 已在 { $path } 中將轉送 Proxy 設為 { $address }
edit-relays-cleared = 已在 { $path } 中清除轉送 Proxy；通道將直接連線
edit-relay-added = 已在 { $path } 中新增轉送 Proxy { $url }
edit-relay-removed = 已從 { $path } 中移除轉送 Proxy { $relay }
edit-agent-user-added = 已在 { $path } 中新增代理程式使用者 { $user }（或變更其密碼）
edit-agent-user-removed = 已從 { $path } 中移除代理程式使用者 { $user }
edit-no-gateway = 沒有使用 { $path } 執行的閘道；變更會在閘道啟動時生效
edit-reload-nothing = 沒有使用 { $path } 執行的閘道：沒有可重新載入的對象（閘道是否已啟動，是否使用了此 { $flag }？）
edit-reloaded = 已通知執行中的閘道（pid { $pid }）重新載入：{ $message }（事件 { $event }）
edit-reload-draining = 閘道 pid { $pid } 正在停止，未重新載入：{ $message }
edit-reload-refused = 執行中的閘道（pid { $pid }）未套用變更（事件 { $event }）：{ $message }
edit-key-value = { $key }：{ $reason }
edit-not-a-list = { $key }：檔案中的值不是清單
edit-not-listed = { $value } 不在 { $key } 中；`omsgate { $list }` 會顯示其項目
edit-would-not-run = 編輯後的設定無法執行，因此未寫入任何內容：{ $reason }
edit-not-toml = { $path } 不是有效的 TOML，因此無法安全編輯：{ $error }
edit-cannot-chown = 無法讓新檔案與 { $path } 一樣屬於擁有者 { $owner } 和群組 { $group }（{ $error }）；請以 root 或其擁有者身分執行
edit-too-many-symlinks = { $path }：符號連結超過 { $max } 層
edit-relay-two-users = { $url } 指定了使用者 { $user }，但 { $flag } 指定的是 { $username }：請只指定一個
edit-relay-listed-already = { $key } 中已有 { $address }：請先執行 `omsgate relay-proxy remove { $address }`
edit-relay-password-without-user = 為 { $address } 指定了密碼檔案，但沒有使用者：請指定 { $flag }（或 { $url }）
edit-users-file-refused = { $key } { $file }：{ $reason }
edit-password-prompt = 代理程式使用者 { $user } 的密碼（不會顯示）：
edit-password-empty = 不接受空白密碼；請透過標準輸入提供密碼
edit-agent-users-none = { $path } 中沒有 { $key }：沒有代理程式使用者
edit-key-row = { $key } { $applies } 預設值 { $default }  — { $meaning }
edit-applies-reload = 重新載入
edit-applies-restart = 重新啟動
edit-entry = { $origin }：{ $reading }；{ $ports }
edit-entry-port = 僅連接埠 { $port }
edit-entry-ports = 連接埠 { $ports }（{ $key }）
edit-relay-none = 沒有轉送 Proxy：通道直接連線
edit-relay-default-direct = 預設：直接連線（沒有 { $single } 或 { $listed }）
edit-relay-default = 預設（{ $key }），依序嘗試：
edit-relay-credentials = { $url }  （使用者 { $user }，{ $password }）
edit-relay-no-credentials = { $url }  （無認證）
edit-relay-password-file = 密碼讀取自 { $file }
edit-relay-no-password = 無密碼
edit-relay-bypass = 直接連線（{ $key }）：{ $hosts }
edit-relay-route = { $key } { $number }：{ $hosts }
edit-relay-retry = 失敗的轉送 Proxy 會在 { $key }（{ $duration }）內略過
edit-relay-ca-file = https:// 轉送 Proxy 必須出示來自 { $file } 的憑證
edit-relay-ca-system = https:// 轉送 Proxy 必須出示系統信任的憑證
edit-cannot-enter = { $user } 無法進入 { $dir }
edit-cannot-read = { $user } 無法讀取 { $file }
edit-file-mode = { $path }（模式 { $mode }，擁有者 { $owner }，群組 { $group }）

## What the policy decides and why: explain, allowed-host suggest (explain-*).
explain-failed = omsgate: { $error }（事件 { $event }）
explain-not-a-target = { $target } 不是 HOST、HOST:PORT、IP 或 [IPv6]:PORT
explain-allowed = 允許：{ $target }
explain-allowed-by = 依據 { $entry }  （{ $why }）
explain-denied = 拒絕：{ $target }（事件 { $event }，{ $reason }）：{ $message }
explain-no-near = 沒有與之相近的項目
explain-report-mode = { $setting }：放行，並記錄為帶有 { $field } 的事件 { $event }
explain-then = 接著：
explain-then-were-it-allowed = 假如允許，接著：
explain-route = 路由：{ $route }
explain-route-direct = 直接連線（未設定轉送 Proxy）
explain-route-default = 經由 { $relays }（{ $key }；沒有 { $bypass } 或 { $route } 項目指定它）
explain-route-bypass = 直接連線，依據 { $key } 項目 { $entry }
explain-route-by-rule = 經由 { $relays }，依據 { $key } { $number } 項目 { $entry }
explain-relay-one = 轉送 Proxy { $relay }
explain-relays = 轉送 Proxy { $relays }，依序嘗試（失敗的轉送 Proxy 會在 { $key } 內略過）
explain-relay-then = { $first }，然後 { $next }
explain-near-port = 主機相符，但允許的是 { $ports }，而不是 { $port }
explain-near-only-port = 僅連接埠 { $port }
explain-near-default-ports = { $key } 中的連接埠 { $ports }
explain-near-below = 符合 { $name } 之下的名稱，但不符合 { $name } 本身；若要允許它，請新增 { $name }
explain-near-lookalike = { $host } 只是以 { $name } 的字母結尾：它既不是 { $name }，也不是其下的名稱
explain-near-label = 第一個標籤必須為 { $prefix }…{ $suffix }，且 * 處至少有一個字元
explain-near-same-domain = 位於相同網域，但它符合的是 { $reading }
explain-after-vetted = 名稱只解析一次，並在連線前檢查每個位址：絕不連線到未指定位址（0.0.0.0、::）或此閘道自己的接聽程式
explain-after-private-allowed = { $setting }：可以連線到回送、私人和連結本機位址
explain-after-ip-listed = 此 IP 常值已精確列出，因此即使是私人位址也可以連線
explain-after-private-refused = 回送、私人、連結本機（包括雲端中繼資料）及其他非公用位址會遭到拒絕（{ $setting }）
explain-origin-file = 檔案
explain-origin-default = 預設值
explain-origin-derived = 推導自：{ $from }
explain-reading-exact = 恰好是 { $name }
explain-reading-below = { $name } 之下的任何名稱（不含 { $name } 本身）
explain-reading-in-label = 形如 { $prefix }…{ $suffix }.{ $rest } 且第一個標籤在 * 處至少有一個字元的名稱
explain-reading-this-and-below = { $name } 及其下的任何名稱（Microsoft 的無點形式 *{ $name }）
explain-reading-ip = 恰好是位址 { $ip }
explain-deny-host = 目的地 { $host } 不在 { $key } 中
explain-deny-port = 連接埠 { $port } 不允許用於 { $host }（{ $key }，或 host:port 項目）
explain-deny-private = { $target } 解析為 { $ip }，這是 { $class } 位址；若要允許，請設定 { $setting }，或將該 IP 本身加入允許清單
explain-deny-unspecified = { $target } 指向 { $ip }，這是未指定位址：連線到它會到達本機，因此它絕不能作為目的地（{ $hosts } 和 { $private } 都無法允許它）
explain-deny-own = { $addr } 就是此閘道：它在該連接埠上接聽，且該位址是本機的位址之一；連到它的通道會形成迴圈
explain-deny-maybe-own = { $addr } 可能就是此閘道（它在該連接埠上接聽），且無法讀取本機的位址（{ $error }）；為避免連到它的通道形成迴圈而拒絕
explain-deny-identity = 目的地 { $target } 不允許用於身分識別 { $identity }（其 { $section } 的 { $hosts } 和 { $workspaces }，或 { $shared }）
explain-as-user = 作為 { $identity }：僅依該 { $section } 自己的清單判定（其 { $hosts }、從其 { $workspaces } 衍生的主機，以及 { $shared }）
explain-as-certificate = 作為 { $identity }：CONNECT 由全域允許清單判定；讀取代理程式的 Certificate 訊息後（TLS 1.2 及更早版本），也由該 { $section } 自己的清單判定（其 { $hosts }、從其 { $workspaces } 衍生的主機，以及 { $shared }）；使用 TLS 1.3 的代理程式僅由全域允許清單判定
explain-as-unbound = 沒有 { $section } 指定 { $identity }：此類代理程式由全域允許清單判定
explain-identity-form = { $identity } 未指定任何身分識別：請提供 user=NAME 或 certificate=SUBJECT
explain-identities-hint = { $section } 指定的代理程式依其自己的清單判定：{ $flag } 可針對其中一個說明
explain-suggest-none = 記錄中沒有 would-deny 事件（帶有 { $field } 的事件 { $event }）
explain-suggest-total = { $tunnels ->
       *[other] 有 { $tunnels } 個通道原本會遭到拒絕；下列精確項目可允許它們。
    }
explain-suggest-review = 在 `{ $command }` 之前逐項檢閱：只允許代理程式需要的內容。
explain-suggest-entry = { $tunnels ->
       *[other] { $tunnels } 個通道，首次出現於 { $first }
    }

## The running gateways: status, top, drain (status-*).
status-not-running = 未執行：沒有使用 { $config } 的閘道
status-no-answer = omsgate（pid { $pid }）：正在執行，但無法讀取其狀態（較舊的 omsgate？）：{ $answer }
status-gateway = omsgate { $version }（pid { $pid }）：正在執行，{ $state }；已執行 { $uptime }
status-state-ready = 就緒
status-state-draining-accepting = 清空中（正在停止：{ $readyz } 回應 503，仍在接受連線）
status-state-draining-closed = 清空中（正在停止：接聽程式已關閉，{ $open ->
       *[other] 仍有 { $open } 個通道開啟
    }）
status-label-config = 設定
status-label-last-reload = 上次重新載入
status-label-listening = 接聽
status-label-tunnels = 通道
status-label-clients = 用戶端
status-label-recent = 最近
status-config = { $source }，第 { $generation } 代，{ $entries ->
       *[other] { $entries } 個允許清單項目
    }，{ $policy }
status-last-reload-none = 啟動以來沒有
status-last-reload = { $ago } 前：{ $outcome } — { $message }
status-reload-ok = 成功
status-reload-refused = 遭拒絕
status-listening = { $addresses }；計量 { $metrics }
status-metrics-off = 關閉
status-tunnels = 已開啟 { $open } 個，上限 { $limit }（{ $percent }%）
status-clients = 已連線 { $connected } 個（{ $limit }）
status-clients-busiest = 已連線 { $connected } 個；最繁忙的是 { $address }，開啟 { $open } 個（{ $limit }）
status-no-client-limit = 無 { $key }
status-recent = { $window }：
status-recent-since-start = 啟動以來（{ $window }）
status-recent-last = 最近 { $window }
status-recent-tunnels-opened = 已開啟的通道：{ $count }
status-recent-rejections = 依原因統計的拒絕：{ $list }
status-recent-errors = 依事件 ID 統計的錯誤：{ $list }
status-none = 無
status-bytes-b = { $value } B
status-bytes-kb = { $value } kB
status-bytes-mb = { $value } MB
status-bytes-gb = { $value } GB
status-bytes-tb = { $value } TB
status-top-heading = omsgate top: pid { $pid }，{ $config }，最近 { $window }
status-top-busiest-entries = 最繁忙的允許清單項目
status-top-tunnels = 通道
status-top-open = 開啟
status-top-bytes = 位元組
status-top-no-tunnels = （沒有通道）
status-top-most-refused = 最常被拒絕的目的地
status-top-refused = 拒絕
status-top-reason = 原因
status-top-no-refusals = （沒有拒絕）
status-top-refresh = （每 { $seconds } 秒更新；按 { $keys } 結束）
status-top-no-answer = { $count ->
       *[other] 有 { $count } 個閘道使用
    } { $config }，但沒有一個回應 { $command }（較舊的 omsgate？）
status-drain-none = 沒有使用 { $config } 執行的閘道：沒有可清空的對象（閘道是否已啟動，是否使用了此 { $flag }？接聽程式已關閉的閘道已在清空中）（事件 { $event }）
status-drain-told = 已通知執行中的閘道（pid { $pid }）清空：{ $message }（事件 { $event }）
status-drain-refused = 執行中的閘道（pid { $pid }）未清空（事件 { $event }）：{ $message }

## Writing a config: init's questions, import-oms (setup-*).
setup-nothing-written = { $error }（事件 { $event }）；未寫入任何內容
setup-init-intro = 為 { $path } 建立設定（按 Enter 保留 [預設值]）。
setup-init-exists = { $path } 已存在；`{ $force }` 會取代它（或以 `{ $edit }` 編輯）
setup-ask-listen-port = 代理程式連線的接聽連接埠（1-65535）
setup-ask-services = 服務（{ $names }；以逗號分隔）
setup-ask-cloud = Azure 雲端（{ $names }）
setup-ask-workspace-ids = Log Analytics 工作區 ID，以逗號分隔
setup-ask-regions = 電腦與工作區所在的 Azure 區域（ARM 名稱，例如 { $example }）
setup-ask-relay-proxy = 此閘道對外連線所經由的轉送 Proxy（{ $form }；空白：直接連線）
setup-ask-relay-username = 轉送 Proxy 使用者名稱（空白：無）
setup-ask-relay-password = 轉送 Proxy 密碼（不會顯示）
setup-flag-needs-flag = { $flag } 需要 { $needed }
setup-no-password-on-stdin = 標準輸入中沒有密碼
setup-cannot-read-password = 無法從終端機讀取密碼：{ $error }
setup-stdin-closed = 在回答完所有問題之前，標準輸入已關閉
setup-cannot-read-stdin = 無法讀取標準輸入：{ $error }
setup-try-again = { $error }；請再試一次
setup-services-need-one = 所選服務至少需要一個；請再試一次
setup-key-needed = 所選服務需要 { $key }；請指定 { $flag }
setup-init-wrote = 已寫入 { $path }（依 `{ $command }` 讀取的方式檢查）：{ $entries ->
       *[other] { $entries } 個允許清單項目
    }，其中 { $derived } 個推導自端點目錄
setup-init-check-hint = 每個項目及其來源
setup-agents-heading = 在代理程式上（若位於負載平衡器後方，請使用負載平衡器的位址取代 { $host }）：
setup-agents-ama = Azure Monitor Agent，延伸模組設定（omsgate 不向代理程式要求認證）：
setup-agents-mma-windows = Windows 版 Log Analytics 代理程式（MMA）：Proxy 設定 -> Proxy 伺服器 { $proxy }，無使用者名稱
setup-agents-oms-linux = Linux 版 Log Analytics 代理程式：Proxy { $proxy }（其 { $files } 中的 Proxy 設定）
setup-agents-operations-manager = Operations Manager：設定 Proxy 伺服器 -> { $proxy }
setup-agents-arc = Azure Connected Machine 代理程式：{ $command }
setup-load-balancer = 在負載平衡器上：TCP 連接埠 { $port } 轉送到每個節點；健康情況探查 TCP { $port }
setup-load-balancer-readyz = （或在連接埠 { $port } 上使用 { $request }：節點接受通道時回應 200）
setup-import-cannot-read = 無法讀取 { $file }：{ $error }（事件 { $event }）
setup-import-note = 注意：{ $note }
setup-import-all-mapped = 所有項目皆已對應
setup-import-not-mapped = { $count ->
       *[other] 有 { $count } 個項目無法對應：
    }
setup-import-would-not-run = 匯入的設定無法執行：{ $error }（事件 { $event }）
setup-import-wrote = 已寫入 { $path }（依 `{ $command }` 讀取的方式檢查）：{ $entries ->
       *[other] { $entries } 個允許清單項目
    }
setup-import-exists = { $path } 已存在；{ $flag } 會取代它
setup-import-not-json = 不是 { $cmdlet } 輸出的 JSON：{ $error }
setup-import-no-cmdlet-value = 不是任何 Cmdlet 會輸出的值
setup-import-not-this-cmdlet-value = 不是此 Cmdlet 會輸出的值
setup-import-password-never-shown = 這些 Cmdlet 從不顯示密碼；請以 `{ $command }` 設定
setup-import-no-setting = 沒有對應的 omsgate 設定
setup-import-no-setting-keys = 沒有對應的 omsgate 設定（`{ $command }` 會列出這些設定）
setup-import-proxy-without-hasproxy = { $has_proxy } 不是 1，因此安裝程式會忽略 { $proxy }
setup-import-username-without-hasauth = { $has_auth } 和 { $has_proxy } 並非都是 1
setup-import-password-not-from-command-line = 不從命令列匯入；請以 `{ $command }` 設定
setup-import-installdir = Windows 安裝資料夾：無對應項目（由套件安裝 omsgate）
setup-import-licenseaccepted = Windows 安裝程式的授權提示：無對應項目
setup-import-unknown-property = 不是閘道安裝程式有記載的屬性
setup-import-not-a-port = 不是 TCP 連接埠（1-65535）
setup-import-relay-without-port = 缺少連接埠：omsgate 需要 { $form }，且不會猜測轉送 Proxy 的連接埠；請以 `{ $command }` 設定
setup-import-not-a-relay-url = 不是 omsgate 可使用的轉送 Proxy 位址：{ $error }
setup-import-not-a-host = 不是 { $key } 項目：{ $error }
setup-import-not-a-subject = 不是 omsgate 能比對的用戶端憑證主體：{ $error }
setup-import-username-without-relay = 有轉送 Proxy 使用者名稱，但沒有可對應的轉送 Proxy 位址
setup-import-replaced = 先前項目中的{ $what } { $old } 已由 { $new } 取代
setup-import-what-listen-port = 接聽連接埠
setup-import-what-relay-proxy = 轉送 Proxy
setup-import-what-relay-username = 轉送 Proxy 使用者名稱
setup-import-subject-read-as-cn = 用戶端憑證主體 { $subject } 讀取為 { $cn }（omsgate 比對 DN 或 CN=…）
setup-import-families-added = 已在匯入的主機之外加入預設的 Azure Monitor 系列：原本的閘道也允許其自動下載的端點
setup-generate-cannot-write = 無法寫入 { $dir }：{ $error }（事件 { $event }）

## The command line's errors (clap's, in the operator's language) (args-*).
args-unknown-argument = 發現非預期的引數 '{ $arg }'
args-unknown-subcommand = 無法辨識的子命令 '{ $subcommand }'
args-invalid-value = '{ $arg }' 的值 '{ $value }' 無效
args-invalid-value-why = '{ $arg }' 的值 '{ $value }' 無效：{ $why }
args-value-missing = '{ $arg }' 需要一個值，但未提供
args-missing-required = { $count ->
       *[other] 未提供下列必要引數：{ $arguments }
    }
args-missing-subcommand = '{ $command }' 需要子命令，但未提供
args-too-many-values = 發現 '{ $arg }' 的非預期值 '{ $value }'；不需要更多值
args-too-few-values = '{ $arg }' 需要 { $min } 個值；{ $actual ->
       *[other] 只提供了 { $actual } 個
    }
args-wrong-number-of-values = '{ $arg }' 需要 { $expected } 個值，但{ $actual ->
       *[other] 提供了 { $actual } 個
    }
args-used-twice = 引數 '{ $arg }' 不能使用多次
args-conflict = 引數 '{ $arg }' 不能與 { $others } 一起使用
args-conflict-other = 引數 '{ $arg }' 不能與指定的其他一或多個引數一起使用
args-needs-equals = 為 '{ $arg }' 指定值時需要等號
args-tip = 提示：{ $tip }
args-similar-subcommand = { $count ->
       *[other] 有類似的子命令：{ $names }
    }
args-similar-argument = { $count ->
       *[other] 有類似的引數：{ $names }
    }
args-similar-value = { $count ->
       *[other] 有類似的值：{ $names }
    }
args-subcommands = 子命令：{ $names }
args-tip-pass-as-value = 若要將 '{ $arg }' 當作值傳遞，請使用 '{ $instead }'
args-tip-exists = '{ $name }' 存在
args-try-help = 如需詳細資訊，請嘗試 '{ $help }'。

## The command line's help: mirrors the doc comments of src/cli/mod.rs (a test keeps them equal).
help-omsgate = 供隔離網路中的監視代理程式使用、以允許清單管控的 HTTP CONNECT 閘道
    .config = 設定檔（預設為 /etc/omsgate/omsgate.toml；該檔案不存在時使用內建的預設設定）
    .lang = omsgate 輸出所用的語言（de, fr, ja, pt-BR, zh-Hant, …；預設取自 OMSGATE_LANG、LC_ALL、LC_MESSAGES、LANG）。記錄與計量一律維持英文
help-run = 執行閘道（預設動作）
help-check = 驗證設定並顯示實際生效的設定值；有效時結束狀態為 0，無效時為 2
    .service-user = 以 root 執行時，若此使用者（服務的執行身分）無法讀取設定中指定的檔案，即發出警告
help-config = 讀取或變更設定（Get/Set-OMSGatewayConfig）
help-config-get = 顯示每個索引鍵的值（已補上預設值），或單一索引鍵的值
    .output = `text`（TOML 值）或 `json`
help-config-keys = 列出索引鍵：類型、預設值、重新載入時是否套用、意義
    .markdown = 以 README 的 Markdown 表格格式輸出
help-config-set = 設定索引鍵（清單寫成 a,b 或 TOML 陣列）；寫入前會先驗證
help-config-unset = 從檔案中移除索引鍵，使其預設值生效
help-allowed-host = 列出、新增或移除允許的目的地（*-OMSGatewayAllowedHost）
help-allowed-host-list = 檔案中設定的主機；--all：所有生效中的項目，包括預設項目
help-allowed-host-add = 允許主機：名稱、*.suffix、IP 常值，或以上任一形式加上連接埠，寫成 entry:PORT
help-allowed-host-remove = 停止允許某個主機（須與清單所列完全相同）
help-allowed-host-suggest = 以報告模式推出後使用：根據 JSON 記錄中的 would-deny 事件，列出可放行允許清單原本會拒絕之連線的確切項目（`-`：標準輸入）
help-allowed-client-cert = 列出、新增或移除允許的用戶端憑證主體（*-OMSGatewayAllowedClientCertificate）
help-allowed-client-cert-list = 允許的憑證主體
help-allowed-client-cert-add = 允許憑證主體：完整 DN 或 CN=...
help-allowed-client-cert-remove = 停止允許某個憑證主體（須與清單所列完全相同）
help-relay-proxy = 顯示、設定或清除轉送（上游）Proxy（*-OMSGatewayRelayProxy）
help-relay-proxy-get = 顯示轉送 Proxy 及選擇它們的規則（絕不顯示密碼）
help-relay-proxy-set = 讓通道經由單一轉送 Proxy http[s]://HOST:PORT 傳送（取代現有清單）
    .address = 轉送 Proxy，http://HOST:PORT（或 HOST:PORT、[IPv6]:PORT）
    .username = 轉送 Proxy 的 Basic 驗證使用者（若無則省略；`add` 也接受 URL 中的 USER@）
    .password-stdin = 從標準輸入讀取密碼（儲存在設定檔旁：模式 0640，群組與設定檔相同）
    .password-file = 從此檔案讀取密碼（於啟動及重新載入時）
help-relay-proxy-add = 將轉送 Proxy 新增至 `relay_proxies`，會在先前列出的轉送 Proxy 之後嘗試（原有的 `relay_proxy` 會成為清單的第一項）
    .url = http[s]://[USER@]HOST:PORT（或 HOST:PORT）
    .username = 轉送 Proxy 的 Basic 驗證使用者（若無則省略；`add` 也接受 URL 中的 USER@）
    .password-stdin = 從標準輸入讀取密碼（儲存在設定檔旁：模式 0640，群組與設定檔相同）
    .password-file = 從此檔案讀取密碼（於啟動及重新載入時）
help-relay-proxy-remove = 移除轉送 Proxy（HOST:PORT 或其 URL）
help-relay-proxy-clear = 恢復直接連線（移除所有轉送 Proxy）
help-agent-user = 新增、移除或列出代理程式的使用者（client_auth = "basic"）：即設定中指定的使用者檔案（client_auth_users_file；未指定時為設定檔旁的 `agent-users`）
help-agent-user-list = 使用者清單（已排序）
help-agent-user-add = 新增使用者，或為現有使用者設定新密碼：密碼從標準輸入讀取（在終端機上以不回顯方式詢問），絕不從命令列讀取；以 bcrypt 雜湊儲存
    .cost = bcrypt 成本（4-15）：每增加一級，未快取的檢查時間加倍（成本 10 約耗用單一核心 50-150 ms）。代理程式使用較長的隨機密碼時，較低的成本也很安全，並可讓重新啟動的節點更快重新檢查數千個代理程式
help-agent-user-remove = 移除使用者：自下次重新載入起，該使用者的代理程式會收到 407
help-reload = 通知以此設定執行中的閘道重新載入設定，並保留已開啟的通道
help-drain = 如同 SIGTERM，清空以此設定執行中的閘道，之後閘道即結束。結束狀態：0 清空中，1 沒有執行中的閘道，2 遭拒絕
    .long =
        如同 SIGTERM，清空以此設定執行中的閘道，之後閘道即結束。結束狀態：0 清空中，1 沒有執行中的閘道，2 遭拒絕。

        /readyz 立即回應 503，但在 drain_grace 期間仍繼續處理新的通道（負載平衡器會在此期間將該節點移出）；之後接聽程式關閉，已開啟的通道最多還有 drain_timeout 的時間，處理程序以 0 結束：後續由 systemd 的 Restart= 原則或操作人員決定（輪流重新啟動：清空、等待結束、啟動）。在寬限期間再次要求，會立即結束寬限期。
help-status = 查詢以此設定執行中的閘道狀態：pid、版本、運作時間、設定世代、上次重新載入、就緒或清空中、通道數與用戶端數及其上限、最近 5 分鐘的拒絕與錯誤。結束狀態：0 執行中且就緒，1 未執行，3 清空中（未就緒），4 沒有可用的回應
    .output = `text` 或 `json`
help-top = 最近 5 分鐘最繁忙的允許清單項目與最常被拒絕的目的地；在終端機上每 2 秒重繪一次，直到按下 Ctrl-C（輸出至管道時只輸出一次）。結束狀態：有閘道回應時為 0，沒有閘道執行時為 1
    .once = 只顯示一次即結束，在終端機上亦然
    .output = `text` 或 `json`
help-explain = 說明原則對 HOST[:PORT] 的判定及理由：允許它的項目，或最接近的項目及各自不符合的原因。結束狀態：0 允許，1 拒絕，2 輸入錯誤
    .target = HOST、HOST:PORT、IP 或 [IPv6]:PORT（未指定連接埠時為 443）
    .output = `text` 或 `json`
    .identity = 以此 `[[identity]]` 的代理程式身分判定，名稱與記錄行中的相同：`user=NAME` 或 `certificate=SUBJECT`
help-init = 撰寫設定（相當於原產品的安裝精靈）：在終端機上逐一詢問，或以旗標提供所有答案；依 `run` 讀取時的方式檢查；並說明代理程式上需要設定的內容
    .workspace-id = Log Analytics 工作區識別碼（GUID）；可重複指定多個
    .region = Azure 區域（ARM 名稱，例如 westeurope）；可重複指定多個
    .cloud = public、usgov 或 china
    .services = 以逗號分隔的代理程式與服務：azure_monitor_agent, log_analytics_agent, automation, arc
    .dce-host = 資料收集端點的記錄擷取主機；可重複指定多個
    .listen-port = 代理程式連線的連接埠，1-65535（預設 8080）
    .relay-proxy = 轉送（上游）Proxy，http://HOST:PORT
    .relay-username = 轉送 Proxy 的 Basic 驗證使用者
    .relay-password-stdin = 從標準輸入讀取轉送 Proxy 的密碼（儲存在設定檔旁，0640）
    .force = 取代現有的設定檔
help-import-oms = 將 Windows 版閘道的 Cmdlet 輸出（Get-OMSGateway*，文字或 ConvertTo-Json 格式）及 MSI 屬性（PORTNUMBER=…）轉換為 omsgate 設定；並說明哪些內容無法對應及原因
    .files = 含有 Cmdlet 輸出或 msiexec 命令列的檔案（`-`：標準輸入）
    .write = 將設定寫入 --config（檔案已存在時拒絕，除非指定 --force）；未指定此選項時則輸出設定
    .force = 取代現有的檔案
help-generate = 將 man 頁面與 shell 自動完成指令碼寫入 DIR（由套件建置過程執行）
