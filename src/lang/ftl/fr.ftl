## omsgate's messages in French (fr), translated from en.ftl.
## IDs: help-* the command line's help (mirrors the doc comments in src/cli/mod.rs);
## the rest are built in code with msg!/t! and say what the code is doing.

help-ui =
    .usage = Utilisation :
    .options = Options
    .arguments = Arguments
    .commands = Commandes
    .help = Afficher l'aide (plus de détails avec '--help')
    .help-long = Afficher l'aide (résumé avec '-h')
    .version = Afficher la version
    .help-command = Afficher ce message ou l'aide de la ou des sous-commandes indiquées
help-possible-values = valeurs possibles : { $values }
help-default = par défaut : { $value }


## Config errors: what `check`, `run` and every edit say about a value that cannot run (config-*).
# Placeables in config-* stay as they are in every language: $key, $keys, $single,
# $listed… are config keys; $value is a value as the file writes it (quoted); $setting
# is `key = value`; $form, $example(s), $command, $flag are what to type; $problem,
# $error, $warning nest another message (or a library's own text) in the same language.
# config-key-is shows `key = <problem>` where the problem starts with the value.

config-not-a-string = { $value } n'est pas une chaîne
config-not-a-list = { $value } n'est pas une liste
config-not-true-or-false = { $value } n'est ni true ni false
config-not-a-whole-number = { $value } n'est pas un nombre entier
config-not-a-whole-number-in-range = { $value } n'est pas un nombre entier de { $min } à { $max }
config-not-a-port = { $value } n'est pas un port TCP ({ $min }-{ $max })
config-not-a-whole-number-or = { $value } n'est ni un nombre entier ni { $word }
config-not-an-ip-address = { $value } n'est pas une adresse IPv4 ou IPv6
config-not-an-address-and-port = { $value } n'est pas { $form } (p. ex. { $examples }), ni { $off } pour désactiver
config-not-a-relay-password-file = { $value } n'est pas { $form } (le host:port du proxy de relais tel que dans son URL, puis son fichier de mot de passe)
config-not-a-relay-route = { $value } n'est pas une entrée { $key } : écrivez une table {"{"} { $hosts }, { $relay } {"}"} ; relay peut aussi être une liste de proxys de relais, essayés dans l'ordre
config-relay-route-unknown-field = { $value } : champ inconnu `{ $field }` (une table { $key } a { $hosts } et { $relay })
config-relay-route-lacks = { $value } : pas de { $field }
config-relay-route-routes-nothing = { $value } : { $hosts } n'achemine rien
config-relay-route-direct = { $value } : un { $key } ne peut pas envoyer des hôtes en direct ({ $relay }) : indiquez-les dans { $bypass }, le seul endroit qui dit ce qui passe en direct
config-relay-route-no-relay = { $value } : { $relay } ne désigne aucun proxy de relais
config-not-a-dns-server = { $value } n'est ni l'IP d'un serveur DNS ni { $form } ({ $problem })
config-not-one-of = { $value } ne fait pas partie de { $choices }
config-not-an-identity = { $value } n'est pas une table d'identité ({"{"} { $user } ou { $certificate }, { $lists } {"}"})
config-identity-unknown-field = le champ d'identité `{ $field }` est inconnu ; champs : { $fields }
config-identity-names-one = une identité désigne exactement un seul élément parmi { $user } ou { $certificate }
config-not-an-address-or-cidr = { $value } n'est ni une adresse ni un CIDR tel que { $example }
config-not-a-guid = { $value } n'est pas un GUID ({ $form }, tel que le portail affiche l'ID)
config-duration-without-unit = { $value } n'a pas d'unité ; écrivez p. ex. { $examples }
config-duration-not-whole-number = { $value } ne commence pas par un nombre entier
config-duration-unknown-unit = { $value } a une unité inconnue { $unit } ; utilisez { $units } ou { $last }
config-listens-nowhere = { $value } n'écoute nulle part ; indiquez au moins une adresse
config-limit-out-of-range = doit être { $min }..={ $max } ou { $word }
config-limit-at-least = doit être au moins { $min }, ou { $word }
config-duration-at-most = doit être au plus { $max }
config-dns-ttl-at-most = doit être au plus { $max } (les TTL DNS s'arrêtent à un jour)
config-stale-at-most = doit être au plus { $max } (une semaine)
config-worker-threads-out-of-range = doit être de { $min } (un par cœur) à { $max }
config-relay-listed-twice = le proxy de relais { $relay } figure deux fois
config-password-file-listed-twice = { $relay } a plus d'un fichier de mot de passe : n'en gardez qu'une entrée
config-unknown-key-near = clé inconnue `{ $key }` ; vouliez-vous dire `{ $near }` ?
config-unknown-key = clé inconnue `{ $key }` ; clés connues : { $keys }
config-problems = { $first } ; { $rest }
config-not-toml = TOML non valide : { $error }
config-key-is-table-list = { $key } est une liste de tables : sections { $sections }
config-key-is-not-table = { $key } doit être une valeur, pas une table
config-key-problem = { $key } : { $problem }
config-key-is = { $key } = { $problem }
config-key-value-problem = { $key } = { $value } : { $problem }
config-default-does-not-parse = la valeur par défaut intégrée de { $key } ne peut pas être analysée : { $error }
config-not-a-region = { $value } n'est pas un nom de région ARM (minuscules, sans espaces : { $examples })
config-not-a-dce-host = { $value } n'est pas un hôte d'ingestion des journaux d'un point de terminaison de collecte de données (en minuscules, comme { $form })
config-not-an-arc-gateway = { $value } n'est pas un hôte de passerelle Azure Arc ({ $form }, tel que `{ $command }` l'affiche)
config-timeout-zero = expirerait immédiatement ; indiquez une durée positive comme { $example }
config-identity-problem = identité { $identity } : { $problem }
config-identity-twice = identité : { $who } a deux entrées { $sections }
config-user-identity-needs-basic = une identité d'utilisateur nécessite { $setting } (sans cela, aucun agent n'a de nom d'utilisateur)
config-workspaces-need-services = { $key } nécessitent { $services } (le catalogue dérive les hôtes de chaque espace de travail pour les services qui y sont cités) ; définissez { $services }
config-proxy-protocol-from-empty = { $setting } avec un { $key } vide refuserait tout en-tête ; indiquez les adresses des équilibreurs de charge (p. ex. { $example })
config-basic-needs-users-file = { $setting } nécessite { $key } (créez-le avec `{ $command }`)
config-client-certificates-empty = { $setting } avec un { $key } vide refuserait le certificat de chaque agent ; ajoutez des sujets ({ $command }) ou réglez la politique sur { $off }
config-error-in = { $source } : { $problem }
config-source-embedded = configuration par défaut intégrée
config-effective-settings-from = paramètres effectifs issus de { $source }
config-default-note = par défaut
config-relay-proxy-and-proxies = { $single } et { $listed } sont tous deux définis : { $single } est la forme à un seul proxy de relais de { $listed } ; n'en gardez qu'un (p. ex. { $example } et supprimez { $single })
config-relay-proxy-with-user = { $setting } : son utilisateur va dans { $key } (la forme { $form } est réservée à { $listed })
config-relay-credentials-without-proxy = { $keys } sont définis mais { $key } est vide ; définissez { $setting } ou effacez-les
config-too-many-relays = trop de proxys de relais
config-relay-written-differently = { $key } : le proxy de relais { $relay } est écrit { $here } ici et { $elsewhere } ailleurs ; écrivez-le partout de la même façon
config-password-file-without-user = { $key } a un fichier pour { $relay }, mais son URL ne désigne aucun utilisateur : écrivez { $url }
config-password-file-for-no-relay = { $key } désigne { $relay }, qui ne figure dans aucun { $listed } ni { $routes }
config-password-file-without-username = { $key } est défini sans { $username }
config-password-file-readable-by-all = { $key } : { $path } est lisible par tous les utilisateurs (mode { $mode }) : exécutez { $private } (ou { $group } avec le groupe du service)
config-file-unreadable = { $key } : { $path } ne peut pas être lu : { $error }
config-file-cannot-be-read = impossible de lire le fichier de configuration : { $error }
config-tenant-wide-workspace-ingestion = le point de terminaison d'ingestion de tout espace de travail Log Analytics
config-tenant-wide-workspace-management = le point de terminaison de gestion de tout espace de travail Log Analytics
config-tenant-wide-automation-agent-service = le service d'agent de tout compte Automation
config-tenant-wide-automation-endpoints = les points de terminaison de tout compte Automation
config-tenant-wide-data-collection-endpoints = tout point de terminaison de collecte de données
config-tenant-wide-storage-blobs = les objets blob de tout compte de stockage
config-tenant-wide-storage-tables = les tables de tout compte de stockage
config-tenant-wide-storage-queues = les files d'attente de tout compte de stockage
config-tenant-wide-service-bus = tout espace de noms Service Bus
config-tenant-wide-key-vaults = tout coffre Key Vault
config-tenant-wide-derived = Le catalogue des points de terminaison la dérive parce que Microsoft ne documente aucun nom plus étroit pour ce service ; `{ $command }` montre ce qu'elle autorise
config-tenant-wide-narrow = Exécutez `{ $command }` (ou définissez { $keys } et { $last }) pour autoriser plutôt vos propres hôtes ; `{ $explain }` montre ce qu'une entrée autorise
config-tenant-wide-entry = L'entrée { $entry } de { $key } ({ $origin }) autorise { $what }, pas seulement les vôtres : n'importe quel agent ici, ou un logiciel malveillant sur l'un d'eux, peut envoyer des données à n'importe lequel d'entre eux. { $todo }
config-warning = avertissement (événement { $event }) : { $warning }
config-allowlist-in-force = la liste d'autorisation en vigueur, entrée par entrée :
config-identity-may-reach-only = l'identité { $identity } ne peut atteindre que :
config-in-effect-under-limits = en vigueur sous les limites de ce processus (tel que `{ $command }` démarrerait) : { $settings }
config-service-user-cannot-read = { $problem } : le service exécuté en tant que { $user } refusera cette configuration ; donnez le fichier à son groupe ({ $commands }) ou passez { $flag }
config-wrong-configuration = configuration erronée (événement { $event }) : { $error }
config-log-unreadable = impossible de lire { $path } : { $error } (événement { $event })
config-entry-problem = entrée { $entry } : { $problem }
config-too-many-entries = plus de { $max } entrées
config-target-not-authority = la cible doit être { $form } (forme authority)
config-target-userinfo = la cible ne doit pas contenir d'informations d'utilisateur ({ $form })
config-target-percent = la cible ne doit pas contenir { $character } (encodage pourcent ou zone IPv6)
config-target-control-byte = la cible contient un octet de contrôle ou non ASCII
config-target-bad-port = le port doit être un nombre de { $min } à { $max }
config-target-empty-label = l'hôte est vide ou a une étiquette vide
config-target-host-too-long = l'hôte dépasse { $max } octets
config-target-label-too-long = une étiquette de l'hôte dépasse { $max } octets
config-target-bad-host-char = l'hôte contient un caractère non autorisé dans un nom DNS
config-target-ambiguous-numeric = l'hôte semble numérique mais n'est pas une adresse IP valide
config-target-bad-ipv6 = l'hôte entre crochets n'est pas une adresse IPv6 valide
config-wildcard-needs-name = un caractère générique doit être suivi d'un nom, comme dans { $example }
config-wildcard-leftmost-label-as-in = un { $star } ne peut figurer que dans l'étiquette la plus à gauche, comme dans { $example } ou { $other }
config-wildcard-in-ip-address = un caractère générique ne peut pas remplacer une partie d'une adresse IP
config-wildcard-leftmost-label = un { $star } ne peut figurer que dans l'étiquette la plus à gauche
config-wildcard-one-per-entry = un seul { $star } par entrée
config-relays-at-most = { $count } proxys de relais : au plus { $max }
config-too-many-relay-routes = trop de tables { $key }
config-relay-url-scheme = { $url } : un proxy de relais est { $http } (CONNECT en HTTP simple) ou { $https } (TLS jusqu'au proxy de relais), pas { $scheme }
config-relay-url-password = { $url } : un mot de passe n'a pas sa place dans l'URL (la configuration est lisible et `{ $command }` l'affiche) ; placez-le dans un fichier : { $setting }
config-relay-url-problem = { $url } : { $problem }
config-relay-url-empty-user = { $url } : l'utilisateur avant @ est vide
config-relay-url-not-a-url = { $url } n'est pas { $form } : { $problem }
config-relay-user-percent = un { $percent } dans l'utilisateur doit commencer { $form } (deux chiffres hexadécimaux)
config-relay-user-not-utf8 = l'utilisateur n'est pas en UTF-8 une fois les { $form } décodés
config-users-file-problem = { $key } { $path } : { $problem }
config-users-file-unreadable = ne peut pas être lu : { $error }
config-users-file-line = ligne { $line } : { $problem }
config-users-file-not-user-hash = { $form } attendu (forme htpasswd)
config-users-file-user-problem = utilisateur { $user } : { $problem }
config-users-file-user-twice = l'utilisateur { $user } figure deux fois
config-bcrypt-hash-invalid = hachage bcrypt non valide ({ $error })
config-argon2-hash-invalid = chaîne PHC argon2 non valide ({ $error })
config-hash-refused = le hachage n'est ni bcrypt ({ $bcrypt }, { $htpasswd }) ni argon2 ({ $argon2 }) ; { $refused } et les mots de passe en clair sont refusés
config-not-a-user-name = { $user } n'est pas un nom d'utilisateur ({ $min }-{ $max } caractères, sans { $colon } ni espace)
config-not-a-subject = entrée { $key } non valide { $value } : un DN de sujet tel que { $examples } ou { $example } est attendu
config-region-in-other-cloud = { $key } : { $region } se trouve dans le cloud { $cloud }, mais { $setting }
config-dce-host-in-other-cloud = { $key } : { $host } n'est pas un point de terminaison de collecte de données du cloud { $cloud } ({ $suffix })
config-arc-gateway-not-public = { $key } est défini, mais la passerelle Azure Arc n'existe que dans le cloud public ({ $setting })
config-automation-region-unknown = { $key } inclut { $service }, mais Microsoft ne répertorie aucun point de terminaison Automation pour la région { $region } ({ $regions }) ; voir `{ $command }`
config-automation-region-needs-accounts = { $key } inclut { $service } : la région { $region } n'a que des points de terminaison Automation propres à chaque compte ; définissez { $accounts } (le GUID de l'URL du compte, page Clés)
config-endpoint-needs-key = { $services } inclut { $service }, dont le point de terminaison pour { $purpose } ({ $template }) nécessite { $key } ; définissez { $key }
config-ca-file-not-pem = { $key } { $path } ne peut pas être lu comme certificats PEM : { $error }
config-ca-file-empty = { $key } { $path } ne contient aucun certificat
config-ca-file-unusable = { $key } { $path } : un certificat n'est pas une autorité de certification utilisable : { $error }
config-no-system-roots = un proxy de relais { $https } a besoin de certificats racines approuvés, et le magasin du système n'en contient aucun
config-no-system-roots-because = { $problem } ({ $error })
config-install-roots = { $problem } ; installez { $package } ou définissez { $key }
config-relay-tls-settings = paramètres TLS des proxys de relais : { $error }
config-dns-server-examples = p. ex. { $examples } ; pas un nom
config-dns-server-port-zero = port { $port }

## Edits of the config and what they print: config get/set/unset/keys, allowed-host,
## allowed-client-cert, relay-proxy, agent-user, reload; `check`'s report (edit-*).
# A command that could not do what it was asked: the error, then its event ID.
edit-failed = omsgate : { $error } (événement { $event })
# What an edit did; $path is the config file.
edit-key-set = { $key } défini dans { $path }
edit-key-unset = { $key } revenu à sa valeur par défaut dans { $path }
edit-host-added = hôte autorisé { $host } ajouté dans { $path }
edit-host-removed = hôte autorisé { $host } supprimé de { $path }
# $subject is quoted ("CN=agent-1").
edit-cert-added = sujet de certificat client { $subject } ajouté dans { $path }
edit-cert-removed = sujet de certificat client { $subject } supprimé de { $path }
edit-relay-set = proxy de relais défini sur { $address } dans { $path }
edit-relays-cleared = proxys de relais effacés dans { $path } ; les tunnels se connectent directement
edit-relay-added = proxy de relais { $url } ajouté dans { $path }
edit-relay-removed = proxy de relais { $relay } supprimé de { $path }
edit-agent-user-added = utilisateur d'agent { $user } ajouté (ou son mot de passe modifié) dans { $path }
edit-agent-user-removed = utilisateur d'agent { $user } supprimé de { $path }
# Telling the running gateways to reload: $message and $event are the gateway's answer.
edit-no-gateway = aucune passerelle en cours d'exécution n'utilise { $path } ; la modification s'appliquera à son démarrage
edit-reload-nothing = aucune passerelle en cours d'exécution n'utilise { $path } : rien à recharger (est-elle démarrée, et avec ce { $flag } ?)
edit-reloaded = passerelle en cours d'exécution (pid { $pid }) invitée à recharger : { $message } (événement { $event })
edit-reload-draining = la passerelle de pid { $pid } est en cours d'arrêt et n'a pas été rechargée : { $message }
edit-reload-refused = la passerelle en cours d'exécution (pid { $pid }) ne l'a pas appliquée (événement { $event }) : { $message }
# Why an edit was refused; nothing was written. $key is a config key, $reason says what is wrong with its value.
edit-key-value = { $key } : { $reason }
edit-not-a-list = { $key } : la valeur du fichier n'est pas une liste
edit-not-listed = { $value } ne figure pas dans { $key } ; `omsgate { $list }` affiche les entrées
edit-would-not-run = la configuration modifiée ne fonctionnerait pas, donc rien n'a été écrit : { $reason }
edit-not-toml = { $path } n'est pas du TOML valide et ne peut donc pas être modifié sans risque : { $error }
edit-cannot-chown = impossible de donner au nouveau fichier le propriétaire { $owner } et le groupe { $group } qu'a { $path } ({ $error }) ; exécutez en root ou en tant que son propriétaire
edit-too-many-symlinks = { $path } : plus de { $max } liens symboliques
# $flag is the command line's option, --username.
edit-relay-two-users = { $url } désigne l'utilisateur { $user } mais { $flag } indique { $username } : n'en donnez qu'un
edit-relay-listed-already = { $key } contient déjà { $address } : d'abord `omsgate relay-proxy remove { $address }`
edit-relay-password-without-user = un fichier de mot de passe pour { $address } sans utilisateur : indiquez { $flag } (ou { $url })
edit-users-file-refused = { $key } { $file } : { $reason }
edit-password-prompt = Mot de passe de l'utilisateur d'agent { $user } (non affiché) :
edit-password-empty = un mot de passe vide est refusé ; fournissez-le sur stdin
edit-agent-users-none = pas de { $key } dans { $path } : aucun utilisateur d'agent
# config keys: one line per key; $applies is edit-applies-reload or edit-applies-restart, padded.
edit-key-row = { $key } { $applies } par défaut { $default }  — { $meaning }
edit-applies-reload = rechargement
edit-applies-restart = redémarrage
# An allowlist entry in words (allowed-host list --all, check, explain): where it comes from, how it is read, its ports.
edit-entry = { $origin } : { $reading } ; { $ports }
edit-entry-port = port { $port } uniquement
edit-entry-ports = ports { $ports } ({ $key })
# relay-proxy get
edit-relay-none = aucun proxy de relais : les tunnels se connectent directement
edit-relay-default-direct = par défaut : direct (ni { $single } ni { $listed })
edit-relay-default = par défaut ({ $key }), essayés dans l'ordre :
edit-relay-credentials = { $url }  (utilisateur { $user }, { $password })
edit-relay-no-credentials = { $url }  (aucune information d'identification)
edit-relay-password-file = mot de passe lu depuis { $file }
edit-relay-no-password = aucun mot de passe
edit-relay-bypass = direct ({ $key }) : { $hosts }
edit-relay-route = { $key } { $number } : { $hosts }
edit-relay-retry = un proxy de relais en échec est ignoré pendant { $key } ({ $duration })
edit-relay-ca-file = les proxys de relais https:// doivent présenter un certificat issu de { $file }
edit-relay-ca-system = les proxys de relais https:// doivent présenter un certificat approuvé par le système
# check run as root: a file the service's user could not read.
edit-cannot-enter = { $user } ne peut pas entrer dans { $dir }
edit-cannot-read = { $user } ne peut pas lire { $file }
edit-file-mode = { $path } (mode { $mode }, propriétaire { $owner }, groupe { $group })

## What the policy decides and why: explain, allowed-host suggest (explain-*).
# explain HOST: the decision, the entry that allowed it or the nearest entries, then what is checked afterwards.
explain-failed = omsgate : { $error } (événement { $event })
explain-not-a-target = { $target } n'est pas HOST, HOST:PORT, IP ou [IPv6]:PORT
explain-allowed = autorisé : { $target }
explain-allowed-by = par { $entry }  ({ $why })
# $reason is the stable reason name (host_not_allowed), $message the reason in words.
explain-denied = refusé : { $target } (événement { $event }, { $reason }) : { $message }
explain-no-near = aucune entrée n'en approche
explain-report-mode = { $setting } : la connexion est laissée passer, journalisée comme événement { $event } avec { $field }
explain-then = ensuite :
explain-then-were-it-allowed = ensuite, s'il était autorisé :
explain-route = itinéraire : { $route }
# The way a tunnel leaves the gateway.
explain-route-direct = direct (aucun proxy de relais n'est configuré)
explain-route-default = via { $relays } ({ $key } ; aucune entrée { $bypass } ou { $route } ne le désigne)
explain-route-bypass = direct, selon l'entrée { $entry } de { $key }
explain-route-by-rule = via { $relays }, selon l'entrée { $entry } de { $key } { $number }
explain-relay-one = le proxy de relais { $relay }
explain-relays = les proxys de relais { $relays } dans l'ordre (celui qui échoue est ignoré pendant { $key })
# Joins relay proxies in the order they are tried: "a, then b".
explain-relay-then = { $first }, puis { $next }
# Why a near entry does not allow the target.
explain-near-port = correspond à l'hôte mais autorise { $ports }, pas { $port }
explain-near-only-port = uniquement le port { $port }
explain-near-default-ports = les ports de { $key } { $ports }
explain-near-below = correspond aux noms sous { $name }, pas à { $name } lui-même ; ajoutez { $name } pour l'autoriser
explain-near-lookalike = { $host } se termine seulement par les lettres de { $name } : ce n'est ni { $name } ni un nom sous celui-ci
explain-near-label = la première étiquette doit être { $prefix }…{ $suffix }, avec un ou plusieurs caractères à la place du *
explain-near-same-domain = dans le même domaine, mais correspond à { $reading }
# What is checked after the allowlist.
explain-after-vetted = le nom est résolu une seule fois et chaque adresse est vérifiée avant toute connexion à l'une d'elles : jamais l'adresse non spécifiée (0.0.0.0, ::) ni les propres écouteurs de cette passerelle
explain-after-private-allowed = { $setting } : les adresses de bouclage, privées et de liaison locale peuvent être contactées
explain-after-ip-listed = le littéral IP figure exactement dans la liste, il peut donc être contacté même s'il est privé
explain-after-private-refused = les adresses de bouclage, privées, de liaison locale (métadonnées cloud comprises) et autres adresses non publiques sont refusées ({ $setting })
# Where an entry comes from; $from names the settings it was derived from.
explain-origin-file = fichier
explain-origin-default = par défaut
explain-origin-derived = dérivée : { $from }
# How an entry is read.
explain-reading-exact = exactement { $name }
explain-reading-below = tout nom sous { $name } (pas { $name } lui-même)
explain-reading-in-label = un nom { $prefix }…{ $suffix }.{ $rest } dont la première étiquette a un ou plusieurs caractères à la place du *
explain-reading-this-and-below = { $name } et tout nom sous celui-ci (le *{ $name } sans point de Microsoft)
explain-reading-ip = exactement l'adresse { $ip }
# Why a tunnel is refused (the JSON log keeps the English).
explain-deny-host = la destination { $host } ne figure pas dans { $key }
explain-deny-port = le port { $port } n'est pas autorisé pour { $host } ({ $key }, ou une entrée host:port)
explain-deny-private = { $target } se résout en { $ip }, une adresse { $class } ; définissez { $setting } ou ajoutez l'IP elle-même à la liste d'autorisation pour la permettre
explain-deny-unspecified = { $target } mène à { $ip }, une adresse non spécifiée : une connexion vers elle atteint cet hôte, ce n'est donc jamais une destination (ni { $hosts } ni { $private } ne peuvent la permettre)
explain-deny-own = { $addr } est cette passerelle : elle écoute sur ce port et l'adresse est l'une de celles de cet hôte ; un tunnel vers elle bouclerait
explain-deny-maybe-own = { $addr } est peut-être cette passerelle (elle écoute sur ce port) et les adresses de cet hôte ne peuvent pas être lues ({ $error }) ; refusé au cas où un tunnel vers elle bouclerait
explain-deny-identity = la destination { $target } n'est pas autorisée pour l'identité { $identity } (ses { $section } { $hosts } et { $workspaces }, ou { $shared })
explain-as-user = en tant que { $identity } : décidé uniquement selon la liste propre de cette section { $section } (ses { $hosts }, les hôtes dérivés de ses { $workspaces } et { $shared })
explain-as-certificate = en tant que { $identity } : le CONNECT est décidé par la liste d'autorisation globale ; une fois le message Certificate de l'agent lu (TLS 1.2 et antérieurs), la liste propre de cette section { $section } décide aussi (ses { $hosts }, les hôtes dérivés de ses { $workspaces } et { $shared }) ; un agent en TLS 1.3 est décidé par la seule liste d'autorisation globale
explain-as-unbound = aucune section { $section } ne nomme { $identity } : un tel agent est décidé par la liste d'autorisation globale
explain-identity-form = { $identity } ne nomme aucune identité : indiquez user=NAME ou certificate=SUBJECT
explain-identities-hint = les agents qu'une section { $section } nomme sont décidés selon sa propre liste : { $flag } l'explique pour l'un d'eux
# allowed-host suggest: lines of a config comment (the code writes the "# ").
explain-suggest-none = aucun événement would-deny (événement { $event } avec { $field }) dans le journal
explain-suggest-total = { $tunnels ->
        [one] { $tunnels } tunnel aurait été refusé ; ces entrées exactes l'autoriseraient.
       *[other] { $tunnels } tunnels auraient été refusés ; ces entrées exactes les autoriseraient.
    }
explain-suggest-review = Examinez chacune avant `{ $command }` : uniquement ce dont les agents ont besoin.
explain-suggest-entry = { $tunnels ->
        [one] { $tunnels } tunnel, le premier à { $first }
       *[other] { $tunnels } tunnels, le premier à { $first }
    }

## The running gateways: status, top, drain (status-*).
status-not-running = pas en cours d'exécution : aucune passerelle n'utilise { $config }
status-no-answer = omsgate (pid { $pid }) : en cours d'exécution, mais son état n'a pas pu être lu (un omsgate plus ancien ?) : { $answer }
status-gateway = omsgate { $version } (pid { $pid }) : en cours d'exécution, { $state } ; depuis { $uptime }
status-state-ready = prête
# $readyz is /readyz, the health check URL path.
status-state-draining-accepting = EN DRAINAGE (arrêt en cours : { $readyz } répond 503, accepte encore)
status-state-draining-closed = EN DRAINAGE (arrêt en cours : écouteurs fermés, { $open ->
        [one] { $open } tunnel encore ouvert
       *[other] { $open } tunnels encore ouverts
    })
# The labels of status's lines; the rest of each line follows in a column after the widest.
status-label-config = configuration
status-label-last-reload = dernier rechargement
status-label-listening = écoute
status-label-tunnels = tunnels
status-label-clients = clients
status-label-recent = activité récente
# $generation counts the configs loaded (1 at start); $policy is the key and its value (policy_mode enforce).
status-config = { $source }, génération { $generation }, { $entries ->
        [one] { $entries } entrée de liste d'autorisation
       *[other] { $entries } entrées de liste d'autorisation
    }, { $policy }
status-last-reload-none = aucun depuis le démarrage
# $ago is a duration as 5m23s; $outcome is status-reload-ok or -refused; $message is the gateway's own (English) words.
status-last-reload = il y a { $ago } : { $outcome } — { $message }
status-reload-ok = ok
status-reload-refused = REFUSÉ
# $metrics is the metrics address, or status-metrics-off.
status-listening = { $addresses } ; métriques { $metrics }
status-metrics-off = désactivées
# $limit is the key and its value (max_connections 500); $percent has one decimal when it is not whole (0.2).
status-tunnels = ouverts : { $open } sur { $limit } ({ $percent } %)
# $limit is the key and its value (max_connections_per_client 50), or status-no-client-limit.
status-clients = connectés : { $connected } ({ $limit })
status-clients-busiest = connectés : { $connected } ; le plus actif : { $address }, tunnels ouverts : { $open } ({ $limit })
# $key is max_connections_per_client, which is 0: no limit.
status-no-client-limit = pas de { $key }
# $window is status-recent-since-start or status-recent-last; a duration as 4m10s inside each.
status-recent = { $window } :
status-recent-since-start = depuis le démarrage ({ $window })
status-recent-last = sur les dernières { $window }
status-recent-tunnels-opened = tunnels ouverts : { $count }
# $list: reasons as the log names them (host_not_allowed 6, …), or status-none.
status-recent-rejections = refus par motif : { $list }
# $list: event IDs and counts (105 ×6, …), or status-none.
status-recent-errors = erreurs par ID d'événement : { $list }
status-none = aucun
# Sizes in powers of 1000; $value has one decimal when it is not whole (1.5).
status-bytes-b = { $value } o
status-bytes-kb = { $value } ko
status-bytes-mb = { $value } Mo
status-bytes-gb = { $value } Go
status-bytes-tb = { $value } To
status-top-heading = omsgate top : pid { $pid }, { $config }, les dernières { $window }
# The columns of top's two tables (capitals, as column headings).
status-top-busiest-entries = ENTRÉES DE LA LISTE D'AUTORISATION LES PLUS SOLLICITÉES
status-top-tunnels = TUNNELS
status-top-open = OUVERTS
status-top-bytes = OCTETS
status-top-no-tunnels = (aucun tunnel)
status-top-most-refused = DESTINATIONS LES PLUS REFUSÉES
status-top-refused = REFUSÉS
status-top-reason = MOTIF
status-top-no-refusals = (aucun refus)
# $keys is Ctrl-C.
status-top-refresh = (toutes les { $seconds } s ; { $keys } pour quitter)
status-top-no-answer = { $count ->
        [one] { $count } passerelle utilise
       *[other] { $count } passerelles utilisent
    } { $config } mais aucune n'a répondu à { $command } (un omsgate plus ancien ?)
# $flag is --config.
status-drain-none = aucune passerelle en cours d'exécution n'utilise { $config } : rien à drainer (est-elle démarrée, et avec ce { $flag } ? une passerelle dont les écouteurs sont fermés est déjà en drainage) (événement { $event })
# $message is the gateway's own answer (English, as its log says it).
status-drain-told = passerelle en cours d'exécution (pid { $pid }) invitée à drainer : { $message } (événement { $event })
status-drain-refused = la passerelle en cours d'exécution (pid { $pid }) n'a pas drainé (événement { $event }) : { $message }

## Writing a config: init's questions, import-oms (setup-*).
# $error says what was wrong (a config error, or a file's); $event is the event ID (401, 400).
setup-nothing-written = { $error } (événement { $event }) ; rien n'a été écrit
# After "omsgate init: ". [default] stands for the default each question shows in brackets: translate the word, keep the brackets.
setup-init-intro = une configuration pour { $path } (Entrée conserve la [valeur par défaut]).
# $force and $edit are commands: omsgate init --force, omsgate config set.
setup-init-exists = { $path } existe déjà ; `{ $force }` le remplace (ou modifiez-le avec `{ $edit }`)
# init's questions; each is followed by its default in brackets and a colon. Service, cloud and region names are config values: keep them as they are.
setup-ask-listen-port = Port d'écoute auquel les agents se connectent (1-65535)
# $names: the service names a config takes (azure_monitor_agent, log_analytics_agent, …).
setup-ask-services = Services ({ $names } ; séparés par des virgules)
# $names: public, usgov, china.
setup-ask-cloud = Cloud Azure ({ $names })
setup-ask-workspace-ids = ID d'espace de travail Log Analytics, séparés par des virgules
# $example: westeurope.
setup-ask-regions = Région(s) Azure des machines et de l'espace de travail (nom ARM, p. ex. { $example })
# $form: http://host:port.
setup-ask-relay-proxy = Proxy de relais par lequel cette passerelle sort ({ $form } ; vide : connexion directe)
setup-ask-relay-username = Nom d'utilisateur du proxy de relais (vide : aucun)
setup-ask-relay-password = Mot de passe du proxy de relais (non affiché)
# $flag needs $needed: two flags of init.
setup-flag-needs-flag = { $flag } nécessite { $needed }
setup-no-password-on-stdin = aucun mot de passe sur stdin
# $error is the operating system's reason.
setup-cannot-read-password = impossible de lire le mot de passe depuis le terminal : { $error }
setup-stdin-closed = stdin fermé avant que toutes les questions aient reçu une réponse
setup-cannot-read-stdin = impossible de lire stdin : { $error }
# $error says what is wrong with the answer (the key's own check).
setup-try-again = { $error } ; réessayez
setup-services-need-one = les services choisis en nécessitent au moins un ; réessayez
# $key is a config key, $flag the flag that gives it (--workspace-id).
setup-key-needed = { $key } est nécessaire pour les services choisis ; indiquez { $flag }
# $command: omsgate run.
setup-init-wrote = { $path } écrit (vérifié comme `{ $command }` le lit) : { $entries ->
        [one] { $entries } entrée de liste d'autorisation
       *[other] { $entries } entrées de liste d'autorisation
    }, dérivées du catalogue des points de terminaison : { $derived }
# A comment after the command `omsgate check --config FILE`.
setup-init-check-hint = chaque entrée et sa provenance
# What to set on the agents; $host is this machine's name, $proxy the gateway's address (http://host:port).
setup-agents-heading = Sur les agents (derrière un équilibreur de charge, utilisez son adresse au lieu de { $host }) :
setup-agents-ama = Azure Monitor Agent, paramètres de l'extension (omsgate ne demande aucune information d'identification aux agents) :
setup-agents-mma-windows = Agent Log Analytics (MMA) pour Windows : Proxy Settings -> serveur proxy { $proxy }, sans nom d'utilisateur
# $files: proxy.conf / omsadmin.sh.
setup-agents-oms-linux = Agent Log Analytics pour Linux : proxy { $proxy } (son paramètre de proxy dans { $files })
setup-agents-operations-manager = Operations Manager : Configure Proxy Server -> { $proxy }
# $command: the agent's command with the address.
setup-agents-arc = Agent Azure Connected Machine : { $command }
setup-load-balancer = Sur l'équilibreur de charge : port TCP { $port } vers chaque nœud ; sonde d'intégrité TCP { $port }
# $request: HTTP GET /readyz.
setup-load-balancer-readyz = (ou { $request } sur le port { $port } : 200 tant que le nœud accepte des tunnels)
# import-oms: reads the Windows gateway's cmdlet output and setup command line. Cmdlet, property and command names stay as they are.
setup-import-cannot-read = impossible de lire { $file } : { $error } (événement { $event })
# After "omsgate: ". $note is one of the setup-import notes below.
setup-import-note = remarque : { $note }
setup-import-all-mapped = tous les éléments ont été convertis
setup-import-not-mapped = { $count ->
        [one] { $count } élément n'a pas pu être converti :
       *[other] { $count } éléments n'ont pas pu être convertis :
    }
# $error says why the config would not run (a config error).
setup-import-would-not-run = la configuration importée ne fonctionnerait pas : { $error } (événement { $event })
setup-import-wrote = { $path } écrit (vérifié comme `{ $command }` le lit) : { $entries ->
        [one] { $entries } entrée de liste d'autorisation
       *[other] { $entries } entrées de liste d'autorisation
    }
# $flag: --force.
setup-import-exists = { $path } existe déjà ; { $flag } le remplace
# Why an item was not mapped (after the item and a colon). $error is the parser's reason, in English.
setup-import-not-json = pas du JSON tel que l'écrit { $cmdlet } : { $error }
setup-import-no-cmdlet-value = pas une valeur qu'affiche une cmdlet
setup-import-not-this-cmdlet-value = pas une valeur qu'affiche cette cmdlet
# $command: the omsgate command that sets it.
setup-import-password-never-shown = les cmdlets n'affichent jamais le mot de passe ; définissez-le avec `{ $command }`
setup-import-no-setting = aucun paramètre omsgate ne correspond
setup-import-no-setting-keys = aucun paramètre omsgate ne correspond (`{ $command }` les répertorie)
# Windows setup's properties: $has_proxy is HASPROXY, $proxy PROXY, $has_auth HASAUTH.
setup-import-proxy-without-hasproxy = { $has_proxy } ne vaut pas 1, donc le programme d'installation ignore { $proxy }
setup-import-username-without-hasauth = { $has_auth } et { $has_proxy } ne valent pas tous deux 1
setup-import-password-not-from-command-line = non importé depuis une ligne de commande ; définissez-le avec `{ $command }`
setup-import-installdir = dossier d'installation Windows : aucun équivalent (le paquet installe omsgate)
setup-import-licenseaccepted = demande d'acceptation de licence du programme d'installation Windows : aucun équivalent
setup-import-unknown-property = pas une propriété documentée du programme d'installation de la passerelle
setup-import-not-a-port = pas un port TCP (1-65535)
# $form: http://host:port.
setup-import-relay-without-port = pas de port : omsgate a besoin de { $form } et ne devinera pas le port du proxy de relais ; définissez-le avec `{ $command }`
setup-import-not-a-relay-url = pas une adresse de proxy de relais utilisable par omsgate : { $error }
setup-import-not-a-host = pas une entrée { $key } : { $error }
setup-import-not-a-subject = pas un sujet de certificat client qu'omsgate peut faire correspondre : { $error }
setup-import-username-without-relay = un nom d'utilisateur de proxy de relais sans adresse de proxy de relais convertible
# $what is one of setup-import-what-*; $old and $new are the values in quotes.
setup-import-replaced = { $what } { $old } d'un élément précédent est remplacé par { $new }
setup-import-what-listen-port = port d'écoute
setup-import-what-relay-proxy = proxy de relais
setup-import-what-relay-username = nom d'utilisateur du proxy de relais
setup-import-subject-read-as-cn = le sujet de certificat client { $subject } est lu comme { $cn } (omsgate fait correspondre un DN ou CN=…)
setup-import-families-added = les familles Azure Monitor par défaut ont été ajoutées à côté des hôtes importés : l'original autorisait aussi ses points de terminaison téléchargés automatiquement
# generate (the package build's man pages and completions): $error is the operating system's reason.
setup-generate-cannot-write = impossible d'écrire dans { $dir } : { $error } (événement { $event })

## The command line's errors (clap's, in the operator's language) (args-*).
# $arg is the argument as clap names it (--output <OUTPUT>, <FILES>); $value what was typed.
args-unknown-argument = argument inattendu '{ $arg }' trouvé
args-unknown-subcommand = sous-commande '{ $subcommand }' non reconnue
args-invalid-value = valeur non valide '{ $value }' pour '{ $arg }'
# $why: the parser's reason, in English (4..=15 is the range of values it takes).
args-invalid-value-why = valeur non valide '{ $value }' pour '{ $arg }' : { $why }
args-value-missing = une valeur est requise pour '{ $arg }' mais aucune n'a été fournie
args-missing-required = { $count ->
        [one] l'argument requis suivant n'a pas été fourni : { $arguments }
       *[other] les arguments requis suivants n'ont pas été fournis : { $arguments }
    }
args-missing-subcommand = '{ $command }' nécessite une sous-commande mais aucune n'a été fournie
args-too-many-values = valeur inattendue '{ $value }' pour '{ $arg }' trouvée ; aucune autre n'était attendue
args-too-few-values = { $min } valeurs requises par '{ $arg }' ; seulement { $actual ->
        [one] { $actual } a été fournie
       *[other] { $actual } ont été fournies
    }
args-wrong-number-of-values = { $expected } valeurs requises pour '{ $arg }' mais { $actual ->
        [one] { $actual } a été fournie
       *[other] { $actual } ont été fournies
    }
args-used-twice = l'argument '{ $arg }' ne peut pas être utilisé plusieurs fois
args-conflict = l'argument '{ $arg }' ne peut pas être utilisé avec { $others }
args-conflict-other = l'argument '{ $arg }' ne peut pas être utilisé avec un ou plusieurs des autres arguments indiqués
args-needs-equals = un signe égal est nécessaire pour affecter des valeurs à '{ $arg }'
# A suggestion under the error; $tip is one of the args-similar-*, args-subcommands or args-tip-* messages.
args-tip = conseil : { $tip }
# $names: quoted names, 'status', 'top'.
args-similar-subcommand = { $count ->
        [one] une sous-commande similaire existe : { $names }
       *[other] des sous-commandes similaires existent : { $names }
    }
args-similar-argument = { $count ->
        [one] un argument similaire existe : { $names }
       *[other] des arguments similaires existent : { $names }
    }
args-similar-value = { $count ->
        [one] une valeur similaire existe : { $names }
       *[other] des valeurs similaires existent : { $names }
    }
args-subcommands = sous-commandes : { $names }
args-tip-pass-as-value = pour passer '{ $arg }' comme valeur, utilisez '{ $instead }'
args-tip-exists = '{ $name }' existe
# $help is --help.
args-try-help = Pour plus d'informations, essayez '{ $help }'.

## The command line's help: mirrors the doc comments of src/cli/mod.rs (a test keeps them equal).
help-omsgate = Passerelle HTTP CONNECT à liste d'autorisation pour les agents de supervision des réseaux isolés
    .config = Fichier de configuration (par défaut /etc/omsgate/omsgate.toml ; s'il n'existe pas, la configuration par défaut intégrée)
    .lang = Langue des messages d'omsgate (de, fr, ja, pt-BR, zh-Hant, … ; par défaut d'après OMSGATE_LANG, LC_ALL, LC_MESSAGES, LANG). Les journaux et les métriques restent en anglais
help-run = Exécuter la passerelle (commande par défaut)
help-check = Valider la configuration et afficher les paramètres effectifs ; code de sortie 0 si elle est valide, 2 sinon
    .service-user = En cas d'exécution en root, avertir si cet utilisateur (celui du service) ne pourrait pas lire un fichier que cite la configuration
help-config = Lire ou modifier les paramètres (Get/Set-OMSGatewayConfig)
help-config-get = Afficher la valeur de chaque clé (valeurs par défaut comprises), ou celle d'une seule clé
    .output = `text` (valeurs TOML) ou `json`
help-config-keys = Lister les clés : type, valeur par défaut, prise en compte ou non au rechargement, signification
    .markdown = Sous forme du tableau Markdown du README
help-config-set = Définir une clé (listes sous la forme a,b ou d'un tableau TOML) ; la valeur est validée avant toute écriture
help-config-unset = Retirer une clé du fichier pour que sa valeur par défaut s'applique
help-allowed-host = Lister, ajouter ou retirer des destinations autorisées (*-OMSGatewayAllowedHost)
help-allowed-host-list = Les hôtes configurés dans le fichier ; --all : toutes les entrées en vigueur, y compris celles par défaut
help-allowed-host-add = Autoriser un hôte : nom, *.suffix, adresse IP littérale, ou l'un d'eux sous la forme entry:PORT
help-allowed-host-remove = Ne plus autoriser un hôte (exactement tel qu'il est listé)
help-allowed-host-suggest = Après un déploiement en mode report (policy_mode) : les entrées exactes qui auraient autorisé ce que la liste d'autorisation refuserait, tirées des événements would-deny d'un journal JSON (`-` : stdin)
help-allowed-client-cert = Lister, ajouter ou retirer des sujets de certificat client autorisés (*-OMSGatewayAllowedClientCertificate)
help-allowed-client-cert-list = Les sujets autorisés
help-allowed-client-cert-add = Autoriser un sujet : un DN complet ou CN=...
help-allowed-client-cert-remove = Ne plus autoriser un sujet (exactement tel qu'il est listé)
help-relay-proxy = Afficher, définir ou supprimer le proxy de relais (proxy amont) (*-OMSGatewayRelayProxy)
help-relay-proxy-get = Afficher les proxys de relais et les règles qui les choisissent (les mots de passe ne sont jamais affichés)
help-relay-proxy-set = Faire passer les tunnels par un seul proxy de relais, http[s]://HOST:PORT (remplace toute liste)
    .address = Le proxy de relais, http://HOST:PORT (ou HOST:PORT, [IPv6]:PORT)
    .username = Utilisateur d'authentification Basic auprès du proxy de relais (à omettre s'il n'y en a pas ; `add` accepte aussi USER@ dans l'URL)
    .password-stdin = Lire le mot de passe sur l'entrée standard (stocké à côté de la configuration : mode 0640, groupe de la configuration)
    .password-file = Lire le mot de passe dans ce fichier (au démarrage et à chaque rechargement)
help-relay-proxy-add = Ajouter un proxy de relais à `relay_proxies`, essayé après ceux qui le précèdent dans la liste (un `relay_proxy` déjà présent devient le premier de la liste)
    .url = http[s]://[USER@]HOST:PORT (ou HOST:PORT)
    .username = Utilisateur d'authentification Basic auprès du proxy de relais (à omettre s'il n'y en a pas ; `add` accepte aussi USER@ dans l'URL)
    .password-stdin = Lire le mot de passe sur l'entrée standard (stocké à côté de la configuration : mode 0640, groupe de la configuration)
    .password-file = Lire le mot de passe dans ce fichier (au démarrage et à chaque rechargement)
help-relay-proxy-remove = Retirer un proxy de relais (HOST:PORT ou son URL)
help-relay-proxy-clear = Se connecter de nouveau directement (tous les proxys de relais sont retirés)
help-agent-user = Ajouter, retirer ou lister les utilisateurs des agents (client_auth = "basic") : le fichier d'utilisateurs que cite la configuration (client_auth_users_file ; à défaut, `agent-users` à côté de la configuration)
help-agent-user-list = Les utilisateurs, triés
help-agent-user-add = Ajouter un utilisateur, ou lui donner un nouveau mot de passe : lu sur l'entrée standard (demandé sans écho sur un terminal), jamais sur la ligne de commande ; stocké sous forme de hachage bcrypt
    .cost = Coût bcrypt (4-15) : chaque palier double la durée d'une vérification hors cache (un coût de 10 représente ~50-150 ms d'un cœur). Des mots de passe d'agent longs et aléatoires rendent sûr un coût plus faible et permettent à un nœud redémarré de revérifier plus vite des milliers d'agents
help-agent-user-remove = Retirer un utilisateur : ses agents reçoivent 407 à partir du prochain rechargement
help-reload = Demander aux passerelles en cours d'exécution sur cette configuration de la recharger, en conservant les tunnels ouverts
help-drain = Drainer les passerelles en cours d'exécution sur cette configuration comme le fait SIGTERM, puis elles s'arrêtent. Code de sortie 0 : drainage en cours, 1 : aucune passerelle en cours d'exécution, 2 : refusé
    .long =
        Drainer les passerelles en cours d'exécution sur cette configuration comme le fait SIGTERM, puis elles s'arrêtent. Code de sortie 0 : drainage en cours, 1 : aucune passerelle en cours d'exécution, 2 : refusé.

        /readyz répond 503 immédiatement, tandis que les nouveaux tunnels sont encore servis pendant drain_grace (un équilibreur de charge retire le nœud entre-temps) ; ensuite les écouteurs se ferment, les tunnels ouverts disposent au plus de drain_timeout, et le processus se termine avec le code 0 : la suite relève de la politique Restart= de systemd ou de l'opérateur (redémarrage progressif : drainer, attendre la fin du processus, démarrer). Relancée pendant le délai de grâce, la commande met fin immédiatement à ce délai.
help-status = Demander leur état aux passerelles en cours d'exécution sur cette configuration : pid, version, durée de fonctionnement, génération de configuration, dernier rechargement, prête ou en drainage, tunnels et clients au regard de leurs limites, refus et erreurs des 5 dernières minutes. Code de sortie 0 : en cours d'exécution et prête, 1 : pas en cours d'exécution, 3 : en drainage (pas prête), 4 : aucune réponse exploitable
    .output = `text` ou `json`
help-top = Les entrées de la liste d'autorisation les plus sollicitées et les destinations les plus refusées des 5 dernières minutes, redessinées toutes les 2 s sur un terminal jusqu'à Ctrl-C (affichées une seule fois vers un tube). Code de sortie 0 si une passerelle a répondu, 1 si aucune ne tourne
    .once = Afficher une seule fois et quitter, même sur un terminal
    .output = `text` ou `json`
help-explain = Indiquer ce que la politique décide pour HOST[:PORT] et pourquoi : l'entrée qui l'autorise, ou les entrées les plus proches et la raison pour laquelle chacune ne convient pas. Code de sortie 0 : autorisé, 1 : refusé, 2 : argument invalide
    .target = HOST, HOST:PORT, IP ou [IPv6]:PORT (port 443 si aucun n'est indiqué)
    .output = `text` ou `json`
    .identity = Décider comme l'agent de cette section `[[identity]]`, nommée comme les lignes de journal la nomment : `user=NAME` ou `certificate=SUBJECT`
help-init = Écrire une configuration (l'assistant d'installation de l'original) : pose les questions sur un terminal, ou prend chaque réponse en option ; vérifiée comme `run` la lit ; indique ce qu'il faut régler sur les agents
    .workspace-id = ID d'espace de travail Log Analytics (GUID) ; à répéter pour en indiquer plusieurs
    .region = Région Azure (nom ARM, p. ex. westeurope) ; à répéter pour en indiquer plusieurs
    .cloud = public, usgov ou china
    .services = Séparés par des virgules : azure_monitor_agent, log_analytics_agent, automation, arc
    .dce-host = L'hôte d'ingestion des journaux d'un point de terminaison de collecte de données ; à répéter pour en indiquer plusieurs
    .listen-port = Le port auquel se connectent les agents, 1-65535 (par défaut 8080)
    .relay-proxy = Le proxy de relais (proxy amont), http://HOST:PORT
    .relay-username = Utilisateur d'authentification Basic auprès du proxy de relais
    .relay-password-stdin = Lire le mot de passe du proxy de relais sur l'entrée standard (stocké à côté de la configuration, 0640)
    .force = Remplacer un fichier de configuration existant
help-import-oms = Convertir la sortie des cmdlets de la passerelle Windows (Get-OMSGateway*, en texte ou ConvertTo-Json) et les propriétés MSI (PORTNUMBER=…) en configuration omsgate ; indique ce qui n'a pas pu être transposé, et pourquoi
    .files = Fichiers contenant la sortie des cmdlets ou la ligne de commande msiexec (`-` : stdin)
    .write = Écrire la configuration dans --config (refusé si elle existe, sauf avec --force) ; sans cette option, la configuration est affichée
    .force = Remplacer un fichier existant
help-generate = Écrire les pages de manuel et les complétions du shell dans DIR (la construction du paquet l'exécute)
