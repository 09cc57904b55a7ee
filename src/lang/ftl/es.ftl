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

## Edits of the config and what they print: config get/set/unset/keys, allowed-host,
## allowed-client-cert, relay-proxy, agent-user, reload; `check`'s report (edit-*).

## What the policy decides and why: explain, allowed-host suggest (explain-*).

## The running gateways: status, top, drain (status-*).

## Writing a config: init's questions, import-oms (setup-*).

## The command line's errors (clap's, in the operator's language) (args-*).

## The command line's help: mirrors the doc comments of src/cli/mod.rs (a test keeps them equal).
help-omsgate = Puerta de enlace HTTP CONNECT con lista de permitidos para agentes de supervisión en redes aisladas
    .config = Archivo de configuración (predeterminado: /etc/omsgate/omsgate.toml; si no existe, la configuración predeterminada integrada)
    .lang = Idioma de lo que muestra omsgate (de, fr, ja, pt-BR, zh-Hant, …; predeterminado según OMSGATE_LANG, LC_ALL, LC_MESSAGES, LANG). Los registros y las métricas siguen en inglés
help-run = Ejecutar la puerta de enlace (comando predeterminado)
help-check = Validar la configuración y mostrar los valores efectivos; estado de salida 0 si es válida, 2 si no
    .service-user = Con ejecución como root: advertir si este usuario (el del servicio) no podría leer algún archivo indicado en la configuración
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
