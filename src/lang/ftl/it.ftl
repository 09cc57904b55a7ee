## I messaggi di omsgate in italiano (tradotti da en.ftl).
## IDs: help-* the command line's help (mirrors the doc comments in src/cli/mod.rs);
## the rest are built in code with msg!/t! and say what the code is doing.

help-ui =
    .usage = Uso:
    .options = Opzioni
    .arguments = Argomenti
    .commands = Comandi
    .help = Mostra la guida (più dettagli con '--help')
    .help-long = Mostra la guida (un riepilogo con '-h')
    .version = Mostra la versione
    .help-command = Mostra questo messaggio o la guida dei sottocomandi indicati
help-possible-values = valori possibili: { $values }
help-default = predefinito: { $value }


## Config errors: what `check`, `run` and every edit say about a value that cannot run (config-*).
config-not-a-string = { $value } non è una stringa
config-not-a-list = { $value } non è un elenco
config-not-true-or-false = { $value } non è true né false
config-not-a-whole-number = { $value } non è un numero intero
config-not-a-whole-number-in-range = { $value } non è un numero intero da { $min } a { $max }
config-not-a-port = { $value } non è una porta TCP ({ $min }-{ $max })
config-not-a-whole-number-or = { $value } non è un numero intero né { $word }
config-not-an-ip-address = { $value } non è un indirizzo IPv4 o IPv6
config-not-an-address-and-port = { $value } non è { $form } (ad es. { $examples }), né { $off } per disattivare
config-not-a-relay-password-file = { $value } non è { $form } (host:porta del proxy di inoltro come nel suo URL, poi il suo file di password)
config-not-a-relay-route = { $value } non è una voce { $key }: scrivere una tabella {"{"} { $hosts }, { $relay } {"}"}; relay può essere anche un elenco di proxy di inoltro, provati in ordine
config-relay-route-unknown-field = { $value }: campo sconosciuto `{ $field }` (una tabella { $key } ha { $hosts } e { $relay })
config-relay-route-lacks = { $value }: manca { $field }
config-relay-route-routes-nothing = { $value }: { $hosts } non instrada nulla
config-relay-route-direct = { $value }: un { $key } non può mandare host in diretta ({ $relay }): elencarli in { $bypass }, l'unico punto che dice cosa va diretto
config-relay-route-no-relay = { $value }: { $relay } non indica alcun proxy di inoltro
config-not-a-dns-server = { $value } non è l'IP di un server DNS né { $form } ({ $problem })
config-not-one-of = { $value } non è uno tra { $choices }
config-not-an-identity = { $value } non è una tabella di identità ({"{"} { $user } o { $certificate }, { $lists } {"}"})
config-identity-unknown-field = il campo di identità `{ $field }` è sconosciuto; campi: { $fields }
config-identity-names-one = un'identità indica esattamente uno tra { $user } e { $certificate }
config-not-an-address-or-cidr = { $value } non è un indirizzo o un CIDR come { $example }
config-not-a-guid = { $value } non è un GUID ({ $form }, come il portale mostra l'ID)
config-duration-without-unit = { $value } non ha unità; scrivere ad es. { $examples }
config-duration-not-whole-number = { $value } non inizia con un numero intero
config-duration-unknown-unit = { $value } ha l'unità sconosciuta { $unit }; usare { $units } o { $last }
config-listens-nowhere = { $value } non è in ascolto da nessuna parte; indicare almeno un indirizzo
config-limit-out-of-range = deve essere compreso tra { $min } e { $max } (inclusi) oppure { $word }
config-limit-at-least = deve essere almeno { $min }, oppure { $word }
config-duration-at-most = deve essere al massimo { $max }
config-dns-ttl-at-most = deve essere al massimo { $max } (i TTL DNS si fermano a un giorno)
config-stale-at-most = deve essere al massimo { $max } (una settimana)
config-worker-threads-out-of-range = deve essere compreso tra { $min } (uno per core) e { $max }
config-relay-listed-twice = il proxy di inoltro { $relay } è elencato due volte
config-password-file-listed-twice = { $relay } ha più di un file di password: ne va lasciata una sola voce
config-unknown-key-near = chiave sconosciuta `{ $key }`; forse si intendeva `{ $near }`?
config-unknown-key = chiave sconosciuta `{ $key }`; chiavi note: { $keys }
config-problems = { $first }; { $rest }
config-not-toml = TOML non valido: { $error }
config-key-is-table-list = { $key } è un elenco di tabelle: sezioni { $sections }
config-key-is-not-table = { $key } deve essere un valore, non una tabella
config-key-problem = { $key }: { $problem }
config-key-is = { $key } = { $problem }
config-key-value-problem = { $key } = { $value }: { $problem }
config-default-does-not-parse = il valore predefinito incorporato di { $key } non è analizzabile: { $error }
config-not-a-region = { $value } non è un nome di area ARM (minuscolo, senza spazi: { $examples })
config-not-a-dce-host = { $value } non è l'host di inserimento dei log di un endpoint di raccolta dati (minuscolo, come { $form })
config-not-an-arc-gateway = { $value } non è un host del gateway di Azure Arc ({ $form }, come lo mostra `{ $command }`)
config-timeout-zero = andrebbe subito in timeout; indicare una durata positiva come { $example }
config-identity-problem = identità { $identity }: { $problem }
config-identity-twice = identità: { $who } ha due voci { $sections }
config-user-identity-needs-basic = un'identità utente richiede { $setting } (senza, nessun agente ha un nome utente)
config-workspaces-need-services = { $key } richiede { $services } (il catalogo ricava gli host di ogni area di lavoro per i servizi lì indicati); impostare { $services }
config-proxy-protocol-from-empty = { $setting } con { $key } vuoto rifiuterebbe ogni intestazione; elencare gli indirizzi dei bilanciatori del carico (ad es. { $example })
config-basic-needs-users-file = { $setting } richiede { $key } (crearlo con `{ $command }`)
config-client-certificates-empty = { $setting } con { $key } vuoto rifiuterebbe il certificato di ogni agente; aggiungere soggetti ({ $command }) o impostare i criteri su { $off }
config-error-in = { $source }: { $problem }
config-source-embedded = predefinito incorporato
config-effective-settings-from = impostazioni effettive da { $source }
config-default-note = predefinito
config-relay-proxy-and-proxies = { $single } e { $listed } sono entrambi impostati: { $single } è la forma a un solo proxy di inoltro di { $listed }; mantenerne uno (ad es. { $example } e rimuovere { $single })
config-relay-proxy-with-user = { $setting }: il suo utente va in { $key } (la forma { $form } è per { $listed })
config-relay-credentials-without-proxy = { $keys } sono impostati ma { $key } è vuoto; impostare { $setting } o rimuoverli
config-too-many-relays = troppi proxy di inoltro
config-relay-written-differently = { $key }: il proxy di inoltro { $relay } è scritto { $here } qui e { $elsewhere } altrove; scriverlo ovunque allo stesso modo
config-password-file-without-user = { $key } ha un file per { $relay }, ma il suo URL non indica alcun utente: scrivere { $url }
config-password-file-for-no-relay = { $key } indica { $relay }, che non è in alcun { $listed } né { $routes }
config-password-file-without-username = { $key } è impostato senza { $username }
config-password-file-readable-by-all = { $key }: { $path } è leggibile da tutti gli utenti (modalità { $mode }): eseguire { $private } (o { $group } con il gruppo del servizio)
config-file-unreadable = { $key }: impossibile leggere { $path }: { $error }
config-file-cannot-be-read = impossibile leggere il file di configurazione: { $error }
config-tenant-wide-workspace-ingestion = l'endpoint di inserimento di ogni area di lavoro Log Analytics
config-tenant-wide-workspace-management = l'endpoint di gestione di ogni area di lavoro Log Analytics
config-tenant-wide-automation-agent-service = il servizio agente di ogni account di Automazione
config-tenant-wide-automation-endpoints = gli endpoint di ogni account di Automazione
config-tenant-wide-data-collection-endpoints = ogni endpoint di raccolta dati
config-tenant-wide-storage-blobs = i BLOB di ogni account di archiviazione
config-tenant-wide-storage-tables = le tabelle di ogni account di archiviazione
config-tenant-wide-storage-queues = le code di ogni account di archiviazione
config-tenant-wide-service-bus = ogni spazio dei nomi del bus di servizio
config-tenant-wide-key-vaults = ogni Key Vault
config-tenant-wide-derived = Il catalogo degli endpoint la ricava perché Microsoft non documenta alcun nome più ristretto per questo servizio; `{ $command }` mostra cosa consente
config-tenant-wide-narrow = Eseguire `{ $command }` (o impostare { $keys } e { $last }) per consentire invece i propri host; `{ $explain }` mostra cosa consente una voce
config-tenant-wide-entry = La voce { $entry } di { $key } ({ $origin }) consente { $what }, non solo i propri: qualsiasi agente qui, o un malware su uno di essi, può inviare dati a uno qualsiasi di essi. { $todo }
config-warning = avviso (evento { $event }): { $warning }
config-allowlist-in-force = l'elenco consentiti in vigore, voce per voce:
config-identity-may-reach-only = l'identità { $identity } può raggiungere solo:
config-in-effect-under-limits = in vigore con i limiti di questo processo (come li avvierebbe `{ $command }`): { $settings }
config-service-user-cannot-read = { $problem }: il servizio, eseguito come { $user }, rifiuterà questa configurazione; assegnare il file al suo gruppo ({ $commands }) o passare { $flag }
config-wrong-configuration = configurazione errata (evento { $event }): { $error }
config-log-unreadable = impossibile leggere { $path }: { $error } (evento { $event })
config-entry-problem = voce { $entry }: { $problem }
config-too-many-entries = più di { $max } voci
config-target-not-authority = la destinazione deve essere { $form } (forma authority)
config-target-userinfo = la destinazione non deve contenere userinfo ({ $form })
config-target-percent = la destinazione non deve contenere { $character } (codifica percentuale o zona IPv6)
config-target-control-byte = la destinazione contiene un byte di controllo o non ASCII
config-target-bad-port = la porta deve essere un numero da { $min } a { $max }
config-target-empty-label = l'host è vuoto o ha un'etichetta vuota
config-target-host-too-long = l'host è più lungo di { $max } byte
config-target-label-too-long = un'etichetta dell'host è più lunga di { $max } byte
config-target-bad-host-char = l'host contiene un carattere non consentito in un nome DNS
config-target-ambiguous-numeric = l'host sembra numerico ma non è un indirizzo IP valido
config-target-bad-ipv6 = l'host tra parentesi quadre non è un indirizzo IPv6 valido
config-wildcard-needs-name = un carattere jolly richiede un nome dopo di sé, come in { $example }
config-wildcard-leftmost-label-as-in = un { $star } può stare solo nell'etichetta più a sinistra, come in { $example } o { $other }
config-wildcard-in-ip-address = un carattere jolly non può sostituire parte di un indirizzo IP
config-wildcard-leftmost-label = un { $star } può stare solo nell'etichetta più a sinistra
config-wildcard-one-per-entry = un solo { $star } per voce
config-relays-at-most = { $count } proxy di inoltro: al massimo { $max }
config-too-many-relay-routes = troppe tabelle { $key }
config-relay-url-scheme = { $url }: un proxy di inoltro è { $http } (CONNECT in HTTP in chiaro) o { $https } (TLS fino al proxy di inoltro), non { $scheme }
config-relay-url-password = { $url }: una password non va nell'URL (la configurazione è leggibile e `{ $command }` la stampa); metterla in un file: { $setting }
config-relay-url-problem = { $url }: { $problem }
config-relay-url-empty-user = { $url }: l'utente prima di @ è vuoto
config-relay-url-not-a-url = { $url } non è { $form }: { $problem }
config-relay-user-percent = un { $percent } nell'utente deve iniziare { $form } (due cifre esadecimali)
config-relay-user-not-utf8 = l'utente non è UTF-8 una volta decodificati i { $form }
config-users-file-problem = { $key } { $path }: { $problem }
config-users-file-unreadable = impossibile leggerlo: { $error }
config-users-file-line = riga { $line }: { $problem }
config-users-file-not-user-hash = previsto { $form } (formato htpasswd)
config-users-file-user-problem = utente { $user }: { $problem }
config-users-file-user-twice = l'utente { $user } è elencato due volte
config-bcrypt-hash-invalid = non è un hash bcrypt valido ({ $error })
config-argon2-hash-invalid = non è una stringa PHC argon2 valida ({ $error })
config-hash-refused = l'hash non è bcrypt ({ $bcrypt }, { $htpasswd }) né argon2 ({ $argon2 }); { $refused } e le password in chiaro sono rifiutati
config-not-a-user-name = { $user } non è un nome utente (da { $min } a { $max } caratteri, senza { $colon } né spazi)
config-not-a-subject = voce { $key } non valida { $value }: previsto un DN del soggetto come { $examples } o { $example }
config-region-in-other-cloud = { $key }: { $region } è nel cloud { $cloud }, ma { $setting }
config-dce-host-in-other-cloud = { $key }: { $host } non è un endpoint di raccolta dati del cloud { $cloud } ({ $suffix })
config-arc-gateway-not-public = { $key } è impostato, ma il gateway di Azure Arc esiste solo nel cloud pubblico ({ $setting })
config-automation-region-unknown = { $key } include { $service }, ma Microsoft non elenca endpoint di Automazione per l'area { $region } ({ $regions }); vedere `{ $command }`
config-automation-region-needs-accounts = { $key } include { $service }: l'area { $region } ha solo endpoint di Automazione specifici dell'account; impostare { $accounts } (il GUID nell'URL dell'account, pagina Chiavi)
config-endpoint-needs-key = { $services } include { $service }, il cui endpoint per { $purpose } ({ $template }) richiede { $key }; impostare { $key }
config-ca-file-not-pem = { $key } { $path } non è leggibile come certificati PEM: { $error }
config-ca-file-empty = { $key } { $path } non contiene alcun certificato
config-ca-file-unusable = { $key } { $path }: un certificato non è una CA utilizzabile: { $error }
config-no-system-roots = un proxy di inoltro { $https } richiede radici attendibili, e l'archivio del sistema non ne ha
config-no-system-roots-because = { $problem } ({ $error })
config-install-roots = { $problem }; installare { $package } o impostare { $key }
config-relay-tls-settings = impostazioni TLS per i proxy di inoltro: { $error }
config-dns-server-examples = ad es. { $examples }; non un nome
config-dns-server-port-zero = porta { $port }

## Edits of the config and what they print: config get/set/unset/keys, allowed-host,
## allowed-client-cert, relay-proxy, agent-user, reload; `check`'s report (edit-*).
edit-failed = omsgate: { $error } (evento { $event })
edit-key-set = { $key } impostato in { $path }
edit-key-unset = { $key } riportato al valore predefinito in { $path }
edit-host-added = host consentito { $host } aggiunto in { $path }
edit-host-removed = host consentito { $host } rimosso in { $path }
edit-cert-added = soggetto del certificato client { $subject } aggiunto in { $path }
edit-cert-removed = soggetto del certificato client { $subject } rimosso in { $path }
edit-relay-set = proxy di inoltro impostato su { $address } in { $path }
edit-relays-cleared = proxy di inoltro rimossi; i tunnel si connettono direttamente in { $path }
edit-relay-added = proxy di inoltro { $url } aggiunto in { $path }
edit-relay-removed = proxy di inoltro { $relay } rimosso in { $path }
edit-agent-user-added = utente agente { $user } aggiunto (o password cambiata) in { $path }
edit-agent-user-removed = utente agente { $user } rimosso in { $path }
edit-no-gateway = nessun gateway in esecuzione serve { $path }; la modifica si applica al suo avvio
edit-reload-nothing = nessun gateway in esecuzione serve { $path }: niente da ricaricare (è avviato, e con questo { $flag }?)
edit-reloaded = chiesto al gateway in esecuzione (pid { $pid }) di ricaricare: { $message } (evento { $event })
edit-reload-draining = il gateway con pid { $pid } si sta arrestando e non è stato ricaricato: { $message }
edit-reload-refused = il gateway in esecuzione (pid { $pid }) non l'ha applicata (evento { $event }): { $message }
edit-key-value = { $key }: { $reason }
edit-not-a-list = { $key }: il valore nel file non è un elenco
edit-not-listed = { $value } non è in { $key }; `omsgate { $list }` mostra le voci
edit-would-not-run = la configurazione modificata non funzionerebbe, quindi non è stato scritto nulla: { $reason }
edit-not-toml = { $path } non è TOML valido, quindi non può essere modificato in sicurezza: { $error }
edit-cannot-chown = impossibile assegnare al nuovo file il proprietario { $owner } e il gruppo { $group } che ha { $path } ({ $error }); eseguire come root o come suo proprietario
edit-too-many-symlinks = { $path }: più di { $max } collegamenti simbolici
edit-relay-two-users = { $url } indica l'utente { $user } ma { $flag } dice { $username }: indicarne uno
edit-relay-listed-already = { $key } contiene già { $address }: prima `omsgate relay-proxy remove { $address }`
edit-relay-password-without-user = un file di password per { $address } senza utente: indicare { $flag } (o { $url })
edit-users-file-refused = { $key } { $file }: { $reason }
edit-password-prompt = Password per l'utente agente { $user } (non visualizzata):
edit-password-empty = una password vuota è rifiutata; fornirla su stdin
edit-agent-users-none = nessun { $key } in { $path }: nessun utente agente
edit-key-row = { $key } { $applies } predefinito { $default }  — { $meaning }
edit-applies-reload = ricaricamento
edit-applies-restart = riavvio
edit-entry = { $origin }: { $reading }; { $ports }
edit-entry-port = solo porta { $port }
edit-entry-ports = porte { $ports } ({ $key })
edit-relay-none = nessun proxy di inoltro: i tunnel si connettono direttamente
edit-relay-default-direct = predefinito: diretto (nessun { $single } né { $listed })
edit-relay-default = predefinito ({ $key }), provati in ordine:
edit-relay-credentials = { $url }  (utente { $user }, { $password })
edit-relay-no-credentials = { $url }  (nessuna credenziale)
edit-relay-password-file = password letta da { $file }
edit-relay-no-password = nessuna password
edit-relay-bypass = diretto ({ $key }): { $hosts }
edit-relay-route = { $key } { $number }: { $hosts }
edit-relay-retry = un proxy di inoltro che non risponde viene saltato per { $key } ({ $duration })
edit-relay-ca-file = i proxy di inoltro https:// devono presentare un certificato da { $file }
edit-relay-ca-system = i proxy di inoltro https:// devono presentare un certificato considerato attendibile dal sistema
edit-cannot-enter = { $user } non può entrare in { $dir }
edit-cannot-read = { $user } non può leggere { $file }
edit-file-mode = { $path } (modalità { $mode }, proprietario { $owner }, gruppo { $group })

## What the policy decides and why: explain, allowed-host suggest (explain-*).
explain-failed = omsgate: { $error } (evento { $event })
explain-not-a-target = { $target } non è HOST, HOST:PORT, IP o [IPv6]:PORT
explain-allowed = consentito: { $target }
explain-allowed-by = da { $entry }  ({ $why })
explain-denied = negato: { $target } (evento { $event }, { $reason }): { $message }
explain-no-near = nessuna voce ci si avvicina
explain-report-mode = { $setting }: viene lasciato passare e registrato come evento { $event } con { $field }
explain-then = poi:
explain-then-were-it-allowed = poi, se fosse consentito:
explain-route = percorso: { $route }
explain-route-direct = diretto (nessun proxy di inoltro configurato)
explain-route-default = tramite { $relays } ({ $key }; nessuna voce { $bypass } o { $route } lo indica)
explain-route-bypass = diretto, per la voce { $entry } di { $key }
explain-route-by-rule = tramite { $relays }, per la voce { $entry } di { $key } { $number }
explain-relay-one = il proxy di inoltro { $relay }
explain-relays = i proxy di inoltro { $relays } in ordine (uno che non risponde viene saltato per { $key })
explain-relay-then = { $first }, poi { $next }
explain-near-port = corrisponde all'host ma consente { $ports }, non { $port }
explain-near-only-port = solo porta { $port }
explain-near-default-ports = le porte in { $key } { $ports }
explain-near-below = corrisponde ai nomi sotto { $name }, non a { $name } stesso; aggiungere { $name } per consentirlo
explain-near-lookalike = { $host } termina solo con le lettere di { $name }: non è { $name } né un nome sotto di esso
explain-near-label = la prima etichetta deve essere { $prefix }…{ $suffix }, con uno o più caratteri al posto di *
explain-near-same-domain = nello stesso dominio, ma corrisponde a { $reading }
explain-after-vetted = il nome viene risolto una volta e ogni indirizzo viene verificato prima di connettersi a uno: mai l'indirizzo non specificato (0.0.0.0, ::) né i listener di questo gateway
explain-after-private-allowed = { $setting }: ci si può connettere a indirizzi di loopback, privati e link-local
explain-after-ip-listed = il literal IP è elencato esattamente, quindi ci si può connettere anche se è privato
explain-after-private-refused = gli indirizzi di loopback, privati, link-local (metadati del cloud inclusi) e gli altri indirizzi non pubblici sono rifiutati ({ $setting })
explain-origin-file = file
explain-origin-default = predefinito
explain-origin-derived = ricavato: { $from }
explain-reading-exact = esattamente { $name }
explain-reading-below = qualsiasi nome sotto { $name } (non { $name } stesso)
explain-reading-in-label = un nome { $prefix }…{ $suffix }.{ $rest } la cui prima etichetta ha uno o più caratteri al posto di *
explain-reading-this-and-below = { $name } e qualsiasi nome sotto di esso (il *{ $name } senza punto di Microsoft)
explain-reading-ip = esattamente l'indirizzo { $ip }
explain-deny-host = la destinazione { $host } non è in { $key }
explain-deny-port = la porta { $port } non è consentita per { $host } ({ $key }, o una voce host:porta)
explain-deny-private = { $target } si risolve in { $ip }, un indirizzo { $class }; impostare { $setting } o aggiungere l'IP stesso all'elenco consentiti per permetterlo
explain-deny-unspecified = { $target } porta a { $ip }, un indirizzo non specificato: una connessione a esso raggiunge questo host, quindi non è mai una destinazione (né { $hosts } né { $private } possono consentirlo)
explain-deny-own = { $addr } è questo gateway: è in ascolto su quella porta e l'indirizzo è uno di quelli di questo host; un tunnel verso di esso creerebbe un ciclo
explain-deny-maybe-own = { $addr } potrebbe essere questo gateway (è in ascolto su quella porta) e gli indirizzi di questo host non sono leggibili ({ $error }); rifiutato nel caso in cui un tunnel verso di esso crei un ciclo
explain-deny-identity = la destinazione { $target } non è consentita per l'identità { $identity } (i suoi { $section } { $hosts } e { $workspaces }, o { $shared })
explain-as-user = come { $identity }: deciso solo dall'elenco proprio di quella sezione { $section } (i suoi { $hosts }, gli host derivati dai suoi { $workspaces } e { $shared })
explain-as-certificate = come { $identity }: il CONNECT è deciso dall'elenco consentiti globale; una volta letto il messaggio Certificate dell'agente (TLS 1.2 e precedenti), decide anche l'elenco proprio di quella sezione { $section } (i suoi { $hosts }, gli host derivati dai suoi { $workspaces } e { $shared }); un agente con TLS 1.3 è deciso dal solo elenco consentiti globale
explain-as-unbound = nessuna sezione { $section } nomina { $identity }: un agente così è deciso dall'elenco consentiti globale
explain-identity-form = { $identity } non nomina alcuna identità: indicare user=NAME o certificate=SUBJECT
explain-identities-hint = gli agenti nominati da una sezione { $section } sono decisi dal suo elenco: { $flag } lo spiega per uno di essi
explain-suggest-none = nessun evento would-deny (evento { $event } con { $field }) nel log
explain-suggest-total = { $tunnels ->
        [one] { $tunnels } tunnel sarebbe stato rifiutato; queste voci esatte lo consentirebbero.
       *[other] { $tunnels } tunnel sarebbero stati rifiutati; queste voci esatte li consentirebbero.
    }
explain-suggest-review = Esaminarle una per una prima di `{ $command }`: solo ciò che serve agli agenti.
explain-suggest-entry = { $tunnels ->
        [one] { $tunnels } tunnel; il primo: { $first }
       *[other] { $tunnels } tunnel; il primo: { $first }
    }

## The running gateways: status, top, drain (status-*).
status-not-running = non in esecuzione: nessun gateway serve { $config }
status-no-answer = omsgate (pid { $pid }): in esecuzione, ma impossibile leggerne lo stato (un omsgate precedente?): { $answer }
status-gateway = omsgate { $version } (pid { $pid }): in esecuzione, { $state }; attivo da { $uptime }
status-state-ready = pronto
status-state-draining-accepting = IN SVUOTAMENTO (in arresto: { $readyz } risponde 503, accetta ancora connessioni)
status-state-draining-closed = IN SVUOTAMENTO (in arresto: listener chiusi, { $open ->
        [one] { $open } tunnel ancora aperto
       *[other] { $open } tunnel ancora aperti
    })
status-label-config = configurazione
status-label-last-reload = ultimo ricaricamento
status-label-listening = in ascolto
status-label-tunnels = tunnel
status-label-clients = client
status-label-recent = recenti
status-config = { $source }, generazione { $generation }, { $entries ->
        [one] { $entries } voce dell'elenco consentiti
       *[other] { $entries } voci dell'elenco consentiti
    }, { $policy }
status-last-reload-none = nessuno dall'avvio
status-last-reload = { $ago } fa: { $outcome } — { $message }
status-reload-ok = ok
status-reload-refused = RIFIUTATO
status-listening = { $addresses }; metriche { $metrics }
status-metrics-off = disattivate
status-tunnels = { $open } aperti su { $limit } ({ $percent }%)
status-clients = { $connected } connessi ({ $limit })
status-clients-busiest = { $connected } connessi; il più attivo è { $address } con { $open } aperti ({ $limit })
status-no-client-limit = nessun { $key }
status-recent = { $window }:
status-recent-since-start = dall'avvio ({ $window })
status-recent-last = negli ultimi { $window }
status-recent-tunnels-opened = tunnel aperti: { $count }
status-recent-rejections = rifiuti per motivo: { $list }
status-recent-errors = errori per ID evento: { $list }
status-none = nessuno
status-bytes-b = { $value } B
status-bytes-kb = { $value } kB
status-bytes-mb = { $value } MB
status-bytes-gb = { $value } GB
status-bytes-tb = { $value } TB
status-top-heading = omsgate top: pid { $pid }, { $config }, ultimi { $window }
status-top-busiest-entries = VOCI DELL'ELENCO CONSENTITI PIÙ USATE
status-top-tunnels = TUNNEL
status-top-open = APERTI
status-top-bytes = BYTE
status-top-no-tunnels = (nessun tunnel)
status-top-most-refused = DESTINAZIONI PIÙ RIFIUTATE
status-top-refused = RIFIUTATI
status-top-reason = MOTIVO
status-top-no-refusals = (nessun rifiuto)
status-top-refresh = (ogni { $seconds } s; { $keys } per terminare)
status-top-no-answer = { $count ->
        [one] { $count } gateway serve
       *[other] { $count } gateway servono
    } { $config } ma nessuno ha risposto a { $command } (un omsgate precedente?)
status-drain-none = nessun gateway in esecuzione serve { $config }: niente da svuotare (è avviato, e con questo { $flag }? uno i cui listener sono chiusi è già in svuotamento) (evento { $event })
status-drain-told = chiesto al gateway in esecuzione (pid { $pid }) di svuotarsi: { $message } (evento { $event })
status-drain-refused = il gateway in esecuzione (pid { $pid }) non si è svuotato (evento { $event }): { $message }

## Writing a config: init's questions, import-oms (setup-*).
setup-nothing-written = { $error } (evento { $event }); non è stato scritto nulla
setup-init-intro = una configurazione per { $path } (Invio mantiene il [valore predefinito]).
setup-init-exists = { $path } esiste già; `{ $force }` lo sostituisce (o modificarlo con `{ $edit }`)
setup-ask-listen-port = Porta di ascolto a cui si connettono gli agenti (1-65535)
setup-ask-services = Servizi ({ $names }; separati da virgole)
setup-ask-cloud = Cloud di Azure ({ $names })
setup-ask-workspace-ids = ID delle aree di lavoro Log Analytics, separati da virgole
setup-ask-regions = Aree di Azure delle macchine e dell'area di lavoro (nome ARM, ad es. { $example })
setup-ask-relay-proxy = Proxy di inoltro attraverso cui esce questo gateway ({ $form }; vuoto: connessione diretta)
setup-ask-relay-username = Nome utente del proxy di inoltro (vuoto: nessuno)
setup-ask-relay-password = Password del proxy di inoltro (non visualizzata)
setup-flag-needs-flag = { $flag } richiede { $needed }
setup-no-password-on-stdin = nessuna password su stdin
setup-cannot-read-password = impossibile leggere la password dal terminale: { $error }
setup-stdin-closed = stdin chiuso prima della risposta a tutte le domande
setup-cannot-read-stdin = impossibile leggere stdin: { $error }
setup-try-again = { $error }; riprovare
setup-services-need-one = i servizi scelti ne richiedono almeno uno; riprovare
setup-key-needed = { $key } è necessario per i servizi scelti; indicare { $flag }
setup-init-wrote = scritto { $path } (verificato come lo legge `{ $command }`): { $entries ->
        [one] { $entries } voce dell'elenco consentiti
       *[other] { $entries } voci dell'elenco consentiti
    }, { $derived } ricavate dal catalogo degli endpoint
setup-init-check-hint = ogni voce e la sua provenienza
setup-agents-heading = Sugli agenti (dietro un bilanciatore del carico, usarne l'indirizzo al posto di { $host }):
setup-agents-ama = Azure Monitor Agent, impostazioni dell'estensione (omsgate non chiede credenziali agli agenti):
setup-agents-mma-windows = Agente di Log Analytics (MMA) per Windows: Impostazioni proxy -> server proxy { $proxy }, nessun nome utente
setup-agents-oms-linux = Agente di Log Analytics per Linux: proxy { $proxy } (la sua impostazione proxy in { $files })
setup-agents-operations-manager = Operations Manager: Configure Proxy Server -> { $proxy }
setup-agents-arc = Agente di Azure Connected Machine: { $command }
setup-load-balancer = Sul bilanciatore del carico: porta TCP { $port } verso ogni nodo; probe di integrità TCP { $port }
setup-load-balancer-readyz = (o { $request } sulla porta { $port }: 200 finché il nodo accetta tunnel)
setup-import-cannot-read = impossibile leggere { $file }: { $error } (evento { $event })
setup-import-note = nota: { $note }
setup-import-all-mapped = tutti gli elementi sono stati convertiti
setup-import-not-mapped = impossibile convertire { $count ->
        [one] { $count } elemento:
       *[other] { $count } elementi:
    }
setup-import-would-not-run = la configurazione importata non funzionerebbe: { $error } (evento { $event })
setup-import-wrote = scritto { $path } (verificato come lo legge `{ $command }`): { $entries ->
        [one] { $entries } voce dell'elenco consentiti
       *[other] { $entries } voci dell'elenco consentiti
    }
setup-import-exists = { $path } esiste già; { $flag } lo sostituisce
setup-import-not-json = non è JSON come lo scrive { $cmdlet }: { $error }
setup-import-no-cmdlet-value = non è un valore stampato da alcun cmdlet
setup-import-not-this-cmdlet-value = non è un valore stampato da questo cmdlet
setup-import-password-never-shown = i cmdlet non mostrano mai la password; impostarla con `{ $command }`
setup-import-no-setting = nessuna impostazione di omsgate corrisponde
setup-import-no-setting-keys = nessuna impostazione di omsgate corrisponde (`{ $command }` le elenca)
setup-import-proxy-without-hasproxy = { $has_proxy } non è 1, quindi il programma di installazione ignora { $proxy }
setup-import-username-without-hasauth = { $has_auth } e { $has_proxy } non sono entrambi 1
setup-import-password-not-from-command-line = non importata da una riga di comando; impostarla con `{ $command }`
setup-import-installdir = cartella di installazione di Windows: nessun equivalente (il pacchetto installa omsgate)
setup-import-licenseaccepted = richiesta di licenza del programma di installazione di Windows: nessun equivalente
setup-import-unknown-property = non è una proprietà documentata del programma di installazione del gateway
setup-import-not-a-port = non è una porta TCP (1-65535)
setup-import-relay-without-port = nessuna porta: omsgate richiede { $form } e non indovina la porta del proxy di inoltro; impostarla con `{ $command }`
setup-import-not-a-relay-url = non è un indirizzo di proxy di inoltro utilizzabile da omsgate: { $error }
setup-import-not-a-host = non è una voce di { $key }: { $error }
setup-import-not-a-subject = non è un soggetto di certificato client confrontabile da omsgate: { $error }
setup-import-username-without-relay = un nome utente del proxy di inoltro senza un indirizzo del proxy di inoltro convertibile
setup-import-replaced = { $what } { $old } di un elemento precedente è sostituito da { $new }
setup-import-what-listen-port = porta di ascolto
setup-import-what-relay-proxy = proxy di inoltro
setup-import-what-relay-username = nome utente del proxy di inoltro
setup-import-subject-read-as-cn = il soggetto del certificato client { $subject } viene letto come { $cn } (omsgate confronta un DN o CN=…)
setup-import-families-added = le famiglie predefinite di Azure Monitor sono state aggiunte accanto agli host importati: l'originale consentiva anche i propri endpoint scaricati automaticamente
setup-generate-cannot-write = impossibile scrivere in { $dir }: { $error } (evento { $event })

## The command line's errors (clap's, in the operator's language) (args-*).
args-unknown-argument = trovato argomento imprevisto '{ $arg }'
args-unknown-subcommand = sottocomando non riconosciuto '{ $subcommand }'
args-invalid-value = valore non valido '{ $value }' per '{ $arg }'
args-invalid-value-why = valore non valido '{ $value }' per '{ $arg }': { $why }
args-value-missing = è richiesto un valore per '{ $arg }' ma non ne è stato fornito nessuno
args-missing-required = { $count ->
        [one] il seguente argomento obbligatorio non è stato fornito: { $arguments }
       *[other] i seguenti argomenti obbligatori non sono stati forniti: { $arguments }
    }
args-missing-subcommand = '{ $command }' richiede un sottocomando ma non ne è stato fornito nessuno
args-too-many-values = trovato valore imprevisto '{ $value }' per '{ $arg }'; non ne erano previsti altri
args-too-few-values = '{ $arg }' richiede { $min } valori; { $actual ->
        [one] ne è stato fornito solo { $actual }
       *[other] ne sono stati forniti solo { $actual }
    }
args-wrong-number-of-values = '{ $arg }' richiede { $expected } valori ma { $actual ->
        [one] ne è stato fornito { $actual }
       *[other] ne sono stati forniti { $actual }
    }
args-used-twice = l'argomento '{ $arg }' non può essere usato più volte
args-conflict = l'argomento '{ $arg }' non può essere usato con { $others }
args-conflict-other = l'argomento '{ $arg }' non può essere usato con uno o più degli altri argomenti specificati
args-needs-equals = è necessario il segno di uguale per assegnare valori a '{ $arg }'
args-tip = suggerimento: { $tip }
args-similar-subcommand = { $count ->
        [one] esiste un sottocomando simile: { $names }
       *[other] esistono alcuni sottocomandi simili: { $names }
    }
args-similar-argument = { $count ->
        [one] esiste un argomento simile: { $names }
       *[other] esistono alcuni argomenti simili: { $names }
    }
args-similar-value = { $count ->
        [one] esiste un valore simile: { $names }
       *[other] esistono alcuni valori simili: { $names }
    }
args-subcommands = sottocomandi: { $names }
args-tip-pass-as-value = per passare '{ $arg }' come valore, usare '{ $instead }'
args-tip-exists = '{ $name }' esiste
args-try-help = Per ulteriori informazioni, provare '{ $help }'.

## The command line's help: mirrors the doc comments of src/cli/mod.rs (a test keeps them equal).
help-omsgate = Gateway HTTP CONNECT con elenco consentiti per agenti di monitoraggio su reti isolate
    .config = File di configurazione (predefinito /etc/omsgate/omsgate.toml; se non esiste, la configurazione predefinita incorporata)
    .lang = Lingua dei messaggi di omsgate (de, fr, ja, pt-BR, zh-Hant, …; predefinita da OMSGATE_LANG, LC_ALL, LC_MESSAGES, LANG). Log e metriche restano in inglese
help-run = Esegue il gateway (comando predefinito)
help-check = Convalida la configurazione e mostra le impostazioni effettive; codice di uscita 0 se è valida, 2 se non lo è
    .service-user = Se eseguito come root, avvisa se questo utente (quello del servizio) non potrebbe leggere un file indicato nella configurazione
help-config = Legge o modifica le impostazioni (Get/Set-OMSGatewayConfig)
help-config-get = Mostra il valore di ogni chiave (inclusi i valori predefiniti) o di una sola chiave
    .output = `text` (valori TOML) o `json`
help-config-keys = Elenca le chiavi: tipo, valore predefinito, se un ricaricamento la applica, significato
    .markdown = Come la tabella Markdown del README
help-config-set = Imposta una chiave (liste come a,b o array TOML); viene convalidata prima di scrivere qualsiasi cosa
help-config-unset = Rimuove una chiave dal file, così si applica il suo valore predefinito
help-allowed-host = Elenca, aggiunge o rimuove le destinazioni consentite (*-OMSGatewayAllowedHost)
help-allowed-host-list = Gli host configurati nel file; --all: ogni voce in vigore, incluse quelle predefinite
help-allowed-host-add = Consente un host: nome, *.suffix, indirizzo IP letterale, o uno di questi come entry:PORT
help-allowed-host-remove = Smette di consentire un host (esattamente come elencato)
help-allowed-host-suggest = Dopo una distribuzione in modalità report: le voci esatte che avrebbero consentito ciò che l'elenco consentiti rifiuterebbe, ricavate dagli eventi would-deny di un log JSON (`-`: stdin)
help-allowed-client-cert = Elenca, aggiunge o rimuove i soggetti consentiti dei certificati client (*-OMSGatewayAllowedClientCertificate)
help-allowed-client-cert-list = I soggetti consentiti
help-allowed-client-cert-add = Consente un soggetto: un DN completo o CN=...
help-allowed-client-cert-remove = Smette di consentire un soggetto (esattamente come elencato)
help-relay-proxy = Mostra, imposta o cancella il proxy di inoltro (upstream) (*-OMSGatewayRelayProxy)
help-relay-proxy-get = Mostra i proxy di inoltro e le regole che li scelgono (le password non vengono mai mostrate)
help-relay-proxy-set = Instrada i tunnel attraverso un solo proxy di inoltro, http[s]://HOST:PORT (sostituisce l'eventuale elenco)
    .address = Il proxy di inoltro, http://HOST:PORT (o HOST:PORT, [IPv6]:PORT)
    .username = Utente per l'autenticazione Basic sul proxy di inoltro (da omettere se non serve; `add` accetta anche USER@ nell'URL)
    .password-stdin = Legge la password dallo standard input (salvata accanto alla configurazione: modalità 0640, gruppo della configurazione)
    .password-file = Legge la password da questo file (all'avvio e a ogni ricaricamento)
help-relay-proxy-add = Aggiunge un proxy di inoltro a `relay_proxies`, provato dopo quelli elencati prima di esso (un eventuale `relay_proxy` diventa il primo dell'elenco)
    .url = http[s]://[USER@]HOST:PORT (o HOST:PORT)
    .username = Utente per l'autenticazione Basic sul proxy di inoltro (da omettere se non serve; `add` accetta anche USER@ nell'URL)
    .password-stdin = Legge la password dallo standard input (salvata accanto alla configurazione: modalità 0640, gruppo della configurazione)
    .password-file = Legge la password da questo file (all'avvio e a ogni ricaricamento)
help-relay-proxy-remove = Rimuove un proxy di inoltro (HOST:PORT o il suo URL)
help-relay-proxy-clear = Torna alla connessione diretta (rimuove tutti i proxy di inoltro)
help-agent-user = Aggiunge, rimuove o elenca gli utenti degli agenti (client_auth = "basic"): il file utenti indicato nella configurazione (client_auth_users_file; se manca, `agent-users` accanto alla configurazione)
help-agent-user-list = Gli utenti, in ordine alfabetico
help-agent-user-add = Aggiunge un utente o gli assegna una nuova password: letta dallo standard input (richiesta senza eco su un terminale), mai dalla riga di comando; salvata come hash bcrypt
    .cost = Costo bcrypt (4-15): ogni passo raddoppia il tempo di una verifica non in cache (costo 10 ≈ 50-150 ms di un core). Password degli agenti lunghe e casuali rendono sicuro un costo più basso e permettono a un nodo riavviato di riverificare più in fretta migliaia di agenti
help-agent-user-remove = Rimuove un utente: i suoi agenti ricevono 407 dal prossimo ricaricamento in poi
help-reload = Chiede ai gateway in esecuzione con questa configurazione di ricaricarla, mantenendo aperti i tunnel
help-drain = Svuota i gateway in esecuzione con questa configurazione come fa SIGTERM, poi terminano. Codice di uscita 0 svuotamento avviato, 1 nessun gateway in esecuzione, 2 rifiutato
    .long =
        Svuota i gateway in esecuzione con questa configurazione come fa SIGTERM, poi terminano. Codice di uscita 0 svuotamento avviato, 1 nessun gateway in esecuzione, 2 rifiutato.

        /readyz risponde subito 503 mentre i nuovi tunnel vengono ancora serviti per drain_grace (nel frattempo un bilanciatore del carico esclude il nodo); poi i listener si chiudono, i tunnel aperti hanno fino a drain_timeout e il processo esce con 0: il seguito spetta alla policy Restart= di systemd o all'operatore (un riavvio progressivo: svuotamento, attesa dell'uscita, avvio). Se richiesto di nuovo durante il periodo di tolleranza, lo termina subito.
help-status = Chiede ai gateway in esecuzione con questa configurazione come stanno: pid, versione, tempo di attività, generazione della configurazione, ultimo ricaricamento, pronto o in svuotamento, tunnel e client rispetto ai limiti, rifiuti ed errori degli ultimi 5 minuti. Codice di uscita 0 in esecuzione e pronto, 1 non in esecuzione, 3 in svuotamento (non pronto), 4 nessuna risposta utilizzabile
    .output = `text` o `json`
help-top = Le voci dell'elenco consentiti più usate e le destinazioni più rifiutate degli ultimi 5 minuti, ridisegnate ogni 2 s su un terminale fino a Ctrl-C (una sola volta se in una pipe). Codice di uscita 0 se un gateway ha risposto, 1 se non ce n'è nessuno in esecuzione
    .once = Mostra una volta ed esce, anche su un terminale
    .output = `text` o `json`
help-explain = Spiega cosa decidono i criteri per HOST[:PORT] e perché: la voce che lo consente, oppure le voci più vicine e perché ciascuna non lo consente. Codice di uscita 0 consentito, 1 negato, 2 input non valido
    .target = HOST, HOST:PORT, IP o [IPv6]:PORT (porta 443 se non indicata)
    .output = `text` o `json`
    .identity = Decide come l'agente di questa sezione `[[identity]]`, indicata come la indicano le righe di log: `user=NAME` o `certificate=SUBJECT`
help-init = Scrive una configurazione (la procedura guidata di installazione dell'originale): chiede su un terminale o accetta ogni risposta come opzione; verificata come la legge `run`; indica cosa impostare sugli agenti
    .workspace-id = ID dell'area di lavoro Log Analytics (GUID); ripetere per aggiungerne altre
    .region = Area di Azure (nome ARM, ad es. westeurope); ripetere per aggiungerne altre
    .cloud = public, usgov o china
    .services = Separati da virgole: azure_monitor_agent, log_analytics_agent, automation, arc
    .dce-host = L'host di inserimento log di un endpoint di raccolta dati; ripetere per aggiungerne altri
    .listen-port = La porta a cui si connettono gli agenti, 1-65535 (predefinita 8080)
    .relay-proxy = Il proxy di inoltro (upstream), http://HOST:PORT
    .relay-username = Utente per l'autenticazione Basic sul proxy di inoltro
    .relay-password-stdin = Legge la password del proxy di inoltro dallo standard input (salvata accanto alla configurazione, 0640)
    .force = Sostituisce un file di configurazione esistente
help-import-oms = Converte l'output dei cmdlet del gateway Windows (Get-OMSGateway*, come testo o ConvertTo-Json) e le proprietà MSI (PORTNUMBER=…) in una configurazione omsgate; indica cosa non è stato possibile convertire e perché
    .files = File con l'output dei cmdlet o la riga di comando di msiexec (`-`: stdin)
    .write = Scrive la configurazione in --config (rifiutato se esiste già, salvo con --force); senza questa opzione la configurazione viene mostrata
    .force = Sostituisce un file esistente
help-generate = Scrive le pagine man e gli script di completamento della shell in DIR (lo esegue la build del pacchetto)
