//! The operator's commands. `omsgate` alone (or `omsgate run`) starts the gateway;
//! `omsgate check` validates a config and prints the settings it yields; the rest edit
//! the config as the original's PowerShell cmdlets did (`edit`) and tell running
//! gateways to reload (`running`).
//! Exit status: 0 ok, 1 runtime failure (e.g. a port in use), 2 bad configuration.

/// `println!` for command output that a closed pipe (`omsgate config get | head -1`)
/// cannot turn into a panic: the reader has what it wanted, so errors are ignored.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout().lock(), $($arg)*);
    }};
}

mod edit;
mod running;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use tracing::{error, info, warn};

use crate::accept;
use crate::accept::limits::Fit;
use crate::config::{self, ConfigError, Settings};
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
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the gateway (the default).
    Run,
    /// Validate the config and print the effective settings; exit 0 when valid, 2 when not.
    Check,
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
    /// Tell running gateways on this config to reload it, keeping open tunnels.
    Reload,
}

#[derive(Debug, Subcommand)]
enum ConfigCmd {
    /// Print the effective settings, or one key's value.
    Get { key: Option<String> },
    /// Set a key (lists as a,b or a TOML array); validated before anything is written.
    Set { key: String, value: String },
    /// Remove a key from the file so its default applies.
    Unset { key: String },
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
enum RelayCmd {
    /// Show the relay proxy (the password is never printed).
    Get,
    /// Send tunnels through http://HOST:PORT.
    Set {
        /// The relay proxy, http://HOST:PORT (or HOST:PORT, [IPv6]:PORT).
        address: String,
        /// Basic-auth user for the relay proxy (omit for none).
        #[arg(long)]
        username: Option<String>,
        /// Read the password from standard input (stored beside the config, mode 0600).
        #[arg(long, conflicts_with = "password_file")]
        password_stdin: bool,
        /// Read the password from this file (at start and reload).
        #[arg(long)]
        password_file: Option<PathBuf>,
    },
    /// Connect directly again.
    Clear,
}

/// Parses the command line and runs it.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let path = cli.config.clone().unwrap_or_else(|| PathBuf::from(config::DEFAULT_PATH));
    let editing = match cli.command.unwrap_or(Command::Run) {
        Command::Run => return run(cli.config),
        Command::Check => return check(cli.config),
        Command::Config(ConfigCmd::Get { key }) => edit::Edit::ConfigGet(key),
        Command::Config(ConfigCmd::Set { key, value }) => edit::Edit::ConfigSet(key, value),
        Command::Config(ConfigCmd::Unset { key }) => edit::Edit::ConfigUnset(key),
        Command::AllowedHost(HostCmd::List { all }) => edit::Edit::HostList { all },
        Command::AllowedHost(HostCmd::Add { host }) => edit::Edit::HostAdd(host),
        Command::AllowedHost(HostCmd::Remove { host }) => edit::Edit::HostRemove(host),
        Command::AllowedClientCert(CertCmd::List) => edit::Edit::CertList,
        Command::AllowedClientCert(CertCmd::Add { subject }) => edit::Edit::CertAdd(subject),
        Command::AllowedClientCert(CertCmd::Remove { subject }) => edit::Edit::CertRemove(subject),
        Command::RelayProxy(RelayCmd::Get) => edit::Edit::RelayGet,
        Command::RelayProxy(RelayCmd::Set { address, username, password_stdin, password_file }) => {
            edit::Edit::RelaySet { address, username, password_stdin, password_file }
        }
        Command::RelayProxy(RelayCmd::Clear) => edit::Edit::RelayClear,
        Command::Reload => edit::Edit::Reload,
    };
    edit::run(editing, &path)
}

fn check(path: Option<PathBuf>) -> ExitCode {
    match config::load(path.as_deref()) {
        Ok(settings) => {
            say!("{}", settings.describe().trim_end());
            ExitCode::SUCCESS
        }
        Err(e) => config_failure(&e),
    }
}

fn config_failure(e: &ConfigError) -> ExitCode {
    eprintln!("omsgate: wrong configuration (event {}): {e}", e.event_id());
    ExitCode::from(EXIT_CONFIG)
}

fn run(path: Option<PathBuf>) -> ExitCode {
    let settings = match config::load(path.as_deref()) {
        Ok(s) => s,
        Err(e) => {
            let _log = crate::telemetry::log::init(config::LogFormat::Json);
            error!(event_id = e.event_id(), "wrong configuration, not starting: {e}");
            return config_failure(&e);
        }
    };
    // Dropped when `run` returns: pending log lines are written, waiting at most 2 s.
    let _log = crate::telemetry::log::init(settings.log_format);
    let mut settings = settings;
    fit_fd_budget(&mut settings);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(settings.worker_threads)
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
        let bound = match accept::bind(&settings).await {
            Ok(b) => b,
            Err(e) => {
                error!(event_id = events::NETWORK_ERROR, "not starting: {e}");
                return ExitCode::from(EXIT_RUNTIME);
            }
        };
        accept::serve(settings, bound, signals).await;
        ExitCode::SUCCESS
    })
}

/// Raises the fd limit and fits `max_connections` into it, saying what it did.
fn fit_fd_budget(settings: &mut Settings) {
    accept::limits::raise_nofile();
    match accept::limits::fit(settings) {
        Fit::Fits => {}
        Fit::Lowered { limit, to } => info!(
            event_id = events::GENERAL,
            fd_limit = limit,
            max_connections = to,
            "max_connections defaults to {to}, what the open-file limit {limit} fits (2 fds per tunnel); raise LimitNOFILE for more"
        ),
        Fit::TooMany { limit, fits, needed } => warn!(
            event_id = events::GENERAL,
            fd_limit = limit,
            max_connections = settings.max_connections,
            "max_connections = {} needs up to {needed} file descriptors but the limit is {limit}; past ~{fits} tunnels accepts pause until some close. Raise LimitNOFILE or lower max_connections",
            settings.max_connections
        ),
    }
}
