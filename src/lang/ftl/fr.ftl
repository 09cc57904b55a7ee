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

## Edits of the config and what they print: config get/set/unset/keys, allowed-host,
## allowed-client-cert, relay-proxy, agent-user, reload; `check`'s report (edit-*).

## What the policy decides and why: explain, allowed-host suggest (explain-*).

## The running gateways: status, top, drain (status-*).

## Writing a config: init's questions, import-oms (setup-*).

## The command line's errors (clap's, in the operator's language) (args-*).

## The command line's help: mirrors the doc comments of src/cli/mod.rs (a test keeps them equal).
help-omsgate = Passerelle HTTP CONNECT à liste d'autorisation pour les agents de supervision des réseaux isolés
    .config = Fichier de configuration (par défaut /etc/omsgate/omsgate.toml ; s'il n'existe pas, la configuration par défaut intégrée)
    .lang = Langue des messages d'omsgate (de, fr, ja, pt-BR, zh-Hant, … ; par défaut d'après OMSGATE_LANG, LC_ALL, LC_MESSAGES, LANG). Les journaux et les métriques restent en anglais
help-run = Exécuter la passerelle (commande par défaut)
help-check = Valider la configuration et afficher les paramètres effectifs ; code de sortie 0 si elle est valide, 2 sinon
    .service-user = À exécuter en root : avertir si cet utilisateur (celui du service) ne pourrait pas lire un fichier que cite la configuration
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
help-top = Les entrées de la liste d'autorisation les plus sollicitées et les destinations les plus refusées des 5 dernières minutes, redessinées toutes les 2 s sur un terminal jusqu'à Ctrl-C (une seule fois vers un tube). Code de sortie 0 si une passerelle a répondu, 1 si aucune ne tourne
    .once = Afficher une seule fois et quitter, même sur un terminal
    .output = `text` ou `json`
help-explain = Indiquer ce que la politique décide pour HOST[:PORT] et pourquoi : l'entrée qui l'autorise, ou les entrées les plus proches et la raison pour laquelle chacune ne convient pas. Code de sortie 0 : autorisé, 1 : refusé, 2 : argument invalide
    .target = HOST, HOST:PORT, IP ou [IPv6]:PORT (port 443 si aucun n'est indiqué)
    .output = `text` ou `json`
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
