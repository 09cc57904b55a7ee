## omsgate's messages in English: the source every other language translates.
## IDs: help-* the command line's help (mirrors the doc comments in src/cli/mod.rs);
## the rest are built in code with msg!/t! and say what the code is doing.

help-ui =
    .usage = Használat:
    .options = Kapcsolók
    .arguments = Argumentumok
    .commands = Parancsok
    .help = Súgó kiírása (részletesebben: '--help')
    .help-long = Súgó kiírása (összefoglaló: '-h')
    .version = Verzió kiírása
    .help-command = Ez az üzenet vagy a megadott alparancs(ok) súgójának kiírása
help-possible-values = lehetséges értékek: { $values }
help-default = alapértelmezés: { $value }


## Config errors: what `check`, `run` and every edit say about a value that cannot run (config-*).

config-not-a-string = { $value } nem karakterlánc
config-not-a-list = { $value } nem lista
config-not-true-or-false = { $value } nem true és nem false
config-not-a-whole-number = { $value } nem egész szám
config-not-a-whole-number-in-range = { $value } nem { $min } és { $max } közötti egész szám
config-not-a-port = { $value } nem TCP-port ({ $min }-{ $max })
config-not-a-whole-number-or = { $value } nem egész szám, és nem is { $word }
config-not-an-ip-address = { $value } nem IPv4- vagy IPv6-cím
config-not-an-address-and-port = { $value } nem { $form } (pl. { $examples }), és nem is { $off } (kikapcsolás)
config-not-a-relay-password-file = { $value } nem { $form } (a továbbító proxy host:port értéke az URL-jében szereplő formában, majd a jelszófájlja)
config-not-a-relay-route = { $value } nem { $key } bejegyzés: írjon egy {"{"} { $hosts }, { $relay } {"}"} táblát; a relay lehet továbbító proxyk listája is, sorban kipróbálva
config-relay-route-unknown-field = { $value }: ismeretlen mező: `{ $field }` (egy { $key } tartalma: { $hosts } és { $relay })
config-relay-route-lacks = { $value }: hiányzik: { $field }
config-relay-route-routes-nothing = { $value }: a(z) { $hosts } semmit sem irányít
config-relay-route-direct = { $value }: egy { $key } nem küldhet gazdagépeket közvetlenül ({ $relay }): sorolja fel őket itt: { $bypass } – ez az egyetlen hely, amely megmondja, mi megy közvetlenül
config-relay-route-no-relay = { $value }: a(z) { $relay } nem nevez meg továbbító proxyt
config-not-a-dns-server = { $value } nem DNS-kiszolgáló IP-címe, és nem is { $form } ({ $problem })
config-not-one-of = { $value } nem szerepel a következők között: { $choices }
config-not-an-identity = { $value } nem identitástábla ({"{"} { $user } vagy { $certificate }, { $lists } {"}"})
config-identity-unknown-field = ismeretlen identitásmező: `{ $field }`; mezők: { $fields }
config-identity-names-one = egy identitás pontosan egyet nevez meg a következők közül: { $user } vagy { $certificate }
config-not-an-address-or-cidr = { $value } nem cím és nem CIDR (például { $example })
config-not-a-guid = { $value } nem GUID ({ $form }, ahogy a portál az azonosítót mutatja)
config-duration-without-unit = { $value } értéknek nincs mértékegysége; írja például így: { $examples }
config-duration-not-whole-number = { $value } nem egész számmal kezdődik
config-duration-unknown-unit = { $value } ismeretlen mértékegységet tartalmaz ({ $unit }); használható: { $units } vagy { $last }
config-listens-nowhere = { $value } sehol sem figyel; legalább egy címet meg kell adni
config-limit-out-of-range = értéke { $min } és { $max } között (a határokat is beleértve) vagy { $word } lehet
config-limit-at-least = értéke legalább { $min } vagy { $word } lehet
config-duration-at-most = értéke legfeljebb { $max } lehet
config-dns-ttl-at-most = értéke legfeljebb { $max } lehet (a DNS TTL-értékei egy napnál véget érnek)
config-stale-at-most = értéke legfeljebb { $max } lehet (egy hét)
config-worker-threads-out-of-range = értéke { $min } (magonként egy) és { $max } között lehet
config-relay-listed-twice = a(z) { $relay } továbbító proxy kétszer szerepel
config-password-file-listed-twice = a(z) { $relay } címhez egynél több jelszófájl tartozik: csak egy bejegyzést hagyjon meg hozzá
config-unknown-key-near = ismeretlen kulcs: `{ $key }`; erre gondolt: `{ $near }`?
config-unknown-key = ismeretlen kulcs: `{ $key }`; ismert kulcsok: { $keys }
config-problems = { $first }; { $rest }
config-not-toml = érvénytelen TOML: { $error }
config-key-is-table-list = { $key } táblák listája: { $sections } szakaszok
config-key-is-not-table = { $key } értéknek kell lennie, nem táblának
config-key-problem = { $key }: { $problem }
config-key-is = { $key } = { $problem }
config-key-value-problem = { $key } = { $value }: { $problem }
config-default-does-not-parse = a(z) { $key } beépített alapértéke nem értelmezhető: { $error }
config-not-a-region = { $value } nem ARM-régiónév (kisbetűs, szóközök nélkül: { $examples })
config-not-a-dce-host = { $value } nem adatgyűjtési végpont naplóbetöltési gazdagépe (kisbetűs, mint { $form })
config-not-an-arc-gateway = { $value } nem Azure Arc-átjáró gazdagépe ({ $form }, ahogy a(z) `{ $command }` mutatja)
config-timeout-zero = azonnal időtúllépés történne; pozitív időtartamot kell megadni, például { $example }
config-identity-problem = { $identity } identitás: { $problem }
config-identity-twice = identitás: { $who } két { $sections } bejegyzéssel rendelkezik
config-user-identity-needs-basic = a felhasználói identitáshoz szükséges: { $setting } (enélkül egyetlen ügynöknek sincs felhasználóneve)
config-workspaces-need-services = { $key } esetén szükséges: { $services } (a katalógus az ott megnevezett szolgáltatásokhoz vezeti le az egyes munkaterületek gazdagépeit); állítsa be: { $services }
config-proxy-protocol-from-empty = { $setting } üres { $key } értékkel minden fejlécet elutasítana; sorolja fel a terheléselosztók címeit (pl. { $example })
config-basic-needs-users-file = { $setting } esetén szükséges: { $key } (létrehozás: `{ $command }`)
config-client-certificates-empty = { $setting } üres { $key } értékkel minden ügynök tanúsítványát elutasítaná; adjon hozzá tulajdonosokat ({ $command }), vagy állítsa a házirendet erre: { $off }
config-error-in = { $source }: { $problem }
config-source-embedded = beépített alapértelmezés
config-effective-settings-from = érvényes beállítások innen: { $source }
config-default-note = alapértelmezett
config-relay-proxy-and-proxies = { $single } és { $listed } egyaránt be van állítva: { $single } a(z) { $listed } egyetlen továbbító proxyra vonatkozó formája; csak az egyiket tartsa meg (pl. { $example }, és törölje ezt: { $single })
config-relay-proxy-with-user = { $setting }: a felhasználója ide tartozik: { $key } (a(z) { $form } forma a(z) { $listed } számára való)
config-relay-credentials-without-proxy = { $keys } be van állítva, de { $key } üres; állítsa be: { $setting }, vagy törölje őket
config-too-many-relays = túl sok továbbító proxy
config-relay-written-differently = { $key }: a(z) { $relay } továbbító proxy itt { $here }, máshol { $elsewhere } formában szerepel; mindenhol egyformán írja
config-password-file-without-user = { $key } fájlt tartalmaz ehhez: { $relay }, de az URL-je nem nevez meg felhasználót: írja így: { $url }
config-password-file-for-no-relay = { $key } megnevezi ezt: { $relay }, de az nem szerepel egyik { $listed } vagy { $routes } beállításban sem
config-password-file-without-username = { $key } be van állítva { $username } nélkül
config-password-file-readable-by-all = { $key }: { $path } minden felhasználó számára olvasható ({ $mode } mód): futtassa rá ezt: { $private } (vagy { $group } a szolgáltatás csoportjával)
config-file-unreadable = { $key }: { $path } nem olvasható: { $error }
config-file-cannot-be-read = a konfigurációs fájl nem olvasható: { $error }
config-tenant-wide-workspace-ingestion = minden Log Analytics-munkaterület betöltési végpontját
config-tenant-wide-workspace-management = minden Log Analytics-munkaterület felügyeleti végpontját
config-tenant-wide-automation-agent-service = minden Automation-fiók ügynökszolgáltatását
config-tenant-wide-automation-endpoints = minden Automation-fiók végpontjait
config-tenant-wide-data-collection-endpoints = minden adatgyűjtési végpontot
config-tenant-wide-storage-blobs = minden tárfiók blobjait
config-tenant-wide-storage-tables = minden tárfiók tábláit
config-tenant-wide-storage-queues = minden tárfiók üzenetsorait
config-tenant-wide-service-bus = minden Service Bus-névteret
config-tenant-wide-key-vaults = minden Key Vaultot
config-tenant-wide-derived = A végpontkatalógus azért vezeti le, mert a Microsoft nem dokumentál szűkebb nevet ehhez a szolgáltatáshoz; hogy mit engedélyez, azt a(z) `{ $command }` mutatja meg
config-tenant-wide-narrow = Futtassa a(z) `{ $command }` parancsot (vagy állítsa be: { $keys } és { $last }), hogy helyette a saját gazdagépeit engedélyezze; hogy egy bejegyzés mit engedélyez, azt a(z) `{ $explain }` mutatja meg
config-tenant-wide-entry = A(z) { $key } { $entry } bejegyzése ({ $origin }) { $what } engedélyezi, nem csak az Önéit: bármely itteni ügynök vagy egy ügynökön futó kártevő bármelyiküknek küldhet adatokat. { $todo }
config-warning = figyelmeztetés ({ $event }. esemény): { $warning }
config-allowlist-in-force = az érvényes engedélyezési lista, bejegyzésenként:
config-identity-may-reach-only = a(z) { $identity } identitás csak ezeket érheti el:
config-in-effect-under-limits = e folyamat korlátai mellett érvényes (ahogy a(z) `{ $command }` indulna): { $settings }
config-service-user-cannot-read = { $problem }: a(z) { $user } felhasználóként futó szolgáltatás el fogja utasítani ezt a konfigurációt; adja a fájlt a csoportjának ({ $commands }), vagy adja meg ezt: { $flag }
config-wrong-configuration = hibás konfiguráció ({ $event }. esemény): { $error }
config-log-unreadable = { $path } nem olvasható: { $error } ({ $event }. esemény)
config-entry-problem = { $entry } bejegyzés: { $problem }
config-too-many-entries = több mint { $max } bejegyzés
config-target-not-authority = a célnak { $form } formájúnak kell lennie (authority forma)
config-target-userinfo = a cél nem tartalmazhat felhasználói adatokat ({ $form })
config-target-percent = a cél nem tartalmazhat { $character } karaktert (százalékos kódolás vagy IPv6-zóna)
config-target-control-byte = a cél vezérlő- vagy nem ASCII-bájtot tartalmaz
config-target-bad-port = a portnak { $min }-{ $max } közötti számnak kell lennie
config-target-empty-label = a gazdagép üres, vagy üres címkét tartalmaz
config-target-host-too-long = a gazdagép hosszabb { $max } bájtnál
config-target-label-too-long = egy gazdagépcímke hosszabb { $max } bájtnál
config-target-bad-host-char = a gazdagép DNS-névben nem engedélyezett karaktert tartalmaz
config-target-ambiguous-numeric = a gazdagép számnak tűnik, de nem érvényes IP-cím
config-target-bad-ipv6 = a szögletes zárójelbe tett gazdagép nem érvényes IPv6-cím
config-wildcard-needs-name = a helyettesítő karakter után névnek kell következnie, mint itt: { $example }
config-wildcard-leftmost-label-as-in = { $star } csak a bal szélső címkében állhat, mint itt: { $example } vagy { $other }
config-wildcard-in-ip-address = helyettesítő karakter nem állhat egy IP-cím része helyett
config-wildcard-leftmost-label = { $star } csak a bal szélső címkében állhat
config-wildcard-one-per-entry = bejegyzésenként egy { $star }
config-relays-at-most = { $count } továbbító proxy: legfeljebb { $max } lehet
config-too-many-relay-routes = túl sok { $key } tábla
config-relay-url-scheme = { $url }: a továbbító proxy { $http } (CONNECT egyszerű HTTP-n) vagy { $https } (TLS a továbbító proxyig) lehet, nem { $scheme }
config-relay-url-password = { $url }: jelszó nem való az URL-be (a konfiguráció olvasható, és a(z) `{ $command }` kiírja); tegye fájlba: { $setting }
config-relay-url-problem = { $url }: { $problem }
config-relay-url-empty-user = { $url }: a @ előtti felhasználó üres
config-relay-url-not-a-url = { $url } nem { $form }: { $problem }
config-relay-user-percent = a felhasználóban szereplő { $percent } után { $form } formának kell következnie (két hexadecimális számjegy)
config-relay-user-not-utf8 = a felhasználó a(z) { $form } dekódolása után nem UTF-8
config-users-file-problem = { $key } { $path }: { $problem }
config-users-file-unreadable = nem olvasható: { $error }
config-users-file-line = { $line }. sor: { $problem }
config-users-file-not-user-hash = várt forma: { $form } (htpasswd-forma)
config-users-file-user-problem = { $user } felhasználó: { $problem }
config-users-file-user-twice = a(z) { $user } felhasználó kétszer szerepel
config-bcrypt-hash-invalid = nem érvényes bcrypt-kivonat ({ $error })
config-argon2-hash-invalid = nem érvényes argon2 PHC-karakterlánc ({ $error })
config-hash-refused = a kivonat nem bcrypt ({ $bcrypt }, { $htpasswd }) és nem argon2 ({ $argon2 }); a(z) { $refused } és az egyszerű szöveges jelszavak elutasítva
config-not-a-user-name = { $user } nem felhasználónév ({ $min }-{ $max } karakter, { $colon } és szóköz nélkül)
config-not-a-subject = érvénytelen { $key } bejegyzés: { $value }; tulajdonos-DN várt, például { $examples } vagy { $example }
config-region-in-other-cloud = { $key }: { $region } a(z) { $cloud } felhőben van, de { $setting }
config-dce-host-in-other-cloud = { $key }: { $host } nem a(z) { $cloud } felhő adatgyűjtési végpontja ({ $suffix })
config-arc-gateway-not-public = { $key } be van állítva, de az Azure Arc-átjáró csak a nyilvános felhőben létezik ({ $setting })
config-automation-region-unknown = { $key } tartalmazza ezt: { $service }, de a Microsoft nem sorol fel Automation-végpontokat a(z) { $region } régióhoz ({ $regions }); lásd: `{ $command }`
config-automation-region-needs-accounts = { $key } tartalmazza ezt: { $service }: a(z) { $region } régiónak csak fiókspecifikus Automation-végpontjai vannak; állítsa be: { $accounts } (a GUID a fiók URL-jéből, Kulcsok lap)
config-endpoint-needs-key = { $services } tartalmazza ezt: { $service }, amelynek { $purpose } célú végpontjához ({ $template }) szükséges: { $key }; állítsa be: { $key }
config-ca-file-not-pem = { $key } { $path } nem olvasható PEM-tanúsítványokként: { $error }
config-ca-file-empty = { $key } { $path } nem tartalmaz tanúsítványt
config-ca-file-unusable = { $key } { $path }: egy tanúsítvány nem használható hitelesítésszolgáltatóként: { $error }
config-no-system-roots = egy { $https } továbbító proxyhoz megbízható gyökértanúsítványok kellenek, a rendszer tárolójában viszont nincs egy sem
config-no-system-roots-because = { $problem } ({ $error })
config-install-roots = { $problem }; telepítse ezt: { $package }, vagy állítsa be: { $key }
config-relay-tls-settings = a továbbító proxyk TLS-beállításai: { $error }
config-dns-server-examples = pl. { $examples }; nem név
config-dns-server-port-zero = { $port } port

## Edits of the config and what they print: config get/set/unset/keys, allowed-host,
## allowed-client-cert, relay-proxy, agent-user, reload; `check`'s report (edit-*).
edit-failed = omsgate: { $error } ({ $event }. esemény)
edit-key-set = { $key } beállítva itt: { $path }
edit-key-unset = { $key } visszaállítva az alapértékre itt: { $path }
edit-host-added = engedélyezett gazdagép ({ $host }) hozzáadva itt: { $path }
edit-host-removed = engedélyezett gazdagép ({ $host }) eltávolítva itt: { $path }
edit-cert-added = ügyféltanúsítvány-tulajdonos ({ $subject }) hozzáadva itt: { $path }
edit-cert-removed = ügyféltanúsítvány-tulajdonos ({ $subject }) eltávolítva itt: { $path }
edit-relay-set = továbbító proxy beállítva erre: { $address }, itt: { $path }
edit-relays-cleared = továbbító proxyk törölve; az alagutak közvetlenül kapcsolódnak, itt: { $path }
edit-relay-added = továbbító proxy ({ $url }) hozzáadva itt: { $path }
edit-relay-removed = továbbító proxy ({ $relay }) eltávolítva itt: { $path }
edit-agent-user-added = ügynökfelhasználó ({ $user }) hozzáadva (vagy jelszava módosítva) itt: { $path }
edit-agent-user-removed = ügynökfelhasználó ({ $user }) eltávolítva itt: { $path }
edit-no-gateway = egyetlen futó átjáró sem szolgálja ki ezt: { $path }; a módosítás az indításkor lép életbe
edit-reload-nothing = egyetlen futó átjáró sem szolgálja ki ezt: { $path }; nincs mit újratölteni (el van indítva, és ezzel a(z) { $flag } értékkel?)
edit-reloaded = a futó átjáró (PID: { $pid }) utasítva az újratöltésre: { $message } ({ $event }. esemény)
edit-reload-draining = a(z) { $pid } PID-ű átjáró leáll, ezért nem lett újratöltve: { $message }
edit-reload-refused = a futó átjáró (PID: { $pid }) nem alkalmazta ({ $event }. esemény): { $message }
edit-key-value = { $key }: { $reason }
edit-not-a-list = { $key }: a fájlban szereplő érték nem lista
edit-not-listed = { $value } nem szerepel itt: { $key }; a bejegyzéseket az `omsgate { $list }` mutatja
edit-would-not-run = a szerkesztett konfiguráció nem futna, ezért semmi sem lett kiírva: { $reason }
edit-not-toml = { $path } nem érvényes TOML, ezért nem szerkeszthető biztonságosan: { $error }
edit-cannot-chown = az új fájl nem kaphatja meg a(z) { $path } tulajdonosát ({ $owner }) és csoportját ({ $group }) ({ $error }); futtassa rootként vagy a fájl tulajdonosaként
edit-too-many-symlinks = { $path }: több mint { $max } szimbolikus hivatkozás
edit-relay-two-users = { $url } a(z) { $user } felhasználót nevezi meg, de a(z) { $flag } szerint { $username }: csak egyet adjon meg
edit-relay-listed-already = { $key } már tartalmazza ezt: { $address }; előbb futtassa: `omsgate relay-proxy remove { $address }`
edit-relay-password-without-user = jelszófájl ehhez: { $address }, felhasználó nélkül: adja meg a(z) { $flag } kapcsolót (vagy { $url })
edit-users-file-refused = { $key } { $file }: { $reason }
edit-password-prompt = A(z) { $user } ügynökfelhasználó jelszava (nem jelenik meg):
edit-password-empty = üres jelszó nem fogadható el; adja meg a szabványos bemeneten
edit-agent-users-none = nincs { $key } itt: { $path }; nincsenek ügynökfelhasználók
edit-key-row = { $key } { $applies } alapérték: { $default }  — { $meaning }
edit-applies-reload = újratöltés
edit-applies-restart = újraindítás
edit-entry = { $origin }: { $reading }; { $ports }
edit-entry-port = csak a(z) { $port } port
edit-entry-ports = portok: { $ports } ({ $key })
edit-relay-none = nincs továbbító proxy: az alagutak közvetlenül kapcsolódnak
edit-relay-default-direct = alapértelmezés: közvetlen (nincs { $single } vagy { $listed })
edit-relay-default = alapértelmezés ({ $key }), ebben a sorrendben próbálva:
edit-relay-credentials = { $url }  (felhasználó: { $user }, { $password })
edit-relay-no-credentials = { $url }  (hitelesítő adatok nélkül)
edit-relay-password-file = jelszó beolvasva innen: { $file }
edit-relay-no-password = nincs jelszó
edit-relay-bypass = közvetlen ({ $key }): { $hosts }
edit-relay-route = { $key } { $number }: { $hosts }
edit-relay-retry = a hibás továbbító proxy ki lesz hagyva a(z) { $key } idejére ({ $duration })
edit-relay-ca-file = a https:// továbbító proxyknak innen származó tanúsítványt kell bemutatniuk: { $file }
edit-relay-ca-system = a https:// továbbító proxyknak a rendszer által megbízhatónak tartott tanúsítványt kell bemutatniuk
edit-cannot-enter = { $user } nem tud belépni ebbe: { $dir }
edit-cannot-read = { $user } nem tudja olvasni ezt: { $file }
edit-file-mode = { $path } (mód: { $mode }, tulajdonos: { $owner }, csoport: { $group })

## What the policy decides and why: explain, allowed-host suggest (explain-*).
explain-failed = omsgate: { $error } ({ $event }. esemény)
explain-not-a-target = { $target } nem HOST, HOST:PORT, IP vagy [IPv6]:PORT
explain-allowed = engedélyezve: { $target }
explain-allowed-by = engedélyezi: { $entry }  ({ $why })
explain-denied = megtagadva: { $target } ({ $event }. esemény, { $reason }): { $message }
explain-no-near = egyetlen bejegyzés sem áll hozzá közel
explain-report-mode = { $setting }: átengedve, naplózva { $event }. eseményként, ezzel: { $field }
explain-then = ezután:
explain-then-were-it-allowed = ezután, ha engedélyezve lenne:
explain-route = útvonal: { $route }
explain-route-direct = közvetlen (nincs továbbító proxy konfigurálva)
explain-route-default = ezen keresztül: { $relays } ({ $key }; egyetlen { $bypass } vagy { $route } bejegyzés sem nevezi meg)
explain-route-bypass = közvetlen, a(z) { $key } { $entry } bejegyzése alapján
explain-route-by-rule = ezen keresztül: { $relays }, a(z) { $key } { $number } { $entry } bejegyzése alapján
explain-relay-one = a(z) { $relay } továbbító proxy
explain-relays = a(z) { $relays } továbbító proxyk ebben a sorrendben (a hibás ki lesz hagyva a(z) { $key } idejére)
explain-relay-then = { $first }, majd { $next }
explain-near-port = egyezik a gazdagéppel, de ezt engedélyezi: { $ports }, nem ezt: { $port }
explain-near-only-port = csak a(z) { $port } port
explain-near-default-ports = a(z) { $key } portjai: { $ports }
explain-near-below = a(z) { $name } alatti nevekkel egyezik, magával a(z) { $name } névvel nem; engedélyezéséhez adja hozzá: { $name }
explain-near-lookalike = { $host } csak a(z) { $name } betűire végződik: nem { $name }, és nem is alatta lévő név
explain-near-label = az első címkének { $prefix }…{ $suffix } formájúnak kell lennie, a * helyén egy vagy több karakterrel
explain-near-same-domain = ugyanabban a tartományban van, de ezzel egyezik: { $reading }
explain-after-vetted = a név egyszer lesz feloldva, és minden cím ellenőrizve lesz, mielőtt kapcsolódás történne valamelyikhez: soha nem a meghatározatlan cím (0.0.0.0, ::), és nem az átjáró saját figyelői
explain-after-private-allowed = { $setting }: visszacsatolási, magán- és kapcsolati szintű helyi címekhez is lehet kapcsolódni
explain-after-ip-listed = az IP-literál pontosan szerepel a listán, így kapcsolódni lehet hozzá akkor is, ha magáncím
explain-after-private-refused = a visszacsatolási, magán-, kapcsolati szintű helyi (a felhőmetaadatokat is beleértve) és egyéb nem nyilvános címek elutasítva ({ $setting })
explain-origin-file = fájl
explain-origin-default = alapértelmezett
explain-origin-derived = levezetve: { $from }
explain-reading-exact = pontosan { $name }
explain-reading-below = bármely név a(z) { $name } alatt (magát a(z) { $name } nevet nem)
explain-reading-in-label = { $prefix }…{ $suffix }.{ $rest } alakú név, amelynek első címkéjében a * helyén egy vagy több karakter áll
explain-reading-this-and-below = { $name } és bármely alatta lévő név (a Microsoft pont nélküli *{ $name } formája)
explain-reading-ip = pontosan a(z) { $ip } cím
explain-deny-host = a(z) { $host } cél nem szerepel itt: { $key }
explain-deny-port = a(z) { $port } port nem engedélyezett a(z) { $host } számára ({ $key } vagy egy host:port bejegyzés)
explain-deny-private = { $target } feloldott címe { $ip }, amely { $class } cím; engedélyezéséhez állítsa be: { $setting }, vagy vegye fel magát az IP-címet az engedélyezési listára
explain-deny-unspecified = { $target } ide vezet: { $ip }, ez meghatározatlan cím: az ide irányuló kapcsolódás ezt a gazdagépet éri el, ezért sosem lehet cél (sem { $hosts }, sem { $private } nem engedélyezheti)
explain-deny-own = { $addr } ez az átjáró: ezen a porton figyel, és a cím e gazdagép egyik címe; az ide vezető alagút hurkot képezne
explain-deny-maybe-own = { $addr } lehet ez az átjáró (ezen a porton figyel), és e gazdagép címei nem olvashatók ({ $error }); elutasítva arra az esetre, ha az ide vezető alagút hurkot képezne
explain-deny-identity = a(z) { $target } cél nem engedélyezett a(z) { $identity } identitás számára (ennek { $section } { $hosts } és { $workspaces } beállításai, vagy { $shared })
explain-as-user = { $identity } nevében: csak ennek a(z) { $section } szakasznak a saját listája dönt (a(z) { $hosts }, a(z) { $workspaces } alapján származtatott hostok és a(z) { $shared })
explain-as-certificate = { $identity } nevében: a CONNECT-ről a globális engedélyezési lista dönt; amint az ügynök Certificate üzenete beolvasásra került (TLS 1.2 és korábbi), ennek a(z) { $section } szakasznak a saját listája is dönt (a(z) { $hosts }, a(z) { $workspaces } alapján származtatott hostok és a(z) { $shared }); TLS 1.3-at használó ügynökről csak a globális engedélyezési lista dönt
explain-as-unbound = egyetlen { $section } szakasz sem nevezi meg ezt: { $identity }; az ilyen ügynökről a globális engedélyezési lista dönt
explain-identity-form = { $identity } nem nevez meg identitást: adja meg így: user=NAME vagy certificate=SUBJECT
explain-identities-hint = a(z) { $section } szakaszban megnevezett ügynökökről a szakasz saját listája dönt: { $flag } elmagyarázza egyikükre
explain-suggest-none = nincsenek would-deny események ({ $event }. esemény, { $field }) a naplóban
explain-suggest-total = { $tunnels ->
        [one] { $tunnels } alagút lett volna elutasítva; ezek a pontos bejegyzések engedélyeznék.
       *[other] { $tunnels } alagút lett volna elutasítva; ezek a pontos bejegyzések engedélyeznék őket.
    }
explain-suggest-review = Mindegyiket ellenőrizze a(z) `{ $command }` előtt: csak azt, amire az ügynököknek szükségük van.
explain-suggest-entry = { $tunnels ->
        [one] { $tunnels } alagút, az első: { $first }
       *[other] { $tunnels } alagút, az első: { $first }
    }

## The running gateways: status, top, drain (status-*).
status-not-running = nem fut: egyetlen átjáró sem szolgálja ki ezt: { $config }
status-no-answer = omsgate (PID: { $pid }): fut, de az állapota nem olvasható (régebbi omsgate?): { $answer }
status-gateway = omsgate { $version } (PID: { $pid }): fut, { $state }; üzemidő: { $uptime }
status-state-ready = kész
status-state-draining-accepting = KIÜRÍTÉS ALATT (leáll: a(z) { $readyz } 503-at ad, még fogad kapcsolatokat)
status-state-draining-closed = KIÜRÍTÉS ALATT (leáll: a figyelők bezárva, { $open ->
        [one] { $open } alagút még nyitva
       *[other] { $open } alagút még nyitva
    })
status-label-config = konfiguráció
status-label-last-reload = utolsó újratöltés
status-label-listening = figyelés
status-label-tunnels = alagutak
status-label-clients = ügyfelek
status-label-recent = legutóbbi
status-config = { $source }, { $generation }. generáció, { $entries ->
        [one] { $entries } engedélyezési listabejegyzés
       *[other] { $entries } engedélyezési listabejegyzés
    }, { $policy }
status-last-reload-none = az indítás óta nem volt
status-last-reload = { $ago } ezelőtt: { $outcome } — { $message }
status-reload-ok = ok
status-reload-refused = ELUTASÍTVA
status-listening = { $addresses }; metrikák: { $metrics }
status-metrics-off = ki
status-tunnels = { $open } nyitva, korlát: { $limit } ({ $percent }%)
status-clients = { $connected } csatlakozva ({ $limit })
status-clients-busiest = { $connected } csatlakozva; a legforgalmasabb: { $address }, { $open } nyitott alagúttal ({ $limit })
status-no-client-limit = nincs { $key }
status-recent = { $window }:
status-recent-since-start = az indítás óta ({ $window })
status-recent-last = az utolsó { $window } során
status-recent-tunnels-opened = megnyitott alagutak: { $count }
status-recent-rejections = elutasítások okonként: { $list }
status-recent-errors = hibák eseményazonosítónként: { $list }
status-none = nincs
status-bytes-b = { $value } B
status-bytes-kb = { $value } kB
status-bytes-mb = { $value } MB
status-bytes-gb = { $value } GB
status-bytes-tb = { $value } TB
status-top-heading = omsgate top: PID { $pid }, { $config }, az utolsó { $window }
status-top-busiest-entries = LEGFORGALMASABB ENGEDÉLYEZÉSI LISTABEJEGYZÉSEK
status-top-tunnels = ALAGUTAK
status-top-open = NYITOTT
status-top-bytes = BÁJT
status-top-no-tunnels = (nincsenek alagutak)
status-top-most-refused = LEGGYAKRABBAN ELUTASÍTOTT CÉLOK
status-top-refused = ELUTASÍTVA
status-top-reason = OK
status-top-no-refusals = (nincsenek elutasítások)
status-top-refresh = ({ $seconds } másodpercenként; kilépés: { $keys })
status-top-no-answer = { $count ->
        [one] { $count } átjáró szolgálja ki ezt: { $config }
       *[other] { $count } átjáró szolgálja ki ezt: { $config }
    }, de egyik sem válaszolt erre: { $command } (régebbi omsgate?)
status-drain-none = egyetlen futó átjáró sem szolgálja ki ezt: { $config }; nincs mit kiüríteni (el van indítva, és ezzel a(z) { $flag } értékkel? amelynek a figyelői bezárultak, az már kiürítés alatt áll) ({ $event }. esemény)
status-drain-told = a futó átjáró (PID: { $pid }) utasítva a kiürítésre: { $message } ({ $event }. esemény)
status-drain-refused = a futó átjáró (PID: { $pid }) nem kezdte meg a kiürítést ({ $event }. esemény): { $message }

## Writing a config: init's questions, import-oms (setup-*).
setup-nothing-written = { $error } ({ $event }. esemény); semmi sem lett kiírva
setup-init-intro = konfiguráció ehhez: { $path } (az Enter megtartja az [alapértelmezett értéket]).
setup-init-exists = { $path } már létezik; a(z) `{ $force }` lecseréli (vagy szerkessze ezzel: `{ $edit }`)
setup-ask-listen-port = Figyelő port, amelyhez az ügynökök kapcsolódnak (1-65535)
setup-ask-services = Szolgáltatások ({ $names }; vesszővel elválasztva)
setup-ask-cloud = Azure-felhő ({ $names })
setup-ask-workspace-ids = Log Analytics-munkaterület azonosítója vagy azonosítói, vesszővel elválasztva
setup-ask-regions = A gépek és a munkaterület Azure-régiója vagy -régiói (ARM-név, pl. { $example })
setup-ask-relay-proxy = Továbbító proxy, amelyen keresztül ez az átjáró kifelé kapcsolódik ({ $form }; üres: közvetlen kapcsolódás)
setup-ask-relay-username = A továbbító proxy felhasználóneve (üres: nincs)
setup-ask-relay-password = A továbbító proxy jelszava (nem jelenik meg)
setup-flag-needs-flag = { $flag } esetén szükséges: { $needed }
setup-no-password-on-stdin = nincs jelszó a szabványos bemeneten
setup-cannot-read-password = a jelszó nem olvasható be a terminálról: { $error }
setup-stdin-closed = a szabványos bemenet bezárult, mielőtt minden kérdésre válasz érkezett volna
setup-cannot-read-stdin = a szabványos bemenet nem olvasható: { $error }
setup-try-again = { $error }; próbálja újra
setup-services-need-one = a választott szolgáltatásokhoz legalább egy kell; próbálja újra
setup-key-needed = a választott szolgáltatásokhoz szükséges: { $key }; adja meg: { $flag }
setup-init-wrote = kiírva: { $path } (ellenőrizve úgy, ahogy a(z) `{ $command }` olvassa): { $entries ->
        [one] { $entries } engedélyezési listabejegyzés
       *[other] { $entries } engedélyezési listabejegyzés
    }, ebből { $derived } a végpontkatalógusból levezetve
setup-init-check-hint = minden bejegyzés és a származása
setup-agents-heading = Az ügynökökön (terheléselosztó mögött { $host } helyett annak címét használja):
setup-agents-ama = Azure Monitor Agent, bővítménybeállítások (az omsgate nem kér hitelesítő adatokat az ügynököktől):
setup-agents-mma-windows = Log Analytics-ügynök (MMA) Windowshoz: Proxybeállítások -> proxykiszolgáló: { $proxy }, felhasználónév nélkül
setup-agents-oms-linux = Log Analytics-ügynök Linuxhoz: proxy: { $proxy } (a(z) { $files } proxybeállítása)
setup-agents-operations-manager = Operations Manager: Proxykiszolgáló konfigurálása -> { $proxy }
setup-agents-arc = Azure Connected Machine-ügynök: { $command }
setup-load-balancer = A terheléselosztón: { $port } TCP-port minden csomóponthoz; állapotminta: TCP { $port }
setup-load-balancer-readyz = (vagy { $request } a(z) { $port } porton: 200, amíg a csomópont alagutakat fogad)
setup-import-cannot-read = { $file } nem olvasható: { $error } ({ $event }. esemény)
setup-import-note = megjegyzés: { $note }
setup-import-all-mapped = minden elem le lett képezve
setup-import-not-mapped = nem sikerült leképezni { $count ->
        [one] { $count } elemet:
       *[other] { $count } elemet:
    }
setup-import-would-not-run = az importált konfiguráció nem futna: { $error } ({ $event }. esemény)
setup-import-wrote = kiírva: { $path } (ellenőrizve úgy, ahogy a(z) `{ $command }` olvassa): { $entries ->
        [one] { $entries } engedélyezési listabejegyzés
       *[other] { $entries } engedélyezési listabejegyzés
    }
setup-import-exists = { $path } már létezik; a(z) { $flag } lecseréli
setup-import-not-json = nem olyan JSON, amilyet a(z) { $cmdlet } ír: { $error }
setup-import-no-cmdlet-value = egyetlen parancsmag sem ír ki ilyen értéket
setup-import-not-this-cmdlet-value = ez a parancsmag nem ír ki ilyen értéket
setup-import-password-never-shown = a parancsmagok sosem mutatják a jelszót; állítsa be ezzel: `{ $command }`
setup-import-no-setting = nincs megfelelő omsgate-beállítás
setup-import-no-setting-keys = nincs megfelelő omsgate-beállítás (a(z) `{ $command }` felsorolja őket)
setup-import-proxy-without-hasproxy = { $has_proxy } nem 1, ezért a telepítő figyelmen kívül hagyja ezt: { $proxy }
setup-import-username-without-hasauth = { $has_auth } és { $has_proxy } nem egyaránt 1
setup-import-password-not-from-command-line = parancssorból nem importálható; állítsa be ezzel: `{ $command }`
setup-import-installdir = Windows telepítési mappa: nincs megfelelője (a csomag telepíti az omsgate-et)
setup-import-licenseaccepted = a Windows-telepítő licencelfogadási kérdése: nincs megfelelője
setup-import-unknown-property = nem az átjáró telepítőjének dokumentált tulajdonsága
setup-import-not-a-port = nem TCP-port (1-65535)
setup-import-relay-without-port = nincs port: az omsgate-nek { $form } kell, és nem találgatja ki a továbbító proxy portját; állítsa be ezzel: `{ $command }`
setup-import-not-a-relay-url = nem olyan továbbító proxy cím, amelyet az omsgate használni tud: { $error }
setup-import-not-a-host = nem { $key } bejegyzés: { $error }
setup-import-not-a-subject = nem olyan ügyféltanúsítvány-tulajdonos, amelyet az omsgate egyeztetni tud: { $error }
setup-import-username-without-relay = továbbító proxy felhasználónév olyan továbbító proxy cím nélkül, amely leképezhető lett volna
setup-import-replaced = egy korábbi elemből származó { $what } ({ $old }) helyére ez lép: { $new }
setup-import-what-listen-port = figyelő port
setup-import-what-relay-proxy = továbbító proxy
setup-import-what-relay-username = továbbító proxy felhasználóneve
setup-import-subject-read-as-cn = a(z) { $subject } ügyféltanúsítvány-tulajdonos értelmezése: { $cn } (az omsgate DN-t vagy CN=… formát egyeztet)
setup-import-families-added = az importált gazdagépek mellé bekerültek az alapértelmezett Azure Monitor-családok: az eredeti átjáró az automatikusan letöltött végpontjait is engedélyezte
setup-generate-cannot-write = nem lehet írni ide: { $dir }: { $error } ({ $event }. esemény)

## The command line's errors (clap's, in the operator's language) (args-*).
args-unknown-argument = váratlan argumentum: '{ $arg }'
args-unknown-subcommand = ismeretlen alparancs: '{ $subcommand }'
args-invalid-value = érvénytelen érték ('{ $value }') a következőhöz: '{ $arg }'
args-invalid-value-why = érvénytelen érték ('{ $value }') a következőhöz: '{ $arg }': { $why }
args-value-missing = a(z) '{ $arg }' értéket igényel, de nem lett megadva
args-missing-required = { $count ->
        [one] a következő kötelező argumentum nincs megadva: { $arguments }
       *[other] a következő kötelező argumentumok nincsenek megadva: { $arguments }
    }
args-missing-subcommand = a(z) '{ $command }' alparancsot igényel, de nem lett megadva
args-too-many-values = váratlan érték ('{ $value }') a következőhöz: '{ $arg }'; több érték nem várható
args-too-few-values = a(z) '{ $arg }' { $min } értéket igényel; { $actual ->
        [one] csak { $actual } lett megadva
       *[other] csak { $actual } lett megadva
    }
args-wrong-number-of-values = a(z) '{ $arg }' { $expected } értéket igényel, de { $actual ->
        [one] { $actual } lett megadva
       *[other] { $actual } lett megadva
    }
args-used-twice = a(z) '{ $arg }' argumentum nem használható többször
args-conflict = a(z) '{ $arg }' argumentum nem használható együtt ezzel: { $others }
args-conflict-other = a(z) '{ $arg }' argumentum nem használható együtt egy vagy több másik megadott argumentummal
args-needs-equals = egyenlőségjel szükséges, amikor értéket ad a következőnek: '{ $arg }'
args-tip = tipp: { $tip }
args-similar-subcommand = { $count ->
        [one] létezik hasonló alparancs: { $names }
       *[other] léteznek hasonló alparancsok: { $names }
    }
args-similar-argument = { $count ->
        [one] létezik hasonló argumentum: { $names }
       *[other] léteznek hasonló argumentumok: { $names }
    }
args-similar-value = { $count ->
        [one] létezik hasonló érték: { $names }
       *[other] léteznek hasonló értékek: { $names }
    }
args-subcommands = alparancsok: { $names }
args-tip-pass-as-value = ha a(z) '{ $arg }' karakterláncot értékként szeretné átadni, használja ezt: '{ $instead }'
args-tip-exists = '{ $name }' létezik
args-try-help = További információ: '{ $help }'.

## The command line's help: mirrors the doc comments of src/cli/mod.rs (a test keeps them equal).
help-omsgate = Engedélyezési listát alkalmazó HTTP CONNECT-átjáró elszigetelt hálózatok monitorozási ügynökei számára
    .config = Konfigurációs fájl (alapértelmezés: /etc/omsgate/omsgate.toml; ha az nem létezik, a beépített alapértelmezett konfiguráció)
    .lang = Az omsgate kimenetének nyelve (de, fr, ja, pt-BR, zh-Hant, …; alapértelmezés: OMSGATE_LANG, LC_ALL, LC_MESSAGES, LANG szerint). A naplók és a metrikák angolul maradnak
help-run = Az átjáró futtatása (alapértelmezett)
help-check = A konfiguráció ellenőrzése és az érvényes beállítások kiírása; kilépési kód: 0, ha érvényes, 2, ha nem
    .service-user = Root-ként futtatva figyelmeztetés, ha ez a felhasználó (a szolgáltatásé) nem tudná olvasni a konfigurációban megnevezett valamelyik fájlt
help-config = Beállítások lekérdezése vagy módosítása (Get/Set-OMSGatewayConfig)
help-config-get = Minden kulcs értékének kiírása (az alapértelmezésekkel kiegészítve), vagy egyetlen kulcsé
    .output = `text` (TOML-értékek) vagy `json`
help-config-keys = A kulcsok listája: típus, alapértelmezés, érvényesíti-e az újratöltés, jelentés
    .markdown = A README Markdown-táblázataként
help-config-set = Kulcs beállítása (listák: a,b vagy TOML-tömb); ellenőrzés, mielőtt bármi kiíródna
help-config-unset = Kulcs eltávolítása a fájlból, hogy az alapértelmezése érvényesüljön
help-allowed-host = Engedélyezett célok listázása, hozzáadása vagy eltávolítása (*-OMSGatewayAllowedHost)
help-allowed-host-list = A fájlban konfigurált gazdagépek; --all: minden érvényben lévő bejegyzés, az alapértelmezettekkel együtt
help-allowed-host-add = Gazdagép engedélyezése: név, *.utótag, IP-literál, vagy ezek bármelyike :PORT utótaggal
help-allowed-host-remove = Gazdagép engedélyezésének visszavonása (pontosan a listában szereplő alakban)
help-allowed-host-suggest = Jelentési (report) módban végzett bevezetés után: azok a pontos bejegyzések, amelyek engedélyeznék, amit az engedélyezési lista elutasítana, egy JSON-napló would-deny eseményei alapján (`-`: stdin)
help-allowed-client-cert = Engedélyezett ügyféltanúsítvány-tulajdonosok listázása, hozzáadása vagy eltávolítása (*-OMSGatewayAllowedClientCertificate)
help-allowed-client-cert-list = Az engedélyezett tulajdonosok
help-allowed-client-cert-add = Tulajdonos engedélyezése: teljes DN vagy CN=...
help-allowed-client-cert-remove = Tulajdonos engedélyezésének visszavonása (pontosan a listában szereplő alakban)
help-relay-proxy = A továbbító (felsőbb szintű) proxy megjelenítése, beállítása vagy törlése (*-OMSGatewayRelayProxy)
help-relay-proxy-get = A továbbító proxyk és a köztük választó szabályok megjelenítése (jelszó sosem jelenik meg)
help-relay-proxy-set = Az alagutak egyetlen továbbító proxyn keresztül vezetése, http[s]://HOST:PORT (a meglévő listát lecseréli)
    .address = A továbbító proxy, http://HOST:PORT (vagy HOST:PORT, [IPv6]:PORT)
    .username = Basic-hitelesítés felhasználója a továbbító proxyhoz (hitelesítés nélkül elhagyható; az `add` az URL-ben USER@ alakban is elfogadja)
    .password-stdin = A jelszó beolvasása a standard bemenetről (a konfiguráció mellett tárolva: 0640-es mód, a konfiguráció csoportja)
    .password-file = A jelszó beolvasása ebből a fájlból (indításkor és újratöltéskor)
help-relay-proxy-add = Továbbító proxy hozzáadása a `relay_proxies` listához; a korábban felsoroltak után kerül sorra (az ott megadott `relay_proxy` a lista első eleme lesz)
    .url = http[s]://[USER@]HOST:PORT (vagy HOST:PORT)
    .username = Basic-hitelesítés felhasználója a továbbító proxyhoz (hitelesítés nélkül elhagyható; az `add` az URL-ben USER@ alakban is elfogadja)
    .password-stdin = A jelszó beolvasása a standard bemenetről (a konfiguráció mellett tárolva: 0640-es mód, a konfiguráció csoportja)
    .password-file = A jelszó beolvasása ebből a fájlból (indításkor és újratöltéskor)
help-relay-proxy-remove = Továbbító proxy eltávolítása (HOST:PORT vagy az URL-je alapján)
help-relay-proxy-clear = Ismét közvetlen kapcsolódás (minden továbbító proxy eltávolítása)
help-agent-user = Az ügynökök felhasználóinak hozzáadása, eltávolítása vagy listázása (client_auth = "basic"): a konfigurációban megnevezett felhasználófájl (client_auth_users_file; ha nincs megadva, `agent-users` a konfiguráció mellett)
help-agent-user-list = A felhasználók, rendezve
help-agent-user-add = Felhasználó hozzáadása vagy új jelszó megadása neki: a standard bemenetről olvasva (terminálon visszhang nélkül bekérve), soha nem a parancssorból; bcrypt-hashként tárolva
    .cost = bcrypt-költség (4-15): minden lépés megduplázza egy gyorsítótárazatlan ellenőrzés idejét (a 10-es költség kb. 50-150 ms egy processzormagon). Hosszú, véletlenszerű ügynökjelszavak mellett az alacsonyabb költség is biztonságos, és egy újraindított csomópont így gyorsabban ellenőrzi újra a több ezer ügynököt
help-agent-user-remove = Felhasználó eltávolítása: az ügynökei a következő újratöltéstől kezdve 407-et kapnak
help-reload = Az ezzel a konfigurációval futó átjárók utasítása a konfiguráció újratöltésére, a nyitott alagutak megtartásával
help-drain = Az ezzel a konfigurációval futó átjárók kiürítése úgy, ahogy a SIGTERM teszi, majd kilépnek. Kilépési kód: 0 kiürítés folyamatban, 1 nem fut átjáró, 2 elutasítva
    .long =
        Az ezzel a konfigurációval futó átjárók kiürítése úgy, ahogy a SIGTERM teszi, majd kilépnek. Kilépési kód: 0 kiürítés folyamatban, 1 nem fut átjáró, 2 elutasítva.

        A /readyz azonnal 503-at válaszol, az új alagutakat pedig a drain_grace ideje alatt még kiszolgálja az átjáró (a terheléselosztó eközben kiveszi a csomópontot); ezután a figyelők bezárulnak, a nyitott alagutak legfeljebb drain_timeout időt kapnak, és a folyamat 0-s kóddal kilép: a folytatásról a systemd Restart= házirendje vagy az operátor dönt (gördülő újraindítás: kiürítés, a kilépés megvárása, indítás). Ha a drain_grace ideje alatt újra kérik, az azonnal véget ér.
help-status = Az ezzel a konfigurációval futó átjárók állapotának lekérdezése: pid, verzió, üzemidő, konfigurációgeneráció, utolsó újratöltés, kész vagy kiürítés alatt, alagutak és ügyfelek a korlátaikhoz képest, az utolsó 5 perc elutasításai és hibái. Kilépési kód: 0 fut és kész, 1 nem fut, 3 kiürítés alatt (nem kész), 4 nincs használható válasz
    .output = `text` vagy `json`
help-top = Az engedélyezési lista legforgalmasabb bejegyzései és a leggyakrabban elutasított célok az utolsó 5 percből, terminálon 2 másodpercenként újrarajzolva Ctrl-C-ig (csővezetékbe egyszer). Kilépési kód: 0, ha egy átjáró válaszolt, 1, ha egy sem fut
    .once = Egyszeri kiírás és kilépés, terminálon is
    .output = `text` vagy `json`
help-explain = Annak kiírása, mit dönt a házirend a HOST[:PORT] célról, és miért: az engedélyező bejegyzés, vagy a legközelebbi bejegyzések, és hogy melyik miért nem engedélyezi. Kilépési kód: 0 engedélyezve, 1 elutasítva, 2 hibás bemenet
    .target = HOST, HOST:PORT, IP vagy [IPv6]:PORT (port nélkül 443)
    .output = `text` vagy `json`
    .identity = Döntés a(z) `[[identity]]` szakasz ügynökeként, a naplósorokban használt néven: `user=NAME` vagy `certificate=SUBJECT`
help-init = Konfiguráció írása (az eredeti telepítővarázslója): terminálon rákérdez, vagy minden választ kapcsolóként fogad; úgy ellenőrzi, ahogy a `run` beolvassa; kiírja, mit kell beállítani az ügynökökön
    .workspace-id = Log Analytics-munkaterület azonosítója (GUID); többször is megadható
    .region = Azure-régió (ARM-név, pl. westeurope); többször is megadható
    .cloud = public, usgov vagy china
    .services = A kiszolgálandó ügynökök és szolgáltatások, vesszővel elválasztva: azure_monitor_agent, log_analytics_agent, automation, arc
    .dce-host = Egy adatgyűjtési végpont naplóbetöltési gazdagépe; többször is megadható
    .listen-port = A port, amelyhez az ügynökök kapcsolódnak, 1-65535 (alapértelmezés: 8080)
    .relay-proxy = A továbbító (felsőbb szintű) proxy, http://HOST:PORT
    .relay-username = Basic-hitelesítés felhasználója a továbbító proxyhoz
    .relay-password-stdin = A továbbító proxy jelszavának beolvasása a standard bemenetről (a konfiguráció mellett tárolva, 0640)
    .force = Meglévő konfigurációs fájl felülírása
help-import-oms = A Windowsos átjáró parancsmagkimenetéből (Get-OMSGateway*, szövegként vagy ConvertTo-Json) és MSI-tulajdonságaiból (PORTNUMBER=…) omsgate-konfiguráció készítése; kiírja, mit nem sikerült leképezni, és miért
    .files = A parancsmagok kimenetét vagy az msiexec parancssort tartalmazó fájlok (`-`: stdin)
    .write = A konfiguráció írása a --config helyére (elutasítva, ha már létezik, kivéve --force esetén); nélküle a konfiguráció kiíródik
    .force = Meglévő fájl felülírása
help-generate = A man oldalak és a shell-kiegészítések írása a DIR könyvtárba (a csomag buildelése futtatja)
