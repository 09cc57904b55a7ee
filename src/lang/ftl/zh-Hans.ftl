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

## Edits of the config and what they print: config get/set/unset/keys, allowed-host,
## allowed-client-cert, relay-proxy, agent-user, reload; `check`'s report (edit-*).

## What the policy decides and why: explain, allowed-host suggest (explain-*).

## The running gateways: status, top, drain (status-*).

## Writing a config: init's questions, import-oms (setup-*).

## The command line's errors (clap's, in the operator's language) (args-*).

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
