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

## Edits of the config and what they print: config get/set/unset/keys, allowed-host,
## allowed-client-cert, relay-proxy, agent-user, reload; `check`'s report (edit-*).

## What the policy decides and why: explain, allowed-host suggest (explain-*).

## The running gateways: status, top, drain (status-*).

## Writing a config: init's questions, import-oms (setup-*).

## The command line's errors (clap's, in the operator's language) (args-*).

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
