## Zprávy omsgate v češtině (přeloženo z en.ftl).
## IDs: help-* the command line's help (mirrors the doc comments in src/cli/mod.rs);
## the rest are built in code with msg!/t! and say what the code is doing.

help-ui =
    .usage = Použití:
    .options = Volby
    .arguments = Argumenty
    .commands = Příkazy
    .help = Zobrazí nápovědu (podrobnější pomocí '--help')
    .help-long = Zobrazí nápovědu (souhrn pomocí '-h')
    .version = Zobrazí verzi
    .help-command = Zobrazí tuto zprávu nebo nápovědu k zadaným podpříkazům
help-possible-values = možné hodnoty: { $values }
help-default = výchozí: { $value }


## Config errors: what `check`, `run` and every edit say about a value that cannot run (config-*).

## Edits of the config and what they print: config get/set/unset/keys, allowed-host,
## allowed-client-cert, relay-proxy, agent-user, reload; `check`'s report (edit-*).

## What the policy decides and why: explain, allowed-host suggest (explain-*).

## The running gateways: status, top, drain (status-*).

## Writing a config: init's questions, import-oms (setup-*).

## The command line's errors (clap's, in the operator's language) (args-*).

## The command line's help: mirrors the doc comments of src/cli/mod.rs (a test keeps them equal).
help-omsgate = Brána HTTP CONNECT se seznamem povolených cílů pro monitorovací agenty v izolovaných sítích
    .config = Konfigurační soubor (výchozí /etc/omsgate/omsgate.toml; pokud neexistuje, použije se vestavěná výchozí konfigurace)
    .lang = Jazyk výstupu omsgate (de, fr, ja, pt-BR, zh-Hant, …; výchozí podle OMSGATE_LANG, LC_ALL, LC_MESSAGES, LANG). Protokoly a metriky zůstávají v angličtině
help-run = Spustí bránu (výchozí příkaz)
help-check = Ověří konfiguraci a vypíše platná nastavení; návratový kód 0, je-li platná, 2, není-li
    .service-user = Při spuštění jako root varuje, pokud by tento uživatel (uživatel služby) nemohl číst některý soubor uvedený v konfiguraci
help-config = Čte nebo mění nastavení (Get/Set-OMSGatewayConfig)
help-config-get = Vypíše hodnotu každého klíče (včetně doplněných výchozích hodnot) nebo jednoho klíče
    .output = `text` (hodnoty TOML) nebo `json`
help-config-keys = Vypíše klíče: typ, výchozí hodnotu, zda se uplatní opětovným načtením, význam
    .markdown = Jako tabulku Markdown z README
help-config-set = Nastaví klíč (seznamy jako a,b nebo pole TOML); hodnota se ověří dříve, než se cokoli zapíše
help-config-unset = Odebere klíč ze souboru, aby platila jeho výchozí hodnota
help-allowed-host = Vypíše, přidá nebo odebere povolené cíle (*-OMSGatewayAllowedHost)
help-allowed-host-list = Hostitelé nakonfigurovaní v souboru; --all: všechny platné položky včetně výchozích
help-allowed-host-add = Povolí hostitele: název, *.suffix, literál IP nebo kterýkoli z nich jako entry:PORT
help-allowed-host-remove = Přestane povolovat hostitele (zadaného přesně tak, jak je vypsán)
help-allowed-host-suggest = Po nasazení v režimu report: přesné položky, které by povolily to, co by seznam povolených cílů odmítl, podle událostí would-deny v protokolu JSON (`-`: stdin)
help-allowed-client-cert = Vypíše, přidá nebo odebere povolené předměty klientských certifikátů (*-OMSGatewayAllowedClientCertificate)
help-allowed-client-cert-list = Povolené předměty
help-allowed-client-cert-add = Povolí předmět: úplný DN nebo CN=...
help-allowed-client-cert-remove = Přestane povolovat předmět (zadaný přesně tak, jak je vypsán)
help-relay-proxy = Zobrazí, nastaví nebo zruší předávací proxy (upstream) (*-OMSGatewayRelayProxy)
help-relay-proxy-get = Zobrazí předávací proxy a pravidla, podle kterých se volí (hesla se nikdy nevypisují)
help-relay-proxy-set = Vede tunely přes jedinou předávací proxy, http[s]://HOST:PORT (nahradí případný seznam)
    .address = Předávací proxy, http://HOST:PORT (nebo HOST:PORT, [IPv6]:PORT)
    .username = Uživatel pro ověřování Basic u předávací proxy (vynechte, pokud se neověřuje; `add` přijímá i USER@ v URL)
    .password-stdin = Načte heslo ze standardního vstupu (uloží se vedle konfigurace: režim 0640, skupina konfigurace)
    .password-file = Načte heslo z tohoto souboru (při spuštění a při opětovném načtení)
help-relay-proxy-add = Přidá předávací proxy do `relay_proxies`; zkouší se až po proxy uvedených před ní (případný klíč `relay_proxy` se stane první položkou seznamu)
    .url = http[s]://[USER@]HOST:PORT (nebo HOST:PORT)
    .username = Uživatel pro ověřování Basic u předávací proxy (vynechte, pokud se neověřuje; `add` přijímá i USER@ v URL)
    .password-stdin = Načte heslo ze standardního vstupu (uloží se vedle konfigurace: režim 0640, skupina konfigurace)
    .password-file = Načte heslo z tohoto souboru (při spuštění a při opětovném načtení)
help-relay-proxy-remove = Odebere předávací proxy (HOST:PORT nebo její URL)
help-relay-proxy-clear = Obnoví přímé připojení (odebere všechny předávací proxy)
help-agent-user = Přidá, odebere nebo vypíše uživatele agentů (client_auth = "basic"): soubor uživatelů uvedený v konfiguraci (client_auth_users_file; pokud není uveden, `agent-users` vedle konfigurace)
help-agent-user-list = Uživatelé, seřazení podle abecedy
help-agent-user-add = Přidá uživatele nebo mu nastaví nové heslo: čte se ze standardního vstupu (na terminálu se zadává bez zobrazení), nikdy z příkazového řádku; ukládá se jako hash bcrypt
    .cost = Náročnost bcrypt (cost, 4-15): každý stupeň zdvojnásobí dobu ověření, které není v mezipaměti (náročnost 10 je asi 50-150 ms jednoho jádra). Dlouhá náhodná hesla agentů umožňují bezpečně použít nižší náročnost a restartovaný uzel pak rychleji znovu ověří tisíce agentů
help-agent-user-remove = Odebere uživatele: jeho agenti dostanou od příštího opětovného načtení odpověď 407
help-reload = Požádá spuštěné brány s touto konfigurací, aby ji znovu načetly; otevřené tunely zůstanou zachovány
help-drain = Vyprázdní spuštěné brány s touto konfigurací stejně jako SIGTERM, poté se ukončí. Návratový kód 0 vyprazdňuje se, 1 žádná brána neběží, 2 odmítnuto
    .long =
        Vyprázdní spuštěné brány s touto konfigurací stejně jako SIGTERM, poté se ukončí. Návratový kód 0 vyprazdňuje se, 1 žádná brána neběží, 2 odmítnuto.

        /readyz okamžitě odpovídá 503, zatímco nové tunely se po dobu drain_grace stále obsluhují (nástroj pro vyrovnávání zatížení mezitím uzel vyřadí); poté se naslouchací sokety zavřou, otevřené tunely dostanou nejvýše drain_timeout a proces skončí s kódem 0: co následuje, určuje zásada Restart= systemd nebo operátor (postupný restart: vyprázdnit, počkat na ukončení, spustit). Pokud je příkaz během doby odkladu zadán znovu, dobu odkladu okamžitě ukončí.
help-status = Zjistí stav spuštěných bran s touto konfigurací: pid, verze, doba běhu, generace konfigurace, poslední opětovné načtení, připravena nebo se vyprazdňuje, tunely a klienti vůči limitům, odmítnutí a chyby za posledních 5 minut. Návratový kód 0 běží a je připravena, 1 neběží, 3 vyprazdňuje se (není připravena), 4 žádná použitelná odpověď
    .output = `text` nebo `json`
help-top = Nejvytíženější položky seznamu povolených cílů a nejčastěji odmítané cíle za posledních 5 minut, na terminálu překreslované každé 2 s až do Ctrl-C (do roury jen jednou). Návratový kód 0, pokud některá brána odpověděla, 1, pokud žádná neběží
    .once = Vypíše jednou a skončí, i na terminálu
    .output = `text` nebo `json`
help-explain = Vysvětlí, jak zásady rozhodnou o HOST[:PORT] a proč: položku, která jej povoluje, nebo nejbližší položky a u každé, proč nevyhovuje. Návratový kód 0 povoleno, 1 zamítnuto, 2 chybný vstup
    .target = HOST, HOST:PORT, IP nebo [IPv6]:PORT (není-li port uveden, 443)
    .output = `text` nebo `json`
help-init = Zapíše konfiguraci (průvodce nastavením původní brány): na terminálu se ptá, nebo převezme všechny odpovědi jako volby; kontroluje ji stejně, jak ji načte `run`; vypíše, co nastavit na agentech
    .workspace-id = ID pracovního prostoru Log Analytics (GUID); pro další zadejte opakovaně
    .region = Oblast Azure (název ARM, např. westeurope); pro další zadejte opakovaně
    .cloud = public, usgov nebo china
    .services = Oddělené čárkami: azure_monitor_agent, log_analytics_agent, automation, arc
    .dce-host = Hostitel pro příjem protokolů koncového bodu shromažďování dat; pro další zadejte opakovaně
    .listen-port = Port, ke kterému se připojují agenti, 1-65535 (výchozí 8080)
    .relay-proxy = Předávací proxy (upstream), http://HOST:PORT
    .relay-username = Uživatel pro ověřování Basic u předávací proxy
    .relay-password-stdin = Načte heslo předávací proxy ze standardního vstupu (uloží se vedle konfigurace, 0640)
    .force = Nahradí existující konfigurační soubor
help-import-oms = Převede výstup rutin brány pro Windows (Get-OMSGateway*, jako text nebo ConvertTo-Json) a vlastnosti MSI (PORTNUMBER=…) na konfiguraci omsgate; vypíše, co nešlo převést a proč
    .files = Soubory s výstupem rutin nebo s příkazovým řádkem msiexec (`-`: stdin)
    .write = Zapíše konfiguraci do --config (odmítne, pokud již existuje, ledaže je zadáno --force); bez této volby se konfigurace vypíše
    .force = Nahradí existující soubor
help-generate = Zapíše manuálové stránky a skripty doplňování pro shell do DIR (spouští se při sestavení balíčku)
