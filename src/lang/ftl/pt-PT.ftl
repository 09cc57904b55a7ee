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

## Edits of the config and what they print: config get/set/unset/keys, allowed-host,
## allowed-client-cert, relay-proxy, agent-user, reload; `check`'s report (edit-*).

## What the policy decides and why: explain, allowed-host suggest (explain-*).

## The running gateways: status, top, drain (status-*).

## Writing a config: init's questions, import-oms (setup-*).

## The command line's errors (clap's, in the operator's language) (args-*).

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
