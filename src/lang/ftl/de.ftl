## omsgate's messages in German (de), translated from en.ftl.
## IDs: help-* the command line's help (mirrors the doc comments in src/cli/mod.rs);
## the rest are built in code with msg!/t! and say what the code is doing.

help-ui =
    .usage = Verwendung:
    .options = Optionen
    .arguments = Argumente
    .commands = Befehle
    .help = Hilfe anzeigen (mehr mit '--help')
    .help-long = Hilfe anzeigen (Zusammenfassung mit '-h')
    .version = Version anzeigen
    .help-command = Diese Meldung oder die Hilfe der angegebenen Unterbefehle anzeigen
help-possible-values = mögliche Werte: { $values }
help-default = Standard: { $value }


## Config errors: what `check`, `run` and every edit say about a value that cannot run (config-*).
# Placeables in config-* stay as they are in every language: $key, $keys, $single,
# $listed… are config keys; $value is a value as the file writes it (quoted); $setting
# is `key = value`; $form, $example(s), $command, $flag are what to type; $problem,
# $error, $warning nest another message (or a library's own text) in the same language.
# config-key-is shows `key = <problem>` where the problem starts with the value.

config-not-a-string = { $value } ist keine Zeichenfolge
config-not-a-list = { $value } ist keine Liste
config-not-true-or-false = { $value } ist weder true noch false
config-not-a-whole-number = { $value } ist keine ganze Zahl
config-not-a-whole-number-in-range = { $value } ist keine ganze Zahl von { $min } bis { $max }
config-not-a-port = { $value } ist kein TCP-Port ({ $min }-{ $max })
config-not-a-whole-number-or = { $value } ist weder eine ganze Zahl noch { $word }
config-not-an-ip-address = { $value } ist keine IPv4- oder IPv6-Adresse
config-not-an-address-and-port = { $value } ist nicht { $form } (z. B. { $examples }) und nicht { $off } für aus
config-not-a-relay-password-file = { $value } ist nicht { $form } (host:port des Relay-Proxys wie in seiner URL, dann seine Kennwortdatei)
config-not-a-relay-route = { $value } ist kein { $key }-Eintrag: eine Tabelle {"{"} { $hosts }, { $relay } {"}"} schreiben; relay darf auch eine Liste von Relay-Proxys sein, der Reihe nach versucht
config-relay-route-unknown-field = { $value }: unbekanntes Feld `{ $field }` (ein { $key } hat { $hosts } und { $relay })
config-relay-route-lacks = { $value }: kein { $field }
config-relay-route-routes-nothing = { $value }: { $hosts } leitet nichts
config-relay-route-direct = { $value }: ein { $key } kann Hosts nicht direkt schicken ({ $relay }): sie in { $bypass } aufführen, der einen Stelle, die sagt, was direkt geht
config-relay-route-no-relay = { $value }: { $relay } nennt keinen Relay-Proxy
config-not-a-dns-server = { $value } ist weder die IP eines DNS-Servers noch { $form } ({ $problem })
config-not-one-of = { $value } ist keiner der Werte { $choices }
config-not-an-identity = { $value } ist keine Identitätstabelle ({"{"} { $user } oder { $certificate }, { $lists } {"}"})
config-identity-unknown-field = Identitätsfeld `{ $field }` ist unbekannt; Felder: { $fields }
config-identity-names-one = eine Identität nennt genau eines von { $user } oder { $certificate }
config-not-an-address-or-cidr = { $value } ist keine Adresse und kein CIDR wie { $example }
config-not-a-guid = { $value } ist keine GUID ({ $form }, wie das Portal die ID anzeigt)
config-duration-without-unit = { $value } hat keine Einheit; z. B. { $examples } schreiben
config-duration-not-whole-number = { $value } beginnt nicht mit einer ganzen Zahl
config-duration-unknown-unit = { $value } hat die unbekannte Einheit { $unit }; { $units } oder { $last } verwenden
config-listens-nowhere = { $value } lauscht nirgends; mindestens eine Adresse angeben
config-limit-out-of-range = muss { $min }..={ $max } oder { $word } sein
config-limit-at-least = muss mindestens { $min } oder { $word } sein
config-duration-at-most = darf höchstens { $max } sein
config-dns-ttl-at-most = darf höchstens { $max } sein (DNS-TTLs enden bei einem Tag)
config-stale-at-most = darf höchstens { $max } sein (eine Woche)
config-worker-threads-out-of-range = muss { $min } (einer pro Kern) bis { $max } sein
config-relay-listed-twice = der Relay-Proxy { $relay } ist zweimal aufgeführt
config-password-file-listed-twice = { $relay } hat mehr als eine Kennwortdatei: behalten Sie nur einen Eintrag dafür
config-unknown-key-near = unbekannter Schlüssel `{ $key }`; meinten Sie `{ $near }`?
config-unknown-key = unbekannter Schlüssel `{ $key }`; bekannte Schlüssel: { $keys }
config-problems = { $first }; { $rest }
config-not-toml = kein gültiges TOML: { $error }
config-key-is-table-list = { $key } ist eine Liste von Tabellen: { $sections }-Abschnitte
config-key-is-not-table = { $key } muss ein Wert sein, keine Tabelle
config-key-problem = { $key }: { $problem }
config-key-is = { $key } = { $problem }
config-key-value-problem = { $key } = { $value }: { $problem }
config-default-does-not-parse = der eingebaute Standardwert von { $key } lässt sich nicht parsen: { $error }
config-not-a-region = { $value } ist kein ARM-Regionsname (Kleinbuchstaben, keine Leerzeichen: { $examples })
config-not-a-dce-host = { $value } ist kein Host für die Protokollerfassung eines Datensammlungsendpunkts (Kleinbuchstaben, wie { $form })
config-not-an-arc-gateway = { $value } ist kein Azure Arc-Gateway-Host ({ $form }, wie `{ $command }` ihn anzeigt)
config-timeout-zero = würde sofort in ein Timeout laufen; eine positive Dauer wie { $example } angeben
config-identity-problem = Identität { $identity }: { $problem }
config-identity-twice = Identität: { $who } hat zwei { $sections }-Einträge
config-user-identity-needs-basic = eine Benutzeridentität erfordert { $setting } (ohne das hat kein Agent einen Benutzernamen)
config-workspaces-need-services = { $key } erfordern { $services } (der Katalog leitet die Hosts jedes Arbeitsbereichs für die dort genannten Dienste ab); { $services } setzen
config-proxy-protocol-from-empty = { $setting } mit leerem { $key } würde jeden Header ablehnen; die Adressen der Load Balancer aufführen (z. B. { $example })
config-basic-needs-users-file = { $setting } erfordert { $key } (mit `{ $command }` erstellen)
config-client-certificates-empty = { $setting } mit leerem { $key } würde das Zertifikat jedes Agents ablehnen; Antragsteller hinzufügen ({ $command }) oder die Richtlinie auf { $off } setzen
config-error-in = { $source }: { $problem }
config-source-embedded = eingebetteter Standard
config-effective-settings-from = wirksame Einstellungen aus { $source }
config-default-note = Standard
config-relay-proxy-and-proxies = { $single } und { $listed } sind beide gesetzt: { $single } ist die Form von { $listed } für einen einzigen Relay-Proxy; eines behalten (z. B. { $example } und { $single } entfernen)
config-relay-proxy-with-user = { $setting }: sein Benutzer gehört in { $key } (die Form { $form } ist für { $listed })
config-relay-credentials-without-proxy = { $keys } sind gesetzt, aber { $key } ist leer; { $setting } setzen oder sie leeren
config-too-many-relays = zu viele Relay-Proxys
config-relay-written-differently = { $key }: der Relay-Proxy { $relay } ist hier als { $here } und anderswo als { $elsewhere } geschrieben; überall gleich schreiben
config-password-file-without-user = { $key } hat eine Datei für { $relay }, aber dessen URL nennt keinen Benutzer: { $url } schreiben
config-password-file-for-no-relay = { $key } nennt { $relay }, das in keinem { $listed } oder { $routes } steht
config-password-file-without-username = { $key } ist ohne { $username } gesetzt
config-password-file-readable-by-all = { $key }: { $path } ist für jeden Benutzer lesbar (Modus { $mode }): { $private } ausführen (oder { $group } mit der Gruppe des Dienstes)
config-file-unreadable = { $key }: { $path } kann nicht gelesen werden: { $error }
config-file-cannot-be-read = die Konfigurationsdatei kann nicht gelesen werden: { $error }
config-tenant-wide-workspace-ingestion = den Erfassungsendpunkt jedes Log Analytics-Arbeitsbereichs
config-tenant-wide-workspace-management = den Verwaltungsendpunkt jedes Log Analytics-Arbeitsbereichs
config-tenant-wide-automation-agent-service = den Agent-Dienst jedes Automation-Kontos
config-tenant-wide-automation-endpoints = die Endpunkte jedes Automation-Kontos
config-tenant-wide-data-collection-endpoints = jeden Datensammlungsendpunkt
config-tenant-wide-storage-blobs = die Blobs jedes Speicherkontos
config-tenant-wide-storage-tables = die Tabellen jedes Speicherkontos
config-tenant-wide-storage-queues = die Warteschlangen jedes Speicherkontos
config-tenant-wide-service-bus = jeden Service Bus-Namespace
config-tenant-wide-key-vaults = jeden Key Vault
config-tenant-wide-derived = Der Endpunktkatalog leitet ihn ab, weil Microsoft für diesen Dienst keinen engeren Namen dokumentiert; `{ $command }` zeigt, was er zulässt
config-tenant-wide-narrow = Führen Sie `{ $command }` aus (oder setzen Sie { $keys } und { $last }), um stattdessen Ihre eigenen Hosts zuzulassen; `{ $explain }` zeigt, was ein Eintrag zulässt
config-tenant-wide-entry = Eintrag { $entry } in { $key } ({ $origin }) lässt { $what } zu, nicht nur Ihre: Jeder Agent hier, oder Schadsoftware auf einem, kann Daten an jeden davon senden. { $todo }
config-warning = Warnung (Ereignis { $event }): { $warning }
config-allowlist-in-force = die wirksame Zulassungsliste, Eintrag für Eintrag:
config-identity-may-reach-only = Identität { $identity } darf nur Folgendes erreichen:
config-in-effect-under-limits = wirksam unter den Limits dieses Prozesses (wie `{ $command }` starten würde): { $settings }
config-service-user-cannot-read = { $problem }: der als { $user } laufende Dienst wird diese Konfiguration ablehnen; die Datei seiner Gruppe geben ({ $commands }) oder { $flag } übergeben
config-wrong-configuration = fehlerhafte Konfiguration (Ereignis { $event }): { $error }
config-log-unreadable = { $path } kann nicht gelesen werden: { $error } (Ereignis { $event })
config-entry-problem = Eintrag { $entry }: { $problem }
config-too-many-entries = mehr als { $max } Einträge
config-target-not-authority = das Ziel muss { $form } sein (Authority-Form)
config-target-userinfo = das Ziel darf keine Benutzerinformationen enthalten ({ $form })
config-target-percent = das Ziel darf kein { $character } enthalten (Prozentkodierung oder IPv6-Zone)
config-target-control-byte = das Ziel enthält ein Steuerzeichen oder ein Nicht-ASCII-Byte
config-target-bad-port = der Port muss eine Zahl von { $min } bis { $max } sein
config-target-empty-label = der Host ist leer oder hat ein leeres Label
config-target-host-too-long = der Host ist länger als { $max } Bytes
config-target-label-too-long = ein Label des Hosts ist länger als { $max } Bytes
config-target-bad-host-char = der Host enthält ein Zeichen, das in einem DNS-Namen nicht zulässig ist
config-target-ambiguous-numeric = der Host sieht numerisch aus, ist aber keine gültige IP-Adresse
config-target-bad-ipv6 = der Host in eckigen Klammern ist keine gültige IPv6-Adresse
config-wildcard-needs-name = ein Platzhalter braucht einen Namen dahinter, wie in { $example }
config-wildcard-leftmost-label-as-in = ein { $star } darf nur im Label ganz links stehen, wie in { $example } oder { $other }
config-wildcard-in-ip-address = ein Platzhalter kann nicht für einen Teil einer IP-Adresse stehen
config-wildcard-leftmost-label = ein { $star } darf nur im Label ganz links stehen
config-wildcard-one-per-entry = ein { $star } pro Eintrag
config-relays-at-most = { $count } Relay-Proxys: höchstens { $max }
config-too-many-relay-routes = zu viele { $key }-Tabellen
config-relay-url-scheme = { $url }: ein Relay-Proxy ist { $http } (CONNECT in reinem HTTP) oder { $https } (TLS zum Relay-Proxy), nicht { $scheme }
config-relay-url-password = { $url }: ein Kennwort gehört nicht in die URL (die Konfiguration ist lesbar, und `{ $command }` gibt sie aus); in eine Datei schreiben: { $setting }
config-relay-url-problem = { $url }: { $problem }
config-relay-url-empty-user = { $url }: der Benutzer vor @ ist leer
config-relay-url-not-a-url = { $url } ist nicht { $form }: { $problem }
config-relay-user-percent = ein { $percent } im Benutzer muss { $form } beginnen (zwei Hexziffern)
config-relay-user-not-utf8 = der Benutzer ist nach dem Dekodieren von { $form } kein UTF-8
config-users-file-problem = { $key } { $path }: { $problem }
config-users-file-unreadable = kann nicht gelesen werden: { $error }
config-users-file-line = Zeile { $line }: { $problem }
config-users-file-not-user-hash = { $form } erwartet (htpasswd-Form)
config-users-file-user-problem = Benutzer { $user }: { $problem }
config-users-file-user-twice = Benutzer { $user } ist zweimal aufgeführt
config-bcrypt-hash-invalid = kein gültiger bcrypt-Hash ({ $error })
config-argon2-hash-invalid = keine gültige argon2-PHC-Zeichenfolge ({ $error })
config-hash-refused = der Hash ist weder bcrypt ({ $bcrypt }, { $htpasswd }) noch argon2 ({ $argon2 }); { $refused } und Klartextkennwörter werden abgelehnt
config-not-a-user-name = { $user } ist kein Benutzername ({ $min }-{ $max } Zeichen, kein { $colon } und kein Leerraum)
config-not-a-subject = ungültiger { $key }-Eintrag { $value }: ein Antragsteller-DN wie { $examples } oder { $example } wird erwartet
config-region-in-other-cloud = { $key }: { $region } liegt in der Cloud { $cloud }, aber { $setting }
config-dce-host-in-other-cloud = { $key }: { $host } ist kein Datensammlungsendpunkt der Cloud { $cloud } ({ $suffix })
config-arc-gateway-not-public = { $key } ist gesetzt, aber das Azure Arc-Gateway gibt es nur in der öffentlichen Cloud ({ $setting })
config-automation-region-unknown = { $key } enthält { $service }, aber Microsoft führt für die Region { $region } keine Automation-Endpunkte auf ({ $regions }); siehe `{ $command }`
config-automation-region-needs-accounts = { $key } enthält { $service }: die Region { $region } hat nur kontospezifische Automation-Endpunkte; { $accounts } setzen (die GUID in der URL des Kontos, Seite „Schlüssel“)
config-endpoint-needs-key = { $services } enthält { $service }, dessen Endpunkt für { $purpose } ({ $template }) { $key } erfordert; { $key } setzen
config-ca-file-not-pem = { $key } { $path } kann nicht als PEM-Zertifikate gelesen werden: { $error }
config-ca-file-empty = { $key } { $path } enthält kein Zertifikat
config-ca-file-unusable = { $key } { $path }: ein Zertifikat ist keine verwendbare Zertifizierungsstelle: { $error }
config-no-system-roots = ein { $https }-Relay-Proxy braucht vertrauenswürdige Stammzertifikate, und der Speicher des Systems enthält keine
config-no-system-roots-because = { $problem } ({ $error })
config-install-roots = { $problem }; { $package } installieren oder { $key } setzen
config-relay-tls-settings = TLS-Einstellungen für Relay-Proxys: { $error }
config-dns-server-examples = z. B. { $examples }; kein Name
config-dns-server-port-zero = Port { $port }

## Edits of the config and what they print: config get/set/unset/keys, allowed-host,
## allowed-client-cert, relay-proxy, agent-user, reload; `check`'s report (edit-*).
# A command that could not do what it was asked: the error, then its event ID.
edit-failed = omsgate: { $error } (Ereignis { $event })
# What an edit did; $path is the config file.
edit-key-set = { $key } in { $path } gesetzt
edit-key-unset = { $key } in { $path } auf den Standardwert zurückgesetzt
edit-host-added = zulässiger Host { $host } in { $path } hinzugefügt
edit-host-removed = zulässiger Host { $host } aus { $path } entfernt
# $subject is quoted ("CN=agent-1").
edit-cert-added = Antragsteller { $subject } des Clientzertifikats in { $path } hinzugefügt
edit-cert-removed = Antragsteller { $subject } des Clientzertifikats aus { $path } entfernt
edit-relay-set = Relay-Proxy in { $path } auf { $address } gesetzt
edit-relays-cleared = Relay-Proxys in { $path } entfernt; Tunnel verbinden direkt
edit-relay-added = Relay-Proxy { $url } in { $path } hinzugefügt
edit-relay-removed = Relay-Proxy { $relay } aus { $path } entfernt
edit-agent-user-added = Agent-Benutzer { $user } in { $path } hinzugefügt (oder sein Kennwort geändert)
edit-agent-user-removed = Agent-Benutzer { $user } aus { $path } entfernt
# Telling the running gateways to reload: $message and $event are the gateway's answer.
edit-no-gateway = kein laufendes Gateway verwendet { $path }; die Änderung gilt, wenn es startet
edit-reload-nothing = kein laufendes Gateway verwendet { $path }: nichts neu zu laden (ist es gestartet, und mit diesem { $flag }?)
edit-reloaded = laufendes Gateway (PID { $pid }) angewiesen, neu zu laden: { $message } (Ereignis { $event })
edit-reload-draining = Gateway mit PID { $pid } wird beendet und wurde nicht neu geladen: { $message }
edit-reload-refused = das laufende Gateway (PID { $pid }) hat sie nicht übernommen (Ereignis { $event }): { $message }
# Why an edit was refused; nothing was written. $key is a config key, $reason says what is wrong with its value.
edit-key-value = { $key }: { $reason }
edit-not-a-list = { $key }: der Wert in der Datei ist keine Liste
edit-not-listed = { $value } steht nicht in { $key }; `omsgate { $list }` zeigt die Einträge
edit-would-not-run = die bearbeitete Konfiguration würde nicht laufen, daher wurde nichts geschrieben: { $reason }
edit-not-toml = { $path } ist kein gültiges TOML und kann daher nicht sicher bearbeitet werden: { $error }
edit-cannot-chown = der neuen Datei können Besitzer { $owner } und Gruppe { $group } nicht wie bei { $path } gegeben werden ({ $error }); als root oder als ihr Besitzer ausführen
edit-too-many-symlinks = { $path }: mehr als { $max } symbolische Links
# $flag is the command line's option, --username.
edit-relay-two-users = { $url } nennt den Benutzer { $user }, aber { $flag } sagt { $username }: einen angeben
edit-relay-listed-already = { $key } enthält { $address } bereits: zuerst `omsgate relay-proxy remove { $address }`
edit-relay-password-without-user = eine Kennwortdatei für { $address } ohne Benutzer: { $flag } angeben (oder { $url })
edit-users-file-refused = { $key } { $file }: { $reason }
edit-password-prompt = Kennwort für Agent-Benutzer { $user } (wird nicht angezeigt):
edit-password-empty = ein leeres Kennwort wird abgelehnt; auf stdin angeben
edit-agent-users-none = kein { $key } in { $path }: keine Agent-Benutzer
# config keys: one line per key; $applies is edit-applies-reload or edit-applies-restart, padded.
edit-key-row = { $key } { $applies } Standard { $default }  — { $meaning }
edit-applies-reload = Neuladen
edit-applies-restart = Neustart
# An allowlist entry in words (allowed-host list --all, check, explain): where it comes from, how it is read, its ports.
edit-entry = { $origin }: { $reading }; { $ports }
edit-entry-port = nur Port { $port }
edit-entry-ports = Ports { $ports } ({ $key })
# relay-proxy get
edit-relay-none = kein Relay-Proxy: Tunnel verbinden direkt
edit-relay-default-direct = Standard: direkt (kein { $single } oder { $listed })
edit-relay-default = Standard ({ $key }), der Reihe nach versucht:
edit-relay-credentials = { $url }  (Benutzer { $user }, { $password })
edit-relay-no-credentials = { $url }  (keine Anmeldeinformationen)
edit-relay-password-file = Kennwort aus { $file } gelesen
edit-relay-no-password = kein Kennwort
edit-relay-bypass = direkt ({ $key }): { $hosts }
edit-relay-route = { $key } { $number }: { $hosts }
edit-relay-retry = ein Relay-Proxy, der fehlschlägt, wird für { $key } ({ $duration }) übersprungen
edit-relay-ca-file = https://-Relay-Proxys müssen ein Zertifikat aus { $file } vorlegen
edit-relay-ca-system = https://-Relay-Proxys müssen ein Zertifikat vorlegen, dem das System vertraut
# check run as root: a file the service's user could not read.
edit-cannot-enter = { $user } kann { $dir } nicht betreten
edit-cannot-read = { $user } kann { $file } nicht lesen
edit-file-mode = { $path } (Modus { $mode }, Besitzer { $owner }, Gruppe { $group })

## What the policy decides and why: explain, allowed-host suggest (explain-*).
# explain HOST: the decision, the entry that allowed it or the nearest entries, then what is checked afterwards.
explain-failed = omsgate: { $error } (Ereignis { $event })
explain-not-a-target = { $target } ist nicht HOST, HOST:PORT, IP oder [IPv6]:PORT
explain-allowed = zugelassen: { $target }
explain-allowed-by = durch { $entry }  ({ $why })
# $reason is the stable reason name (host_not_allowed), $message the reason in words.
explain-denied = abgelehnt: { $target } (Ereignis { $event }, { $reason }): { $message }
explain-no-near = kein Eintrag kommt ihm nahe
explain-report-mode = { $setting }: wird durchgelassen, als Ereignis { $event } mit { $field } protokolliert
explain-then = danach:
explain-then-were-it-allowed = danach, wäre es zugelassen:
explain-route = Weg: { $route }
# The way a tunnel leaves the gateway.
explain-route-direct = direkt (kein Relay-Proxy konfiguriert)
explain-route-default = über { $relays } ({ $key }; kein Eintrag in { $bypass } oder { $route } nennt es)
explain-route-bypass = direkt, durch Eintrag { $entry } in { $key }
explain-route-by-rule = über { $relays }, durch Eintrag { $entry } in { $key } { $number }
explain-relay-one = den Relay-Proxy { $relay }
explain-relays = die Relay-Proxys { $relays } der Reihe nach (einer, der fehlschlägt, wird für { $key } übersprungen)
# Joins relay proxies in the order they are tried: "a, then b".
explain-relay-then = { $first }, dann { $next }
# Why a near entry does not allow the target.
explain-near-port = passt zum Host, lässt aber { $ports } zu, nicht { $port }
explain-near-only-port = nur Port { $port }
explain-near-default-ports = die Ports in { $key } { $ports }
explain-near-below = passt zu Namen unterhalb von { $name }, nicht zu { $name } selbst; { $name } hinzufügen, um es zuzulassen
explain-near-lookalike = { $host } endet nur mit den Buchstaben von { $name }: es ist weder { $name } noch ein Name darunter
explain-near-label = das erste Label muss { $prefix }…{ $suffix } sein, mit einem oder mehr Zeichen an der Stelle des *
explain-near-same-domain = in derselben Domäne, passt aber zu { $reading }
# What is checked after the allowlist.
explain-after-vetted = der Name wird einmal aufgelöst, und jede Adresse wird geprüft, bevor eine gewählt wird: nie die unspezifizierte Adresse (0.0.0.0, ::) und nie die eigenen Listener dieses Gateways
explain-after-private-allowed = { $setting }: Loopback-, private und Link-Local-Adressen dürfen gewählt werden
explain-after-ip-listed = das IP-Literal ist genau aufgeführt, darf also gewählt werden, auch wenn es privat ist
explain-after-private-refused = Loopback-, private, Link-Local- (Cloud-Metadaten eingeschlossen) und andere nicht öffentliche Adressen werden abgelehnt ({ $setting })
# Where an entry comes from; $from names the settings it was derived from.
explain-origin-file = Datei
explain-origin-default = Standard
explain-origin-derived = abgeleitet: { $from }
# How an entry is read.
explain-reading-exact = genau { $name }
explain-reading-below = jeder Name unterhalb von { $name } (nicht { $name } selbst)
explain-reading-in-label = ein Name { $prefix }…{ $suffix }.{ $rest }, dessen erstes Label an der Stelle des * ein oder mehr Zeichen hat
explain-reading-this-and-below = { $name } und jeder Name darunter (Microsofts *{ $name } ohne Punkt)
explain-reading-ip = genau die Adresse { $ip }
# Why a tunnel is refused (the JSON log keeps the English).
explain-deny-host = Ziel { $host } steht nicht in { $key }
explain-deny-port = Port { $port } ist für { $host } nicht zugelassen ({ $key } oder ein host:port-Eintrag)
explain-deny-private = { $target } wird zu { $ip } aufgelöst, einer { $class }-Adresse; { $setting } setzen oder die IP selbst in die Zulassungsliste aufnehmen, um es zu erlauben
explain-deny-unspecified = { $target } führt zu { $ip }, einer unspezifizierten Adresse: eine Verbindung dorthin erreicht diesen Host, daher ist sie nie ein Ziel (weder { $hosts } noch { $private } kann es erlauben)
explain-deny-own = { $addr } ist dieses Gateway: es lauscht auf diesem Port, und die Adresse gehört zu diesem Host; ein Tunnel dorthin wäre eine Schleife
explain-deny-maybe-own = { $addr } ist möglicherweise dieses Gateway (es lauscht auf diesem Port), und die Adressen dieses Hosts können nicht gelesen werden ({ $error }); abgelehnt, falls ein Tunnel dorthin eine Schleife wäre
explain-deny-identity = Ziel { $target } ist für Identität { $identity } nicht zugelassen (ihr { $section } { $hosts } und { $workspaces }, oder { $shared })
explain-as-user = als { $identity }: allein nach der eigenen Liste dieses Abschnitts { $section } entschieden (seine { $hosts }, die für seine { $workspaces } abgeleiteten Hosts und { $shared })
explain-as-certificate = als { $identity }: über das CONNECT entscheidet die globale Zulassungsliste; sobald die Certificate-Nachricht des Agents gelesen ist (TLS 1.2 und älter), zusätzlich die eigene Liste dieses Abschnitts { $section } (seine { $hosts }, die für seine { $workspaces } abgeleiteten Hosts und { $shared }); über einen Agent mit TLS 1.3 entscheidet allein die globale Zulassungsliste
explain-as-unbound = kein Abschnitt { $section } nennt { $identity }: über einen solchen Agent entscheidet die globale Zulassungsliste
explain-identity-form = { $identity } bezeichnet keine Identität: user=NAME oder certificate=SUBJECT angeben
explain-identities-hint = über Agents, die ein Abschnitt { $section } nennt, entscheidet dessen eigene Liste: { $flag } erklärt es für einen davon
# allowed-host suggest: lines of a config comment (the code writes the "# ").
explain-suggest-none = keine would-deny-Ereignisse (Ereignis { $event } mit { $field }) im Log
explain-suggest-total = { $tunnels ->
        [one] { $tunnels } Tunnel wäre abgelehnt worden; diese genauen Einträge würden ihn zulassen.
       *[other] { $tunnels } Tunnel wären abgelehnt worden; diese genauen Einträge würden sie zulassen.
    }
explain-suggest-review = Jeden vor `{ $command }` prüfen: nur, was die Agents brauchen.
explain-suggest-entry = { $tunnels ->
        [one] { $tunnels } Tunnel, zuerst um { $first }
       *[other] { $tunnels } Tunnel, zuerst um { $first }
    }

## The running gateways: status, top, drain (status-*).
status-not-running = läuft nicht: kein Gateway verwendet { $config }
status-no-answer = omsgate (PID { $pid }): läuft, aber sein Status konnte nicht gelesen werden (ein älteres omsgate?): { $answer }
status-gateway = omsgate { $version } (PID { $pid }): läuft, { $state }; seit { $uptime }
status-state-ready = bereit
# $readyz is /readyz, the health check URL path.
status-state-draining-accepting = LÄUFT AUS (wird beendet: { $readyz } meldet 503, nimmt noch an)
status-state-draining-closed = LÄUFT AUS (wird beendet: Listener geschlossen, { $open ->
        [one] { $open } Tunnel noch offen
       *[other] { $open } Tunnel noch offen
    })
# The labels of status's lines; the rest of each line follows in a column after the widest.
status-label-config = Konfiguration
status-label-last-reload = letztes Neuladen
status-label-listening = lauscht
status-label-tunnels = Tunnel
status-label-clients = Clients
status-label-recent = zuletzt
# $generation counts the configs loaded (1 at start); $policy is the key and its value (policy_mode enforce).
status-config = { $source }, Generation { $generation }, { $entries ->
        [one] { $entries } Eintrag der Zulassungsliste
       *[other] { $entries } Einträge der Zulassungsliste
    }, { $policy }
status-last-reload-none = keines seit dem Start
# $ago is a duration as 5m23s; $outcome is status-reload-ok or -refused; $message is the gateway's own (English) words.
status-last-reload = vor { $ago }: { $outcome } — { $message }
status-reload-ok = ok
status-reload-refused = ABGELEHNT
# $metrics is the metrics address, or status-metrics-off.
status-listening = { $addresses }; Metriken { $metrics }
status-metrics-off = aus
# $limit is the key and its value (max_connections 500); $percent has one decimal when it is not whole (0.2).
status-tunnels = { $open } offen von { $limit } ({ $percent } %)
# $limit is the key and its value (max_connections_per_client 50), or status-no-client-limit.
status-clients = { $connected } verbunden ({ $limit })
status-clients-busiest = { $connected } verbunden; am aktivsten { $address } mit { $open } offen ({ $limit })
# $key is max_connections_per_client, which is 0: no limit.
status-no-client-limit = kein { $key }
# $window is status-recent-since-start or status-recent-last; a duration as 4m10s inside each.
status-recent = { $window }:
status-recent-since-start = seit dem Start ({ $window })
status-recent-last = in den letzten { $window }
status-recent-tunnels-opened = geöffnete Tunnel: { $count }
# $list: reasons as the log names them (host_not_allowed 6, …), or status-none.
status-recent-rejections = Ablehnungen nach Grund: { $list }
# $list: event IDs and counts (105 ×6, …), or status-none.
status-recent-errors = Fehler nach Ereignis-ID: { $list }
status-none = keine
# Sizes in powers of 1000; $value has one decimal when it is not whole (1.5).
status-bytes-b = { $value } B
status-bytes-kb = { $value } kB
status-bytes-mb = { $value } MB
status-bytes-gb = { $value } GB
status-bytes-tb = { $value } TB
status-top-heading = omsgate top: PID { $pid }, { $config }, die letzten { $window }
# The columns of top's two tables (capitals, as column headings).
status-top-busiest-entries = AKTIVSTE EINTRÄGE DER ZULASSUNGSLISTE
status-top-tunnels = TUNNEL
status-top-open = OFFEN
status-top-bytes = BYTES
status-top-no-tunnels = (keine Tunnel)
status-top-most-refused = AM HÄUFIGSTEN ABGELEHNTE ZIELE
status-top-refused = ABGELEHNT
status-top-reason = GRUND
status-top-no-refusals = (keine Ablehnungen)
# $keys is Ctrl-C.
status-top-refresh = (alle { $seconds } s; { $keys } beendet)
status-top-no-answer = { $count ->
        [one] { $count } Gateway verwendet
       *[other] { $count } Gateways verwenden
    } { $config }, aber keines hat auf { $command } geantwortet (ein älteres omsgate?)
# $flag is --config.
status-drain-none = kein laufendes Gateway verwendet { $config }: nichts auslaufen zu lassen (ist es gestartet, und mit diesem { $flag }? eines, dessen Listener geschlossen sind, läuft bereits aus) (Ereignis { $event })
# $message is the gateway's own answer (English, as its log says it).
status-drain-told = laufendes Gateway (PID { $pid }) angewiesen auszulaufen: { $message } (Ereignis { $event })
status-drain-refused = das laufende Gateway (PID { $pid }) ist nicht ausgelaufen (Ereignis { $event }): { $message }

## Writing a config: init's questions, import-oms (setup-*).
# $error says what was wrong (a config error, or a file's); $event is the event ID (401, 400).
setup-nothing-written = { $error } (Ereignis { $event }); nichts wurde geschrieben
# After "omsgate init: ". [default] stands for the default each question shows in brackets: translate the word, keep the brackets.
setup-init-intro = eine Konfiguration für { $path } (Enter behält den [Standardwert]).
# $force and $edit are commands: omsgate init --force, omsgate config set.
setup-init-exists = { $path } existiert bereits; `{ $force }` ersetzt sie (oder mit `{ $edit }` bearbeiten)
# init's questions; each is followed by its default in brackets and a colon. Service, cloud and region names are config values: keep them as they are.
setup-ask-listen-port = Listen-Port, mit dem sich die Agents verbinden (1-65535)
# $names: the service names a config takes (azure_monitor_agent, log_analytics_agent, …).
setup-ask-services = Dienste ({ $names }; kommagetrennt)
# $names: public, usgov, china.
setup-ask-cloud = Azure-Cloud ({ $names })
setup-ask-workspace-ids = Log Analytics-Arbeitsbereichs-ID(s), kommagetrennt
# $example: westeurope.
setup-ask-regions = Azure-Region(en) der Computer und des Arbeitsbereichs (ARM-Name, z. B. { $example })
# $form: http://host:port.
setup-ask-relay-proxy = Relay-Proxy, über den dieses Gateway hinausgeht ({ $form }; leer: direkt verbinden)
setup-ask-relay-username = Benutzername für den Relay-Proxy (leer: keiner)
setup-ask-relay-password = Kennwort für den Relay-Proxy (wird nicht angezeigt)
# $flag needs $needed: two flags of init.
setup-flag-needs-flag = { $flag } erfordert { $needed }
setup-no-password-on-stdin = kein Kennwort auf stdin
# $error is the operating system's reason.
setup-cannot-read-password = das Kennwort kann nicht vom Terminal gelesen werden: { $error }
setup-stdin-closed = stdin wurde geschlossen, bevor jede Frage beantwortet war
setup-cannot-read-stdin = stdin kann nicht gelesen werden: { $error }
# $error says what is wrong with the answer (the key's own check).
setup-try-again = { $error }; erneut versuchen
setup-services-need-one = die gewählten Dienste brauchen mindestens einen; erneut versuchen
# $key is a config key, $flag the flag that gives it (--workspace-id).
setup-key-needed = { $key } wird für die gewählten Dienste benötigt; { $flag } angeben
# $command: omsgate run.
setup-init-wrote = { $path } geschrieben (so geprüft, wie `{ $command }` sie liest): { $entries ->
        [one] { $entries } Eintrag der Zulassungsliste
       *[other] { $entries } Einträge der Zulassungsliste
    }, { $derived } aus dem Endpunktkatalog abgeleitet
# A comment after the command `omsgate check --config FILE`.
setup-init-check-hint = jeder Eintrag und woher er stammt
# What to set on the agents; $host is this machine's name, $proxy the gateway's address (http://host:port).
setup-agents-heading = Auf den Agents (hinter einem Load Balancer dessen Adresse statt { $host } verwenden):
setup-agents-ama = Azure Monitor Agent, Erweiterungseinstellungen (omsgate verlangt von den Agents keine Anmeldeinformationen):
setup-agents-mma-windows = Log Analytics-Agent (MMA) für Windows: Proxy Settings -> Proxyserver { $proxy }, kein Benutzername
# $files: proxy.conf / omsadmin.sh.
setup-agents-oms-linux = Log Analytics-Agent für Linux: Proxy { $proxy } (seine Proxyeinstellung in { $files })
setup-agents-operations-manager = Operations Manager: Configure Proxy Server -> { $proxy }
# $command: the agent's command with the address.
setup-agents-arc = Azure Connected Machine-Agent: { $command }
setup-load-balancer = Auf dem Load Balancer: TCP-Port { $port } zu jedem Knoten; Integritätstest TCP { $port }
# $request: HTTP GET /readyz.
setup-load-balancer-readyz = (oder { $request } auf Port { $port }: 200, solange der Knoten Tunnel annimmt)
# import-oms: reads the Windows gateway's cmdlet output and setup command line. Cmdlet, property and command names stay as they are.
setup-import-cannot-read = { $file } kann nicht gelesen werden: { $error } (Ereignis { $event })
# After "omsgate: ". $note is one of the setup-import notes below.
setup-import-note = Hinweis: { $note }
setup-import-all-mapped = jedes Element wurde übernommen
setup-import-not-mapped = { $count ->
        [one] { $count } Element konnte nicht übernommen werden:
       *[other] { $count } Elemente konnten nicht übernommen werden:
    }
# $error says why the config would not run (a config error).
setup-import-would-not-run = die importierte Konfiguration würde nicht laufen: { $error } (Ereignis { $event })
setup-import-wrote = { $path } geschrieben (so geprüft, wie `{ $command }` sie liest): { $entries ->
        [one] { $entries } Eintrag der Zulassungsliste
       *[other] { $entries } Einträge der Zulassungsliste
    }
# $flag: --force.
setup-import-exists = { $path } existiert bereits; { $flag } ersetzt sie
# Why an item was not mapped (after the item and a colon). $error is the parser's reason, in English.
setup-import-not-json = kein JSON, wie { $cmdlet } es schreibt: { $error }
setup-import-no-cmdlet-value = kein Wert, den ein Cmdlet ausgibt
setup-import-not-this-cmdlet-value = kein Wert, den dieses Cmdlet ausgibt
# $command: the omsgate command that sets it.
setup-import-password-never-shown = die Cmdlets zeigen das Kennwort nie an; mit `{ $command }` setzen
setup-import-no-setting = keine omsgate-Einstellung entspricht dem
setup-import-no-setting-keys = keine omsgate-Einstellung entspricht dem (`{ $command }` listet sie auf)
# Windows setup's properties: $has_proxy is HASPROXY, $proxy PROXY, $has_auth HASAUTH.
setup-import-proxy-without-hasproxy = { $has_proxy } ist nicht 1, daher ignoriert das Setup { $proxy }
setup-import-username-without-hasauth = { $has_auth } und { $has_proxy } sind nicht beide 1
setup-import-password-not-from-command-line = wird nicht aus einer Befehlszeile importiert; mit `{ $command }` setzen
setup-import-installdir = Windows-Installationsordner: keine Entsprechung (das Paket installiert omsgate)
setup-import-licenseaccepted = Lizenzabfrage des Windows-Setups: keine Entsprechung
setup-import-unknown-property = keine dokumentierte Eigenschaft des Gateway-Setups
setup-import-not-a-port = kein TCP-Port (1-65535)
# $form: http://host:port.
setup-import-relay-without-port = kein Port: omsgate braucht { $form } und rät den Port des Relay-Proxys nicht; mit `{ $command }` setzen
setup-import-not-a-relay-url = keine Relay-Proxy-Adresse, die omsgate verwenden kann: { $error }
setup-import-not-a-host = kein { $key }-Eintrag: { $error }
setup-import-not-a-subject = kein Antragsteller eines Clientzertifikats, den omsgate abgleichen kann: { $error }
setup-import-username-without-relay = ein Benutzername für den Relay-Proxy ohne eine übernehmbare Relay-Proxy-Adresse
# $what is one of setup-import-what-*; $old and $new are the values in quotes.
setup-import-replaced = { $what } { $old } aus einem früheren Element wird durch { $new } ersetzt
setup-import-what-listen-port = Listen-Port
setup-import-what-relay-proxy = Relay-Proxy
setup-import-what-relay-username = Benutzername für den Relay-Proxy
setup-import-subject-read-as-cn = Antragsteller { $subject } des Clientzertifikats wird als { $cn } gelesen (omsgate gleicht einen DN oder CN=… ab)
setup-import-families-added = die Standardfamilien von Azure Monitor wurden neben den importierten Hosts hinzugefügt: auch das Original ließ seine automatisch heruntergeladenen Endpunkte zu
# generate (the package build's man pages and completions): $error is the operating system's reason.
setup-generate-cannot-write = in { $dir } kann nicht geschrieben werden: { $error } (Ereignis { $event })

## The command line's errors (clap's, in the operator's language) (args-*).
# $arg is the argument as clap names it (--output <OUTPUT>, <FILES>); $value what was typed.
args-unknown-argument = unerwartetes Argument '{ $arg }' gefunden
args-unknown-subcommand = unbekannter Unterbefehl '{ $subcommand }'
args-invalid-value = ungültiger Wert '{ $value }' für '{ $arg }'
# $why: the parser's reason, in English (4..=15 is the range of values it takes).
args-invalid-value-why = ungültiger Wert '{ $value }' für '{ $arg }': { $why }
args-value-missing = für '{ $arg }' ist ein Wert erforderlich, aber keiner wurde angegeben
args-missing-required = { $count ->
        [one] das folgende erforderliche Argument wurde nicht angegeben: { $arguments }
       *[other] die folgenden erforderlichen Argumente wurden nicht angegeben: { $arguments }
    }
args-missing-subcommand = '{ $command }' erfordert einen Unterbefehl, aber keiner wurde angegeben
args-too-many-values = unerwarteter Wert '{ $value }' für '{ $arg }' gefunden; es wurden keine weiteren erwartet
args-too-few-values = '{ $arg }' erfordert { $min } Werte; nur { $actual ->
        [one] { $actual } wurde angegeben
       *[other] { $actual } wurden angegeben
    }
args-wrong-number-of-values = '{ $arg }' erfordert { $expected } Werte, aber { $actual ->
        [one] { $actual } wurde angegeben
       *[other] { $actual } wurden angegeben
    }
args-used-twice = das Argument '{ $arg }' kann nicht mehrfach verwendet werden
args-conflict = das Argument '{ $arg }' kann nicht zusammen mit { $others } verwendet werden
args-conflict-other = das Argument '{ $arg }' kann nicht zusammen mit einem oder mehreren der anderen angegebenen Argumente verwendet werden
args-needs-equals = ein Gleichheitszeichen ist erforderlich, um '{ $arg }' Werte zuzuweisen
# A suggestion under the error; $tip is one of the args-similar-*, args-subcommands or args-tip-* messages.
args-tip = Tipp: { $tip }
# $names: quoted names, 'status', 'top'.
args-similar-subcommand = { $count ->
        [one] ein ähnlicher Unterbefehl existiert: { $names }
       *[other] einige ähnliche Unterbefehle existieren: { $names }
    }
args-similar-argument = { $count ->
        [one] ein ähnliches Argument existiert: { $names }
       *[other] einige ähnliche Argumente existieren: { $names }
    }
args-similar-value = { $count ->
        [one] ein ähnlicher Wert existiert: { $names }
       *[other] einige ähnliche Werte existieren: { $names }
    }
args-subcommands = Unterbefehle: { $names }
args-tip-pass-as-value = um '{ $arg }' als Wert zu übergeben, '{ $instead }' verwenden
args-tip-exists = '{ $name }' existiert
# $help is --help.
args-try-help = Weitere Informationen mit '{ $help }'.

## The command line's help: mirrors the doc comments of src/cli/mod.rs (a test keeps them equal).
help-omsgate = HTTP-CONNECT-Gateway mit Zulassungsliste für Überwachungs-Agents in isolierten Netzwerken
    .config = Konfigurationsdatei (Standard: /etc/omsgate/omsgate.toml; existiert sie nicht, die eingebettete Standardkonfiguration)
    .lang = Sprache der Ausgaben von omsgate (de, fr, ja, pt-BR, zh-Hant, …; Standard aus OMSGATE_LANG, LC_ALL, LC_MESSAGES, LANG). Logs und Metriken bleiben englisch
help-run = Das Gateway ausführen (Standardbefehl)
help-check = Die Konfiguration prüfen und die wirksamen Einstellungen ausgeben; Exitstatus 0, wenn gültig, sonst 2
    .service-user = Bei Ausführung als root warnen, wenn dieser Benutzer (der des Dienstes) eine in der Konfiguration genannte Datei nicht lesen könnte
help-config = Einstellungen lesen oder ändern (Get/Set-OMSGatewayConfig)
help-config-get = Den Wert jedes Schlüssels ausgeben (mit Standardwerten ergänzt) oder den eines einzelnen Schlüssels
    .output = `text` (TOML-Werte) oder `json`
help-config-keys = Die Schlüssel auflisten: Typ, Standardwert, ob Neuladen ihn übernimmt, Bedeutung
    .markdown = Als Markdown-Tabelle wie in der README
help-config-set = Einen Schlüssel setzen (Listen als a,b oder als TOML-Array); wird geprüft, bevor etwas geschrieben wird
help-config-unset = Einen Schlüssel aus der Datei entfernen, sodass sein Standardwert gilt
help-allowed-host = Zulässige Ziele auflisten, hinzufügen oder entfernen (*-OMSGatewayAllowedHost)
help-allowed-host-list = Die in der Datei konfigurierten Hosts; --all: jeder wirksame Eintrag, Standardeinträge eingeschlossen
help-allowed-host-add = Einen Host zulassen: Name, *.suffix, IP-Literal oder jedes davon als entry:PORT
help-allowed-host-remove = Einen Host nicht mehr zulassen (genau wie aufgelistet)
help-allowed-host-suggest = Nach einem Rollout im Modus report (policy_mode): die genauen Einträge, die zugelassen hätten, was die Zulassungsliste ablehnen würde, ermittelt aus den would-deny-Ereignissen eines JSON-Logs (`-`: stdin)
help-allowed-client-cert = Zulässige Antragsteller von Clientzertifikaten auflisten, hinzufügen oder entfernen (*-OMSGatewayAllowedClientCertificate)
help-allowed-client-cert-list = Die zulässigen Antragsteller
help-allowed-client-cert-add = Einen Antragsteller zulassen: vollständiger DN oder CN=...
help-allowed-client-cert-remove = Einen Antragsteller nicht mehr zulassen (genau wie aufgelistet)
help-relay-proxy = Den Relay-Proxy (Upstream-Proxy) anzeigen, festlegen oder entfernen (*-OMSGatewayRelayProxy)
help-relay-proxy-get = Die Relay-Proxys und die Regeln für ihre Auswahl anzeigen (Kennwörter werden nie ausgegeben)
help-relay-proxy-set = Tunnel über einen einzigen Relay-Proxy leiten, http[s]://HOST:PORT (ersetzt eine vorhandene Liste)
    .address = Der Relay-Proxy, http://HOST:PORT (oder HOST:PORT, [IPv6]:PORT)
    .username = Benutzer für Basic-Authentifizierung am Relay-Proxy (weglassen, wenn keiner; `add` akzeptiert auch USER@ in der URL)
    .password-stdin = Das Kennwort von der Standardeingabe lesen (neben der Konfiguration gespeichert: Modus 0640, Gruppe der Konfiguration)
    .password-file = Das Kennwort aus dieser Datei lesen (beim Start und beim Neuladen)
help-relay-proxy-add = Einen Relay-Proxy zu `relay_proxies` hinzufügen; er wird nach den vor ihm aufgeführten versucht (ein dort gesetzter `relay_proxy` wird zum ersten Eintrag der Liste)
    .url = http[s]://[USER@]HOST:PORT (oder HOST:PORT)
    .username = Benutzer für Basic-Authentifizierung am Relay-Proxy (weglassen, wenn keiner; `add` akzeptiert auch USER@ in der URL)
    .password-stdin = Das Kennwort von der Standardeingabe lesen (neben der Konfiguration gespeichert: Modus 0640, Gruppe der Konfiguration)
    .password-file = Das Kennwort aus dieser Datei lesen (beim Start und beim Neuladen)
help-relay-proxy-remove = Einen Relay-Proxy entfernen (HOST:PORT oder seine URL)
help-relay-proxy-clear = Wieder direkt verbinden (alle Relay-Proxys entfernt)
help-agent-user = Benutzer der Agents hinzufügen, entfernen oder auflisten (client_auth = "basic"): die Benutzerdatei, die die Konfiguration nennt (client_auth_users_file; ohne Angabe `agent-users` neben der Konfiguration)
help-agent-user-list = Die Benutzer, sortiert
help-agent-user-add = Einen Benutzer hinzufügen oder ihm ein neues Kennwort geben: von der Standardeingabe gelesen (am Terminal ohne Echo abgefragt), nie von der Befehlszeile; als bcrypt-Hash gespeichert
    .cost = bcrypt-Kostenfaktor (4-15): jede Stufe verdoppelt die Dauer einer nicht zwischengespeicherten Prüfung (Kosten 10 sind ~50-150 ms eines Kerns). Lange zufällige Agent-Kennwörter machen einen niedrigeren Faktor sicher und lassen einen neu gestarteten Knoten Tausende Agents schneller erneut prüfen
help-agent-user-remove = Einen Benutzer entfernen: seine Agents erhalten ab dem nächsten Neuladen 407
help-reload = Die laufenden Gateways mit dieser Konfiguration anweisen, sie neu zu laden; offene Tunnel bleiben bestehen
help-drain = Die laufenden Gateways mit dieser Konfiguration wie bei SIGTERM auslaufen lassen; danach beenden sie sich. Exitstatus 0: läuft aus, 1: kein Gateway läuft, 2: abgelehnt
    .long =
        Die laufenden Gateways mit dieser Konfiguration wie bei SIGTERM auslaufen lassen; danach beenden sie sich. Exitstatus 0: läuft aus, 1: kein Gateway läuft, 2: abgelehnt.

        /readyz antwortet sofort mit 503, während neue Tunnel noch für die Dauer von drain_grace bedient werden (ein Load Balancer nimmt den Knoten in dieser Zeit heraus); dann werden die Listener geschlossen, offene Tunnel erhalten bis zu drain_timeout, und der Prozess endet mit 0: Was danach geschieht, bestimmt die Restart=-Richtlinie von systemd oder der Operator (ein Rolling Restart: auslaufen lassen, auf das Ende warten, starten). Erneut während der Karenzzeit aufgerufen, beendet der Befehl die Karenzzeit sofort.
help-status = Die laufenden Gateways mit dieser Konfiguration nach ihrem Zustand fragen: PID, Version, Laufzeit, Konfigurationsgeneration, letztes Neuladen, bereit oder im Auslaufen, Tunnel und Clients gemessen an ihren Limits, Ablehnungen und Fehler der letzten 5 Minuten. Exitstatus 0: läuft und bereit, 1: läuft nicht, 3: läuft aus (nicht bereit), 4: keine verwertbare Antwort
    .output = `text` oder `json`
help-top = Die meistgenutzten Einträge der Zulassungsliste und die am häufigsten abgelehnten Ziele der letzten 5 Minuten, am Terminal alle 2 s neu gezeichnet bis Ctrl-C (in eine Pipe nur einmal ausgegeben). Exitstatus 0, wenn ein Gateway geantwortet hat, 1, wenn keines läuft
    .once = Einmal ausgeben und beenden, auch am Terminal
    .output = `text` oder `json`
help-explain = Angeben, was die Richtlinie für HOST[:PORT] entscheidet und warum: den Eintrag, der es zulässt, oder die nächstliegenden Einträge und warum jeder davon nicht greift. Exitstatus 0: zugelassen, 1: abgelehnt, 2: ungültige Eingabe
    .target = HOST, HOST:PORT, IP oder [IPv6]:PORT (Port 443, wenn keiner angegeben ist)
    .output = `text` oder `json`
    .identity = Als der Agent dieses `[[identity]]`-Abschnitts entscheiden, benannt wie in den Protokollzeilen: `user=NAME` oder `certificate=SUBJECT`
help-init = Eine Konfiguration schreiben (der Setup-Assistent des Originals): fragt am Terminal oder nimmt jede Antwort als Flag; wird so geprüft, wie `run` sie liest; nennt, was auf den Agents einzustellen ist
    .workspace-id = Log Analytics-Arbeitsbereichs-ID (GUID); für weitere wiederholen
    .region = Azure-Region (ARM-Name, z. B. westeurope); für weitere wiederholen
    .cloud = public, usgov oder china
    .services = Kommagetrennt: azure_monitor_agent, log_analytics_agent, automation, arc
    .dce-host = Host für die Protokollerfassung eines Datensammlungsendpunkts; für weitere wiederholen
    .listen-port = Der Port, mit dem sich die Agents verbinden, 1-65535 (Standard 8080)
    .relay-proxy = Der Relay-Proxy (Upstream-Proxy), http://HOST:PORT
    .relay-username = Benutzer für Basic-Authentifizierung am Relay-Proxy
    .relay-password-stdin = Das Kennwort des Relay-Proxys von der Standardeingabe lesen (neben der Konfiguration gespeichert, 0640)
    .force = Eine vorhandene Konfigurationsdatei ersetzen
help-import-oms = Die Cmdlet-Ausgabe des Windows-Gateways (Get-OMSGateway*, als Text oder ConvertTo-Json) und MSI-Eigenschaften (PORTNUMBER=…) in eine omsgate-Konfiguration umwandeln; nennt, was nicht übernommen werden konnte, und warum
    .files = Dateien mit der Ausgabe der Cmdlets oder der msiexec-Befehlszeile (`-`: stdin)
    .write = Die Konfiguration nach --config schreiben (abgelehnt, wenn sie existiert, außer mit --force); ohne diese Option wird die Konfiguration ausgegeben
    .force = Eine vorhandene Datei ersetzen
help-generate = Die Manpages und Shell-Vervollständigungen in DIR schreiben (der Paketbau führt dies aus)
