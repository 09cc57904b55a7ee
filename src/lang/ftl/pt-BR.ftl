## Mensagens do omsgate em português do Brasil (traduzidas de en.ftl).
## IDs: help-* the command line's help (mirrors the doc comments in src/cli/mod.rs);
## the rest are built in code with msg!/t! and say what the code is doing.

help-ui =
    .usage = Uso:
    .options = Opções
    .arguments = Argumentos
    .commands = Comandos
    .help = Exibir a ajuda (mais detalhes com '--help')
    .help-long = Exibir a ajuda (um resumo com '-h')
    .version = Exibir a versão
    .help-command = Exibir esta mensagem ou a ajuda do(s) subcomando(s) informado(s)
help-possible-values = valores possíveis: { $values }
help-default = padrão: { $value }


## Config errors: what `check`, `run` and every edit say about a value that cannot run (config-*).
config-not-a-string = { $value } não é uma cadeia de caracteres
config-not-a-list = { $value } não é uma lista
config-not-true-or-false = { $value } não é true nem false
config-not-a-whole-number = { $value } não é um número inteiro
config-not-a-whole-number-in-range = { $value } não é um número inteiro de { $min } a { $max }
config-not-a-port = { $value } não é uma porta TCP ({ $min }-{ $max })
config-not-a-whole-number-or = { $value } não é um número inteiro nem { $word }
config-not-an-ip-address = { $value } não é um endereço IPv4 ou IPv6
config-not-an-address-and-port = { $value } não é { $form } (p. ex. { $examples }), nem { $off } para desativar
config-not-a-relay-password-file = { $value } não é { $form } (o host:porta do proxy de retransmissão como na URL dele, depois o arquivo de senha dele)
config-not-a-relay-route = { $value } não é uma entrada de { $key }: escreva uma tabela {"{"} { $hosts }, { $relay } {"}"}; relay também pode ser uma lista de proxies de retransmissão, tentados em ordem
config-relay-route-unknown-field = { $value }: campo desconhecido `{ $field }` (uma tabela { $key } tem { $hosts } e { $relay })
config-relay-route-lacks = { $value }: falta { $field }
config-relay-route-routes-nothing = { $value }: { $hosts } não roteia nada
config-relay-route-direct = { $value }: uma { $key } não pode mandar hosts direto ({ $relay }): liste-os em { $bypass }, o único lugar que diz o que vai direto
config-relay-route-no-relay = { $value }: { $relay } não indica nenhum proxy de retransmissão
config-not-a-dns-server = { $value } não é o IP de um servidor DNS nem { $form } ({ $problem })
config-not-one-of = { $value } não é um destes: { $choices }
config-not-an-identity = { $value } não é uma tabela de identidade ({"{"} { $user } ou { $certificate }, { $lists } {"}"})
config-identity-unknown-field = o campo de identidade `{ $field }` é desconhecido; campos: { $fields }
config-identity-names-one = uma identidade indica exatamente um entre { $user } e { $certificate }
config-not-an-address-or-cidr = { $value } não é um endereço nem um CIDR como { $example }
config-not-a-guid = { $value } não é um GUID ({ $form }, como o portal mostra a ID)
config-duration-without-unit = { $value } não tem unidade; escreva p. ex. { $examples }
config-duration-not-whole-number = { $value } não começa com um número inteiro
config-duration-unknown-unit = { $value } tem a unidade desconhecida { $unit }; use { $units } ou { $last }
config-listens-nowhere = { $value } não escuta em lugar nenhum; informe pelo menos um endereço
config-limit-out-of-range = deve estar entre { $min } e { $max } (inclusive) ou ser { $word }
config-limit-at-least = deve ser pelo menos { $min }, ou { $word }
config-duration-at-most = deve ser no máximo { $max }
config-dns-ttl-at-most = deve ser no máximo { $max } (os TTLs de DNS vão até um dia)
config-stale-at-most = deve ser no máximo { $max } (uma semana)
config-worker-threads-out-of-range = deve estar entre { $min } (um por núcleo) e { $max }
config-relay-listed-twice = o proxy de retransmissão { $relay } está listado duas vezes
config-password-file-listed-twice = { $relay } tem mais de um arquivo de senha: mantenha só uma entrada para ele
config-unknown-key-near = chave desconhecida `{ $key }`; seria `{ $near }`?
config-unknown-key = chave desconhecida `{ $key }`; chaves conhecidas: { $keys }
config-problems = { $first }; { $rest }
config-not-toml = TOML inválido: { $error }
config-key-is-table-list = { $key } é uma lista de tabelas: seções { $sections }
config-key-is-not-table = { $key } deve ser um valor, não uma tabela
config-key-problem = { $key }: { $problem }
config-key-is = { $key } = { $problem }
config-key-value-problem = { $key } = { $value }: { $problem }
config-default-does-not-parse = o valor padrão interno de { $key } não pode ser analisado: { $error }
config-not-a-region = { $value } não é um nome de região do ARM (em minúsculas, sem espaços: { $examples })
config-not-a-dce-host = { $value } não é o host de ingestão de logs de um ponto de extremidade de coleta de dados (em minúsculas, como { $form })
config-not-an-arc-gateway = { $value } não é um host do gateway do Azure Arc ({ $form }, como `{ $command }` o mostra)
config-timeout-zero = o tempo limite se esgotaria imediatamente; informe uma duração positiva como { $example }
config-identity-problem = identidade { $identity }: { $problem }
config-identity-twice = identidade: { $who } tem duas entradas { $sections }
config-user-identity-needs-basic = uma identidade de usuário precisa de { $setting } (sem isso, nenhum agente tem nome de usuário)
config-workspaces-need-services = { $key } precisa de { $services } (o catálogo deriva os hosts de cada workspace para os serviços nomeados ali); defina { $services }
config-proxy-protocol-from-empty = { $setting } com { $key } vazio recusaria todos os cabeçalhos; liste os endereços dos balanceadores de carga (p. ex. { $example })
config-basic-needs-users-file = { $setting } precisa de { $key } (crie-o com `{ $command }`)
config-client-certificates-empty = { $setting } com { $key } vazio recusaria o certificado de todos os agentes; adicione requerentes ({ $command }) ou defina a política como { $off }
config-error-in = { $source }: { $problem }
config-source-embedded = padrão interno
config-effective-settings-from = configurações efetivas de { $source }
config-default-note = padrão
config-relay-proxy-and-proxies = { $single } e { $listed } estão ambos definidos: { $single } é a forma de um único proxy de retransmissão de { $listed }; mantenha um (p. ex. { $example } e remova { $single })
config-relay-proxy-with-user = { $setting }: o usuário dele vai em { $key } (a forma { $form } é para { $listed })
config-relay-credentials-without-proxy = { $keys } estão definidos, mas { $key } está vazio; defina { $setting } ou limpe-os
config-too-many-relays = proxies de retransmissão demais
config-relay-written-differently = { $key }: o proxy de retransmissão { $relay } está escrito { $here } aqui e { $elsewhere } em outro lugar; escreva-o igual em todos os lugares
config-password-file-without-user = { $key } tem um arquivo para { $relay }, mas a URL dele não indica nenhum usuário: escreva { $url }
config-password-file-for-no-relay = { $key } indica { $relay }, que não está em nenhum { $listed } nem { $routes }
config-password-file-without-username = { $key } está definido sem { $username }
config-password-file-readable-by-all = { $key }: { $path } pode ser lido por todos os usuários (modo { $mode }): execute { $private } (ou { $group } com o grupo do serviço)
config-file-unreadable = { $key }: não é possível ler { $path }: { $error }
config-file-cannot-be-read = não é possível ler o arquivo de configuração: { $error }
config-tenant-wide-workspace-ingestion = o ponto de extremidade de ingestão de todos os workspaces do Log Analytics
config-tenant-wide-workspace-management = o ponto de extremidade de gerenciamento de todos os workspaces do Log Analytics
config-tenant-wide-automation-agent-service = o serviço de agente de todas as contas de Automação
config-tenant-wide-automation-endpoints = os pontos de extremidade de todas as contas de Automação
config-tenant-wide-data-collection-endpoints = todos os pontos de extremidade de coleta de dados
config-tenant-wide-storage-blobs = os blobs de todas as contas de armazenamento
config-tenant-wide-storage-tables = as tabelas de todas as contas de armazenamento
config-tenant-wide-storage-queues = as filas de todas as contas de armazenamento
config-tenant-wide-service-bus = todos os namespaces do Barramento de Serviço
config-tenant-wide-key-vaults = todos os Key Vaults
config-tenant-wide-derived = O catálogo de pontos de extremidade a deriva porque a Microsoft não documenta nenhum nome mais restrito para este serviço; `{ $command }` mostra o que ela permite
config-tenant-wide-narrow = Execute `{ $command }` (ou defina { $keys } e { $last }) para permitir os seus próprios hosts; `{ $explain }` mostra o que uma entrada permite
config-tenant-wide-entry = A entrada { $entry } de { $key } ({ $origin }) permite { $what }, não apenas os seus: qualquer agente aqui, ou um malware em um deles, pode enviar dados a qualquer um deles. { $todo }
config-warning = aviso (evento { $event }): { $warning }
config-allowlist-in-force = a lista de permissões em vigor, entrada por entrada:
config-identity-may-reach-only = a identidade { $identity } só pode alcançar:
config-in-effect-under-limits = em vigor sob os limites deste processo (como `{ $command }` iniciaria): { $settings }
config-service-user-cannot-read = { $problem }: o serviço, executado como { $user }, recusará esta configuração; dê o arquivo ao grupo dele ({ $commands }) ou passe { $flag }
config-wrong-configuration = configuração incorreta (evento { $event }): { $error }
config-log-unreadable = não é possível ler { $path }: { $error } (evento { $event })
config-entry-problem = entrada { $entry }: { $problem }
config-too-many-entries = mais de { $max } entradas
config-target-not-authority = o destino deve ser { $form } (forma de autoridade)
config-target-userinfo = o destino não deve conter userinfo ({ $form })
config-target-percent = o destino não deve conter { $character } (codificação por porcentagem ou zona IPv6)
config-target-control-byte = o destino contém um byte de controle ou não ASCII
config-target-bad-port = a porta deve ser um número de { $min } a { $max }
config-target-empty-label = o host está vazio ou tem um rótulo vazio
config-target-host-too-long = o host tem mais de { $max } bytes
config-target-label-too-long = um rótulo do host tem mais de { $max } bytes
config-target-bad-host-char = o host contém um caractere não permitido em um nome DNS
config-target-ambiguous-numeric = o host parece numérico, mas não é um endereço IP válido
config-target-bad-ipv6 = o host entre colchetes não é um endereço IPv6 válido
config-wildcard-needs-name = um curinga precisa de um nome depois dele, como em { $example }
config-wildcard-leftmost-label-as-in = um { $star } só pode ficar no rótulo mais à esquerda, como em { $example } ou { $other }
config-wildcard-in-ip-address = um curinga não pode substituir parte de um endereço IP
config-wildcard-leftmost-label = um { $star } só pode ficar no rótulo mais à esquerda
config-wildcard-one-per-entry = um só { $star } por entrada
config-relays-at-most = { $count } proxies de retransmissão: no máximo { $max }
config-too-many-relay-routes = tabelas { $key } demais
config-relay-url-scheme = { $url }: um proxy de retransmissão é { $http } (CONNECT em HTTP simples) ou { $https } (TLS até o proxy de retransmissão), não { $scheme }
config-relay-url-password = { $url }: uma senha não deve ficar na URL (a configuração pode ser lida e `{ $command }` a exibe); coloque-a em um arquivo: { $setting }
config-relay-url-problem = { $url }: { $problem }
config-relay-url-empty-user = { $url }: o usuário antes de @ está vazio
config-relay-url-not-a-url = { $url } não é { $form }: { $problem }
config-relay-user-percent = um { $percent } no usuário deve iniciar { $form } (dois dígitos hexadecimais)
config-relay-user-not-utf8 = o usuário não é UTF-8 depois de decodificados os { $form }
config-users-file-problem = { $key } { $path }: { $problem }
config-users-file-unreadable = não é possível ler: { $error }
config-users-file-line = linha { $line }: { $problem }
config-users-file-not-user-hash = esperado { $form } (formato htpasswd)
config-users-file-user-problem = usuário { $user }: { $problem }
config-users-file-user-twice = o usuário { $user } está listado duas vezes
config-bcrypt-hash-invalid = não é um hash bcrypt válido ({ $error })
config-argon2-hash-invalid = não é uma cadeia PHC argon2 válida ({ $error })
config-hash-refused = o hash não é bcrypt ({ $bcrypt }, { $htpasswd }) nem argon2 ({ $argon2 }); { $refused } e senhas em texto simples são recusados
config-not-a-user-name = { $user } não é um nome de usuário (de { $min } a { $max } caracteres, sem { $colon } nem espaços em branco)
config-not-a-subject = entrada { $key } inválida { $value }: esperado um DN de requerente como { $examples } ou { $example }
config-region-in-other-cloud = { $key }: { $region } está na nuvem { $cloud }, mas { $setting }
config-dce-host-in-other-cloud = { $key }: { $host } não é um ponto de extremidade de coleta de dados da nuvem { $cloud } ({ $suffix })
config-arc-gateway-not-public = { $key } está definido, mas o gateway do Azure Arc só existe na nuvem pública ({ $setting })
config-automation-region-unknown = { $key } inclui { $service }, mas a Microsoft não lista pontos de extremidade de Automação para a região { $region } ({ $regions }); consulte `{ $command }`
config-automation-region-needs-accounts = { $key } inclui { $service }: a região { $region } só tem pontos de extremidade de Automação específicos da conta; defina { $accounts } (o GUID na URL da conta, página Chaves)
config-endpoint-needs-key = { $services } inclui { $service }, cujo ponto de extremidade para { $purpose } ({ $template }) precisa de { $key }; defina { $key }
config-ca-file-not-pem = { $key } { $path } não pode ser lido como certificados PEM: { $error }
config-ca-file-empty = { $key } { $path } não contém nenhum certificado
config-ca-file-unusable = { $key } { $path }: um certificado não é uma AC utilizável: { $error }
config-no-system-roots = um proxy de retransmissão { $https } precisa de raízes confiáveis, e o repositório do sistema não tem nenhuma
config-no-system-roots-because = { $problem } ({ $error })
config-install-roots = { $problem }; instale { $package } ou defina { $key }
config-relay-tls-settings = configurações TLS para proxies de retransmissão: { $error }
config-dns-server-examples = p. ex. { $examples }; não um nome
config-dns-server-port-zero = porta { $port }

## Edits of the config and what they print: config get/set/unset/keys, allowed-host,
## allowed-client-cert, relay-proxy, agent-user, reload; `check`'s report (edit-*).
edit-failed = omsgate: { $error } (evento { $event })
edit-key-set = { $key } definido em { $path }
edit-key-unset = { $key } de volta ao padrão em { $path }
edit-host-added = host permitido { $host } adicionado em { $path }
edit-host-removed = host permitido { $host } removido em { $path }
edit-cert-added = requerente de certificado de cliente { $subject } adicionado em { $path }
edit-cert-removed = requerente de certificado de cliente { $subject } removido em { $path }
edit-relay-set = proxy de retransmissão definido como { $address } em { $path }
edit-relays-cleared = proxies de retransmissão removidos; os túneis se conectam diretamente em { $path }
edit-relay-added = proxy de retransmissão { $url } adicionado em { $path }
edit-relay-removed = proxy de retransmissão { $relay } removido em { $path }
edit-agent-user-added = usuário de agente { $user } adicionado (ou a senha dele alterada) em { $path }
edit-agent-user-removed = usuário de agente { $user } removido em { $path }
edit-no-gateway = nenhum gateway em execução atende { $path }; a alteração se aplica quando ele iniciar
edit-reload-nothing = nenhum gateway em execução atende { $path }: nada a recarregar (ele foi iniciado, e com esta { $flag }?)
edit-reloaded = o gateway em execução (pid { $pid }) foi instruído a recarregar: { $message } (evento { $event })
edit-reload-draining = o gateway de pid { $pid } está parando e não foi recarregado: { $message }
edit-reload-refused = o gateway em execução (pid { $pid }) não a aplicou (evento { $event }): { $message }
edit-key-value = { $key }: { $reason }
edit-not-a-list = { $key }: o valor no arquivo não é uma lista
edit-not-listed = { $value } não está em { $key }; `omsgate { $list }` mostra as entradas
edit-would-not-run = a configuração editada não funcionaria, então nada foi gravado: { $reason }
edit-not-toml = { $path } não é TOML válido, então não pode ser editado com segurança: { $error }
edit-cannot-chown = não é possível dar ao novo arquivo o proprietário { $owner } e o grupo { $group } que { $path } tem ({ $error }); execute como root ou como o proprietário dele
edit-too-many-symlinks = { $path }: mais de { $max } links simbólicos
edit-relay-two-users = { $url } indica o usuário { $user }, mas { $flag } diz { $username }: informe um só
edit-relay-listed-already = { $key } já tem { $address }: primeiro `omsgate relay-proxy remove { $address }`
edit-relay-password-without-user = um arquivo de senha para { $address } sem usuário: informe { $flag } (ou { $url })
edit-users-file-refused = { $key } { $file }: { $reason }
edit-password-prompt = Senha do usuário de agente { $user } (não exibida):
edit-password-empty = uma senha vazia é recusada; informe-a na stdin
edit-agent-users-none = nenhum { $key } em { $path }: nenhum usuário de agente
edit-key-row = { $key } { $applies } padrão { $default }  — { $meaning }
edit-applies-reload = recarga
edit-applies-restart = reinício
edit-entry = { $origin }: { $reading }; { $ports }
edit-entry-port = só a porta { $port }
edit-entry-ports = portas { $ports } ({ $key })
edit-relay-none = nenhum proxy de retransmissão: os túneis se conectam diretamente
edit-relay-default-direct = padrão: direto (nenhum { $single } nem { $listed })
edit-relay-default = padrão ({ $key }), tentados em ordem:
edit-relay-credentials = { $url }  (usuário { $user }, { $password })
edit-relay-no-credentials = { $url }  (sem credenciais)
edit-relay-password-file = senha lida de { $file }
edit-relay-no-password = sem senha
edit-relay-bypass = direto ({ $key }): { $hosts }
edit-relay-route = { $key } { $number }: { $hosts }
edit-relay-retry = um proxy de retransmissão que falha é ignorado por { $key } ({ $duration })
edit-relay-ca-file = proxies de retransmissão https:// devem apresentar um certificado de { $file }
edit-relay-ca-system = proxies de retransmissão https:// devem apresentar um certificado em que o sistema confia
edit-cannot-enter = { $user } não pode entrar em { $dir }
edit-cannot-read = { $user } não pode ler { $file }
edit-file-mode = { $path } (modo { $mode }, proprietário { $owner }, grupo { $group })

## What the policy decides and why: explain, allowed-host suggest (explain-*).
explain-failed = omsgate: { $error } (evento { $event })
explain-not-a-target = { $target } não é HOST, HOST:PORT, IP nem [IPv6]:PORT
explain-allowed = permitido: { $target }
explain-allowed-by = por { $entry }  ({ $why })
explain-denied = negado: { $target } (evento { $event }, { $reason }): { $message }
explain-no-near = nenhuma entrada chega perto
explain-report-mode = { $setting }: é deixado passar e registrado como evento { $event } com { $field }
explain-then = depois:
explain-then-were-it-allowed = depois, se fosse permitido:
explain-route = rota: { $route }
explain-route-direct = direto (nenhum proxy de retransmissão está configurado)
explain-route-default = por { $relays } ({ $key }; nenhuma entrada { $bypass } ou { $route } o indica)
explain-route-bypass = direto, pela entrada { $entry } de { $key }
explain-route-by-rule = por { $relays }, pela entrada { $entry } de { $key } { $number }
explain-relay-one = o proxy de retransmissão { $relay }
explain-relays = os proxies de retransmissão { $relays } em ordem (um que falha é ignorado por { $key })
explain-relay-then = { $first }, depois { $next }
explain-near-port = corresponde ao host, mas permite { $ports }, não { $port }
explain-near-only-port = só a porta { $port }
explain-near-default-ports = as portas em { $key } { $ports }
explain-near-below = corresponde a nomes abaixo de { $name }, não ao próprio { $name }; adicione { $name } para permiti-lo
explain-near-lookalike = { $host } só termina com as letras de { $name }: não é { $name } nem um nome abaixo dele
explain-near-label = o primeiro rótulo deve ser { $prefix }…{ $suffix }, com um ou mais caracteres onde está o *
explain-near-same-domain = no mesmo domínio, mas corresponde a { $reading }
explain-after-vetted = o nome é resolvido uma vez e todos os endereços são verificados antes de conectar a um: nunca o endereço não especificado (0.0.0.0, ::) nem os ouvintes deste gateway
explain-after-private-allowed = { $setting }: é permitido conectar a endereços de loopback, privados e link-local
explain-after-ip-listed = o literal IP está listado exatamente, então é permitido conectar a ele mesmo se for privado
explain-after-private-refused = endereços de loopback, privados, link-local (metadados da nuvem incluídos) e outros não públicos são recusados ({ $setting })
explain-origin-file = arquivo
explain-origin-default = padrão
explain-origin-derived = derivada: { $from }
explain-reading-exact = exatamente { $name }
explain-reading-below = qualquer nome abaixo de { $name } (não o próprio { $name })
explain-reading-in-label = um nome { $prefix }…{ $suffix }.{ $rest } cujo primeiro rótulo tem um ou mais caracteres onde está o *
explain-reading-this-and-below = { $name } e qualquer nome abaixo dele (o *{ $name } sem ponto da Microsoft)
explain-reading-ip = exatamente o endereço { $ip }
explain-deny-host = o destino { $host } não está em { $key }
explain-deny-port = a porta { $port } não é permitida para { $host } ({ $key }, ou uma entrada host:porta)
explain-deny-private = { $target } é resolvido como { $ip }, um endereço { $class }; defina { $setting } ou inclua o próprio IP na lista de permissões para permiti-lo
explain-deny-unspecified = { $target } leva a { $ip }, um endereço não especificado: uma conexão a ele chega a este host, então nunca é um destino (nem { $hosts } nem { $private } podem permiti-lo)
explain-deny-own = { $addr } é este gateway: ele escuta nessa porta e o endereço é um dos deste host; um túnel até ele entraria em loop
explain-deny-maybe-own = { $addr } pode ser este gateway (ele escuta nessa porta) e os endereços deste host não podem ser lidos ({ $error }); recusado caso um túnel até ele entre em loop
explain-deny-identity = o destino { $target } não é permitido para a identidade { $identity } (os { $section } { $hosts } e { $workspaces } dela, ou { $shared })
explain-as-user = como { $identity }: decidido apenas pela lista própria dessa seção { $section } (seus { $hosts }, os hosts derivados de seus { $workspaces } e { $shared })
explain-as-certificate = como { $identity }: o CONNECT é decidido pela lista de permissões global; quando a mensagem Certificate do agente é lida (TLS 1.2 e anteriores), a lista própria dessa seção { $section } também decide (seus { $hosts }, os hosts derivados de seus { $workspaces } e { $shared }); um agente com TLS 1.3 é decidido apenas pela lista de permissões global
explain-as-unbound = nenhuma seção { $section } nomeia { $identity }: um agente assim é decidido pela lista de permissões global
explain-identity-form = { $identity } não nomeia nenhuma identidade: informe user=NAME ou certificate=SUBJECT
explain-identities-hint = os agentes que uma seção { $section } nomeia são decididos pela própria lista dela: { $flag } explica para um deles
explain-suggest-none = nenhum evento would-deny (evento { $event } com { $field }) no log
explain-suggest-total = { $tunnels ->
        [one] { $tunnels } túnel teria sido recusado; estas entradas exatas o permitiriam.
       *[other] { $tunnels } túneis teriam sido recusados; estas entradas exatas os permitiriam.
    }
explain-suggest-review = Revise cada uma antes de `{ $command }`: apenas o que os agentes precisam.
explain-suggest-entry = { $tunnels ->
        [one] { $tunnels } túnel; o primeiro: { $first }
       *[other] { $tunnels } túneis; o primeiro: { $first }
    }

## The running gateways: status, top, drain (status-*).
status-not-running = não está em execução: nenhum gateway atende { $config }
status-no-answer = omsgate (pid { $pid }): em execução, mas não foi possível ler o status (um omsgate mais antigo?): { $answer }
status-gateway = omsgate { $version } (pid { $pid }): em execução, { $state }; ativo há { $uptime }
status-state-ready = pronto
status-state-draining-accepting = DRENANDO (parando: { $readyz } responde 503, ainda aceitando)
status-state-draining-closed = DRENANDO (parando: ouvintes fechados, { $open ->
        [one] { $open } túnel ainda aberto
       *[other] { $open } túneis ainda abertos
    })
status-label-config = configuração
status-label-last-reload = última recarga
status-label-listening = escutando
status-label-tunnels = túneis
status-label-clients = clientes
status-label-recent = recente
status-config = { $source }, geração { $generation }, { $entries ->
        [one] { $entries } entrada da lista de permissões
       *[other] { $entries } entradas da lista de permissões
    }, { $policy }
status-last-reload-none = nenhuma desde o início
status-last-reload = há { $ago }: { $outcome } — { $message }
status-reload-ok = ok
status-reload-refused = RECUSADA
status-listening = { $addresses }; métricas { $metrics }
status-metrics-off = desativadas
status-tunnels = { $open } abertos de { $limit } ({ $percent }%)
status-clients = { $connected } conectados ({ $limit })
status-clients-busiest = { $connected } conectados; o mais ativo é { $address } com { $open } abertos ({ $limit })
status-no-client-limit = sem { $key }
status-recent = { $window }:
status-recent-since-start = desde o início ({ $window })
status-recent-last = nos últimos { $window }
status-recent-tunnels-opened = túneis abertos: { $count }
status-recent-rejections = recusas por motivo: { $list }
status-recent-errors = erros por ID de evento: { $list }
status-none = nenhum
status-bytes-b = { $value } B
status-bytes-kb = { $value } kB
status-bytes-mb = { $value } MB
status-bytes-gb = { $value } GB
status-bytes-tb = { $value } TB
status-top-heading = omsgate top: pid { $pid }, { $config }, últimos { $window }
status-top-busiest-entries = ENTRADAS DA LISTA DE PERMISSÕES MAIS USADAS
status-top-tunnels = TÚNEIS
status-top-open = ABERTOS
status-top-bytes = BYTES
status-top-no-tunnels = (nenhum túnel)
status-top-most-refused = DESTINOS MAIS RECUSADOS
status-top-refused = RECUSADOS
status-top-reason = MOTIVO
status-top-no-refusals = (nenhuma recusa)
status-top-refresh = (a cada { $seconds } s; { $keys } encerra)
status-top-no-answer = { $count ->
        [one] { $count } gateway atende
       *[other] { $count } gateways atendem
    } { $config }, mas nenhum respondeu a { $command } (um omsgate mais antigo?)
status-drain-none = nenhum gateway em execução atende { $config }: nada a drenar (ele foi iniciado, e com esta { $flag }? um cujos ouvintes já fecharam já está drenando) (evento { $event })
status-drain-told = o gateway em execução (pid { $pid }) foi instruído a drenar: { $message } (evento { $event })
status-drain-refused = o gateway em execução (pid { $pid }) não drenou (evento { $event }): { $message }

## Writing a config: init's questions, import-oms (setup-*).
setup-nothing-written = { $error } (evento { $event }); nada foi gravado
setup-init-intro = uma configuração para { $path } (Enter mantém o [valor padrão]).
setup-init-exists = { $path } já existe; `{ $force }` o substitui (ou edite-o com `{ $edit }`)
setup-ask-listen-port = Porta de escuta a que os agentes se conectam (1-65535)
setup-ask-services = Serviços ({ $names }; separados por vírgula)
setup-ask-cloud = Nuvem do Azure ({ $names })
setup-ask-workspace-ids = ID(s) do workspace do Log Analytics, separadas por vírgula
setup-ask-regions = Região(ões) do Azure das máquinas e do workspace (nome do ARM, p. ex. { $example })
setup-ask-relay-proxy = Proxy de retransmissão pelo qual este gateway sai ({ $form }; vazio: conectar diretamente)
setup-ask-relay-username = Nome de usuário do proxy de retransmissão (vazio: nenhum)
setup-ask-relay-password = Senha do proxy de retransmissão (não exibida)
setup-flag-needs-flag = { $flag } precisa de { $needed }
setup-no-password-on-stdin = nenhuma senha na stdin
setup-cannot-read-password = não é possível ler a senha do terminal: { $error }
setup-stdin-closed = a stdin foi fechada antes de todas as perguntas serem respondidas
setup-cannot-read-stdin = não é possível ler a stdin: { $error }
setup-try-again = { $error }; tente novamente
setup-services-need-one = os serviços escolhidos precisam de pelo menos um; tente novamente
setup-key-needed = { $key } é necessário para os serviços escolhidos; informe { $flag }
setup-init-wrote = { $path } gravado (verificado como `{ $command }` o lê): { $entries ->
        [one] { $entries } entrada da lista de permissões
       *[other] { $entries } entradas da lista de permissões
    }, { $derived } derivadas do catálogo de pontos de extremidade
setup-init-check-hint = cada entrada e de onde ela vem
setup-agents-heading = Nos agentes (atrás de um balanceador de carga, use o endereço dele em vez de { $host }):
setup-agents-ama = Azure Monitor Agent, configurações da extensão (o omsgate não pede credenciais aos agentes):
setup-agents-mma-windows = Agente do Log Analytics (MMA) para Windows: Configurações de Proxy -> servidor proxy { $proxy }, sem nome de usuário
setup-agents-oms-linux = Agente do Log Analytics para Linux: proxy { $proxy } (a configuração de proxy de { $files })
setup-agents-operations-manager = Operations Manager: Configure Proxy Server -> { $proxy }
setup-agents-arc = Agente do Azure Connected Machine: { $command }
setup-load-balancer = No balanceador de carga: porta TCP { $port } para todos os nós; investigação de integridade TCP { $port }
setup-load-balancer-readyz = (ou { $request } na porta { $port }: 200 enquanto o nó aceita túneis)
setup-import-cannot-read = não é possível ler { $file }: { $error } (evento { $event })
setup-import-note = observação: { $note }
setup-import-all-mapped = todos os itens foram mapeados
setup-import-not-mapped = não foi possível mapear { $count ->
        [one] { $count } item:
       *[other] { $count } itens:
    }
setup-import-would-not-run = a configuração importada não funcionaria: { $error } (evento { $event })
setup-import-wrote = { $path } gravado (verificado como `{ $command }` o lê): { $entries ->
        [one] { $entries } entrada da lista de permissões
       *[other] { $entries } entradas da lista de permissões
    }
setup-import-exists = { $path } já existe; { $flag } o substitui
setup-import-not-json = não é JSON como { $cmdlet } o grava: { $error }
setup-import-no-cmdlet-value = não é um valor que algum cmdlet exiba
setup-import-not-this-cmdlet-value = não é um valor que este cmdlet exiba
setup-import-password-never-shown = os cmdlets nunca exibem a senha; defina-a com `{ $command }`
setup-import-no-setting = nenhuma configuração do omsgate corresponde
setup-import-no-setting-keys = nenhuma configuração do omsgate corresponde (`{ $command }` as lista)
setup-import-proxy-without-hasproxy = { $has_proxy } não é 1, então a instalação ignora { $proxy }
setup-import-username-without-hasauth = { $has_auth } e { $has_proxy } não são ambos 1
setup-import-password-not-from-command-line = não importada de uma linha de comando; defina-a com `{ $command }`
setup-import-installdir = pasta de instalação do Windows: sem equivalente (o pacote instala o omsgate)
setup-import-licenseaccepted = aceite de licença da instalação do Windows: sem equivalente
setup-import-unknown-property = não é uma propriedade documentada da instalação do gateway
setup-import-not-a-port = não é uma porta TCP (1-65535)
setup-import-relay-without-port = sem porta: o omsgate precisa de { $form } e não vai adivinhar a porta do proxy de retransmissão; defina-a com `{ $command }`
setup-import-not-a-relay-url = não é um endereço de proxy de retransmissão que o omsgate possa usar: { $error }
setup-import-not-a-host = não é uma entrada de { $key }: { $error }
setup-import-not-a-subject = não é um requerente de certificado de cliente que o omsgate possa comparar: { $error }
setup-import-username-without-relay = um nome de usuário de proxy de retransmissão sem um endereço de proxy de retransmissão que pudesse ser mapeado
setup-import-replaced = { $what } { $old } de um item anterior é substituído por { $new }
setup-import-what-listen-port = porta de escuta
setup-import-what-relay-proxy = proxy de retransmissão
setup-import-what-relay-username = nome de usuário do proxy de retransmissão
setup-import-subject-read-as-cn = o requerente de certificado de cliente { $subject } é lido como { $cn } (o omsgate compara um DN ou CN=…)
setup-import-families-added = as famílias padrão do Azure Monitor foram adicionadas ao lado dos hosts importados: o original também permitia os pontos de extremidade baixados automaticamente
setup-generate-cannot-write = não é possível gravar em { $dir }: { $error } (evento { $event })

## The command line's errors (clap's, in the operator's language) (args-*).
args-unknown-argument = argumento inesperado '{ $arg }' encontrado
args-unknown-subcommand = subcomando não reconhecido '{ $subcommand }'
args-invalid-value = valor inválido '{ $value }' para '{ $arg }'
args-invalid-value-why = valor inválido '{ $value }' para '{ $arg }': { $why }
args-value-missing = um valor é obrigatório para '{ $arg }', mas nenhum foi fornecido
args-missing-required = { $count ->
        [one] o seguinte argumento obrigatório não foi fornecido: { $arguments }
       *[other] os seguintes argumentos obrigatórios não foram fornecidos: { $arguments }
    }
args-missing-subcommand = '{ $command }' exige um subcomando, mas nenhum foi fornecido
args-too-many-values = valor inesperado '{ $value }' para '{ $arg }' encontrado; nenhum outro era esperado
args-too-few-values = '{ $arg }' exige { $min } valores; { $actual ->
        [one] só { $actual } foi fornecido
       *[other] só { $actual } foram fornecidos
    }
args-wrong-number-of-values = '{ $arg }' exige { $expected } valores, mas { $actual ->
        [one] { $actual } foi fornecido
       *[other] { $actual } foram fornecidos
    }
args-used-twice = o argumento '{ $arg }' não pode ser usado várias vezes
args-conflict = o argumento '{ $arg }' não pode ser usado com { $others }
args-conflict-other = o argumento '{ $arg }' não pode ser usado com um ou mais dos outros argumentos especificados
args-needs-equals = é necessário um sinal de igual ao atribuir valores a '{ $arg }'
args-tip = dica: { $tip }
args-similar-subcommand = { $count ->
        [one] existe um subcomando semelhante: { $names }
       *[other] existem alguns subcomandos semelhantes: { $names }
    }
args-similar-argument = { $count ->
        [one] existe um argumento semelhante: { $names }
       *[other] existem alguns argumentos semelhantes: { $names }
    }
args-similar-value = { $count ->
        [one] existe um valor semelhante: { $names }
       *[other] existem alguns valores semelhantes: { $names }
    }
args-subcommands = subcomandos: { $names }
args-tip-pass-as-value = para passar '{ $arg }' como valor, use '{ $instead }'
args-tip-exists = '{ $name }' existe
args-try-help = Para mais informações, tente '{ $help }'.

## The command line's help: mirrors the doc comments of src/cli/mod.rs (a test keeps them equal).
help-omsgate = Gateway HTTP CONNECT com lista de permissões para agentes de monitoramento em redes isoladas
    .config = Arquivo de configuração (padrão /etc/omsgate/omsgate.toml; a configuração padrão embutida quando ele não existe)
    .lang = Idioma das mensagens do omsgate (de, fr, ja, pt-BR, zh-Hant, …; padrão a partir de OMSGATE_LANG, LC_ALL, LC_MESSAGES, LANG). Logs e métricas continuam em inglês
help-run = Executar o gateway (o padrão)
help-check = Validar a configuração e exibir os valores efetivos; código de saída 0 se for válida, 2 se não for
    .service-user = Ao executar como root, avisar se este usuário (o do serviço) não puder ler um arquivo citado na configuração
help-config = Ler ou alterar configurações (Get/Set-OMSGatewayConfig)
help-config-get = Exibir o valor de cada chave (com os padrões preenchidos) ou de uma só chave
    .output = `text` (valores TOML) ou `json`
help-config-keys = Listar as chaves: tipo, padrão, se uma recarga a aplica, significado
    .markdown = Como a tabela Markdown do README
help-config-set = Definir uma chave (listas como a,b ou uma matriz TOML); validada antes de qualquer gravação
help-config-unset = Remover uma chave do arquivo para que o padrão dela se aplique
help-allowed-host = Listar, adicionar ou remover destinos permitidos (*-OMSGatewayAllowedHost)
help-allowed-host-list = Os hosts configurados no arquivo; --all: todas as entradas em vigor, incluindo as padrão
help-allowed-host-add = Permitir um host: nome, *.suffix, IP literal ou qualquer um deles como entry:PORT
help-allowed-host-remove = Deixar de permitir um host (exatamente como listado)
help-allowed-host-suggest = Após uma implantação em modo report: as entradas exatas que teriam permitido o que a lista de permissões recusaria, a partir dos eventos would-deny de um log JSON (`-`: stdin)
help-allowed-client-cert = Listar, adicionar ou remover requerentes permitidos de certificados de cliente (*-OMSGatewayAllowedClientCertificate)
help-allowed-client-cert-list = Os requerentes permitidos
help-allowed-client-cert-add = Permitir um requerente: um DN completo ou CN=...
help-allowed-client-cert-remove = Deixar de permitir um requerente (exatamente como listado)
help-relay-proxy = Exibir, definir ou limpar o proxy de retransmissão (upstream) (*-OMSGatewayRelayProxy)
help-relay-proxy-get = Exibir os proxies de retransmissão e as regras que os escolhem (as senhas nunca são exibidas)
help-relay-proxy-set = Enviar os túneis por um único proxy de retransmissão, http[s]://HOST:PORT (substitui qualquer lista)
    .address = O proxy de retransmissão, http://HOST:PORT (ou HOST:PORT, [IPv6]:PORT)
    .username = Usuário de autenticação Basic no proxy de retransmissão (omita se não houver; `add` também aceita USER@ na URL)
    .password-stdin = Ler a senha da entrada padrão (armazenada junto à configuração: modo 0640, grupo da configuração)
    .password-file = Ler a senha deste arquivo (na inicialização e a cada recarga)
help-relay-proxy-add = Adicionar um proxy de retransmissão a `relay_proxies`, tentado depois dos listados antes dele (um `relay_proxy` existente passa a ser o primeiro da lista)
    .url = http[s]://[USER@]HOST:PORT (ou HOST:PORT)
    .username = Usuário de autenticação Basic no proxy de retransmissão (omita se não houver; `add` também aceita USER@ na URL)
    .password-stdin = Ler a senha da entrada padrão (armazenada junto à configuração: modo 0640, grupo da configuração)
    .password-file = Ler a senha deste arquivo (na inicialização e a cada recarga)
help-relay-proxy-remove = Remover um proxy de retransmissão (HOST:PORT ou a URL dele)
help-relay-proxy-clear = Voltar a conectar diretamente (todos os proxies de retransmissão removidos)
help-agent-user = Adicionar, remover ou listar os usuários dos agentes (client_auth = "basic"): o arquivo de usuários indicado na configuração (client_auth_users_file; `agent-users` junto à configuração quando não houver)
help-agent-user-list = Os usuários, em ordem alfabética
help-agent-user-add = Adicionar um usuário ou definir uma nova senha para ele: lida da entrada padrão (solicitada sem eco em um terminal), nunca da linha de comando; armazenada como hash bcrypt
    .cost = Custo do bcrypt (4-15): cada nível dobra o tempo de uma verificação sem cache (custo 10 leva ~50-150 ms de um núcleo). Senhas de agente longas e aleatórias tornam seguro um custo menor e permitem que um nó reiniciado verifique de novo milhares de agentes mais rapidamente
help-agent-user-remove = Remover um usuário: os agentes dele recebem 407 a partir da próxima recarga
help-reload = Pedir aos gateways em execução com esta configuração que a recarreguem, mantendo os túneis abertos
help-drain = Drenar os gateways em execução com esta configuração, como faz o SIGTERM; depois eles são encerrados. Código de saída 0 drenando, 1 nenhum gateway em execução, 2 recusado
    .long =
        Drenar os gateways em execução com esta configuração, como faz o SIGTERM; depois eles são encerrados. Código de saída 0 drenando, 1 nenhum gateway em execução, 2 recusado.

        /readyz responde 503 imediatamente, enquanto novos túneis ainda são atendidos durante drain_grace (nesse meio-tempo, um balanceador de carga tira o nó de serviço); depois os ouvintes são fechados, os túneis abertos têm até drain_timeout e o processo sai com 0: o que vem depois fica a cargo da política Restart= do systemd ou do operador (uma reinicialização gradual: drenar, aguardar a saída, iniciar). Se for solicitado de novo durante a carência, encerra a carência imediatamente.
help-status = Perguntar aos gateways em execução com esta configuração como estão: pid, versão, tempo de atividade, geração da configuração, última recarga, pronto ou drenando, túneis e clientes em relação aos limites, rejeições e erros dos últimos 5 minutos. Código de saída 0 em execução e pronto, 1 fora de execução, 3 drenando (não pronto), 4 nenhuma resposta utilizável
    .output = `text` ou `json`
help-top = As entradas da lista de permissões mais usadas e os destinos mais recusados dos últimos 5 minutos, redesenhados a cada 2 s em um terminal até Ctrl-C (uma única vez em um pipe). Código de saída 0 quando um gateway respondeu, 1 quando nenhum está em execução
    .once = Exibir uma vez e sair, também em um terminal
    .output = `text` ou `json`
help-explain = Dizer o que a política decide para HOST[:PORT] e por quê: a entrada que o permite, ou as entradas mais próximas e por que cada uma não permite. Código de saída 0 permitido, 1 negado, 2 argumento inválido
    .target = HOST, HOST:PORT, IP ou [IPv6]:PORT (porta 443 quando omitida)
    .output = `text` ou `json`
    .identity = Decidir como o agente desta seção `[[identity]]`, nomeada como as linhas de log a nomeiam: `user=NAME` ou `certificate=SUBJECT`
help-init = Gravar uma configuração (o assistente de configuração do original): pergunta em um terminal ou recebe cada resposta como opção; verificada do mesmo jeito que `run` a lê; informa o que definir nos agentes
    .workspace-id = ID do workspace do Log Analytics (GUID); repita para adicionar outros
    .region = Região do Azure (nome ARM, por exemplo westeurope); repita para adicionar outras
    .cloud = public, usgov ou china
    .services = Separados por vírgula: azure_monitor_agent, log_analytics_agent, automation, arc
    .dce-host = O host de ingestão de logs de um ponto de extremidade de coleta de dados; repita para adicionar outros
    .listen-port = A porta à qual os agentes se conectam, 1-65535 (padrão 8080)
    .relay-proxy = O proxy de retransmissão (upstream), http://HOST:PORT
    .relay-username = Usuário de autenticação Basic no proxy de retransmissão
    .relay-password-stdin = Ler a senha do proxy de retransmissão da entrada padrão (armazenada junto à configuração, 0640)
    .force = Substituir um arquivo de configuração existente
help-import-oms = Converter a saída dos cmdlets do gateway do Windows (Get-OMSGateway*, como texto ou ConvertTo-Json) e as propriedades do MSI (PORTNUMBER=…) em uma configuração do omsgate; informa o que não pôde ser mapeado e por quê
    .files = Arquivos com a saída dos cmdlets ou a linha de comando do msiexec (`-`: stdin)
    .write = Gravar a configuração em --config (recusado se ela já existir, a menos que haja --force); sem esta opção, a configuração é exibida
    .force = Substituir um arquivo existente
help-generate = Gravar as páginas man e os scripts de autocompletar do shell em DIR (executado pelo build do pacote)
