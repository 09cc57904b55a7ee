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

## Edits of the config and what they print: config get/set/unset/keys, allowed-host,
## allowed-client-cert, relay-proxy, agent-user, reload; `check`'s report (edit-*).

## What the policy decides and why: explain, allowed-host suggest (explain-*).

## The running gateways: status, top, drain (status-*).

## Writing a config: init's questions, import-oms (setup-*).

## The command line's errors (clap's, in the operator's language) (args-*).

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
