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

## Edits of the config and what they print: config get/set/unset/keys, allowed-host,
## allowed-client-cert, relay-proxy, agent-user, reload; `check`'s report (edit-*).

## What the policy decides and why: explain, allowed-host suggest (explain-*).

## The running gateways: status, top, drain (status-*).

## Writing a config: init's questions, import-oms (setup-*).

## The command line's errors (clap's, in the operator's language) (args-*).

## The command line's help: mirrors the doc comments of src/cli/mod.rs (a test keeps them equal).
help-omsgate = Gateway HTTP CONNECT com lista de permissões para agentes de monitoramento em redes isoladas
    .config = Arquivo de configuração (padrão /etc/omsgate/omsgate.toml; a configuração padrão embutida quando ele não existe)
    .lang = Idioma das mensagens do omsgate (de, fr, ja, pt-BR, zh-Hant, …; padrão a partir de OMSGATE_LANG, LC_ALL, LC_MESSAGES, LANG). Logs e métricas continuam em inglês
help-run = Executar o gateway (o padrão)
help-check = Validar a configuração e exibir os valores efetivos; código de saída 0 se for válida, 2 se não for
    .service-user = Ao executar como root, avisar quando este usuário (o do serviço) não puder ler um arquivo citado na configuração
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
