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

## Edits of the config and what they print: config get/set/unset/keys, allowed-host,
## allowed-client-cert, relay-proxy, agent-user, reload; `check`'s report (edit-*).

## What the policy decides and why: explain, allowed-host suggest (explain-*).

## The running gateways: status, top, drain (status-*).

## Writing a config: init's questions, import-oms (setup-*).

## The command line's errors (clap's, in the operator's language) (args-*).

## The command line's help: mirrors the doc comments of src/cli/mod.rs (a test keeps them equal).
help-omsgate = HTTP-CONNECT-Gateway mit Zulassungsliste für Überwachungs-Agents in isolierten Netzwerken
    .config = Konfigurationsdatei (Standard: /etc/omsgate/omsgate.toml; existiert sie nicht, die eingebettete Standardkonfiguration)
    .lang = Sprache der Ausgaben von omsgate (de, fr, ja, pt-BR, zh-Hant, …; Standard aus OMSGATE_LANG, LC_ALL, LC_MESSAGES, LANG). Logs und Metriken bleiben englisch
help-run = Das Gateway ausführen (Standardbefehl)
help-check = Die Konfiguration prüfen und die wirksamen Einstellungen ausgeben; Exitstatus 0, wenn gültig, sonst 2
    .service-user = Als root ausführen: warnen, wenn dieser Benutzer (der des Dienstes) eine in der Konfiguration genannte Datei nicht lesen könnte
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
help-top = Die meistgenutzten Einträge der Zulassungsliste und die am häufigsten abgelehnten Ziele der letzten 5 Minuten, am Terminal alle 2 s neu gezeichnet bis Ctrl-C (in eine Pipe einmal). Exitstatus 0, wenn ein Gateway geantwortet hat, 1, wenn keines läuft
    .once = Einmal ausgeben und beenden, auch am Terminal
    .output = `text` oder `json`
help-explain = Angeben, was die Richtlinie für HOST[:PORT] entscheidet und warum: den Eintrag, der es zulässt, oder die nächstliegenden Einträge und warum jeder davon nicht greift. Exitstatus 0: zugelassen, 1: abgelehnt, 2: ungültige Eingabe
    .target = HOST, HOST:PORT, IP oder [IPv6]:PORT (Port 443, wenn keiner angegeben ist)
    .output = `text` oder `json`
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
