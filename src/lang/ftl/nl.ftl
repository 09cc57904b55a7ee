## omsgate's messages in Dutch (nl), translated from en.ftl.
## IDs: help-* the command line's help (mirrors the doc comments in src/cli/mod.rs);
## the rest are built in code with msg!/t! and say what the code is doing.

help-ui =
    .usage = Gebruik:
    .options = Opties
    .arguments = Argumenten
    .commands = Opdrachten
    .help = Help weergeven (meer met '--help')
    .help-long = Help weergeven (samenvatting met '-h')
    .version = Versie weergeven
    .help-command = Dit bericht of de help van de opgegeven subopdracht(en) weergeven
help-possible-values = mogelijke waarden: { $values }
help-default = standaard: { $value }


## Config errors: what `check`, `run` and every edit say about a value that cannot run (config-*).

## Edits of the config and what they print: config get/set/unset/keys, allowed-host,
## allowed-client-cert, relay-proxy, agent-user, reload; `check`'s report (edit-*).

## What the policy decides and why: explain, allowed-host suggest (explain-*).

## The running gateways: status, top, drain (status-*).

## Writing a config: init's questions, import-oms (setup-*).

## The command line's errors (clap's, in the operator's language) (args-*).

## The command line's help: mirrors the doc comments of src/cli/mod.rs (a test keeps them equal).
help-omsgate = HTTP CONNECT-gateway met acceptatielijst voor monitoringagents in geïsoleerde netwerken
    .config = Configuratiebestand (standaard /etc/omsgate/omsgate.toml; als dat niet bestaat, de ingebouwde standaardconfiguratie)
    .lang = Taal van de uitvoer van omsgate (de, fr, ja, pt-BR, zh-Hant, …; standaard uit OMSGATE_LANG, LC_ALL, LC_MESSAGES, LANG). Logboeken en metrische gegevens blijven Engelstalig
help-run = De gateway uitvoeren (standaardopdracht)
help-check = De configuratie valideren en de effectieve instellingen weergeven; afsluitstatus 0 indien geldig, anders 2
    .service-user = Als root uitvoeren: waarschuwen als deze gebruiker (die van de service) een bestand dat de configuratie noemt, niet zou kunnen lezen
help-config = Instellingen lezen of wijzigen (Get/Set-OMSGatewayConfig)
help-config-get = De waarde van elke sleutel weergeven (aangevuld met standaardwaarden), of die van één sleutel
    .output = `text` (TOML-waarden) of `json`
help-config-keys = De sleutels weergeven: type, standaardwaarde, of opnieuw laden de sleutel toepast, betekenis
    .markdown = Als de Markdown-tabel van de README
help-config-set = Een sleutel instellen (lijsten als a,b of als TOML-array); wordt gevalideerd voordat er iets wordt geschreven
help-config-unset = Een sleutel uit het bestand verwijderen, zodat de standaardwaarde geldt
help-allowed-host = Toegestane bestemmingen weergeven, toevoegen of verwijderen (*-OMSGatewayAllowedHost)
help-allowed-host-list = De hosts die in het bestand zijn geconfigureerd; --all: elke geldende vermelding, inclusief de standaardvermeldingen
help-allowed-host-add = Een host toestaan: naam, *.suffix, IP-literal, of elk daarvan als entry:PORT
help-allowed-host-remove = Een host niet langer toestaan (precies zoals weergegeven)
help-allowed-host-suggest = Na een uitrol in de modus report (policy_mode): de exacte vermeldingen die zouden hebben toegestaan wat de acceptatielijst zou weigeren, afgeleid uit de would-deny-gebeurtenissen van een JSON-logboek (`-`: stdin)
help-allowed-client-cert = Toegestane onderwerpen van clientcertificaten weergeven, toevoegen of verwijderen (*-OMSGatewayAllowedClientCertificate)
help-allowed-client-cert-list = De toegestane onderwerpen
help-allowed-client-cert-add = Een onderwerp toestaan: een volledige DN of CN=...
help-allowed-client-cert-remove = Een onderwerp niet langer toestaan (precies zoals weergegeven)
help-relay-proxy = De relayproxy (upstream) weergeven, instellen of wissen (*-OMSGatewayRelayProxy)
help-relay-proxy-get = De relayproxy's en de regels die ze kiezen weergeven (wachtwoorden worden nooit weergegeven)
help-relay-proxy-set = Tunnels via één relayproxy leiden, http[s]://HOST:PORT (vervangt een eventuele lijst)
    .address = De relayproxy, http://HOST:PORT (of HOST:PORT, [IPv6]:PORT)
    .username = Gebruiker voor Basic-verificatie bij de relayproxy (weglaten voor geen; `add` accepteert ook USER@ in de URL)
    .password-stdin = Het wachtwoord van standaardinvoer lezen (opgeslagen naast de configuratie: modus 0640, groep van de configuratie)
    .password-file = Het wachtwoord uit dit bestand lezen (bij het starten en bij opnieuw laden)
help-relay-proxy-add = Een relayproxy toevoegen aan `relay_proxies`, geprobeerd na de relayproxy's die ervoor staan (een aanwezige `relay_proxy` wordt de eerste van de lijst)
    .url = http[s]://[USER@]HOST:PORT (of HOST:PORT)
    .username = Gebruiker voor Basic-verificatie bij de relayproxy (weglaten voor geen; `add` accepteert ook USER@ in de URL)
    .password-stdin = Het wachtwoord van standaardinvoer lezen (opgeslagen naast de configuratie: modus 0640, groep van de configuratie)
    .password-file = Het wachtwoord uit dit bestand lezen (bij het starten en bij opnieuw laden)
help-relay-proxy-remove = Een relayproxy verwijderen (HOST:PORT of de URL ervan)
help-relay-proxy-clear = Weer rechtstreeks verbinden (alle relayproxy's verwijderd)
help-agent-user = Gebruikers van de agents toevoegen, verwijderen of weergeven (client_auth = "basic"): het gebruikersbestand dat de configuratie noemt (client_auth_users_file; zonder opgave `agent-users` naast de configuratie)
help-agent-user-list = De gebruikers, gesorteerd
help-agent-user-add = Een gebruiker toevoegen of een nieuw wachtwoord geven: gelezen van standaardinvoer (op een terminal zonder echo gevraagd), nooit van de opdrachtregel; opgeslagen als bcrypt-hash
    .cost = bcrypt-kostenfactor (4-15): elke stap verdubbelt de duur van een niet-gecachte controle (kostenfactor 10 is ~50-150 ms van één kern). Met lange willekeurige agentwachtwoorden is een lagere kostenfactor veilig en kan een opnieuw gestart knooppunt duizenden agents sneller opnieuw controleren
help-agent-user-remove = Een gebruiker verwijderen: de agents ervan krijgen vanaf het volgende opnieuw laden 407
help-reload = De actieve gateways met deze configuratie opdracht geven die opnieuw te laden; open tunnels blijven behouden
help-drain = De actieve gateways met deze configuratie laten leeglopen zoals SIGTERM dat doet; daarna sluiten ze af. Afsluitstatus 0: loopt leeg, 1: geen gateway actief, 2: geweigerd
    .long =
        De actieve gateways met deze configuratie laten leeglopen zoals SIGTERM dat doet; daarna sluiten ze af. Afsluitstatus 0: loopt leeg, 1: geen gateway actief, 2: geweigerd.

        /readyz antwoordt meteen met 503, terwijl nieuwe tunnels nog gedurende drain_grace worden bediend (een load balancer haalt het knooppunt intussen uit de pool); daarna worden de listeners gesloten, krijgen open tunnels maximaal drain_timeout en sluit het proces af met 0: wat daarna gebeurt, bepaalt het Restart=-beleid van systemd of de operator (een rolling restart: laten leeglopen, wachten tot het proces is afgesloten, starten). Opnieuw aangeroepen tijdens de respijtperiode, beëindigt de opdracht die respijtperiode meteen.
help-status = De actieve gateways met deze configuratie naar hun toestand vragen: pid, versie, uptime, configuratiegeneratie, laatste keer opnieuw geladen, gereed of leeglopend, tunnels en clients ten opzichte van hun limieten, weigeringen en fouten van de laatste 5 minuten. Afsluitstatus 0: actief en gereed, 1: niet actief, 3: loopt leeg (niet gereed), 4: geen bruikbaar antwoord
    .output = `text` of `json`
help-top = De drukste vermeldingen van de acceptatielijst en de vaakst geweigerde bestemmingen van de laatste 5 minuten, op een terminal elke 2 s opnieuw getekend tot Ctrl-C (naar een pipe één keer). Afsluitstatus 0 als een gateway heeft geantwoord, 1 als er geen actief is
    .once = Eén keer weergeven en afsluiten, ook op een terminal
    .output = `text` of `json`
help-explain = Aangeven wat het beleid voor HOST[:PORT] beslist en waarom: de vermelding die het toestaat, of de dichtstbijzijnde vermeldingen en waarom elk ervan dat niet doet. Afsluitstatus 0: toegestaan, 1: geweigerd, 2: ongeldige invoer
    .target = HOST, HOST:PORT, IP of [IPv6]:PORT (poort 443 als er geen is opgegeven)
    .output = `text` of `json`
help-init = Een configuratie schrijven (de installatiewizard van het origineel): vraagt op een terminal, of neemt elk antwoord als optie; gecontroleerd zoals `run` haar leest; meldt wat op de agents moet worden ingesteld
    .workspace-id = Log Analytics-werkruimte-id (GUID); herhalen voor meer
    .region = Azure-regio (ARM-naam, bijv. westeurope); herhalen voor meer
    .cloud = public, usgov of china
    .services = Door komma's gescheiden: azure_monitor_agent, log_analytics_agent, automation, arc
    .dce-host = De host voor logboekopname van een eindpunt voor gegevensverzameling; herhalen voor meer
    .listen-port = De poort waarmee de agents verbinding maken, 1-65535 (standaard 8080)
    .relay-proxy = De relayproxy (upstream), http://HOST:PORT
    .relay-username = Gebruiker voor Basic-verificatie bij de relayproxy
    .relay-password-stdin = Het wachtwoord van de relayproxy van standaardinvoer lezen (opgeslagen naast de configuratie, 0640)
    .force = Een bestaand configuratiebestand vervangen
help-import-oms = De cmdlet-uitvoer van de Windows-gateway (Get-OMSGateway*, als tekst of ConvertTo-Json) en MSI-eigenschappen (PORTNUMBER=…) omzetten in een omsgate-configuratie; meldt wat niet kon worden overgenomen en waarom
    .files = Bestanden met de uitvoer van de cmdlets of de msiexec-opdrachtregel (`-`: stdin)
    .write = De configuratie naar --config schrijven (geweigerd als die bestaat, tenzij met --force); zonder deze optie wordt de configuratie weergegeven
    .force = Een bestaand bestand vervangen
help-generate = De manpagina's en shell-aanvullingen in DIR schrijven (de pakketbuild voert dit uit)
