## omsgate's messages in English: the source every other language translates.
## IDs: help-* the command line's help (mirrors the doc comments in src/cli/mod.rs);
## the rest are built in code with msg!/t! and say what the code is doing.

help-ui =
    .usage = Usage:
    .options = Options
    .arguments = Arguments
    .commands = Commands
    .help = Print help (see more with '--help')
    .help-long = Print help (see a summary with '-h')
    .version = Print version
    .help-command = Print this message or the help of the given subcommand(s)
help-possible-values = possible values: { $values }
help-default = default: { $value }


## Config errors: what `check`, `run` and every edit say about a value that cannot run (config-*).
# Placeables in config-* stay as they are in every language: $key, $keys, $single,
# $listed… are config keys; $value is a value as the file writes it (quoted); $setting
# is `key = value`; $form, $example(s), $command, $flag are what to type; $problem,
# $error, $warning nest another message (or a library's own text) in the same language.
# config-key-is shows `key = <problem>` where the problem starts with the value.

config-not-a-string = { $value } is not a string
config-not-a-list = { $value } is not a list
config-not-true-or-false = { $value } is not true or false
config-not-a-whole-number = { $value } is not a whole number
config-not-a-whole-number-in-range = { $value } is not a whole number from { $min } to { $max }
config-not-a-port = { $value } is not a TCP port ({ $min }-{ $max })
config-not-a-whole-number-or = { $value } is not a whole number or { $word }
config-not-an-ip-address = { $value } is not an IPv4 or IPv6 address
config-not-an-address-and-port = { $value } is not { $form } (e.g. { $examples }), or { $off } for off
config-not-a-relay-password-file = { $value } is not { $form } (the relay's host:port as in its URL, then its password file)
config-not-a-relay-route = { $value } is not a { $key } entry: write a table {"{"} { $hosts }, { $relay } {"}"}; relay may also be a list of relay proxies, tried in order
config-relay-route-unknown-field = { $value }: unknown field `{ $field }` (a { $key } has { $hosts } and { $relay })
config-relay-route-lacks = { $value }: no { $field }
config-relay-route-routes-nothing = { $value }: { $hosts } routes nothing
config-relay-route-direct = { $value }: a { $key } cannot send hosts direct ({ $relay }): list them in { $bypass }, the one place that says what goes direct
config-relay-route-no-relay = { $value }: { $relay } names no relay proxy
config-not-a-dns-server = { $value } is not a DNS server's IP or { $form } ({ $problem })
config-not-one-of = { $value } is not one of { $choices }
config-not-an-identity = { $value } is not an identity table ({"{"} { $user } or { $certificate }, { $lists } {"}"})
config-identity-unknown-field = identity field `{ $field }` is unknown; fields: { $fields }
config-identity-names-one = an identity names exactly one of { $user } or { $certificate }
config-not-an-address-or-cidr = { $value } is not an address or CIDR such as { $example }
config-not-a-guid = { $value } is not a GUID ({ $form }, as the portal shows the ID)
config-duration-without-unit = { $value } has no unit; write e.g. { $examples }
config-duration-not-whole-number = { $value } does not start with a whole number
config-duration-unknown-unit = { $value } has unknown unit { $unit }; use { $units } or { $last }
config-listens-nowhere = { $value } listens nowhere; give at least one address
config-limit-out-of-range = must be { $min }..={ $max } or { $word }
config-limit-at-least = must be at least { $min }, or { $word }
config-duration-at-most = must be at most { $max }
config-dns-ttl-at-most = must be at most { $max } (DNS TTLs stop at a day)
config-stale-at-most = must be at most { $max } (a week)
config-worker-threads-out-of-range = must be { $min } (one per core) to { $max }
config-relay-listed-twice = the relay proxy { $relay } is listed twice
config-password-file-listed-twice = { $relay } has more than one password file: keep one entry for it
config-unknown-key-near = unknown key `{ $key }`; did you mean `{ $near }`?
config-unknown-key = unknown key `{ $key }`; known keys: { $keys }
config-problems = { $first }; { $rest }
config-not-toml = not valid TOML: { $error }
config-key-is-table-list = { $key } is a list of tables: { $sections } sections
config-key-is-not-table = { $key } must be a value, not a table
config-key-problem = { $key }: { $problem }
config-key-is = { $key } = { $problem }
config-key-value-problem = { $key } = { $value }: { $problem }
config-default-does-not-parse = the built-in default of { $key } does not parse: { $error }
config-not-a-region = { $value } is not an ARM region name (lowercase, no spaces: { $examples })
config-not-a-dce-host = { $value } is not a data collection endpoint's logs ingestion host (lowercase, as { $form })
config-not-an-arc-gateway = { $value } is not an Azure Arc gateway host ({ $form }, as `{ $command }` shows it)
config-timeout-zero = would time out at once; give a positive duration like { $example }
config-identity-problem = identity { $identity }: { $problem }
config-identity-twice = identity: { $who } has two { $sections } entries
config-user-identity-needs-basic = a user identity needs { $setting } (without it no agent has a user name)
config-workspaces-need-services = { $key } need { $services } (the catalog derives each workspace's hosts for the services named there); set { $services }
config-proxy-protocol-from-empty = { $setting } with an empty { $key } would refuse every header; list the load balancers' addresses (e.g. { $example })
config-basic-needs-users-file = { $setting } needs { $key } (create it with `{ $command }`)
config-client-certificates-empty = { $setting } with an empty { $key } would refuse every agent's certificate; add subjects ({ $command }) or set the policy to { $off }
config-error-in = { $source }: { $problem }
config-source-embedded = embedded default
config-effective-settings-from = effective settings from { $source }
config-default-note = default
config-relay-proxy-and-proxies = { $single } and { $listed } are both set: { $single } is the one-relay form of { $listed }; keep one (e.g. { $example } and unset { $single })
config-relay-proxy-with-user = { $setting }: its user goes in { $key } (the { $form } form is for { $listed })
config-relay-credentials-without-proxy = { $keys } are set but { $key } is empty; set { $setting } or clear them
config-too-many-relays = too many relay proxies
config-relay-written-differently = { $key }: the relay { $relay } is written { $here } here and { $elsewhere } elsewhere; write it alike everywhere
config-password-file-without-user = { $key } has a file for { $relay } but its URL names no user: write { $url }
config-password-file-for-no-relay = { $key } names { $relay }, which is in no { $listed } or { $routes }
config-password-file-without-username = { $key } is set without { $username }
config-password-file-readable-by-all = { $key }: { $path } is readable by every user (mode { $mode }): { $private } it (or { $group } with the service's group)
config-file-unreadable = { $key }: { $path } cannot be read: { $error }
config-file-cannot-be-read = cannot read the config file: { $error }
config-tenant-wide-workspace-ingestion = every Log Analytics workspace's ingestion endpoint
config-tenant-wide-workspace-management = every Log Analytics workspace's management endpoint
config-tenant-wide-automation-agent-service = every Automation account's agent service
config-tenant-wide-automation-endpoints = every Automation account's endpoints
config-tenant-wide-data-collection-endpoints = every data collection endpoint
config-tenant-wide-storage-blobs = every storage account's blobs
config-tenant-wide-storage-tables = every storage account's tables
config-tenant-wide-storage-queues = every storage account's queues
config-tenant-wide-service-bus = every Service Bus namespace
config-tenant-wide-key-vaults = every Key Vault
config-tenant-wide-derived = The endpoint catalog derives it because Microsoft documents no narrower name for this service; `{ $command }` shows what it allows
config-tenant-wide-narrow = Run `{ $command }` (or set { $keys } and { $last }) to allow your own hosts instead; `{ $explain }` shows what an entry allows
config-tenant-wide-entry = { $key } entry { $entry } ({ $origin }) allows { $what }, not only yours: any agent here, or malware on one, can send data to any of them. { $todo }
config-warning = warning (event { $event }): { $warning }
config-allowlist-in-force = the allowlist in force, entry by entry:
config-identity-may-reach-only = identity { $identity } may reach only:
config-in-effect-under-limits = in effect under this process's limits (as `{ $command }` would start): { $settings }
config-service-user-cannot-read = { $problem }: the service running as { $user } will refuse this config; give the file to its group ({ $commands }) or pass { $flag }
config-wrong-configuration = wrong configuration (event { $event }): { $error }
config-log-unreadable = cannot read { $path }: { $error } (event { $event })
config-entry-problem = entry { $entry }: { $problem }
config-too-many-entries = more than { $max } entries
config-target-not-authority = the target must be { $form } (authority form)
config-target-userinfo = the target must not carry userinfo ({ $form })
config-target-percent = the target must not contain { $character } (percent-encoding or IPv6 zone)
config-target-control-byte = the target contains a control or non-ASCII byte
config-target-bad-port = the port must be a number { $min }-{ $max }
config-target-empty-label = the host is empty or has an empty label
config-target-host-too-long = the host is longer than { $max } bytes
config-target-label-too-long = a host label is longer than { $max } bytes
config-target-bad-host-char = the host contains a character not allowed in a DNS name
config-target-ambiguous-numeric = the host looks numeric but is not a valid IP address
config-target-bad-ipv6 = the bracketed host is not a valid IPv6 address
config-wildcard-needs-name = a wildcard needs a name after it, as in { $example }
config-wildcard-leftmost-label-as-in = a { $star } may only stand in the leftmost label, as in { $example } or { $other }
config-wildcard-in-ip-address = a wildcard cannot stand for part of an IP address
config-wildcard-leftmost-label = a { $star } may only stand in the leftmost label
config-wildcard-one-per-entry = one { $star } per entry
config-relays-at-most = { $count } relay proxies: at most { $max }
config-too-many-relay-routes = too many { $key } tables
config-relay-url-scheme = { $url }: a relay proxy is { $http } (CONNECT in plain HTTP) or { $https } (TLS to the relay), not { $scheme }
config-relay-url-password = { $url }: a password does not belong in the URL (the config is readable and `{ $command }` prints it); put it in a file: { $setting }
config-relay-url-problem = { $url }: { $problem }
config-relay-url-empty-user = { $url }: the user before @ is empty
config-relay-url-not-a-url = { $url } is not { $form }: { $problem }
config-relay-user-percent = a { $percent } in the user must start { $form } (two hex digits)
config-relay-user-not-utf8 = the user is not UTF-8 once { $form } are decoded
config-users-file-problem = { $key } { $path }: { $problem }
config-users-file-unreadable = cannot be read: { $error }
config-users-file-line = line { $line }: { $problem }
config-users-file-not-user-hash = expected { $form } (htpasswd form)
config-users-file-user-problem = user { $user }: { $problem }
config-users-file-user-twice = user { $user } is listed twice
config-bcrypt-hash-invalid = not a valid bcrypt hash ({ $error })
config-argon2-hash-invalid = not a valid argon2 PHC string ({ $error })
config-hash-refused = the hash is not bcrypt ({ $bcrypt }, { $htpasswd }) or argon2 ({ $argon2 }); { $refused } and plain passwords are refused
config-not-a-user-name = { $user } is not a user name ({ $min }-{ $max } characters, no { $colon } or whitespace)
config-not-a-subject = invalid { $key } entry { $value }: expected a subject DN such as { $examples } or { $example }
config-region-in-other-cloud = { $key }: { $region } is in the { $cloud } cloud, but { $setting }
config-dce-host-in-other-cloud = { $key }: { $host } is not a data collection endpoint of the { $cloud } cloud ({ $suffix })
config-arc-gateway-not-public = { $key } is set, but the Azure Arc gateway exists only in the public cloud ({ $setting })
config-automation-region-unknown = { $key } includes { $service }, but Microsoft lists no Automation endpoints for region { $region } ({ $regions }); see `{ $command }`
config-automation-region-needs-accounts = { $key } includes { $service }: region { $region } has only account-specific Automation endpoints; set { $accounts } (the GUID in the account's URL, Keys page)
config-endpoint-needs-key = { $services } includes { $service }, whose endpoint for the { $purpose } ({ $template }) needs { $key }; set { $key }
config-ca-file-not-pem = { $key } { $path } cannot be read as PEM certificates: { $error }
config-ca-file-empty = { $key } { $path } holds no certificate
config-ca-file-unusable = { $key } { $path }: a certificate is not a usable CA: { $error }
config-no-system-roots = an { $https } relay proxy needs trusted roots, and the system's store has none
config-no-system-roots-because = { $problem } ({ $error })
config-install-roots = { $problem }; install { $package } or set { $key }
config-relay-tls-settings = TLS settings for relays: { $error }
config-dns-server-examples = e.g. { $examples }; not a name
config-dns-server-port-zero = port { $port }

## Edits of the config and what they print: config get/set/unset/keys, allowed-host,
## allowed-client-cert, relay-proxy, agent-user, reload; `check`'s report (edit-*).
# A command that could not do what it was asked: the error, then its event ID.
edit-failed = omsgate: { $error } (event { $event })
# What an edit did; $path is the config file.
edit-key-set = { $key } set in { $path }
edit-key-unset = { $key } back to its default in { $path }
edit-host-added = allowed host { $host } added in { $path }
edit-host-removed = allowed host { $host } removed in { $path }
# $subject is quoted ("CN=agent-1").
edit-cert-added = client certificate subject { $subject } added in { $path }
edit-cert-removed = client certificate subject { $subject } removed in { $path }
edit-relay-set = relay proxy set to { $address } in { $path }
edit-relays-cleared = relay proxies cleared; tunnels connect directly in { $path }
edit-relay-added = relay proxy { $url } added in { $path }
edit-relay-removed = relay proxy { $relay } removed in { $path }
edit-agent-user-added = agent user { $user } added (or its password changed) in { $path }
edit-agent-user-removed = agent user { $user } removed in { $path }
# Telling the running gateways to reload: $message and $event are the gateway's answer.
edit-no-gateway = no running gateway serves { $path }; the change applies when it starts
edit-reload-nothing = no running gateway serves { $path }: nothing to reload (is it started, and with this { $flag }?)
edit-reloaded = told running gateway (pid { $pid }) to reload: { $message } (event { $event })
edit-reload-draining = gateway pid { $pid } is stopping and was not reloaded: { $message }
edit-reload-refused = the running gateway (pid { $pid }) did not apply it (event { $event }): { $message }
# Why an edit was refused; nothing was written. $key is a config key, $reason says what is wrong with its value.
edit-key-value = { $key }: { $reason }
edit-not-a-list = { $key }: the file's value is not a list
edit-not-listed = { $value } is not in { $key }; `omsgate { $list }` shows the entries
edit-would-not-run = the edited config would not run, so nothing was written: { $reason }
edit-not-toml = { $path } is not valid TOML, so it cannot be edited safely: { $error }
edit-cannot-chown = cannot give the new file owner { $owner } and group { $group } as { $path } has ({ $error }); run as root or as its owner
edit-too-many-symlinks = { $path }: more than { $max } symlinks
# $flag is the command line's option, --username.
edit-relay-two-users = { $url } names user { $user } but { $flag } says { $username }: give one
edit-relay-listed-already = { $key } already has { $address }: `omsgate relay-proxy remove { $address }` first
edit-relay-password-without-user = a password file for { $address } without a user: give { $flag } (or { $url })
edit-users-file-refused = { $key } { $file }: { $reason }
edit-password-prompt = Password for agent user { $user } (not shown):
edit-password-empty = an empty password is refused; give it on stdin
edit-agent-users-none = no { $key } in { $path }: no agent users
# config keys: one line per key; $applies is edit-applies-reload or edit-applies-restart, padded.
edit-key-row = { $key } { $applies } default { $default }  — { $meaning }
edit-applies-reload = reload
edit-applies-restart = restart
# An allowlist entry in words (allowed-host list --all, check, explain): where it comes from, how it is read, its ports.
edit-entry = { $origin }: { $reading }; { $ports }
edit-entry-port = port { $port } only
edit-entry-ports = ports { $ports } ({ $key })
# relay-proxy get
edit-relay-none = no relay proxy: tunnels connect directly
edit-relay-default-direct = default: direct (no { $single } or { $listed })
edit-relay-default = default ({ $key }), tried in order:
edit-relay-credentials = { $url }  (user { $user }, { $password })
edit-relay-no-credentials = { $url }  (no credentials)
edit-relay-password-file = password read from { $file }
edit-relay-no-password = no password
edit-relay-bypass = direct ({ $key }): { $hosts }
edit-relay-route = { $key } { $number }: { $hosts }
edit-relay-retry = a relay that fails is skipped for { $key } ({ $duration })
edit-relay-ca-file = https:// relays must present a certificate from { $file }
edit-relay-ca-system = https:// relays must present a certificate the system trusts
# check run as root: a file the service's user could not read.
edit-cannot-enter = { $user } cannot enter { $dir }
edit-cannot-read = { $user } cannot read { $file }
edit-file-mode = { $path } (mode { $mode }, owner { $owner }, group { $group })

## What the policy decides and why: explain, allowed-host suggest (explain-*).
# explain HOST: the decision, the entry that allowed it or the nearest entries, then what is checked afterwards.
explain-failed = omsgate: { $error } (event { $event })
explain-not-a-target = { $target } is not HOST, HOST:PORT, IP or [IPv6]:PORT
explain-allowed = allowed: { $target }
explain-allowed-by = by { $entry }  ({ $why })
# $reason is the stable reason name (host_not_allowed), $message the reason in words.
explain-denied = denied: { $target } (event { $event }, { $reason }): { $message }
explain-no-near = no entry comes near it
explain-report-mode = { $setting }: it is let through, logged as event { $event } with { $field }
explain-then = then:
explain-then-were-it-allowed = then, were it allowed:
explain-route = route: { $route }
# The way a tunnel leaves the gateway.
explain-route-direct = direct (no relay proxy is configured)
explain-route-default = through { $relays } ({ $key }; no { $bypass } or { $route } entry names it)
explain-route-bypass = direct, by { $key } entry { $entry }
explain-route-by-rule = through { $relays }, by { $key } { $number } entry { $entry }
explain-relay-one = the relay proxy { $relay }
explain-relays = the relay proxies { $relays } in order (one that fails is skipped for { $key })
# Joins relay proxies in the order they are tried: "a, then b".
explain-relay-then = { $first }, then { $next }
# Why a near entry does not allow the target.
explain-near-port = matches the host but allows { $ports }, not { $port }
explain-near-only-port = only port { $port }
explain-near-default-ports = the ports in { $key } { $ports }
explain-near-below = matches names below { $name }, not { $name } itself; add { $name } to allow it
explain-near-lookalike = { $host } only ends with the letters of { $name }: it is not { $name } nor a name below it
explain-near-label = the first label must be { $prefix }…{ $suffix }, with one or more characters where the * is
explain-near-same-domain = in the same domain, but it matches { $reading }
# What is checked after the allowlist.
explain-after-vetted = the name is resolved once and every address is vetted before one is dialled: never the unspecified address (0.0.0.0, ::) nor this gateway's own listeners
explain-after-private-allowed = { $setting }: loopback, private and link-local addresses may be dialled
explain-after-ip-listed = the IP literal is listed exactly, so it may be dialled even if private
explain-after-private-refused = loopback, private, link-local (cloud metadata included) and other non-public addresses are refused ({ $setting })
# Where an entry comes from; $from names the settings it was derived from.
explain-origin-file = file
explain-origin-default = default
explain-origin-derived = derived: { $from }
# How an entry is read.
explain-reading-exact = exactly { $name }
explain-reading-below = any name below { $name } (not { $name } itself)
explain-reading-in-label = a name { $prefix }…{ $suffix }.{ $rest } whose first label has one or more characters where the * is
explain-reading-this-and-below = { $name } and any name below it (Microsoft's dotless *{ $name })
explain-reading-ip = exactly the address { $ip }
# Why a tunnel is refused (the JSON log keeps the English).
explain-deny-host = destination { $host } is not in { $key }
explain-deny-port = port { $port } is not allowed for { $host } ({ $key }, or a host:port entry)
explain-deny-private = { $target } resolves to { $ip }, a { $class } address; set { $setting } or allowlist the IP itself to permit it
explain-deny-unspecified = { $target } leads to { $ip }, an unspecified address: a connect to it reaches this host, so it is never a destination (neither { $hosts } nor { $private } can permit it)
explain-deny-own = { $addr } is this gateway: it listens on that port and the address is one of this host's; a tunnel to it would loop
explain-deny-maybe-own = { $addr } may be this gateway (it listens on that port) and this host's addresses cannot be read ({ $error }); refused in case a tunnel to it would loop
explain-deny-identity = destination { $target } is not allowed for identity { $identity } (its { $section } { $hosts } and { $workspaces }, or { $shared })
# explain --identity: whose list decides (a user's with the CONNECT, a certificate's at the handshake).
explain-as-user = as { $identity }: decided against that { $section }'s own list only (its { $hosts }, the hosts derived for its { $workspaces }, and { $shared })
explain-as-certificate = as { $identity }: the CONNECT is decided by the global allowlist; once the agent's Certificate message is read (TLS 1.2 and earlier), by that { $section }'s own list as well (its { $hosts }, the hosts derived for its { $workspaces }, and { $shared }); a TLS 1.3 agent is decided by the global allowlist alone
explain-as-unbound = no { $section } names { $identity }: such an agent is decided by the global allowlist
explain-identity-form = { $identity } names no identity: give user=NAME or certificate=SUBJECT
explain-identities-hint = agents an { $section } names are decided against its own list: { $flag } explains for one
# allowed-host suggest: lines of a config comment (the code writes the "# ").
explain-suggest-none = no would-deny events (event { $event } with { $field }) in the log
explain-suggest-total = { $tunnels ->
        [one] { $tunnels } tunnel would have been refused; these exact entries would allow them.
       *[other] { $tunnels } tunnels would have been refused; these exact entries would allow them.
    }
explain-suggest-review = Review each before `{ $command }`: only what the agents need.
explain-suggest-entry = { $tunnels ->
        [one] { $tunnels } tunnel, first at { $first }
       *[other] { $tunnels } tunnels, first at { $first }
    }

## The running gateways: status, top, drain (status-*).
status-not-running = not running: no gateway serves { $config }
status-no-answer = omsgate (pid { $pid }): running, but its status could not be read (an older omsgate?): { $answer }
status-gateway = omsgate { $version } (pid { $pid }): running, { $state }; up { $uptime }
status-state-ready = ready
# $readyz is /readyz, the health check URL path.
status-state-draining-accepting = DRAINING (stopping: { $readyz } says 503, still accepting)
status-state-draining-closed = DRAINING (stopping: listeners closed, { $open ->
        [one] { $open } tunnel still open
       *[other] { $open } tunnels still open
    })
# The labels of status's lines; the rest of each line follows in a column after the widest.
status-label-config = config
status-label-last-reload = last reload
status-label-listening = listening
status-label-tunnels = tunnels
status-label-clients = clients
status-label-recent = recent
# $generation counts the configs loaded (1 at start); $policy is the key and its value (policy_mode enforce).
status-config = { $source }, generation { $generation }, { $entries ->
        [one] { $entries } allowlist entry
       *[other] { $entries } allowlist entries
    }, { $policy }
status-last-reload-none = none since start
# $ago is a duration as 5m23s; $outcome is status-reload-ok or -refused; $message is the gateway's own (English) words.
status-last-reload = { $ago } ago: { $outcome } — { $message }
status-reload-ok = ok
status-reload-refused = REFUSED
# $metrics is the metrics address, or status-metrics-off.
status-listening = { $addresses }; metrics { $metrics }
status-metrics-off = off
# $limit is the key and its value (max_connections 500); $percent has one decimal when it is not whole (0.2).
status-tunnels = { $open } open of { $limit } ({ $percent }%)
# $limit is the key and its value (max_connections_per_client 50), or status-no-client-limit.
status-clients = { $connected } connected ({ $limit })
status-clients-busiest = { $connected } connected; busiest { $address } with { $open } open ({ $limit })
# $key is max_connections_per_client, which is 0: no limit.
status-no-client-limit = no { $key }
# $window is status-recent-since-start or status-recent-last; a duration as 4m10s inside each.
status-recent = { $window }:
status-recent-since-start = since start ({ $window })
status-recent-last = in the last { $window }
status-recent-tunnels-opened = tunnels opened: { $count }
# $list: reasons as the log names them (host_not_allowed 6, …), or status-none.
status-recent-rejections = rejections by reason: { $list }
# $list: event IDs and counts (105 ×6, …), or status-none.
status-recent-errors = errors by event ID: { $list }
status-none = none
# Sizes in powers of 1000; $value has one decimal when it is not whole (1.5).
status-bytes-b = { $value } B
status-bytes-kb = { $value } kB
status-bytes-mb = { $value } MB
status-bytes-gb = { $value } GB
status-bytes-tb = { $value } TB
status-top-heading = omsgate top: pid { $pid }, { $config }, the last { $window }
# The columns of top's two tables (capitals, as column headings).
status-top-busiest-entries = BUSIEST ALLOWLIST ENTRIES
status-top-tunnels = TUNNELS
status-top-open = OPEN
status-top-bytes = BYTES
status-top-no-tunnels = (no tunnels)
status-top-most-refused = MOST REFUSED DESTINATIONS
status-top-refused = REFUSED
status-top-reason = REASON
status-top-no-refusals = (no refusals)
# $keys is Ctrl-C.
status-top-refresh = (every { $seconds }s; { $keys } ends)
status-top-no-answer = { $count ->
        [one] { $count } gateway serves
       *[other] { $count } gateways serve
    } { $config } but none answered { $command } (an older omsgate?)
# $flag is --config.
status-drain-none = no running gateway serves { $config }: nothing to drain (is it started, and with this { $flag }? one whose listeners have closed is already draining) (event { $event })
# $message is the gateway's own answer (English, as its log says it).
status-drain-told = told running gateway (pid { $pid }) to drain: { $message } (event { $event })
status-drain-refused = the running gateway (pid { $pid }) did not drain (event { $event }): { $message }

## Writing a config: init's questions, import-oms (setup-*).
# $error says what was wrong (a config error, or a file's); $event is the event ID (401, 400).
setup-nothing-written = { $error } (event { $event }); nothing was written
# After "omsgate init: ". [default] stands for the default each question shows in brackets: translate the word, keep the brackets.
setup-init-intro = a config for { $path } (Enter keeps the [default]).
# $force and $edit are commands: omsgate init --force, omsgate config set.
setup-init-exists = { $path } already exists; `{ $force }` replaces it (or edit it with `{ $edit }`)
# init's questions; each is followed by its default in brackets and a colon. Service, cloud and region names are config values: keep them as they are.
setup-ask-listen-port = Listen port agents connect to (1-65535)
# $names: the service names a config takes (azure_monitor_agent, log_analytics_agent, …).
setup-ask-services = Services ({ $names }; comma-separated)
# $names: public, usgov, china.
setup-ask-cloud = Azure cloud ({ $names })
setup-ask-workspace-ids = Log Analytics workspace ID(s), comma-separated
# $example: westeurope.
setup-ask-regions = Azure region(s) of the machines and workspace (ARM name, e.g. { $example })
# $form: http://host:port.
setup-ask-relay-proxy = Relay proxy this gateway goes out through ({ $form }; empty: connect directly)
setup-ask-relay-username = Relay proxy username (empty: none)
setup-ask-relay-password = Relay proxy password (not shown)
# $flag needs $needed: two flags of init.
setup-flag-needs-flag = { $flag } needs { $needed }
setup-no-password-on-stdin = no password on stdin
# $error is the operating system's reason.
setup-cannot-read-password = cannot read the password from the terminal: { $error }
setup-stdin-closed = stdin closed before every question was answered
setup-cannot-read-stdin = cannot read stdin: { $error }
# $error says what is wrong with the answer (the key's own check).
setup-try-again = { $error }; try again
setup-services-need-one = the services you chose need at least one; try again
# $key is a config key, $flag the flag that gives it (--workspace-id).
setup-key-needed = { $key } is needed for the services chosen; give { $flag }
# $command: omsgate run.
setup-init-wrote = wrote { $path } (checked as `{ $command }` reads it): { $entries ->
        [one] { $entries } allowlist entry
       *[other] { $entries } allowlist entries
    }, { $derived } derived from the endpoint catalog
# A comment after the command `omsgate check --config FILE`.
setup-init-check-hint = every entry and where it comes from
# What to set on the agents; $host is this machine's name, $proxy the gateway's address (http://host:port).
setup-agents-heading = On the agents (behind a load balancer, use its address instead of { $host }):
setup-agents-ama = Azure Monitor Agent, extension settings (omsgate asks agents for no credentials):
setup-agents-mma-windows = Log Analytics agent (MMA) for Windows: Proxy Settings -> proxy server { $proxy }, no username
# $files: proxy.conf / omsadmin.sh.
setup-agents-oms-linux = Log Analytics agent for Linux: proxy { $proxy } (its { $files } proxy setting)
setup-agents-operations-manager = Operations Manager: Configure Proxy Server -> { $proxy }
# $command: the agent's command with the address.
setup-agents-arc = Azure Connected Machine agent: { $command }
setup-load-balancer = On the load balancer: TCP port { $port } to every node; health probe TCP { $port }
# $request: HTTP GET /readyz.
setup-load-balancer-readyz = (or { $request } on port { $port }: 200 while the node accepts tunnels)
# import-oms: reads the Windows gateway's cmdlet output and setup command line. Cmdlet, property and command names stay as they are.
setup-import-cannot-read = cannot read { $file }: { $error } (event { $event })
# After "omsgate: ". $note is one of the setup-import notes below.
setup-import-note = note: { $note }
setup-import-all-mapped = every item was mapped
setup-import-not-mapped = could not map { $count ->
        [one] { $count } item:
       *[other] { $count } items:
    }
# $error says why the config would not run (a config error).
setup-import-would-not-run = the imported config would not run: { $error } (event { $event })
setup-import-wrote = wrote { $path } (checked as `{ $command }` reads it): { $entries ->
        [one] { $entries } allowlist entry
       *[other] { $entries } allowlist entries
    }
# $flag: --force.
setup-import-exists = { $path } already exists; { $flag } replaces it
# Why an item was not mapped (after the item and a colon). $error is the parser's reason, in English.
setup-import-not-json = not JSON as { $cmdlet } writes it: { $error }
setup-import-no-cmdlet-value = not a value any cmdlet prints
setup-import-not-this-cmdlet-value = not a value this cmdlet prints
# $command: the omsgate command that sets it.
setup-import-password-never-shown = the cmdlets never show the password; set it with `{ $command }`
setup-import-no-setting = no omsgate setting corresponds
setup-import-no-setting-keys = no omsgate setting corresponds (`{ $command }` lists them)
# Windows setup's properties: $has_proxy is HASPROXY, $proxy PROXY, $has_auth HASAUTH.
setup-import-proxy-without-hasproxy = { $has_proxy } is not 1, so setup ignores { $proxy }
setup-import-username-without-hasauth = { $has_auth } and { $has_proxy } are not both 1
setup-import-password-not-from-command-line = not imported from a command line; set it with `{ $command }`
setup-import-installdir = Windows install folder: no counterpart (the package installs omsgate)
setup-import-licenseaccepted = Windows setup's license prompt: no counterpart
setup-import-unknown-property = not a documented property of the gateway's setup
setup-import-not-a-port = not a TCP port (1-65535)
# $form: http://host:port.
setup-import-relay-without-port = no port: omsgate needs { $form } and will not guess the relay proxy's port; set it with `{ $command }`
setup-import-not-a-relay-url = not a relay proxy address omsgate can use: { $error }
setup-import-not-a-host = not an { $key } entry: { $error }
setup-import-not-a-subject = not a client certificate subject omsgate can match: { $error }
setup-import-username-without-relay = a relay proxy username without a relay proxy address that could be mapped
# $what is one of setup-import-what-*; $old and $new are the values in quotes.
setup-import-replaced = { $what } { $old } from an earlier item is replaced by { $new }
setup-import-what-listen-port = listen port
setup-import-what-relay-proxy = relay proxy
setup-import-what-relay-username = relay proxy username
setup-import-subject-read-as-cn = client certificate subject { $subject } is read as { $cn } (omsgate matches a DN or CN=…)
setup-import-families-added = the default Azure Monitor families were added next to the imported hosts: the original allowed its automatically downloaded endpoints too
# generate (the package build's man pages and completions): $error is the operating system's reason.
setup-generate-cannot-write = cannot write into { $dir }: { $error } (event { $event })

## The command line's errors (clap's, in the operator's language) (args-*).
# $arg is the argument as clap names it (--output <OUTPUT>, <FILES>); $value what was typed.
args-unknown-argument = unexpected argument '{ $arg }' found
args-unknown-subcommand = unrecognized subcommand '{ $subcommand }'
args-invalid-value = invalid value '{ $value }' for '{ $arg }'
# $why: the parser's reason, in English (4..=15 is the range of values it takes).
args-invalid-value-why = invalid value '{ $value }' for '{ $arg }': { $why }
args-value-missing = a value is required for '{ $arg }' but none was supplied
args-missing-required = { $count ->
        [one] the following required argument was not provided: { $arguments }
       *[other] the following required arguments were not provided: { $arguments }
    }
args-missing-subcommand = '{ $command }' requires a subcommand but one was not provided
args-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
args-too-few-values = { $min } values required by '{ $arg }'; only { $actual ->
        [one] { $actual } was provided
       *[other] { $actual } were provided
    }
args-wrong-number-of-values = { $expected } values required for '{ $arg }' but { $actual ->
        [one] { $actual } was provided
       *[other] { $actual } were provided
    }
args-used-twice = the argument '{ $arg }' cannot be used multiple times
args-conflict = the argument '{ $arg }' cannot be used with { $others }
args-conflict-other = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
args-needs-equals = equal sign is needed when assigning values to '{ $arg }'
# A suggestion under the error; $tip is one of the args-similar-*, args-subcommands or args-tip-* messages.
args-tip = tip: { $tip }
# $names: quoted names, 'status', 'top'.
args-similar-subcommand = { $count ->
        [one] a similar subcommand exists: { $names }
       *[other] some similar subcommands exist: { $names }
    }
args-similar-argument = { $count ->
        [one] a similar argument exists: { $names }
       *[other] some similar arguments exist: { $names }
    }
args-similar-value = { $count ->
        [one] a similar value exists: { $names }
       *[other] some similar values exist: { $names }
    }
args-subcommands = subcommands: { $names }
args-tip-pass-as-value = to pass '{ $arg }' as a value, use '{ $instead }'
args-tip-exists = '{ $name }' exists
# $help is --help.
args-try-help = For more information, try '{ $help }'.

## The command line's help: mirrors the doc comments of src/cli/mod.rs (a test keeps them equal).
help-omsgate = Allowlisting HTTP CONNECT gateway for monitoring agents on isolated networks
    .config = Config file (default /etc/omsgate/omsgate.toml; the embedded default when that does not exist)
    .lang = Language of what omsgate prints (de, fr, ja, pt-BR, zh-Hant, …; default from OMSGATE_LANG, LC_ALL, LC_MESSAGES, LANG). Logs and metrics stay English
help-run = Run the gateway (the default)
help-check = Validate the config and print the effective settings; exit 0 when valid, 2 when not
    .service-user = When run as root, warn if this user (the service's) could not read a file the config names
help-config = Read or change settings (Get/Set-OMSGatewayConfig)
help-config-get = Print every key's value (defaults filled in), or one key's
    .output = `text` (TOML values) or `json`
help-config-keys = List the keys: type, default, whether a reload applies it, meaning
    .markdown = As the README's Markdown table
help-config-set = Set a key (lists as a,b or a TOML array); validated before anything is written
help-config-unset = Remove a key from the file so its default applies
help-allowed-host = List, add or remove allowed destinations (*-OMSGatewayAllowedHost)
help-allowed-host-list = The hosts configured in the file; --all: every entry in force, defaults included
help-allowed-host-add = Allow a host: name, *.suffix, IP literal, or any of them as entry:PORT
help-allowed-host-remove = Stop allowing a host (exactly as listed)
help-allowed-host-suggest = After a rollout in report mode: the exact entries that would have allowed what the allowlist would refuse, from the would-deny events of a JSON log (`-`: stdin)
help-allowed-client-cert = List, add or remove allowed client-certificate subjects (*-OMSGatewayAllowedClientCertificate)
help-allowed-client-cert-list = The allowed subjects
help-allowed-client-cert-add = Allow a subject: a full DN or CN=...
help-allowed-client-cert-remove = Stop allowing a subject (exactly as listed)
help-relay-proxy = Show, set or clear the relay (upstream) proxy (*-OMSGatewayRelayProxy)
help-relay-proxy-get = Show the relay proxies and the rules choosing them (passwords are never printed)
help-relay-proxy-set = Send tunnels through one relay, http[s]://HOST:PORT (replaces any list)
    .address = The relay proxy, http://HOST:PORT (or HOST:PORT, [IPv6]:PORT)
    .username = Basic-auth user for the relay (omit for none; `add` also takes USER@ in the URL)
    .password-stdin = Read the password from standard input (stored beside the config: mode 0640, the config's group)
    .password-file = Read the password from this file (at start and reload)
help-relay-proxy-add = Add a relay to `relay_proxies`, tried after those listed before it (a `relay_proxy` there becomes the first of the list)
    .url = http[s]://[USER@]HOST:PORT (or HOST:PORT)
    .username = Basic-auth user for the relay (omit for none; `add` also takes USER@ in the URL)
    .password-stdin = Read the password from standard input (stored beside the config: mode 0640, the config's group)
    .password-file = Read the password from this file (at start and reload)
help-relay-proxy-remove = Take a relay out (HOST:PORT or its URL)
help-relay-proxy-clear = Connect directly again (every relay removed)
help-agent-user = Add, remove or list the agents' users (client_auth = "basic"): the users file the config names (client_auth_users_file; `agent-users` beside the config when none)
help-agent-user-list = The users, sorted
help-agent-user-add = Add a user, or give one a new password: read from standard input (asked without echo on a terminal), never from the command line; stored as a bcrypt hash
    .cost = bcrypt cost (4-15): each step doubles the time of an uncached check (cost 10 is ~50-150 ms of a core). Long random agent passwords make a lower cost safe and let a restarted node re-check thousands of agents faster
help-agent-user-remove = Remove a user: its agents get 407 from the next reload on
help-reload = Tell running gateways on this config to reload it, keeping open tunnels
help-drain = Drain the running gateways on this config as SIGTERM does, then they exit. Exit 0 draining, 1 no gateway running, 2 refused
    .long =
        Drain the running gateways on this config as SIGTERM does, then they exit. Exit 0 draining, 1 no gateway running, 2 refused.

        /readyz answers 503 at once while new tunnels are still served for drain_grace (a load balancer takes the node out meanwhile); then the listeners close, open tunnels get up to drain_timeout, and the process exits 0: what follows is systemd's Restart= policy or the operator's (a rolling restart: drain, wait for the exit, start). Asked again during the grace, it ends the grace at once.
help-status = Ask the running gateways on this config how they are: pid, version, uptime, config generation, last reload, ready or draining, tunnels and clients against their limits, rejections and errors of the last 5 minutes. Exit 0 running and ready, 1 not running, 3 draining (not ready), 4 no usable answer
    .output = `text` or `json`
help-top = The busiest allowlist entries and the most refused destinations of the last 5 minutes, redrawn every 2 s on a terminal until Ctrl-C (printed once into a pipe). Exit 0 when a gateway answered, 1 when none runs
    .once = Print once and exit, also on a terminal
    .output = `text` or `json`
help-explain = Say what the policy decides for HOST[:PORT] and why: the entry that allows it, or the nearest entries and why each does not. Exit 0 allowed, 1 denied, 2 bad input
    .target = HOST, HOST:PORT, IP or [IPv6]:PORT (port 443 when none)
    .output = `text` or `json`
    .identity = Decide as the agent of this `[[identity]]`, named as log lines name it: `user=NAME` or `certificate=SUBJECT`
help-init = Write a config (the original's setup wizard): asks on a terminal, or takes every answer as a flag; checked as `run` reads it; says what to set on the agents
    .workspace-id = Log Analytics workspace ID (GUID); repeat for more
    .region = Azure region (ARM name, e.g. westeurope); repeat for more
    .cloud = public, usgov or china
    .services = Comma-separated: azure_monitor_agent, log_analytics_agent, automation, arc
    .dce-host = A data collection endpoint's logs ingestion host; repeat for more
    .listen-port = The port agents connect to, 1-65535 (default 8080)
    .relay-proxy = The relay (upstream) proxy, http://HOST:PORT
    .relay-username = Basic-auth user for the relay proxy
    .relay-password-stdin = Read the relay proxy password from standard input (stored beside the config, 0640)
    .force = Replace an existing config file
help-import-oms = Turn the Windows gateway's cmdlet output (Get-OMSGateway*, as text or ConvertTo-Json) and MSI properties (PORTNUMBER=…) into an omsgate config; says what could not be mapped and why
    .files = Files with the cmdlets' output or the msiexec command line (`-`: stdin)
    .write = Write the config to --config (refused when it exists, unless --force); without it the config is printed
    .force = Replace an existing file
help-generate = Write the man pages and shell completions into DIR (the package build runs it)
