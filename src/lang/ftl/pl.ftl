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
config-not-a-string = { $value } nie jest ciągiem znaków
config-not-a-list = { $value } nie jest listą
config-not-true-or-false = { $value } nie jest wartością true ani false
config-not-a-whole-number = { $value } nie jest liczbą całkowitą
config-not-a-whole-number-in-range = { $value } nie jest liczbą całkowitą od { $min } do { $max }
config-not-a-port = { $value } nie jest portem TCP ({ $min }-{ $max })
config-not-a-whole-number-or = { $value } nie jest liczbą całkowitą ani wartością { $word }
config-not-an-ip-address = { $value } nie jest adresem IPv4 ani IPv6
config-not-an-address-and-port = { $value } nie ma postaci { $form } (np. { $examples }) ani { $off } (wyłączone)
config-not-a-relay-password-file = { $value } nie ma postaci { $form } (host:port serwera przekazującego jak w jego adresie URL, a po nim plik hasła)
config-not-a-relay-route = { $value } nie jest wpisem { $key }: zapisz tabelę {"{"} { $hosts }, { $relay } {"}"}; relay może być też listą serwerów proxy przekazujących, próbowanych po kolei
config-relay-route-unknown-field = { $value }: nieznane pole `{ $field }` (tabela { $key } ma pola { $hosts } i { $relay })
config-relay-route-lacks = { $value }: brak { $field }
config-relay-route-routes-nothing = { $value }: { $hosts } niczego nie kieruje
config-relay-route-direct = { $value }: { $key } nie może kierować hostów bezpośrednio ({ $relay }): wymień je w { $bypass }, jedynym miejscu, które mówi, co idzie bezpośrednio
config-relay-route-no-relay = { $value }: { $relay } nie wskazuje żadnego serwera proxy przekazującego
config-not-a-dns-server = { $value } nie jest adresem IP serwera DNS ani nie ma postaci { $form } ({ $problem })
config-not-one-of = { $value } nie jest żadną z wartości { $choices }
config-not-an-identity = { $value } nie jest tabelą tożsamości ({"{"} { $user } lub { $certificate }, { $lists } {"}"})
config-identity-unknown-field = nieznane pole tożsamości `{ $field }`; pola: { $fields }
config-identity-names-one = tożsamość musi wskazywać dokładnie jedno z pól { $user } lub { $certificate }
config-not-an-address-or-cidr = { $value } nie jest adresem ani zakresem CIDR, takim jak { $example }
config-not-a-guid = { $value } nie jest identyfikatorem GUID ({ $form }, tak jak identyfikator pokazuje portal)
config-duration-without-unit = { $value } nie ma jednostki; napisz np. { $examples }
config-duration-not-whole-number = { $value } nie zaczyna się od liczby całkowitej
config-duration-unknown-unit = { $value } ma nieznaną jednostkę { $unit }; użyj { $units } lub { $last }
config-listens-nowhere = { $value } nigdzie nie nasłuchuje; podaj co najmniej jeden adres
config-limit-out-of-range = musi wynosić { $min }..={ $max } lub { $word }
config-limit-at-least = musi wynosić co najmniej { $min } lub { $word }
config-duration-at-most = może wynosić co najwyżej { $max }
config-dns-ttl-at-most = może wynosić co najwyżej { $max } (wartości TTL w DNS kończą się na jednym dniu)
config-stale-at-most = może wynosić co najwyżej { $max } (tydzień)
config-worker-threads-out-of-range = musi wynosić od { $min } (jeden na rdzeń) do { $max }
config-relay-listed-twice = serwer proxy przekazujący { $relay } występuje na liście dwukrotnie
config-password-file-listed-twice = { $relay } ma więcej niż jeden plik hasła: pozostaw dla niego jeden wpis
config-unknown-key-near = nieznany klucz `{ $key }`; czy chodziło o `{ $near }`?
config-unknown-key = nieznany klucz `{ $key }`; znane klucze: { $keys }
config-problems = { $first }; { $rest }
config-not-toml = nieprawidłowy format TOML: { $error }
config-key-is-table-list = { $key } jest listą tabel: sekcje { $sections }
config-key-is-not-table = { $key } musi być wartością, nie tabelą
config-key-problem = { $key }: { $problem }
config-key-is = { $key } = { $problem }
config-key-value-problem = { $key } = { $value }: { $problem }
config-default-does-not-parse = nie można przeanalizować wbudowanej wartości domyślnej { $key }: { $error }
config-not-a-region = { $value } nie jest nazwą regionu ARM (małe litery, bez spacji: { $examples })
config-not-a-dce-host = { $value } nie jest hostem pozyskiwania dzienników punktu końcowego zbierania danych (małymi literami, jako { $form })
config-not-an-arc-gateway = { $value } nie jest hostem bramy Azure Arc ({ $form }, tak jak pokazuje go `{ $command }`)
config-timeout-zero = limit czasu upłynąłby od razu; podaj dodatni czas trwania, np. { $example }
config-identity-problem = tożsamość { $identity }: { $problem }
config-identity-twice = tożsamość: { $who } ma dwa wpisy { $sections }
config-user-identity-needs-basic = tożsamość użytkownika wymaga { $setting } (bez tego żaden agent nie ma nazwy użytkownika)
config-workspaces-need-services = { $key } wymaga ustawienia { $services } (katalog wyprowadza hosty każdego obszaru roboczego dla wymienionych tam usług); ustaw { $services }
config-proxy-protocol-from-empty = { $setting } z pustym { $key } odrzucałoby każdy nagłówek; wymień adresy modułów równoważenia obciążenia (np. { $example })
config-basic-needs-users-file = { $setting } wymaga { $key } (utwórz go poleceniem `{ $command }`)
config-client-certificates-empty = { $setting } z pustym { $key } odrzucałoby certyfikat każdego agenta; dodaj podmioty ({ $command }) lub ustaw zasady na { $off }
config-error-in = { $source }: { $problem }
config-source-embedded = wbudowana konfiguracja domyślna
config-effective-settings-from = obowiązujące ustawienia z { $source }
config-default-note = domyślnie
config-relay-proxy-and-proxies = ustawiono jednocześnie { $single } i { $listed }: { $single } to forma { $listed } dla jednego serwera przekazującego; zachowaj jedno z nich (np. { $example } i usuń { $single })
config-relay-proxy-with-user = { $setting }: jego użytkownik należy do { $key } (forma { $form } jest przeznaczona dla { $listed })
config-relay-credentials-without-proxy = ustawiono { $keys }, ale { $key } jest pusty; ustaw { $setting } lub je wyczyść
config-too-many-relays = zbyt wiele serwerów proxy przekazujących
config-relay-written-differently = { $key }: serwer przekazujący { $relay } jest zapisany tutaj jako { $here }, a gdzie indziej jako { $elsewhere }; zapisz go wszędzie tak samo
config-password-file-without-user = { $key } zawiera plik dla { $relay }, ale jego adres URL nie wskazuje użytkownika: napisz { $url }
config-password-file-for-no-relay = { $key } wskazuje { $relay }, którego nie ma w żadnym { $listed } ani { $routes }
config-password-file-without-username = ustawiono { $key } bez { $username }
config-password-file-readable-by-all = { $key }: { $path } może odczytać każdy użytkownik (tryb { $mode }): wykonaj dla niego { $private } (lub { $group } z grupą usługi)
config-file-unreadable = { $key }: nie można odczytać { $path }: { $error }
config-file-cannot-be-read = nie można odczytać pliku konfiguracji: { $error }
config-tenant-wide-workspace-ingestion = punkty końcowe pozyskiwania wszystkich obszarów roboczych Log Analytics
config-tenant-wide-workspace-management = punkty końcowe zarządzania wszystkich obszarów roboczych Log Analytics
config-tenant-wide-automation-agent-service = usługi agenta wszystkich kont usługi Automation
config-tenant-wide-automation-endpoints = punkty końcowe wszystkich kont usługi Automation
config-tenant-wide-data-collection-endpoints = wszystkie punkty końcowe zbierania danych
config-tenant-wide-storage-blobs = obiekty blob wszystkich kont magazynu
config-tenant-wide-storage-tables = tabele wszystkich kont magazynu
config-tenant-wide-storage-queues = kolejki wszystkich kont magazynu
config-tenant-wide-service-bus = wszystkie przestrzenie nazw Service Bus
config-tenant-wide-key-vaults = wszystkie magazyny Key Vault
config-tenant-wide-derived = Katalog punktów końcowych wyprowadza ten wpis, ponieważ Microsoft nie dokumentuje węższej nazwy dla tej usługi; `{ $command }` pokazuje, na co on zezwala
config-tenant-wide-narrow = Uruchom `{ $command }` (lub ustaw { $keys } i { $last }), aby zamiast tego zezwolić na własne hosty; `{ $explain }` pokazuje, na co zezwala wpis
config-tenant-wide-entry = wpis { $entry } w { $key } ({ $origin }) zezwala na { $what }, nie tylko na własne: każdy agent w tej sieci albo złośliwe oprogramowanie na nim może wysyłać dane do dowolnego z nich. { $todo }
config-warning = ostrzeżenie (zdarzenie { $event }): { $warning }
config-allowlist-in-force = obowiązująca lista dozwolonych hostów, wpis po wpisie:
config-identity-may-reach-only = tożsamość { $identity } może łączyć się tylko z:
config-in-effect-under-limits = obowiązujące przy limitach tego procesu (tak jak uruchomiłoby `{ $command }`): { $settings }
config-service-user-cannot-read = { $problem }: usługa działająca jako { $user } odrzuci tę konfigurację; przekaż plik jej grupie ({ $commands }) lub podaj { $flag }
config-wrong-configuration = błędna konfiguracja (zdarzenie { $event }): { $error }
config-log-unreadable = nie można odczytać { $path }: { $error } (zdarzenie { $event })
config-entry-problem = wpis { $entry }: { $problem }
config-too-many-entries = więcej wpisów niż { $max }
config-target-not-authority = cel musi mieć postać { $form } (postać authority)
config-target-userinfo = cel nie może zawierać części userinfo ({ $form })
config-target-percent = cel nie może zawierać znaku { $character } (kodowanie procentowe lub strefa IPv6)
config-target-control-byte = cel zawiera bajt sterujący lub spoza ASCII
config-target-bad-port = port musi być liczbą { $min }-{ $max }
config-target-empty-label = host jest pusty lub ma pustą etykietę
config-target-host-too-long = długość hosta w bajtach przekracza { $max }
config-target-label-too-long = długość etykiety hosta w bajtach przekracza { $max }
config-target-bad-host-char = host zawiera znak niedozwolony w nazwie DNS
config-target-ambiguous-numeric = host wygląda na liczbowy, ale nie jest prawidłowym adresem IP
config-target-bad-ipv6 = host w nawiasach kwadratowych nie jest prawidłowym adresem IPv6
config-wildcard-needs-name = symbol wieloznaczny wymaga nazwy po nim, jak w { $example }
config-wildcard-leftmost-label-as-in = { $star } może występować tylko w skrajnej lewej etykiecie, jak w { $example } lub { $other }
config-wildcard-in-ip-address = symbol wieloznaczny nie może zastępować części adresu IP
config-wildcard-leftmost-label = { $star } może występować tylko w skrajnej lewej etykiecie
config-wildcard-one-per-entry = jeden { $star } na wpis
config-relays-at-most = serwery proxy przekazujące: { $count }, dozwolone co najwyżej { $max }
config-too-many-relay-routes = zbyt wiele tabel { $key }
config-relay-url-scheme = { $url }: serwer proxy przekazujący to { $http } (CONNECT w zwykłym HTTP) lub { $https } (TLS do serwera przekazującego), nie { $scheme }
config-relay-url-password = { $url }: hasło nie powinno znajdować się w adresie URL (konfigurację można odczytać, a `{ $command }` ją wyświetla); umieść je w pliku: { $setting }
config-relay-url-problem = { $url }: { $problem }
config-relay-url-empty-user = { $url }: użytkownik przed @ jest pusty
config-relay-url-not-a-url = { $url } nie ma postaci { $form }: { $problem }
config-relay-user-percent = { $percent } w nazwie użytkownika musi rozpoczynać { $form } (dwie cyfry szesnastkowe)
config-relay-user-not-utf8 = po zdekodowaniu { $form } nazwa użytkownika nie jest w UTF-8
config-users-file-problem = { $key } { $path }: { $problem }
config-users-file-unreadable = nie można odczytać: { $error }
config-users-file-line = wiersz { $line }: { $problem }
config-users-file-not-user-hash = oczekiwano { $form } (postać htpasswd)
config-users-file-user-problem = użytkownik { $user }: { $problem }
config-users-file-user-twice = użytkownik { $user } występuje na liście dwukrotnie
config-bcrypt-hash-invalid = nieprawidłowy skrót bcrypt ({ $error })
config-argon2-hash-invalid = nieprawidłowy ciąg PHC argon2 ({ $error })
config-hash-refused = skrót nie jest skrótem bcrypt ({ $bcrypt }, { $htpasswd }) ani argon2 ({ $argon2 }); { $refused } i hasła w postaci zwykłego tekstu są odrzucane
config-not-a-user-name = { $user } nie jest nazwą użytkownika ({ $min }-{ $max } znaków, bez { $colon } i białych znaków)
config-not-a-subject = nieprawidłowy wpis { $key } { $value }: oczekiwano nazwy DN podmiotu, takiej jak { $examples } lub { $example }
config-region-in-other-cloud = { $key }: { $region } należy do chmury { $cloud }, ale { $setting }
config-dce-host-in-other-cloud = { $key }: { $host } nie jest punktem końcowym zbierania danych chmury { $cloud } ({ $suffix })
config-arc-gateway-not-public = ustawiono { $key }, ale brama Azure Arc istnieje tylko w chmurze publicznej ({ $setting })
config-automation-region-unknown = { $key } obejmuje { $service }, ale Microsoft nie podaje punktów końcowych usługi Automation dla regionu { $region } ({ $regions }); zobacz `{ $command }`
config-automation-region-needs-accounts = { $key } obejmuje { $service }: region { $region } ma tylko punkty końcowe usługi Automation właściwe dla konta; ustaw { $accounts } (identyfikator GUID z adresu URL konta, strona Klucze)
config-endpoint-needs-key = { $services } obejmuje { $service }, którego punkt końcowy dla: { $purpose } ({ $template }) wymaga { $key }; ustaw { $key }
config-ca-file-not-pem = { $key } { $path }: nie można odczytać jako certyfikatów PEM: { $error }
config-ca-file-empty = { $key } { $path } nie zawiera żadnego certyfikatu
config-ca-file-unusable = { $key } { $path }: certyfikat nie nadaje się na urząd certyfikacji (CA): { $error }
config-no-system-roots = serwer proxy przekazujący { $https } wymaga zaufanych certyfikatów głównych, a magazyn systemu nie zawiera żadnego
config-no-system-roots-because = { $problem } ({ $error })
config-install-roots = { $problem }; zainstaluj { $package } lub ustaw { $key }
config-relay-tls-settings = ustawienia TLS dla serwerów przekazujących: { $error }
config-dns-server-examples = np. { $examples }; nie nazwa
config-dns-server-port-zero = port { $port }

## Edits of the config and what they print: config get/set/unset/keys, allowed-host,
## allowed-client-cert, relay-proxy, agent-user, reload; `check`'s report (edit-*).
edit-failed = omsgate: { $error } (zdarzenie { $event })
edit-key-set = ustawiono { $key } w { $path }
edit-key-unset = przywrócono wartość domyślną { $key } w { $path }
edit-host-added = dodano dozwolony host { $host } w { $path }
edit-host-removed = usunięto dozwolony host { $host } w { $path }
edit-cert-added = dodano podmiot certyfikatu klienta { $subject } w { $path }
edit-cert-removed = usunięto podmiot certyfikatu klienta { $subject } w { $path }
edit-relay-set = ustawiono serwer proxy przekazujący na { $address } w { $path }
edit-relays-cleared = usunięto serwery proxy przekazujące w { $path }; tunele łączą się bezpośrednio
edit-relay-added = dodano serwer proxy przekazujący { $url } w { $path }
edit-relay-removed = usunięto serwer proxy przekazujący { $relay } w { $path }
edit-agent-user-added = dodano użytkownika agenta { $user } (lub zmieniono jego hasło) w { $path }
edit-agent-user-removed = usunięto użytkownika agenta { $user } w { $path }
edit-no-gateway = żadna działająca brama nie obsługuje { $path }; zmiana zacznie obowiązywać po jej uruchomieniu
edit-reload-nothing = żadna działająca brama nie obsługuje { $path }: nie ma czego wczytać ponownie (czy została uruchomiona, i to z tą opcją { $flag }?)
edit-reloaded = polecono działającej bramie (pid { $pid }) ponowne wczytanie: { $message } (zdarzenie { $event })
edit-reload-draining = brama o pid { $pid } kończy działanie i nie wczytała ponownie konfiguracji: { $message }
edit-reload-refused = działająca brama (pid { $pid }) nie zastosowała zmiany (zdarzenie { $event }): { $message }
edit-key-value = { $key }: { $reason }
edit-not-a-list = { $key }: wartość w pliku nie jest listą
edit-not-listed = { $value } nie występuje w { $key }; `omsgate { $list }` wyświetla wpisy
edit-would-not-run = zmieniona konfiguracja nie dałaby się uruchomić, więc niczego nie zapisano: { $reason }
edit-not-toml = { $path } nie jest prawidłowym plikiem TOML, więc nie można go bezpiecznie edytować: { $error }
edit-cannot-chown = nie można nadać nowemu plikowi właściciela { $owner } i grupy { $group }, takich jak ma { $path } ({ $error }); uruchom jako root lub jako jego właściciel
edit-too-many-symlinks = { $path }: więcej dowiązań symbolicznych niż { $max }
edit-relay-two-users = { $url } wskazuje użytkownika { $user }, ale { $flag } podaje { $username }: podaj jednego
edit-relay-listed-already = { $key } zawiera już { $address }: najpierw `omsgate relay-proxy remove { $address }`
edit-relay-password-without-user = plik hasła dla { $address } bez użytkownika: podaj { $flag } (lub { $url })
edit-users-file-refused = { $key } { $file }: { $reason }
edit-password-prompt = Hasło użytkownika agenta { $user } (niewidoczne):
edit-password-empty = puste hasło jest odrzucane; podaj je na stdin
edit-agent-users-none = brak { $key } w { $path }: brak użytkowników agentów
edit-key-row = { $key } { $applies } domyślnie { $default }  — { $meaning }
edit-applies-reload = ponowne wczytanie
edit-applies-restart = ponowne uruchomienie
edit-entry = { $origin }: { $reading }; { $ports }
edit-entry-port = tylko port { $port }
edit-entry-ports = porty { $ports } ({ $key })
edit-relay-none = brak serwera proxy przekazującego: tunele łączą się bezpośrednio
edit-relay-default-direct = domyślnie: bezpośrednio (brak { $single } i { $listed })
edit-relay-default = domyślnie ({ $key }), próbowane po kolei:
edit-relay-credentials = { $url }  (użytkownik { $user }, { $password })
edit-relay-no-credentials = { $url }  (bez poświadczeń)
edit-relay-password-file = hasło odczytywane z { $file }
edit-relay-no-password = bez hasła
edit-relay-bypass = bezpośrednio ({ $key }): { $hosts }
edit-relay-route = { $key } { $number }: { $hosts }
edit-relay-retry = serwer przekazujący, który zawiedzie, jest pomijany przez czas { $key } ({ $duration })
edit-relay-ca-file = serwery przekazujące https:// muszą przedstawić certyfikat z { $file }
edit-relay-ca-system = serwery przekazujące https:// muszą przedstawić certyfikat zaufany przez system
edit-cannot-enter = { $user } nie może wejść do { $dir }
edit-cannot-read = { $user } nie może odczytać { $file }
edit-file-mode = { $path } (tryb { $mode }, właściciel { $owner }, grupa { $group })

## What the policy decides and why: explain, allowed-host suggest (explain-*).
explain-failed = omsgate: { $error } (zdarzenie { $event })
explain-not-a-target = { $target } nie ma postaci HOST, HOST:PORT, IP ani [IPv6]:PORT
explain-allowed = dozwolony: { $target }
explain-allowed-by = przez wpis { $entry }  ({ $why })
explain-denied = odrzucony: { $target } (zdarzenie { $event }, { $reason }): { $message }
explain-no-near = żaden wpis nie jest zbliżony
explain-report-mode = { $setting }: ruch jest przepuszczany i rejestrowany jako zdarzenie { $event } z { $field }
explain-then = następnie:
explain-then-were-it-allowed = następnie, gdyby był dozwolony:
explain-route = trasa: { $route }
explain-route-direct = bezpośrednio (nie skonfigurowano serwera proxy przekazującego)
explain-route-default = przez { $relays } ({ $key }; żaden wpis { $bypass } ani { $route } go nie wskazuje)
explain-route-bypass = bezpośrednio, na podstawie wpisu { $entry } w { $key }
explain-route-by-rule = przez { $relays }, na podstawie wpisu { $entry } w { $key } { $number }
explain-relay-one = serwer proxy przekazujący { $relay }
explain-relays = serwery proxy przekazujące { $relays } po kolei (ten, który zawiedzie, jest pomijany przez czas { $key })
explain-relay-then = { $first }, potem { $next }
explain-near-port = pasuje do hosta, ale zezwala na { $ports }, nie na { $port }
explain-near-only-port = tylko port { $port }
explain-near-default-ports = porty w { $key } { $ports }
explain-near-below = pasuje do nazw poniżej { $name }, ale nie do samej nazwy { $name }; dodaj { $name }, aby na nią zezwolić
explain-near-lookalike = { $host } tylko kończy się literami { $name }: nie jest to { $name } ani nazwa poniżej niej
explain-near-label = pierwsza etykieta musi mieć postać { $prefix }…{ $suffix }, z co najmniej jednym znakiem w miejscu *
explain-near-same-domain = w tej samej domenie, ale wpis pasuje do: { $reading }
explain-after-vetted = nazwa jest rozpoznawana raz, a każdy adres jest sprawdzany przed nawiązaniem połączenia: nigdy adres nieokreślony (0.0.0.0, ::) ani własne odbiorniki tej bramy
explain-after-private-allowed = { $setting }: można łączyć się z adresami pętli zwrotnej, prywatnymi i link-local
explain-after-ip-listed = literał IP jest wymieniony dokładnie, więc można się z nim połączyć, nawet jeśli jest prywatny
explain-after-private-refused = adresy pętli zwrotnej, prywatne, link-local (w tym metadane chmury) i inne niepubliczne są odrzucane ({ $setting })
explain-origin-file = plik
explain-origin-default = domyślny
explain-origin-derived = wyprowadzony z: { $from }
explain-reading-exact = dokładnie { $name }
explain-reading-below = dowolna nazwa poniżej { $name } (ale nie sama nazwa { $name })
explain-reading-in-label = nazwa { $prefix }…{ $suffix }.{ $rest }, której pierwsza etykieta ma co najmniej jeden znak w miejscu *
explain-reading-this-and-below = { $name } i dowolna nazwa poniżej (*{ $name } bez kropki w stylu Microsoft)
explain-reading-ip = dokładnie adres { $ip }
explain-deny-host = miejsca docelowego { $host } nie ma w { $key }
explain-deny-port = port { $port } nie jest dozwolony dla { $host } ({ $key } lub wpis host:port)
explain-deny-private = { $target } jest rozpoznawany jako { $ip }, adres typu { $class }; aby na to zezwolić, ustaw { $setting } lub dodaj sam adres IP do listy dozwolonych hostów
explain-deny-unspecified = { $target } prowadzi do { $ip }, adresu nieokreślonego: połączenie z nim trafia do tego hosta, więc nigdy nie jest on miejscem docelowym (nie mogą na to zezwolić ani { $hosts }, ani { $private })
explain-deny-own = { $addr } to ta brama: nasłuchuje ona na tym porcie, a adres należy do tego hosta; tunel do niej tworzyłby pętlę
explain-deny-maybe-own = { $addr } może być tą bramą (nasłuchuje ona na tym porcie), a nie można odczytać adresów tego hosta ({ $error }); odrzucono na wypadek, gdyby tunel do niej tworzył pętlę
explain-deny-identity = miejsce docelowe { $target } nie jest dozwolone dla tożsamości { $identity } (jej { $section } { $hosts } i { $workspaces } lub { $shared })
explain-as-user = jako { $identity }: decyduje wyłącznie własna lista tej sekcji { $section } (jej { $hosts }, hosty wyprowadzone z jej { $workspaces } oraz { $shared })
explain-as-certificate = jako { $identity }: o CONNECT decyduje globalna lista dozwolonych; po odczytaniu komunikatu Certificate agenta (TLS 1.2 i starsze) decyduje także własna lista tej sekcji { $section } (jej { $hosts }, hosty wyprowadzone z jej { $workspaces } oraz { $shared }); agent z TLS 1.3 jest oceniany wyłącznie według globalnej listy dozwolonych
explain-as-unbound = żadna sekcja { $section } nie wskazuje { $identity }: taki agent jest oceniany według globalnej listy dozwolonych
explain-identity-form = { $identity } nie wskazuje żadnej tożsamości: podaj user=NAME lub certificate=SUBJECT
explain-identities-hint = agenci wskazani w sekcji { $section } są oceniani według jej własnej listy: { $flag } wyjaśnia to dla jednego z nich
explain-suggest-none = brak w dzienniku zdarzeń would-deny (zdarzenie { $event } z { $field })
explain-suggest-total = { $tunnels ->
        [one] { $tunnels } tunel zostałby odrzucony; zezwoliłyby na niego te dokładne wpisy.
        [few] { $tunnels } tunele zostałyby odrzucone; zezwoliłyby na nie te dokładne wpisy.
        [many] { $tunnels } tuneli zostałoby odrzuconych; zezwoliłyby na nie te dokładne wpisy.
       *[other] { $tunnels } tunelu zostałoby odrzuconych; zezwoliłyby na nie te dokładne wpisy.
    }
explain-suggest-review = Przejrzyj każdy z nich przed `{ $command }`: tylko to, czego potrzebują agenci.
explain-suggest-entry = { $tunnels ->
        [one] { $tunnels } tunel, pierwszy o { $first }
        [few] { $tunnels } tunele, pierwszy o { $first }
        [many] { $tunnels } tuneli, pierwszy o { $first }
       *[other] { $tunnels } tunelu, pierwszy o { $first }
    }

## The running gateways: status, top, drain (status-*).
status-not-running = nie działa: żadna brama nie obsługuje { $config }
status-no-answer = omsgate (pid { $pid }): działa, ale nie można odczytać jego stanu (starsza wersja omsgate?): { $answer }
status-gateway = omsgate { $version } (pid { $pid }): działa, { $state }; czas działania { $uptime }
status-state-ready = gotowa
status-state-draining-accepting = OPRÓŻNIANIE (kończenie działania: { $readyz } zwraca 503, nadal przyjmuje połączenia)
status-state-draining-closed = OPRÓŻNIANIE (kończenie działania: odbiorniki zamknięte, { $open ->
        [one] { $open } tunel nadal otwarty
        [few] { $open } tunele nadal otwarte
        [many] { $open } tuneli nadal otwartych
       *[other] { $open } tunelu nadal otwartego
    })
status-label-config = konfiguracja
status-label-last-reload = ostatnie wczytanie
status-label-listening = nasłuchiwanie
status-label-tunnels = tunele
status-label-clients = klienci
status-label-recent = ostatnio
status-config = { $source }, generacja { $generation }, { $entries ->
        [one] { $entries } wpis listy dozwolonych hostów
        [few] { $entries } wpisy listy dozwolonych hostów
        [many] { $entries } wpisów listy dozwolonych hostów
       *[other] { $entries } wpisu listy dozwolonych hostów
    }, { $policy }
status-last-reload-none = brak od uruchomienia
status-last-reload = { $ago } temu: { $outcome } — { $message }
status-reload-ok = ok
status-reload-refused = ODRZUCONE
status-listening = { $addresses }; metryki { $metrics }
status-metrics-off = wyłączone
status-tunnels = otwarte: { $open } z { $limit } ({ $percent }%)
status-clients = połączeni: { $connected } ({ $limit })
status-clients-busiest = połączeni: { $connected }; najaktywniejszy: { $address }, otwarte tunele: { $open } ({ $limit })
status-no-client-limit = brak { $key }
status-recent = { $window }:
status-recent-since-start = od uruchomienia ({ $window })
status-recent-last = w ciągu ostatnich { $window }
status-recent-tunnels-opened = otwarte tunele: { $count }
status-recent-rejections = odrzucenia według przyczyny: { $list }
status-recent-errors = błędy według identyfikatora zdarzenia: { $list }
status-none = brak
status-bytes-b = { $value } B
status-bytes-kb = { $value } kB
status-bytes-mb = { $value } MB
status-bytes-gb = { $value } GB
status-bytes-tb = { $value } TB
status-top-heading = omsgate top: pid { $pid }, { $config }, ostatnie { $window }
status-top-busiest-entries = NAJBARDZIEJ OBCIĄŻONE WPISY LISTY DOZWOLONYCH
status-top-tunnels = TUNELE
status-top-open = OTWARTE
status-top-bytes = BAJTY
status-top-no-tunnels = (brak tuneli)
status-top-most-refused = NAJCZĘŚCIEJ ODRZUCANE MIEJSCA DOCELOWE
status-top-refused = ODRZUCONE
status-top-reason = PRZYCZYNA
status-top-no-refusals = (brak odrzuceń)
status-top-refresh = (co { $seconds } s; { $keys } kończy)
status-top-no-answer = { $count ->
        [one] { $count } brama obsługuje
        [few] { $count } bramy obsługują
        [many] { $count } bram obsługuje
       *[other] { $count } bramy obsługuje
    } { $config }, ale żadna nie odpowiedziała na { $command } (starsza wersja omsgate?)
status-drain-none = żadna działająca brama nie obsługuje { $config }: nie ma czego opróżniać (czy została uruchomiona, i to z tą opcją { $flag }? brama, której odbiorniki są zamknięte, jest już opróżniana) (zdarzenie { $event })
status-drain-told = polecono działającej bramie (pid { $pid }) opróżnienie: { $message } (zdarzenie { $event })
status-drain-refused = działająca brama (pid { $pid }) nie rozpoczęła opróżniania (zdarzenie { $event }): { $message }

## Writing a config: init's questions, import-oms (setup-*).
setup-nothing-written = { $error } (zdarzenie { $event }); niczego nie zapisano
setup-init-intro = konfiguracja dla { $path } (Enter zachowuje [wartość domyślną]).
setup-init-exists = { $path } już istnieje; `{ $force }` go zastępuje (lub edytuj go poleceniem `{ $edit }`)
setup-ask-listen-port = Port nasłuchiwania, z którym łączą się agenci (1-65535)
setup-ask-services = Usługi ({ $names }; rozdzielone przecinkami)
setup-ask-cloud = Chmura Azure ({ $names })
setup-ask-workspace-ids = Identyfikatory obszarów roboczych Log Analytics, rozdzielone przecinkami
setup-ask-regions = Regiony Azure maszyn i obszaru roboczego (nazwa ARM, np. { $example })
setup-ask-relay-proxy = Serwer proxy przekazujący, przez który wychodzi ta brama ({ $form }; puste: połączenie bezpośrednie)
setup-ask-relay-username = Nazwa użytkownika serwera proxy przekazującego (puste: brak)
setup-ask-relay-password = Hasło serwera proxy przekazującego (niewidoczne)
setup-flag-needs-flag = { $flag } wymaga { $needed }
setup-no-password-on-stdin = brak hasła na stdin
setup-cannot-read-password = nie można odczytać hasła z terminala: { $error }
setup-stdin-closed = stdin zamknięto, zanim udzielono odpowiedzi na wszystkie pytania
setup-cannot-read-stdin = nie można odczytać stdin: { $error }
setup-try-again = { $error }; spróbuj ponownie
setup-services-need-one = wybrane usługi wymagają co najmniej jednej wartości; spróbuj ponownie
setup-key-needed = { $key } jest wymagany dla wybranych usług; podaj { $flag }
setup-init-wrote = zapisano { $path } (sprawdzony tak, jak wczytuje go `{ $command }`): { $entries ->
        [one] { $entries } wpis listy dozwolonych hostów
        [few] { $entries } wpisy listy dozwolonych hostów
        [many] { $entries } wpisów listy dozwolonych hostów
       *[other] { $entries } wpisu listy dozwolonych hostów
    }, w tym wyprowadzone z katalogu punktów końcowych: { $derived }
setup-init-check-hint = każdy wpis i jego pochodzenie
setup-agents-heading = Na agentach (za modułem równoważenia obciążenia użyj jego adresu zamiast { $host }):
setup-agents-ama = Azure Monitor Agent, ustawienia rozszerzenia (omsgate nie wymaga od agentów poświadczeń):
setup-agents-mma-windows = Agent Log Analytics (MMA) dla systemu Windows: Ustawienia serwera proxy -> serwer proxy { $proxy }, bez nazwy użytkownika
setup-agents-oms-linux = Agent Log Analytics dla systemu Linux: serwer proxy { $proxy } (ustawienie proxy w { $files })
setup-agents-operations-manager = Operations Manager: Konfiguruj serwer proxy -> { $proxy }
setup-agents-arc = Agent Azure Connected Machine: { $command }
setup-load-balancer = Na module równoważenia obciążenia: port TCP { $port } do każdego węzła; sonda kondycji TCP { $port }
setup-load-balancer-readyz = (lub { $request } na porcie { $port }: 200, dopóki węzeł przyjmuje tunele)
setup-import-cannot-read = nie można odczytać { $file }: { $error } (zdarzenie { $event })
setup-import-note = uwaga: { $note }
setup-import-all-mapped = odwzorowano wszystkie elementy
setup-import-not-mapped = nie udało się odwzorować { $count ->
        [one] { $count } elementu:
        [few] { $count } elementów:
        [many] { $count } elementów:
       *[other] { $count } elementu:
    }
setup-import-would-not-run = zaimportowana konfiguracja nie dałaby się uruchomić: { $error } (zdarzenie { $event })
setup-import-wrote = zapisano { $path } (sprawdzony tak, jak wczytuje go `{ $command }`): { $entries ->
        [one] { $entries } wpis listy dozwolonych hostów
        [few] { $entries } wpisy listy dozwolonych hostów
        [many] { $entries } wpisów listy dozwolonych hostów
       *[other] { $entries } wpisu listy dozwolonych hostów
    }
setup-import-exists = { $path } już istnieje; { $flag } go zastępuje
setup-import-not-json = to nie jest JSON w postaci zapisywanej przez { $cmdlet }: { $error }
setup-import-no-cmdlet-value = to nie jest wartość wyświetlana przez żadne polecenie cmdlet
setup-import-not-this-cmdlet-value = to nie jest wartość wyświetlana przez to polecenie cmdlet
setup-import-password-never-shown = polecenia cmdlet nigdy nie pokazują hasła; ustaw je poleceniem `{ $command }`
setup-import-no-setting = brak odpowiadającego ustawienia omsgate
setup-import-no-setting-keys = brak odpowiadającego ustawienia omsgate (`{ $command }` je wymienia)
setup-import-proxy-without-hasproxy = { $has_proxy } nie ma wartości 1, więc instalator ignoruje { $proxy }
setup-import-username-without-hasauth = { $has_auth } i { $has_proxy } nie mają jednocześnie wartości 1
setup-import-password-not-from-command-line = nie jest importowane z wiersza polecenia; ustaw je poleceniem `{ $command }`
setup-import-installdir = folder instalacji w systemie Windows: brak odpowiednika (omsgate jest instalowany z pakietu)
setup-import-licenseaccepted = monit licencyjny instalatora systemu Windows: brak odpowiednika
setup-import-unknown-property = to nie jest udokumentowana właściwość instalatora bramy
setup-import-not-a-port = to nie jest port TCP (1-65535)
setup-import-relay-without-port = brak portu: omsgate wymaga postaci { $form } i nie będzie zgadywać portu serwera proxy przekazującego; ustaw go poleceniem `{ $command }`
setup-import-not-a-relay-url = to nie jest adres serwera proxy przekazującego, którego omsgate może użyć: { $error }
setup-import-not-a-host = to nie jest wpis { $key }: { $error }
setup-import-not-a-subject = to nie jest podmiot certyfikatu klienta, który omsgate potrafi dopasować: { $error }
setup-import-username-without-relay = nazwa użytkownika serwera proxy przekazującego bez adresu serwera proxy przekazującego, który dałoby się odwzorować
setup-import-replaced = { $what } { $old } z wcześniejszego elementu zostaje zastąpiony przez { $new }
setup-import-what-listen-port = port nasłuchiwania
setup-import-what-relay-proxy = serwer proxy przekazujący
setup-import-what-relay-username = nazwa użytkownika serwera proxy przekazującego
setup-import-subject-read-as-cn = podmiot certyfikatu klienta { $subject } jest odczytywany jako { $cn } (omsgate dopasowuje nazwę DN lub CN=…)
setup-import-families-added = obok zaimportowanych hostów dodano domyślne rodziny Azure Monitor: oryginał zezwalał także na swoje automatycznie pobierane punkty końcowe
setup-generate-cannot-write = nie można zapisywać w { $dir }: { $error } (zdarzenie { $event })

## The command line's errors (clap's, in the operator's language) (args-*).
args-unknown-argument = znaleziono nieoczekiwany argument '{ $arg }'
args-unknown-subcommand = nierozpoznane podpolecenie '{ $subcommand }'
args-invalid-value = nieprawidłowa wartość '{ $value }' dla '{ $arg }'
args-invalid-value-why = nieprawidłowa wartość '{ $value }' dla '{ $arg }': { $why }
args-value-missing = '{ $arg }' wymaga wartości, ale jej nie podano
args-missing-required = { $count ->
        [one] nie podano następującego wymaganego argumentu: { $arguments }
       *[other] nie podano następujących wymaganych argumentów: { $arguments }
    }
args-missing-subcommand = '{ $command }' wymaga podpolecenia, ale go nie podano
args-too-many-values = znaleziono nieoczekiwaną wartość '{ $value }' dla '{ $arg }'; nie oczekiwano kolejnych
args-too-few-values = '{ $arg }' wymaga { $min } wartości; podano tylko { $actual }
args-wrong-number-of-values = '{ $arg }' wymaga { $expected } wartości, ale podano { $actual }
args-used-twice = argumentu '{ $arg }' nie można użyć wielokrotnie
args-conflict = argumentu '{ $arg }' nie można użyć razem z { $others }
args-conflict-other = argumentu '{ $arg }' nie można użyć razem z co najmniej jednym z pozostałych podanych argumentów
args-needs-equals = przy przypisywaniu wartości do '{ $arg }' wymagany jest znak równości
args-tip = wskazówka: { $tip }
args-similar-subcommand = { $count ->
        [one] istnieje podobne podpolecenie: { $names }
       *[other] istnieją podobne podpolecenia: { $names }
    }
args-similar-argument = { $count ->
        [one] istnieje podobny argument: { $names }
       *[other] istnieją podobne argumenty: { $names }
    }
args-similar-value = { $count ->
        [one] istnieje podobna wartość: { $names }
       *[other] istnieją podobne wartości: { $names }
    }
args-subcommands = podpolecenia: { $names }
args-tip-pass-as-value = aby przekazać '{ $arg }' jako wartość, użyj '{ $instead }'
args-tip-exists = '{ $name }' istnieje
args-try-help = Aby uzyskać więcej informacji, użyj '{ $help }'.

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
help-top = Najbardziej obciążone wpisy listy dozwolonych hostów i najczęściej odrzucane miejsca docelowe z ostatnich 5 minut, odświeżane co 2 s na terminalu aż do Ctrl-C (do potoku wypisywane jednokrotnie). Kod wyjścia 0, gdy brama odpowiedziała, 1, gdy żadna nie działa
    .once = Wyświetl raz i zakończ, także na terminalu
    .output = `text` lub `json`
help-explain = Wyjaśnij, co zasady postanawiają dla HOST[:PORT] i dlaczego: wpis, który zezwala, lub najbliższe wpisy wraz z powodem, dla którego każdy z nich nie zezwala. Kod wyjścia 0 — dozwolony, 1 — odrzucony, 2 — błędne dane wejściowe
    .target = HOST, HOST:PORT, IP lub [IPv6]:PORT (bez portu: 443)
    .output = `text` lub `json`
    .identity = Oceń jako agent tej sekcji `[[identity]]`, nazwanej tak jak w wierszach dziennika: `user=NAME` lub `certificate=SUBJECT`
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
