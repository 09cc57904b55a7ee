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

## Edits of the config and what they print: config get/set/unset/keys, allowed-host,
## allowed-client-cert, relay-proxy, agent-user, reload; `check`'s report (edit-*).

## What the policy decides and why: explain, allowed-host suggest (explain-*).

## The running gateways: status, top, drain (status-*).

## Writing a config: init's questions, import-oms (setup-*).

## The command line's errors (clap's, in the operator's language) (args-*).

## The command line's help: mirrors the doc comments of src/cli/mod.rs (a test keeps them equal).
help-omsgate = Gateway HTTP CONNECT con elenco consentiti per agenti di monitoraggio su reti isolate
    .config = File di configurazione (predefinito /etc/omsgate/omsgate.toml; se non esiste, la configurazione predefinita incorporata)
    .lang = Lingua dei messaggi di omsgate (de, fr, ja, pt-BR, zh-Hant, …; predefinita da OMSGATE_LANG, LC_ALL, LC_MESSAGES, LANG). Log e metriche restano in inglese
help-run = Esegue il gateway (comando predefinito)
help-check = Convalida la configurazione e mostra le impostazioni effettive; codice di uscita 0 se è valida, 2 se non lo è
    .service-user = Se eseguito come root, avvisa quando questo utente (quello del servizio) non potrebbe leggere un file indicato nella configurazione
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
