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

config-not-a-string = { $value } není řetězec
config-not-a-list = { $value } není seznam
config-not-true-or-false = { $value } není true ani false
config-not-a-whole-number = { $value } není celé číslo
config-not-a-whole-number-in-range = { $value } není celé číslo od { $min } do { $max }
config-not-a-port = { $value } není port TCP ({ $min }-{ $max })
config-not-a-whole-number-or = { $value } není celé číslo ani { $word }
config-not-an-ip-address = { $value } není adresa IPv4 ani IPv6
config-not-an-address-and-port = { $value } není { $form } (např. { $examples }) ani { $off } pro vypnutí
config-not-a-relay-password-file = { $value } není { $form } (host:port předávací proxy tak, jak je v její adrese URL, a za ním její soubor s heslem)
config-not-a-relay-route = { $value } není položka { $key }: zapište tabulku {"{"} { $hosts }, { $relay } {"}"}; relay smí být i seznam, v němž se předávací proxy zkoušejí postupně
config-relay-route-unknown-field = { $value }: neznámé pole `{ $field }` ({ $key } má { $hosts } a { $relay })
config-relay-route-lacks = { $value }: chybí { $field }
config-relay-route-routes-nothing = { $value }: { $hosts } nesměruje nic
config-relay-route-direct = { $value }: { $key } nemůže posílat hostitele přímo ({ $relay }): uveďte je v { $bypass }, jediném místě, které určuje, co jde přímo
config-relay-route-no-relay = { $value }: { $relay } neoznačuje žádnou předávací proxy
config-not-a-dns-server = { $value } není IP adresa serveru DNS ani { $form } ({ $problem })
config-not-one-of = { $value } není žádná z hodnot { $choices }
config-not-an-identity = { $value } není tabulka identity ({"{"} { $user } nebo { $certificate }, { $lists } {"}"})
config-identity-unknown-field = pole identity `{ $field }` je neznámé; pole: { $fields }
config-identity-names-one = identita uvádí právě jedno z { $user } nebo { $certificate }
config-not-an-address-or-cidr = { $value } není adresa ani CIDR, například { $example }
config-not-a-guid = { $value } není GUID ({ $form }, jak ID zobrazuje portál)
config-duration-without-unit = { $value } nemá jednotku; zadejte např. { $examples }
config-duration-not-whole-number = { $value } nezačíná celým číslem
config-duration-unknown-unit = { $value } má neznámou jednotku { $unit }; použijte { $units } nebo { $last }
config-listens-nowhere = { $value } nikde nenaslouchá; zadejte alespoň jednu adresu
config-limit-out-of-range = musí být { $min } až { $max } (včetně) nebo { $word }
config-limit-at-least = musí být alespoň { $min } nebo { $word }
config-duration-at-most = smí být nejvýše { $max }
config-dns-ttl-at-most = smí být nejvýše { $max } (TTL v DNS končí u jednoho dne)
config-stale-at-most = smí být nejvýše { $max } (týden)
config-worker-threads-out-of-range = musí být { $min } (jedno na jádro) až { $max }
config-relay-listed-twice = předávací proxy { $relay } je uvedena dvakrát
config-password-file-listed-twice = { $relay } má více než jeden soubor s heslem: ponechte pro něj jen jednu položku
config-unknown-key-near = neznámý klíč `{ $key }`; neměli jste na mysli `{ $near }`?
config-unknown-key = neznámý klíč `{ $key }`; známé klíče: { $keys }
config-problems = { $first }; { $rest }
config-not-toml = neplatný TOML: { $error }
config-key-is-table-list = { $key } je seznam tabulek: oddíly { $sections }
config-key-is-not-table = { $key } musí být hodnota, ne tabulka
config-key-problem = { $key }: { $problem }
config-key-is = { $key } = { $problem }
config-key-value-problem = { $key } = { $value }: { $problem }
config-default-does-not-parse = vestavěnou výchozí hodnotu { $key } nelze zpracovat: { $error }
config-not-a-region = { $value } není název oblasti ARM (malými písmeny, bez mezer: { $examples })
config-not-a-dce-host = { $value } není hostitel příjmu protokolů koncového bodu shromažďování dat (malými písmeny, jako { $form })
config-not-an-arc-gateway = { $value } není hostitel brány Azure Arc ({ $form }, jak jej zobrazuje `{ $command }`)
config-timeout-zero = časový limit by vypršel okamžitě; zadejte kladnou dobu, například { $example }
config-identity-problem = identita { $identity }: { $problem }
config-identity-twice = identita: { $who } má dvě položky { $sections }
config-user-identity-needs-basic = uživatelská identita vyžaduje { $setting } (bez toho nemá žádný agent uživatelské jméno)
config-workspaces-need-services = { $key } vyžaduje { $services } (katalog odvozuje hostitele každého pracovního prostoru pro služby tam uvedené); nastavte { $services }
config-proxy-protocol-from-empty = { $setting } s prázdným { $key } by odmítlo každou hlavičku; uveďte adresy nástrojů pro vyrovnávání zatížení (např. { $example })
config-basic-needs-users-file = { $setting } vyžaduje { $key } (vytvořte jej pomocí `{ $command }`)
config-client-certificates-empty = { $setting } s prázdným { $key } by odmítlo certifikát každého agenta; přidejte předměty ({ $command }) nebo nastavte zásady na { $off }
config-error-in = { $source }: { $problem }
config-source-embedded = vestavěná výchozí konfigurace
config-effective-settings-from = platné nastavení z { $source }
config-default-note = výchozí
config-relay-proxy-and-proxies = { $single } i { $listed } jsou nastaveny: { $single } je podoba { $listed } pro jedinou předávací proxy; ponechte jen jedno (např. { $example } a zrušte { $single })
config-relay-proxy-with-user = { $setting }: její uživatel patří do { $key } (podoba { $form } je pro { $listed })
config-relay-credentials-without-proxy = { $keys } jsou nastaveny, ale { $key } je prázdný; nastavte { $setting } nebo je vymažte
config-too-many-relays = příliš mnoho předávacích proxy
config-relay-written-differently = { $key }: předávací proxy { $relay } je zde zapsána jako { $here } a jinde jako { $elsewhere }; zapište ji všude stejně
config-password-file-without-user = { $key } má soubor pro { $relay }, ale její adresa URL neuvádí žádného uživatele: zapište { $url }
config-password-file-for-no-relay = { $key } uvádí { $relay }, která není v žádném { $listed } ani { $routes }
config-password-file-without-username = { $key } je nastaven bez { $username }
config-password-file-readable-by-all = { $key }: { $path } může číst každý uživatel (režim { $mode }): proveďte pro něj { $private } (nebo { $group } se skupinou služby)
config-file-unreadable = { $key }: { $path } nelze číst: { $error }
config-file-cannot-be-read = konfigurační soubor nelze číst: { $error }
config-tenant-wide-workspace-ingestion = koncový bod příjmu každého pracovního prostoru Log Analytics
config-tenant-wide-workspace-management = koncový bod správy každého pracovního prostoru Log Analytics
config-tenant-wide-automation-agent-service = službu agenta každého účtu Automation
config-tenant-wide-automation-endpoints = koncové body každého účtu Automation
config-tenant-wide-data-collection-endpoints = každý koncový bod shromažďování dat
config-tenant-wide-storage-blobs = objekty blob každého účtu úložiště
config-tenant-wide-storage-tables = tabulky každého účtu úložiště
config-tenant-wide-storage-queues = fronty každého účtu úložiště
config-tenant-wide-service-bus = každý obor názvů Service Bus
config-tenant-wide-key-vaults = každý Key Vault
config-tenant-wide-derived = Katalog koncových bodů ji odvozuje, protože Microsoft pro tuto službu nedokumentuje žádný užší název; co povoluje, ukáže `{ $command }`
config-tenant-wide-narrow = Spusťte `{ $command }` (nebo nastavte { $keys } a { $last }), abyste místo toho povolili jen vlastní hostitele; co položka povoluje, ukáže `{ $explain }`
config-tenant-wide-entry = Položka { $entry } v { $key } ({ $origin }) povoluje { $what }, nejen vaše: kterýkoli zdejší agent nebo malware na něm může odesílat data kterémukoli z nich. { $todo }
config-warning = upozornění (událost { $event }): { $warning }
config-allowlist-in-force = platný seznam povolených cílů, položku po položce:
config-identity-may-reach-only = identita { $identity } smí přistupovat jen k:
config-in-effect-under-limits = platí v rámci limitů tohoto procesu (jak by se spustil `{ $command }`): { $settings }
config-service-user-cannot-read = { $problem }: služba spuštěná jako { $user } tuto konfiguraci odmítne; předejte soubor její skupině ({ $commands }) nebo zadejte { $flag }
config-wrong-configuration = chybná konfigurace (událost { $event }): { $error }
config-log-unreadable = { $path } nelze číst: { $error } (událost { $event })
config-entry-problem = položka { $entry }: { $problem }
config-too-many-entries = více než { $max } položek
config-target-not-authority = cíl musí být { $form } (tvar authority)
config-target-userinfo = cíl nesmí obsahovat údaje o uživateli ({ $form })
config-target-percent = cíl nesmí obsahovat { $character } (procentové kódování nebo zónu IPv6)
config-target-control-byte = cíl obsahuje řídicí nebo ne-ASCII bajt
config-target-bad-port = port musí být číslo { $min }-{ $max }
config-target-empty-label = hostitel je prázdný nebo má prázdné návěstí
config-target-host-too-long = hostitel je delší než { $max } bajtů
config-target-label-too-long = návěstí hostitele je delší než { $max } bajtů
config-target-bad-host-char = hostitel obsahuje znak, který není v názvu DNS povolen
config-target-ambiguous-numeric = hostitel vypadá jako číselný, ale není platnou IP adresou
config-target-bad-ipv6 = hostitel v hranatých závorkách není platná adresa IPv6
config-wildcard-needs-name = za zástupným znakem musí následovat název, jako v { $example }
config-wildcard-leftmost-label-as-in = { $star } smí stát jen v návěstí zcela vlevo, jako v { $example } nebo { $other }
config-wildcard-in-ip-address = zástupný znak nemůže zastupovat část IP adresy
config-wildcard-leftmost-label = { $star } smí stát jen v návěstí zcela vlevo
config-wildcard-one-per-entry = jen jeden { $star } na položku
config-relays-at-most = počet předávacích proxy { $count }: nejvýše { $max }
config-too-many-relay-routes = příliš mnoho tabulek { $key }
config-relay-url-scheme = { $url }: předávací proxy je { $http } (CONNECT v prostém HTTP) nebo { $https } (TLS k předávací proxy), ne { $scheme }
config-relay-url-password = { $url }: heslo do adresy URL nepatří (konfiguraci lze číst a `{ $command }` ji vypíše); uložte je do souboru: { $setting }
config-relay-url-problem = { $url }: { $problem }
config-relay-url-empty-user = { $url }: uživatel před @ je prázdný
config-relay-url-not-a-url = { $url } není { $form }: { $problem }
config-relay-user-percent = { $percent } v uživateli musí začínat { $form } (dvě šestnáctkové číslice)
config-relay-user-not-utf8 = uživatel není v UTF-8 po dekódování { $form }
config-users-file-problem = { $key } { $path }: { $problem }
config-users-file-unreadable = nelze číst: { $error }
config-users-file-line = řádek { $line }: { $problem }
config-users-file-not-user-hash = očekáváno { $form } (formát htpasswd)
config-users-file-user-problem = uživatel { $user }: { $problem }
config-users-file-user-twice = uživatel { $user } je uveden dvakrát
config-bcrypt-hash-invalid = není platná hodnota hash bcrypt ({ $error })
config-argon2-hash-invalid = není platný řetězec PHC argon2 ({ $error })
config-hash-refused = hodnota hash není bcrypt ({ $bcrypt }, { $htpasswd }) ani argon2 ({ $argon2 }); { $refused } a hesla v prostém textu se odmítají
config-not-a-user-name = { $user } není uživatelské jméno ({ $min }-{ $max } znaků, bez { $colon } a prázdných znaků)
config-not-a-subject = neplatná položka { $key } { $value }: očekáván předmět ve tvaru DN, například { $examples } nebo { $example }
config-region-in-other-cloud = { $key }: { $region } je v cloudu { $cloud }, ale { $setting }
config-dce-host-in-other-cloud = { $key }: { $host } není koncový bod shromažďování dat cloudu { $cloud } ({ $suffix })
config-arc-gateway-not-public = { $key } je nastaven, ale brána Azure Arc existuje jen ve veřejném cloudu ({ $setting })
config-automation-region-unknown = { $key } zahrnuje { $service }, ale Microsoft pro oblast { $region } neuvádí žádné koncové body Automation ({ $regions }); viz `{ $command }`
config-automation-region-needs-accounts = { $key } zahrnuje { $service }: oblast { $region } má jen koncové body Automation specifické pro účet; nastavte { $accounts } (GUID z adresy URL účtu, stránka Klíče)
config-endpoint-needs-key = { $services } zahrnuje { $service }, jejíž koncový bod pro { $purpose } ({ $template }) vyžaduje { $key }; nastavte { $key }
config-ca-file-not-pem = { $key } { $path } nelze načíst jako certifikáty PEM: { $error }
config-ca-file-empty = { $key } { $path } neobsahuje žádný certifikát
config-ca-file-unusable = { $key } { $path }: certifikát není použitelná certifikační autorita: { $error }
config-no-system-roots = předávací proxy { $https } potřebuje důvěryhodné kořenové certifikáty a úložiště systému žádné nemá
config-no-system-roots-because = { $problem } ({ $error })
config-install-roots = { $problem }; nainstalujte { $package } nebo nastavte { $key }
config-relay-tls-settings = nastavení TLS pro předávací proxy: { $error }
config-dns-server-examples = např. { $examples }; ne název
config-dns-server-port-zero = port { $port }

## Edits of the config and what they print: config get/set/unset/keys, allowed-host,
## allowed-client-cert, relay-proxy, agent-user, reload; `check`'s report (edit-*).
edit-failed = omsgate: { $error } (událost { $event })
edit-key-set = { $key } nastaven v { $path }
edit-key-unset = { $key } vrácen na výchozí hodnotu v { $path }
edit-host-added = povolený hostitel { $host } přidán do { $path }
edit-host-removed = povolený hostitel { $host } odebrán z { $path }
edit-cert-added = předmět klientského certifikátu { $subject } přidán do { $path }
edit-cert-removed = předmět klientského certifikátu { $subject } odebrán z { $path }
edit-relay-set = předávací proxy nastavena na { $address } v { $path }
edit-relays-cleared = předávací proxy vymazány; tunely se připojují přímo, v { $path }
edit-relay-added = předávací proxy { $url } přidána do { $path }
edit-relay-removed = předávací proxy { $relay } odebrána z { $path }
edit-agent-user-added = uživatel agenta { $user } přidán (nebo změněno jeho heslo) v { $path }
edit-agent-user-removed = uživatel agenta { $user } odebrán z { $path }
edit-no-gateway = { $path } neobsluhuje žádná spuštěná brána; změna se uplatní při jejím spuštění
edit-reload-nothing = { $path } neobsluhuje žádná spuštěná brána: není co znovu načíst (je spuštěná, a s touto hodnotou { $flag }?)
edit-reloaded = spuštěné bráně (pid { $pid }) bylo řečeno, ať konfiguraci znovu načte: { $message } (událost { $event })
edit-reload-draining = brána s pid { $pid } se zastavuje a nebyla znovu načtena: { $message }
edit-reload-refused = spuštěná brána (pid { $pid }) změnu neuplatnila (událost { $event }): { $message }
edit-key-value = { $key }: { $reason }
edit-not-a-list = { $key }: hodnota v souboru není seznam
edit-not-listed = { $value } není v { $key }; položky zobrazí `omsgate { $list }`
edit-would-not-run = upravená konfigurace by nešla spustit, proto nebylo nic zapsáno: { $reason }
edit-not-toml = { $path } není platný TOML, proto jej nelze bezpečně upravit: { $error }
edit-cannot-chown = novému souboru nelze dát vlastníka { $owner } a skupinu { $group }, jaké má { $path } ({ $error }); spusťte jako root nebo jako jeho vlastník
edit-too-many-symlinks = { $path }: více než { $max } symbolických odkazů
edit-relay-two-users = { $url } uvádí uživatele { $user }, ale { $flag } uvádí { $username }: zadejte jen jednoho
edit-relay-listed-already = { $key } už obsahuje { $address }: nejprve spusťte `omsgate relay-proxy remove { $address }`
edit-relay-password-without-user = soubor s heslem pro { $address } bez uživatele: zadejte { $flag } (nebo { $url })
edit-users-file-refused = { $key } { $file }: { $reason }
edit-password-prompt = Heslo uživatele agenta { $user } (nezobrazuje se):
edit-password-empty = prázdné heslo se odmítá; zadejte je na standardní vstup
edit-agent-users-none = v { $path } není { $key }: žádní uživatelé agentů
edit-key-row = { $key } { $applies } výchozí { $default }  — { $meaning }
edit-applies-reload = znovu načíst
edit-applies-restart = restartovat
edit-entry = { $origin }: { $reading }; { $ports }
edit-entry-port = jen port { $port }
edit-entry-ports = porty { $ports } ({ $key })
edit-relay-none = žádná předávací proxy: tunely se připojují přímo
edit-relay-default-direct = výchozí: přímo (žádné { $single } ani { $listed })
edit-relay-default = výchozí ({ $key }), zkoušeny v tomto pořadí:
edit-relay-credentials = { $url }  (uživatel { $user }, { $password })
edit-relay-no-credentials = { $url }  (bez přihlašovacích údajů)
edit-relay-password-file = heslo načteno z { $file }
edit-relay-no-password = bez hesla
edit-relay-bypass = přímo ({ $key }): { $hosts }
edit-relay-route = { $key } { $number }: { $hosts }
edit-relay-retry = předávací proxy, která selže, se přeskakuje po dobu { $key } ({ $duration })
edit-relay-ca-file = předávací proxy https:// musí předložit certifikát z { $file }
edit-relay-ca-system = předávací proxy https:// musí předložit certifikát, kterému systém důvěřuje
edit-cannot-enter = { $user } nemůže vstoupit do { $dir }
edit-cannot-read = { $user } nemůže číst { $file }
edit-file-mode = { $path } (režim { $mode }, vlastník { $owner }, skupina { $group })

## What the policy decides and why: explain, allowed-host suggest (explain-*).
explain-failed = omsgate: { $error } (událost { $event })
explain-not-a-target = { $target } není HOST, HOST:PORT, IP ani [IPv6]:PORT
explain-allowed = povoleno: { $target }
explain-allowed-by = položkou { $entry }  ({ $why })
explain-denied = zamítnuto: { $target } (událost { $event }, { $reason }): { $message }
explain-no-near = žádná položka se mu neblíží
explain-report-mode = { $setting }: propustí se a zaprotokoluje jako událost { $event } s { $field }
explain-then = potom:
explain-then-were-it-allowed = potom, kdyby byl povolen:
explain-route = trasa: { $route }
explain-route-direct = přímo (není nakonfigurována žádná předávací proxy)
explain-route-default = přes { $relays } ({ $key }; neuvádí jej žádná položka { $bypass } ani { $route })
explain-route-bypass = přímo, podle položky { $key } { $entry }
explain-route-by-rule = přes { $relays }, podle { $key } { $number }, položky { $entry }
explain-relay-one = předávací proxy { $relay }
explain-relays = předávací proxy { $relays } v tomto pořadí (ta, která selže, se přeskakuje po dobu { $key })
explain-relay-then = { $first }, potom { $next }
explain-near-port = odpovídá hostiteli, ale povoluje { $ports }, ne { $port }
explain-near-only-port = jen port { $port }
explain-near-default-ports = porty v { $key } { $ports }
explain-near-below = odpovídá názvům pod { $name }, ne samotnému { $name }; chcete-li jej povolit, přidejte { $name }
explain-near-lookalike = { $host } jen končí písmeny { $name }: není to { $name } ani název pod ním
explain-near-label = první návěstí musí být { $prefix }…{ $suffix } s jedním nebo více znaky v místě *
explain-near-same-domain = ve stejné doméně, ale odpovídá { $reading }
explain-after-vetted = název se přeloží jednou a každá adresa se prověří před navázáním spojení: nikdy ne nespecifikovaná adresa (0.0.0.0, ::) ani vlastní naslouchací sokety této brány
explain-after-private-allowed = { $setting }: lze se připojit k adresám loopback, privátním a link-local
explain-after-ip-listed = IP literál je uveden přesně, takže se k němu lze připojit, i když je privátní
explain-after-private-refused = adresy loopback, privátní, link-local (včetně metadat cloudu) a jiné neveřejné adresy se odmítají ({ $setting })
explain-origin-file = soubor
explain-origin-default = výchozí
explain-origin-derived = odvozeno: { $from }
explain-reading-exact = přesně { $name }
explain-reading-below = libovolný název pod { $name } (ne samotný { $name })
explain-reading-in-label = název { $prefix }…{ $suffix }.{ $rest }, jehož první návěstí má jeden nebo více znaků v místě *
explain-reading-this-and-below = { $name } a libovolný název pod ním (*{ $name } bez tečky podle Microsoftu)
explain-reading-ip = přesně adresa { $ip }
explain-deny-host = cíl { $host } není v { $key }
explain-deny-port = port { $port } není pro { $host } povolen ({ $key } nebo položka host:port)
explain-deny-private = { $target } se překládá na { $ip }, adresu typu { $class }; chcete-li ji povolit, nastavte { $setting } nebo přidejte samotnou IP adresu do seznamu povolených cílů
explain-deny-unspecified = { $target } vede na { $ip }, nespecifikovanou adresu: spojení na ni dosáhne tohoto hostitele, proto nikdy není cílem (nemůže ji povolit { $hosts } ani { $private })
explain-deny-own = { $addr } je tato brána: naslouchá na tomto portu a adresa patří tomuto hostiteli; tunel k ní by vytvořil smyčku
explain-deny-maybe-own = { $addr } může být tato brána (naslouchá na tomto portu) a adresy tohoto hostitele nelze zjistit ({ $error }); odmítnuto pro případ, že by tunel k ní vytvořil smyčku
explain-deny-identity = cíl { $target } není pro identitu { $identity } povolen (její { $section } { $hosts } a { $workspaces } nebo { $shared })
explain-as-user = jako { $identity }: rozhoduje pouze vlastní seznam této sekce { $section } (její { $hosts }, hostitelé odvození z jejích { $workspaces } a { $shared })
explain-as-certificate = jako { $identity }: o CONNECT rozhoduje globální seznam povolených; jakmile je přečtena zpráva Certificate agenta (TLS 1.2 a starší), rozhoduje také vlastní seznam této sekce { $section } (její { $hosts }, hostitelé odvození z jejích { $workspaces } a { $shared }); o agentovi s TLS 1.3 rozhoduje pouze globální seznam povolených
explain-as-unbound = žádná sekce { $section } neuvádí { $identity }: o takovém agentovi rozhoduje globální seznam povolených
explain-identity-form = { $identity } neoznačuje žádnou identitu: zadejte user=NAME nebo certificate=SUBJECT
explain-identities-hint = o agentech, které uvádí sekce { $section }, rozhoduje její vlastní seznam: { $flag } to vysvětlí pro jednoho z nich
explain-suggest-none = v protokolu nejsou žádné události would-deny (událost { $event } s { $field })
explain-suggest-total = { $tunnels ->
        [one] { $tunnels } tunel by byl odmítnut; tyto přesné položky by jej povolily.
        [few] { $tunnels } tunely by byly odmítnuty; tyto přesné položky by je povolily.
        [many] { $tunnels } tunelu by bylo odmítnuto; tyto přesné položky by je povolily.
       *[other] { $tunnels } tunelů by bylo odmítnuto; tyto přesné položky by je povolily.
    }
explain-suggest-review = Před `{ $command }` každou zkontrolujte: jen to, co agenti potřebují.
explain-suggest-entry = { $tunnels ->
        [one] { $tunnels } tunel, první v { $first }
        [few] { $tunnels } tunely, první v { $first }
        [many] { $tunnels } tunelu, první v { $first }
       *[other] { $tunnels } tunelů, první v { $first }
    }

## The running gateways: status, top, drain (status-*).
status-not-running = neběží: { $config } neobsluhuje žádná brána
status-no-answer = omsgate (pid { $pid }): běží, ale jeho stav nelze přečíst (starší omsgate?): { $answer }
status-gateway = omsgate { $version } (pid { $pid }): běží, { $state }; doba běhu { $uptime }
status-state-ready = připraven
status-state-draining-accepting = VYPRAZDŇUJE SE (zastavuje se: { $readyz } vrací 503, stále přijímá)
status-state-draining-closed = VYPRAZDŇUJE SE (zastavuje se: naslouchací sokety zavřeny, { $open ->
        [one] stále otevřen { $open } tunel
        [few] stále otevřeny { $open } tunely
        [many] stále otevřeno { $open } tunelu
       *[other] stále otevřeno { $open } tunelů
    })
status-label-config = konfigurace
status-label-last-reload = poslední načtení
status-label-listening = naslouchá
status-label-tunnels = tunely
status-label-clients = klienti
status-label-recent = nedávno
status-config = { $source }, generace { $generation }, { $entries ->
        [one] { $entries } položka seznamu povolených cílů
        [few] { $entries } položky seznamu povolených cílů
        [many] { $entries } položky seznamu povolených cílů
       *[other] { $entries } položek seznamu povolených cílů
    }, { $policy }
status-last-reload-none = od spuštění žádné
status-last-reload = před { $ago }: { $outcome } — { $message }
status-reload-ok = ok
status-reload-refused = ODMÍTNUTO
status-listening = { $addresses }; metriky { $metrics }
status-metrics-off = vypnuto
status-tunnels = { $open } otevřeno z { $limit } ({ $percent } %)
status-clients = { $connected } připojeno ({ $limit })
status-clients-busiest = { $connected } připojeno; nejvytíženější { $address } s { $open } otevřenými ({ $limit })
status-no-client-limit = bez { $key }
status-recent = { $window }:
status-recent-since-start = od spuštění ({ $window })
status-recent-last = za posledních { $window }
status-recent-tunnels-opened = otevřené tunely: { $count }
status-recent-rejections = odmítnutí podle důvodu: { $list }
status-recent-errors = chyby podle ID události: { $list }
status-none = žádné
status-bytes-b = { $value } B
status-bytes-kb = { $value } kB
status-bytes-mb = { $value } MB
status-bytes-gb = { $value } GB
status-bytes-tb = { $value } TB
status-top-heading = omsgate top: pid { $pid }, { $config }, posledních { $window }
status-top-busiest-entries = NEJVYTÍŽENĚJŠÍ POLOŽKY SEZNAMU POVOLENÝCH CÍLŮ
status-top-tunnels = TUNELY
status-top-open = OTEVŘENÉ
status-top-bytes = BAJTY
status-top-no-tunnels = (žádné tunely)
status-top-most-refused = NEJČASTĚJI ODMÍTANÉ CÍLE
status-top-refused = ODMÍTNUTO
status-top-reason = DŮVOD
status-top-no-refusals = (žádná odmítnutí)
status-top-refresh = (každých { $seconds } s; ukončení { $keys })
status-top-no-answer = { $count ->
        [one] { $config } obsluhuje { $count } brána
        [few] { $config } obsluhují { $count } brány
        [many] { $config } obsluhuje { $count } brány
       *[other] { $config } obsluhuje { $count } bran
    }, ale žádná neodpověděla na { $command } (starší omsgate?)
status-drain-none = { $config } neobsluhuje žádná spuštěná brána: není co vyprázdnit (je spuštěná, a s touto hodnotou { $flag }? brána, jejíž naslouchací sokety jsou zavřené, se již vyprazdňuje) (událost { $event })
status-drain-told = spuštěné bráně (pid { $pid }) bylo řečeno, ať se vyprázdní: { $message } (událost { $event })
status-drain-refused = spuštěná brána (pid { $pid }) se nevyprázdnila (událost { $event }): { $message }

## Writing a config: init's questions, import-oms (setup-*).
setup-nothing-written = { $error } (událost { $event }); nic nebylo zapsáno
setup-init-intro = konfigurace pro { $path } (Enter ponechá [výchozí hodnotu]).
setup-init-exists = { $path } už existuje; `{ $force }` jej nahradí (nebo jej upravte pomocí `{ $edit }`)
setup-ask-listen-port = Port pro naslouchání, ke kterému se agenti připojují (1-65535)
setup-ask-services = Služby ({ $names }; oddělené čárkami)
setup-ask-cloud = Cloud Azure ({ $names })
setup-ask-workspace-ids = ID pracovních prostorů Log Analytics, oddělená čárkami
setup-ask-regions = Oblasti Azure počítačů a pracovního prostoru (název ARM, např. { $example })
setup-ask-relay-proxy = Předávací proxy, přes kterou tato brána vychází ({ $form }; prázdné: připojovat přímo)
setup-ask-relay-username = Uživatelské jméno pro předávací proxy (prázdné: žádné)
setup-ask-relay-password = Heslo pro předávací proxy (nezobrazuje se)
setup-flag-needs-flag = { $flag } vyžaduje { $needed }
setup-no-password-on-stdin = na standardním vstupu není heslo
setup-cannot-read-password = heslo nelze přečíst z terminálu: { $error }
setup-stdin-closed = standardní vstup byl uzavřen dříve, než byly zodpovězeny všechny otázky
setup-cannot-read-stdin = standardní vstup nelze číst: { $error }
setup-try-again = { $error }; zkuste to znovu
setup-services-need-one = zvolené služby vyžadují alespoň jednu hodnotu; zkuste to znovu
setup-key-needed = pro zvolené služby je potřeba { $key }; zadejte { $flag }
setup-init-wrote = zapsáno { $path } (zkontrolováno tak, jak jej čte `{ $command }`): { $entries ->
        [one] { $entries } položka seznamu povolených cílů
        [few] { $entries } položky seznamu povolených cílů
        [many] { $entries } položky seznamu povolených cílů
       *[other] { $entries } položek seznamu povolených cílů
    }, z toho { $derived } odvozeno z katalogu koncových bodů
setup-init-check-hint = každá položka a její původ
setup-agents-heading = Na agentech (za nástrojem pro vyrovnávání zatížení použijte místo { $host } jeho adresu):
setup-agents-ama = Azure Monitor Agent, nastavení rozšíření (omsgate po agentech nežádá žádné přihlašovací údaje):
setup-agents-mma-windows = Agent Log Analytics (MMA) pro Windows: Nastavení proxy -> proxy server { $proxy }, bez uživatelského jména
setup-agents-oms-linux = Agent Log Analytics pro Linux: proxy { $proxy } (jeho nastavení proxy v { $files })
setup-agents-operations-manager = Operations Manager: Konfigurovat proxy server -> { $proxy }
setup-agents-arc = Agent Azure Connected Machine: { $command }
setup-load-balancer = Na nástroji pro vyrovnávání zatížení: port TCP { $port } na každý uzel; sonda stavu TCP { $port }
setup-load-balancer-readyz = (nebo { $request } na portu { $port }: 200, dokud uzel přijímá tunely)
setup-import-cannot-read = { $file } nelze číst: { $error } (událost { $event })
setup-import-note = poznámka: { $note }
setup-import-all-mapped = všechny položky byly převedeny
setup-import-not-mapped = nelze převést { $count ->
        [one] { $count } položku:
        [few] { $count } položky:
        [many] { $count } položky:
       *[other] { $count } položek:
    }
setup-import-would-not-run = importovaná konfigurace by nešla spustit: { $error } (událost { $event })
setup-import-wrote = zapsáno { $path } (zkontrolováno tak, jak jej čte `{ $command }`): { $entries ->
        [one] { $entries } položka seznamu povolených cílů
        [few] { $entries } položky seznamu povolených cílů
        [many] { $entries } položky seznamu povolených cílů
       *[other] { $entries } položek seznamu povolených cílů
    }
setup-import-exists = { $path } už existuje; { $flag } jej nahradí
setup-import-not-json = není JSON ve tvaru, jaký zapisuje { $cmdlet }: { $error }
setup-import-no-cmdlet-value = není hodnota, kterou vypisuje některá rutina
setup-import-not-this-cmdlet-value = není hodnota, kterou vypisuje tato rutina
setup-import-password-never-shown = rutiny heslo nikdy nezobrazují; nastavte je pomocí `{ $command }`
setup-import-no-setting = neodpovídá mu žádné nastavení omsgate
setup-import-no-setting-keys = neodpovídá mu žádné nastavení omsgate (vypíše je `{ $command }`)
setup-import-proxy-without-hasproxy = { $has_proxy } není 1, proto instalace { $proxy } ignoruje
setup-import-username-without-hasauth = { $has_auth } a { $has_proxy } nejsou obě 1
setup-import-password-not-from-command-line = z příkazového řádku se neimportuje; nastavte je pomocí `{ $command }`
setup-import-installdir = instalační složka Windows: bez protějšku (omsgate instaluje balíček)
setup-import-licenseaccepted = licenční dotaz instalace pro Windows: bez protějšku
setup-import-unknown-property = není zdokumentovaná vlastnost instalace brány
setup-import-not-a-port = není port TCP (1-65535)
setup-import-relay-without-port = bez portu: omsgate potřebuje { $form } a port předávací proxy hádat nebude; nastavte jej pomocí `{ $command }`
setup-import-not-a-relay-url = není adresa předávací proxy, kterou omsgate může použít: { $error }
setup-import-not-a-host = není položka { $key }: { $error }
setup-import-not-a-subject = není předmět klientského certifikátu, který omsgate umí porovnat: { $error }
setup-import-username-without-relay = uživatelské jméno pro předávací proxy bez adresy předávací proxy, kterou by šlo převést
setup-import-replaced = { $what } { $old } z dřívější položky nahrazuje { $new }
setup-import-what-listen-port = port pro naslouchání
setup-import-what-relay-proxy = předávací proxy
setup-import-what-relay-username = uživatelské jméno pro předávací proxy
setup-import-subject-read-as-cn = předmět klientského certifikátu { $subject } se čte jako { $cn } (omsgate porovnává DN nebo CN=…)
setup-import-families-added = vedle importovaných hostitelů byly přidány výchozí skupiny Azure Monitor: původní brána povolovala i své automaticky stažené koncové body
setup-generate-cannot-write = do { $dir } nelze zapisovat: { $error } (událost { $event })

## The command line's errors (clap's, in the operator's language) (args-*).
args-unknown-argument = nalezen neočekávaný argument '{ $arg }'
args-unknown-subcommand = nerozpoznaný podpříkaz '{ $subcommand }'
args-invalid-value = neplatná hodnota '{ $value }' pro '{ $arg }'
args-invalid-value-why = neplatná hodnota '{ $value }' pro '{ $arg }': { $why }
args-value-missing = pro '{ $arg }' je vyžadována hodnota, ale žádná nebyla zadána
args-missing-required = { $count ->
        [one] nebyl zadán tento povinný argument: { $arguments }
       *[other] nebyly zadány tyto povinné argumenty: { $arguments }
    }
args-missing-subcommand = '{ $command }' vyžaduje podpříkaz, ale žádný nebyl zadán
args-too-many-values = nalezena neočekávaná hodnota '{ $value }' pro '{ $arg }'; další hodnoty se neočekávaly
args-too-few-values = počet hodnot vyžadovaný pro '{ $arg }': { $min }; { $actual ->
        [one] zadána byla jen { $actual }
        [few] zadány byly jen { $actual }
        [many] zadáno bylo jen { $actual }
       *[other] zadáno bylo jen { $actual }
    }
args-wrong-number-of-values = počet hodnot vyžadovaný pro '{ $arg }': { $expected }, ale { $actual ->
        [one] zadána byla { $actual }
        [few] zadány byly { $actual }
        [many] zadáno bylo { $actual }
       *[other] zadáno bylo { $actual }
    }
args-used-twice = argument '{ $arg }' nelze použít vícekrát
args-conflict = argument '{ $arg }' nelze použít s { $others }
args-conflict-other = argument '{ $arg }' nelze použít s jedním nebo více dalšími zadanými argumenty
args-needs-equals = při přiřazování hodnot k '{ $arg }' je nutné rovnítko
args-tip = tip: { $tip }
args-similar-subcommand = { $count ->
        [one] existuje podobný podpříkaz: { $names }
       *[other] existují podobné podpříkazy: { $names }
    }
args-similar-argument = { $count ->
        [one] existuje podobný argument: { $names }
       *[other] existují podobné argumenty: { $names }
    }
args-similar-value = { $count ->
        [one] existuje podobná hodnota: { $names }
       *[other] existují podobné hodnoty: { $names }
    }
args-subcommands = podpříkazy: { $names }
args-tip-pass-as-value = chcete-li předat '{ $arg }' jako hodnotu, použijte '{ $instead }'
args-tip-exists = '{ $name }' existuje
args-try-help = Další informace získáte pomocí '{ $help }'.

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
    .identity = Rozhodne jako agent této sekce `[[identity]]`, pojmenované tak, jak ji uvádějí řádky protokolu: `user=NAME` nebo `certificate=SUBJECT`
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
