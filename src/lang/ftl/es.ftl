## omsgate's messages in Spanish (es), translated from en.ftl.
## IDs: help-* the command line's help (mirrors the doc comments in src/cli/mod.rs);
## the rest are built in code with msg!/t! and say what the code is doing.

help-ui =
    .usage = Uso:
    .options = Opciones
    .arguments = Argumentos
    .commands = Comandos
    .help = Mostrar la ayuda (más detalles con '--help')
    .help-long = Mostrar la ayuda (resumen con '-h')
    .version = Mostrar la versión
    .help-command = Mostrar este mensaje o la ayuda de los subcomandos indicados
help-possible-values = valores posibles: { $values }
help-default = predeterminado: { $value }


## Config errors: what `check`, `run` and every edit say about a value that cannot run (config-*).
config-not-a-string = { $value } no es una cadena
config-not-a-list = { $value } no es una lista
config-not-true-or-false = { $value } no es true ni false
config-not-a-whole-number = { $value } no es un número entero
config-not-a-whole-number-in-range = { $value } no es un número entero de { $min } a { $max }
config-not-a-port = { $value } no es un puerto TCP ({ $min }-{ $max })
config-not-a-whole-number-or = { $value } no es un número entero ni { $word }
config-not-an-ip-address = { $value } no es una dirección IPv4 ni IPv6
config-not-an-address-and-port = { $value } no es { $form } (p. ej. { $examples }), ni { $off } para desactivarlo
config-not-a-relay-password-file = { $value } no es { $form } (el host:puerto del proxy de retransmisión tal como aparece en su URL y, después, su archivo de contraseña)
config-not-a-relay-route = { $value } no es una entrada de { $key }: escriba una tabla {"{"} { $hosts }, { $relay } {"}"}; relay también puede ser una lista de proxies de retransmisión, probados en orden
config-relay-route-unknown-field = { $value }: campo desconocido `{ $field }` (una tabla { $key } tiene { $hosts } y { $relay })
config-relay-route-lacks = { $value }: falta { $field }
config-relay-route-routes-nothing = { $value }: { $hosts } no enruta nada
config-relay-route-direct = { $value }: un { $key } no puede enviar hosts directamente ({ $relay }): indíquelos en { $bypass }, el único lugar que dice qué va directo
config-relay-route-no-relay = { $value }: { $relay } no indica ningún proxy de retransmisión
config-not-a-dns-server = { $value } no es la IP de un servidor DNS ni { $form } ({ $problem })
config-not-one-of = { $value } no es ninguno de estos valores: { $choices }
config-not-an-identity = { $value } no es una tabla de identidad ({"{"} { $user } o { $certificate }, { $lists } {"}"})
config-identity-unknown-field = el campo de identidad `{ $field }` es desconocido; campos: { $fields }
config-identity-names-one = una identidad indica exactamente uno de { $user } o { $certificate }
config-not-an-address-or-cidr = { $value } no es una dirección ni un CIDR como { $example }
config-not-a-guid = { $value } no es un GUID ({ $form }, tal como el portal muestra el id.)
config-duration-without-unit = { $value } no tiene unidad; escriba p. ej. { $examples }
config-duration-not-whole-number = { $value } no empieza por un número entero
config-duration-unknown-unit = { $value } tiene la unidad desconocida { $unit }; use { $units } o { $last }
config-listens-nowhere = { $value } no escucha en ningún sitio; indique al menos una dirección
config-limit-out-of-range = debe estar entre { $min } y { $max } (ambos incluidos) o ser { $word }
config-limit-at-least = debe ser al menos { $min }, o { $word }
config-duration-at-most = debe ser como máximo { $max }
config-dns-ttl-at-most = debe ser como máximo { $max } (los TTL de DNS no pasan de un día)
config-stale-at-most = debe ser como máximo { $max } (una semana)
config-worker-threads-out-of-range = debe estar entre { $min } (uno por núcleo) y { $max }
config-relay-listed-twice = el proxy de retransmisión { $relay } aparece dos veces
config-password-file-listed-twice = { $relay } tiene más de un archivo de contraseña: deje una sola entrada para él
config-unknown-key-near = clave desconocida `{ $key }`; ¿quiso decir `{ $near }`?
config-unknown-key = clave desconocida `{ $key }`; claves conocidas: { $keys }
config-problems = { $first }; { $rest }
config-not-toml = TOML no válido: { $error }
config-key-is-table-list = { $key } es una lista de tablas: secciones { $sections }
config-key-is-not-table = { $key } debe ser un valor, no una tabla
config-key-problem = { $key }: { $problem }
config-key-is = { $key } = { $problem }
config-key-value-problem = { $key } = { $value }: { $problem }
config-default-does-not-parse = el valor predeterminado integrado de { $key } no se puede analizar: { $error }
config-not-a-region = { $value } no es un nombre de región de ARM (en minúsculas, sin espacios: { $examples })
config-not-a-dce-host = { $value } no es el host de ingesta de registros de un punto de conexión de recopilación de datos (en minúsculas, como { $form })
config-not-an-arc-gateway = { $value } no es un host de puerta de enlace de Azure Arc ({ $form }, tal como lo muestra `{ $command }`)
config-timeout-zero = agotaría el tiempo de espera de inmediato; indique una duración positiva como { $example }
config-identity-problem = identidad { $identity }: { $problem }
config-identity-twice = identidad: { $who } tiene dos entradas { $sections }
config-user-identity-needs-basic = una identidad de usuario necesita { $setting } (sin ello, ningún agente tiene nombre de usuario)
config-workspaces-need-services = { $key } necesita { $services } (el catálogo deriva los hosts de cada área de trabajo para los servicios que allí se indican); establezca { $services }
config-proxy-protocol-from-empty = { $setting } con { $key } vacío rechazaría todos los encabezados; indique las direcciones de los equilibradores de carga (p. ej. { $example })
config-basic-needs-users-file = { $setting } necesita { $key } (créelo con `{ $command }`)
config-client-certificates-empty = { $setting } con { $key } vacío rechazaría el certificado de todos los agentes; agregue sujetos ({ $command }) o establezca la directiva en { $off }
config-error-in = { $source }: { $problem }
config-source-embedded = valor predeterminado integrado
config-effective-settings-from = valores efectivos de { $source }
config-default-note = predeterminado
config-relay-proxy-and-proxies = { $single } y { $listed } están establecidos a la vez: { $single } es la forma de un solo proxy de retransmisión de { $listed }; conserve uno (p. ej. { $example } y quite { $single })
config-relay-proxy-with-user = { $setting }: su usuario va en { $key } (la forma { $form } es para { $listed })
config-relay-credentials-without-proxy = { $keys } están establecidos, pero { $key } está vacío; establezca { $setting } o bórrelos
config-too-many-relays = demasiados proxies de retransmisión
config-relay-written-differently = { $key }: el proxy de retransmisión { $relay } se escribe { $here } aquí y { $elsewhere } en otro lugar; escríbalo igual en todas partes
config-password-file-without-user = { $key } tiene un archivo para { $relay }, pero su URL no indica ningún usuario: escriba { $url }
config-password-file-for-no-relay = { $key } indica { $relay }, que no está en ningún { $listed } ni { $routes }
config-password-file-without-username = { $key } está establecido sin { $username }
config-password-file-readable-by-all = { $key }: { $path } es legible por todos los usuarios (modo { $mode }): aplique { $private } (o { $group } con el grupo del servicio)
config-file-unreadable = { $key }: no se puede leer { $path }: { $error }
config-file-cannot-be-read = no se puede leer el archivo de configuración: { $error }
config-tenant-wide-workspace-ingestion = el punto de conexión de ingesta de todas las áreas de trabajo de Log Analytics
config-tenant-wide-workspace-management = el punto de conexión de administración de todas las áreas de trabajo de Log Analytics
config-tenant-wide-automation-agent-service = el servicio de agente de todas las cuentas de Automation
config-tenant-wide-automation-endpoints = los puntos de conexión de todas las cuentas de Automation
config-tenant-wide-data-collection-endpoints = todos los puntos de conexión de recopilación de datos
config-tenant-wide-storage-blobs = los blobs de todas las cuentas de almacenamiento
config-tenant-wide-storage-tables = las tablas de todas las cuentas de almacenamiento
config-tenant-wide-storage-queues = las colas de todas las cuentas de almacenamiento
config-tenant-wide-service-bus = todos los espacios de nombres de Service Bus
config-tenant-wide-key-vaults = todos los almacenes de Key Vault
config-tenant-wide-derived = El catálogo de puntos de conexión la deriva porque Microsoft no documenta ningún nombre más restringido para este servicio; `{ $command }` muestra lo que permite
config-tenant-wide-narrow = Ejecute `{ $command }` (o establezca { $keys } y { $last }) para permitir sus propios hosts en su lugar; `{ $explain }` muestra lo que permite una entrada
config-tenant-wide-entry = La entrada { $entry } de { $key } ({ $origin }) permite { $what }, no solo los suyos: cualquier agente de aquí, o un malware en uno de ellos, puede enviar datos a cualquiera de ellos. { $todo }
config-warning = advertencia (evento { $event }): { $warning }
config-allowlist-in-force = la lista de permitidos vigente, entrada por entrada:
config-identity-may-reach-only = la identidad { $identity } solo puede llegar a:
config-in-effect-under-limits = vigentes con los límites de este proceso (como los iniciaría `{ $command }`): { $settings }
config-service-user-cannot-read = { $problem }: el servicio, que se ejecuta como { $user }, rechazará esta configuración; asigne el archivo a su grupo ({ $commands }) o pase { $flag }
config-wrong-configuration = configuración incorrecta (evento { $event }): { $error }
config-log-unreadable = no se puede leer { $path }: { $error } (evento { $event })
config-entry-problem = entrada { $entry }: { $problem }
config-too-many-entries = más de { $max } entradas
config-target-not-authority = el destino debe ser { $form } (forma de autoridad)
config-target-userinfo = el destino no debe llevar información de usuario ({ $form })
config-target-percent = el destino no debe contener { $character } (codificación porcentual o zona IPv6)
config-target-control-byte = el destino contiene un byte de control o no ASCII
config-target-bad-port = el puerto debe ser un número de { $min } a { $max }
config-target-empty-label = el host está vacío o tiene una etiqueta vacía
config-target-host-too-long = el host tiene más de { $max } bytes
config-target-label-too-long = una etiqueta del host tiene más de { $max } bytes
config-target-bad-host-char = el host contiene un carácter no permitido en un nombre DNS
config-target-ambiguous-numeric = el host parece numérico, pero no es una dirección IP válida
config-target-bad-ipv6 = el host entre corchetes no es una dirección IPv6 válida
config-wildcard-needs-name = un comodín necesita un nombre detrás, como en { $example }
config-wildcard-leftmost-label-as-in = un { $star } solo puede estar en la etiqueta situada más a la izquierda, como en { $example } o { $other }
config-wildcard-in-ip-address = un comodín no puede representar parte de una dirección IP
config-wildcard-leftmost-label = un { $star } solo puede estar en la etiqueta situada más a la izquierda
config-wildcard-one-per-entry = un solo { $star } por entrada
config-relays-at-most = { $count } proxies de retransmisión: como máximo { $max }
config-too-many-relay-routes = demasiadas tablas { $key }
config-relay-url-scheme = { $url }: un proxy de retransmisión es { $http } (CONNECT en HTTP sin cifrar) o { $https } (TLS hasta el proxy de retransmisión), no { $scheme }
config-relay-url-password = { $url }: una contraseña no debe ir en la URL (la configuración es legible y `{ $command }` la muestra); póngala en un archivo: { $setting }
config-relay-url-problem = { $url }: { $problem }
config-relay-url-empty-user = { $url }: el usuario antes de @ está vacío
config-relay-url-not-a-url = { $url } no es { $form }: { $problem }
config-relay-user-percent = un { $percent } en el usuario debe iniciar { $form } (dos dígitos hexadecimales)
config-relay-user-not-utf8 = el usuario no es UTF-8 una vez descodificados los { $form }
config-users-file-problem = { $key } { $path }: { $problem }
config-users-file-unreadable = no se puede leer: { $error }
config-users-file-line = línea { $line }: { $problem }
config-users-file-not-user-hash = se esperaba { $form } (formato htpasswd)
config-users-file-user-problem = usuario { $user }: { $problem }
config-users-file-user-twice = el usuario { $user } aparece dos veces
config-bcrypt-hash-invalid = no es un hash bcrypt válido ({ $error })
config-argon2-hash-invalid = no es una cadena PHC de argon2 válida ({ $error })
config-hash-refused = el hash no es bcrypt ({ $bcrypt }, { $htpasswd }) ni argon2 ({ $argon2 }); se rechazan { $refused } y las contraseñas sin cifrar
config-not-a-user-name = { $user } no es un nombre de usuario (de { $min } a { $max } caracteres, sin { $colon } ni espacios en blanco)
config-not-a-subject = entrada de { $key } no válida { $value }: se esperaba un DN de sujeto como { $examples } o { $example }
config-region-in-other-cloud = { $key }: { $region } está en la nube { $cloud }, pero { $setting }
config-dce-host-in-other-cloud = { $key }: { $host } no es un punto de conexión de recopilación de datos de la nube { $cloud } ({ $suffix })
config-arc-gateway-not-public = { $key } está establecido, pero la puerta de enlace de Azure Arc solo existe en la nube pública ({ $setting })
config-automation-region-unknown = { $key } incluye { $service }, pero Microsoft no indica puntos de conexión de Automation para la región { $region } ({ $regions }); consulte `{ $command }`
config-automation-region-needs-accounts = { $key } incluye { $service }: la región { $region } solo tiene puntos de conexión de Automation específicos de cada cuenta; establezca { $accounts } (el GUID de la URL de la cuenta, página Claves)
config-endpoint-needs-key = { $services } incluye { $service }, cuyo punto de conexión para { $purpose } ({ $template }) necesita { $key }; establezca { $key }
config-ca-file-not-pem = { $key } { $path } no se puede leer como certificados PEM: { $error }
config-ca-file-empty = { $key } { $path } no contiene ningún certificado
config-ca-file-unusable = { $key } { $path }: un certificado no se puede usar como CA: { $error }
config-no-system-roots = un proxy de retransmisión { $https } necesita raíces de confianza, y el almacén del sistema no tiene ninguna
config-no-system-roots-because = { $problem } ({ $error })
config-install-roots = { $problem }; instale { $package } o establezca { $key }
config-relay-tls-settings = configuración TLS para los proxies de retransmisión: { $error }
config-dns-server-examples = p. ej. { $examples }; no un nombre
config-dns-server-port-zero = puerto { $port }

## Edits of the config and what they print: config get/set/unset/keys, allowed-host,
## allowed-client-cert, relay-proxy, agent-user, reload; `check`'s report (edit-*).
edit-failed = omsgate: { $error } (evento { $event })
edit-key-set = { $key } establecido en { $path }
edit-key-unset = { $key } vuelve a su valor predeterminado en { $path }
edit-host-added = host permitido { $host } agregado en { $path }
edit-host-removed = host permitido { $host } quitado en { $path }
edit-cert-added = sujeto de certificado de cliente { $subject } agregado en { $path }
edit-cert-removed = sujeto de certificado de cliente { $subject } quitado en { $path }
edit-relay-set = proxy de retransmisión establecido en { $address } en { $path }
edit-relays-cleared = proxies de retransmisión borrados; los túneles se conectan directamente en { $path }
edit-relay-added = proxy de retransmisión { $url } agregado en { $path }
edit-relay-removed = proxy de retransmisión { $relay } quitado en { $path }
edit-agent-user-added = usuario de agente { $user } agregado (o su contraseña cambiada) en { $path }
edit-agent-user-removed = usuario de agente { $user } quitado en { $path }
edit-no-gateway = ninguna puerta de enlace en ejecución sirve { $path }; el cambio se aplica cuando se inicie
edit-reload-nothing = ninguna puerta de enlace en ejecución sirve { $path }: no hay nada que recargar (¿está iniciada, y con esta { $flag }?)
edit-reloaded = se indicó a la puerta de enlace en ejecución (pid { $pid }) que recargue: { $message } (evento { $event })
edit-reload-draining = la puerta de enlace con pid { $pid } se está deteniendo y no se recargó: { $message }
edit-reload-refused = la puerta de enlace en ejecución (pid { $pid }) no la aplicó (evento { $event }): { $message }
edit-key-value = { $key }: { $reason }
edit-not-a-list = { $key }: el valor del archivo no es una lista
edit-not-listed = { $value } no está en { $key }; `omsgate { $list }` muestra las entradas
edit-would-not-run = la configuración editada no se podría ejecutar, así que no se escribió nada: { $reason }
edit-not-toml = { $path } no es TOML válido, así que no se puede editar de forma segura: { $error }
edit-cannot-chown = no se puede dar al archivo nuevo el propietario { $owner } y el grupo { $group } que tiene { $path } ({ $error }); ejecute como root o como su propietario
edit-too-many-symlinks = { $path }: más de { $max } vínculos simbólicos
edit-relay-two-users = { $url } indica el usuario { $user }, pero { $flag } dice { $username }: indique uno
edit-relay-listed-already = { $key } ya contiene { $address }: ejecute antes `omsgate relay-proxy remove { $address }`
edit-relay-password-without-user = un archivo de contraseña para { $address } sin usuario: indique { $flag } (o { $url })
edit-users-file-refused = { $key } { $file }: { $reason }
edit-password-prompt = Contraseña del usuario de agente { $user } (no se muestra):
edit-password-empty = no se admite una contraseña vacía; indíquela en stdin
edit-agent-users-none = no hay { $key } en { $path }: no hay usuarios de agente
edit-key-row = { $key } { $applies } predeterminado { $default }  — { $meaning }
edit-applies-reload = recarga
edit-applies-restart = reinicio
edit-entry = { $origin }: { $reading }; { $ports }
edit-entry-port = solo el puerto { $port }
edit-entry-ports = puertos { $ports } ({ $key })
edit-relay-none = ningún proxy de retransmisión: los túneles se conectan directamente
edit-relay-default-direct = predeterminado: directo (sin { $single } ni { $listed })
edit-relay-default = predeterminado ({ $key }), probados en orden:
edit-relay-credentials = { $url }  (usuario { $user }, { $password })
edit-relay-no-credentials = { $url }  (sin credenciales)
edit-relay-password-file = contraseña leída de { $file }
edit-relay-no-password = sin contraseña
edit-relay-bypass = directo ({ $key }): { $hosts }
edit-relay-route = { $key } { $number }: { $hosts }
edit-relay-retry = un proxy de retransmisión que falla se omite durante { $key } ({ $duration })
edit-relay-ca-file = los proxies de retransmisión https:// deben presentar un certificado de { $file }
edit-relay-ca-system = los proxies de retransmisión https:// deben presentar un certificado en el que confíe el sistema
edit-cannot-enter = { $user } no puede entrar en { $dir }
edit-cannot-read = { $user } no puede leer { $file }
edit-file-mode = { $path } (modo { $mode }, propietario { $owner }, grupo { $group })

## What the policy decides and why: explain, allowed-host suggest (explain-*).
explain-failed = omsgate: { $error } (evento { $event })
explain-not-a-target = { $target } no es HOST, HOST:PORT, IP ni [IPv6]:PORT
explain-allowed = permitido: { $target }
explain-allowed-by = por { $entry }  ({ $why })
explain-denied = denegado: { $target } (evento { $event }, { $reason }): { $message }
explain-no-near = ninguna entrada se le acerca
explain-report-mode = { $setting }: se deja pasar y se registra como evento { $event } con { $field }
explain-then = después:
explain-then-were-it-allowed = después, si estuviera permitido:
explain-route = ruta: { $route }
explain-route-direct = directo (no hay ningún proxy de retransmisión configurado)
explain-route-default = a través de { $relays } ({ $key }; ninguna entrada { $bypass } ni { $route } lo indica)
explain-route-bypass = directo, por la entrada { $entry } de { $key }
explain-route-by-rule = a través de { $relays }, por la entrada { $entry } de { $key } { $number }
explain-relay-one = el proxy de retransmisión { $relay }
explain-relays = los proxies de retransmisión { $relays } en orden (uno que falla se omite durante { $key })
explain-relay-then = { $first }, después { $next }
explain-near-port = coincide con el host, pero permite { $ports }, no { $port }
explain-near-only-port = solo el puerto { $port }
explain-near-default-ports = los puertos de { $key } { $ports }
explain-near-below = coincide con los nombres bajo { $name }, no con { $name } en sí; agregue { $name } para permitirlo
explain-near-lookalike = { $host } solo termina con las letras de { $name }: no es { $name } ni un nombre bajo él
explain-near-label = la primera etiqueta debe ser { $prefix }…{ $suffix }, con uno o más caracteres donde está el *
explain-near-same-domain = en el mismo dominio, pero coincide con { $reading }
explain-after-vetted = el nombre se resuelve una vez y se examinan todas las direcciones antes de conectar con una: nunca la dirección no especificada (0.0.0.0, ::) ni los sockets de escucha de esta puerta de enlace
explain-after-private-allowed = { $setting }: se permite conectar con direcciones de bucle invertido, privadas y de vínculo local
explain-after-ip-listed = el literal IP aparece exactamente en la lista, así que se permite conectar con él aunque sea privado
explain-after-private-refused = se rechazan las direcciones de bucle invertido, privadas, de vínculo local (incluidos los metadatos de la nube) y otras direcciones no públicas ({ $setting })
explain-origin-file = archivo
explain-origin-default = predeterminado
explain-origin-derived = derivado: { $from }
explain-reading-exact = exactamente { $name }
explain-reading-below = cualquier nombre bajo { $name } (no { $name } en sí)
explain-reading-in-label = un nombre { $prefix }…{ $suffix }.{ $rest } cuya primera etiqueta tiene uno o más caracteres donde está el *
explain-reading-this-and-below = { $name } y cualquier nombre bajo él (el *{ $name } sin punto de Microsoft)
explain-reading-ip = exactamente la dirección { $ip }
explain-deny-host = el destino { $host } no está en { $key }
explain-deny-port = el puerto { $port } no está permitido para { $host } ({ $key }, o una entrada host:puerto)
explain-deny-private = { $target } se resuelve como { $ip }, una dirección { $class }; establezca { $setting } o agregue la IP misma a la lista de permitidos para permitirlo
explain-deny-unspecified = { $target } lleva a { $ip }, una dirección no especificada: una conexión a ella llega a este host, así que nunca es un destino (ni { $hosts } ni { $private } pueden permitirla)
explain-deny-own = { $addr } es esta puerta de enlace: escucha en ese puerto y la dirección es una de las de este host; un túnel hacia ella formaría un bucle
explain-deny-maybe-own = { $addr } puede ser esta puerta de enlace (escucha en ese puerto) y no se pueden leer las direcciones de este host ({ $error }); se rechaza por si un túnel hacia ella formara un bucle
explain-deny-identity = el destino { $target } no está permitido para la identidad { $identity } (sus { $section } { $hosts } y { $workspaces }, o { $shared })
explain-as-user = como { $identity }: lo decide solo la lista propia de esa sección { $section } (sus { $hosts }, los hosts derivados de sus { $workspaces } y { $shared })
explain-as-certificate = como { $identity }: el CONNECT lo decide la lista de permitidos global; en cuanto se lee el mensaje Certificate del agente (TLS 1.2 y anteriores), también la lista propia de esa sección { $section } (sus { $hosts }, los hosts derivados de sus { $workspaces } y { $shared }); a un agente con TLS 1.3 lo decide solo la lista de permitidos global
explain-as-unbound = ninguna sección { $section } nombra { $identity }: a un agente así lo decide la lista de permitidos global
explain-identity-form = { $identity } no nombra ninguna identidad: indique user=NAME o certificate=SUBJECT
explain-identities-hint = a los agentes que nombra una sección { $section } los decide su propia lista: { $flag } lo explica para uno de ellos
explain-suggest-none = no hay eventos would-deny (evento { $event } con { $field }) en el registro
explain-suggest-total = { $tunnels ->
        [one] { $tunnels } túnel se habría rechazado; estas entradas exactas lo permitirían.
       *[other] { $tunnels } túneles se habrían rechazado; estas entradas exactas los permitirían.
    }
explain-suggest-review = Revise cada una antes de `{ $command }`: solo lo que necesitan los agentes.
explain-suggest-entry = { $tunnels ->
        [one] { $tunnels } túnel; el primero: { $first }
       *[other] { $tunnels } túneles; el primero: { $first }
    }

## The running gateways: status, top, drain (status-*).
status-not-running = no está en ejecución: ninguna puerta de enlace sirve { $config }
status-no-answer = omsgate (pid { $pid }): en ejecución, pero no se pudo leer su estado (¿un omsgate anterior?): { $answer }
status-gateway = omsgate { $version } (pid { $pid }): en ejecución, { $state }; activo desde hace { $uptime }
status-state-ready = preparada
status-state-draining-accepting = EN VACIADO (deteniéndose: { $readyz } responde 503, todavía acepta conexiones)
status-state-draining-closed = EN VACIADO (deteniéndose: sockets de escucha cerrados, { $open ->
        [one] { $open } túnel todavía abierto
       *[other] { $open } túneles todavía abiertos
    })
status-label-config = configuración
status-label-last-reload = última recarga
status-label-listening = escucha
status-label-tunnels = túneles
status-label-clients = clientes
status-label-recent = reciente
status-config = { $source }, generación { $generation }, { $entries ->
        [one] { $entries } entrada de la lista de permitidos
       *[other] { $entries } entradas de la lista de permitidos
    }, { $policy }
status-last-reload-none = ninguna desde el inicio
status-last-reload = hace { $ago }: { $outcome } — { $message }
status-reload-ok = correcta
status-reload-refused = RECHAZADA
status-listening = { $addresses }; métricas { $metrics }
status-metrics-off = desactivadas
status-tunnels = { $open } abiertos de { $limit } ({ $percent } %)
status-clients = { $connected } conectados ({ $limit })
status-clients-busiest = { $connected } conectados; el más activo, { $address }, con { $open } abiertos ({ $limit })
status-no-client-limit = sin { $key }
status-recent = { $window }:
status-recent-since-start = desde el inicio ({ $window })
status-recent-last = en los últimos { $window }
status-recent-tunnels-opened = túneles abiertos: { $count }
status-recent-rejections = rechazos por motivo: { $list }
status-recent-errors = errores por id. de evento: { $list }
status-none = ninguno
status-bytes-b = { $value } B
status-bytes-kb = { $value } kB
status-bytes-mb = { $value } MB
status-bytes-gb = { $value } GB
status-bytes-tb = { $value } TB
status-top-heading = omsgate top: pid { $pid }, { $config }, los últimos { $window }
status-top-busiest-entries = ENTRADAS DE LA LISTA DE PERMITIDOS MÁS USADAS
status-top-tunnels = TÚNELES
status-top-open = ABIERTOS
status-top-bytes = BYTES
status-top-no-tunnels = (ningún túnel)
status-top-most-refused = DESTINOS MÁS RECHAZADOS
status-top-refused = RECHAZADOS
status-top-reason = MOTIVO
status-top-no-refusals = (ningún rechazo)
status-top-refresh = (cada { $seconds } s; { $keys } termina)
status-top-no-answer = { $count ->
        [one] { $count } puerta de enlace sirve
       *[other] { $count } puertas de enlace sirven
    } { $config }, pero ninguna respondió a { $command } (¿un omsgate anterior?)
status-drain-none = ninguna puerta de enlace en ejecución sirve { $config }: no hay nada que vaciar (¿está iniciada, y con esta { $flag }? una cuyos sockets de escucha ya se cerraron ya está en vaciado) (evento { $event })
status-drain-told = se indicó a la puerta de enlace en ejecución (pid { $pid }) que se vacíe: { $message } (evento { $event })
status-drain-refused = la puerta de enlace en ejecución (pid { $pid }) no se vació (evento { $event }): { $message }

## Writing a config: init's questions, import-oms (setup-*).
setup-nothing-written = { $error } (evento { $event }); no se escribió nada
setup-init-intro = una configuración para { $path } (Entrar conserva el [valor predeterminado]).
setup-init-exists = { $path } ya existe; `{ $force }` lo reemplaza (o edítelo con `{ $edit }`)
setup-ask-listen-port = Puerto de escucha al que se conectan los agentes (1-65535)
setup-ask-services = Servicios ({ $names }; separados por comas)
setup-ask-cloud = Nube de Azure ({ $names })
setup-ask-workspace-ids = Id. de las áreas de trabajo de Log Analytics, separados por comas
setup-ask-regions = Regiones de Azure de las máquinas y del área de trabajo (nombre de ARM, p. ej. { $example })
setup-ask-relay-proxy = Proxy de retransmisión por el que sale esta puerta de enlace ({ $form }; vacío: conectar directamente)
setup-ask-relay-username = Usuario del proxy de retransmisión (vacío: ninguno)
setup-ask-relay-password = Contraseña del proxy de retransmisión (no se muestra)
setup-flag-needs-flag = { $flag } necesita { $needed }
setup-no-password-on-stdin = no hay ninguna contraseña en stdin
setup-cannot-read-password = no se puede leer la contraseña desde el terminal: { $error }
setup-stdin-closed = stdin se cerró antes de responder todas las preguntas
setup-cannot-read-stdin = no se puede leer stdin: { $error }
setup-try-again = { $error }; inténtelo de nuevo
setup-services-need-one = los servicios elegidos necesitan al menos uno; inténtelo de nuevo
setup-key-needed = { $key } es necesario para los servicios elegidos; indique { $flag }
setup-init-wrote = se escribió { $path } (comprobado como lo lee `{ $command }`): { $entries ->
        [one] { $entries } entrada de la lista de permitidos
       *[other] { $entries } entradas de la lista de permitidos
    }, { $derived } derivadas del catálogo de puntos de conexión
setup-init-check-hint = cada entrada y su procedencia
setup-agents-heading = En los agentes (detrás de un equilibrador de carga, use su dirección en lugar de { $host }):
setup-agents-ama = Azure Monitor Agent, configuración de la extensión (omsgate no pide credenciales a los agentes):
setup-agents-mma-windows = Agente de Log Analytics (MMA) para Windows: Configuración de proxy -> servidor proxy { $proxy }, sin nombre de usuario
setup-agents-oms-linux = Agente de Log Analytics para Linux: proxy { $proxy } (su configuración de proxy { $files })
setup-agents-operations-manager = Operations Manager: Configure Proxy Server -> { $proxy }
setup-agents-arc = Agente de Azure Connected Machine: { $command }
setup-load-balancer = En el equilibrador de carga: puerto TCP { $port } a todos los nodos; sondeo de estado TCP { $port }
setup-load-balancer-readyz = (o { $request } en el puerto { $port }: 200 mientras el nodo acepta túneles)
setup-import-cannot-read = no se puede leer { $file }: { $error } (evento { $event })
setup-import-note = nota: { $note }
setup-import-all-mapped = se trasladaron todos los elementos
setup-import-not-mapped = no se { $count ->
        [one] pudo trasladar { $count } elemento:
       *[other] pudieron trasladar { $count } elementos:
    }
setup-import-would-not-run = la configuración importada no se podría ejecutar: { $error } (evento { $event })
setup-import-wrote = se escribió { $path } (comprobado como lo lee `{ $command }`): { $entries ->
        [one] { $entries } entrada de la lista de permitidos
       *[other] { $entries } entradas de la lista de permitidos
    }
setup-import-exists = { $path } ya existe; { $flag } lo reemplaza
setup-import-not-json = no es JSON tal como lo escribe { $cmdlet }: { $error }
setup-import-no-cmdlet-value = no es un valor que muestre ningún cmdlet
setup-import-not-this-cmdlet-value = no es un valor que muestre este cmdlet
setup-import-password-never-shown = los cmdlets nunca muestran la contraseña; establézcala con `{ $command }`
setup-import-no-setting = no le corresponde ningún valor de configuración de omsgate
setup-import-no-setting-keys = no le corresponde ningún valor de configuración de omsgate (`{ $command }` los enumera)
setup-import-proxy-without-hasproxy = { $has_proxy } no es 1, así que el programa de instalación omite { $proxy }
setup-import-username-without-hasauth = { $has_auth } y { $has_proxy } no son ambos 1
setup-import-password-not-from-command-line = no se importa desde una línea de comandos; establézcala con `{ $command }`
setup-import-installdir = carpeta de instalación de Windows: sin equivalente (el paquete instala omsgate)
setup-import-licenseaccepted = solicitud de licencia del programa de instalación de Windows: sin equivalente
setup-import-unknown-property = no es una propiedad documentada del programa de instalación de la puerta de enlace
setup-import-not-a-port = no es un puerto TCP (1-65535)
setup-import-relay-without-port = sin puerto: omsgate necesita { $form } y no adivinará el puerto del proxy de retransmisión; establézcalo con `{ $command }`
setup-import-not-a-relay-url = no es una dirección de proxy de retransmisión que omsgate pueda usar: { $error }
setup-import-not-a-host = no es una entrada de { $key }: { $error }
setup-import-not-a-subject = no es un sujeto de certificado de cliente que omsgate pueda comparar: { $error }
setup-import-username-without-relay = un nombre de usuario de proxy de retransmisión sin una dirección de proxy de retransmisión que se pudiera trasladar
setup-import-replaced = { $what } { $old } de un elemento anterior se reemplaza por { $new }
setup-import-what-listen-port = puerto de escucha
setup-import-what-relay-proxy = proxy de retransmisión
setup-import-what-relay-username = nombre de usuario del proxy de retransmisión
setup-import-subject-read-as-cn = el sujeto de certificado de cliente { $subject } se lee como { $cn } (omsgate compara un DN o CN=…)
setup-import-families-added = se agregaron las familias predeterminadas de Azure Monitor junto a los hosts importados: el original también permitía sus puntos de conexión descargados automáticamente
setup-generate-cannot-write = no se puede escribir en { $dir }: { $error } (evento { $event })

## The command line's errors (clap's, in the operator's language) (args-*).
args-unknown-argument = se encontró el argumento inesperado '{ $arg }'
args-unknown-subcommand = subcomando no reconocido '{ $subcommand }'
args-invalid-value = valor no válido '{ $value }' para '{ $arg }'
args-invalid-value-why = valor no válido '{ $value }' para '{ $arg }': { $why }
args-value-missing = se requiere un valor para '{ $arg }', pero no se proporcionó ninguno
args-missing-required = { $count ->
        [one] no se proporcionó el siguiente argumento obligatorio: { $arguments }
       *[other] no se proporcionaron los siguientes argumentos obligatorios: { $arguments }
    }
args-missing-subcommand = '{ $command }' requiere un subcomando, pero no se proporcionó ninguno
args-too-many-values = se encontró el valor inesperado '{ $value }' para '{ $arg }'; no se esperaban más
args-too-few-values = '{ $arg }' requiere { $min } valores; solo { $actual ->
        [one] se proporcionó { $actual }
       *[other] se proporcionaron { $actual }
    }
args-wrong-number-of-values = '{ $arg }' requiere { $expected } valores, pero { $actual ->
        [one] se proporcionó { $actual }
       *[other] se proporcionaron { $actual }
    }
args-used-twice = el argumento '{ $arg }' no se puede usar varias veces
args-conflict = el argumento '{ $arg }' no se puede usar con { $others }
args-conflict-other = el argumento '{ $arg }' no se puede usar con uno o varios de los demás argumentos especificados
args-needs-equals = se necesita un signo igual al asignar valores a '{ $arg }'
args-tip = sugerencia: { $tip }
args-similar-subcommand = { $count ->
        [one] existe un subcomando similar: { $names }
       *[other] existen algunos subcomandos similares: { $names }
    }
args-similar-argument = { $count ->
        [one] existe un argumento similar: { $names }
       *[other] existen algunos argumentos similares: { $names }
    }
args-similar-value = { $count ->
        [one] existe un valor similar: { $names }
       *[other] existen algunos valores similares: { $names }
    }
args-subcommands = subcomandos: { $names }
args-tip-pass-as-value = para pasar '{ $arg }' como valor, use '{ $instead }'
args-tip-exists = '{ $name }' existe
args-try-help = Para obtener más información, pruebe '{ $help }'.

## The command line's help: mirrors the doc comments of src/cli/mod.rs (a test keeps them equal).
help-omsgate = Puerta de enlace HTTP CONNECT con lista de permitidos para agentes de supervisión en redes aisladas
    .config = Archivo de configuración (predeterminado: /etc/omsgate/omsgate.toml; si no existe, la configuración predeterminada integrada)
    .lang = Idioma de lo que muestra omsgate (de, fr, ja, pt-BR, zh-Hant, …; predeterminado según OMSGATE_LANG, LC_ALL, LC_MESSAGES, LANG). Los registros y las métricas siguen en inglés
help-run = Ejecutar la puerta de enlace (comando predeterminado)
help-check = Validar la configuración y mostrar los valores efectivos; estado de salida 0 si es válida, 2 si no
    .service-user = Si se ejecuta como root, advertir si este usuario (el del servicio) no podría leer algún archivo indicado en la configuración
help-config = Leer o cambiar valores de configuración (Get/Set-OMSGatewayConfig)
help-config-get = Mostrar el valor de cada clave (con los predeterminados completados), o el de una sola clave
    .output = `text` (valores TOML) o `json`
help-config-keys = Listar las claves: tipo, valor predeterminado, si una recarga lo aplica, significado
    .markdown = Como la tabla Markdown del README
help-config-set = Establecer una clave (listas como a,b o como matriz TOML); se valida antes de escribir nada
help-config-unset = Quitar una clave del archivo para que se aplique su valor predeterminado
help-allowed-host = Listar, agregar o quitar destinos permitidos (*-OMSGatewayAllowedHost)
help-allowed-host-list = Los hosts configurados en el archivo; --all: todas las entradas vigentes, incluidas las predeterminadas
help-allowed-host-add = Permitir un host: nombre, *.suffix, literal IP o cualquiera de ellos como entry:PORT
help-allowed-host-remove = Dejar de permitir un host (exactamente como aparece en la lista)
help-allowed-host-suggest = Tras una implantación en modo report (policy_mode): las entradas exactas que habrían permitido lo que la lista de permitidos rechazaría, obtenidas de los eventos would-deny de un registro JSON (`-`: stdin)
help-allowed-client-cert = Listar, agregar o quitar sujetos de certificado de cliente permitidos (*-OMSGatewayAllowedClientCertificate)
help-allowed-client-cert-list = Los sujetos permitidos
help-allowed-client-cert-add = Permitir un sujeto: un DN completo o CN=...
help-allowed-client-cert-remove = Dejar de permitir un sujeto (exactamente como aparece en la lista)
help-relay-proxy = Mostrar, establecer o borrar el proxy de retransmisión (ascendente) (*-OMSGatewayRelayProxy)
help-relay-proxy-get = Mostrar los proxies de retransmisión y las reglas que los eligen (las contraseñas nunca se muestran)
help-relay-proxy-set = Enviar los túneles a través de un único proxy de retransmisión, http[s]://HOST:PORT (reemplaza cualquier lista)
    .address = El proxy de retransmisión, http://HOST:PORT (o HOST:PORT, [IPv6]:PORT)
    .username = Usuario de autenticación Basic para el proxy de retransmisión (omitir si no hay ninguno; `add` también acepta USER@ en la URL)
    .password-stdin = Leer la contraseña de la entrada estándar (se guarda junto a la configuración: modo 0640, grupo de la configuración)
    .password-file = Leer la contraseña de este archivo (al iniciar y en cada recarga)
help-relay-proxy-add = Agregar un proxy de retransmisión a `relay_proxies`, que se prueba después de los que lo preceden en la lista (un `relay_proxy` ya presente pasa a ser el primero de la lista)
    .url = http[s]://[USER@]HOST:PORT (o HOST:PORT)
    .username = Usuario de autenticación Basic para el proxy de retransmisión (omitir si no hay ninguno; `add` también acepta USER@ en la URL)
    .password-stdin = Leer la contraseña de la entrada estándar (se guarda junto a la configuración: modo 0640, grupo de la configuración)
    .password-file = Leer la contraseña de este archivo (al iniciar y en cada recarga)
help-relay-proxy-remove = Quitar un proxy de retransmisión (HOST:PORT o su URL)
help-relay-proxy-clear = Volver a conectar directamente (se quitan todos los proxies de retransmisión)
help-agent-user = Agregar, quitar o listar los usuarios de los agentes (client_auth = "basic"): el archivo de usuarios que indica la configuración (client_auth_users_file; si no indica ninguno, `agent-users` junto a la configuración)
help-agent-user-list = Los usuarios, ordenados
help-agent-user-add = Agregar un usuario o darle una contraseña nueva: se lee de la entrada estándar (se pide sin eco en un terminal), nunca de la línea de comandos; se guarda como hash bcrypt
    .cost = Coste de bcrypt (4-15): cada paso duplica el tiempo de una comprobación no almacenada en caché (un coste de 10 supone ~50-150 ms de un núcleo). Las contraseñas de agente largas y aleatorias hacen seguro un coste menor y permiten que un nodo reiniciado vuelva a comprobar miles de agentes más rápido
help-agent-user-remove = Quitar un usuario: sus agentes reciben 407 a partir de la próxima recarga
help-reload = Indicar a las puertas de enlace en ejecución con esta configuración que la recarguen, manteniendo los túneles abiertos
help-drain = Vaciar las puertas de enlace en ejecución con esta configuración como lo hace SIGTERM; después terminan. Estado de salida 0: en vaciado, 1: ninguna puerta de enlace en ejecución, 2: rechazado
    .long =
        Vaciar las puertas de enlace en ejecución con esta configuración como lo hace SIGTERM; después terminan. Estado de salida 0: en vaciado, 1: ninguna puerta de enlace en ejecución, 2: rechazado.

        /readyz responde 503 de inmediato mientras los túneles nuevos se siguen atendiendo durante drain_grace (entretanto, un equilibrador de carga saca el nodo de servicio); después se cierran los sockets de escucha, los túneles abiertos disponen de hasta drain_timeout y el proceso termina con 0: lo que sigue depende de la directiva Restart= de systemd o del operador (un reinicio gradual: vaciar, esperar a que termine, iniciar). Si se vuelve a solicitar durante el período de gracia, este termina de inmediato.
help-status = Preguntar a las puertas de enlace en ejecución con esta configuración por su estado: pid, versión, tiempo activo, generación de la configuración, última recarga, preparada o en vaciado, túneles y clientes frente a sus límites, rechazos y errores de los últimos 5 minutos. Estado de salida 0: en ejecución y preparada, 1: no está en ejecución, 3: en vaciado (no preparada), 4: ninguna respuesta utilizable
    .output = `text` o `json`
help-top = Las entradas de la lista de permitidos más usadas y los destinos más rechazados de los últimos 5 minutos, redibujados cada 2 s en un terminal hasta Ctrl-C (una sola vez hacia una canalización). Estado de salida 0 si respondió una puerta de enlace, 1 si no hay ninguna en ejecución
    .once = Mostrar una vez y salir, también en un terminal
    .output = `text` o `json`
help-explain = Indicar qué decide la directiva para HOST[:PORT] y por qué: la entrada que lo permite, o las entradas más cercanas y por qué cada una no lo permite. Estado de salida 0: permitido, 1: denegado, 2: argumento no válido
    .target = HOST, HOST:PORT, IP o [IPv6]:PORT (puerto 443 si no se indica ninguno)
    .output = `text` o `json`
    .identity = Decidir como el agente de esta sección `[[identity]]`, nombrada como la nombran las líneas de registro: `user=NAME` o `certificate=SUBJECT`
help-init = Escribir una configuración (el asistente de instalación del original): pregunta en un terminal o toma cada respuesta como opción; se comprueba igual que la lee `run`; indica qué configurar en los agentes
    .workspace-id = Id. del área de trabajo de Log Analytics (GUID); repetir para indicar más
    .region = Región de Azure (nombre de ARM, p. ej. westeurope); repetir para indicar más
    .cloud = public, usgov o china
    .services = Separados por comas: azure_monitor_agent, log_analytics_agent, automation, arc
    .dce-host = El host de ingesta de registros de un punto de conexión de recopilación de datos; repetir para indicar más
    .listen-port = El puerto al que se conectan los agentes, 1-65535 (predeterminado: 8080)
    .relay-proxy = El proxy de retransmisión (ascendente), http://HOST:PORT
    .relay-username = Usuario de autenticación Basic para el proxy de retransmisión
    .relay-password-stdin = Leer la contraseña del proxy de retransmisión de la entrada estándar (se guarda junto a la configuración, 0640)
    .force = Reemplazar un archivo de configuración existente
help-import-oms = Convertir la salida de los cmdlets de la puerta de enlace de Windows (Get-OMSGateway*, como texto o ConvertTo-Json) y las propiedades MSI (PORTNUMBER=…) en una configuración de omsgate; indica qué no se pudo trasladar y por qué
    .files = Archivos con la salida de los cmdlets o la línea de comandos de msiexec (`-`: stdin)
    .write = Escribir la configuración en --config (se rechaza si ya existe, salvo con --force); sin esta opción, la configuración se muestra
    .force = Reemplazar un archivo existente
help-generate = Escribir las páginas de manual y los scripts de autocompletado del shell en DIR (lo ejecuta la compilación del paquete)
