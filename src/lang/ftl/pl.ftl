## omsgate's messages in English: the source every other language translates.
## IDs: help-* the command line's help (mirrors the doc comments in src/cli/mod.rs);
## the rest are built in code with msg!/t! and say what the code is doing.

help-ui =
    .usage = Użycie:
    .options = Opcje
    .arguments = Argumenty
    .commands = Polecenia
    .help = Wyświetl pomoc (więcej: '--help')
    .help-long = Wyświetl pomoc (podsumowanie: '-h')
    .version = Wyświetl wersję
    .help-command = Wyświetl ten komunikat lub pomoc podanych podpoleceń
help-possible-values = możliwe wartości: { $values }
help-default = domyślnie: { $value }


## Config errors: what `check`, `run` and every edit say about a value that cannot run (config-*).

## Edits of the config and what they print: config get/set/unset/keys, allowed-host,
## allowed-client-cert, relay-proxy, agent-user, reload; `check`'s report (edit-*).

## What the policy decides and why: explain, allowed-host suggest (explain-*).

## The running gateways: status, top, drain (status-*).

## Writing a config: init's questions, import-oms (setup-*).

## The command line's errors (clap's, in the operator's language) (args-*).

## The command line's help: mirrors the doc comments of src/cli/mod.rs (a test keeps them equal).
help-omsgate = Brama HTTP CONNECT z listą dozwolonych hostów dla agentów monitorowania w sieciach izolowanych
    .config = Plik konfiguracji (domyślnie /etc/omsgate/omsgate.toml; gdy nie istnieje — wbudowana konfiguracja domyślna)
    .lang = Język komunikatów omsgate (de, fr, ja, pt-BR, zh-Hant, …; domyślnie z OMSGATE_LANG, LC_ALL, LC_MESSAGES, LANG). Dzienniki i metryki pozostają po angielsku
help-run = Uruchom bramę (domyślnie)
help-check = Sprawdź poprawność konfiguracji i wyświetl obowiązujące ustawienia; kod wyjścia 0, gdy jest poprawna, 2, gdy nie jest
    .service-user = Przy uruchomieniu jako root ostrzeż, gdy ten użytkownik (usługi) nie mógłby odczytać pliku wskazanego w konfiguracji
help-config = Odczytaj lub zmień ustawienia (Get/Set-OMSGatewayConfig)
help-config-get = Wyświetl wartości wszystkich kluczy (z uzupełnionymi wartościami domyślnymi) lub jednego klucza
    .output = `text` (wartości TOML) lub `json`
help-config-keys = Wyświetl listę kluczy: typ, wartość domyślna, czy stosuje go ponowne wczytanie, znaczenie
    .markdown = Jako tabela Markdown z README
help-config-set = Ustaw klucz (listy jako a,b lub tablica TOML); wartość jest sprawdzana przed zapisaniem czegokolwiek
help-config-unset = Usuń klucz z pliku, aby obowiązywała jego wartość domyślna
help-allowed-host = Wyświetl, dodaj lub usuń dozwolone miejsca docelowe (*-OMSGatewayAllowedHost)
help-allowed-host-list = Hosty skonfigurowane w pliku; --all: wszystkie obowiązujące wpisy, łącznie z domyślnymi
help-allowed-host-add = Zezwól na host: nazwa, *.sufiks, literał IP lub dowolne z nich z :PORT
help-allowed-host-remove = Przestań zezwalać na host (podany dokładnie tak, jak na liście)
help-allowed-host-suggest = Po wdrożeniu w trybie raportowania (report): dokładne wpisy, które zezwoliłyby na to, co lista dozwolonych hostów by odrzuciła, na podstawie zdarzeń would-deny z dziennika JSON (`-`: stdin)
help-allowed-client-cert = Wyświetl, dodaj lub usuń dozwolone podmioty certyfikatów klienta (*-OMSGatewayAllowedClientCertificate)
help-allowed-client-cert-list = Dozwolone podmioty
help-allowed-client-cert-add = Zezwól na podmiot: pełna nazwa DN lub CN=...
help-allowed-client-cert-remove = Przestań zezwalać na podmiot (podany dokładnie tak, jak na liście)
help-relay-proxy = Wyświetl, ustaw lub wyczyść serwer proxy przekazujący (nadrzędny) (*-OMSGatewayRelayProxy)
help-relay-proxy-get = Wyświetl serwery proxy przekazujące i reguły ich wyboru (hasła nigdy nie są wyświetlane)
help-relay-proxy-set = Kieruj tunele przez jeden serwer proxy przekazujący, http[s]://HOST:PORT (zastępuje całą listę)
    .address = Serwer proxy przekazujący, http://HOST:PORT (lub HOST:PORT, [IPv6]:PORT)
    .username = Użytkownik uwierzytelniania Basic dla serwera proxy przekazującego (pomiń, jeśli bez uwierzytelniania; `add` przyjmuje też USER@ w adresie URL)
    .password-stdin = Odczytaj hasło ze standardowego wejścia (zapisywane obok konfiguracji: tryb 0640, grupa pliku konfiguracji)
    .password-file = Odczytuj hasło z tego pliku (przy uruchomieniu i ponownym wczytaniu)
help-relay-proxy-add = Dodaj serwer proxy przekazujący do `relay_proxies`, próbowany po serwerach wymienionych przed nim (istniejący tam `relay_proxy` staje się pierwszym elementem listy)
    .url = http[s]://[USER@]HOST:PORT (lub HOST:PORT)
    .username = Użytkownik uwierzytelniania Basic dla serwera proxy przekazującego (pomiń, jeśli bez uwierzytelniania; `add` przyjmuje też USER@ w adresie URL)
    .password-stdin = Odczytaj hasło ze standardowego wejścia (zapisywane obok konfiguracji: tryb 0640, grupa pliku konfiguracji)
    .password-file = Odczytuj hasło z tego pliku (przy uruchomieniu i ponownym wczytaniu)
help-relay-proxy-remove = Usuń serwer proxy przekazujący (HOST:PORT lub jego adres URL)
help-relay-proxy-clear = Wróć do połączeń bezpośrednich (usuwa wszystkie serwery proxy przekazujące)
help-agent-user = Dodaj, usuń lub wyświetl użytkowników agentów (client_auth = "basic"): plik użytkowników wskazany w konfiguracji (client_auth_users_file; gdy go brak, `agent-users` obok konfiguracji)
help-agent-user-list = Użytkownicy, posortowani
help-agent-user-add = Dodaj użytkownika lub nadaj mu nowe hasło: odczytywane ze standardowego wejścia (na terminalu bez echa), nigdy z wiersza poleceń; zapisywane jako skrót bcrypt
    .cost = Koszt bcrypt (4-15): każdy stopień podwaja czas sprawdzenia bez pamięci podręcznej (koszt 10 to ok. 50-150 ms pracy jednego rdzenia). Przy długich losowych hasłach agentów niższy koszt jest bezpieczny, a ponownie uruchomiony węzeł szybciej sprawdzi na nowo tysiące agentów
help-agent-user-remove = Usuń użytkownika: jego agenci otrzymują 407 od następnego ponownego wczytania
help-reload = Poleć działającym bramom z tą konfiguracją wczytać ją ponownie, z zachowaniem otwartych tuneli
help-drain = Opróżnij działające bramy z tą konfiguracją tak jak SIGTERM, po czym kończą one działanie. Kod wyjścia 0 — opróżnianie, 1 — żadna brama nie działa, 2 — odmowa
    .long =
        Opróżnij działające bramy z tą konfiguracją tak jak SIGTERM, po czym kończą one działanie. Kod wyjścia 0 — opróżnianie, 1 — żadna brama nie działa, 2 — odmowa.

        /readyz od razu odpowiada 503, a nowe tunele są nadal obsługiwane przez czas drain_grace (w tym czasie moduł równoważenia obciążenia wycofuje węzeł); następnie odbiorniki są zamykane, otwarte tunele dostają maksymalnie drain_timeout, a proces kończy się z kodem 0: dalej działa zasada Restart= systemd lub operator (ponowne uruchomienie kroczące: opróżnij, zaczekaj na zakończenie, uruchom). Ponowne wywołanie w trakcie drain_grace natychmiast kończy ten okres.
help-status = Zapytaj działające bramy z tą konfiguracją o ich stan: pid, wersja, czas działania, generacja konfiguracji, ostatnie ponowne wczytanie, gotowa lub w trakcie opróżniania, tunele i klienci względem limitów, odrzucenia i błędy z ostatnich 5 minut. Kod wyjścia 0 — działa i jest gotowa, 1 — nie działa, 3 — opróżnianie (niegotowa), 4 — brak użytecznej odpowiedzi
    .output = `text` lub `json`
help-top = Najbardziej obciążone wpisy listy dozwolonych hostów i najczęściej odrzucane miejsca docelowe z ostatnich 5 minut, odświeżane co 2 s na terminalu aż do Ctrl-C (do potoku jednokrotnie). Kod wyjścia 0, gdy brama odpowiedziała, 1, gdy żadna nie działa
    .once = Wyświetl raz i zakończ, także na terminalu
    .output = `text` lub `json`
help-explain = Wyjaśnij, co zasady postanawiają dla HOST[:PORT] i dlaczego: wpis, który zezwala, lub najbliższe wpisy wraz z powodem, dla którego każdy z nich nie zezwala. Kod wyjścia 0 — dozwolony, 1 — odrzucony, 2 — błędne dane wejściowe
    .target = HOST, HOST:PORT, IP lub [IPv6]:PORT (bez portu: 443)
    .output = `text` lub `json`
help-init = Zapisz konfigurację (kreator instalacji oryginału): pyta na terminalu lub przyjmuje każdą odpowiedź jako opcję; sprawdzana tak, jak wczytuje ją `run`; podaje, co ustawić na agentach
    .workspace-id = Identyfikator obszaru roboczego Log Analytics (GUID); można powtarzać
    .region = Region Azure (nazwa ARM, np. westeurope); można powtarzać
    .cloud = public, usgov lub china
    .services = Obsługiwani agenci i usługi, rozdzielone przecinkami: azure_monitor_agent, log_analytics_agent, automation, arc
    .dce-host = Host pozyskiwania dzienników punktu końcowego zbierania danych; można powtarzać
    .listen-port = Port, z którym łączą się agenci, 1-65535 (domyślnie 8080)
    .relay-proxy = Serwer proxy przekazujący (nadrzędny), http://HOST:PORT
    .relay-username = Użytkownik uwierzytelniania Basic dla serwera proxy przekazującego
    .relay-password-stdin = Odczytaj hasło serwera proxy przekazującego ze standardowego wejścia (zapisywane obok konfiguracji, 0640)
    .force = Zastąp istniejący plik konfiguracji
help-import-oms = Przekształć dane wyjściowe poleceń cmdlet bramy Windows (Get-OMSGateway*, jako tekst lub ConvertTo-Json) i właściwości MSI (PORTNUMBER=…) w konfigurację omsgate; podaje, czego nie udało się odwzorować i dlaczego
    .files = Pliki z danymi wyjściowymi poleceń cmdlet lub wierszem polecenia msiexec (`-`: stdin)
    .write = Zapisz konfigurację do --config (odmowa, gdy plik istnieje, chyba że podano --force); bez tej opcji konfiguracja jest wyświetlana
    .force = Zastąp istniejący plik
help-generate = Zapisz strony man i uzupełnianie dla powłok w katalogu DIR (uruchamiane przy budowaniu pakietu)
