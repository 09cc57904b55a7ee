## Mensagens do omsgate em português europeu (traduzidas de en.ftl).
## IDs: help-* the command line's help (mirrors the doc comments in src/cli/mod.rs);
## the rest are built in code with msg!/t! and say what the code is doing.

help-ui =
    .usage = Utilização:
    .options = Opções
    .arguments = Argumentos
    .commands = Comandos
    .help = Mostrar a ajuda (mais pormenores com '--help')
    .help-long = Mostrar a ajuda (um resumo com '-h')
    .version = Mostrar a versão
    .help-command = Mostrar esta mensagem ou a ajuda do(s) subcomando(s) indicado(s)
help-possible-values = valores possíveis: { $values }
help-default = predefinição: { $value }


## Config errors: what `check`, `run` and every edit say about a value that cannot run (config-*).

config-not-a-string = { $value } não é uma cadeia de caracteres
config-not-a-list = { $value } não é uma lista
config-not-true-or-false = { $value } não é true nem false
config-not-a-whole-number = { $value } não é um número inteiro
config-not-a-whole-number-in-range = { $value } não é um número inteiro de { $min } a { $max }
config-not-a-port = { $value } não é uma porta TCP ({ $min }-{ $max })
config-not-a-whole-number-or = { $value } não é um número inteiro nem { $word }
config-not-an-ip-address = { $value } não é um endereço IPv4 nem IPv6
config-not-an-address-and-port = { $value } não é { $form } (p. ex. { $examples }), nem { $off } para desativar
config-not-a-relay-password-file = { $value } não é { $form } (o host:port do proxy de reencaminhamento tal como no respetivo URL, seguido do respetivo ficheiro de palavra-passe)
config-not-a-relay-route = { $value } não é uma entrada de { $key }: escreva uma tabela {"{"} { $hosts }, { $relay } {"}"}; relay também pode ser uma lista de proxies de reencaminhamento, tentados por ordem
config-relay-route-unknown-field = { $value }: campo desconhecido `{ $field }` (uma tabela { $key } tem { $hosts } e { $relay })
config-relay-route-lacks = { $value }: falta { $field }
config-relay-route-routes-nothing = { $value }: { $hosts } não encaminha nada
config-relay-route-direct = { $value }: uma { $key } não pode enviar anfitriões diretamente ({ $relay }): liste-os em { $bypass }, o único local que indica o que segue diretamente
config-relay-route-no-relay = { $value }: { $relay } não indica nenhum proxy de reencaminhamento
config-not-a-dns-server = { $value } não é o IP de um servidor DNS nem { $form } ({ $problem })
config-not-one-of = { $value } não é nenhum dos valores { $choices }
config-not-an-identity = { $value } não é uma tabela de identidade ({"{"} { $user } ou { $certificate }, { $lists } {"}"})
config-identity-unknown-field = o campo de identidade `{ $field }` é desconhecido; campos: { $fields }
config-identity-names-one = uma identidade indica exatamente um de { $user } ou { $certificate }
config-not-an-address-or-cidr = { $value } não é um endereço nem um CIDR como { $example }
config-not-a-guid = { $value } não é um GUID ({ $form }, tal como o portal mostra o ID)
config-duration-without-unit = { $value } não tem unidade; escrever, p. ex., { $examples }
config-duration-not-whole-number = { $value } não começa por um número inteiro
config-duration-unknown-unit = { $value } tem a unidade desconhecida { $unit }; utilizar { $units } ou { $last }
config-listens-nowhere = { $value } não escuta em lado nenhum; indicar pelo menos um endereço
config-limit-out-of-range = tem de estar entre { $min } e { $max } (inclusive) ou ser { $word }
config-limit-at-least = tem de ser pelo menos { $min }, ou { $word }
config-duration-at-most = tem de ser no máximo { $max }
config-dns-ttl-at-most = tem de ser no máximo { $max } (os TTL de DNS terminam num dia)
config-stale-at-most = tem de ser no máximo { $max } (uma semana)
config-worker-threads-out-of-range = tem de estar entre { $min } (um por núcleo) e { $max }
config-relay-listed-twice = o proxy de reencaminhamento { $relay } está listado duas vezes
config-password-file-listed-twice = { $relay } tem mais do que um ficheiro de palavra-passe: mantenha apenas uma entrada para ele
config-unknown-key-near = chave desconhecida `{ $key }`; queria dizer `{ $near }`?
config-unknown-key = chave desconhecida `{ $key }`; chaves conhecidas: { $keys }
config-problems = { $first }; { $rest }
config-not-toml = TOML inválido: { $error }
config-key-is-table-list = { $key } é uma lista de tabelas: secções { $sections }
config-key-is-not-table = { $key } tem de ser um valor, não uma tabela
config-key-problem = { $key }: { $problem }
config-key-is = { $key } = { $problem }
config-key-value-problem = { $key } = { $value }: { $problem }
config-default-does-not-parse = não é possível analisar a predefinição incorporada de { $key }: { $error }
config-not-a-region = { $value } não é um nome de região ARM (em minúsculas, sem espaços: { $examples })
config-not-a-dce-host = { $value } não é um anfitrião de ingestão de registos de um ponto final de recolha de dados (em minúsculas, como { $form })
config-not-an-arc-gateway = { $value } não é um anfitrião do gateway do Azure Arc ({ $form }, tal como `{ $command }` o mostra)
config-timeout-zero = o tempo limite esgotar-se-ia de imediato; indicar uma duração positiva como { $example }
config-identity-problem = identidade { $identity }: { $problem }
config-identity-twice = identidade: { $who } tem duas entradas { $sections }
config-user-identity-needs-basic = uma identidade de utilizador requer { $setting } (sem isso, nenhum agente tem nome de utilizador)
config-workspaces-need-services = { $key } requer { $services } (o catálogo deriva os anfitriões de cada área de trabalho do Log Analytics para os serviços aí indicados); definir { $services }
config-proxy-protocol-from-empty = { $setting } com { $key } vazio recusaria todos os cabeçalhos; listar os endereços dos balanceadores de carga (p. ex. { $example })
config-basic-needs-users-file = { $setting } requer { $key } (criá-lo com `{ $command }`)
config-client-certificates-empty = { $setting } com { $key } vazio recusaria o certificado de todos os agentes; adicionar requerentes ({ $command }) ou definir a política como { $off }
config-error-in = { $source }: { $problem }
config-source-embedded = predefinição incorporada
config-effective-settings-from = valores em vigor a partir de { $source }
config-default-note = predefinição
config-relay-proxy-and-proxies = { $single } e { $listed } estão ambos definidos: { $single } é a forma de { $listed } com um só proxy de reencaminhamento; manter apenas um (p. ex. { $example } e remover { $single })
config-relay-proxy-with-user = { $setting }: o respetivo utilizador vai em { $key } (a forma { $form } é para { $listed })
config-relay-credentials-without-proxy = { $keys } estão definidas, mas { $key } está vazio; definir { $setting } ou limpá-las
config-too-many-relays = demasiados proxies de reencaminhamento
config-relay-written-differently = { $key }: o proxy de reencaminhamento { $relay } está escrito { $here } aqui e { $elsewhere } noutro local; escrevê-lo da mesma forma em todo o lado
config-password-file-without-user = { $key } tem um ficheiro para { $relay }, mas o respetivo URL não indica nenhum utilizador: escrever { $url }
config-password-file-for-no-relay = { $key } indica { $relay }, que não está em nenhum { $listed } nem { $routes }
config-password-file-without-username = { $key } está definido sem { $username }
config-password-file-readable-by-all = { $key }: { $path } pode ser lido por qualquer utilizador (modo { $mode }): executar { $private } no ficheiro (ou { $group }, com o grupo do serviço)
config-file-unreadable = { $key }: não é possível ler { $path }: { $error }
config-file-cannot-be-read = não é possível ler o ficheiro de configuração: { $error }
config-tenant-wide-workspace-ingestion = o ponto final de ingestão de todas as áreas de trabalho do Log Analytics
config-tenant-wide-workspace-management = o ponto final de gestão de todas as áreas de trabalho do Log Analytics
config-tenant-wide-automation-agent-service = o serviço de agente de todas as contas de Automatização
config-tenant-wide-automation-endpoints = os pontos finais de todas as contas de Automatização
config-tenant-wide-data-collection-endpoints = todos os pontos finais de recolha de dados
config-tenant-wide-storage-blobs = os blobs de todas as contas de armazenamento
config-tenant-wide-storage-tables = as tabelas de todas as contas de armazenamento
config-tenant-wide-storage-queues = as filas de todas as contas de armazenamento
config-tenant-wide-service-bus = todos os espaços de nomes do Service Bus
config-tenant-wide-key-vaults = todos os Key Vaults
config-tenant-wide-derived = O catálogo de pontos finais deriva-a porque a Microsoft não documenta nenhum nome mais restrito para este serviço; `{ $command }` mostra o que permite
config-tenant-wide-narrow = Executar `{ $command }` (ou definir { $keys } e { $last }) para permitir apenas os seus próprios anfitriões; `{ $explain }` mostra o que uma entrada permite
config-tenant-wide-entry = A entrada { $entry } de { $key } ({ $origin }) permite { $what }, não apenas os seus: qualquer agente aqui, ou software malicioso num deles, pode enviar dados para qualquer um deles. { $todo }
config-warning = aviso (evento { $event }): { $warning }
config-allowlist-in-force = a lista de permissões em vigor, entrada a entrada:
config-identity-may-reach-only = a identidade { $identity } só pode aceder a:
config-in-effect-under-limits = em vigor com os limites deste processo (tal como `{ $command }` arrancaria): { $settings }
config-service-user-cannot-read = { $problem }: o serviço executado como { $user } recusará esta configuração; atribuir o ficheiro ao respetivo grupo ({ $commands }) ou indicar { $flag }
config-wrong-configuration = configuração incorreta (evento { $event }): { $error }
config-log-unreadable = não é possível ler { $path }: { $error } (evento { $event })
config-entry-problem = entrada { $entry }: { $problem }
config-too-many-entries = mais de { $max } entradas
config-target-not-authority = o destino tem de ser { $form } (forma de autoridade)
config-target-userinfo = o destino não pode conter informações de utilizador ({ $form })
config-target-percent = o destino não pode conter { $character } (codificação percentual ou zona IPv6)
config-target-control-byte = o destino contém um byte de controlo ou não ASCII
config-target-bad-port = a porta tem de ser um número de { $min } a { $max }
config-target-empty-label = o anfitrião está vazio ou tem uma etiqueta vazia
config-target-host-too-long = o anfitrião tem mais de { $max } bytes
config-target-label-too-long = uma etiqueta do anfitrião tem mais de { $max } bytes
config-target-bad-host-char = o anfitrião contém um caráter não permitido num nome DNS
config-target-ambiguous-numeric = o anfitrião parece numérico, mas não é um endereço IP válido
config-target-bad-ipv6 = o anfitrião entre parênteses retos não é um endereço IPv6 válido
config-wildcard-needs-name = um caráter universal precisa de um nome a seguir, como em { $example }
config-wildcard-leftmost-label-as-in = um { $star } só pode figurar na etiqueta mais à esquerda, como em { $example } ou { $other }
config-wildcard-in-ip-address = um caráter universal não pode substituir parte de um endereço IP
config-wildcard-leftmost-label = um { $star } só pode figurar na etiqueta mais à esquerda
config-wildcard-one-per-entry = um só { $star } por entrada
config-relays-at-most = { $count } proxies de reencaminhamento: no máximo { $max }
config-too-many-relay-routes = demasiadas tabelas { $key }
config-relay-url-scheme = { $url }: um proxy de reencaminhamento é { $http } (CONNECT em HTTP simples) ou { $https } (TLS até ao proxy de reencaminhamento), não { $scheme }
config-relay-url-password = { $url }: uma palavra-passe não deve constar do URL (a configuração é legível e `{ $command }` mostra-a); colocá-la num ficheiro: { $setting }
config-relay-url-problem = { $url }: { $problem }
config-relay-url-empty-user = { $url }: o utilizador antes de @ está vazio
config-relay-url-not-a-url = { $url } não é { $form }: { $problem }
config-relay-user-percent = um { $percent } no utilizador tem de iniciar { $form } (dois dígitos hexadecimais)
config-relay-user-not-utf8 = o utilizador não é UTF-8 depois de descodificados os { $form }
config-users-file-problem = { $key } { $path }: { $problem }
config-users-file-unreadable = não é possível ler: { $error }
config-users-file-line = linha { $line }: { $problem }
config-users-file-not-user-hash = esperava-se { $form } (formato htpasswd)
config-users-file-user-problem = utilizador { $user }: { $problem }
config-users-file-user-twice = o utilizador { $user } está listado duas vezes
config-bcrypt-hash-invalid = não é um hash bcrypt válido ({ $error })
config-argon2-hash-invalid = não é uma cadeia PHC argon2 válida ({ $error })
config-hash-refused = o hash não é bcrypt ({ $bcrypt }, { $htpasswd }) nem argon2 ({ $argon2 }); { $refused } e as palavras-passe em texto simples são recusados
config-not-a-user-name = { $user } não é um nome de utilizador ({ $min }-{ $max } carateres, sem { $colon } nem espaços em branco)
config-not-a-subject = entrada { $value } de { $key } inválida: esperava-se um DN de requerente como { $examples } ou { $example }
config-region-in-other-cloud = { $key }: { $region } pertence à cloud { $cloud }, mas { $setting }
config-dce-host-in-other-cloud = { $key }: { $host } não é um ponto final de recolha de dados da cloud { $cloud } ({ $suffix })
config-arc-gateway-not-public = { $key } está definido, mas o gateway do Azure Arc só existe na cloud pública ({ $setting })
config-automation-region-unknown = { $key } inclui { $service }, mas a Microsoft não lista pontos finais de Automatização para a região { $region } ({ $regions }); consultar `{ $command }`
config-automation-region-needs-accounts = { $key } inclui { $service }: a região { $region } só tem pontos finais de Automatização específicos de cada conta; definir { $accounts } (o GUID do URL da conta, página Chaves)
config-endpoint-needs-key = { $services } inclui { $service }, cujo ponto final para { $purpose } ({ $template }) requer { $key }; definir { $key }
config-ca-file-not-pem = não é possível ler { $key } { $path } como certificados PEM: { $error }
config-ca-file-empty = { $key } { $path } não contém nenhum certificado
config-ca-file-unusable = { $key } { $path }: um certificado não é uma AC utilizável: { $error }
config-no-system-roots = um proxy de reencaminhamento { $https } precisa de raízes fidedignas e o arquivo do sistema não tem nenhuma
config-no-system-roots-because = { $problem } ({ $error })
config-install-roots = { $problem }; instalar { $package } ou definir { $key }
config-relay-tls-settings = definições TLS para os proxies de reencaminhamento: { $error }
config-dns-server-examples = p. ex. { $examples }; não um nome
config-dns-server-port-zero = porta { $port }

## Edits of the config and what they print: config get/set/unset/keys, allowed-host,
## allowed-client-cert, relay-proxy, agent-user, reload; `check`'s report (edit-*).
edit-failed = omsgate: { $error } (evento { $event })
edit-key-set = { $key } definida em { $path }
edit-key-unset = { $key } reposta na predefinição em { $path }
edit-host-added = anfitrião permitido { $host } adicionado em { $path }
edit-host-removed = anfitrião permitido { $host } removido em { $path }
edit-cert-added = requerente de certificado de cliente { $subject } adicionado em { $path }
edit-cert-removed = requerente de certificado de cliente { $subject } removido em { $path }
edit-relay-set = proxy de reencaminhamento definido como { $address } em { $path }
edit-relays-cleared = proxies de reencaminhamento limpos; os túneis ligam diretamente em { $path }
edit-relay-added = proxy de reencaminhamento { $url } adicionado em { $path }
edit-relay-removed = proxy de reencaminhamento { $relay } removido em { $path }
edit-agent-user-added = utilizador de agente { $user } adicionado (ou a respetiva palavra-passe alterada) em { $path }
edit-agent-user-removed = utilizador de agente { $user } removido em { $path }
edit-no-gateway = nenhum gateway em execução serve { $path }; a alteração aplica-se quando arrancar
edit-reload-nothing = nenhum gateway em execução serve { $path }: nada a recarregar (foi iniciado, e com este valor de { $flag }?)
edit-reloaded = pedido ao gateway em execução (pid { $pid }) que recarregue: { $message } (evento { $event })
edit-reload-draining = o gateway com pid { $pid } está a parar e não foi recarregado: { $message }
edit-reload-refused = o gateway em execução (pid { $pid }) não a aplicou (evento { $event }): { $message }
edit-key-value = { $key }: { $reason }
edit-not-a-list = { $key }: o valor no ficheiro não é uma lista
edit-not-listed = { $value } não está em { $key }; `omsgate { $list }` mostra as entradas
edit-would-not-run = a configuração editada não funcionaria, pelo que nada foi escrito: { $reason }
edit-not-toml = { $path } não é TOML válido, pelo que não pode ser editado em segurança: { $error }
edit-cannot-chown = não é possível atribuir ao novo ficheiro o proprietário { $owner } e o grupo { $group } que { $path } tem ({ $error }); executar como root ou como o respetivo proprietário
edit-too-many-symlinks = { $path }: mais de { $max } ligações simbólicas
edit-relay-two-users = { $url } indica o utilizador { $user }, mas { $flag } indica { $username }: indicar apenas um
edit-relay-listed-already = { $key } já tem { $address }: executar primeiro `omsgate relay-proxy remove { $address }`
edit-relay-password-without-user = um ficheiro de palavra-passe para { $address } sem utilizador: indicar { $flag } (ou { $url })
edit-users-file-refused = { $key } { $file }: { $reason }
edit-password-prompt = Palavra-passe do utilizador de agente { $user } (não é mostrada):
edit-password-empty = uma palavra-passe vazia é recusada; indicá-la na stdin
edit-agent-users-none = nenhuma { $key } em { $path }: nenhum utilizador de agente
edit-key-row = { $key } { $applies } predefinição { $default }  — { $meaning }
edit-applies-reload = recarregar
edit-applies-restart = reiniciar
edit-entry = { $origin }: { $reading }; { $ports }
edit-entry-port = apenas a porta { $port }
edit-entry-ports = portas { $ports } ({ $key })
edit-relay-none = nenhum proxy de reencaminhamento: os túneis ligam diretamente
edit-relay-default-direct = predefinição: direto (sem { $single } nem { $listed })
edit-relay-default = predefinição ({ $key }), tentados por ordem:
edit-relay-credentials = { $url }  (utilizador { $user }, { $password })
edit-relay-no-credentials = { $url }  (sem credenciais)
edit-relay-password-file = palavra-passe lida de { $file }
edit-relay-no-password = sem palavra-passe
edit-relay-bypass = direto ({ $key }): { $hosts }
edit-relay-route = { $key } { $number }: { $hosts }
edit-relay-retry = um proxy de reencaminhamento que falhe é ignorado durante { $key } ({ $duration })
edit-relay-ca-file = os proxies de reencaminhamento https:// têm de apresentar um certificado de { $file }
edit-relay-ca-system = os proxies de reencaminhamento https:// têm de apresentar um certificado fidedigno para o sistema
edit-cannot-enter = { $user } não consegue entrar em { $dir }
edit-cannot-read = { $user } não consegue ler { $file }
edit-file-mode = { $path } (modo { $mode }, proprietário { $owner }, grupo { $group })

## What the policy decides and why: explain, allowed-host suggest (explain-*).
explain-failed = omsgate: { $error } (evento { $event })
explain-not-a-target = { $target } não é HOST, HOST:PORT, IP nem [IPv6]:PORT
explain-allowed = permitido: { $target }
explain-allowed-by = por { $entry }  ({ $why })
explain-denied = negado: { $target } (evento { $event }, { $reason }): { $message }
explain-no-near = nenhuma entrada se aproxima
explain-report-mode = { $setting }: é deixado passar e registado como evento { $event } com { $field }
explain-then = depois:
explain-then-were-it-allowed = depois, se fosse permitido:
explain-route = rota: { $route }
explain-route-direct = direta (nenhum proxy de reencaminhamento configurado)
explain-route-default = através de { $relays } ({ $key }; nenhuma entrada { $bypass } ou { $route } o indica)
explain-route-bypass = direta, pela entrada { $entry } de { $key }
explain-route-by-rule = através de { $relays }, pela entrada { $entry } de { $key } { $number }
explain-relay-one = o proxy de reencaminhamento { $relay }
explain-relays = os proxies de reencaminhamento { $relays } por ordem (um que falhe é ignorado durante { $key })
explain-relay-then = { $first }, depois { $next }
explain-near-port = corresponde ao anfitrião, mas permite { $ports }, não { $port }
explain-near-only-port = apenas a porta { $port }
explain-near-default-ports = as portas em { $key } { $ports }
explain-near-below = corresponde a nomes abaixo de { $name }, não ao próprio { $name }; adicionar { $name } para o permitir
explain-near-lookalike = { $host } apenas termina com as letras de { $name }: não é { $name } nem um nome abaixo dele
explain-near-label = a primeira etiqueta tem de ser { $prefix }…{ $suffix }, com um ou mais carateres onde está o *
explain-near-same-domain = no mesmo domínio, mas corresponde a { $reading }
explain-after-vetted = o nome é resolvido uma vez e cada endereço é verificado antes de se ligar a um deles: nunca o endereço não especificado (0.0.0.0, ::) nem os serviços de escuta deste gateway
explain-after-private-allowed = { $setting }: é possível ligar a endereços de loopback, privados e de ligação local
explain-after-ip-listed = o IP literal está listado exatamente, pelo que é possível ligar-lhe mesmo que seja privado
explain-after-private-refused = os endereços de loopback, privados, de ligação local (incluindo os metadados da cloud) e outros endereços não públicos são recusados ({ $setting })
explain-origin-file = ficheiro
explain-origin-default = predefinição
explain-origin-derived = derivada: { $from }
explain-reading-exact = exatamente { $name }
explain-reading-below = qualquer nome abaixo de { $name } (não o próprio { $name })
explain-reading-in-label = um nome { $prefix }…{ $suffix }.{ $rest } cuja primeira etiqueta tem um ou mais carateres onde está o *
explain-reading-this-and-below = { $name } e qualquer nome abaixo dele (o *{ $name } sem ponto da Microsoft)
explain-reading-ip = exatamente o endereço { $ip }
explain-deny-host = o destino { $host } não está em { $key }
explain-deny-port = a porta { $port } não é permitida para { $host } ({ $key }, ou uma entrada host:port)
explain-deny-private = { $target } resolve para { $ip }, um endereço { $class }; definir { $setting } ou incluir o próprio IP na lista de permissões para o permitir
explain-deny-unspecified = { $target } conduz a { $ip }, um endereço não especificado: uma ligação a ele chega a este anfitrião, pelo que nunca é um destino (nem { $hosts } nem { $private } o podem permitir)
explain-deny-own = { $addr } é este gateway: escuta nessa porta e o endereço é um dos deste anfitrião; um túnel para ele entraria em ciclo
explain-deny-maybe-own = { $addr } pode ser este gateway (escuta nessa porta) e não é possível ler os endereços deste anfitrião ({ $error }); recusado, caso um túnel para ele entre em ciclo
explain-deny-identity = o destino { $target } não é permitido para a identidade { $identity } (os respetivos { $section } { $hosts } e { $workspaces }, ou { $shared })
explain-as-user = como { $identity }: decidido apenas pela lista própria dessa secção { $section } (os respetivos { $hosts }, os anfitriões derivados dos respetivos { $workspaces } e { $shared })
explain-as-certificate = como { $identity }: o CONNECT é decidido pela lista de permissões global; quando a mensagem Certificate do agente é lida (TLS 1.2 e anteriores), a lista própria dessa secção { $section } também decide (os respetivos { $hosts }, os anfitriões derivados dos respetivos { $workspaces } e { $shared }); um agente com TLS 1.3 é decidido apenas pela lista de permissões global
explain-as-unbound = nenhuma secção { $section } indica { $identity }: um agente assim é decidido pela lista de permissões global
explain-identity-form = { $identity } não indica nenhuma identidade: indique user=NAME ou certificate=SUBJECT
explain-identities-hint = os agentes que uma secção { $section } indica são decididos pela lista própria dela: { $flag } explica para um deles
explain-suggest-none = nenhum evento would-deny (evento { $event } com { $field }) no registo
explain-suggest-total = { $tunnels ->
        [one] { $tunnels } túnel teria sido recusado; estas entradas exatas permiti-lo-iam.
       *[other] { $tunnels } túneis teriam sido recusados; estas entradas exatas permiti-los-iam.
    }
explain-suggest-review = Rever cada uma antes de `{ $command }`: apenas o que os agentes precisam.
explain-suggest-entry = { $tunnels ->
        [one] { $tunnels } túnel, o primeiro em { $first }
       *[other] { $tunnels } túneis, o primeiro em { $first }
    }

## The running gateways: status, top, drain (status-*).
status-not-running = não está em execução: nenhum gateway serve { $config }
status-no-answer = omsgate (pid { $pid }): em execução, mas não foi possível ler o respetivo estado (um omsgate mais antigo?): { $answer }
status-gateway = omsgate { $version } (pid { $pid }): em execução, { $state }; ativo há { $uptime }
status-state-ready = pronto
status-state-draining-accepting = A DRENAR (a parar: { $readyz } responde 503, ainda aceita ligações)
status-state-draining-closed = A DRENAR (a parar: serviços de escuta fechados, { $open ->
        [one] { $open } túnel ainda aberto
       *[other] { $open } túneis ainda abertos
    })
status-label-config = configuração
status-label-last-reload = último recarregamento
status-label-listening = a escutar
status-label-tunnels = túneis
status-label-clients = clientes
status-label-recent = recente
status-config = { $source }, geração { $generation }, { $entries ->
        [one] { $entries } entrada da lista de permissões
       *[other] { $entries } entradas da lista de permissões
    }, { $policy }
status-last-reload-none = nenhum desde o arranque
status-last-reload = há { $ago }: { $outcome } — { $message }
status-reload-ok = ok
status-reload-refused = RECUSADO
status-listening = { $addresses }; métricas { $metrics }
status-metrics-off = desativadas
status-tunnels = { $open } abertos de { $limit } ({ $percent }%)
status-clients = { $connected } ligados ({ $limit })
status-clients-busiest = { $connected } ligados; o mais ativo é { $address } com { $open } abertos ({ $limit })
status-no-client-limit = sem { $key }
status-recent = { $window }:
status-recent-since-start = desde o arranque ({ $window })
status-recent-last = nos últimos { $window }
status-recent-tunnels-opened = túneis abertos: { $count }
status-recent-rejections = rejeições por motivo: { $list }
status-recent-errors = erros por ID de evento: { $list }
status-none = nenhum
status-bytes-b = { $value } B
status-bytes-kb = { $value } kB
status-bytes-mb = { $value } MB
status-bytes-gb = { $value } GB
status-bytes-tb = { $value } TB
status-top-heading = omsgate top: pid { $pid }, { $config }, últimos { $window }
status-top-busiest-entries = ENTRADAS DA LISTA DE PERMISSÕES MAIS UTILIZADAS
status-top-tunnels = TÚNEIS
status-top-open = ABERTOS
status-top-bytes = BYTES
status-top-no-tunnels = (nenhum túnel)
status-top-most-refused = DESTINOS MAIS RECUSADOS
status-top-refused = RECUSADOS
status-top-reason = MOTIVO
status-top-no-refusals = (nenhuma recusa)
status-top-refresh = (a cada { $seconds } s; { $keys } termina)
status-top-no-answer = { $count ->
        [one] { $count } gateway serve
       *[other] { $count } gateways servem
    } { $config }, mas nenhum respondeu a { $command } (um omsgate mais antigo?)
status-drain-none = nenhum gateway em execução serve { $config }: nada a drenar (foi iniciado, e com este valor de { $flag }? um gateway cujos serviços de escuta fecharam já está a drenar) (evento { $event })
status-drain-told = pedido ao gateway em execução (pid { $pid }) que drene: { $message } (evento { $event })
status-drain-refused = o gateway em execução (pid { $pid }) não drenou (evento { $event }): { $message }

## Writing a config: init's questions, import-oms (setup-*).
setup-nothing-written = { $error } (evento { $event }); nada foi escrito
setup-init-intro = uma configuração para { $path } (Enter mantém o [valor predefinido]).
setup-init-exists = { $path } já existe; `{ $force }` substitui-o (ou editá-lo com `{ $edit }`)
setup-ask-listen-port = Porta de escuta à qual os agentes se ligam (1-65535)
setup-ask-services = Serviços ({ $names }; separados por vírgulas)
setup-ask-cloud = Cloud do Azure ({ $names })
setup-ask-workspace-ids = ID(s) da área de trabalho do Log Analytics, separados por vírgulas
setup-ask-regions = Região(ões) do Azure das máquinas e da área de trabalho (nome ARM, p. ex. { $example })
setup-ask-relay-proxy = Proxy de reencaminhamento através do qual este gateway sai ({ $form }; vazio: ligar diretamente)
setup-ask-relay-username = Nome de utilizador do proxy de reencaminhamento (vazio: nenhum)
setup-ask-relay-password = Palavra-passe do proxy de reencaminhamento (não é mostrada)
setup-flag-needs-flag = { $flag } requer { $needed }
setup-no-password-on-stdin = nenhuma palavra-passe na stdin
setup-cannot-read-password = não é possível ler a palavra-passe a partir do terminal: { $error }
setup-stdin-closed = a stdin fechou antes de todas as perguntas terem resposta
setup-cannot-read-stdin = não é possível ler a stdin: { $error }
setup-try-again = { $error }; tentar novamente
setup-services-need-one = os serviços escolhidos precisam de pelo menos um; tentar novamente
setup-key-needed = { $key } é necessário para os serviços escolhidos; indicar { $flag }
setup-init-wrote = { $path } escrito (verificado tal como `{ $command }` o lê): { $entries ->
        [one] { $entries } entrada da lista de permissões
       *[other] { $entries } entradas da lista de permissões
    }, { $derived } derivadas do catálogo de pontos finais
setup-init-check-hint = cada entrada e a respetiva origem
setup-agents-heading = Nos agentes (atrás de um balanceador de carga, utilizar o endereço deste em vez de { $host }):
setup-agents-ama = Azure Monitor Agent, definições da extensão (o omsgate não pede credenciais aos agentes):
setup-agents-mma-windows = Agente do Log Analytics (MMA) para Windows: Definições de Proxy -> servidor proxy { $proxy }, sem nome de utilizador
setup-agents-oms-linux = Agente do Log Analytics para Linux: proxy { $proxy } (a definição de proxy de { $files })
setup-agents-operations-manager = Operations Manager: Configurar Servidor Proxy -> { $proxy }
setup-agents-arc = Agente do Azure Connected Machine: { $command }
setup-load-balancer = No balanceador de carga: porta TCP { $port } para todos os nós; sonda de estado de funcionamento TCP { $port }
setup-load-balancer-readyz = (ou { $request } na porta { $port }: 200 enquanto o nó aceita túneis)
setup-import-cannot-read = não é possível ler { $file }: { $error } (evento { $event })
setup-import-note = nota: { $note }
setup-import-all-mapped = todos os itens foram mapeados
setup-import-not-mapped = não foi possível mapear { $count ->
        [one] { $count } item:
       *[other] { $count } itens:
    }
setup-import-would-not-run = a configuração importada não funcionaria: { $error } (evento { $event })
setup-import-wrote = { $path } escrito (verificado tal como `{ $command }` o lê): { $entries ->
        [one] { $entries } entrada da lista de permissões
       *[other] { $entries } entradas da lista de permissões
    }
setup-import-exists = { $path } já existe; { $flag } substitui-o
setup-import-not-json = não é JSON tal como { $cmdlet } o escreve: { $error }
setup-import-no-cmdlet-value = não é um valor que algum cmdlet mostre
setup-import-not-this-cmdlet-value = não é um valor que este cmdlet mostre
setup-import-password-never-shown = os cmdlets nunca mostram a palavra-passe; defini-la com `{ $command }`
setup-import-no-setting = não corresponde a nenhuma definição do omsgate
setup-import-no-setting-keys = não corresponde a nenhuma definição do omsgate (`{ $command }` lista-as)
setup-import-proxy-without-hasproxy = { $has_proxy } não é 1, pelo que a instalação ignora { $proxy }
setup-import-username-without-hasauth = { $has_auth } e { $has_proxy } não são ambos 1
setup-import-password-not-from-command-line = não importada de uma linha de comandos; defini-la com `{ $command }`
setup-import-installdir = pasta de instalação do Windows: sem equivalente (o pacote instala o omsgate)
setup-import-licenseaccepted = pedido de aceitação da licença da instalação do Windows: sem equivalente
setup-import-unknown-property = não é uma propriedade documentada da instalação do gateway
setup-import-not-a-port = não é uma porta TCP (1-65535)
setup-import-relay-without-port = sem porta: o omsgate precisa de { $form } e não adivinha a porta do proxy de reencaminhamento; defini-la com `{ $command }`
setup-import-not-a-relay-url = não é um endereço de proxy de reencaminhamento que o omsgate possa utilizar: { $error }
setup-import-not-a-host = não é uma entrada de { $key }: { $error }
setup-import-not-a-subject = não é um requerente de certificado de cliente que o omsgate consiga corresponder: { $error }
setup-import-username-without-relay = um nome de utilizador do proxy de reencaminhamento sem um endereço de proxy de reencaminhamento que pudesse ser mapeado
setup-import-replaced = { $what } { $old } de um item anterior é substituído por { $new }
setup-import-what-listen-port = porta de escuta
setup-import-what-relay-proxy = proxy de reencaminhamento
setup-import-what-relay-username = nome de utilizador do proxy de reencaminhamento
setup-import-subject-read-as-cn = o requerente de certificado de cliente { $subject } é lido como { $cn } (o omsgate corresponde a um DN ou a CN=…)
setup-import-families-added = as famílias predefinidas do Azure Monitor foram adicionadas junto dos anfitriões importados: o original também permitia os respetivos pontos finais transferidos automaticamente
setup-generate-cannot-write = não é possível escrever em { $dir }: { $error } (evento { $event })

## The command line's errors (clap's, in the operator's language) (args-*).
args-unknown-argument = foi encontrado o argumento inesperado '{ $arg }'
args-unknown-subcommand = subcomando não reconhecido '{ $subcommand }'
args-invalid-value = valor inválido '{ $value }' para '{ $arg }'
args-invalid-value-why = valor inválido '{ $value }' para '{ $arg }': { $why }
args-value-missing = é necessário um valor para '{ $arg }', mas não foi indicado nenhum
args-missing-required = { $count ->
        [one] o seguinte argumento obrigatório não foi indicado: { $arguments }
       *[other] os seguintes argumentos obrigatórios não foram indicados: { $arguments }
    }
args-missing-subcommand = '{ $command }' requer um subcomando, mas não foi indicado nenhum
args-too-many-values = foi encontrado o valor inesperado '{ $value }' para '{ $arg }'; não eram esperados mais valores
args-too-few-values = '{ $arg }' requer { $min } valores; { $actual ->
        [one] só foi indicado { $actual }
       *[other] só foram indicados { $actual }
    }
args-wrong-number-of-values = '{ $arg }' requer { $expected } valores, mas { $actual ->
        [one] foi indicado { $actual }
       *[other] foram indicados { $actual }
    }
args-used-twice = o argumento '{ $arg }' não pode ser utilizado várias vezes
args-conflict = o argumento '{ $arg }' não pode ser utilizado com { $others }
args-conflict-other = o argumento '{ $arg }' não pode ser utilizado com um ou mais dos outros argumentos especificados
args-needs-equals = é necessário um sinal de igual ao atribuir valores a '{ $arg }'
args-tip = sugestão: { $tip }
args-similar-subcommand = { $count ->
        [one] existe um subcomando semelhante: { $names }
       *[other] existem subcomandos semelhantes: { $names }
    }
args-similar-argument = { $count ->
        [one] existe um argumento semelhante: { $names }
       *[other] existem argumentos semelhantes: { $names }
    }
args-similar-value = { $count ->
        [one] existe um valor semelhante: { $names }
       *[other] existem valores semelhantes: { $names }
    }
args-subcommands = subcomandos: { $names }
args-tip-pass-as-value = para passar '{ $arg }' como valor, utilizar '{ $instead }'
args-tip-exists = '{ $name }' existe
args-try-help = Para mais informações, experimentar '{ $help }'.

## The command line's help: mirrors the doc comments of src/cli/mod.rs (a test keeps them equal).
help-omsgate = Gateway HTTP CONNECT com lista de permissões para agentes de monitorização em redes isoladas
    .config = Ficheiro de configuração (predefinição /etc/omsgate/omsgate.toml; a configuração predefinida incorporada, se este não existir)
    .lang = Idioma das mensagens do omsgate (de, fr, ja, pt-BR, zh-Hant, …; predefinição a partir de OMSGATE_LANG, LC_ALL, LC_MESSAGES, LANG). Os registos e as métricas ficam em inglês
help-run = Executar o gateway (predefinição)
help-check = Validar a configuração e mostrar os valores em vigor; código de saída 0 se for válida, 2 se não for
    .service-user = Quando executado como root, avisar se este utilizador (o do serviço) não conseguir ler um ficheiro indicado na configuração
help-config = Ler ou alterar definições (Get/Set-OMSGatewayConfig)
help-config-get = Mostrar o valor de cada chave (com as predefinições preenchidas) ou de uma só chave
    .output = `text` (valores TOML) ou `json`
help-config-keys = Listar as chaves: tipo, predefinição, se um recarregamento a aplica, significado
    .markdown = Como a tabela Markdown do README
help-config-set = Definir uma chave (listas como a,b ou uma matriz TOML); validada antes de qualquer escrita
help-config-unset = Remover uma chave do ficheiro para que se aplique a respetiva predefinição
help-allowed-host = Listar, adicionar ou remover destinos permitidos (*-OMSGatewayAllowedHost)
help-allowed-host-list = Os anfitriões configurados no ficheiro; --all: todas as entradas em vigor, incluindo as predefinidas
help-allowed-host-add = Permitir um anfitrião: nome, *.suffix, IP literal ou qualquer um destes como entry:PORT
help-allowed-host-remove = Deixar de permitir um anfitrião (exatamente como listado)
help-allowed-host-suggest = Após uma implementação em modo report: as entradas exatas que teriam permitido o que a lista de permissões recusaria, a partir dos eventos would-deny de um registo JSON (`-`: stdin)
help-allowed-client-cert = Listar, adicionar ou remover requerentes permitidos de certificados de cliente (*-OMSGatewayAllowedClientCertificate)
help-allowed-client-cert-list = Os requerentes permitidos
help-allowed-client-cert-add = Permitir um requerente: um DN completo ou CN=...
help-allowed-client-cert-remove = Deixar de permitir um requerente (exatamente como listado)
help-relay-proxy = Mostrar, definir ou limpar o proxy de reencaminhamento (upstream) (*-OMSGatewayRelayProxy)
help-relay-proxy-get = Mostrar os proxies de reencaminhamento e as regras que os escolhem (as palavras-passe nunca são mostradas)
help-relay-proxy-set = Enviar os túneis por um único proxy de reencaminhamento, http[s]://HOST:PORT (substitui qualquer lista)
    .address = O proxy de reencaminhamento, http://HOST:PORT (ou HOST:PORT, [IPv6]:PORT)
    .username = Utilizador de autenticação Basic no proxy de reencaminhamento (omitir se não houver; `add` também aceita USER@ no URL)
    .password-stdin = Ler a palavra-passe da entrada padrão (guardada junto da configuração: modo 0640, grupo da configuração)
    .password-file = Ler a palavra-passe deste ficheiro (no arranque e em cada recarregamento)
help-relay-proxy-add = Adicionar um proxy de reencaminhamento a `relay_proxies`, tentado depois dos que estão listados antes dele (um `relay_proxy` existente passa a ser o primeiro da lista)
    .url = http[s]://[USER@]HOST:PORT (ou HOST:PORT)
    .username = Utilizador de autenticação Basic no proxy de reencaminhamento (omitir se não houver; `add` também aceita USER@ no URL)
    .password-stdin = Ler a palavra-passe da entrada padrão (guardada junto da configuração: modo 0640, grupo da configuração)
    .password-file = Ler a palavra-passe deste ficheiro (no arranque e em cada recarregamento)
help-relay-proxy-remove = Retirar um proxy de reencaminhamento (HOST:PORT ou o respetivo URL)
help-relay-proxy-clear = Voltar a ligar diretamente (todos os proxies de reencaminhamento removidos)
help-agent-user = Adicionar, remover ou listar os utilizadores dos agentes (client_auth = "basic"): o ficheiro de utilizadores indicado na configuração (client_auth_users_file; `agent-users` junto da configuração, se não for indicado nenhum)
help-agent-user-list = Os utilizadores, por ordem alfabética
help-agent-user-add = Adicionar um utilizador ou atribuir-lhe uma nova palavra-passe: lida da entrada padrão (pedida sem eco num terminal), nunca da linha de comandos; guardada como hash bcrypt
    .cost = Custo do bcrypt (4-15): cada nível duplica o tempo de uma verificação sem cache (custo 10 corresponde a ~50-150 ms de um núcleo). Palavras-passe de agente longas e aleatórias tornam seguro um custo mais baixo e permitem que um nó reiniciado volte a verificar milhares de agentes mais depressa
help-agent-user-remove = Remover um utilizador: os respetivos agentes recebem 407 a partir do próximo recarregamento
help-reload = Pedir aos gateways em execução com esta configuração que a recarreguem, mantendo os túneis abertos
help-drain = Drenar os gateways em execução com esta configuração, tal como o SIGTERM; em seguida, terminam. Código de saída 0 a drenar, 1 nenhum gateway em execução, 2 recusado
    .long =
        Drenar os gateways em execução com esta configuração, tal como o SIGTERM; em seguida, terminam. Código de saída 0 a drenar, 1 nenhum gateway em execução, 2 recusado.

        /readyz responde 503 de imediato, enquanto os novos túneis continuam a ser servidos durante drain_grace (entretanto, um balanceador de carga retira o nó); depois, os serviços de escuta fecham, os túneis abertos dispõem de até drain_timeout e o processo termina com 0: o que se segue cabe à política Restart= do systemd ou ao operador (um reinício faseado: drenar, aguardar o fim, iniciar). Se for pedido de novo durante o período de tolerância, termina-o de imediato.
help-status = Perguntar aos gateways em execução com esta configuração como estão: pid, versão, tempo de atividade, geração da configuração, último recarregamento, pronto ou a drenar, túneis e clientes face aos respetivos limites, rejeições e erros dos últimos 5 minutos. Código de saída 0 em execução e pronto, 1 não está em execução, 3 a drenar (não pronto), 4 nenhuma resposta utilizável
    .output = `text` ou `json`
help-top = As entradas da lista de permissões mais utilizadas e os destinos mais recusados dos últimos 5 minutos, redesenhados a cada 2 s num terminal até Ctrl-C (uma só vez num pipe). Código de saída 0 quando um gateway respondeu, 1 quando nenhum está em execução
    .once = Mostrar uma vez e terminar, também num terminal
    .output = `text` ou `json`
help-explain = Indicar o que a política decide para HOST[:PORT] e porquê: a entrada que o permite, ou as entradas mais próximas e porque é que cada uma não o permite. Código de saída 0 permitido, 1 negado, 2 argumento inválido
    .target = HOST, HOST:PORT, IP ou [IPv6]:PORT (porta 443 se for omitida)
    .output = `text` ou `json`
    .identity = Decidir como o agente desta secção `[[identity]]`, indicada como as linhas de registo a indicam: `user=NAME` ou `certificate=SUBJECT`
help-init = Escrever uma configuração (o assistente de configuração do original): pergunta num terminal ou recebe cada resposta como opção; verificada tal como `run` a lê; indica o que definir nos agentes
    .workspace-id = ID da área de trabalho do Log Analytics (GUID); repetir para acrescentar outras
    .region = Região do Azure (nome ARM, p. ex. westeurope); repetir para acrescentar outras
    .cloud = public, usgov ou china
    .services = Separados por vírgulas: azure_monitor_agent, log_analytics_agent, automation, arc
    .dce-host = O anfitrião de ingestão de registos de um ponto final de recolha de dados; repetir para acrescentar outros
    .listen-port = A porta à qual os agentes se ligam, 1-65535 (predefinição 8080)
    .relay-proxy = O proxy de reencaminhamento (upstream), http://HOST:PORT
    .relay-username = Utilizador de autenticação Basic no proxy de reencaminhamento
    .relay-password-stdin = Ler a palavra-passe do proxy de reencaminhamento da entrada padrão (guardada junto da configuração, 0640)
    .force = Substituir um ficheiro de configuração existente
help-import-oms = Converter a saída dos cmdlets do gateway do Windows (Get-OMSGateway*, em texto ou ConvertTo-Json) e as propriedades MSI (PORTNUMBER=…) numa configuração do omsgate; indica o que não foi possível mapear e porquê
    .files = Ficheiros com a saída dos cmdlets ou a linha de comandos do msiexec (`-`: stdin)
    .write = Escrever a configuração em --config (recusado se já existir, exceto com --force); sem esta opção, a configuração é mostrada
    .force = Substituir um ficheiro existente
help-generate = Escrever as páginas man e os scripts de preenchimento automático da shell em DIR (executado pela compilação do pacote)
