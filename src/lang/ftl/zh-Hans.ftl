## omsgate 的消息（简体中文），译自 en.ftl（英文原文）。
## IDs: help-* the command line's help (mirrors the doc comments in src/cli/mod.rs);
## the rest are built in code with msg!/t! and say what the code is doing.

help-ui =
    .usage = 用法:
    .options = 选项
    .arguments = 参数
    .commands = 命令
    .help = 显示帮助（使用 '--help' 查看更多）
    .help-long = 显示帮助（使用 '-h' 查看摘要）
    .version = 显示版本
    .help-command = 显示此消息或指定子命令的帮助
help-possible-values = 可选值：{ $values }
help-default = 默认值：{ $value }


## Config errors: what `check`, `run` and every edit say about a value that cannot run (config-*).
config-not-a-string = { $value } 不是字符串
config-not-a-list = { $value } 不是列表
config-not-true-or-false = { $value } 不是 true 或 false
config-not-a-whole-number = { $value } 不是整数
config-not-a-whole-number-in-range = { $value } 不是 { $min } 到 { $max } 之间的整数
config-not-a-port = { $value } 不是 TCP 端口（{ $min }-{ $max }）
config-not-a-whole-number-or = { $value } 不是整数或 { $word }
config-not-an-ip-address = { $value } 不是 IPv4 或 IPv6 地址
config-not-an-address-and-port = { $value } 不是 { $form }（例如 { $examples }），关闭请用 { $off }
config-not-a-relay-password-file = { $value } 不是 { $form }（中继的 host:port，与其 URL 中一致，后接其密码文件）
config-not-a-relay-route = { $value } 不是 { $key } 条目：请写成表 {"{"} { $hosts }, { $relay } {"}"}；relay 也可以是按顺序尝试的中继代理列表
config-relay-route-unknown-field = { $value }：未知字段 `{ $field }`（{ $key } 包含 { $hosts } 和 { $relay }）
config-relay-route-lacks = { $value }：缺少 { $field }
config-relay-route-routes-nothing = { $value }：{ $hosts } 未路由任何主机
config-relay-route-direct = { $value }：{ $key } 不能让主机直连（{ $relay }）：请在 { $bypass } 中列出这些主机，直连的主机只在这一处指定
config-relay-route-no-relay = { $value }：{ $relay } 未指定任何中继代理服务器
config-not-a-dns-server = { $value } 不是 DNS 服务器的 IP 或 { $form }（{ $problem }）
config-not-one-of = { $value } 不是 { $choices } 之一
config-not-an-identity = { $value } 不是标识表（{"{"} { $user } 或 { $certificate }, { $lists } {"}"}）
config-identity-unknown-field = 标识字段 `{ $field }` 未知；可用字段：{ $fields }
config-identity-names-one = 一个标识必须恰好指定 { $user } 或 { $certificate } 中的一个
config-not-an-address-or-cidr = { $value } 不是地址或 CIDR（例如 { $example }）
config-not-a-guid = { $value } 不是 GUID（{ $form }，即门户中显示的 ID）
config-duration-without-unit = { $value } 缺少单位；请写成例如 { $examples }
config-duration-not-whole-number = { $value } 不是以整数开头
config-duration-unknown-unit = { $value } 的单位 { $unit } 未知；请使用 { $units } 或 { $last }
config-listens-nowhere = { $value } 未侦听任何地址；请至少指定一个地址
config-limit-out-of-range = 必须为 { $min }..={ $max } 或 { $word }
config-limit-at-least = 必须至少为 { $min }，或为 { $word }
config-duration-at-most = 不得超过 { $max }
config-dns-ttl-at-most = 不得超过 { $max }（DNS TTL 最长为一天）
config-stale-at-most = 不得超过 { $max }（一周）
config-worker-threads-out-of-range = 必须为 { $min }（每个核心一个）到 { $max }
config-relay-listed-twice = 中继代理服务器 { $relay } 列出了两次
config-password-file-listed-twice = { $relay } 有多个密码文件：只保留一个条目
config-unknown-key-near = 未知的键 `{ $key }`；是否指的是 `{ $near }`？
config-unknown-key = 未知的键 `{ $key }`；已知的键：{ $keys }
config-problems = { $first }；{ $rest }
config-not-toml = 不是有效的 TOML：{ $error }
config-key-is-table-list = { $key } 是表的列表：应写为 { $sections } 节
config-key-is-not-table = { $key } 必须是值，而不是表
config-key-problem = { $key }：{ $problem }
config-key-is = { $key } = { $problem }
config-key-value-problem = { $key } = { $value }：{ $problem }
config-default-does-not-parse = { $key } 的内置默认值无法解析：{ $error }
config-not-a-region = { $value } 不是 ARM 区域名称（小写，无空格：{ $examples }）
config-not-a-dce-host = { $value } 不是数据收集终结点的日志引入主机（小写，形如 { $form }）
config-not-an-arc-gateway = { $value } 不是 Azure Arc 网关主机（{ $form }，与 `{ $command }` 显示的一致）
config-timeout-zero = 会立即超时；请指定正的时长，例如 { $example }
config-identity-problem = 标识 { $identity }：{ $problem }
config-identity-twice = 标识：{ $who } 有两个 { $sections } 条目
config-user-identity-needs-basic = 用户标识需要 { $setting }（否则没有代理程序会有用户名）
config-workspaces-need-services = { $key } 需要 { $services }（目录按其中指定的服务为每个工作区推导主机）；请设置 { $services }
config-proxy-protocol-from-empty = { $setting } 而 { $key } 为空时会拒绝所有标头；请列出负载均衡器的地址（例如 { $example }）
config-basic-needs-users-file = { $setting } 需要 { $key }（用 `{ $command }` 创建）
config-client-certificates-empty = { $setting } 而 { $key } 为空时会拒绝所有代理程序的证书；请添加证书使用者（{ $command }），或将策略设为 { $off }
config-error-in = { $source }：{ $problem }
config-source-embedded = 内置默认配置
config-effective-settings-from = 生效的设置，来自 { $source }
config-default-note = 默认值
config-relay-proxy-and-proxies = { $single } 和 { $listed } 同时设置：{ $single } 是 { $listed } 的单中继形式；请只保留一个（例如设置 { $example } 并取消设置 { $single }）
config-relay-proxy-with-user = { $setting }：其用户应写在 { $key } 中（{ $form } 形式用于 { $listed }）
config-relay-credentials-without-proxy = 已设置 { $keys }，但 { $key } 为空；请设置 { $setting }，或清除它们
config-too-many-relays = 中继代理服务器过多
config-relay-written-differently = { $key }：中继 { $relay } 在此处写作 { $here }，在别处写作 { $elsewhere }；请在各处写法一致
config-password-file-without-user = { $key } 中有 { $relay } 的文件，但其 URL 未指定用户：请写成 { $url }
config-password-file-for-no-relay = { $key } 指定了 { $relay }，但它不在任何 { $listed } 或 { $routes } 中
config-password-file-without-username = 设置了 { $key }，但未设置 { $username }
config-password-file-readable-by-all = { $key }：{ $path } 可被所有用户读取（模式 { $mode }）：请对其执行 { $private }（或配合服务的组执行 { $group }）
config-file-unreadable = { $key }：无法读取 { $path }：{ $error }
config-file-cannot-be-read = 无法读取配置文件：{ $error }
config-tenant-wide-workspace-ingestion = 每个 Log Analytics 工作区的引入终结点
config-tenant-wide-workspace-management = 每个 Log Analytics 工作区的管理终结点
config-tenant-wide-automation-agent-service = 每个自动化帐户的代理程序服务
config-tenant-wide-automation-endpoints = 每个自动化帐户的终结点
config-tenant-wide-data-collection-endpoints = 每个数据收集终结点
config-tenant-wide-storage-blobs = 每个存储帐户的 Blob
config-tenant-wide-storage-tables = 每个存储帐户的表
config-tenant-wide-storage-queues = 每个存储帐户的队列
config-tenant-wide-service-bus = 每个服务总线命名空间
config-tenant-wide-key-vaults = 每个密钥保管库
config-tenant-wide-derived = 终结点目录推导出此条目，因为 Microsoft 没有为此服务记录更窄的名称；`{ $command }` 会显示它允许的内容
config-tenant-wide-narrow = 改为运行 `{ $command }`（或设置 { $keys } 和 { $last }）以只允许你自己的主机；`{ $explain }` 会显示条目允许的内容
config-tenant-wide-entry = { $key } 条目 { $entry }（{ $origin }）允许的是{ $what }，而不仅是你的：此处的任何代理程序或其上的恶意软件都能向其中任何一个发送数据。{ $todo }
config-warning = 警告（事件 { $event }）：{ $warning }
config-allowlist-in-force = 当前生效的允许列表，逐条列出：
config-identity-may-reach-only = 标识 { $identity } 只能访问：
config-in-effect-under-limits = 在此进程的限制下生效（与 `{ $command }` 启动时相同）：{ $settings }
config-service-user-cannot-read = { $problem }：以 { $user } 运行的服务将拒绝此配置；请将文件交给其组（{ $commands }），或传递 { $flag }
config-wrong-configuration = 配置错误（事件 { $event }）：{ $error }
config-log-unreadable = 无法读取 { $path }：{ $error }（事件 { $event }）
config-entry-problem = 条目 { $entry }：{ $problem }
config-too-many-entries = 条目超过 { $max } 个
config-target-not-authority = 目标必须为 { $form }（authority 形式）
config-target-userinfo = 目标不得包含 userinfo（{ $form }）
config-target-percent = 目标不得包含 { $character }（百分号编码或 IPv6 区域）
config-target-control-byte = 目标包含控制字节或非 ASCII 字节
config-target-bad-port = 端口必须是 { $min }-{ $max } 之间的数字
config-target-empty-label = 主机为空或包含空标签
config-target-host-too-long = 主机长度超过 { $max } 字节
config-target-label-too-long = 某个主机标签长度超过 { $max } 字节
config-target-bad-host-char = 主机包含 DNS 名称中不允许的字符
config-target-ambiguous-numeric = 主机看似数字，但不是有效的 IP 地址
config-target-bad-ipv6 = 方括号中的主机不是有效的 IPv6 地址
config-wildcard-needs-name = 通配符后面必须有名称，例如 { $example }
config-wildcard-leftmost-label-as-in = { $star } 只能出现在最左侧的标签中，例如 { $example } 或 { $other }
config-wildcard-in-ip-address = 通配符不能代表 IP 地址的一部分
config-wildcard-leftmost-label = { $star } 只能出现在最左侧的标签中
config-wildcard-one-per-entry = 每个条目只能有一个 { $star }
config-relays-at-most = { $count } 个中继代理服务器：最多 { $max } 个
config-too-many-relay-routes = { $key } 表过多
config-relay-url-scheme = { $url }：中继代理服务器应为 { $http }（明文 HTTP 中的 CONNECT）或 { $https }（到中继的 TLS），而不是 { $scheme }
config-relay-url-password = { $url }：密码不应写在 URL 中（配置文件可被读取，且 `{ $command }` 会显示它）；请放入文件：{ $setting }
config-relay-url-problem = { $url }：{ $problem }
config-relay-url-empty-user = { $url }：@ 之前的用户为空
config-relay-url-not-a-url = { $url } 不是 { $form }：{ $problem }
config-relay-user-percent = 用户中的 { $percent } 必须以 { $form }（两位十六进制数字）开头
config-relay-user-not-utf8 = 解码 { $form } 后，用户不是 UTF-8
config-users-file-problem = { $key } { $path }：{ $problem }
config-users-file-unreadable = 无法读取：{ $error }
config-users-file-line = 第 { $line } 行：{ $problem }
config-users-file-not-user-hash = 应为 { $form }（htpasswd 格式）
config-users-file-user-problem = 用户 { $user }：{ $problem }
config-users-file-user-twice = 用户 { $user } 列出了两次
config-bcrypt-hash-invalid = 不是有效的 bcrypt 哈希（{ $error }）
config-argon2-hash-invalid = 不是有效的 argon2 PHC 字符串（{ $error }）
config-hash-refused = 该哈希既不是 bcrypt（{ $bcrypt }、{ $htpasswd }）也不是 argon2（{ $argon2 }）；{ $refused } 和明文密码会被拒绝
config-not-a-user-name = { $user } 不是用户名（{ $min }-{ $max } 个字符，不含 { $colon } 或空白）
config-not-a-subject = 无效的 { $key } 条目 { $value }：应为证书使用者 DN，例如 { $examples } 或 { $example }
config-region-in-other-cloud = { $key }：{ $region } 位于 { $cloud } 云中，但 { $setting }
config-dce-host-in-other-cloud = { $key }：{ $host } 不是 { $cloud } 云的数据收集终结点（{ $suffix }）
config-arc-gateway-not-public = 已设置 { $key }，但 Azure Arc 网关只存在于公有云中（{ $setting }）
config-automation-region-unknown = { $key } 包含 { $service }，但 Microsoft 未列出区域 { $region } 的自动化终结点（{ $regions }）；请参阅 `{ $command }`
config-automation-region-needs-accounts = { $key } 包含 { $service }：区域 { $region } 只有特定于帐户的自动化终结点；请设置 { $accounts }（帐户 URL 中的 GUID，见“密钥”页）
config-endpoint-needs-key = { $services } 包含 { $service }，其用于 { $purpose } 的终结点（{ $template }）需要 { $key }；请设置 { $key }
config-ca-file-not-pem = { $key } { $path } 无法作为 PEM 证书读取：{ $error }
config-ca-file-empty = { $key } { $path } 不含任何证书
config-ca-file-unusable = { $key } { $path }：某个证书不能用作 CA：{ $error }
config-no-system-roots = { $https } 中继代理服务器需要受信任的根证书，但系统存储中没有
config-no-system-roots-because = { $problem }（{ $error }）
config-install-roots = { $problem }；请安装 { $package } 或设置 { $key }
config-relay-tls-settings = 中继的 TLS 设置：{ $error }
config-dns-server-examples = 例如 { $examples }；不能是名称
config-dns-server-port-zero = 端口 { $port }

## Edits of the config and what they print: config get/set/unset/keys, allowed-host,
## allowed-client-cert, relay-proxy, agent-user, reload; `check`'s report (edit-*).
edit-failed = omsgate: { $error }（事件 { $event }）
edit-key-set = 已在 { $path } 中设置 { $key }
edit-key-unset = 已在 { $path } 中将 { $key } 恢复为默认值
edit-host-added = 已在 { $path } 中添加允许的主机 { $host }
edit-host-removed = 已从 { $path } 中删除允许的主机 { $host }
edit-cert-added = 已在 { $path } 中添加客户端证书使用者 { $subject }
edit-cert-removed = 已从 { $path } 中删除客户端证书使用者 { $subject }
edit-relay-set = 已在 { $path } 中将中继代理服务器设置为 { $address }
edit-relays-cleared = 已在 { $path } 中清除中继代理服务器；隧道将直接连接
edit-relay-added = 已在 { $path } 中添加中继代理服务器 { $url }
edit-relay-removed = 已从 { $path } 中删除中继代理服务器 { $relay }
edit-agent-user-added = 已在 { $path } 中添加代理程序用户 { $user }（或更改其密码）
edit-agent-user-removed = 已从 { $path } 中删除代理程序用户 { $user }
edit-no-gateway = 没有使用 { $path } 运行的网关；更改将在网关启动时生效
edit-reload-nothing = 没有使用 { $path } 运行的网关：无可重新加载（网关是否已启动，是否使用了此 { $flag }？）
edit-reloaded = 已通知运行中的网关（pid { $pid }）重新加载：{ $message }（事件 { $event }）
edit-reload-draining = 网关 pid { $pid } 正在停止，未重新加载：{ $message }
edit-reload-refused = 运行中的网关（pid { $pid }）未应用更改（事件 { $event }）：{ $message }
edit-key-value = { $key }：{ $reason }
edit-not-a-list = { $key }：文件中的值不是列表
edit-not-listed = { $value } 不在 { $key } 中；`omsgate { $list }` 会显示其条目
edit-would-not-run = 编辑后的配置无法运行，因此未写入任何内容：{ $reason }
edit-not-toml = { $path } 不是有效的 TOML，因此无法安全编辑：{ $error }
edit-cannot-chown = 无法让新文件与 { $path } 一样归属所有者 { $owner } 和组 { $group }（{ $error }）；请以 root 或其所有者身份运行
edit-too-many-symlinks = { $path }：符号链接超过 { $max } 层
edit-relay-two-users = { $url } 指定了用户 { $user }，但 { $flag } 指定的是 { $username }：请只指定一个
edit-relay-listed-already = { $key } 中已有 { $address }：请先运行 `omsgate relay-proxy remove { $address }`
edit-relay-password-without-user = 为 { $address } 指定了密码文件但没有用户：请指定 { $flag }（或 { $url }）
edit-users-file-refused = { $key } { $file }：{ $reason }
edit-password-prompt = 代理程序用户 { $user } 的密码（不显示）：
edit-password-empty = 不接受空密码；请通过标准输入提供密码
edit-agent-users-none = { $path } 中没有 { $key }：没有代理程序用户
edit-key-row = { $key } { $applies } 默认值 { $default }  — { $meaning }
edit-applies-reload = 重新加载
edit-applies-restart = 重新启动
edit-entry = { $origin }：{ $reading }；{ $ports }
edit-entry-port = 仅端口 { $port }
edit-entry-ports = 端口 { $ports }（{ $key }）
edit-relay-none = 无中继代理服务器：隧道直接连接
edit-relay-default-direct = 默认：直接连接（没有 { $single } 或 { $listed }）
edit-relay-default = 默认（{ $key }），按顺序尝试：
edit-relay-credentials = { $url }  （用户 { $user }，{ $password }）
edit-relay-no-credentials = { $url }  （无凭据）
edit-relay-password-file = 密码读取自 { $file }
edit-relay-no-password = 无密码
edit-relay-bypass = 直接连接（{ $key }）：{ $hosts }
edit-relay-route = { $key } { $number }：{ $hosts }
edit-relay-retry = 失败的中继在 { $key }（{ $duration }）内会被跳过
edit-relay-ca-file = https:// 中继必须出示来自 { $file } 的证书
edit-relay-ca-system = https:// 中继必须出示系统信任的证书
edit-cannot-enter = { $user } 无法进入 { $dir }
edit-cannot-read = { $user } 无法读取 { $file }
edit-file-mode = { $path }（模式 { $mode }，所有者 { $owner }，组 { $group }）

## What the policy decides and why: explain, allowed-host suggest (explain-*).
explain-failed = omsgate: { $error }（事件 { $event }）
explain-not-a-target = { $target } 不是 HOST、HOST:PORT、IP 或 [IPv6]:PORT
explain-allowed = 允许：{ $target }
explain-allowed-by = 依据 { $entry }  （{ $why }）
explain-denied = 拒绝：{ $target }（事件 { $event }，{ $reason }）：{ $message }
explain-no-near = 没有与之相近的条目
explain-report-mode = { $setting }：放行，并记录为带有 { $field } 的事件 { $event }
explain-then = 随后：
explain-then-were-it-allowed = 假如允许，随后：
explain-route = 路由：{ $route }
explain-route-direct = 直接连接（未配置中继代理服务器）
explain-route-default = 经由 { $relays }（{ $key }；没有 { $bypass } 或 { $route } 条目指定它）
explain-route-bypass = 直接连接，依据 { $key } 条目 { $entry }
explain-route-by-rule = 经由 { $relays }，依据 { $key } { $number } 条目 { $entry }
explain-relay-one = 中继代理服务器 { $relay }
explain-relays = 中继代理服务器 { $relays }，按顺序尝试（失败的中继在 { $key } 内会被跳过）
explain-relay-then = { $first }，然后 { $next }
explain-near-port = 主机匹配，但允许的是 { $ports }，而不是 { $port }
explain-near-only-port = 仅端口 { $port }
explain-near-default-ports = { $key } 中的端口 { $ports }
explain-near-below = 匹配 { $name } 之下的名称，而不匹配 { $name } 本身；要允许它，请添加 { $name }
explain-near-lookalike = { $host } 只是以 { $name } 的字母结尾：它既不是 { $name }，也不是其下的名称
explain-near-label = 第一个标签必须为 { $prefix }…{ $suffix }，且 * 处至少有一个字符
explain-near-same-domain = 在同一域中，但它匹配的是 { $reading }
explain-after-vetted = 名称只解析一次，拨号前会审查每个地址：绝不连接未指定地址（0.0.0.0、::）或此网关自身的侦听器
explain-after-private-allowed = { $setting }：可以连接环回、专用和链路本地地址
explain-after-ip-listed = 该 IP 文本被精确列出，因此即使是专用地址也可以连接
explain-after-private-refused = 环回、专用、链路本地（包括云元数据）及其他非公共地址会被拒绝（{ $setting }）
explain-origin-file = 文件
explain-origin-default = 默认值
explain-origin-derived = 推导自：{ $from }
explain-reading-exact = 恰好是 { $name }
explain-reading-below = { $name } 之下的任何名称（不含 { $name } 本身）
explain-reading-in-label = 形如 { $prefix }…{ $suffix }.{ $rest } 且第一个标签在 * 处至少有一个字符的名称
explain-reading-this-and-below = { $name } 及其下的任何名称（Microsoft 的无点形式 *{ $name }）
explain-reading-ip = 恰好是地址 { $ip }
explain-deny-host = 目标 { $host } 不在 { $key } 中
explain-deny-port = 端口 { $port } 不允许用于 { $host }（{ $key }，或 host:port 条目）
explain-deny-private = { $target } 解析为 { $ip }，这是 { $class } 地址；要允许它，请设置 { $setting }，或将该 IP 本身加入允许列表
explain-deny-unspecified = { $target } 指向 { $ip }，这是未指定地址：连接它会到达本机，因此它绝不能作为目标（{ $hosts } 和 { $private } 都无法允许它）
explain-deny-own = { $addr } 就是此网关：它在该端口上侦听，且该地址是本机的地址之一；到它的隧道会形成环路
explain-deny-maybe-own = { $addr } 可能就是此网关（它在该端口上侦听），且无法读取本机的地址（{ $error }）；为防止到它的隧道形成环路而拒绝
explain-deny-identity = 目标 { $target } 不允许用于标识 { $identity }（其 { $section } 的 { $hosts } 和 { $workspaces }，或 { $shared }）
explain-as-user = 作为 { $identity }：仅按该 { $section } 自己的列表判定（其 { $hosts }、从其 { $workspaces } 派生的主机，以及 { $shared }）
explain-as-certificate = 作为 { $identity }：CONNECT 由全局允许列表判定；读取代理程序的 Certificate 消息后（TLS 1.2 及更早版本），还由该 { $section } 自己的列表判定（其 { $hosts }、从其 { $workspaces } 派生的主机，以及 { $shared }）；使用 TLS 1.3 的代理程序仅由全局允许列表判定
explain-as-unbound = 没有 { $section } 指定 { $identity }：此类代理程序由全局允许列表判定
explain-identity-form = { $identity } 未指定任何标识：请给出 user=NAME 或 certificate=SUBJECT
explain-identities-hint = { $section } 指定的代理程序按其自己的列表判定：{ $flag } 可针对其中一个进行说明
explain-suggest-none = 日志中没有 would-deny 事件（带有 { $field } 的事件 { $event }）
explain-suggest-total = { $tunnels ->
       *[other] 有 { $tunnels } 个隧道本会被拒绝；以下精确条目可允许它们。
    }
explain-suggest-review = 在 `{ $command }` 之前逐条审查：只允许代理程序需要的内容。
explain-suggest-entry = { $tunnels ->
       *[other] { $tunnels } 个隧道，首次出现于 { $first }
    }

## The running gateways: status, top, drain (status-*).
status-not-running = 未运行：没有使用 { $config } 的网关
status-no-answer = omsgate（pid { $pid }）：正在运行，但无法读取其状态（较旧的 omsgate？）：{ $answer }
status-gateway = omsgate { $version }（pid { $pid }）：正在运行，{ $state }；已运行 { $uptime }
status-state-ready = 就绪
status-state-draining-accepting = 正在排空（正在停止：{ $readyz } 返回 503，仍在接受连接）
status-state-draining-closed = 正在排空（正在停止：侦听器已关闭，{ $open ->
       *[other] 仍有 { $open } 个隧道打开
    }）
status-label-config = 配置
status-label-last-reload = 上次重新加载
status-label-listening = 侦听
status-label-tunnels = 隧道
status-label-clients = 客户端
status-label-recent = 最近
status-config = { $source }，第 { $generation } 代，{ $entries ->
       *[other] { $entries } 个允许列表条目
    }，{ $policy }
status-last-reload-none = 启动以来没有
status-last-reload = { $ago } 前：{ $outcome } — { $message }
status-reload-ok = 成功
status-reload-refused = 被拒绝
status-listening = { $addresses }；指标 { $metrics }
status-metrics-off = 关闭
status-tunnels = 已打开 { $open } 个，上限 { $limit }（{ $percent }%）
status-clients = 已连接 { $connected } 个（{ $limit }）
status-clients-busiest = 已连接 { $connected } 个；最繁忙的是 { $address }，打开 { $open } 个（{ $limit }）
status-no-client-limit = 无 { $key }
status-recent = { $window }：
status-recent-since-start = 启动以来（{ $window }）
status-recent-last = 最近 { $window }
status-recent-tunnels-opened = 已打开的隧道：{ $count }
status-recent-rejections = 按原因统计的拒绝：{ $list }
status-recent-errors = 按事件 ID 统计的错误：{ $list }
status-none = 无
status-bytes-b = { $value } B
status-bytes-kb = { $value } kB
status-bytes-mb = { $value } MB
status-bytes-gb = { $value } GB
status-bytes-tb = { $value } TB
status-top-heading = omsgate top: pid { $pid }，{ $config }，最近 { $window }
status-top-busiest-entries = 最繁忙的允许列表条目
status-top-tunnels = 隧道
status-top-open = 打开
status-top-bytes = 字节
status-top-no-tunnels = （无隧道）
status-top-most-refused = 被拒绝最多的目标
status-top-refused = 拒绝
status-top-reason = 原因
status-top-no-refusals = （无拒绝）
status-top-refresh = （每 { $seconds } 秒刷新；按 { $keys } 结束）
status-top-no-answer = { $count ->
       *[other] 有 { $count } 个网关使用
    } { $config }，但没有一个响应 { $command }（较旧的 omsgate？）
status-drain-none = 没有使用 { $config } 运行的网关：无可排空（网关是否已启动，是否使用了此 { $flag }？侦听器已关闭的网关已在排空）（事件 { $event }）
status-drain-told = 已通知运行中的网关（pid { $pid }）排空：{ $message }（事件 { $event }）
status-drain-refused = 运行中的网关（pid { $pid }）未排空（事件 { $event }）：{ $message }

## Writing a config: init's questions, import-oms (setup-*).
setup-nothing-written = { $error }（事件 { $event }）；未写入任何内容
setup-init-intro = 为 { $path } 创建配置（按 Enter 保留 [默认值]）。
setup-init-exists = { $path } 已存在；`{ $force }` 会替换它（或用 `{ $edit }` 编辑）
setup-ask-listen-port = 代理程序连接的侦听端口（1-65535）
setup-ask-services = 服务（{ $names }；以逗号分隔）
setup-ask-cloud = Azure 云（{ $names }）
setup-ask-workspace-ids = Log Analytics 工作区 ID，以逗号分隔
setup-ask-regions = 计算机和工作区所在的 Azure 区域（ARM 名称，例如 { $example }）
setup-ask-relay-proxy = 此网关向外连接所经由的中继代理服务器（{ $form }；留空：直接连接）
setup-ask-relay-username = 中继代理服务器用户名（留空：无）
setup-ask-relay-password = 中继代理服务器密码（不显示）
setup-flag-needs-flag = { $flag } 需要 { $needed }
setup-no-password-on-stdin = 标准输入中没有密码
setup-cannot-read-password = 无法从终端读取密码：{ $error }
setup-stdin-closed = 在回答完所有问题之前标准输入已关闭
setup-cannot-read-stdin = 无法读取标准输入：{ $error }
setup-try-again = { $error }；请重试
setup-services-need-one = 所选服务至少需要一个；请重试
setup-key-needed = 所选服务需要 { $key }；请指定 { $flag }
setup-init-wrote = 已写入 { $path }（按 `{ $command }` 读取的方式检查）：{ $entries ->
       *[other] { $entries } 个允许列表条目
    }，其中 { $derived } 个推导自终结点目录
setup-init-check-hint = 每个条目及其来源
setup-agents-heading = 在代理程序上（若位于负载均衡器之后，请使用负载均衡器的地址代替 { $host }）：
setup-agents-ama = Azure Monitor Agent，扩展设置（omsgate 不向代理程序索取凭据）：
setup-agents-mma-windows = Windows 版 Log Analytics 代理程序（MMA）：代理服务器设置 -> 代理服务器 { $proxy }，无用户名
setup-agents-oms-linux = Linux 版 Log Analytics 代理程序：代理服务器 { $proxy }（其 { $files } 中的代理服务器设置）
setup-agents-operations-manager = Operations Manager：配置代理服务器 -> { $proxy }
setup-agents-arc = Azure Connected Machine 代理程序：{ $command }
setup-load-balancer = 在负载均衡器上：TCP 端口 { $port } 转发到每个节点；运行状况探测 TCP { $port }
setup-load-balancer-readyz = （或在端口 { $port } 上使用 { $request }：节点接受隧道时返回 200）
setup-import-cannot-read = 无法读取 { $file }：{ $error }（事件 { $event }）
setup-import-note = 注意：{ $note }
setup-import-all-mapped = 所有项均已转换
setup-import-not-mapped = { $count ->
       *[other] 有 { $count } 项无法转换：
    }
setup-import-would-not-run = 导入的配置无法运行：{ $error }（事件 { $event }）
setup-import-wrote = 已写入 { $path }（按 `{ $command }` 读取的方式检查）：{ $entries ->
       *[other] { $entries } 个允许列表条目
    }
setup-import-exists = { $path } 已存在；{ $flag } 会替换它
setup-import-not-json = 不是 { $cmdlet } 输出的 JSON：{ $error }
setup-import-no-cmdlet-value = 不是任何 cmdlet 会输出的值
setup-import-not-this-cmdlet-value = 不是此 cmdlet 会输出的值
setup-import-password-never-shown = 这些 cmdlet 从不显示密码；请用 `{ $command }` 设置
setup-import-no-setting = 没有对应的 omsgate 设置
setup-import-no-setting-keys = 没有对应的 omsgate 设置（`{ $command }` 会列出这些设置）
setup-import-proxy-without-hasproxy = { $has_proxy } 不是 1，因此安装程序会忽略 { $proxy }
setup-import-username-without-hasauth = { $has_auth } 和 { $has_proxy } 并非都为 1
setup-import-password-not-from-command-line = 不从命令行导入；请用 `{ $command }` 设置
setup-import-installdir = Windows 安装文件夹：无对应项（由软件包安装 omsgate）
setup-import-licenseaccepted = Windows 安装程序的许可协议提示：无对应项
setup-import-unknown-property = 不是网关安装程序有文档记录的属性
setup-import-not-a-port = 不是 TCP 端口（1-65535）
setup-import-relay-without-port = 缺少端口：omsgate 需要 { $form }，不会猜测中继代理服务器的端口；请用 `{ $command }` 设置
setup-import-not-a-relay-url = 不是 omsgate 可用的中继代理服务器地址：{ $error }
setup-import-not-a-host = 不是 { $key } 条目：{ $error }
setup-import-not-a-subject = 不是 omsgate 能匹配的客户端证书使用者：{ $error }
setup-import-username-without-relay = 有中继代理服务器用户名，但没有可转换的中继代理服务器地址
setup-import-replaced = 前面某项中的{ $what } { $old } 被替换为 { $new }
setup-import-what-listen-port = 侦听端口
setup-import-what-relay-proxy = 中继代理服务器
setup-import-what-relay-username = 中继代理服务器用户名
setup-import-subject-read-as-cn = 客户端证书使用者 { $subject } 被读取为 { $cn }（omsgate 匹配 DN 或 CN=…）
setup-import-families-added = 已在导入的主机之外添加默认的 Azure Monitor 系列：原网关也允许其自动下载的终结点
setup-generate-cannot-write = 无法写入 { $dir }：{ $error }（事件 { $event }）

## The command line's errors (clap's, in the operator's language) (args-*).
args-unknown-argument = 发现意外的参数 '{ $arg }'
args-unknown-subcommand = 无法识别的子命令 '{ $subcommand }'
args-invalid-value = '{ $arg }' 的值 '{ $value }' 无效
args-invalid-value-why = '{ $arg }' 的值 '{ $value }' 无效：{ $why }
args-value-missing = '{ $arg }' 需要一个值，但未提供
args-missing-required = { $count ->
       *[other] 未提供以下必需参数：{ $arguments }
    }
args-missing-subcommand = '{ $command }' 需要子命令，但未提供
args-too-many-values = 发现 '{ $arg }' 的意外值 '{ $value }'；不需要更多值
args-too-few-values = '{ $arg }' 需要 { $min } 个值；{ $actual ->
       *[other] 仅提供了 { $actual } 个
    }
args-wrong-number-of-values = '{ $arg }' 需要 { $expected } 个值，但{ $actual ->
       *[other] 提供了 { $actual } 个
    }
args-used-twice = 参数 '{ $arg }' 不能多次使用
args-conflict = 参数 '{ $arg }' 不能与 { $others } 一起使用
args-conflict-other = 参数 '{ $arg }' 不能与指定的其他一个或多个参数一起使用
args-needs-equals = 为 '{ $arg }' 赋值时需要等号
args-tip = 提示：{ $tip }
args-similar-subcommand = { $count ->
       *[other] 存在类似的子命令：{ $names }
    }
args-similar-argument = { $count ->
       *[other] 存在类似的参数：{ $names }
    }
args-similar-value = { $count ->
       *[other] 存在类似的值：{ $names }
    }
args-subcommands = 子命令：{ $names }
args-tip-pass-as-value = 要将 '{ $arg }' 作为值传递，请使用 '{ $instead }'
args-tip-exists = '{ $name }' 存在
args-try-help = 有关详细信息，请尝试 '{ $help }'。

## The command line's help: mirrors the doc comments of src/cli/mod.rs (a test keeps them equal).
help-omsgate = 面向隔离网络中监控代理程序、基于允许列表的 HTTP CONNECT 网关
    .config = 配置文件（默认为 /etc/omsgate/omsgate.toml；该文件不存在时使用内置的默认配置）
    .lang = omsgate 输出所用的语言（de, fr, ja, pt-BR, zh-Hant, …；默认取自 OMSGATE_LANG、LC_ALL、LC_MESSAGES、LANG）。日志和指标始终为英文
help-run = 运行网关（默认操作）
help-check = 验证配置并显示实际生效的设置；有效时退出状态为 0，无效时为 2
    .service-user = 以 root 运行时，若此用户（服务的运行用户）无法读取配置中指定的文件，则发出警告
help-config = 读取或更改设置（Get/Set-OMSGatewayConfig）
help-config-get = 显示每个键的值（已填入默认值），或单个键的值
    .output = `text`（TOML 值）或 `json`
help-config-keys = 列出各个键：类型、默认值、重新加载时是否生效、含义
    .markdown = 以 README 中的 Markdown 表格格式输出
help-config-set = 设置一个键（列表写作 a,b 或 TOML 数组）；写入前先进行验证
help-config-unset = 从文件中删除一个键，使其默认值生效
help-allowed-host = 列出、添加或删除允许的目标（*-OMSGatewayAllowedHost）
help-allowed-host-list = 文件中配置的主机；--all：所有生效的条目，包括默认条目
help-allowed-host-add = 允许一个主机：主机名、*.suffix、IP 字面量，或以上任一形式加端口，写作 entry:PORT
help-allowed-host-remove = 不再允许某个主机（须与列表中显示的完全一致）
help-allowed-host-suggest = 以报告模式上线后使用：根据 JSON 日志中的 would-deny 事件，给出能放行允许列表本会拒绝的连接的确切条目（`-`：标准输入）
help-allowed-client-cert = 列出、添加或删除允许的客户端证书使用者（*-OMSGatewayAllowedClientCertificate）
help-allowed-client-cert-list = 允许的证书使用者
help-allowed-client-cert-add = 允许一个证书使用者：完整 DN 或 CN=...
help-allowed-client-cert-remove = 不再允许某个证书使用者（须与列表中显示的完全一致）
help-relay-proxy = 显示、设置或清除中继（上游）代理服务器（*-OMSGatewayRelayProxy）
help-relay-proxy-get = 显示中继代理服务器及选择它们的规则（从不显示密码）
help-relay-proxy-set = 让隧道经由单个中继 http[s]://HOST:PORT 转发（替换现有列表）
    .address = 中继代理服务器，http://HOST:PORT（或 HOST:PORT、[IPv6]:PORT）
    .username = 中继的 Basic 认证用户（无则省略；`add` 也接受 URL 中的 USER@）
    .password-stdin = 从标准输入读取密码（保存在配置文件旁：模式 0640，属组与配置文件相同）
    .password-file = 从此文件读取密码（在启动和重新加载时）
help-relay-proxy-add = 将一个中继添加到 `relay_proxies`，在先前列出的中继之后尝试（已有的 `relay_proxy` 会成为列表的第一项）
    .url = http[s]://[USER@]HOST:PORT（或 HOST:PORT）
    .username = 中继的 Basic 认证用户（无则省略；`add` 也接受 URL 中的 USER@）
    .password-stdin = 从标准输入读取密码（保存在配置文件旁：模式 0640，属组与配置文件相同）
    .password-file = 从此文件读取密码（在启动和重新加载时）
help-relay-proxy-remove = 移除一个中继（HOST:PORT 或其 URL）
help-relay-proxy-clear = 恢复直接连接（移除所有中继）
help-agent-user = 添加、删除或列出代理程序的用户（client_auth = "basic"）：即配置中指定的用户文件（client_auth_users_file；未指定时为配置文件旁的 `agent-users`）
help-agent-user-list = 用户列表（已排序）
help-agent-user-add = 添加用户，或为已有用户设置新密码：密码从标准输入读取（在终端上以不回显方式提示输入），绝不从命令行读取；以 bcrypt 哈希形式存储
    .cost = bcrypt 成本（4-15）：每增加一级，未缓存的校验耗时翻倍（成本 10 约占单核 50-150 ms）。代理程序使用较长的随机密码时，较低的成本同样安全，并能让重启后的节点更快地重新校验数千个代理程序
help-agent-user-remove = 删除用户：自下次重新加载起，该用户的代理程序将收到 407
help-reload = 通知使用此配置运行的网关重新加载配置，并保持已打开的隧道
help-drain = 像 SIGTERM 一样排空使用此配置运行的网关，随后它们退出。退出状态：0 正在排空，1 没有运行中的网关，2 被拒绝
    .long =
        像 SIGTERM 一样排空使用此配置运行的网关，随后它们退出。退出状态：0 正在排空，1 没有运行中的网关，2 被拒绝。

        /readyz 立即返回 503，但在 drain_grace 期间仍继续处理新隧道（负载均衡器在此期间将该节点移出）；随后侦听器关闭，已打开的隧道最多还有 drain_timeout 的时间，进程以 0 退出：之后由 systemd 的 Restart= 策略或运维人员决定（滚动重启：排空、等待退出、启动）。在宽限期内再次请求，会立即结束宽限期。
help-status = 查询使用此配置运行的网关的状态：pid、版本、运行时长、配置代次、上次重新加载、就绪或正在排空、隧道数和客户端数及其上限、最近 5 分钟的拒绝和错误。退出状态：0 运行中且就绪，1 未运行，3 正在排空（未就绪），4 没有可用的应答
    .output = `text` 或 `json`
help-top = 最近 5 分钟内最繁忙的允许列表条目和被拒绝最多的目标；在终端上每 2 秒刷新一次，直到按下 Ctrl-C（输出到管道时只输出一次）。退出状态：有网关应答时为 0，没有网关运行时为 1
    .once = 只显示一次即退出，在终端上也是如此
    .output = `text` 或 `json`
help-explain = 说明策略对 HOST[:PORT] 的判定及原因：允许它的条目，或最接近的条目以及各自不匹配的原因。退出状态：0 允许，1 拒绝，2 输入有误
    .target = HOST、HOST:PORT、IP 或 [IPv6]:PORT（未指定端口时为 443）
    .output = `text` 或 `json`
    .identity = 作为此 `[[identity]]` 的代理程序进行判定，名称与日志行中的一致：`user=NAME` 或 `certificate=SUBJECT`
help-init = 编写配置（相当于原产品的安装向导）：在终端上逐项询问，或通过命令行选项提供所有答案；按 `run` 读取时的方式进行检查；并说明需要在代理程序上设置什么
    .workspace-id = Log Analytics 工作区 ID（GUID）；可重复指定多个
    .region = Azure 区域（ARM 名称，例如 westeurope）；可重复指定多个
    .cloud = public、usgov 或 china
    .services = 以逗号分隔的代理程序和服务：azure_monitor_agent, log_analytics_agent, automation, arc
    .dce-host = 数据收集终结点的日志引入主机；可重复指定多个
    .listen-port = 代理程序连接的端口，1-65535（默认 8080）
    .relay-proxy = 中继（上游）代理服务器，http://HOST:PORT
    .relay-username = 中继代理服务器的 Basic 认证用户
    .relay-password-stdin = 从标准输入读取中继代理服务器的密码（保存在配置文件旁，0640）
    .force = 替换已有的配置文件
help-import-oms = 将 Windows 版网关的 cmdlet 输出（Get-OMSGateway*，文本或 ConvertTo-Json 格式）和 MSI 属性（PORTNUMBER=…）转换为 omsgate 配置；说明哪些内容无法转换及原因
    .files = 包含 cmdlet 输出或 msiexec 命令行的文件（`-`：标准输入）
    .write = 将配置写入 --config（文件已存在时拒绝，除非指定 --force）；不指定此项时输出配置
    .force = 替换已有的文件
help-generate = 将 man 手册页和 shell 补全脚本写入 DIR（由软件包构建过程运行）
