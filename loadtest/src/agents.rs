//! Simulated agents: N long-lived tunnels, each uploading every interval and waiting
//! for the ack, as the monitoring agents behind a gateway do.
//!
//! Each agent opens its tunnel at its place in the ramp, uploads at a random phase of
//! the interval (so the load is smooth, not a thundering herd), and on any failure
//! reconnects with backoff and retries the same upload, as real agents do. The run
//! stops scheduling uploads at `--duration` and gives in-flight ones `--grace`; an agent
//! still busy after that is stopped, and its upload counts as lost.
//! `LOADTEST_DEBUG=1` prints every failed attempt (and the sink's errors) on stderr.
//!
//! For the soak, [`Kills`] makes agents crash mid-upload: the upload that takes a kill
//! writes half its bytes, then resets its tunnel (RST), and is retried on a new one.

use std::{
    sync::{
        Arc,
        atomic::{AtomicBool, AtomicU64, Ordering::Relaxed},
    },
    time::Duration,
};

use anyhow::{Result, anyhow, bail};
use rustls::pki_types::ServerName;
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
    time::{Instant, sleep, sleep_until, timeout},
};
use tokio_rustls::{TlsConnector, client::TlsStream};

use crate::{
    live::{Live, Progress},
    net::{self, Route, Sources, Target},
    proc::{PeakThreads, Watch},
    report::{self, AgentsReport, Latency},
    sink::{self, Payload, Side},
    tls::ClientIdentity,
    wire,
};

/// First reconnect delay; doubled per failure up to [`BACKOFF_MAX`].
pub const BACKOFF_START: Duration = Duration::from_millis(100);
/// Longest reconnect delay, short enough for a bounded run to see the recovery.
const BACKOFF_MAX: Duration = Duration::from_secs(5);
/// Chunk of zeros written per TLS write in `tls` payload mode.
const TLS_CHUNK: usize = 64 * 1024;

/// What an `agents` run does.
#[derive(Debug)]
pub struct Options {
    /// Direct or through a proxy.
    pub route: Route,
    /// The sink.
    pub target: Target,
    /// Agents to simulate.
    pub count: u64,
    /// Time between one agent's uploads.
    pub interval: Duration,
    /// Bytes per upload; 0 keeps the tunnels idle (RSS per idle tunnel).
    pub upload: u64,
    /// Time during which uploads are scheduled, ramp included.
    pub duration: Duration,
    /// Tunnels open spread over this time.
    pub ramp: Duration,
    /// Time the last uploads get to finish.
    pub grace: Duration,
    /// `opaque` or `tls`.
    pub payload: Payload,
    /// Offer only TLS 1.2 (so a gateway can see client certificates).
    pub tls12: bool,
    /// Client certificate and key PEM files.
    pub client_identity: Option<(std::path::PathBuf, std::path::PathBuf)>,
    /// SNI to send instead of the target host.
    pub sni: Option<String>,
    /// Time one attempt (open or upload) may take.
    pub ack_timeout: Duration,
    /// Attempts per upload before it counts as lost.
    pub max_attempts: u32,
    /// Loopback source addresses to use.
    pub sources: u8,
    /// Peer name for the report.
    pub label: String,
    /// Gateway to read from /proc.
    pub gateway_pid: Option<u32>,
    /// No progress line.
    pub quiet: bool,
    /// Client kills armed by someone else (the soak's chaos); none: uploads run whole.
    pub kills: Option<Arc<Kills>>,
}

/// Client kills: a schedule arms one at a time, and the next upload to start takes it
/// (uploads start at random phases, so which agent dies is random). That upload writes
/// half its bytes and resets the tunnel, as an agent that crashes or loses its network
/// mid-upload: `SO_LINGER` 0, then close, so the kernel sends RST, not FIN.
#[derive(Debug, Default)]
pub struct Kills {
    armed: AtomicBool,
    done: AtomicU64,
}

impl Kills {
    /// Arms a kill; `false` when the last one was not taken yet (it stays armed).
    pub fn arm(&self) -> bool {
        !self.armed.swap(true, Relaxed)
    }

    /// Uploads aborted so far.
    pub fn done(&self) -> u64 {
        self.done.load(Relaxed)
    }

    /// Takes the armed kill, if any.
    fn take(&self) -> bool {
        self.armed.swap(false, Relaxed)
    }
}

/// Everything the agent tasks share.
struct Fleet {
    opts: Options,
    connector: TlsConnector,
    server_name: ServerName<'static>,
    sources: Sources,
    opaque_wire: Vec<u8>,
    zeros: Vec<u8>,
    live: Arc<Live>,
    start: Instant,
    end: Instant,
    /// Flips to true once the run's end has been measured; agents hold their tunnels
    /// open until then so the loaded RSS and the connected count see every tunnel.
    released: tokio::sync::watch::Receiver<bool>,
}

/// One agent's tunnel.
enum Conn {
    Tls(Box<TlsStream<TcpStream>>),
    Opaque(TcpStream),
}

/// Runs the fleet and reports.
pub async fn run(opts: Options) -> Result<AgentsReport> {
    if opts.payload == Payload::Raw {
        bail!("agents use --payload opaque or tls");
    }
    let identity = match &opts.client_identity {
        Some((c, k)) => Some(ClientIdentity::load(c, k)?),
        None => None,
    };
    let connector = TlsConnector::from(crate::tls::client_config(opts.tls12, identity)?);
    let server_name = crate::tls::server_name(opts.sni.as_deref().unwrap_or(&opts.target.host))?;
    let loadavg = report::loadavg();
    let mut watch = Watch::begin(opts.gateway_pid)?;
    let threads = opts.gateway_pid.map(|pid| PeakThreads::start(pid, Duration::from_millis(10)));
    let live = Arc::new(Live::default());
    let start = Instant::now();
    let (release, released) = tokio::sync::watch::channel(false);
    let fleet = Arc::new(Fleet {
        released,
        connector,
        server_name,
        sources: Sources::loopback(opts.sources, false),
        opaque_wire: wire::opaque_upload(opts.upload),
        zeros: vec![0u8; TLS_CHUNK],
        live: live.clone(),
        start,
        end: start + opts.duration,
        opts,
    });
    let progress = Progress::start(live.clone(), "uploads", fleet.opts.quiet);
    let tasks: Vec<_> = (0..fleet.opts.count).map(|i| tokio::spawn(agent(fleet.clone(), i))).collect();

    // Steady window: from the end of the ramp (once every agent is connected, or one
    // interval later at most) to the end of scheduling.
    let opts = &fleet.opts;
    sleep_until(start + opts.ramp / 2).await;
    if let Some(w) = watch.as_mut() {
        w.mark_mid(live.connected.load(Relaxed).max(0) as u64);
    }
    sleep_until(start + opts.ramp).await;
    let settle = start + opts.ramp + opts.interval.min(opts.duration.saturating_sub(opts.ramp));
    while live.connected.load(Relaxed) < opts.count as i64 && Instant::now() < settle {
        sleep(Duration::from_millis(50)).await;
    }
    let steady_start = Instant::now().min(fleet.end);
    let ok_at_steady = live.ok.load(Relaxed);
    let own_cpu = crate::proc::OwnCpu::start();
    if let Some(w) = watch.as_mut() {
        w.mark_steady();
    }
    sleep_until(fleet.end).await;
    let steady_s = (fleet.end - steady_start).as_secs_f64();
    let steady_uploads_ok = live.ok.load(Relaxed) - ok_at_steady;
    let connected = live.connected.load(Relaxed).max(0) as u64;
    let gateway = watch.as_ref().map(Watch::finish).map(|mut g| {
        g.gateway_peak_threads = threads.as_ref().map_or(0, PeakThreads::peak);
        g
    });
    drop(threads);
    let generator_cpu_share = own_cpu.share();
    let _ = release.send(true);

    // Let in-flight uploads finish, then count what is still pending as lost.
    let hard_end = fleet.end + opts.grace;
    for mut task in tasks {
        // A task still running at the hard end is stopped (its tunnel closes); its
        // upload stays pending, so it counts as lost.
        if tokio::time::timeout_at(hard_end, &mut task).await.is_err() {
            task.abort();
        }
    }
    drop(progress);
    let pending = live.pending.load(Relaxed).max(0) as u64;
    let latency = Latency::from_micros(&live.latency());
    let mut report = AgentsReport {
        kind: "agents".into(),
        label: opts.label.clone(),
        route: route_name(opts.route),
        payload: format!("{:?}", opts.payload).to_lowercase(),
        agents: opts.count,
        agents_connected: connected,
        interval_s: opts.interval.as_secs_f64(),
        upload_bytes: opts.upload,
        duration_s: opts.duration.as_secs_f64(),
        steady_s,
        uploads_ok: live.ok.load(Relaxed),
        uploads_retried: live.retried.load(Relaxed),
        uploads_failed: live.failed.load(Relaxed),
        uploads_lost: live.lost.load(Relaxed) + pending,
        connect_failures: live.connect_failures.load(Relaxed),
        bytes_up: live.bytes.load(Relaxed),
        steady_uploads_ok,
        uploads_per_s: if steady_s > 0.0 { steady_uploads_ok as f64 / steady_s } else { 0.0 },
        latency_ms: latency,
        setup_ms: Latency::from_micros(&live.setup().0),
        setup_cold_ms: Latency::from_micros(&live.setup().1),
        generator_cpu_share,
        loadavg,
        ..Default::default()
    };
    if let Some(g) = gateway {
        report.cpu_us_per_upload = report::cpu_us_per_upload(g.gateway_steady_cpu_seconds, steady_uploads_ok);
        report.gateway_cpu_share = report::cpu_share(g.gateway_steady_cpu_seconds, steady_s);
        report.rss_bytes_per_tunnel = report::rss_per_tunnel_slope(&g, connected);
        report.gateway = Some(g);
    }
    Ok(report)
}

/// `direct` or the proxy's address.
pub fn route_name(route: Route) -> String {
    match route {
        Route::Direct => "direct".into(),
        Route::Proxy(addr) => addr.to_string(),
        Route::Relay(addr) => format!("relay {addr}"),
    }
}

/// One agent, from its place in the ramp to the end of the run.
async fn agent(fleet: Arc<Fleet>, index: u64) {
    let opts = &fleet.opts;
    let live = &fleet.live;
    let offset = opts.ramp.mul_f64(index as f64 / opts.count.max(1) as f64);
    sleep_until(fleet.start + offset).await;
    let mut backoff = BACKOFF_START;
    let mut conn = None;
    let first_attempt = Instant::now();
    while conn.is_none() && Instant::now() < fleet.end {
        match timeout(opts.ack_timeout, fleet.open()).await {
            Ok(Ok(c)) => {
                live.record_setup(first_attempt.elapsed().as_micros() as u64, offset < opts.ramp / 10);
                conn = Some(c);
            }
            _ => {
                live.connect_failures.fetch_add(1, Relaxed);
                sleep(jitter(&mut backoff)).await;
            }
        }
    }
    if conn.is_none() {
        return;
    }
    live.connected.fetch_add(1, Relaxed);
    let mut due = Instant::now() + opts.interval.mul_f64(rand::random::<f64>());
    while opts.upload > 0 && due < fleet.end {
        sleep_until(due).await;
        fleet.upload_with_retries(&mut conn).await;
        due += opts.interval;
    }
    let mut released = fleet.released.clone();
    let _ = released.wait_for(|done| *done).await;
    if conn.is_some() {
        live.connected.fetch_sub(1, Relaxed);
    }
}

impl Fleet {
    /// Opens a tunnel: TCP (+ CONNECT), TLS handshake, and for opaque mode the barrier.
    async fn open(&self) -> Result<Conn> {
        let tcp = net::open(self.opts.route, &self.opts.target, &self.sources).await?;
        let tls = self.connector.connect(self.server_name.clone(), tcp).await?;
        Ok(match self.opts.payload {
            Payload::Opaque => {
                let (mut tcp, conn) = tls.into_inner();
                sink::barrier(&mut tcp, &conn, Side::Client).await?;
                Conn::Opaque(tcp)
            }
            _ => Conn::Tls(Box::new(tls)),
        })
    }

    /// One upload: write it, read the ack.
    async fn upload(&self, conn: &mut Conn) -> Result<()> {
        let len = self.opts.upload;
        let ack = match conn {
            Conn::Opaque(tcp) => {
                tcp.write_all(&self.opaque_wire).await?;
                wire::read_control(tcp).await?
            }
            Conn::Tls(tls) => {
                tls.write_all(&len.to_be_bytes()).await?;
                let mut left = len as usize;
                while left > 0 {
                    let n = left.min(self.zeros.len());
                    tls.write_all(&self.zeros[..n]).await?;
                    left -= n;
                }
                tls.flush().await?;
                let mut ack = [0u8; 8];
                tls.read_exact(&mut ack).await?;
                ack
            }
        };
        if ack != len.to_be_bytes() {
            bail!("sink acknowledged {} bytes, sent {len}", u64::from_be_bytes(ack));
        }
        Ok(())
    }

    /// Writes half an upload, then resets the tunnel (see [`Kills`]).
    async fn abort_mid_upload(&self, conn: Conn) -> Result<()> {
        let tcp = match conn {
            Conn::Opaque(mut tcp) => {
                tcp.write_all(&self.opaque_wire[..self.opaque_wire.len() / 2]).await?;
                tcp
            }
            Conn::Tls(mut tls) => {
                tls.write_all(&self.opts.upload.to_be_bytes()).await?;
                let half = (self.opts.upload / 2) as usize;
                tls.write_all(&self.zeros[..half.min(self.zeros.len())]).await?;
                tls.flush().await?;
                tls.into_inner().0
            }
        };
        socket2::SockRef::from(&tcp).set_linger(Some(Duration::ZERO))?;
        drop(tcp);
        Ok(())
    }

    /// Uploads once, reconnecting and retrying up to `max_attempts`.
    async fn upload_with_retries(&self, conn: &mut Option<Conn>) {
        let live = &self.live;
        let opts = &self.opts;
        live.pending.fetch_add(1, Relaxed);
        let started = Instant::now();
        let mut backoff = BACKOFF_START;
        for attempt in 1..=opts.max_attempts {
            if conn.is_none() {
                match timeout(opts.ack_timeout, self.open()).await {
                    Ok(Ok(c)) => {
                        *conn = Some(c);
                        live.connected.fetch_add(1, Relaxed);
                    }
                    _ => {
                        live.connect_failures.fetch_add(1, Relaxed);
                        live.failed.fetch_add(1, Relaxed);
                        if attempt < opts.max_attempts {
                            sleep(jitter(&mut backoff)).await;
                        }
                        continue;
                    }
                }
            }
            let result = match opts.kills.as_deref().filter(|k| k.take()) {
                Some(kills) => {
                    let tunnel = conn.take().expect("opened above");
                    let _ = timeout(opts.ack_timeout, self.abort_mid_upload(tunnel)).await;
                    kills.done.fetch_add(1, Relaxed);
                    Ok(Err(anyhow!("killed mid-upload (RST)")))
                }
                None => timeout(opts.ack_timeout, self.upload(conn.as_mut().expect("opened above"))).await,
            };
            if std::env::var_os("LOADTEST_DEBUG").is_some() {
                match &result {
                    Ok(Err(e)) => eprintln!("upload attempt {attempt}: {e}"),
                    Err(_) => eprintln!("upload attempt {attempt}: no ack within {:?}", opts.ack_timeout),
                    Ok(Ok(())) => {}
                }
            }
            if let Ok(Ok(())) = result {
                live.ok.fetch_add(1, Relaxed);
                live.bytes.fetch_add(opts.upload, Relaxed);
                if attempt > 1 {
                    live.retried.fetch_add(1, Relaxed);
                }
                live.record(started.elapsed().as_micros() as u64);
                live.pending.fetch_sub(1, Relaxed);
                return;
            }
            live.failed.fetch_add(1, Relaxed);
            *conn = None;
            live.connected.fetch_sub(1, Relaxed);
            if attempt < opts.max_attempts {
                sleep(jitter(&mut backoff)).await;
            }
        }
        live.lost.fetch_add(1, Relaxed);
        live.pending.fetch_sub(1, Relaxed);
    }
}

/// The current backoff with ±50% jitter, then doubles it (capped).
pub fn jitter(backoff: &mut Duration) -> Duration {
    let now = backoff.mul_f64(0.5 + rand::random::<f64>());
    *backoff = (*backoff * 2).min(BACKOFF_MAX);
    now
}
