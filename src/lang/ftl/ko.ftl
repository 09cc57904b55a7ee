## omsgate 메시지(한국어). 원문은 en.ftl(영어)입니다.
## IDs: help-* the command line's help (mirrors the doc comments in src/cli/mod.rs);
## the rest are built in code with msg!/t! and say what the code is doing.

help-ui =
    .usage = 사용법:
    .options = 옵션
    .arguments = 인수
    .commands = 명령
    .help = 도움말을 출력합니다('--help'로 자세히 보기)
    .help-long = 도움말을 출력합니다('-h'로 요약 보기)
    .version = 버전을 출력합니다
    .help-command = 이 메시지 또는 지정한 하위 명령의 도움말을 출력합니다
help-possible-values = 가능한 값: { $values }
help-default = 기본값: { $value }


## Config errors: what `check`, `run` and every edit say about a value that cannot run (config-*).
config-not-a-string = { $value }: 문자열이 아닙니다
config-not-a-list = { $value }: 목록이 아닙니다
config-not-true-or-false = { $value }: true 또는 false가 아닙니다
config-not-a-whole-number = { $value }: 정수가 아닙니다
config-not-a-whole-number-in-range = { $value }: { $min }에서 { $max } 사이의 정수가 아닙니다
config-not-a-port = { $value }: TCP 포트({ $min }-{ $max })가 아닙니다
config-not-a-whole-number-or = { $value }: 정수 또는 { $word }이(가) 아닙니다
config-not-an-ip-address = { $value }: IPv4 또는 IPv6 주소가 아닙니다
config-not-an-address-and-port = { $value }: { $form } 형식(예: { $examples })이 아니며, 끄려면 { $off }입니다
config-not-a-relay-password-file = { $value }: { $form } 형식(릴레이의 URL에 있는 host:port, 그다음 암호 파일)이 아닙니다
config-not-a-relay-route = { $value }은(는) { $key } 항목이 아닙니다: 테이블 {"{"} { $hosts }, { $relay } {"}"}을(를) 작성하십시오. relay에는 순서대로 시도할 릴레이 프록시 목록도 지정할 수 있습니다
config-relay-route-unknown-field = { $value }: 알 수 없는 필드 `{ $field }`({ $key }에는 { $hosts }와(과) { $relay }이(가) 있음)
config-relay-route-lacks = { $value }: { $field } 없음
config-relay-route-routes-nothing = { $value }: { $hosts }이(가) 아무것도 라우팅하지 않습니다
config-relay-route-direct = { $value }: { $key }은(는) 호스트를 직접 연결로 보낼 수 없습니다({ $relay }): 해당 호스트는 { $bypass }에 나열하십시오. 직접 연결 대상을 지정하는 곳은 그 한 곳뿐입니다
config-relay-route-no-relay = { $value }: { $relay }이(가) 릴레이 프록시를 지정하지 않습니다
config-not-a-dns-server = { $value }: DNS 서버의 IP 또는 { $form }이(가) 아닙니다({ $problem })
config-not-one-of = { $value }: { $choices } 중 하나가 아닙니다
config-not-an-identity = { $value }: ID 테이블({"{"} { $user } 또는 { $certificate }, { $lists } {"}"})이 아닙니다
config-identity-unknown-field = ID 필드 `{ $field }`을(를) 알 수 없습니다. 필드: { $fields }
config-identity-names-one = ID에는 { $user } 또는 { $certificate } 중 정확히 하나를 지정해야 합니다
config-not-an-address-or-cidr = { $value }: 주소 또는 CIDR(예: { $example })이 아닙니다
config-not-a-guid = { $value }: GUID({ $form }, 포털에 표시되는 ID 형식)가 아닙니다
config-duration-without-unit = { $value }: 단위가 없습니다. 예: { $examples }
config-duration-not-whole-number = { $value }: 정수로 시작하지 않습니다
config-duration-unknown-unit = { $value }: 알 수 없는 단위 { $unit }. { $units } 또는 { $last }을(를) 사용하십시오
config-listens-nowhere = { $value }: 수신할 주소가 없습니다. 주소를 하나 이상 지정하십시오
config-limit-out-of-range = { $min }..={ $max } 또는 { $word }이어야 합니다
config-limit-at-least = { $min } 이상 또는 { $word }이어야 합니다
config-duration-at-most = { $max } 이하여야 합니다
config-dns-ttl-at-most = { $max } 이하여야 합니다(DNS TTL은 최대 1일)
config-stale-at-most = { $max }(1주) 이하여야 합니다
config-worker-threads-out-of-range = { $min }(코어당 하나)에서 { $max } 사이여야 합니다
config-relay-listed-twice = 릴레이 프록시 { $relay }이(가) 두 번 나열되어 있습니다
config-password-file-listed-twice = { $relay }에 암호 파일이 두 개 이상 있습니다. 항목을 하나만 남기십시오
config-unknown-key-near = 알 수 없는 키 `{ $key }`. `{ $near }`을(를) 의미했습니까?
config-unknown-key = 알 수 없는 키 `{ $key }`. 알려진 키: { $keys }
config-problems = { $first }; { $rest }
config-not-toml = 유효한 TOML이 아닙니다: { $error }
config-key-is-table-list = { $key }은(는) 테이블 목록입니다: { $sections } 섹션
config-key-is-not-table = { $key }은(는) 테이블이 아닌 값이어야 합니다
config-key-problem = { $key }: { $problem }
config-key-is = { $key } = { $problem }
config-key-value-problem = { $key } = { $value }: { $problem }
config-default-does-not-parse = { $key }의 기본 제공 기본값을 구문 분석할 수 없습니다: { $error }
config-not-a-region = { $value }: ARM 지역 이름(소문자, 공백 없음: { $examples })이 아닙니다
config-not-a-dce-host = { $value }: 데이터 수집 엔드포인트의 로그 수집 호스트(소문자, { $form } 형식)가 아닙니다
config-not-an-arc-gateway = { $value }: Azure Arc 게이트웨이 호스트({ $form }, `{ $command }`에 표시되는 형식)가 아닙니다
config-timeout-zero = 즉시 시간 초과됩니다. { $example }처럼 양의 기간을 지정하십시오
config-identity-problem = ID { $identity }: { $problem }
config-identity-twice = ID: { $who }에 { $sections } 항목이 두 개 있습니다
config-user-identity-needs-basic = 사용자 ID에는 { $setting }이(가) 필요합니다(없으면 어떤 에이전트에도 사용자 이름이 없음)
config-workspaces-need-services = { $key }에는 { $services }이(가) 필요합니다(카탈로그는 여기에 지정된 서비스에 대해 각 작업 영역의 호스트를 도출함). { $services }을(를) 설정하십시오
config-proxy-protocol-from-empty = { $key }이(가) 비어 있는 { $setting }은(는) 모든 헤더를 거부합니다. 부하 분산 장치의 주소를 나열하십시오(예: { $example })
config-basic-needs-users-file = { $setting }에는 { $key }이(가) 필요합니다(`{ $command }`(으)로 만드십시오)
config-client-certificates-empty = { $key }이(가) 비어 있는 { $setting }은(는) 모든 에이전트의 인증서를 거부합니다. 주체를 추가하거나({ $command }) 정책을 { $off }(으)로 설정하십시오
config-error-in = { $source }: { $problem }
config-source-embedded = 내장된 기본값
config-effective-settings-from = 적용되는 설정, 출처: { $source }
config-default-note = 기본값
config-relay-proxy-and-proxies = { $single }와(과) { $listed }이(가) 모두 설정되어 있습니다. { $single }은(는) { $listed }의 릴레이 하나짜리 형식입니다. 하나만 남기십시오(예: { $example }로 설정하고 { $single } 해제)
config-relay-proxy-with-user = { $setting }: 사용자는 { $key }에 지정합니다({ $form } 형식은 { $listed }용)
config-relay-credentials-without-proxy = { $keys }이(가) 설정되어 있지만 { $key }이(가) 비어 있습니다. { $setting }을(를) 설정하거나 이 키들을 지우십시오
config-too-many-relays = 릴레이 프록시가 너무 많습니다
config-relay-written-differently = { $key }: 릴레이 { $relay }이(가) 여기서는 { $here }, 다른 곳에서는 { $elsewhere }(으)로 쓰여 있습니다. 모든 곳에서 같게 쓰십시오
config-password-file-without-user = { $key }에 { $relay }의 파일이 있지만 해당 URL에 사용자가 없습니다. { $url }(으)로 쓰십시오
config-password-file-for-no-relay = { $key }이(가) { $relay }을(를) 지정하지만, 이 릴레이는 { $listed }에도 { $routes }에도 없습니다
config-password-file-without-username = { $key }이(가) { $username } 없이 설정되어 있습니다
config-password-file-readable-by-all = { $key }: 모든 사용자가 { $path }을(를) 읽을 수 있습니다(모드 { $mode }). { $private }을(를) 적용하십시오(또는 서비스의 그룹을 지정하고 { $group })
config-file-unreadable = { $key }: { $path }을(를) 읽을 수 없습니다: { $error }
config-file-cannot-be-read = 구성 파일을 읽을 수 없습니다: { $error }
config-tenant-wide-workspace-ingestion = 모든 Log Analytics 작업 영역의 수집 엔드포인트
config-tenant-wide-workspace-management = 모든 Log Analytics 작업 영역의 관리 엔드포인트
config-tenant-wide-automation-agent-service = 모든 Automation 계정의 에이전트 서비스
config-tenant-wide-automation-endpoints = 모든 Automation 계정의 엔드포인트
config-tenant-wide-data-collection-endpoints = 모든 데이터 수집 엔드포인트
config-tenant-wide-storage-blobs = 모든 스토리지 계정의 Blob
config-tenant-wide-storage-tables = 모든 스토리지 계정의 테이블
config-tenant-wide-storage-queues = 모든 스토리지 계정의 큐
config-tenant-wide-service-bus = 모든 Service Bus 네임스페이스
config-tenant-wide-key-vaults = 모든 Key Vault
config-tenant-wide-derived = Microsoft가 이 서비스에 대해 더 좁은 이름을 문서화하지 않았으므로 엔드포인트 카탈로그가 이 항목을 도출합니다. `{ $command }`에 허용 범위가 표시됩니다
config-tenant-wide-narrow = 대신 사용자 고유의 호스트를 허용하려면 `{ $command }`을(를) 실행하십시오(또는 { $keys } 및 { $last } 설정). `{ $explain }`에 항목이 허용하는 범위가 표시됩니다
config-tenant-wide-entry = { $key } 항목 { $entry }({ $origin })은(는) 사용자의 것뿐 아니라 { $what }을(를) 허용합니다. 여기 있는 어떤 에이전트든, 또는 에이전트에 있는 악성 코드든 이들 중 어디로나 데이터를 보낼 수 있습니다. { $todo }
config-warning = 경고(이벤트 { $event }): { $warning }
config-allowlist-in-force = 현재 적용 중인 허용 목록(항목별):
config-identity-may-reach-only = ID { $identity }은(는) 다음에만 연결할 수 있습니다:
config-in-effect-under-limits = 이 프로세스의 한도에서 적용되는 값(`{ $command }`이(가) 시작할 때와 같음): { $settings }
config-service-user-cannot-read = { $problem }: { $user }(으)로 실행되는 서비스는 이 구성을 거부합니다. 파일을 서비스의 그룹에 부여하거나({ $commands }) { $flag }을(를) 지정하십시오
config-wrong-configuration = 잘못된 구성(이벤트 { $event }): { $error }
config-log-unreadable = { $path }을(를) 읽을 수 없습니다: { $error }(이벤트 { $event })
config-entry-problem = 항목 { $entry }: { $problem }
config-too-many-entries = 항목이 { $max }개를 초과합니다
config-target-not-authority = 대상은 { $form }(authority 형식)이어야 합니다
config-target-userinfo = 대상에 userinfo({ $form })가 있으면 안 됩니다
config-target-percent = 대상에 { $character }이(가) 있으면 안 됩니다(퍼센트 인코딩 또는 IPv6 영역)
config-target-control-byte = 대상에 제어 바이트 또는 비ASCII 바이트가 있습니다
config-target-bad-port = 포트는 { $min }-{ $max } 사이의 숫자여야 합니다
config-target-empty-label = 호스트가 비어 있거나 빈 레이블이 있습니다
config-target-host-too-long = 호스트가 { $max }바이트보다 깁니다
config-target-label-too-long = 호스트 레이블이 { $max }바이트보다 깁니다
config-target-bad-host-char = 호스트에 DNS 이름에 허용되지 않는 문자가 있습니다
config-target-ambiguous-numeric = 호스트가 숫자처럼 보이지만 유효한 IP 주소가 아닙니다
config-target-bad-ipv6 = 대괄호로 묶은 호스트가 유효한 IPv6 주소가 아닙니다
config-wildcard-needs-name = 와일드카드 뒤에는 이름이 와야 합니다(예: { $example })
config-wildcard-leftmost-label-as-in = { $star }은(는) 맨 왼쪽 레이블에만 올 수 있습니다(예: { $example } 또는 { $other })
config-wildcard-in-ip-address = 와일드카드는 IP 주소의 일부를 대신할 수 없습니다
config-wildcard-leftmost-label = { $star }은(는) 맨 왼쪽 레이블에만 올 수 있습니다
config-wildcard-one-per-entry = 항목당 { $star }은(는) 하나만 사용할 수 있습니다
config-relays-at-most = 릴레이 프록시 { $count }개: 최대 { $max }개입니다
config-too-many-relay-routes = { $key } 테이블이 너무 많습니다
config-relay-url-scheme = { $url }: 릴레이 프록시는 { $http }(일반 HTTP의 CONNECT) 또는 { $https }(릴레이까지 TLS)이며, { $scheme }은(는) 사용할 수 없습니다
config-relay-url-password = { $url }: 암호를 URL에 넣으면 안 됩니다(구성은 읽을 수 있고 `{ $command }`이(가) 출력함). 파일에 넣으십시오: { $setting }
config-relay-url-problem = { $url }: { $problem }
config-relay-url-empty-user = { $url }: @ 앞의 사용자가 비어 있습니다
config-relay-url-not-a-url = { $url }: { $form } 형식이 아닙니다: { $problem }
config-relay-user-percent = 사용자의 { $percent }은(는) { $form }(16진수 두 자리)으로 시작해야 합니다
config-relay-user-not-utf8 = { $form }을(를) 디코딩한 사용자가 UTF-8이 아닙니다
config-users-file-problem = { $key } { $path }: { $problem }
config-users-file-unreadable = 읽을 수 없습니다: { $error }
config-users-file-line = { $line }번째 줄: { $problem }
config-users-file-not-user-hash = { $form }(htpasswd 형식)이 필요합니다
config-users-file-user-problem = 사용자 { $user }: { $problem }
config-users-file-user-twice = 사용자 { $user }이(가) 두 번 나열되어 있습니다
config-bcrypt-hash-invalid = 유효한 bcrypt 해시가 아닙니다({ $error })
config-argon2-hash-invalid = 유효한 argon2 PHC 문자열이 아닙니다({ $error })
config-hash-refused = 해시가 bcrypt({ $bcrypt }, { $htpasswd }) 또는 argon2({ $argon2 })가 아닙니다. { $refused } 및 일반 텍스트 암호는 거부됩니다
config-not-a-user-name = { $user }: 사용자 이름({ $min }-{ $max }자, { $colon } 또는 공백 없음)이 아닙니다
config-not-a-subject = 잘못된 { $key } 항목 { $value }: { $examples } 또는 { $example }과 같은 주체 DN이 필요합니다
config-region-in-other-cloud = { $key }: { $region }은(는) { $cloud } 클라우드에 있지만 { $setting }입니다
config-dce-host-in-other-cloud = { $key }: { $host }은(는) { $cloud } 클라우드의 데이터 수집 엔드포인트가 아닙니다({ $suffix })
config-arc-gateway-not-public = { $key }이(가) 설정되어 있지만 Azure Arc 게이트웨이는 퍼블릭 클라우드에만 있습니다({ $setting })
config-automation-region-unknown = { $key }에 { $service }이(가) 포함되어 있지만 Microsoft는 { $region } 지역의 Automation 엔드포인트를 제공하지 않습니다({ $regions }). `{ $command }`을(를) 참조하십시오
config-automation-region-needs-accounts = { $key }에 { $service }이(가) 포함되어 있습니다: { $region } 지역에는 계정별 Automation 엔드포인트만 있습니다. { $accounts }을(를) 설정하십시오(계정 URL의 GUID, 키 페이지)
config-endpoint-needs-key = { $services }에 { $service }이(가) 포함되어 있으며, 이 서비스의 { $purpose }용 엔드포인트({ $template })에는 { $key }이(가) 필요합니다. { $key }을(를) 설정하십시오
config-ca-file-not-pem = { $key } { $path }을(를) PEM 인증서로 읽을 수 없습니다: { $error }
config-ca-file-empty = { $key } { $path }에 인증서가 없습니다
config-ca-file-unusable = { $key } { $path }: 인증서를 CA로 사용할 수 없습니다: { $error }
config-no-system-roots = { $https } 릴레이 프록시에는 신뢰할 수 있는 루트가 필요하지만 시스템 저장소에 없습니다
config-no-system-roots-because = { $problem }({ $error })
config-install-roots = { $problem }. { $package }을(를) 설치하거나 { $key }을(를) 설정하십시오
config-relay-tls-settings = 릴레이용 TLS 설정: { $error }
config-dns-server-examples = 예: { $examples }. 이름은 사용할 수 없음
config-dns-server-port-zero = 포트 { $port }

## Edits of the config and what they print: config get/set/unset/keys, allowed-host,
## allowed-client-cert, relay-proxy, agent-user, reload; `check`'s report (edit-*).
edit-failed = omsgate: { $error }(이벤트 { $event })
edit-key-set = { $key }을(를) 설정했습니다: { $path }
edit-key-unset = { $key }을(를) 기본값으로 되돌렸습니다: { $path }
edit-host-added = 허용된 호스트 { $host }을(를) 추가했습니다: { $path }
edit-host-removed = 허용된 호스트 { $host }을(를) 제거했습니다: { $path }
edit-cert-added = 클라이언트 인증서 주체 { $subject }을(를) 추가했습니다: { $path }
edit-cert-removed = 클라이언트 인증서 주체 { $subject }을(를) 제거했습니다: { $path }
edit-relay-set = 릴레이 프록시를 { $address }(으)로 설정했습니다: { $path }
edit-relays-cleared = 릴레이 프록시를 지웠습니다. 터널은 직접 연결됩니다: { $path }
edit-relay-added = 릴레이 프록시 { $url }을(를) 추가했습니다: { $path }
edit-relay-removed = 릴레이 프록시 { $relay }을(를) 제거했습니다: { $path }
edit-agent-user-added = 에이전트 사용자 { $user }을(를) 추가했습니다(또는 암호를 변경했습니다): { $path }
edit-agent-user-removed = 에이전트 사용자 { $user }을(를) 제거했습니다: { $path }
edit-no-gateway = { $path }(으)로 실행 중인 게이트웨이가 없습니다. 변경 내용은 게이트웨이가 시작될 때 적용됩니다
edit-reload-nothing = { $path }(으)로 실행 중인 게이트웨이가 없습니다: 다시 로드할 대상이 없습니다(시작되었는지, 이 { $flag }(으)로 시작되었는지 확인하십시오)
edit-reloaded = 실행 중인 게이트웨이(pid { $pid })에 다시 로드하도록 지시했습니다: { $message }(이벤트 { $event })
edit-reload-draining = 게이트웨이 pid { $pid }이(가) 중지 중이므로 다시 로드하지 않았습니다: { $message }
edit-reload-refused = 실행 중인 게이트웨이(pid { $pid })가 변경 내용을 적용하지 않았습니다(이벤트 { $event }): { $message }
edit-key-value = { $key }: { $reason }
edit-not-a-list = { $key }: 파일의 값이 목록이 아닙니다
edit-not-listed = { $value }이(가) { $key }에 없습니다. `omsgate { $list }`에 항목이 표시됩니다
edit-would-not-run = 편집한 구성으로는 실행할 수 없으므로 아무것도 쓰지 않았습니다: { $reason }
edit-not-toml = { $path }이(가) 유효한 TOML이 아니므로 안전하게 편집할 수 없습니다: { $error }
edit-cannot-chown = 새 파일에 { $path }과(와) 같은 소유자 { $owner } 및 그룹 { $group }을(를) 지정할 수 없습니다({ $error }). root 또는 파일 소유자로 실행하십시오
edit-too-many-symlinks = { $path }: 심볼릭 링크가 { $max }개를 초과합니다
edit-relay-two-users = { $url }에는 사용자 { $user }이(가) 있지만 { $flag }에는 { $username }이(가) 지정되었습니다. 하나만 지정하십시오
edit-relay-listed-already = { $key }에 이미 { $address }이(가) 있습니다. 먼저 `omsgate relay-proxy remove { $address }`을(를) 실행하십시오
edit-relay-password-without-user = 사용자 없이 { $address }의 암호 파일이 지정되었습니다. { $flag }(또는 { $url })을(를) 지정하십시오
edit-users-file-refused = { $key } { $file }: { $reason }
edit-password-prompt = 에이전트 사용자 { $user }의 암호(표시되지 않음):
edit-password-empty = 빈 암호는 거부됩니다. 표준 입력으로 암호를 지정하십시오
edit-agent-users-none = { $path }에 { $key }이(가) 없습니다: 에이전트 사용자 없음
edit-key-row = { $key } { $applies } 기본값 { $default }  — { $meaning }
edit-applies-reload = 다시 로드
edit-applies-restart = 다시 시작
edit-entry = { $origin }: { $reading }; { $ports }
edit-entry-port = 포트 { $port }만
edit-entry-ports = 포트 { $ports }({ $key })
edit-relay-none = 릴레이 프록시 없음: 터널은 직접 연결됩니다
edit-relay-default-direct = 기본값: 직접 연결({ $single } 또는 { $listed } 없음)
edit-relay-default = 기본값({ $key }), 순서대로 시도:
edit-relay-credentials = { $url }  (사용자 { $user }, { $password })
edit-relay-no-credentials = { $url }  (자격 증명 없음)
edit-relay-password-file = 암호를 { $file }에서 읽음
edit-relay-no-password = 암호 없음
edit-relay-bypass = 직접 연결({ $key }): { $hosts }
edit-relay-route = { $key } { $number }: { $hosts }
edit-relay-retry = 실패한 릴레이는 { $key }({ $duration }) 동안 건너뜁니다
edit-relay-ca-file = https:// 릴레이는 { $file }의 인증서를 제시해야 합니다
edit-relay-ca-system = https:// 릴레이는 시스템이 신뢰하는 인증서를 제시해야 합니다
edit-cannot-enter = { $user }은(는) { $dir }에 들어갈 수 없습니다
edit-cannot-read = { $user }은(는) { $file }을(를) 읽을 수 없습니다
edit-file-mode = { $path }(모드 { $mode }, 소유자 { $owner }, 그룹 { $group })

## What the policy decides and why: explain, allowed-host suggest (explain-*).
explain-failed = omsgate: { $error }(이벤트 { $event })
explain-not-a-target = { $target }은(는) HOST, HOST:PORT, IP 또는 [IPv6]:PORT가 아닙니다
explain-allowed = 허용됨: { $target }
explain-allowed-by = 허용한 항목: { $entry }  ({ $why })
explain-denied = 거부됨: { $target }(이벤트 { $event }, { $reason }): { $message }
explain-no-near = 가까운 항목이 없습니다
explain-report-mode = { $setting }: 통과시키고 이벤트 { $event }({ $field } 포함)로 기록합니다
explain-then = 그다음:
explain-then-were-it-allowed = 허용되었다면 그다음:
explain-route = 경로: { $route }
explain-route-direct = 직접 연결(릴레이 프록시가 구성되지 않음)
explain-route-default = { $relays }을(를) 경유({ $key }; 이 대상을 지정하는 { $bypass } 또는 { $route } 항목 없음)
explain-route-bypass = 직접 연결, { $key } 항목 { $entry }에 따름
explain-route-by-rule = { $relays }을(를) 경유, { $key } { $number } 항목 { $entry }에 따름
explain-relay-one = 릴레이 프록시 { $relay }
explain-relays = 릴레이 프록시 { $relays }(순서대로, 실패한 릴레이는 { $key } 동안 건너뜀)
explain-relay-then = { $first }, 그다음 { $next }
explain-near-port = 호스트는 일치하지만 { $port }이(가) 아니라 { $ports }을(를) 허용합니다
explain-near-only-port = 포트 { $port }만
explain-near-default-ports = { $key }의 포트 { $ports }
explain-near-below = { $name } 아래의 이름과 일치하며 { $name } 자체와는 일치하지 않습니다. 허용하려면 { $name }을(를) 추가하십시오
explain-near-lookalike = { $host }은(는) 끝 글자만 { $name }과(와) 같을 뿐, { $name }도 아니고 그 아래의 이름도 아닙니다
explain-near-label = 첫 번째 레이블은 { $prefix }…{ $suffix } 형식이어야 하며, * 자리에 문자가 하나 이상 있어야 합니다
explain-near-same-domain = 같은 도메인이지만 이 항목이 일치하는 것은 { $reading }입니다
explain-after-vetted = 이름은 한 번만 확인되며, 연결하기 전에 모든 주소를 검사합니다. 지정되지 않은 주소(0.0.0.0, ::)와 이 게이트웨이 자체의 수신기에는 절대 연결하지 않습니다
explain-after-private-allowed = { $setting }: 루프백, 사설 및 링크 로컬 주소로 연결할 수 있습니다
explain-after-ip-listed = IP 리터럴이 정확히 나열되어 있으므로 사설 주소라도 연결할 수 있습니다
explain-after-private-refused = 루프백, 사설, 링크 로컬(클라우드 메타데이터 포함) 및 기타 비공용 주소는 거부됩니다({ $setting })
explain-origin-file = 파일
explain-origin-default = 기본값
explain-origin-derived = 도출됨: { $from }
explain-reading-exact = 정확히 { $name }
explain-reading-below = { $name } 아래의 모든 이름({ $name } 자체는 제외)
explain-reading-in-label = 첫 번째 레이블의 * 자리에 문자가 하나 이상 있는 이름 { $prefix }…{ $suffix }.{ $rest }
explain-reading-this-and-below = { $name } 및 그 아래의 모든 이름(Microsoft의 점 없는 *{ $name })
explain-reading-ip = 정확히 주소 { $ip }
explain-deny-host = 대상 { $host }이(가) { $key }에 없습니다
explain-deny-port = 포트 { $port }은(는) { $host }에 허용되지 않습니다({ $key } 또는 host:port 항목)
explain-deny-private = { $target }은(는) { $class } 주소인 { $ip }(으)로 확인됩니다. 허용하려면 { $setting }을(를) 설정하거나 IP 자체를 허용 목록에 추가하십시오
explain-deny-unspecified = { $target }은(는) 지정되지 않은 주소 { $ip }(으)로 연결됩니다. 이 주소로 연결하면 이 호스트에 도달하므로 절대 대상이 될 수 없습니다({ $hosts }도 { $private }도 허용할 수 없음)
explain-deny-own = { $addr }은(는) 이 게이트웨이입니다. 해당 포트에서 수신 대기하며 주소가 이 호스트의 주소 중 하나입니다. 이 주소로의 터널은 루프가 됩니다
explain-deny-maybe-own = { $addr }은(는) 이 게이트웨이일 수 있으며(해당 포트에서 수신 대기 중) 이 호스트의 주소를 읽을 수 없습니다({ $error }). 이 주소로의 터널이 루프가 될 수 있으므로 거부합니다
explain-deny-identity = 대상 { $target }은(는) ID { $identity }에 허용되지 않습니다(해당 { $section }의 { $hosts } 및 { $workspaces }, 또는 { $shared })
explain-as-user = { $identity }(으)로: 해당 { $section }의 자체 목록으로만 판정합니다({ $hosts }, { $workspaces }에서 파생된 호스트, { $shared })
explain-as-certificate = { $identity }(으)로: CONNECT는 전역 허용 목록으로 판정합니다. 에이전트의 Certificate 메시지를 읽으면(TLS 1.2 이하) 해당 { $section }의 자체 목록으로도 판정합니다({ $hosts }, { $workspaces }에서 파생된 호스트, { $shared }). TLS 1.3 에이전트는 전역 허용 목록으로만 판정합니다
explain-as-unbound = { $identity }을(를) 지정하는 { $section }이(가) 없습니다: 이러한 에이전트는 전역 허용 목록으로 판정합니다
explain-identity-form = { $identity }은(는) ID를 지정하지 않습니다: user=NAME 또는 certificate=SUBJECT를 지정하십시오
explain-identities-hint = { $section }이(가) 지정하는 에이전트는 해당 자체 목록으로 판정합니다: { $flag }(으)로 하나에 대해 설명합니다
explain-suggest-none = 로그에 would-deny 이벤트({ $field }이(가) 있는 이벤트 { $event })가 없습니다
explain-suggest-total = { $tunnels ->
       *[other] 터널 { $tunnels }개가 거부되었을 것입니다. 다음의 정확한 항목으로 이를 허용할 수 있습니다.
    }
explain-suggest-review = `{ $command }` 전에 각 항목을 검토하십시오: 에이전트에 필요한 것만 허용하십시오.
explain-suggest-entry = { $tunnels ->
       *[other] 터널 { $tunnels }개, 처음 { $first }
    }

## The running gateways: status, top, drain (status-*).
status-not-running = 실행 중이 아님: { $config }(으)로 실행 중인 게이트웨이가 없습니다
status-no-answer = omsgate(pid { $pid }): 실행 중이지만 상태를 읽을 수 없습니다(이전 버전의 omsgate?): { $answer }
status-gateway = omsgate { $version }(pid { $pid }): 실행 중, { $state }; 가동 시간 { $uptime }
status-state-ready = 준비됨
status-state-draining-accepting = 드레인 중(중지 중: { $readyz }이(가) 503을 응답하며, 연결은 계속 받는 중)
status-state-draining-closed = 드레인 중(중지 중: 수신기 닫힘, { $open ->
       *[other] 터널 { $open }개가 아직 열려 있음
    })
status-label-config = 구성
status-label-last-reload = 마지막 다시 로드
status-label-listening = 수신 대기
status-label-tunnels = 터널
status-label-clients = 클라이언트
status-label-recent = 최근
status-config = { $source }, 세대 { $generation }, { $entries ->
       *[other] 허용 목록 항목 { $entries }개
    }, { $policy }
status-last-reload-none = 시작 이후 없음
status-last-reload = { $ago } 전: { $outcome } — { $message }
status-reload-ok = 성공
status-reload-refused = 거부됨
status-listening = { $addresses }; 메트릭 { $metrics }
status-metrics-off = 꺼짐
status-tunnels = { $limit } 중 { $open }개 열림({ $percent }%)
status-clients = { $connected }개 연결됨({ $limit })
status-clients-busiest = { $connected }개 연결됨; 가장 많이 사용: { $address }, { $open }개 열림({ $limit })
status-no-client-limit = { $key } 없음
status-recent = { $window }:
status-recent-since-start = 시작 이후({ $window })
status-recent-last = 최근 { $window }
status-recent-tunnels-opened = 열린 터널: { $count }
status-recent-rejections = 이유별 거부: { $list }
status-recent-errors = 이벤트 ID별 오류: { $list }
status-none = 없음
status-bytes-b = { $value } B
status-bytes-kb = { $value } kB
status-bytes-mb = { $value } MB
status-bytes-gb = { $value } GB
status-bytes-tb = { $value } TB
status-top-heading = omsgate top: pid { $pid }, { $config }, 최근 { $window }
status-top-busiest-entries = 가장 많이 사용된 허용 목록 항목
status-top-tunnels = 터널
status-top-open = 열림
status-top-bytes = 바이트
status-top-no-tunnels = (터널 없음)
status-top-most-refused = 가장 많이 거부된 대상
status-top-refused = 거부
status-top-reason = 이유
status-top-no-refusals = (거부 없음)
status-top-refresh = ({ $seconds }초마다, { $keys }(으)로 종료)
status-top-no-answer = { $count ->
       *[other] 게이트웨이 { $count }개가
    } { $config }(으)로 실행 중이지만 { $command }에 응답한 게이트웨이가 없습니다(이전 버전의 omsgate?)
status-drain-none = { $config }(으)로 실행 중인 게이트웨이가 없습니다: 드레인할 대상이 없습니다(시작되었는지, 이 { $flag }(으)로 시작되었는지 확인하십시오. 수신기가 닫힌 게이트웨이는 이미 드레인 중입니다)(이벤트 { $event })
status-drain-told = 실행 중인 게이트웨이(pid { $pid })에 드레인하도록 지시했습니다: { $message }(이벤트 { $event })
status-drain-refused = 실행 중인 게이트웨이(pid { $pid })가 드레인하지 않았습니다(이벤트 { $event }): { $message }

## Writing a config: init's questions, import-oms (setup-*).
setup-nothing-written = { $error }(이벤트 { $event }). 아무것도 쓰지 않았습니다
setup-init-intro = { $path }의 구성을 작성합니다(Enter를 누르면 [기본값] 유지).
setup-init-exists = { $path }이(가) 이미 있습니다. `{ $force }`(으)로 대체할 수 있습니다(또는 `{ $edit }`(으)로 편집)
setup-ask-listen-port = 에이전트가 연결할 수신 포트(1-65535)
setup-ask-services = 서비스({ $names }; 쉼표로 구분)
setup-ask-cloud = Azure 클라우드({ $names })
setup-ask-workspace-ids = Log Analytics 작업 영역 ID(쉼표로 구분)
setup-ask-regions = 컴퓨터와 작업 영역의 Azure 지역(ARM 이름, 예: { $example })
setup-ask-relay-proxy = 이 게이트웨이가 외부로 나갈 때 경유할 릴레이 프록시({ $form }; 비워 두면 직접 연결)
setup-ask-relay-username = 릴레이 프록시 사용자 이름(비워 두면 없음)
setup-ask-relay-password = 릴레이 프록시 암호(표시되지 않음)
setup-flag-needs-flag = { $flag }에는 { $needed }이(가) 필요합니다
setup-no-password-on-stdin = 표준 입력에 암호가 없습니다
setup-cannot-read-password = 터미널에서 암호를 읽을 수 없습니다: { $error }
setup-stdin-closed = 모든 질문에 답하기 전에 표준 입력이 닫혔습니다
setup-cannot-read-stdin = 표준 입력을 읽을 수 없습니다: { $error }
setup-try-again = { $error }. 다시 시도하십시오
setup-services-need-one = 서비스를 하나 이상 선택해야 합니다. 다시 시도하십시오
setup-key-needed = 선택한 서비스에는 { $key }이(가) 필요합니다. { $flag }을(를) 지정하십시오
setup-init-wrote = { $path }을(를) 작성했습니다(`{ $command }`이(가) 읽는 방식으로 검사함): { $entries ->
       *[other] 허용 목록 항목 { $entries }개
    }, 이 중 { $derived }개는 엔드포인트 카탈로그에서 도출됨
setup-init-check-hint = 모든 항목과 그 출처
setup-agents-heading = 에이전트에서(부하 분산 장치 뒤에 있으면 { $host } 대신 부하 분산 장치의 주소 사용):
setup-agents-ama = Azure Monitor Agent, 확장 설정(omsgate는 에이전트에 자격 증명을 요구하지 않음):
setup-agents-mma-windows = Windows용 Log Analytics 에이전트(MMA): 프록시 설정 -> 프록시 서버 { $proxy }, 사용자 이름 없음
setup-agents-oms-linux = Linux용 Log Analytics 에이전트: 프록시 { $proxy }({ $files }의 프록시 설정)
setup-agents-operations-manager = Operations Manager: 프록시 서버 구성 -> { $proxy }
setup-agents-arc = Azure Connected Machine 에이전트: { $command }
setup-load-balancer = 부하 분산 장치에서: TCP 포트 { $port }을(를) 모든 노드로, 상태 프로브 TCP { $port }
setup-load-balancer-readyz = (또는 포트 { $port }에서 { $request }: 노드가 터널을 받는 동안 200)
setup-import-cannot-read = { $file }을(를) 읽을 수 없습니다: { $error }(이벤트 { $event })
setup-import-note = 참고: { $note }
setup-import-all-mapped = 모든 항목을 변환했습니다
setup-import-not-mapped = { $count ->
       *[other] { $count }개 항목을 변환할 수 없습니다:
    }
setup-import-would-not-run = 가져온 구성으로는 실행할 수 없습니다: { $error }(이벤트 { $event })
setup-import-wrote = { $path }을(를) 작성했습니다(`{ $command }`이(가) 읽는 방식으로 검사함): { $entries ->
       *[other] 허용 목록 항목 { $entries }개
    }
setup-import-exists = { $path }이(가) 이미 있습니다. { $flag }을(를) 지정하면 대체합니다
setup-import-not-json = { $cmdlet }이(가) 쓰는 형식의 JSON이 아닙니다: { $error }
setup-import-no-cmdlet-value = 어떤 cmdlet도 출력하지 않는 값입니다
setup-import-not-this-cmdlet-value = 이 cmdlet이 출력하지 않는 값입니다
setup-import-password-never-shown = cmdlet은 암호를 표시하지 않습니다. `{ $command }`(으)로 설정하십시오
setup-import-no-setting = 해당하는 omsgate 설정이 없습니다
setup-import-no-setting-keys = 해당하는 omsgate 설정이 없습니다(`{ $command }`에 설정 목록이 표시됨)
setup-import-proxy-without-hasproxy = { $has_proxy }이(가) 1이 아니므로 설치 프로그램은 { $proxy }을(를) 무시합니다
setup-import-username-without-hasauth = { $has_auth }와(과) { $has_proxy }이(가) 모두 1은 아닙니다
setup-import-password-not-from-command-line = 명령줄에서는 가져오지 않습니다. `{ $command }`(으)로 설정하십시오
setup-import-installdir = Windows 설치 폴더: 해당 항목 없음(패키지가 omsgate를 설치함)
setup-import-licenseaccepted = Windows 설치 프로그램의 라이선스 확인: 해당 항목 없음
setup-import-unknown-property = 게이트웨이 설치 프로그램의 문서화된 속성이 아닙니다
setup-import-not-a-port = TCP 포트(1-65535)가 아닙니다
setup-import-relay-without-port = 포트 없음: omsgate에는 { $form }이(가) 필요하며 릴레이 프록시의 포트를 추측하지 않습니다. `{ $command }`(으)로 설정하십시오
setup-import-not-a-relay-url = omsgate가 사용할 수 있는 릴레이 프록시 주소가 아닙니다: { $error }
setup-import-not-a-host = { $key } 항목이 아닙니다: { $error }
setup-import-not-a-subject = omsgate가 일치시킬 수 있는 클라이언트 인증서 주체가 아닙니다: { $error }
setup-import-username-without-relay = 변환할 수 있는 릴레이 프록시 주소 없이 릴레이 프록시 사용자 이름만 있습니다
setup-import-replaced = 이전 항목의 { $what } { $old }이(가) { $new }(으)로 대체되었습니다
setup-import-what-listen-port = 수신 포트
setup-import-what-relay-proxy = 릴레이 프록시
setup-import-what-relay-username = 릴레이 프록시 사용자 이름
setup-import-subject-read-as-cn = 클라이언트 인증서 주체 { $subject }을(를) { $cn }(으)로 읽습니다(omsgate는 DN 또는 CN=…과 일치시킴)
setup-import-families-added = 가져온 호스트와 함께 기본 Azure Monitor 패밀리를 추가했습니다: 원래 게이트웨이도 자동으로 다운로드한 엔드포인트를 허용했습니다
setup-generate-cannot-write = { $dir }에 쓸 수 없습니다: { $error }(이벤트 { $event })

## The command line's errors (clap's, in the operator's language) (args-*).
args-unknown-argument = 예기치 않은 인수 '{ $arg }'이(가) 있습니다
args-unknown-subcommand = 인식할 수 없는 하위 명령 '{ $subcommand }'
args-invalid-value = '{ $arg }'에 대한 잘못된 값 '{ $value }'
args-invalid-value-why = '{ $arg }'에 대한 잘못된 값 '{ $value }': { $why }
args-value-missing = '{ $arg }'에는 값이 필요하지만 지정되지 않았습니다
args-missing-required = { $count ->
       *[other] 다음 필수 인수가 지정되지 않았습니다: { $arguments }
    }
args-missing-subcommand = '{ $command }'에는 하위 명령이 필요하지만 지정되지 않았습니다
args-too-many-values = '{ $arg }'에 대한 예기치 않은 값 '{ $value }'이(가) 있습니다. 더 이상 값이 필요하지 않습니다
args-too-few-values = '{ $arg }'에는 값 { $min }개가 필요하지만 { $actual ->
       *[other] { $actual }개만 지정되었습니다
    }
args-wrong-number-of-values = '{ $arg }'에는 값 { $expected }개가 필요하지만 { $actual ->
       *[other] { $actual }개가 지정되었습니다
    }
args-used-twice = 인수 '{ $arg }'은(는) 여러 번 사용할 수 없습니다
args-conflict = 인수 '{ $arg }'은(는) { $others }와(과) 함께 사용할 수 없습니다
args-conflict-other = 인수 '{ $arg }'은(는) 지정한 다른 인수 중 하나 이상과 함께 사용할 수 없습니다
args-needs-equals = '{ $arg }'에 값을 지정할 때는 등호가 필요합니다
args-tip = 팁: { $tip }
args-similar-subcommand = { $count ->
       *[other] 비슷한 하위 명령이 있습니다: { $names }
    }
args-similar-argument = { $count ->
       *[other] 비슷한 인수가 있습니다: { $names }
    }
args-similar-value = { $count ->
       *[other] 비슷한 값이 있습니다: { $names }
    }
args-subcommands = 하위 명령: { $names }
args-tip-pass-as-value = '{ $arg }'을(를) 값으로 전달하려면 '{ $instead }'을(를) 사용하십시오
args-tip-exists = '{ $name }'이(가) 있습니다
args-try-help = 자세한 내용은 '{ $help }'을(를) 사용해 보십시오.

## The command line's help: mirrors the doc comments of src/cli/mod.rs (a test keeps them equal).
help-omsgate = 격리된 네트워크의 모니터링 에이전트를 위한 허용 목록 기반 HTTP CONNECT 게이트웨이
    .config = 구성 파일(기본값 /etc/omsgate/omsgate.toml, 이 파일이 없으면 내장된 기본 구성)
    .lang = omsgate가 출력하는 언어(de, fr, ja, pt-BR, zh-Hant, …; 기본값은 OMSGATE_LANG, LC_ALL, LC_MESSAGES, LANG에서 결정). 로그와 메트릭은 영어로 유지됩니다
help-run = 게이트웨이를 실행합니다(기본 동작)
help-check = 구성의 유효성을 검사하고 실제 적용되는 설정을 출력합니다. 유효하면 종료 코드 0, 유효하지 않으면 2
    .service-user = root로 실행한 상태에서, 구성에 지정된 파일을 이 사용자(서비스 실행 사용자)가 읽을 수 없으면 경고합니다
help-config = 설정을 읽거나 변경합니다(Get/Set-OMSGatewayConfig)
help-config-get = 모든 키의 값(기본값 포함) 또는 한 키의 값을 출력합니다
    .output = `text`(TOML 값) 또는 `json`
help-config-keys = 키 목록을 표시합니다: 형식, 기본값, 다시 로드 시 적용 여부, 의미
    .markdown = README의 Markdown 표 형식으로 출력합니다
help-config-set = 키를 설정합니다(목록은 a,b 또는 TOML 배열로 지정). 파일에 쓰기 전에 유효성을 검사합니다
help-config-unset = 파일에서 키를 제거하여 기본값이 적용되게 합니다
help-allowed-host = 허용된 대상을 나열, 추가 또는 제거합니다(*-OMSGatewayAllowedHost)
help-allowed-host-list = 파일에 구성된 호스트. --all: 기본값을 포함하여 현재 적용 중인 모든 항목
help-allowed-host-add = 호스트를 허용합니다: 이름, *.suffix, IP 리터럴 또는 이들 중 하나를 entry:PORT 형식으로 지정
help-allowed-host-remove = 호스트 허용을 중지합니다(목록에 표시된 그대로 지정)
help-allowed-host-suggest = 보고 모드로 배포한 후 사용: JSON 로그의 would-deny 이벤트로부터, 허용 목록이 거부했을 연결을 허용하는 데 필요한 정확한 항목을 제시합니다(`-`: 표준 입력)
help-allowed-client-cert = 허용된 클라이언트 인증서 주체를 나열, 추가 또는 제거합니다(*-OMSGatewayAllowedClientCertificate)
help-allowed-client-cert-list = 허용된 주체
help-allowed-client-cert-add = 주체를 허용합니다: 전체 DN 또는 CN=...
help-allowed-client-cert-remove = 주체 허용을 중지합니다(목록에 표시된 그대로 지정)
help-relay-proxy = 릴레이(업스트림) 프록시를 표시, 설정 또는 해제합니다(*-OMSGatewayRelayProxy)
help-relay-proxy-get = 릴레이 프록시와 이를 선택하는 규칙을 표시합니다(암호는 출력하지 않음)
help-relay-proxy-set = 터널을 하나의 릴레이 http[s]://HOST:PORT를 통해 보냅니다(기존 목록을 대체)
    .address = 릴레이 프록시, http://HOST:PORT(또는 HOST:PORT, [IPv6]:PORT)
    .username = 릴레이의 Basic 인증 사용자(없으면 생략, `add`는 URL의 USER@도 허용)
    .password-stdin = 표준 입력에서 암호를 읽습니다(구성 파일 옆에 저장: 모드 0640, 구성 파일의 그룹)
    .password-file = 이 파일에서 암호를 읽습니다(시작 시와 다시 로드 시)
help-relay-proxy-add = `relay_proxies`에 릴레이를 추가합니다. 앞에 나열된 릴레이 다음에 시도됩니다(기존 `relay_proxy`는 목록의 첫 번째 항목이 됨)
    .url = http[s]://[USER@]HOST:PORT(또는 HOST:PORT)
    .username = 릴레이의 Basic 인증 사용자(없으면 생략, `add`는 URL의 USER@도 허용)
    .password-stdin = 표준 입력에서 암호를 읽습니다(구성 파일 옆에 저장: 모드 0640, 구성 파일의 그룹)
    .password-file = 이 파일에서 암호를 읽습니다(시작 시와 다시 로드 시)
help-relay-proxy-remove = 릴레이를 제거합니다(HOST:PORT 또는 해당 URL로 지정)
help-relay-proxy-clear = 다시 직접 연결합니다(모든 릴레이 제거)
help-agent-user = 에이전트 사용자를 추가, 제거 또는 나열합니다(client_auth = "basic"): 대상은 구성에 지정된 사용자 파일(client_auth_users_file, 지정되지 않으면 구성 파일 옆의 `agent-users`)
help-agent-user-list = 사용자 목록(정렬됨)
help-agent-user-add = 사용자를 추가하거나 기존 사용자에게 새 암호를 지정합니다. 암호는 표준 입력에서 읽으며(터미널에서는 에코 없이 입력 요청) 명령줄에서는 받지 않습니다. bcrypt 해시로 저장됩니다
    .cost = bcrypt 비용(4-15): 한 단계 올릴 때마다 캐시되지 않은 검사 시간이 두 배가 됩니다(비용 10은 코어 하나 기준 약 50-150 ms). 에이전트 암호가 길고 무작위이면 낮은 비용도 안전하며, 다시 시작한 노드가 수천 개의 에이전트를 더 빨리 다시 검사할 수 있습니다
help-agent-user-remove = 사용자를 제거합니다: 다음 다시 로드부터 해당 사용자의 에이전트는 407을 받습니다
help-reload = 이 구성으로 실행 중인 게이트웨이에 열린 터널을 유지한 채 구성을 다시 로드하도록 지시합니다
help-drain = 이 구성으로 실행 중인 게이트웨이를 SIGTERM과 같은 방식으로 드레인한 후 종료시킵니다. 종료 코드 0 드레인 중, 1 실행 중인 게이트웨이 없음, 2 거부됨
    .long =
        이 구성으로 실행 중인 게이트웨이를 SIGTERM과 같은 방식으로 드레인한 후 종료시킵니다. 종료 코드 0 드레인 중, 1 실행 중인 게이트웨이 없음, 2 거부됨.

        /readyz는 즉시 503을 응답하지만 drain_grace 동안에는 새 터널도 계속 처리합니다(그동안 부하 분산 장치가 노드를 제외함). 그런 다음 수신기가 닫히고, 열린 터널에는 최대 drain_timeout의 시간이 주어지며, 프로세스는 0으로 종료됩니다. 그 이후는 systemd의 Restart= 정책 또는 운영자의 절차에 따릅니다(롤링 재시작: 드레인, 종료 대기, 시작). 유예 시간 중에 다시 요청하면 유예 시간이 즉시 끝납니다.
help-status = 이 구성으로 실행 중인 게이트웨이의 상태를 조회합니다: pid, 버전, 가동 시간, 구성 세대, 마지막 다시 로드, 준비됨 또는 드레인 중, 한도 대비 터널 및 클라이언트 수, 최근 5분간의 거부 및 오류. 종료 코드 0 실행 중이며 준비됨, 1 실행 중이 아님, 3 드레인 중(준비 안 됨), 4 사용할 수 있는 응답 없음
    .output = `text` 또는 `json`
help-top = 최근 5분간 가장 많이 사용된 허용 목록 항목과 가장 많이 거부된 대상. 터미널에서는 Ctrl-C를 누를 때까지 2초마다 다시 그립니다(파이프로는 한 번만 출력). 게이트웨이가 응답하면 종료 코드 0, 실행 중인 게이트웨이가 없으면 1
    .once = 터미널에서도 한 번만 출력하고 종료합니다
    .output = `text` 또는 `json`
help-explain = HOST[:PORT]에 대한 정책의 결정과 그 이유를 설명합니다: 허용하는 항목, 또는 가장 가까운 항목과 각각이 해당하지 않는 이유. 종료 코드 0 허용, 1 거부, 2 잘못된 입력
    .target = HOST, HOST:PORT, IP 또는 [IPv6]:PORT(포트가 없으면 443)
    .output = `text` 또는 `json`
    .identity = 이 `[[identity]]`의 에이전트로 판정합니다. 로그 줄에서 쓰는 이름으로 지정합니다: `user=NAME` 또는 `certificate=SUBJECT`
help-init = 구성을 작성합니다(원래 제품의 설치 마법사에 해당): 터미널에서 질문하거나 모든 답을 플래그로 받습니다. `run`이 읽는 방식 그대로 검사하며, 에이전트에 설정할 내용을 알려 줍니다
    .workspace-id = Log Analytics 작업 영역 ID(GUID). 여러 개면 반복 지정
    .region = Azure 지역(ARM 이름, 예: westeurope). 여러 개면 반복 지정
    .cloud = public, usgov 또는 china
    .services = 쉼표로 구분한 에이전트 및 서비스: azure_monitor_agent, log_analytics_agent, automation, arc
    .dce-host = 데이터 수집 엔드포인트의 로그 수집 호스트. 여러 개면 반복 지정
    .listen-port = 에이전트가 연결할 포트, 1-65535(기본값 8080)
    .relay-proxy = 릴레이(업스트림) 프록시, http://HOST:PORT
    .relay-username = 릴레이 프록시의 Basic 인증 사용자
    .relay-password-stdin = 표준 입력에서 릴레이 프록시 암호를 읽습니다(구성 파일 옆에 저장, 0640)
    .force = 기존 구성 파일을 대체합니다
help-import-oms = Windows 게이트웨이의 cmdlet 출력(Get-OMSGateway*, 텍스트 또는 ConvertTo-Json)과 MSI 속성(PORTNUMBER=…)을 omsgate 구성으로 변환합니다. 변환할 수 없었던 항목과 그 이유를 알려 줍니다
    .files = cmdlet 출력 또는 msiexec 명령줄이 담긴 파일(`-`: 표준 입력)
    .write = 구성을 --config에 씁니다(이미 있으면 --force가 없는 한 거부). 지정하지 않으면 구성을 출력합니다
    .force = 기존 파일을 대체합니다
help-generate = man 페이지와 셸 자동 완성 스크립트를 DIR에 씁니다(패키지 빌드 과정에서 실행)
