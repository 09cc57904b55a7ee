//! The fleet's agents: the `agents` workload (a long-lived tunnel per agent, an upload
//! every interval at a random phase, the ack awaited, reconnect with backoff and retry on
//! any failure), with what a fleet run needs on top, which `agents` does not measure:
//!
//! - each agent has its own source address (127.0.0.1–N, agent i on address i mod N), as
//!   real agents do, and every tunnel's local address is recorded, so the node's events
//!   can be checked against the addresses HAProxy actually received;
//! - agents close their tunnel after `uploads_per_tunnel` uploads and open a new one for
//!   the next, as HTTP clients do when a keep-alive connection ends, so a draining node's
//!   tunnels end on their own within its `drain_timeout`;
//! - counts are kept per phase (warm-up, then each case), and the time from an agent's
//!   first failed attempt to its next open tunnel is its reconnect time;
//! - agents run until told to stop, not for a fixed time, since the cases take as long as
//!   the nodes and HAProxy take.
//!
//! The bytes on the wire are the `agents` command's (`wire`, `sink::barrier`, opaque
//! payload), so the same sink serves both.

use std::{
    collections::HashSet,
    net::{IpAddr, Ipv4Addr, SocketAddr},
    sync::{
        Arc, Mutex,
        atomic::{AtomicI64, AtomicU64, AtomicUsize, Ordering::Relaxed},
    },
    time::Duration,
};

use anyhow::{Result, bail};
use hdrhistogram::Histogram;
use rustls::pki_types::ServerName;
use tokio::{
    io::AsyncWriteExt,
    net::{TcpSocket, TcpStream},
    sync::watch,
    task::JoinSet,
    time::{Instant, sleep, sleep_until, timeout},
};
use tokio_rustls::TlsConnector;

use crate::{
    net::{self, Target},
    report::{Latency, new_histogram},
    sink::{self, Side},
    wire,
};

/// First reconnect delay; doubled per failure up to [`BACKOFF_MAX`].
const BACKOFF_START: Duration = Duration::from_millis(100);
/// Longest reconnect delay.
const BACKOFF_MAX: Duration = Duration::from_secs(2);

/// What the agents do.
#[derive(Debug, Clone)]
pub struct Options {
    /// The balancer.
    pub proxy: SocketAddr,
    /// The sink, as sent in CONNECT.
    pub target: Target,
    /// Agents.
    pub count: u64,
    /// Time between one agent's uploads.
    pub interval: Duration,
    /// Bytes per upload.
    pub upload: u64,
    /// Uploads per tunnel before the agent closes it (0 = keep it for the whole run).
    pub uploads_per_tunnel: u32,
    /// First uploads spread over this time.
    pub ramp: Duration,
    /// Time one open or upload attempt may take.
    pub ack_timeout: Duration,
    /// Attempts per upload before it is lost.
    pub max_attempts: u32,
    /// Source addresses 127.0.0.1..=sources.
    pub sources: u8,
}

/// Counts of one phase of the run.
#[derive(Debug)]
pub struct Phase {
    ok: AtomicU64,
    retried: AtomicU64,
    lost: AtomicU64,
    failed: AtomicU64,
    connect_failures: AtomicU64,
    reconnects: Mutex<Histogram<u64>>,
}

impl Default for Phase {
    fn default() -> Self {
        Self {
            ok: AtomicU64::new(0),
            retried: AtomicU64::new(0),
            lost: AtomicU64::new(0),
            failed: AtomicU64::new(0),
            connect_failures: AtomicU64::new(0),
            reconnects: Mutex::new(new_histogram()),
        }
    }
}

/// A phase's counts, for the report.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct PhaseCounts {
    /// Uploads acknowledged.
    pub uploads_ok: u64,
    /// Uploads acknowledged after more than one attempt.
    pub uploads_retried: u64,
    /// Uploads given up after every attempt (or still pending at the end).
    pub uploads_lost: u64,
    /// Failed attempts (upload or open).
    pub failed_attempts: u64,
    /// Failed tunnel opens.
    pub connect_failures: u64,
    /// From an agent's first failed attempt to its next open tunnel, in ms.
    pub reconnect_ms: Latency,
}

/// The agents' shared state.
pub struct Fleet {
    opts: Options,
    connector: TlsConnector,
    server_name: ServerName<'static>,
    opaque_wire: Vec<u8>,
    start: Instant,
    phase: AtomicUsize,
    phases: Vec<Phase>,
    /// Per agent: ms since `start` of its last acknowledged upload + 1 (0 = none yet).
    last_ok: Vec<AtomicU64>,
    /// Uploads started and not finished.
    pending: AtomicI64,
    /// Every local address a tunnel to the balancer had.
    addrs: Mutex<HashSet<SocketAddr>>,
    stop: watch::Receiver<bool>,
}

/// Running agents: stop them with [`Agents::stop`].
pub struct Agents {
    /// Their shared state (counters, addresses).
    pub fleet: Arc<Fleet>,
    tasks: JoinSet<()>,
    stop: watch::Sender<bool>,
}

impl Agents {
    /// Starts the agents; `phases` is how many phases the run will have.
    pub fn start(opts: Options, phases: usize) -> Result<Self> {
        if opts.count == 0 || opts.upload == 0 {
            bail!("a fleet run needs agents that upload (--agents and --upload above 0)");
        }
        let connector = TlsConnector::from(crate::tls::client_config(false, None)?);
        let server_name = crate::tls::server_name(&opts.target.host)?;
        let (stop, stopped) = watch::channel(false);
        let fleet = Arc::new(Fleet {
            connector,
            server_name,
            opaque_wire: wire::opaque_upload(opts.upload),
            start: Instant::now(),
            phase: AtomicUsize::new(0),
            phases: (0..phases.max(1)).map(|_| Phase::default()).collect(),
            last_ok: (0..opts.count).map(|_| AtomicU64::new(0)).collect(),
            pending: AtomicI64::new(0),
            addrs: Mutex::new(HashSet::new()),
            stop: stopped,
            opts,
        });
        let mut tasks = JoinSet::new();
        for i in 0..fleet.opts.count {
            tasks.spawn(agent(fleet.clone(), i));
        }
        Ok(Self { fleet, tasks, stop })
    }

    /// Stops scheduling uploads; waits up to `grace` for those in flight, and counts any
    /// still pending after that as lost (in the last phase).
    pub async fn stop(mut self, grace: Duration) -> Arc<Fleet> {
        let _ = self.stop.send(true);
        let all = async { while self.tasks.join_next().await.is_some() {} };
        if timeout(grace, all).await.is_err() {
            self.tasks.abort_all();
        }
        let pending = self.fleet.pending.swap(0, Relaxed).max(0) as u64;
        self.fleet.current().lost.fetch_add(pending, Relaxed);
        self.fleet
    }
}

impl Fleet {
    /// Moves the counting on to phase `index`.
    pub fn enter(&self, index: usize) {
        self.phase.store(index.min(self.phases.len() - 1), Relaxed);
    }

    fn current(&self) -> &Phase {
        &self.phases[self.phase.load(Relaxed)]
    }

    /// Whether every agent has had an upload acknowledged after `since`.
    pub fn all_uploaded_since(&self, since: Instant) -> bool {
        let since_ms = since.saturating_duration_since(self.start).as_millis() as u64 + 1;
        self.last_ok.iter().all(|t| t.load(Relaxed) > since_ms)
    }

    /// Agents whose last acknowledged upload was before `since` (or never).
    pub fn behind(&self, since: Instant) -> usize {
        let since_ms = since.saturating_duration_since(self.start).as_millis() as u64 + 1;
        self.last_ok.iter().filter(|t| t.load(Relaxed) <= since_ms).count()
    }

    /// When the agents started.
    pub fn started(&self) -> Instant {
        self.start
    }

    /// A phase's counts.
    pub fn counts(&self, index: usize) -> PhaseCounts {
        let p = &self.phases[index];
        PhaseCounts {
            uploads_ok: p.ok.load(Relaxed),
            uploads_retried: p.retried.load(Relaxed),
            uploads_lost: p.lost.load(Relaxed),
            failed_attempts: p.failed.load(Relaxed),
            connect_failures: p.connect_failures.load(Relaxed),
            reconnect_ms: Latency::from_micros(&p.reconnects.lock().expect("histogram lock")),
        }
    }

    /// Every local address the agents' tunnels had.
    pub fn addresses(&self) -> HashSet<SocketAddr> {
        self.addrs.lock().expect("address lock").clone()
    }

    /// Agent `index`'s source address.
    fn source(&self, index: u64) -> Ipv4Addr {
        Ipv4Addr::new(127, 0, 0, 1 + (index % u64::from(self.opts.sources.max(1))) as u8)
    }

    /// Opens a tunnel through the balancer: TCP from the agent's address, CONNECT, TLS
    /// handshake, the barrier (opaque payload).
    async fn open(&self, index: u64) -> Result<TcpStream> {
        let socket = TcpSocket::new_v4()?;
        socket.bind(SocketAddr::new(IpAddr::V4(self.source(index)), 0))?;
        let mut tcp = socket.connect(self.opts.proxy).await?;
        tcp.set_nodelay(true)?;
        self.addrs.lock().expect("address lock").insert(tcp.local_addr()?);
        net::connect_request(&mut tcp, &self.opts.target.authority).await?;
        let tls = self.connector.connect(self.server_name.clone(), tcp).await?;
        let (mut tcp, conn) = tls.into_inner();
        sink::barrier(&mut tcp, &conn, Side::Client).await?;
        Ok(tcp)
    }

    /// One upload: write it, read the ack.
    async fn upload(&self, tcp: &mut TcpStream) -> Result<()> {
        tcp.write_all(&self.opaque_wire).await?;
        let ack = wire::read_control(tcp).await?;
        if ack != self.opts.upload.to_be_bytes() {
            bail!("sink acknowledged {} bytes, sent {}", u64::from_be_bytes(ack), self.opts.upload);
        }
        Ok(())
    }

    /// Uploads once, reopening the tunnel and retrying up to `max_attempts`.
    async fn upload_with_retries(&self, index: u64, conn: &mut Option<TcpStream>, on_conn: &mut u32) {
        let opts = &self.opts;
        self.pending.fetch_add(1, Relaxed);
        let mut backoff = BACKOFF_START;
        let mut broken: Option<Instant> = None;
        for attempt in 1..=opts.max_attempts {
            if conn.is_none() {
                match timeout(opts.ack_timeout, self.open(index)).await {
                    Ok(Ok(tcp)) => {
                        *conn = Some(tcp);
                        *on_conn = 0;
                        if let Some(at) = broken {
                            let us = at.elapsed().as_micros() as u64;
                            self.current()
                                .reconnects
                                .lock()
                                .expect("histogram lock")
                                .saturating_record(us.max(1));
                        }
                    }
                    failed => {
                        debug(index, attempt, "open", &failed.map(|r| r.map(drop)));
                        let phase = self.current();
                        phase.connect_failures.fetch_add(1, Relaxed);
                        phase.failed.fetch_add(1, Relaxed);
                        broken.get_or_insert_with(Instant::now);
                        sleep(jitter(&mut backoff)).await;
                        continue;
                    }
                }
            }
            let tunnel = conn.as_mut().expect("opened above");
            let result = timeout(opts.ack_timeout, self.upload(tunnel)).await;
            if let Ok(Ok(())) = result {
                let phase = self.current();
                phase.ok.fetch_add(1, Relaxed);
                if attempt > 1 {
                    phase.retried.fetch_add(1, Relaxed);
                }
                *on_conn += 1;
                let now_ms = self.start.elapsed().as_millis() as u64 + 1;
                self.last_ok[index as usize].store(now_ms, Relaxed);
                self.pending.fetch_sub(1, Relaxed);
                return;
            }
            debug(index, attempt, "upload", &result);
            self.current().failed.fetch_add(1, Relaxed);
            broken.get_or_insert_with(Instant::now);
            *conn = None;
            sleep(jitter(&mut backoff)).await;
        }
        self.current().lost.fetch_add(1, Relaxed);
        self.pending.fetch_sub(1, Relaxed);
    }
}

/// `LOADTEST_DEBUG=1`: every failed attempt on stderr.
fn debug(index: u64, attempt: u32, what: &str, result: &Result<Result<()>, tokio::time::error::Elapsed>) {
    if std::env::var_os("LOADTEST_DEBUG").is_none() {
        return;
    }
    match result {
        Ok(Err(e)) => eprintln!("agent {index} {what} attempt {attempt}: {e}"),
        Err(_) => eprintln!("agent {index} {what} attempt {attempt}: timed out"),
        Ok(Ok(())) => {}
    }
}

/// One agent until the run stops.
async fn agent(fleet: Arc<Fleet>, index: u64) {
    let opts = &fleet.opts;
    let mut stop = fleet.stop.clone();
    let mut due = fleet.start + opts.ramp.mul_f64(index as f64 / opts.count as f64);
    let mut conn: Option<TcpStream> = None;
    let mut on_conn = 0;
    loop {
        tokio::select! {
            _ = sleep_until(due) => {}
            _ = stop.wait_for(|s| *s) => break,
        }
        fleet.upload_with_retries(index, &mut conn, &mut on_conn).await;
        if opts.uploads_per_tunnel > 0 && on_conn >= opts.uploads_per_tunnel {
            // Closed with a FIN, as a client whose keep-alive connection ended.
            conn = None;
        }
        due = (due + opts.interval).max(Instant::now());
    }
}

/// The current backoff with ±50% jitter, then doubles it (capped).
fn jitter(backoff: &mut Duration) -> Duration {
    let now = backoff.mul_f64(0.5 + rand::random::<f64>());
    *backoff = (*backoff * 2).min(BACKOFF_MAX);
    now
}
