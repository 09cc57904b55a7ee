//! The operator's commands. `omsgate` alone (or `omsgate run`) starts the gateway;
//! `omsgate check` validates a config and prints the settings it yields.
//! Exit status: 0 ok, 1 runtime failure (e.g. a port in use), 2 bad configuration.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use tracing::{error, warn};

use crate::accept;
use crate::config::{self, ConfigError, Settings};
use crate::telemetry::events;

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
}

/// Parses the command line and runs it.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command.unwrap_or(Command::Run) {
        Command::Run => run(cli.config),
        Command::Check => check(cli.config),
    }
}

fn check(path: Option<PathBuf>) -> ExitCode {
    match config::load(path.as_deref()) {
        Ok(settings) => {
            print!("{}", settings.describe());
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
            events::init(config::LogFormat::Json);
            error!(
                event_id = e.event_id(),
                "wrong configuration, not starting: {e}"
            );
            return config_failure(&e);
        }
    };
    events::init(settings.log_format);
    check_fd_budget(&settings);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(settings.worker_threads)
        .thread_name("omsgate-worker")
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            error!(
                event_id = events::APPLICATION_ERROR,
                "cannot start the runtime: {e}"
            );
            return ExitCode::from(EXIT_RUNTIME);
        }
    };
    runtime.block_on(async move {
        let signals = match accept::shutdown::Signals::install() {
            Ok(s) => s,
            Err(e) => {
                error!(
                    event_id = events::APPLICATION_ERROR,
                    "cannot install signal handlers: {e}"
                );
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

/// Raises the fd limit and says so when `max_connections` cannot fit in it.
fn check_fd_budget(settings: &Settings) {
    let limit = accept::limits::raise_nofile();
    let needed =
        accept::limits::fds_needed(settings.max_connections, crate::gateway::PIPE_POOL_SIZE);
    if needed > limit {
        warn!(
            event_id = events::GENERAL,
            fd_limit = limit,
            fds_needed = needed,
            max_connections = settings.max_connections,
            "max_connections = {} needs up to {needed} file descriptors but the limit is {limit}; past ~{} tunnels accepts pause until some close. Raise LimitNOFILE or lower max_connections",
            settings.max_connections,
            limit.saturating_sub(needed - 2 * settings.max_connections as u64) / 2
        );
    }
}
