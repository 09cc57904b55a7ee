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

## Edits of the config and what they print: config get/set/unset/keys, allowed-host,
## allowed-client-cert, relay-proxy, agent-user, reload; `check`'s report (edit-*).

## What the policy decides and why: explain, allowed-host suggest (explain-*).

## The running gateways: status, top, drain (status-*).

## Writing a config: init's questions, import-oms (setup-*).

## The command line's errors (clap's, in the operator's language) (args-*).

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
