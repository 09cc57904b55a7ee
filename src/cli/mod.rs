//! The operator's commands. `omsgate` alone (or `omsgate run`) starts the gateway;
//! `omsgate check` validates a config and prints the settings it yields; `status` and
//! `top` ask the running gateways how they are; the rest edit the config as the
//! original's PowerShell cmdlets did (`edit`) and tell running gateways to reload;
//! `omsgate drain` asks them to drain (`drain`).
//! Exit status: 0 ok, 1 runtime failure (e.g. a port in use), 2 bad configuration.

/// `println!` for command output that a closed pipe (`omsgate config get | head -1`)
/// cannot turn into a panic: the reader has what it wanted, so errors are ignored.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

mod access;
mod agent_user;
mod drain;
mod edit;
mod explain;
mod format;
mod generate;
pub(crate) mod help;
mod import_oms;
mod init;
mod status;
mod suggest;
mod top;
mod tty;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use tracing::{error, info, warn};

use crate::accept;
use crate::accept::limits::{Effective, Fit};
use crate::config::{self, ConfigError};
use crate::events;

/// Exit status for a configuration that cannot run (event 401).
const EXIT_CONFIG: u8 = 2;
/// Exit status for a failure at run time (event 403/400).
const EXIT_RUNTIME: u8 = 1;

/// omsgate: an allowlisting HTTP CONNECT gateway for monitoring agents.
#[derive(Debug, Parser)]
#[command(name = "omsgate", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Config file (default /etc/omsgate/omsgate.toml; the embedded default when that does not exist).
    #[arg(long, global = true, value_name = "PATH")]
    config: Option<PathBuf>,
    /// Language of what omsgate prints (de, fr, ja, pt-BR, zh-Hant, …; default from
    /// OMSGATE_LANG, LC_ALL, LC_MESSAGES, LANG). Logs and metrics stay English.
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<String>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the gateway (the default).
    Run,
    /// Validate the config and print the effective settings; exit 0 when valid, 2 when not.
    Check {
        /// When run as root, warn if this user (the service's) could not read a file the
        /// config names.
        #[arg(long, default_value = "omsgate", value_name = "USER")]
        service_user: String,
    },
    /// Read or change settings (Get/Set-OMSGatewayConfig).
    #[command(subcommand)]
    Config(ConfigCmd),
    /// List, add or remove allowed destinations (*-OMSGatewayAllowedHost).
    #[command(subcommand)]
    AllowedHost(HostCmd),
    /// List, add or remove allowed client-certificate subjects (*-OMSGatewayAllowedClientCertificate).
    #[command(subcommand)]
    AllowedClientCert(CertCmd),
    /// Show, set or clear the relay (upstream) proxy (*-OMSGatewayRelayProxy).
    #[command(subcommand)]
    RelayProxy(RelayCmd),
    /// Add, remove or list the agents' users (client_auth = "basic"): the users file the
    /// config names (client_auth_users_file; `agent-users` beside the config when none).
    #[command(subcommand)]
    AgentUser(AgentUserCmd),
    /// Tell running gateways on this config to reload it, keeping open tunnels.
    Reload,
    /// Drain the running gateways on this config as SIGTERM does, then they exit. Exit 0
    /// draining, 1 no gateway running, 2 refused.
    ///
    /// /readyz answers 503 at once while new tunnels are still served for drain_grace
    /// (a load balancer takes the node out meanwhile); then the listeners close, open
    /// tunnels get up to drain_timeout, and the process exits 0: what follows is
    /// systemd's Restart= policy or the operator's (a rolling restart: drain, wait for
    /// the exit, start). Asked again during the grace, it ends the grace at once.
    Drain,
    /// Ask the running gateways on this config how they are: pid, version, uptime,
    /// config generation, last reload, ready or draining, tunnels and clients against
    /// their limits, rejections and errors of the last 5 minutes. Exit 0 running and
    /// ready, 1 not running, 3 draining (not ready), 4 no usable answer.
    Status {
        /// `text` or `json`.
        #[arg(long, value_enum, default_value_t = Output::Text)]
        output: Output,
    },
    /// The busiest allowlist entries and the most refused destinations of the last 5
    /// minutes, redrawn every 2 s on a terminal until Ctrl-C (printed once into a pipe).
    /// Exit 0 when a gateway answered, 1 when none runs.
    Top {
        /// Print once and exit, also on a terminal.
        #[arg(long)]
        once: bool,
        /// `text` or `json`.
        #[arg(long, value_enum, default_value_t = Output::Text)]
        output: Output,
    },
    /// Say what the policy decides for HOST[:PORT] and why: the entry that allows it, or
    /// the nearest entries and why each does not. Exit 0 allowed, 1 denied, 2 bad input.
    Explain {
        /// HOST, HOST:PORT, IP or [IPv6]:PORT (port 443 when none).
        target: String,
        /// `text` or `json`.
        #[arg(long, value_enum, default_value_t = Output::Text)]
        output: Output,
        /// Decide as the agent of this `[[identity]]`, named as log lines name it: `user=NAME` or
        /// `certificate=SUBJECT`.
        #[arg(long, value_name = "user=NAME|certificate=SUBJECT")]
        identity: Option<String>,
    },
    /// Write a config (the original's setup wizard): asks on a terminal, or takes every
    /// answer as a flag; checked as `run` reads it; says what to set on the agents.
    Init(InitArgs),
    /// Turn the Windows gateway's cmdlet output (Get-OMSGateway*, as text or
    /// ConvertTo-Json) and MSI properties (PORTNUMBER=…) into an omsgate config; says
    /// what could not be mapped and why.
    ImportOms {
        /// Files with the cmdlets' output or the msiexec command line (`-`: stdin).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Write the config to --config (refused when it exists, unless --force);
        /// without it the config is printed.
        #[arg(long)]
        write: bool,
        /// Replace an existing file.
        #[arg(long)]
        force: bool,
    },
    /// Write the man pages and shell completions into DIR (the package build runs it).
    #[command(hide = true)]
    Generate { dir: PathBuf },
}

/// `omsgate init`'s answers as flags.
#[derive(Debug, clap::Args)]
struct InitArgs {
    /// Log Analytics workspace ID (GUID); repeat for more.
    #[arg(long = "workspace-id", value_name = "GUID")]
    workspace_id: Vec<String>,
    /// Azure region (ARM name, e.g. westeurope); repeat for more.
    #[arg(long, value_name = "REGION")]
    region: Vec<String>,
    /// public, usgov or china.
    #[arg(long)]
    cloud: Option<String>,
    /// Comma-separated: azure_monitor_agent, log_analytics_agent, automation, arc.
    #[arg(long)]
    services: Option<String>,
    /// A data collection endpoint's logs ingestion host; repeat for more.
    #[arg(long = "dce-host", value_name = "HOST")]
    dce_host: Vec<String>,
    /// The port agents connect to, 1-65535 (default 8080).
    #[arg(long)]
    listen_port: Option<String>,
    /// The relay (upstream) proxy, http://HOST:PORT.
    #[arg(long)]
    relay_proxy: Option<String>,
    /// Basic-auth user for the relay proxy.
    #[arg(long)]
    relay_username: Option<String>,
    /// Read the relay proxy password from standard input (stored beside the config, 0640).
    #[arg(long)]
    relay_password_stdin: bool,
    /// Replace an existing config file.
    #[arg(long)]
    force: bool,
}

#[derive(Debug, Subcommand)]
enum ConfigCmd {
    /// Print every key's value (defaults filled in), or one key's.
    Get {
        key: Option<String>,
        /// `text` (TOML values) or `json`.
        #[arg(long, value_enum, default_value_t = Output::Text)]
        output: Output,
    },
    /// List the keys: type, default, whether a reload applies it, meaning.
    Keys {
        /// As the README's Markdown table.
        #[arg(long)]
        markdown: bool,
    },
    /// Set a key (lists as a,b or a TOML array); validated before anything is written.
    Set { key: String, value: String },
    /// Remove a key from the file so its default applies.
    Unset { key: String },
}

/// How a command prints what it read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Output {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
enum HostCmd {
    /// The hosts configured in the file; --all: every entry in force, defaults included.
    List {
        #[arg(long)]
        all: bool,
    },
    /// Allow a host: name, *.suffix, IP literal, or any of them as entry:PORT.
    Add { host: String },
    /// Stop allowing a host (exactly as listed).
    Remove { host: String },
    /// After a rollout in report mode: the exact entries that would have allowed what
    /// the allowlist would refuse, from the would-deny events of a JSON log (`-`: stdin).
    Suggest {
        #[arg(default_value = "-")]
        log: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
enum CertCmd {
    /// The allowed subjects.
    List,
    /// Allow a subject: a full DN or CN=...
    Add { subject: String },
    /// Stop allowing a subject (exactly as listed).
    Remove { subject: String },
}

#[derive(Debug, Subcommand)]
enum AgentUserCmd {
    /// The users, sorted.
    List,
    /// Add a user, or give one a new password: read from standard input (asked without
    /// echo on a terminal), never from the command line; stored as a bcrypt hash.
    Add {
        name: String,
        /// bcrypt cost (4-15): each step doubles the time of an uncached check (cost 10
        /// is ~50-150 ms of a core). Long random agent passwords make a lower cost safe
        /// and let a restarted node re-check thousands of agents faster.
        #[arg(long, default_value_t = crate::policy::auth::BCRYPT_COST, value_parser = clap::value_parser!(u32).range(4..=15))]
        cost: u32,
    },
    /// Remove a user: its agents get 407 from the next reload on.
    Remove { name: String },
}

#[derive(Debug, Subcommand)]
enum RelayCmd {
    /// Show the relay proxies and the rules choosing them (passwords are never printed).
    Get,
    /// Send tunnels through one relay, http[s]://HOST:PORT (replaces any list).
    Set {
        /// The relay proxy, http://HOST:PORT (or HOST:PORT, [IPv6]:PORT).
        address: String,
        #[command(flatten)]
        credentials: edit::RelayCredentials,
    },
    /// Add a relay to `relay_proxies`, tried after those listed before it (a
    /// `relay_proxy` there becomes the first of the list).
    Add {
        /// http[s]://[USER@]HOST:PORT (or HOST:PORT).
        url: String,
        #[command(flatten)]
        credentials: edit::RelayCredentials,
    },
    /// Take a relay out (HOST:PORT or its URL).
    Remove { relay: String },
    /// Connect directly again (every relay removed).
    Clear,
}

/// Parses the command line and runs it.
pub fn main() -> ExitCode {
    crate::lang::set(crate::lang::choose(lang_flag(std::env::args_os()).as_deref()));
    let parsed =
        help::localise(Cli::command()).try_get_matches().and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = parsed.unwrap_or_else(|e| help::errors::exit(e));
    let path = cli.config.clone().unwrap_or_else(|| PathBuf::from(config::DEFAULT_PATH));
    let editing = match cli.command.unwrap_or(Command::Run) {
        Command::Run => return run(cli.config),
        Command::Check { service_user } => return check(cli.config, &service_user),
        Command::Status { output } => return status::run(&path, output == Output::Json),
        Command::Top { once, output } => return top::run(&path, output == Output::Json, once),
        Command::Explain { target, output, identity } => {
            return explain::run(cli.config.as_deref(), &target, identity.as_deref(), output == Output::Json);
        }
        Command::Init(a) => {
            let flags = init::Flags {
                services: a.services,
                cloud: a.cloud,
                workspace_ids: a.workspace_id,
                regions: a.region,
                dce_hosts: a.dce_host,
                listen_port: a.listen_port,
                relay_proxy: a.relay_proxy,
                relay_username: a.relay_username,
                relay_password_stdin: a.relay_password_stdin,
                force: a.force,
            };
            return init::run(flags, &path);
        }
        Command::ImportOms { files, write, force } => {
            return import_oms::run(&files, write.then_some(path.as_path()), force);
        }
        Command::Generate { dir } => return generate::run(&dir),
        Command::Config(ConfigCmd::Get { key, output }) => {
            edit::Edit::ConfigGet { key, json: output == Output::Json }
        }
        Command::Config(ConfigCmd::Keys { markdown }) => edit::Edit::ConfigKeys { markdown },
        Command::Config(ConfigCmd::Set { key, value }) => edit::Edit::ConfigSet(key, value),
        Command::Config(ConfigCmd::Unset { key }) => edit::Edit::ConfigUnset(key),
        Command::AllowedHost(HostCmd::List { all }) => edit::Edit::HostList { all },
        Command::AllowedHost(HostCmd::Add { host }) => edit::Edit::HostAdd(host),
        Command::AllowedHost(HostCmd::Remove { host }) => edit::Edit::HostRemove(host),
        Command::AllowedHost(HostCmd::Suggest { log }) => return suggest_from(cli.config, &log),
        Command::AllowedClientCert(CertCmd::List) => edit::Edit::CertList,
        Command::AllowedClientCert(CertCmd::Add { subject }) => edit::Edit::CertAdd(subject),
        Command::AllowedClientCert(CertCmd::Remove { subject }) => edit::Edit::CertRemove(subject),
        Command::RelayProxy(RelayCmd::Get) => edit::Edit::RelayGet,
        Command::RelayProxy(RelayCmd::Set { address, credentials }) => {
            edit::Edit::RelaySet { address, credentials }
        }
        Command::RelayProxy(RelayCmd::Add { url, credentials }) => edit::Edit::RelayAdd { url, credentials },
        Command::RelayProxy(RelayCmd::Remove { relay }) => edit::Edit::RelayRemove(relay),
        Command::RelayProxy(RelayCmd::Clear) => edit::Edit::RelayClear,
        Command::AgentUser(cmd) => {
            let cmd = match cmd {
                AgentUserCmd::List => agent_user::AgentUser::List,
                AgentUserCmd::Add { name, cost } => agent_user::AgentUser::Add(name, cost),
                AgentUserCmd::Remove { name } => agent_user::AgentUser::Remove(name),
            };
            return agent_user::run(cmd, &path);
        }
        Command::Reload => edit::Edit::Reload,
        Command::Drain => return drain::run(&path),
    };
    edit::run(editing, &path)
}

/// `--lang X` or `--lang=X`, read before clap parses: the help clap prints is already in
/// that language.
fn lang_flag(args: impl Iterator<Item = std::ffi::OsString>) -> Option<String> {
    let mut args = args.map(|a| a.to_string_lossy().into_owned());
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--" => return None,
            "--lang" => return args.next(),
            _ => {
                if let Some(value) = arg.strip_prefix("--lang=") {
                    return Some(value.to_string());
                }
            }
        }
    }
    None
}

fn check(path: Option<PathBuf>, service_user: &str) -> ExitCode {
    match config::load(path.as_deref()) {
        Ok(settings) => {
            warn_unreadable(&settings, service_user);
            for (entry, what) in crate::policy::breadth::tenant_wide(&settings.allowlist) {
                let warning = crate::policy::breadth::warning(&entry, what);
                eprintln!(
                    "omsgate: {}",
                    crate::t!("config-warning", event = events::GENERAL.to_string(), warning = warning)
                );
            }
            accept::limits::raise_nofile();
            let e = Effective::of(&settings);
            say!("{}", settings.describe().trim_end());
            say!("# {}", crate::t!("config-allowlist-in-force"));
            for entry in settings.allowlist.views() {
                say!("#   {}  — {}", entry.text, edit::explained(&entry, settings.allowlist.default_ports()));
            }
            for identity in settings.identities.bound() {
                let list = identity.allowlist();
                say!(
                    "# {}",
                    crate::t!("config-identity-may-reach-only", identity = identity.name().to_string())
                );
                for entry in list.views() {
                    say!("#   {}  — {}", entry.text, edit::explained(&entry, list.default_ports()));
                }
            }
            let in_effect =
                format!("max_connections = {}, worker_threads = {}", e.max_connections, e.worker_threads);
            say!("# {}", crate::t!("config-in-effect-under-limits", command = "run", settings = in_effect));
            ExitCode::SUCCESS
        }
        Err(e) => config_failure(&e),
    }
}

/// As root, says which files the config names that the service user could not read:
/// the unit's own `omsgate check` would then fail and the service not start.
fn warn_unreadable(settings: &config::Settings, user: &str) {
    if !rustix::process::geteuid().is_root() {
        return;
    }
    let Some(account) = access::Account::lookup(user) else { return };
    let keys = &settings.keys;
    let files = [
        match &settings.source {
            config::Source::File(p) => Some(p.clone()),
            config::Source::Embedded => None,
        },
        keys.relay_proxy_password_file.0.clone(),
        keys.relay_ca_file.0.clone(),
        keys.client_auth_users_file.0.clone(),
    ];
    let listed = keys.relay_password_files.iter().map(|f| Some(f.path.clone()));
    for file in files.into_iter().chain(listed).flatten() {
        if let Some(why) = account.cannot_read(&file) {
            let warning = crate::lang::Msg::new("config-service-user-cannot-read")
                .arg("problem", why)
                .arg("user", user)
                .arg("commands", "chgrp GROUP FILE; chmod 0640 FILE")
                .arg("flag", "--service-user");
            let event = events::WRONG_CONFIGURATION.to_string();
            eprintln!("omsgate: {}", crate::t!("config-warning", event = event, warning = warning));
        }
    }
}

/// `omsgate: wrong configuration (event 401): …` in the operator's language; exit 2.
pub(crate) fn config_failure(e: &ConfigError) -> ExitCode {
    let event = e.event_id().to_string();
    eprintln!("omsgate: {}", crate::t!("config-wrong-configuration", event = event, error = e.as_msg()));
    ExitCode::from(EXIT_CONFIG)
}

fn run(path: Option<PathBuf>) -> ExitCode {
    let settings = match config::load(path.as_deref()) {
        Ok(s) => s,
        Err(e) => {
            let output = crate::telemetry::log::Output::choose(config::LogFormat::Json, false);
            let _log = crate::telemetry::log::init(output);
            error!(event_id = e.event_id(), "wrong configuration, not starting: {e}");
            return config_failure(&e);
        }
    };
    // Before any thread starts: taking them clears the variables systemd set.
    let passed = accept::listener::passed(settings.keys.metrics_address.0);
    // Also before any thread starts (the log writer is one): the fd table's growth
    // costs an RCU grace period per doubling once the process has threads.
    accept::limits::raise_nofile();
    let effective = Effective::of(&settings);
    accept::limits::reserve_fd_table(&effective);
    // Dropped when `run` returns: pending log lines are written, waiting at most 2 s.
    let set = settings.set.contains(&"log_format");
    let _log =
        crate::telemetry::log::init(crate::telemetry::log::Output::choose(settings.keys.log_format, set));
    let passed = match passed {
        Ok(p) => p,
        Err(e) => {
            error!(
                event_id = events::NETWORK_ERROR,
                "not starting: the sockets systemd passed are unusable: {e}"
            );
            return ExitCode::from(EXIT_RUNTIME);
        }
    };
    report_fit(&effective);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(effective.worker_threads)
        .thread_name("omsgate-worker")
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            error!(event_id = events::APPLICATION_ERROR, "cannot start the runtime: {e}");
            return ExitCode::from(EXIT_RUNTIME);
        }
    };
    runtime.block_on(async move {
        let signals = match accept::shutdown::Signals::install() {
            Ok(s) => s,
            Err(e) => {
                error!(event_id = events::APPLICATION_ERROR, "cannot install signal handlers: {e}");
                return ExitCode::from(EXIT_RUNTIME);
            }
        };
        let bound = match accept::bind(&settings, passed).await {
            Ok(b) => b,
            Err(e) => {
                error!(event_id = events::NETWORK_ERROR, "not starting: {e}");
                return ExitCode::from(EXIT_RUNTIME);
            }
        };
        accept::serve(settings, effective, bound, signals).await;
        ExitCode::SUCCESS
    })
}

/// `allowed-host suggest`: reads the log (a file, or stdin for `-`).
fn suggest_from(config: Option<PathBuf>, log: &std::path::Path) -> ExitCode {
    let ports = match config::load(config.as_deref()) {
        Ok(s) => s.allowlist.default_ports().to_vec(),
        Err(e) => return config_failure(&e),
    };
    if log == std::path::Path::new("-") {
        suggest::run(std::io::stdin().lock(), &ports);
        return ExitCode::SUCCESS;
    }
    match std::fs::File::open(log) {
        Ok(f) => {
            suggest::run(std::io::BufReader::new(f), &ports);
            ExitCode::SUCCESS
        }
        Err(e) => {
            let (path, event) = (log.display().to_string(), events::APPLICATION_ERROR.to_string());
            eprintln!(
                "omsgate: {}",
                crate::t!("config-log-unreadable", path = path, error = e.to_string(), event = event)
            );
            ExitCode::from(EXIT_RUNTIME)
        }
    }
}

/// Says how `max_connections` sits in the open-file limit, when that is news.
fn report_fit(effective: &Effective) {
    match effective.fit {
        Fit::Fits => {}
        Fit::Lowered { limit, to } => info!(
            event_id = events::GENERAL,
            fd_limit = limit,
            max_connections = to,
            "max_connections = \"auto\" is {to}, what the open-file limit {limit} fits (2 fds per tunnel); raise LimitNOFILE for more"
        ),
        Fit::TooMany { limit, fits, needed } => warn!(
            event_id = events::GENERAL,
            fd_limit = limit,
            max_connections = effective.max_connections,
            "max_connections = {} needs up to {needed} file descriptors but the limit is {limit}; past ~{fits} tunnels accepts pause until some close. Raise LimitNOFILE or lower max_connections",
            effective.max_connections
        ),
    }
}
