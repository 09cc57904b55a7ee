## omsgate's messages in English: the source every other language translates.
## IDs: help-* the command line's help (mirrors the doc comments in src/cli/mod.rs);
## the rest are built in code with msg!/t! and say what the code is doing.

help-ui =
    .usage = Использование:
    .options = Параметры
    .arguments = Аргументы
    .commands = Команды
    .help = Вывести справку (подробнее: '--help')
    .help-long = Вывести справку (кратко: '-h')
    .version = Вывести версию
    .help-command = Вывести это сообщение или справку по указанным подкомандам
help-possible-values = возможные значения: { $values }
help-default = по умолчанию: { $value }


## Config errors: what `check`, `run` and every edit say about a value that cannot run (config-*).
config-not-a-string = { $value } не является строкой
config-not-a-list = { $value } не является списком
config-not-true-or-false = { $value } не является значением true или false
config-not-a-whole-number = { $value } не является целым числом
config-not-a-whole-number-in-range = { $value } не является целым числом от { $min } до { $max }
config-not-a-port = { $value } не является TCP-портом ({ $min }-{ $max })
config-not-a-whole-number-or = { $value } не является целым числом или { $word }
config-not-an-ip-address = { $value } не является адресом IPv4 или IPv6
config-not-an-address-and-port = { $value } не имеет вид { $form } (например, { $examples }) и не равно { $off } (выключено)
config-not-a-relay-password-file = { $value } не имеет вид { $form } (host:port вышестоящего сервера, как в его URL, затем его файл пароля)
config-not-a-relay-route = { $value } не является записью { $key }: запишите таблицу {"{"} { $hosts }, { $relay } {"}"}; relay может быть и списком вышестоящих прокси, которые пробуются по порядку
config-relay-route-unknown-field = { $value }: неизвестное поле `{ $field }` (в таблице { $key } есть поля { $hosts } и { $relay })
config-relay-route-lacks = { $value }: нет { $field }
config-relay-route-routes-nothing = { $value }: { $hosts } ничего не направляет
config-relay-route-direct = { $value }: { $key } не может направлять хосты напрямую ({ $relay }): перечислите их в { $bypass } — единственном месте, где задается, что идет напрямую
config-relay-route-no-relay = { $value }: { $relay } не указывает ни на один вышестоящий прокси
config-not-a-dns-server = { $value } не является IP-адресом DNS-сервера или значением вида { $form } ({ $problem })
config-not-one-of = { $value } не является одним из значений { $choices }
config-not-an-identity = { $value } не является таблицей удостоверения ({"{"} { $user } или { $certificate }, { $lists } {"}"})
config-identity-unknown-field = неизвестное поле удостоверения `{ $field }`; поля: { $fields }
config-identity-names-one = удостоверение должно указывать ровно одно из полей { $user } или { $certificate }
config-not-an-address-or-cidr = { $value } не является адресом или диапазоном CIDR, например { $example }
config-not-a-guid = { $value } не является GUID ({ $form }, как идентификатор показывает портал)
config-duration-without-unit = у { $value } нет единицы измерения; укажите, например, { $examples }
config-duration-not-whole-number = { $value } не начинается с целого числа
config-duration-unknown-unit = у { $value } неизвестная единица { $unit }; используйте { $units } или { $last }
config-listens-nowhere = { $value } нигде не прослушивает; укажите хотя бы один адрес
config-limit-out-of-range = должно быть { $min }..={ $max } или { $word }
config-limit-at-least = должно быть не меньше { $min } или { $word }
config-duration-at-most = должно быть не больше { $max }
config-dns-ttl-at-most = должно быть не больше { $max } (TTL в DNS не превышают суток)
config-stale-at-most = должно быть не больше { $max } (неделя)
config-worker-threads-out-of-range = должно быть от { $min } (по одному на ядро) до { $max }
config-relay-listed-twice = вышестоящий прокси { $relay } указан дважды
config-password-file-listed-twice = для { $relay } указано больше одного файла пароля: оставьте одну запись
config-unknown-key-near = неизвестный ключ `{ $key }`; возможно, имелся в виду `{ $near }`?
config-unknown-key = неизвестный ключ `{ $key }`; известные ключи: { $keys }
config-problems = { $first }; { $rest }
config-not-toml = недопустимый TOML: { $error }
config-key-is-table-list = { $key } является списком таблиц: разделы { $sections }
config-key-is-not-table = { $key } должен быть значением, а не таблицей
config-key-problem = { $key }: { $problem }
config-key-is = { $key } = { $problem }
config-key-value-problem = { $key } = { $value }: { $problem }
config-default-does-not-parse = не удается разобрать встроенное значение по умолчанию { $key }: { $error }
config-not-a-region = { $value } не является именем региона ARM (строчные буквы, без пробелов: { $examples })
config-not-a-dce-host = { $value } не является хостом приема журналов конечной точки сбора данных (строчными буквами, в виде { $form })
config-not-an-arc-gateway = { $value } не является хостом шлюза Azure Arc ({ $form }, как его показывает `{ $command }`)
config-timeout-zero = время ожидания истекло бы сразу; укажите положительную длительность, например { $example }
config-identity-problem = удостоверение { $identity }: { $problem }
config-identity-twice = удостоверение: у { $who } две записи { $sections }
config-user-identity-needs-basic = удостоверению пользователя требуется { $setting } (без этого ни у одного агента нет имени пользователя)
config-workspaces-need-services = для { $key } требуется { $services } (каталог выводит хосты каждой рабочей области для указанных там служб); задайте { $services }
config-proxy-protocol-from-empty = { $setting } с пустым { $key } отклоняло бы каждый заголовок; перечислите адреса балансировщиков нагрузки (например, { $example })
config-basic-needs-users-file = для { $setting } требуется { $key } (создайте его командой `{ $command }`)
config-client-certificates-empty = { $setting } с пустым { $key } отклоняло бы сертификат каждого агента; добавьте субъекты ({ $command }) или задайте политике значение { $off }
config-error-in = { $source }: { $problem }
config-source-embedded = встроенная конфигурация по умолчанию
config-effective-settings-from = действующие параметры из { $source }
config-default-note = по умолчанию
config-relay-proxy-and-proxies = заданы и { $single }, и { $listed }: { $single } — это форма { $listed } для одного вышестоящего сервера; оставьте одно (например, { $example } и удалите { $single })
config-relay-proxy-with-user = { $setting }: его пользователь указывается в { $key } (форма { $form } предназначена для { $listed })
config-relay-credentials-without-proxy = заданы { $keys }, но { $key } пуст; задайте { $setting } или очистите их
config-too-many-relays = слишком много вышестоящих прокси
config-relay-written-differently = { $key }: вышестоящий сервер { $relay } записан здесь как { $here }, а в другом месте как { $elsewhere }; запишите его везде одинаково
config-password-file-without-user = в { $key } есть файл для { $relay }, но его URL не указывает пользователя: запишите { $url }
config-password-file-for-no-relay = { $key } указывает { $relay }, которого нет ни в { $listed }, ни в { $routes }
config-password-file-without-username = { $key } задан без { $username }
config-password-file-readable-by-all = { $key }: { $path } доступен для чтения всем пользователям (режим { $mode }): выполните для него { $private } (или { $group } с группой службы)
config-file-unreadable = { $key }: не удается прочитать { $path }: { $error }
config-file-cannot-be-read = не удается прочитать файл конфигурации: { $error }
config-tenant-wide-workspace-ingestion = конечные точки приема всех рабочих областей Log Analytics
config-tenant-wide-workspace-management = конечные точки управления всех рабочих областей Log Analytics
config-tenant-wide-automation-agent-service = службы агентов всех учетных записей службы автоматизации (Automation)
config-tenant-wide-automation-endpoints = конечные точки всех учетных записей службы автоматизации (Automation)
config-tenant-wide-data-collection-endpoints = все конечные точки сбора данных
config-tenant-wide-storage-blobs = большие двоичные объекты (blob) всех учетных записей хранения
config-tenant-wide-storage-tables = таблицы всех учетных записей хранения
config-tenant-wide-storage-queues = очереди всех учетных записей хранения
config-tenant-wide-service-bus = все пространства имен Service Bus
config-tenant-wide-key-vaults = все хранилища Key Vault
config-tenant-wide-derived = Каталог конечных точек выводит эту запись, так как Microsoft не документирует более узкое имя для этой службы; `{ $command }` показывает, что она разрешает
config-tenant-wide-narrow = Выполните `{ $command }` (или задайте { $keys } и { $last }), чтобы вместо этого разрешить только собственные хосты; `{ $explain }` показывает, что разрешает запись
config-tenant-wide-entry = запись { $entry } в { $key } ({ $origin }) разрешает { $what }, а не только ваши: любой агент здесь или вредоносная программа на нем может отправлять данные в любой из них. { $todo }
config-warning = предупреждение (событие { $event }): { $warning }
config-allowlist-in-force = действующий список разрешенных хостов, запись за записью:
config-identity-may-reach-only = удостоверению { $identity } доступны только:
config-in-effect-under-limits = действует при ограничениях этого процесса (как запустил бы `{ $command }`): { $settings }
config-service-user-cannot-read = { $problem }: служба, работающая от имени { $user }, отклонит эту конфигурацию; передайте файл ее группе ({ $commands }) или укажите { $flag }
config-wrong-configuration = неверная конфигурация (событие { $event }): { $error }
config-log-unreadable = не удается прочитать { $path }: { $error } (событие { $event })
config-entry-problem = запись { $entry }: { $problem }
config-too-many-entries = записей больше, чем { $max }
config-target-not-authority = цель должна иметь вид { $form } (форма authority)
config-target-userinfo = цель не должна содержать userinfo ({ $form })
config-target-percent = цель не должна содержать { $character } (процентное кодирование или зона IPv6)
config-target-control-byte = цель содержит управляющий байт или байт вне ASCII
config-target-bad-port = порт должен быть числом { $min }-{ $max }
config-target-empty-label = хост пуст или содержит пустую метку
config-target-host-too-long = длина хоста в байтах превышает { $max }
config-target-label-too-long = длина метки хоста в байтах превышает { $max }
config-target-bad-host-char = хост содержит символ, недопустимый в DNS-имени
config-target-ambiguous-numeric = хост выглядит как число, но не является допустимым IP-адресом
config-target-bad-ipv6 = хост в квадратных скобках не является допустимым адресом IPv6
config-wildcard-needs-name = после подстановочного знака нужно имя, как в { $example }
config-wildcard-leftmost-label-as-in = { $star } может стоять только в крайней левой метке, как в { $example } или { $other }
config-wildcard-in-ip-address = подстановочный знак не может заменять часть IP-адреса
config-wildcard-leftmost-label = { $star } может стоять только в крайней левой метке
config-wildcard-one-per-entry = не более одного { $star } на запись
config-relays-at-most = вышестоящие прокси: { $count }, допускается не более { $max }
config-too-many-relay-routes = слишком много таблиц { $key }
config-relay-url-scheme = { $url }: вышестоящий прокси — это { $http } (CONNECT по обычному HTTP) или { $https } (TLS до вышестоящего сервера), а не { $scheme }
config-relay-url-password = { $url }: паролю не место в URL (конфигурация доступна для чтения, и `{ $command }` ее выводит); поместите его в файл: { $setting }
config-relay-url-problem = { $url }: { $problem }
config-relay-url-empty-user = { $url }: пользователь перед @ пуст
config-relay-url-not-a-url = { $url } не имеет вид { $form }: { $problem }
config-relay-user-percent = { $percent } в имени пользователя должен начинать { $form } (две шестнадцатеричные цифры)
config-relay-user-not-utf8 = после декодирования { $form } имя пользователя не в UTF-8
config-users-file-problem = { $key } { $path }: { $problem }
config-users-file-unreadable = не удается прочитать: { $error }
config-users-file-line = строка { $line }: { $problem }
config-users-file-not-user-hash = ожидается { $form } (формат htpasswd)
config-users-file-user-problem = пользователь { $user }: { $problem }
config-users-file-user-twice = пользователь { $user } указан дважды
config-bcrypt-hash-invalid = недопустимый хеш bcrypt ({ $error })
config-argon2-hash-invalid = недопустимая строка PHC argon2 ({ $error })
config-hash-refused = хеш не является хешем bcrypt ({ $bcrypt }, { $htpasswd }) или argon2 ({ $argon2 }); { $refused } и пароли в открытом виде отклоняются
config-not-a-user-name = { $user } не является именем пользователя ({ $min }-{ $max } символов, без { $colon } и пробельных символов)
config-not-a-subject = недопустимая запись { $key } { $value }: ожидается DN субъекта, например { $examples } или { $example }
config-region-in-other-cloud = { $key }: { $region } находится в облаке { $cloud }, но { $setting }
config-dce-host-in-other-cloud = { $key }: { $host } не является конечной точкой сбора данных облака { $cloud } ({ $suffix })
config-arc-gateway-not-public = { $key } задан, но шлюз Azure Arc существует только в общедоступном облаке ({ $setting })
config-automation-region-unknown = { $key } включает { $service }, но Microsoft не указывает конечных точек службы автоматизации (Automation) для региона { $region } ({ $regions }); см. `{ $command }`
config-automation-region-needs-accounts = { $key } включает { $service }: в регионе { $region } есть только конечные точки службы автоматизации (Automation) для отдельных учетных записей; задайте { $accounts } (GUID из URL учетной записи, страница «Ключи»)
config-endpoint-needs-key = { $services } включает { $service }, конечной точке которой для { $purpose } ({ $template }) требуется { $key }; задайте { $key }
config-ca-file-not-pem = { $key } { $path }: не удается прочитать как сертификаты PEM: { $error }
config-ca-file-empty = { $key } { $path } не содержит ни одного сертификата
config-ca-file-unusable = { $key } { $path }: сертификат непригоден в качестве ЦС: { $error }
config-no-system-roots = вышестоящему прокси { $https } нужны доверенные корневые сертификаты, а в системном хранилище их нет
config-no-system-roots-because = { $problem } ({ $error })
config-install-roots = { $problem }; установите { $package } или задайте { $key }
config-relay-tls-settings = параметры TLS для вышестоящих серверов: { $error }
config-dns-server-examples = например, { $examples }; не имя
config-dns-server-port-zero = порт { $port }

## Edits of the config and what they print: config get/set/unset/keys, allowed-host,
## allowed-client-cert, relay-proxy, agent-user, reload; `check`'s report (edit-*).
edit-failed = omsgate: { $error } (событие { $event })
edit-key-set = { $key } задан в { $path }
edit-key-unset = { $key } возвращен к значению по умолчанию в { $path }
edit-host-added = разрешенный хост { $host } добавлен в { $path }
edit-host-removed = разрешенный хост { $host } удален из { $path }
edit-cert-added = субъект клиентского сертификата { $subject } добавлен в { $path }
edit-cert-removed = субъект клиентского сертификата { $subject } удален из { $path }
edit-relay-set = вышестоящий прокси задан как { $address } в { $path }
edit-relays-cleared = вышестоящие прокси удалены из { $path }; туннели подключаются напрямую
edit-relay-added = вышестоящий прокси { $url } добавлен в { $path }
edit-relay-removed = вышестоящий прокси { $relay } удален из { $path }
edit-agent-user-added = пользователь агента { $user } добавлен (или его пароль изменен) в { $path }
edit-agent-user-removed = пользователь агента { $user } удален из { $path }
edit-no-gateway = ни один работающий шлюз не обслуживает { $path }; изменение вступит в силу при его запуске
edit-reload-nothing = ни один работающий шлюз не обслуживает { $path }: перезагружать нечего (запущен ли он, и с этим ли { $flag }?)
edit-reloaded = работающему шлюзу (pid { $pid }) дана команда перезагрузки: { $message } (событие { $event })
edit-reload-draining = шлюз с pid { $pid } останавливается и не был перезагружен: { $message }
edit-reload-refused = работающий шлюз (pid { $pid }) не применил изменение (событие { $event }): { $message }
edit-key-value = { $key }: { $reason }
edit-not-a-list = { $key }: значение в файле не является списком
edit-not-listed = { $value } нет в { $key }; `omsgate { $list }` показывает записи
edit-would-not-run = измененная конфигурация не смогла бы работать, поэтому ничего не записано: { $reason }
edit-not-toml = { $path } не является допустимым TOML, поэтому его нельзя безопасно изменить: { $error }
edit-cannot-chown = не удается назначить новому файлу владельца { $owner } и группу { $group }, как у { $path } ({ $error }); запустите от root или от имени его владельца
edit-too-many-symlinks = { $path }: символических ссылок больше, чем { $max }
edit-relay-two-users = { $url } указывает пользователя { $user }, а { $flag } — { $username }: укажите одного
edit-relay-listed-already = в { $key } уже есть { $address }: сначала `omsgate relay-proxy remove { $address }`
edit-relay-password-without-user = файл пароля для { $address } без пользователя: укажите { $flag } (или { $url })
edit-users-file-refused = { $key } { $file }: { $reason }
edit-password-prompt = Пароль пользователя агента { $user } (не отображается):
edit-password-empty = пустой пароль не принимается; передайте его через stdin
edit-agent-users-none = в { $path } нет { $key }: пользователей агентов нет
edit-key-row = { $key } { $applies } по умолчанию { $default }  — { $meaning }
edit-applies-reload = перезагрузка
edit-applies-restart = перезапуск
edit-entry = { $origin }: { $reading }; { $ports }
edit-entry-port = только порт { $port }
edit-entry-ports = порты { $ports } ({ $key })
edit-relay-none = вышестоящего прокси нет: туннели подключаются напрямую
edit-relay-default-direct = по умолчанию: напрямую (нет ни { $single }, ни { $listed })
edit-relay-default = по умолчанию ({ $key }), по порядку:
edit-relay-credentials = { $url }  (пользователь { $user }, { $password })
edit-relay-no-credentials = { $url }  (без учетных данных)
edit-relay-password-file = пароль читается из { $file }
edit-relay-no-password = без пароля
edit-relay-bypass = напрямую ({ $key }): { $hosts }
edit-relay-route = { $key } { $number }: { $hosts }
edit-relay-retry = отказавший вышестоящий сервер пропускается на время { $key } ({ $duration })
edit-relay-ca-file = вышестоящие серверы https:// должны предъявлять сертификат из { $file }
edit-relay-ca-system = вышестоящие серверы https:// должны предъявлять сертификат, которому доверяет система
edit-cannot-enter = { $user } не может войти в { $dir }
edit-cannot-read = { $user } не может прочитать { $file }
edit-file-mode = { $path } (режим { $mode }, владелец { $owner }, группа { $group })

## What the policy decides and why: explain, allowed-host suggest (explain-*).
explain-failed = omsgate: { $error } (событие { $event })
explain-not-a-target = { $target } не имеет вид HOST, HOST:PORT, IP или [IPv6]:PORT
explain-allowed = разрешено: { $target }
explain-allowed-by = записью { $entry }  ({ $why })
explain-denied = запрещено: { $target } (событие { $event }, { $reason }): { $message }
explain-no-near = ни одна запись не близка к нему
explain-report-mode = { $setting }: соединение пропускается и регистрируется как событие { $event } с { $field }
explain-then = затем:
explain-then-were-it-allowed = затем, если бы оно было разрешено:
explain-route = маршрут: { $route }
explain-route-direct = напрямую (вышестоящий прокси не настроен)
explain-route-default = через { $relays } ({ $key }; его не указывает ни одна запись { $bypass } или { $route })
explain-route-bypass = напрямую, по записи { $entry } в { $key }
explain-route-by-rule = через { $relays }, по записи { $entry } в { $key } { $number }
explain-relay-one = вышестоящий прокси { $relay }
explain-relays = вышестоящие прокси { $relays } по порядку (отказавший пропускается на время { $key })
explain-relay-then = { $first }, затем { $next }
explain-near-port = соответствует хосту, но разрешает { $ports }, а не { $port }
explain-near-only-port = только порт { $port }
explain-near-default-ports = порты в { $key } { $ports }
explain-near-below = соответствует именам ниже { $name }, но не самому { $name }; добавьте { $name }, чтобы разрешить его
explain-near-lookalike = { $host } лишь оканчивается буквами { $name }: это не { $name } и не имя ниже него
explain-near-label = первая метка должна иметь вид { $prefix }…{ $suffix }, с одним или несколькими символами на месте *
explain-near-same-domain = в том же домене, но запись соответствует: { $reading }
explain-after-vetted = имя разрешается один раз, и каждый адрес проверяется до подключения: никогда не неопределенный адрес (0.0.0.0, ::) и не собственные прослушиватели этого шлюза
explain-after-private-allowed = { $setting }: разрешено подключение к адресам loopback, частным и link-local
explain-after-ip-listed = IP-адрес указан в точности, поэтому к нему можно подключаться, даже если он частный
explain-after-private-refused = адреса loopback, частные, link-local (включая метаданные облака) и другие необщедоступные адреса отклоняются ({ $setting })
explain-origin-file = файл
explain-origin-default = по умолчанию
explain-origin-derived = выведено из: { $from }
explain-reading-exact = в точности { $name }
explain-reading-below = любое имя ниже { $name } (но не само { $name })
explain-reading-in-label = имя { $prefix }…{ $suffix }.{ $rest }, первая метка которого содержит один или несколько символов на месте *
explain-reading-this-and-below = { $name } и любое имя ниже него (*{ $name } без точки в стиле Microsoft)
explain-reading-ip = в точности адрес { $ip }
explain-deny-host = адреса назначения { $host } нет в { $key }
explain-deny-port = порт { $port } не разрешен для { $host } ({ $key } или запись host:port)
explain-deny-private = { $target } разрешается в { $ip }, адрес типа { $class }; чтобы разрешить его, задайте { $setting } или добавьте сам IP-адрес в список разрешенных хостов
explain-deny-unspecified = { $target } ведет к { $ip }, неопределенному адресу: подключение к нему попадает на этот хост, поэтому он никогда не бывает адресом назначения (его не могут разрешить ни { $hosts }, ни { $private })
explain-deny-own = { $addr } — это данный шлюз: он прослушивает этот порт, и адрес принадлежит этому хосту; туннель к нему образовал бы петлю
explain-deny-maybe-own = { $addr } может быть данным шлюзом (он прослушивает этот порт), а адреса этого хоста не удается прочитать ({ $error }); отклонено на случай, если туннель к нему образовал бы петлю
explain-deny-identity = адрес назначения { $target } не разрешен для удостоверения { $identity } (его { $section } { $hosts } и { $workspaces } или { $shared })
explain-as-user = как { $identity }: решение принимается только по собственному списку этого раздела { $section } (его { $hosts }, хосты, выведенные из его { $workspaces }, и { $shared })
explain-as-certificate = как { $identity }: CONNECT проверяется по глобальному списку разрешенных; когда прочитано сообщение Certificate агента (TLS 1.2 и более ранние), решает также собственный список этого раздела { $section } (его { $hosts }, хосты, выведенные из его { $workspaces }, и { $shared }); агент с TLS 1.3 проверяется только по глобальному списку разрешенных
explain-as-unbound = ни один раздел { $section } не называет { $identity }: такой агент проверяется по глобальному списку разрешенных
explain-identity-form = { $identity } не называет ни одного удостоверения: укажите user=NAME или certificate=SUBJECT
explain-identities-hint = агенты, которых называет раздел { $section }, проверяются по его собственному списку: { $flag } объясняет решение для одного из них
explain-suggest-none = в журнале нет событий would-deny (событие { $event } с { $field })
explain-suggest-total = { $tunnels ->
        [one] { $tunnels } туннель был бы отклонен; его разрешили бы следующие точные записи.
        [few] { $tunnels } туннеля были бы отклонены; их разрешили бы следующие точные записи.
        [many] { $tunnels } туннелей были бы отклонены; их разрешили бы следующие точные записи.
       *[other] { $tunnels } туннеля были бы отклонены; их разрешили бы следующие точные записи.
    }
explain-suggest-review = Проверьте каждую перед `{ $command }`: только то, что нужно агентам.
explain-suggest-entry = { $tunnels ->
        [one] { $tunnels } туннель, первый в { $first }
        [few] { $tunnels } туннеля, первый в { $first }
        [many] { $tunnels } туннелей, первый в { $first }
       *[other] { $tunnels } туннеля, первый в { $first }
    }

## The running gateways: status, top, drain (status-*).
status-not-running = не работает: ни один шлюз не обслуживает { $config }
status-no-answer = omsgate (pid { $pid }): работает, но его состояние не удалось прочитать (более старая версия omsgate?): { $answer }
status-gateway = omsgate { $version } (pid { $pid }): работает, { $state }; время работы { $uptime }
status-state-ready = готов
status-state-draining-accepting = ПЛАВНАЯ ОСТАНОВКА (остановка: { $readyz } отвечает 503, подключения еще принимаются)
status-state-draining-closed = ПЛАВНАЯ ОСТАНОВКА (остановка: прослушиватели закрыты, { $open ->
        [one] еще открыт { $open } туннель
        [few] еще открыто { $open } туннеля
        [many] еще открыто { $open } туннелей
       *[other] еще открыто { $open } туннеля
    })
status-label-config = конфигурация
status-label-last-reload = последняя перезагрузка
status-label-listening = прослушивание
status-label-tunnels = туннели
status-label-clients = клиенты
status-label-recent = недавно
status-config = { $source }, поколение { $generation }, { $entries ->
        [one] { $entries } запись списка разрешенных хостов
        [few] { $entries } записи списка разрешенных хостов
        [many] { $entries } записей списка разрешенных хостов
       *[other] { $entries } записи списка разрешенных хостов
    }, { $policy }
status-last-reload-none = не было с момента запуска
status-last-reload = { $ago } назад: { $outcome } — { $message }
status-reload-ok = успешно
status-reload-refused = ОТКЛОНЕНО
status-listening = { $addresses }; метрики { $metrics }
status-metrics-off = выключены
status-tunnels = открыто: { $open } из { $limit } ({ $percent } %)
status-clients = подключено: { $connected } ({ $limit })
status-clients-busiest = подключено: { $connected }; самый активный — { $address }, открыто: { $open } ({ $limit })
status-no-client-limit = нет { $key }
status-recent = { $window }:
status-recent-since-start = с момента запуска ({ $window })
status-recent-last = за последние { $window }
status-recent-tunnels-opened = открыто туннелей: { $count }
status-recent-rejections = отказы по причинам: { $list }
status-recent-errors = ошибки по кодам событий: { $list }
status-none = нет
status-bytes-b = { $value } Б
status-bytes-kb = { $value } кБ
status-bytes-mb = { $value } МБ
status-bytes-gb = { $value } ГБ
status-bytes-tb = { $value } ТБ
status-top-heading = omsgate top: pid { $pid }, { $config }, за последние { $window }
status-top-busiest-entries = САМЫЕ НАГРУЖЕННЫЕ ЗАПИСИ СПИСКА РАЗРЕШЕННЫХ
status-top-tunnels = ТУННЕЛИ
status-top-open = ОТКРЫТО
status-top-bytes = БАЙТЫ
status-top-no-tunnels = (нет туннелей)
status-top-most-refused = ЧАЩЕ ВСЕГО ОТКЛОНЯЕМЫЕ АДРЕСА НАЗНАЧЕНИЯ
status-top-refused = ОТКЛОНЕНО
status-top-reason = ПРИЧИНА
status-top-no-refusals = (нет отказов)
status-top-refresh = (каждые { $seconds } с; выход: { $keys })
status-top-no-answer = { $count ->
        [one] { $count } шлюз обслуживает
        [few] { $count } шлюза обслуживают
        [many] { $count } шлюзов обслуживают
       *[other] { $count } шлюза обслуживают
    } { $config }, но ни один не ответил на { $command } (более старая версия omsgate?)
status-drain-none = ни один работающий шлюз не обслуживает { $config }: плавно останавливать нечего (запущен ли он, и с этим ли { $flag }? шлюз, прослушиватели которого закрыты, уже в процессе плавной остановки) (событие { $event })
status-drain-told = работающему шлюзу (pid { $pid }) дана команда плавной остановки: { $message } (событие { $event })
status-drain-refused = работающий шлюз (pid { $pid }) не начал плавную остановку (событие { $event }): { $message }

## Writing a config: init's questions, import-oms (setup-*).
setup-nothing-written = { $error } (событие { $event }); ничего не записано
setup-init-intro = конфигурация для { $path } (Enter оставляет [значение по умолчанию]).
setup-init-exists = { $path } уже существует; `{ $force }` заменяет его (или измените его командой `{ $edit }`)
setup-ask-listen-port = Порт прослушивания, к которому подключаются агенты (1-65535)
setup-ask-services = Службы ({ $names }; через запятую)
setup-ask-cloud = Облако Azure ({ $names })
setup-ask-workspace-ids = Идентификаторы рабочих областей Log Analytics через запятую
setup-ask-regions = Регионы Azure машин и рабочей области (имя ARM, например { $example })
setup-ask-relay-proxy = Вышестоящий прокси, через который выходит этот шлюз ({ $form }; пусто — подключаться напрямую)
setup-ask-relay-username = Имя пользователя вышестоящего прокси (пусто — нет)
setup-ask-relay-password = Пароль вышестоящего прокси (не отображается)
setup-flag-needs-flag = для { $flag } требуется { $needed }
setup-no-password-on-stdin = нет пароля в stdin
setup-cannot-read-password = не удается прочитать пароль с терминала: { $error }
setup-stdin-closed = stdin закрыт до того, как были даны ответы на все вопросы
setup-cannot-read-stdin = не удается прочитать stdin: { $error }
setup-try-again = { $error }; попробуйте еще раз
setup-services-need-one = выбранным службам нужно хотя бы одно значение; попробуйте еще раз
setup-key-needed = для выбранных служб требуется { $key }; укажите { $flag }
setup-init-wrote = записан { $path } (проверен так, как его читает `{ $command }`): { $entries ->
        [one] { $entries } запись списка разрешенных хостов
        [few] { $entries } записи списка разрешенных хостов
        [many] { $entries } записей списка разрешенных хостов
       *[other] { $entries } записи списка разрешенных хостов
    }, из них выведено из каталога конечных точек: { $derived }
setup-init-check-hint = каждая запись и ее происхождение
setup-agents-heading = На агентах (за балансировщиком нагрузки используйте его адрес вместо { $host }):
setup-agents-ama = Azure Monitor Agent, параметры расширения (omsgate не запрашивает у агентов учетные данные):
setup-agents-mma-windows = Агент Log Analytics (MMA) для Windows: Параметры прокси-сервера -> прокси-сервер { $proxy }, без имени пользователя
setup-agents-oms-linux = Агент Log Analytics для Linux: прокси { $proxy } (параметр прокси в { $files })
setup-agents-operations-manager = Operations Manager: Настроить прокси-сервер -> { $proxy }
setup-agents-arc = Агент Azure Connected Machine: { $command }
setup-load-balancer = На балансировщике нагрузки: TCP-порт { $port } на каждый узел; проба работоспособности TCP { $port }
setup-load-balancer-readyz = (или { $request } на порту { $port }: 200, пока узел принимает туннели)
setup-import-cannot-read = не удается прочитать { $file }: { $error } (событие { $event })
setup-import-note = примечание: { $note }
setup-import-all-mapped = все элементы сопоставлены
setup-import-not-mapped = не удалось сопоставить { $count ->
        [one] { $count } элемент:
        [few] { $count } элемента:
        [many] { $count } элементов:
       *[other] { $count } элемента:
    }
setup-import-would-not-run = импортированная конфигурация не смогла бы работать: { $error } (событие { $event })
setup-import-wrote = записан { $path } (проверен так, как его читает `{ $command }`): { $entries ->
        [one] { $entries } запись списка разрешенных хостов
        [few] { $entries } записи списка разрешенных хостов
        [many] { $entries } записей списка разрешенных хостов
       *[other] { $entries } записи списка разрешенных хостов
    }
setup-import-exists = { $path } уже существует; { $flag } заменяет его
setup-import-not-json = не JSON в том виде, в каком его выводит { $cmdlet }: { $error }
setup-import-no-cmdlet-value = не значение, которое выводит какой-либо командлет
setup-import-not-this-cmdlet-value = не значение, которое выводит этот командлет
setup-import-password-never-shown = командлеты никогда не показывают пароль; задайте его командой `{ $command }`
setup-import-no-setting = соответствующего параметра omsgate нет
setup-import-no-setting-keys = соответствующего параметра omsgate нет (`{ $command }` перечисляет их)
setup-import-proxy-without-hasproxy = { $has_proxy } не равно 1, поэтому установщик игнорирует { $proxy }
setup-import-username-without-hasauth = { $has_auth } и { $has_proxy } не равны 1 одновременно
setup-import-password-not-from-command-line = не импортируется из командной строки; задайте его командой `{ $command }`
setup-import-installdir = папка установки Windows: аналога нет (omsgate устанавливается пакетом)
setup-import-licenseaccepted = запрос лицензии установщика Windows: аналога нет
setup-import-unknown-property = не документированное свойство установщика шлюза
setup-import-not-a-port = не TCP-порт (1-65535)
setup-import-relay-without-port = нет порта: omsgate требуется { $form }, и он не будет угадывать порт вышестоящего прокси; задайте его командой `{ $command }`
setup-import-not-a-relay-url = не адрес вышестоящего прокси, который может использовать omsgate: { $error }
setup-import-not-a-host = не запись { $key }: { $error }
setup-import-not-a-subject = не субъект клиентского сертификата, который omsgate может сопоставить: { $error }
setup-import-username-without-relay = имя пользователя вышестоящего прокси без адреса вышестоящего прокси, который удалось бы сопоставить
setup-import-replaced = { $what } { $old } из предыдущего элемента заменяется на { $new }
setup-import-what-listen-port = порт прослушивания
setup-import-what-relay-proxy = вышестоящий прокси
setup-import-what-relay-username = имя пользователя вышестоящего прокси
setup-import-subject-read-as-cn = субъект клиентского сертификата { $subject } читается как { $cn } (omsgate сопоставляет DN или CN=…)
setup-import-families-added = рядом с импортированными хостами добавлены семейства Azure Monitor по умолчанию: оригинал также разрешал свои автоматически загружаемые конечные точки
setup-generate-cannot-write = не удается записать в { $dir }: { $error } (событие { $event })

## The command line's errors (clap's, in the operator's language) (args-*).
args-unknown-argument = обнаружен непредвиденный аргумент '{ $arg }'
args-unknown-subcommand = нераспознанная подкоманда '{ $subcommand }'
args-invalid-value = недопустимое значение '{ $value }' для '{ $arg }'
args-invalid-value-why = недопустимое значение '{ $value }' для '{ $arg }': { $why }
args-value-missing = для '{ $arg }' требуется значение, но оно не указано
args-missing-required = { $count ->
        [one] не указан следующий обязательный аргумент: { $arguments }
       *[other] не указаны следующие обязательные аргументы: { $arguments }
    }
args-missing-subcommand = для '{ $command }' требуется подкоманда, но она не указана
args-too-many-values = обнаружено непредвиденное значение '{ $value }' для '{ $arg }'; больше значений не ожидалось
args-too-few-values = для '{ $arg }' требуется значений: { $min }; указано только { $actual }
args-wrong-number-of-values = для '{ $arg }' требуется значений: { $expected }, но указано { $actual }
args-used-twice = аргумент '{ $arg }' нельзя использовать несколько раз
args-conflict = аргумент '{ $arg }' нельзя использовать вместе с { $others }
args-conflict-other = аргумент '{ $arg }' нельзя использовать вместе с одним или несколькими другими указанными аргументами
args-needs-equals = при присваивании значений '{ $arg }' требуется знак равенства
args-tip = совет: { $tip }
args-similar-subcommand = { $count ->
        [one] существует похожая подкоманда: { $names }
       *[other] существуют похожие подкоманды: { $names }
    }
args-similar-argument = { $count ->
        [one] существует похожий аргумент: { $names }
       *[other] существуют похожие аргументы: { $names }
    }
args-similar-value = { $count ->
        [one] существует похожее значение: { $names }
       *[other] существуют похожие значения: { $names }
    }
args-subcommands = подкоманды: { $names }
args-tip-pass-as-value = чтобы передать '{ $arg }' как значение, используйте '{ $instead }'
args-tip-exists = '{ $name }' существует
args-try-help = Для получения дополнительных сведений попробуйте '{ $help }'.

## The command line's help: mirrors the doc comments of src/cli/mod.rs (a test keeps them equal).
help-omsgate = Шлюз HTTP CONNECT со списком разрешенных хостов для агентов мониторинга в изолированных сетях
    .config = Файл конфигурации (по умолчанию /etc/omsgate/omsgate.toml; если его нет — встроенная конфигурация по умолчанию)
    .lang = Язык вывода omsgate (de, fr, ja, pt-BR, zh-Hant, …; по умолчанию из OMSGATE_LANG, LC_ALL, LC_MESSAGES, LANG). Журналы и метрики остаются на английском
help-run = Запустить шлюз (по умолчанию)
help-check = Проверить конфигурацию и вывести действующие параметры; код возврата 0, если она верна, 2 — если нет
    .service-user = При запуске от root предупреждать, если этот пользователь (пользователь службы) не сможет прочитать файл, указанный в конфигурации
help-config = Прочитать или изменить параметры (Get/Set-OMSGatewayConfig)
help-config-get = Вывести значения всех ключей (с подставленными значениями по умолчанию) или одного ключа
    .output = `text` (значения TOML) или `json`
help-config-keys = Перечислить ключи: тип, значение по умолчанию, применяется ли при перезагрузке, назначение
    .markdown = В виде таблицы Markdown из README
help-config-set = Задать ключ (списки — как a,b или массив TOML); значение проверяется до какой-либо записи
help-config-unset = Удалить ключ из файла, чтобы действовало его значение по умолчанию
help-allowed-host = Перечислить, добавить или удалить разрешенные адреса назначения (*-OMSGatewayAllowedHost)
help-allowed-host-list = Хосты, заданные в файле; --all: все действующие записи, включая записи по умолчанию
help-allowed-host-add = Разрешить хост: имя, *.суффикс, IP-адрес или любое из них с :PORT
help-allowed-host-remove = Перестать разрешать хост (указывается точно так, как в списке)
help-allowed-host-suggest = После развертывания в режиме отчета (report): точные записи, которые разрешили бы то, что список разрешенных хостов отклонил бы, по событиям would-deny из журнала JSON (`-`: stdin)
help-allowed-client-cert = Перечислить, добавить или удалить разрешенные субъекты клиентских сертификатов (*-OMSGatewayAllowedClientCertificate)
help-allowed-client-cert-list = Разрешенные субъекты
help-allowed-client-cert-add = Разрешить субъект: полное имя DN или CN=...
help-allowed-client-cert-remove = Перестать разрешать субъект (указывается точно так, как в списке)
help-relay-proxy = Показать, задать или очистить вышестоящий прокси (*-OMSGatewayRelayProxy)
help-relay-proxy-get = Показать вышестоящие прокси и правила их выбора (пароли никогда не выводятся)
help-relay-proxy-set = Направлять туннели через один вышестоящий прокси, http[s]://HOST:PORT (заменяет любой список)
    .address = Вышестоящий прокси, http://HOST:PORT (или HOST:PORT, [IPv6]:PORT)
    .username = Пользователь Basic-аутентификации для вышестоящего прокси (не указывать, если аутентификация не нужна; `add` также принимает USER@ в URL)
    .password-stdin = Прочитать пароль со стандартного ввода (хранится рядом с конфигурацией: режим 0640, группа файла конфигурации)
    .password-file = Читать пароль из этого файла (при запуске и перезагрузке)
help-relay-proxy-add = Добавить вышестоящий прокси в `relay_proxies`; он используется после перечисленных до него (имеющийся там `relay_proxy` становится первым в списке)
    .url = http[s]://[USER@]HOST:PORT (или HOST:PORT)
    .username = Пользователь Basic-аутентификации для вышестоящего прокси (не указывать, если аутентификация не нужна; `add` также принимает USER@ в URL)
    .password-stdin = Прочитать пароль со стандартного ввода (хранится рядом с конфигурацией: режим 0640, группа файла конфигурации)
    .password-file = Читать пароль из этого файла (при запуске и перезагрузке)
help-relay-proxy-remove = Убрать вышестоящий прокси (HOST:PORT или его URL)
help-relay-proxy-clear = Снова подключаться напрямую (все вышестоящие прокси удаляются)
help-agent-user = Добавить, удалить или перечислить пользователей агентов (client_auth = "basic"): файл пользователей, указанный в конфигурации (client_auth_users_file; если не указан — `agent-users` рядом с конфигурацией)
help-agent-user-list = Пользователи в отсортированном порядке
help-agent-user-add = Добавить пользователя или задать ему новый пароль: читается со стандартного ввода (на терминале запрашивается без отображения), никогда не из командной строки; хранится как хеш bcrypt
    .cost = Стоимость bcrypt (4-15): каждый шаг вдвое увеличивает время проверки без кэша (стоимость 10 — около 50-150 мс работы одного ядра). При длинных случайных паролях агентов меньшая стоимость безопасна, а перезапущенный узел быстрее заново проверит тысячи агентов
help-agent-user-remove = Удалить пользователя: его агенты получают 407 начиная со следующей перезагрузки
help-reload = Дать работающим шлюзам с этой конфигурацией команду перезагрузить ее, сохраняя открытые туннели
help-drain = Плавно остановить работающие шлюзы с этой конфигурацией, как это делает SIGTERM, после чего они завершаются. Код возврата 0 — остановка начата, 1 — нет работающих шлюзов, 2 — отказ
    .long =
        Плавно остановить работающие шлюзы с этой конфигурацией, как это делает SIGTERM, после чего они завершаются. Код возврата 0 — остановка начата, 1 — нет работающих шлюзов, 2 — отказ.

        /readyz сразу отвечает 503, а новые туннели еще обслуживаются в течение drain_grace (тем временем балансировщик нагрузки выводит узел из работы); затем прослушиватели закрываются, открытым туннелям дается до drain_timeout, и процесс завершается с кодом 0: дальнейшее определяет политика Restart= в systemd или оператор (поочередный перезапуск: плавная остановка, ожидание завершения, запуск). Повторный вызов в течение drain_grace сразу завершает этот период.
help-status = Запросить у работающих шлюзов с этой конфигурацией их состояние: pid, версия, время работы, поколение конфигурации, последняя перезагрузка, готов или в процессе плавной остановки, туннели и клиенты относительно лимитов, отказы и ошибки за последние 5 минут. Код возврата 0 — работает и готов, 1 — не работает, 3 — плавная остановка (не готов), 4 — нет пригодного ответа
    .output = `text` или `json`
help-top = Самые нагруженные записи списка разрешенных хостов и чаще всего отклоняемые адреса назначения за последние 5 минут; на терминале обновляется каждые 2 с до Ctrl-C (в канал выводится один раз). Код возврата 0, если шлюз ответил, 1 — если ни один не работает
    .once = Вывести один раз и выйти, даже на терминале
    .output = `text` или `json`
help-explain = Объяснить, что политика решает для HOST[:PORT] и почему: запись, которая разрешает доступ, или ближайшие записи и почему каждая из них не подходит. Код возврата 0 — разрешено, 1 — запрещено, 2 — неверные входные данные
    .target = HOST, HOST:PORT, IP или [IPv6]:PORT (порт 443, если не указан)
    .output = `text` или `json`
    .identity = Принять решение как для агента этого раздела `[[identity]]`, названного так, как его называют строки журнала: `user=NAME` или `certificate=SUBJECT`
help-init = Записать конфигурацию (мастер установки оригинала): задает вопросы на терминале или принимает все ответы в виде флагов; проверяется так, как ее читает `run`; сообщает, что настроить на агентах
    .workspace-id = Идентификатор рабочей области Log Analytics (GUID); можно указать несколько раз
    .region = Регион Azure (имя ARM, например westeurope); можно указать несколько раз
    .cloud = public, usgov или china
    .services = Обслуживаемые агенты и службы через запятую: azure_monitor_agent, log_analytics_agent, automation, arc
    .dce-host = Хост приема журналов конечной точки сбора данных; можно указать несколько раз
    .listen-port = Порт, к которому подключаются агенты, 1-65535 (по умолчанию 8080)
    .relay-proxy = Вышестоящий прокси, http://HOST:PORT
    .relay-username = Пользователь Basic-аутентификации для вышестоящего прокси
    .relay-password-stdin = Прочитать пароль вышестоящего прокси со стандартного ввода (хранится рядом с конфигурацией, 0640)
    .force = Заменить существующий файл конфигурации
help-import-oms = Преобразовать вывод командлетов шлюза для Windows (Get-OMSGateway*, в виде текста или ConvertTo-Json) и свойства MSI (PORTNUMBER=…) в конфигурацию omsgate; сообщает, что не удалось сопоставить и почему
    .files = Файлы с выводом командлетов или командной строкой msiexec (`-`: stdin)
    .write = Записать конфигурацию в --config (отказ, если файл существует, без --force); без этого параметра конфигурация выводится
    .force = Заменить существующий файл
help-generate = Записать man-страницы и автодополнение для оболочек в каталог DIR (запускается при сборке пакета)
