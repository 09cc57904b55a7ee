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
# Placeables in config-* stay as they are in every language: $key, $keys, $single,
# $listed… are config keys; $value is a value as the file writes it (quoted); $setting
# is `key = value`; $form, $example(s), $command, $flag are what to type; $problem,
# $error, $warning nest another message (or a library's own text) in the same language.
# config-key-is shows `key = <problem>` where the problem starts with the value.

config-not-a-string = { $value } is geen tekenreeks
config-not-a-list = { $value } is geen lijst
config-not-true-or-false = { $value } is niet true of false
config-not-a-whole-number = { $value } is geen geheel getal
config-not-a-whole-number-in-range = { $value } is geen geheel getal van { $min } tot { $max }
config-not-a-port = { $value } is geen TCP-poort ({ $min }-{ $max })
config-not-a-whole-number-or = { $value } is geen geheel getal en niet { $word }
config-not-an-ip-address = { $value } is geen IPv4- of IPv6-adres
config-not-an-address-and-port = { $value } is niet { $form } (bijv. { $examples }) en niet { $off } voor uit
config-not-a-relay-password-file = { $value } is niet { $form } (host:poort van de relayproxy zoals in de URL, dan het wachtwoordbestand)
config-not-a-relay-route = { $value } is geen { $key }-item: schrijf een tabel {"{"} { $hosts }, { $relay } {"}"}; relay mag ook een lijst van relayproxy's zijn, op volgorde geprobeerd
config-relay-route-unknown-field = { $value }: onbekend veld `{ $field }` (een { $key } heeft { $hosts } en { $relay })
config-relay-route-lacks = { $value }: geen { $field }
config-relay-route-routes-nothing = { $value }: { $hosts } routeert niets
config-relay-route-direct = { $value }: een { $key } kan hosts niet direct sturen ({ $relay }): vermeld ze in { $bypass }, de enige plek die zegt wat direct gaat
config-relay-route-no-relay = { $value }: { $relay } noemt geen relayproxy
config-not-a-dns-server = { $value } is geen IP van een DNS-server en niet { $form } ({ $problem })
config-not-one-of = { $value } is niet een van { $choices }
config-not-an-identity = { $value } is geen identiteitstabel ({"{"} { $user } of { $certificate }, { $lists } {"}"})
config-identity-unknown-field = identiteitsveld `{ $field }` is onbekend; velden: { $fields }
config-identity-names-one = een identiteit noemt precies één van { $user } of { $certificate }
config-not-an-address-or-cidr = { $value } is geen adres of CIDR zoals { $example }
config-not-a-guid = { $value } is geen GUID ({ $form }, zoals de portal de id toont)
config-duration-without-unit = { $value } heeft geen eenheid; schrijf bijv. { $examples }
config-duration-not-whole-number = { $value } begint niet met een geheel getal
config-duration-unknown-unit = { $value } heeft de onbekende eenheid { $unit }; gebruik { $units } of { $last }
config-listens-nowhere = { $value } luistert nergens; geef ten minste één adres op
config-limit-out-of-range = moet { $min }..={ $max } of { $word } zijn
config-limit-at-least = moet ten minste { $min } of { $word } zijn
config-duration-at-most = mag hoogstens { $max } zijn
config-dns-ttl-at-most = mag hoogstens { $max } zijn (DNS-TTL's houden op bij een dag)
config-stale-at-most = mag hoogstens { $max } zijn (een week)
config-worker-threads-out-of-range = moet { $min } (één per kern) tot { $max } zijn
config-relay-listed-twice = de relayproxy { $relay } staat er twee keer in
config-password-file-listed-twice = { $relay } heeft meer dan één wachtwoordbestand: laat er één vermelding voor staan
config-unknown-key-near = onbekende sleutel `{ $key }`; bedoelde u `{ $near }`?
config-unknown-key = onbekende sleutel `{ $key }`; bekende sleutels: { $keys }
config-problems = { $first }; { $rest }
config-not-toml = geen geldige TOML: { $error }
config-key-is-table-list = { $key } is een lijst van tabellen: { $sections }-secties
config-key-is-not-table = { $key } moet een waarde zijn, geen tabel
config-key-problem = { $key }: { $problem }
config-key-is = { $key } = { $problem }
config-key-value-problem = { $key } = { $value }: { $problem }
config-default-does-not-parse = de ingebouwde standaardwaarde van { $key } kan niet worden geparseerd: { $error }
config-not-a-region = { $value } is geen ARM-regionaam (kleine letters, geen spaties: { $examples })
config-not-a-dce-host = { $value } is geen host voor logboekopname van een eindpunt voor gegevensverzameling (kleine letters, zoals { $form })
config-not-an-arc-gateway = { $value } is geen host van de Azure Arc-gateway ({ $form }, zoals `{ $command }` die toont)
config-timeout-zero = zou meteen een time-out geven; geef een positieve duur op, zoals { $example }
config-identity-problem = identiteit { $identity }: { $problem }
config-identity-twice = identiteit: { $who } heeft twee { $sections }-vermeldingen
config-user-identity-needs-basic = een gebruikersidentiteit vereist { $setting } (zonder dat heeft geen enkele agent een gebruikersnaam)
config-workspaces-need-services = { $key } vereisen { $services } (de catalogus leidt de hosts van elke werkruimte af voor de services die daar worden genoemd); stel { $services } in
config-proxy-protocol-from-empty = { $setting } met een lege { $key } zou elke header weigeren; vermeld de adressen van de load balancers (bijv. { $example })
config-basic-needs-users-file = { $setting } vereist { $key } (maak het met `{ $command }`)
config-client-certificates-empty = { $setting } met een lege { $key } zou het certificaat van elke agent weigeren; voeg onderwerpen toe ({ $command }) of stel het beleid in op { $off }
config-error-in = { $source }: { $problem }
config-source-embedded = ingebouwde standaard
config-effective-settings-from = effectieve instellingen uit { $source }
config-default-note = standaard
config-relay-proxy-and-proxies = { $single } en { $listed } zijn allebei ingesteld: { $single } is de vorm van { $listed } voor één relayproxy; houd er één (bijv. { $example } en verwijder { $single })
config-relay-proxy-with-user = { $setting }: de gebruiker hoort in { $key } (de vorm { $form } is voor { $listed })
config-relay-credentials-without-proxy = { $keys } zijn ingesteld, maar { $key } is leeg; stel { $setting } in of maak ze leeg
config-too-many-relays = te veel relayproxy's
config-relay-written-differently = { $key }: de relayproxy { $relay } is hier geschreven als { $here } en elders als { $elsewhere }; schrijf hem overal hetzelfde
config-password-file-without-user = { $key } heeft een bestand voor { $relay }, maar de URL ervan noemt geen gebruiker: schrijf { $url }
config-password-file-for-no-relay = { $key } noemt { $relay }, dat in geen enkele { $listed } of { $routes } staat
config-password-file-without-username = { $key } is ingesteld zonder { $username }
config-password-file-readable-by-all = { $key }: { $path } is leesbaar voor elke gebruiker (modus { $mode }): voer { $private } uit (of { $group } met de groep van de service)
config-file-unreadable = { $key }: { $path } kan niet worden gelezen: { $error }
config-file-cannot-be-read = kan het configuratiebestand niet lezen: { $error }
config-tenant-wide-workspace-ingestion = het opname-eindpunt van elke Log Analytics-werkruimte
config-tenant-wide-workspace-management = het beheereindpunt van elke Log Analytics-werkruimte
config-tenant-wide-automation-agent-service = de agentservice van elk Automation-account
config-tenant-wide-automation-endpoints = de eindpunten van elk Automation-account
config-tenant-wide-data-collection-endpoints = elk eindpunt voor gegevensverzameling
config-tenant-wide-storage-blobs = de blobs van elk opslagaccount
config-tenant-wide-storage-tables = de tabellen van elk opslagaccount
config-tenant-wide-storage-queues = de wachtrijen van elk opslagaccount
config-tenant-wide-service-bus = elke Service Bus-naamruimte
config-tenant-wide-key-vaults = elke Key Vault
config-tenant-wide-derived = De eindpuntcatalogus leidt deze af omdat Microsoft voor deze service geen nauwere naam documenteert; `{ $command }` toont wat deze toestaat
config-tenant-wide-narrow = Voer `{ $command }` uit (of stel { $keys } en { $last } in) om in plaats daarvan uw eigen hosts toe te staan; `{ $explain }` toont wat een vermelding toestaat
config-tenant-wide-entry = Vermelding { $entry } in { $key } ({ $origin }) staat { $what } toe, niet alleen die van u: elke agent hier, of malware op een agent, kan gegevens naar elk daarvan verzenden. { $todo }
config-warning = waarschuwing (gebeurtenis { $event }): { $warning }
config-allowlist-in-force = de geldende acceptatielijst, vermelding voor vermelding:
config-identity-may-reach-only = identiteit { $identity } mag alleen het volgende bereiken:
config-in-effect-under-limits = van kracht onder de limieten van dit proces (zoals `{ $command }` zou starten): { $settings }
config-service-user-cannot-read = { $problem }: de service die als { $user } wordt uitgevoerd, zal deze configuratie weigeren; geef het bestand aan de groep ervan ({ $commands }) of geef { $flag } door
config-wrong-configuration = onjuiste configuratie (gebeurtenis { $event }): { $error }
config-log-unreadable = kan { $path } niet lezen: { $error } (gebeurtenis { $event })
config-entry-problem = vermelding { $entry }: { $problem }
config-too-many-entries = meer dan { $max } vermeldingen
config-target-not-authority = het doel moet { $form } zijn (authority-vorm)
config-target-userinfo = het doel mag geen gebruikersgegevens bevatten ({ $form })
config-target-percent = het doel mag geen { $character } bevatten (procentcodering of IPv6-zone)
config-target-control-byte = het doel bevat een stuurteken of een niet-ASCII-byte
config-target-bad-port = de poort moet een getal van { $min } tot { $max } zijn
config-target-empty-label = de host is leeg of heeft een leeg label
config-target-host-too-long = de host is langer dan { $max } bytes
config-target-label-too-long = een label van de host is langer dan { $max } bytes
config-target-bad-host-char = de host bevat een teken dat niet is toegestaan in een DNS-naam
config-target-ambiguous-numeric = de host lijkt numeriek, maar is geen geldig IP-adres
config-target-bad-ipv6 = de host tussen vierkante haken is geen geldig IPv6-adres
config-wildcard-needs-name = een jokerteken heeft een naam erachter nodig, zoals in { $example }
config-wildcard-leftmost-label-as-in = een { $star } mag alleen in het meest linkse label staan, zoals in { $example } of { $other }
config-wildcard-in-ip-address = een jokerteken kan niet voor een deel van een IP-adres staan
config-wildcard-leftmost-label = een { $star } mag alleen in het meest linkse label staan
config-wildcard-one-per-entry = één { $star } per vermelding
config-relays-at-most = { $count } relayproxy's: hoogstens { $max }
config-too-many-relay-routes = te veel { $key }-tabellen
config-relay-url-scheme = { $url }: een relayproxy is { $http } (CONNECT in gewone HTTP) of { $https } (TLS naar de relayproxy), niet { $scheme }
config-relay-url-password = { $url }: een wachtwoord hoort niet in de URL (de configuratie is leesbaar en `{ $command }` geeft haar weer); zet het in een bestand: { $setting }
config-relay-url-problem = { $url }: { $problem }
config-relay-url-empty-user = { $url }: de gebruiker vóór @ is leeg
config-relay-url-not-a-url = { $url } is niet { $form }: { $problem }
config-relay-user-percent = een { $percent } in de gebruiker moet beginnen als { $form } (twee hexadecimale cijfers)
config-relay-user-not-utf8 = de gebruiker is geen UTF-8 nadat { $form } zijn gedecodeerd
config-users-file-problem = { $key } { $path }: { $problem }
config-users-file-unreadable = kan niet worden gelezen: { $error }
config-users-file-line = regel { $line }: { $problem }
config-users-file-not-user-hash = { $form } verwacht (htpasswd-vorm)
config-users-file-user-problem = gebruiker { $user }: { $problem }
config-users-file-user-twice = gebruiker { $user } staat er twee keer in
config-bcrypt-hash-invalid = geen geldige bcrypt-hash ({ $error })
config-argon2-hash-invalid = geen geldige argon2-PHC-tekenreeks ({ $error })
config-hash-refused = de hash is geen bcrypt ({ $bcrypt }, { $htpasswd }) of argon2 ({ $argon2 }); { $refused } en wachtwoorden zonder hash worden geweigerd
config-not-a-user-name = { $user } is geen gebruikersnaam ({ $min }-{ $max } tekens, geen { $colon } of witruimte)
config-not-a-subject = ongeldige { $key }-vermelding { $value }: verwacht werd een onderwerp-DN zoals { $examples } of { $example }
config-region-in-other-cloud = { $key }: { $region } ligt in de cloud { $cloud }, maar { $setting }
config-dce-host-in-other-cloud = { $key }: { $host } is geen eindpunt voor gegevensverzameling van de cloud { $cloud } ({ $suffix })
config-arc-gateway-not-public = { $key } is ingesteld, maar de Azure Arc-gateway bestaat alleen in de openbare cloud ({ $setting })
config-automation-region-unknown = { $key } bevat { $service }, maar Microsoft vermeldt geen Automation-eindpunten voor regio { $region } ({ $regions }); zie `{ $command }`
config-automation-region-needs-accounts = { $key } bevat { $service }: regio { $region } heeft alleen accountspecifieke Automation-eindpunten; stel { $accounts } in (de GUID in de URL van het account, pagina Sleutels)
config-endpoint-needs-key = { $services } bevat { $service }, waarvan het eindpunt voor de { $purpose } ({ $template }) { $key } vereist; stel { $key } in
config-ca-file-not-pem = { $key } { $path } kan niet als PEM-certificaten worden gelezen: { $error }
config-ca-file-empty = { $key } { $path } bevat geen certificaat
config-ca-file-unusable = { $key } { $path }: een certificaat is geen bruikbare CA: { $error }
config-no-system-roots = een { $https }-relayproxy heeft vertrouwde basiscertificaten nodig, en het archief van het systeem bevat er geen
config-no-system-roots-because = { $problem } ({ $error })
config-install-roots = { $problem }; installeer { $package } of stel { $key } in
config-relay-tls-settings = TLS-instellingen voor relayproxy's: { $error }
config-dns-server-examples = bijv. { $examples }; geen naam
config-dns-server-port-zero = poort { $port }

## Edits of the config and what they print: config get/set/unset/keys, allowed-host,
## allowed-client-cert, relay-proxy, agent-user, reload; `check`'s report (edit-*).
# A command that could not do what it was asked: the error, then its event ID.
edit-failed = omsgate: { $error } (gebeurtenis { $event })
# What an edit did; $path is the config file.
edit-key-set = { $key } ingesteld in { $path }
edit-key-unset = { $key } teruggezet op de standaardwaarde in { $path }
edit-host-added = toegestane host { $host } toegevoegd in { $path }
edit-host-removed = toegestane host { $host } verwijderd uit { $path }
# $subject is quoted ("CN=agent-1").
edit-cert-added = onderwerp { $subject } van clientcertificaat toegevoegd in { $path }
edit-cert-removed = onderwerp { $subject } van clientcertificaat verwijderd uit { $path }
edit-relay-set = relayproxy ingesteld op { $address } in { $path }
edit-relays-cleared = relayproxy's gewist in { $path }; tunnels maken rechtstreeks verbinding
edit-relay-added = relayproxy { $url } toegevoegd in { $path }
edit-relay-removed = relayproxy { $relay } verwijderd uit { $path }
edit-agent-user-added = agentgebruiker { $user } toegevoegd (of het wachtwoord ervan gewijzigd) in { $path }
edit-agent-user-removed = agentgebruiker { $user } verwijderd uit { $path }
# Telling the running gateways to reload: $message and $event are the gateway's answer.
edit-no-gateway = geen actieve gateway gebruikt { $path }; de wijziging geldt zodra deze start
edit-reload-nothing = geen actieve gateway gebruikt { $path }: niets om opnieuw te laden (is deze gestart, en met deze { $flag }?)
edit-reloaded = actieve gateway (pid { $pid }) opgedragen opnieuw te laden: { $message } (gebeurtenis { $event })
edit-reload-draining = gateway met pid { $pid } wordt gestopt en is niet opnieuw geladen: { $message }
edit-reload-refused = de actieve gateway (pid { $pid }) heeft de wijziging niet toegepast (gebeurtenis { $event }): { $message }
# Why an edit was refused; nothing was written. $key is a config key, $reason says what is wrong with its value.
edit-key-value = { $key }: { $reason }
edit-not-a-list = { $key }: de waarde in het bestand is geen lijst
edit-not-listed = { $value } staat niet in { $key }; `omsgate { $list }` toont de vermeldingen
edit-would-not-run = de bewerkte configuratie zou niet werken, dus er is niets geschreven: { $reason }
edit-not-toml = { $path } is geen geldige TOML en kan dus niet veilig worden bewerkt: { $error }
edit-cannot-chown = kan het nieuwe bestand niet eigenaar { $owner } en groep { $group } geven zoals { $path } heeft ({ $error }); voer uit als root of als de eigenaar
edit-too-many-symlinks = { $path }: meer dan { $max } symbolische koppelingen
# $flag is the command line's option, --username.
edit-relay-two-users = { $url } noemt gebruiker { $user }, maar { $flag } zegt { $username }: geef er één op
edit-relay-listed-already = { $key } bevat { $address } al: eerst `omsgate relay-proxy remove { $address }`
edit-relay-password-without-user = een wachtwoordbestand voor { $address } zonder gebruiker: geef { $flag } op (of { $url })
edit-users-file-refused = { $key } { $file }: { $reason }
edit-password-prompt = Wachtwoord voor agentgebruiker { $user } (wordt niet weergegeven):
edit-password-empty = een leeg wachtwoord wordt geweigerd; geef het op via stdin
edit-agent-users-none = geen { $key } in { $path }: geen agentgebruikers
# config keys: one line per key; $applies is edit-applies-reload or edit-applies-restart, padded.
edit-key-row = { $key } { $applies } standaard { $default }  — { $meaning }
edit-applies-reload = opnieuw laden
edit-applies-restart = herstarten
# An allowlist entry in words (allowed-host list --all, check, explain): where it comes from, how it is read, its ports.
edit-entry = { $origin }: { $reading }; { $ports }
edit-entry-port = alleen poort { $port }
edit-entry-ports = poorten { $ports } ({ $key })
# relay-proxy get
edit-relay-none = geen relayproxy: tunnels maken rechtstreeks verbinding
edit-relay-default-direct = standaard: rechtstreeks (geen { $single } of { $listed })
edit-relay-default = standaard ({ $key }), op volgorde geprobeerd:
edit-relay-credentials = { $url }  (gebruiker { $user }, { $password })
edit-relay-no-credentials = { $url }  (geen referenties)
edit-relay-password-file = wachtwoord gelezen uit { $file }
edit-relay-no-password = geen wachtwoord
edit-relay-bypass = rechtstreeks ({ $key }): { $hosts }
edit-relay-route = { $key } { $number }: { $hosts }
edit-relay-retry = een relayproxy die faalt, wordt overgeslagen gedurende { $key } ({ $duration })
edit-relay-ca-file = https://-relayproxy's moeten een certificaat uit { $file } tonen
edit-relay-ca-system = https://-relayproxy's moeten een certificaat tonen dat het systeem vertrouwt
# check run as root: a file the service's user could not read.
edit-cannot-enter = { $user } kan { $dir } niet openen
edit-cannot-read = { $user } kan { $file } niet lezen
edit-file-mode = { $path } (modus { $mode }, eigenaar { $owner }, groep { $group })

## What the policy decides and why: explain, allowed-host suggest (explain-*).
# explain HOST: the decision, the entry that allowed it or the nearest entries, then what is checked afterwards.
explain-failed = omsgate: { $error } (gebeurtenis { $event })
explain-not-a-target = { $target } is niet HOST, HOST:PORT, IP of [IPv6]:PORT
explain-allowed = toegestaan: { $target }
explain-allowed-by = door { $entry }  ({ $why })
# $reason is the stable reason name (host_not_allowed), $message the reason in words.
explain-denied = geweigerd: { $target } (gebeurtenis { $event }, { $reason }): { $message }
explain-no-near = geen enkele vermelding komt in de buurt
explain-report-mode = { $setting }: het wordt doorgelaten en gelogd als gebeurtenis { $event } met { $field }
explain-then = daarna:
explain-then-were-it-allowed = daarna, als het was toegestaan:
explain-route = route: { $route }
# The way a tunnel leaves the gateway.
explain-route-direct = rechtstreeks (er is geen relayproxy geconfigureerd)
explain-route-default = via { $relays } ({ $key }; geen vermelding in { $bypass } of { $route } noemt het)
explain-route-bypass = rechtstreeks, door vermelding { $entry } in { $key }
explain-route-by-rule = via { $relays }, door vermelding { $entry } in { $key } { $number }
explain-relay-one = de relayproxy { $relay }
explain-relays = de relayproxy's { $relays } op volgorde (een die faalt, wordt overgeslagen gedurende { $key })
# Joins relay proxies in the order they are tried: "a, then b".
explain-relay-then = { $first }, dan { $next }
# Why a near entry does not allow the target.
explain-near-port = komt overeen met de host, maar staat { $ports } toe, niet { $port }
explain-near-only-port = alleen poort { $port }
explain-near-default-ports = de poorten in { $key } { $ports }
explain-near-below = komt overeen met namen onder { $name }, niet met { $name } zelf; voeg { $name } toe om het toe te staan
explain-near-lookalike = { $host } eindigt alleen op de letters van { $name }: het is niet { $name } en ook geen naam daaronder
explain-near-label = het eerste label moet { $prefix }…{ $suffix } zijn, met een of meer tekens op de plaats van de *
explain-near-same-domain = in hetzelfde domein, maar komt overeen met { $reading }
# What is checked after the allowlist.
explain-after-vetted = de naam wordt één keer omgezet en elk adres wordt gecontroleerd voordat er een wordt gekozen: nooit het niet-opgegeven adres (0.0.0.0, ::) en nooit de eigen listeners van deze gateway
explain-after-private-allowed = { $setting }: loopback-, privé- en link-local-adressen mogen worden gekozen
explain-after-ip-listed = de IP-literal staat er precies in en mag dus worden gekozen, ook als deze privé is
explain-after-private-refused = loopback-, privé-, link-local-adressen (inclusief cloudmetagegevens) en andere niet-openbare adressen worden geweigerd ({ $setting })
# Where an entry comes from; $from names the settings it was derived from.
explain-origin-file = bestand
explain-origin-default = standaard
explain-origin-derived = afgeleid: { $from }
# How an entry is read.
explain-reading-exact = precies { $name }
explain-reading-below = elke naam onder { $name } (niet { $name } zelf)
explain-reading-in-label = een naam { $prefix }…{ $suffix }.{ $rest } waarvan het eerste label een of meer tekens heeft op de plaats van de *
explain-reading-this-and-below = { $name } en elke naam daaronder (de *{ $name } zonder punt van Microsoft)
explain-reading-ip = precies het adres { $ip }
# Why a tunnel is refused (the JSON log keeps the English).
explain-deny-host = bestemming { $host } staat niet in { $key }
explain-deny-port = poort { $port } is niet toegestaan voor { $host } ({ $key }, of een host:poort-vermelding)
explain-deny-private = { $target } wordt omgezet in { $ip }, een { $class }-adres; stel { $setting } in of neem het IP-adres zelf op in de acceptatielijst om het toe te staan
explain-deny-unspecified = { $target } leidt naar { $ip }, een niet-opgegeven adres: een verbinding daarmee bereikt deze host, dus het is nooit een bestemming (noch { $hosts } noch { $private } kan het toestaan)
explain-deny-own = { $addr } is deze gateway: deze luistert op die poort en het adres is een van die van deze host; een tunnel ernaartoe zou een lus vormen
explain-deny-maybe-own = { $addr } is mogelijk deze gateway (deze luistert op die poort) en de adressen van deze host kunnen niet worden gelezen ({ $error }); geweigerd voor het geval een tunnel ernaartoe een lus zou vormen
explain-deny-identity = bestemming { $target } is niet toegestaan voor identiteit { $identity } (de { $section } { $hosts } en { $workspaces } ervan, of { $shared })
explain-as-user = als { $identity }: alleen beslist op de eigen lijst van die { $section }-sectie (de { $hosts }, de hosts afgeleid van de { $workspaces } en { $shared })
explain-as-certificate = als { $identity }: over de CONNECT beslist de globale acceptatielijst; zodra het Certificate-bericht van de agent is gelezen (TLS 1.2 en ouder), beslist ook de eigen lijst van die { $section }-sectie (de { $hosts }, de hosts afgeleid van de { $workspaces } en { $shared }); over een agent met TLS 1.3 beslist alleen de globale acceptatielijst
explain-as-unbound = geen { $section }-sectie noemt { $identity }: over zo'n agent beslist de globale acceptatielijst
explain-identity-form = { $identity } noemt geen identiteit: geef user=NAME of certificate=SUBJECT op
explain-identities-hint = over agents die een { $section }-sectie noemt, beslist de eigen lijst daarvan: { $flag } legt het voor één ervan uit
# allowed-host suggest: lines of a config comment (the code writes the "# ").
explain-suggest-none = geen would-deny-gebeurtenissen (gebeurtenis { $event } met { $field }) in het logboek
explain-suggest-total = { $tunnels ->
        [one] { $tunnels } tunnel zou zijn geweigerd; deze exacte vermeldingen zouden hem toestaan.
       *[other] { $tunnels } tunnels zouden zijn geweigerd; deze exacte vermeldingen zouden ze toestaan.
    }
explain-suggest-review = Controleer elke vermelding vóór `{ $command }`: alleen wat de agents nodig hebben.
explain-suggest-entry = { $tunnels ->
        [one] { $tunnels } tunnel, eerst om { $first }
       *[other] { $tunnels } tunnels, eerst om { $first }
    }

## The running gateways: status, top, drain (status-*).
status-not-running = niet actief: geen gateway gebruikt { $config }
status-no-answer = omsgate (pid { $pid }): actief, maar de status kon niet worden gelezen (een oudere omsgate?): { $answer }
status-gateway = omsgate { $version } (pid { $pid }): actief, { $state }; sinds { $uptime }
status-state-ready = gereed
# $readyz is /readyz, the health check URL path.
status-state-draining-accepting = LOOPT LEEG (wordt gestopt: { $readyz } meldt 503, accepteert nog)
status-state-draining-closed = LOOPT LEEG (wordt gestopt: listeners gesloten, { $open ->
        [one] { $open } tunnel nog open
       *[other] { $open } tunnels nog open
    })
# The labels of status's lines; the rest of each line follows in a column after the widest.
status-label-config = configuratie
status-label-last-reload = laatst opnieuw geladen
status-label-listening = luistert
status-label-tunnels = tunnels
status-label-clients = clients
status-label-recent = recent
# $generation counts the configs loaded (1 at start); $policy is the key and its value (policy_mode enforce).
status-config = { $source }, generatie { $generation }, { $entries ->
        [one] { $entries } vermelding in de acceptatielijst
       *[other] { $entries } vermeldingen in de acceptatielijst
    }, { $policy }
status-last-reload-none = geen sinds de start
# $ago is a duration as 5m23s; $outcome is status-reload-ok or -refused; $message is the gateway's own (English) words.
status-last-reload = { $ago } geleden: { $outcome } — { $message }
status-reload-ok = ok
status-reload-refused = GEWEIGERD
# $metrics is the metrics address, or status-metrics-off.
status-listening = { $addresses }; metrische gegevens { $metrics }
status-metrics-off = uit
# $limit is the key and its value (max_connections 500); $percent has one decimal when it is not whole (0.2).
status-tunnels = { $open } open van { $limit } ({ $percent }%)
# $limit is the key and its value (max_connections_per_client 50), or status-no-client-limit.
status-clients = { $connected } verbonden ({ $limit })
status-clients-busiest = { $connected } verbonden; drukste { $address } met { $open } open ({ $limit })
# $key is max_connections_per_client, which is 0: no limit.
status-no-client-limit = geen { $key }
# $window is status-recent-since-start or status-recent-last; a duration as 4m10s inside each.
status-recent = { $window }:
status-recent-since-start = sinds de start ({ $window })
status-recent-last = in de laatste { $window }
status-recent-tunnels-opened = geopende tunnels: { $count }
# $list: reasons as the log names them (host_not_allowed 6, …), or status-none.
status-recent-rejections = weigeringen per reden: { $list }
# $list: event IDs and counts (105 ×6, …), or status-none.
status-recent-errors = fouten per gebeurtenis-id: { $list }
status-none = geen
# Sizes in powers of 1000; $value has one decimal when it is not whole (1.5).
status-bytes-b = { $value } B
status-bytes-kb = { $value } kB
status-bytes-mb = { $value } MB
status-bytes-gb = { $value } GB
status-bytes-tb = { $value } TB
status-top-heading = omsgate top: pid { $pid }, { $config }, de laatste { $window }
# The columns of top's two tables (capitals, as column headings).
status-top-busiest-entries = DRUKSTE VERMELDINGEN IN DE ACCEPTATIELIJST
status-top-tunnels = TUNNELS
status-top-open = OPEN
status-top-bytes = BYTES
status-top-no-tunnels = (geen tunnels)
status-top-most-refused = VAAKST GEWEIGERDE BESTEMMINGEN
status-top-refused = GEWEIGERD
status-top-reason = REDEN
status-top-no-refusals = (geen weigeringen)
# $keys is Ctrl-C.
status-top-refresh = (elke { $seconds } s; { $keys } stopt)
status-top-no-answer = { $count ->
        [one] { $count } gateway gebruikt
       *[other] { $count } gateways gebruiken
    } { $config }, maar geen enkele heeft op { $command } geantwoord (een oudere omsgate?)
# $flag is --config.
status-drain-none = geen actieve gateway gebruikt { $config }: niets om te laten leeglopen (is deze gestart, en met deze { $flag }? een gateway waarvan de listeners gesloten zijn, loopt al leeg) (gebeurtenis { $event })
# $message is the gateway's own answer (English, as its log says it).
status-drain-told = actieve gateway (pid { $pid }) opgedragen leeg te lopen: { $message } (gebeurtenis { $event })
status-drain-refused = de actieve gateway (pid { $pid }) is niet leeggelopen (gebeurtenis { $event }): { $message }

## Writing a config: init's questions, import-oms (setup-*).
# $error says what was wrong (a config error, or a file's); $event is the event ID (401, 400).
setup-nothing-written = { $error } (gebeurtenis { $event }); er is niets geschreven
# After "omsgate init: ". [default] stands for the default each question shows in brackets: translate the word, keep the brackets.
setup-init-intro = een configuratie voor { $path } (Enter behoudt de [standaardwaarde]).
# $force and $edit are commands: omsgate init --force, omsgate config set.
setup-init-exists = { $path } bestaat al; `{ $force }` vervangt het (of bewerk het met `{ $edit }`)
# init's questions; each is followed by its default in brackets and a colon. Service, cloud and region names are config values: keep them as they are.
setup-ask-listen-port = Luisterpoort waarmee agents verbinding maken (1-65535)
# $names: the service names a config takes (azure_monitor_agent, log_analytics_agent, …).
setup-ask-services = Services ({ $names }; door komma's gescheiden)
# $names: public, usgov, china.
setup-ask-cloud = Azure-cloud ({ $names })
setup-ask-workspace-ids = Log Analytics-werkruimte-id('s), door komma's gescheiden
# $example: westeurope.
setup-ask-regions = Azure-regio('s) van de machines en de werkruimte (ARM-naam, bijv. { $example })
# $form: http://host:port.
setup-ask-relay-proxy = Relayproxy waarlangs deze gateway naar buiten gaat ({ $form }; leeg: rechtstreeks verbinden)
setup-ask-relay-username = Gebruikersnaam voor de relayproxy (leeg: geen)
setup-ask-relay-password = Wachtwoord voor de relayproxy (wordt niet weergegeven)
# $flag needs $needed: two flags of init.
setup-flag-needs-flag = { $flag } vereist { $needed }
setup-no-password-on-stdin = geen wachtwoord op stdin
# $error is the operating system's reason.
setup-cannot-read-password = kan het wachtwoord niet lezen van de terminal: { $error }
setup-stdin-closed = stdin is gesloten voordat elke vraag was beantwoord
setup-cannot-read-stdin = kan stdin niet lezen: { $error }
# $error says what is wrong with the answer (the key's own check).
setup-try-again = { $error }; probeer het opnieuw
setup-services-need-one = de gekozen services hebben er ten minste één nodig; probeer het opnieuw
# $key is a config key, $flag the flag that gives it (--workspace-id).
setup-key-needed = { $key } is nodig voor de gekozen services; geef { $flag } op
# $command: omsgate run.
setup-init-wrote = { $path } geschreven (gecontroleerd zoals `{ $command }` het leest): { $entries ->
        [one] { $entries } vermelding in de acceptatielijst
       *[other] { $entries } vermeldingen in de acceptatielijst
    }, { $derived } afgeleid uit de eindpuntcatalogus
# A comment after the command `omsgate check --config FILE`.
setup-init-check-hint = elke vermelding en waar deze vandaan komt
# What to set on the agents; $host is this machine's name, $proxy the gateway's address (http://host:port).
setup-agents-heading = Op de agents (gebruik achter een load balancer het adres daarvan in plaats van { $host }):
setup-agents-ama = Azure Monitor Agent, extensie-instellingen (omsgate vraagt agents niet om referenties):
setup-agents-mma-windows = Log Analytics-agent (MMA) voor Windows: Proxy Settings -> proxyserver { $proxy }, geen gebruikersnaam
# $files: proxy.conf / omsadmin.sh.
setup-agents-oms-linux = Log Analytics-agent voor Linux: proxy { $proxy } (de proxyinstelling in { $files })
setup-agents-operations-manager = Operations Manager: Configure Proxy Server -> { $proxy }
# $command: the agent's command with the address.
setup-agents-arc = Azure Connected Machine-agent: { $command }
setup-load-balancer = Op de load balancer: TCP-poort { $port } naar elk knooppunt; statustest TCP { $port }
# $request: HTTP GET /readyz.
setup-load-balancer-readyz = (of { $request } op poort { $port }: 200 zolang het knooppunt tunnels accepteert)
# import-oms: reads the Windows gateway's cmdlet output and setup command line. Cmdlet, property and command names stay as they are.
setup-import-cannot-read = kan { $file } niet lezen: { $error } (gebeurtenis { $event })
# After "omsgate: ". $note is one of the setup-import notes below.
setup-import-note = opmerking: { $note }
setup-import-all-mapped = elk item is toegewezen
setup-import-not-mapped = { $count ->
        [one] { $count } item kon niet worden toegewezen:
       *[other] { $count } items konden niet worden toegewezen:
    }
# $error says why the config would not run (a config error).
setup-import-would-not-run = de geïmporteerde configuratie zou niet werken: { $error } (gebeurtenis { $event })
setup-import-wrote = { $path } geschreven (gecontroleerd zoals `{ $command }` het leest): { $entries ->
        [one] { $entries } vermelding in de acceptatielijst
       *[other] { $entries } vermeldingen in de acceptatielijst
    }
# $flag: --force.
setup-import-exists = { $path } bestaat al; { $flag } vervangt het
# Why an item was not mapped (after the item and a colon). $error is the parser's reason, in English.
setup-import-not-json = geen JSON zoals { $cmdlet } het schrijft: { $error }
setup-import-no-cmdlet-value = geen waarde die een cmdlet weergeeft
setup-import-not-this-cmdlet-value = geen waarde die deze cmdlet weergeeft
# $command: the omsgate command that sets it.
setup-import-password-never-shown = de cmdlets tonen het wachtwoord nooit; stel het in met `{ $command }`
setup-import-no-setting = er is geen overeenkomende omsgate-instelling
setup-import-no-setting-keys = er is geen overeenkomende omsgate-instelling (`{ $command }` geeft ze weer)
# Windows setup's properties: $has_proxy is HASPROXY, $proxy PROXY, $has_auth HASAUTH.
setup-import-proxy-without-hasproxy = { $has_proxy } is niet 1, dus setup negeert { $proxy }
setup-import-username-without-hasauth = { $has_auth } en { $has_proxy } zijn niet allebei 1
setup-import-password-not-from-command-line = wordt niet geïmporteerd uit een opdrachtregel; stel het in met `{ $command }`
setup-import-installdir = Windows-installatiemap: geen tegenhanger (het pakket installeert omsgate)
setup-import-licenseaccepted = licentievraag van de Windows-setup: geen tegenhanger
setup-import-unknown-property = geen gedocumenteerde eigenschap van de setup van de gateway
setup-import-not-a-port = geen TCP-poort (1-65535)
# $form: http://host:port.
setup-import-relay-without-port = geen poort: omsgate heeft { $form } nodig en raadt de poort van de relayproxy niet; stel deze in met `{ $command }`
setup-import-not-a-relay-url = geen relayproxy-adres dat omsgate kan gebruiken: { $error }
setup-import-not-a-host = geen { $key }-vermelding: { $error }
setup-import-not-a-subject = geen onderwerp van een clientcertificaat dat omsgate kan vergelijken: { $error }
setup-import-username-without-relay = een gebruikersnaam voor de relayproxy zonder een relayproxy-adres dat kon worden toegewezen
# $what is one of setup-import-what-*; $old and $new are the values in quotes.
setup-import-replaced = { $what } { $old } uit een eerder item wordt vervangen door { $new }
setup-import-what-listen-port = luisterpoort
setup-import-what-relay-proxy = relayproxy
setup-import-what-relay-username = gebruikersnaam voor de relayproxy
setup-import-subject-read-as-cn = onderwerp { $subject } van clientcertificaat wordt gelezen als { $cn } (omsgate vergelijkt een DN of CN=…)
setup-import-families-added = de standaardfamilies van Azure Monitor zijn toegevoegd naast de geïmporteerde hosts: het origineel stond ook zijn automatisch gedownloade eindpunten toe
# generate (the package build's man pages and completions): $error is the operating system's reason.
setup-generate-cannot-write = kan niet schrijven in { $dir }: { $error } (gebeurtenis { $event })

## The command line's errors (clap's, in the operator's language) (args-*).
# $arg is the argument as clap names it (--output <OUTPUT>, <FILES>); $value what was typed.
args-unknown-argument = onverwacht argument '{ $arg }' gevonden
args-unknown-subcommand = onbekende subopdracht '{ $subcommand }'
args-invalid-value = ongeldige waarde '{ $value }' voor '{ $arg }'
# $why: the parser's reason, in English (4..=15 is the range of values it takes).
args-invalid-value-why = ongeldige waarde '{ $value }' voor '{ $arg }': { $why }
args-value-missing = er is een waarde vereist voor '{ $arg }', maar er is geen opgegeven
args-missing-required = { $count ->
        [one] het volgende vereiste argument is niet opgegeven: { $arguments }
       *[other] de volgende vereiste argumenten zijn niet opgegeven: { $arguments }
    }
args-missing-subcommand = '{ $command }' vereist een subopdracht, maar er is geen opgegeven
args-too-many-values = onverwachte waarde '{ $value }' voor '{ $arg }' gevonden; er werden er geen meer verwacht
args-too-few-values = '{ $arg }' vereist { $min } waarden; slechts { $actual ->
        [one] { $actual } is opgegeven
       *[other] { $actual } zijn opgegeven
    }
args-wrong-number-of-values = '{ $arg }' vereist { $expected } waarden, maar { $actual ->
        [one] { $actual } is opgegeven
       *[other] { $actual } zijn opgegeven
    }
args-used-twice = het argument '{ $arg }' kan niet meerdere keren worden gebruikt
args-conflict = het argument '{ $arg }' kan niet worden gebruikt met { $others }
args-conflict-other = het argument '{ $arg }' kan niet worden gebruikt met een of meer van de andere opgegeven argumenten
args-needs-equals = een gelijkteken is vereist bij het toewijzen van waarden aan '{ $arg }'
# A suggestion under the error; $tip is one of the args-similar-*, args-subcommands or args-tip-* messages.
args-tip = tip: { $tip }
# $names: quoted names, 'status', 'top'.
args-similar-subcommand = { $count ->
        [one] er bestaat een vergelijkbare subopdracht: { $names }
       *[other] er bestaan enkele vergelijkbare subopdrachten: { $names }
    }
args-similar-argument = { $count ->
        [one] er bestaat een vergelijkbaar argument: { $names }
       *[other] er bestaan enkele vergelijkbare argumenten: { $names }
    }
args-similar-value = { $count ->
        [one] er bestaat een vergelijkbare waarde: { $names }
       *[other] er bestaan enkele vergelijkbare waarden: { $names }
    }
args-subcommands = subopdrachten: { $names }
args-tip-pass-as-value = gebruik '{ $instead }' om '{ $arg }' als waarde door te geven
args-tip-exists = '{ $name }' bestaat
# $help is --help.
args-try-help = Probeer '{ $help }' voor meer informatie.

## The command line's help: mirrors the doc comments of src/cli/mod.rs (a test keeps them equal).
help-omsgate = HTTP CONNECT-gateway met acceptatielijst voor monitoringagents in geïsoleerde netwerken
    .config = Configuratiebestand (standaard /etc/omsgate/omsgate.toml; als dat niet bestaat, de ingebouwde standaardconfiguratie)
    .lang = Taal van de uitvoer van omsgate (de, fr, ja, pt-BR, zh-Hant, …; standaard uit OMSGATE_LANG, LC_ALL, LC_MESSAGES, LANG). Logboeken en metrische gegevens blijven Engelstalig
help-run = De gateway uitvoeren (standaardopdracht)
help-check = De configuratie valideren en de effectieve instellingen weergeven; afsluitstatus 0 indien geldig, anders 2
    .service-user = Bij uitvoering als root waarschuwen als deze gebruiker (die van de service) een bestand dat de configuratie noemt, niet zou kunnen lezen
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
help-top = De drukste vermeldingen van de acceptatielijst en de vaakst geweigerde bestemmingen van de laatste 5 minuten, op een terminal elke 2 s opnieuw getekend tot Ctrl-C (naar een pipe slechts één keer weergegeven). Afsluitstatus 0 als een gateway heeft geantwoord, 1 als er geen actief is
    .once = Eén keer weergeven en afsluiten, ook op een terminal
    .output = `text` of `json`
help-explain = Aangeven wat het beleid voor HOST[:PORT] beslist en waarom: de vermelding die het toestaat, of de dichtstbijzijnde vermeldingen en waarom elk ervan dat niet doet. Afsluitstatus 0: toegestaan, 1: geweigerd, 2: ongeldige invoer
    .target = HOST, HOST:PORT, IP of [IPv6]:PORT (poort 443 als er geen is opgegeven)
    .output = `text` of `json`
    .identity = Beslissen als de agent van deze `[[identity]]`-sectie, genoemd zoals logregels haar noemen: `user=NAME` of `certificate=SUBJECT`
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
