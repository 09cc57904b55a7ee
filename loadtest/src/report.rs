//! The numbers a run reports (JSON with `--json`, a summary otherwise) and the
//! arithmetic that turns raw counts into per-upload and per-tunnel costs.
//!
//! The arithmetic is kept in small pure functions so it is tested on its own: these
//! are the figures `perf/CAPACITY.md` is built from.

use hdrhistogram::Histogram;
use serde::{Deserialize, Serialize};

/// Latency histograms hold microseconds from 1 µs to 10 minutes, 3 significant digits.
pub fn new_histogram() -> Histogram<u64> {
    Histogram::new_with_bounds(1, 600_000_000, 3).expect("static histogram bounds")
}

/// Percentiles of a latency histogram, in milliseconds.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Latency {
    /// Median.
    pub p50: f64,
    /// 90th percentile.
    pub p90: f64,
    /// 99th percentile.
    pub p99: f64,
    /// 99.9th percentile.
    pub p999: f64,
    /// Largest value seen.
    pub max: f64,
    /// Arithmetic mean.
    pub mean: f64,
    /// Number of samples.
    pub count: u64,
}

impl Latency {
    /// Summarises a histogram of microseconds; all zero when it is empty.
    pub fn from_micros(h: &Histogram<u64>) -> Self {
        if h.is_empty() {
            return Self::default();
        }
        let ms = |us: u64| us as f64 / 1000.0;
        Self {
            p50: ms(h.value_at_quantile(0.50)),
            p90: ms(h.value_at_quantile(0.90)),
            p99: ms(h.value_at_quantile(0.99)),
            p999: ms(h.value_at_quantile(0.999)),
            max: ms(h.max()),
            mean: h.mean() / 1000.0,
            count: h.len(),
        }
    }
}

/// What `--gateway-pid` adds to a report, read from /proc.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayUsage {
    /// Gateway CPU seconds (user + system, whole process tree) over the whole run.
    pub gateway_cpu_seconds: f64,
    /// Gateway CPU seconds over the steady window only (after the ramp).
    pub gateway_steady_cpu_seconds: f64,
    /// Peak RSS (VmHWM) at the end of the run.
    pub gateway_peak_rss_bytes: u64,
    /// RSS before the first tunnel opened.
    pub gateway_rss_before_bytes: u64,
    /// RSS with every tunnel open, at the end of the steady window.
    pub gateway_rss_loaded_bytes: u64,
    /// RSS at the middle of the ramp (start-up effects over, half the tunnels open).
    pub gateway_rss_mid_bytes: u64,
    /// Tunnels open at the middle of the ramp.
    pub tunnels_at_mid: u64,
    /// Most threads the gateway had at once, sampled every 10 ms (0: not sampled).
    #[serde(default)]
    pub gateway_peak_threads: u64,
}

/// The `agents` report; the key names are part of the tool's contract (issue 4).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct AgentsReport {
    /// Always `"agents"`.
    pub kind: String,
    /// Free text naming the peer (`omsgate`, `squid`, `direct`, ...).
    pub label: String,
    /// `direct` or the proxy address.
    pub route: String,
    /// `opaque` or `tls`.
    pub payload: String,
    /// Agents simulated.
    pub agents: u64,
    /// Agents with an open tunnel when the run ended.
    pub agents_connected: u64,
    /// Seconds between one agent's uploads.
    pub interval_s: f64,
    /// Bytes per upload.
    pub upload_bytes: u64,
    /// Wall time of the run, ramp included.
    pub duration_s: f64,
    /// Length of the steady window (after the ramp) the per-upload costs use.
    pub steady_s: f64,
    /// Uploads acknowledged by the sink (on any attempt).
    pub uploads_ok: u64,
    /// Of those, uploads that needed more than one attempt.
    pub uploads_retried: u64,
    /// Attempts that got no ack (error or timeout); each is followed by a reconnect.
    pub uploads_failed: u64,
    /// Uploads given up: out of attempts, or still unacknowledged when the run ended.
    pub uploads_lost: u64,
    /// Tunnels that could not be opened (TCP, CONNECT reply, or TLS handshake).
    pub connect_failures: u64,
    /// Upload bytes acknowledged by the sink.
    pub bytes_up: u64,
    /// Acknowledged uploads in the steady window.
    pub steady_uploads_ok: u64,
    /// Acknowledged uploads per second over the steady window.
    pub uploads_per_s: f64,
    /// Upload latency: first byte written to ack read, including retries.
    pub latency_ms: Latency,
    /// Set-up of each agent's first tunnel during the ramp, from its first attempt until
    /// the tunnel carries data: TCP connect, CONNECT and its reply (not through a relay),
    /// TLS handshake with the sink, retries and backoff included.
    #[serde(default)]
    pub setup_ms: Latency,
    /// The same for the agents that opened in the first tenth of the ramp: a freshly
    /// started gateway's first burst (a cold-start stall shows here first).
    #[serde(default)]
    pub setup_cold_ms: Latency,
    /// /proc figures of `--gateway-pid`, flattened into the report.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub gateway: Option<GatewayUsage>,
    /// Gateway CPU per acknowledged upload over the steady window, microseconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cpu_us_per_upload: Option<f64>,
    /// Gateway CPU use over the steady window as a fraction of one core.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gateway_cpu_share: Option<f64>,
    /// Gateway RSS growth per open tunnel (loaded minus before, over tunnels).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rss_bytes_per_tunnel: Option<f64>,
    /// This generator's CPU over the steady window, in cores (the sink is another process).
    pub generator_cpu_share: f64,
    /// /proc/loadavg when the run started (the noise caveat).
    pub loadavg: String,
}

/// The `bulk` report.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct BulkReport {
    /// Always `"bulk"`.
    pub kind: String,
    /// Peer name.
    pub label: String,
    /// `direct` or the proxy address.
    pub route: String,
    /// Tunnels pushing at once.
    pub tunnels: u64,
    /// Tunnels that failed to open or broke.
    pub errors: u64,
    /// Seconds of pushing.
    pub duration_s: f64,
    /// Bytes the sink confirmed receiving.
    pub bytes_up: u64,
    /// Decimal megabytes per second (1 MB = 10^6 bytes).
    pub mb_per_s: f64,
    /// /proc figures of `--gateway-pid`.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub gateway: Option<GatewayUsage>,
    /// Gateway CPU seconds per decimal gigabyte relayed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cpu_seconds_per_gb: Option<f64>,
    /// This generator's CPU over the run, in cores.
    pub generator_cpu_share: f64,
    /// /proc/loadavg at the start.
    pub loadavg: String,
}

/// The `rate` report.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct RateReport {
    /// Always `"rate"`.
    pub kind: String,
    /// Peer name.
    pub label: String,
    /// `direct` or the proxy address.
    pub route: String,
    /// Tunnels being set up at once.
    pub concurrency: u64,
    /// Seconds of the run.
    pub duration_s: f64,
    /// Tunnels that reached the sink.
    pub tunnels_ok: u64,
    /// Tunnels that failed.
    pub tunnels_failed: u64,
    /// Tunnels reaching the sink per second.
    pub tunnels_per_s: f64,
    /// TCP connect start to the sink's first byte.
    pub setup_ms: Latency,
    /// /proc figures of `--gateway-pid`.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub gateway: Option<GatewayUsage>,
    /// Gateway CPU milliseconds per 1,000 tunnels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cpu_ms_per_1000_tunnels: Option<f64>,
    /// This generator's CPU over the run, in cores.
    pub generator_cpu_share: f64,
    /// /proc/loadavg at the start.
    pub loadavg: String,
}

/// Gateway CPU per upload in microseconds; `None` without uploads.
pub fn cpu_us_per_upload(cpu_seconds: f64, uploads: u64) -> Option<f64> {
    (uploads > 0).then(|| cpu_seconds * 1e6 / uploads as f64)
}

/// RSS growth per open tunnel in bytes; `None` without tunnels. A shrinking RSS counts as 0.
pub fn rss_per_tunnel(before: u64, loaded: u64, tunnels: u64) -> Option<f64> {
    (tunnels > 0).then(|| loaded.saturating_sub(before) as f64 / tunnels as f64)
}

/// RSS per tunnel from the growth between the middle of the ramp and the end, which
/// leaves out a gateway's start-up allocations and frees; falls back to the growth
/// since before the first tunnel when the ramp gave no second half.
pub fn rss_per_tunnel_slope(g: &GatewayUsage, tunnels_at_end: u64) -> Option<f64> {
    if tunnels_at_end > g.tunnels_at_mid && g.tunnels_at_mid > 0 {
        rss_per_tunnel(g.gateway_rss_mid_bytes, g.gateway_rss_loaded_bytes, tunnels_at_end - g.tunnels_at_mid)
    } else {
        rss_per_tunnel(g.gateway_rss_before_bytes, g.gateway_rss_loaded_bytes, tunnels_at_end)
    }
}

/// CPU seconds over wall seconds: 1.0 is one core fully busy.
pub fn cpu_share(cpu_seconds: f64, wall_seconds: f64) -> Option<f64> {
    (wall_seconds > 0.0).then(|| cpu_seconds / wall_seconds)
}

/// CPU seconds per decimal gigabyte; `None` when nothing moved.
pub fn cpu_seconds_per_gb(cpu_seconds: f64, bytes: u64) -> Option<f64> {
    (bytes > 0).then(|| cpu_seconds / (bytes as f64 / 1e9))
}

/// CPU milliseconds per 1,000 tunnels; `None` without tunnels.
pub fn cpu_ms_per_1000(cpu_seconds: f64, tunnels: u64) -> Option<f64> {
    (tunnels > 0).then(|| cpu_seconds * 1e3 / (tunnels as f64 / 1000.0))
}

/// Decimal megabytes per second.
pub fn mb_per_s(bytes: u64, seconds: f64) -> f64 {
    if seconds > 0.0 { bytes as f64 / 1e6 / seconds } else { 0.0 }
}

/// The first three fields of /proc/loadavg.
pub fn loadavg() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

/// Prints a report: pretty JSON on stdout with `--json`, else a one-screen summary on stderr.
pub fn emit<T: Serialize>(report: &T, json: bool) -> anyhow::Result<()> {
    let text = serde_json::to_string_pretty(report)?;
    if json {
        println!("{text}");
    } else {
        eprintln!("{text}");
    }
    Ok(())
}

/// Prints a report (as [`emit`]) and, with `--out FILE`, appends it to FILE as one JSON
/// line: what every command does with its report.
pub fn write<T: Serialize>(report: &T, json: bool, out: Option<&std::path::Path>) -> anyhow::Result<()> {
    use std::io::Write;
    emit(report, json)?;
    if let Some(path) = out {
        let mut file = std::fs::OpenOptions::new().create(true).append(true).open(path)?;
        writeln!(file, "{}", serde_json::to_string(report)?)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_of_a_known_distribution() {
        let mut h = new_histogram();
        for us in 1..=1000u64 {
            h.record(us * 1000).unwrap(); // 1 ms .. 1000 ms
        }
        let l = Latency::from_micros(&h);
        assert_eq!(l.count, 1000);
        // 3 significant digits: values are exact to within 0.1%.
        let close = |a: f64, b: f64| (a - b).abs() <= b * 0.001 + 1e-9;
        assert!(close(l.p50, 500.0), "{l:?}");
        assert!(close(l.p90, 900.0), "{l:?}");
        assert!(close(l.p99, 990.0), "{l:?}");
        assert!(close(l.p999, 999.0), "{l:?}");
        assert!(close(l.max, 1000.0), "{l:?}");
        assert!(close(l.mean, 500.5), "{l:?}");
    }

    #[test]
    fn empty_histogram_is_zero() {
        assert_eq!(Latency::from_micros(&new_histogram()), Latency::default());
    }

    #[test]
    fn per_upload_cpu() {
        // 0.25 s of gateway CPU for 10,000 uploads is 25 µs each.
        assert!((cpu_us_per_upload(0.25, 10_000).unwrap() - 25.0).abs() < 1e-9);
        assert_eq!(cpu_us_per_upload(1.0, 0), None);
    }

    #[test]
    fn rss_per_open_tunnel() {
        // 40 MiB before, 80 MiB with 5,000 tunnels: 8,388.608 bytes each.
        let per = rss_per_tunnel(40 << 20, 80 << 20, 5000).unwrap();
        assert!((per - 8388.608).abs() < 1e-6);
        assert_eq!(rss_per_tunnel(80 << 20, 40 << 20, 10), Some(0.0));
        assert_eq!(rss_per_tunnel(0, 1, 0), None);
    }

    #[test]
    fn rss_slope_over_the_second_half_of_the_ramp() {
        let g = GatewayUsage {
            gateway_rss_before_bytes: 50 << 20, // start-up peak, freed later
            gateway_rss_mid_bytes: 30 << 20,
            tunnels_at_mid: 2500,
            gateway_rss_loaded_bytes: (30 << 20) + 2500 * 8192,
            ..Default::default()
        };
        assert_eq!(rss_per_tunnel_slope(&g, 5000), Some(8192.0));
        let no_mid = GatewayUsage { tunnels_at_mid: 0, ..g };
        assert_eq!(rss_per_tunnel_slope(&no_mid, 5000), Some(0.0));
    }

    #[test]
    fn bulk_and_rate_costs() {
        assert!((cpu_seconds_per_gb(1.5, 10_000_000_000).unwrap() - 0.15).abs() < 1e-12);
        assert!((cpu_ms_per_1000(0.3, 10_000).unwrap() - 30.0).abs() < 1e-9);
        assert!((mb_per_s(3_300_000_000, 1.0) - 3300.0).abs() < 1e-9);
        assert!((cpu_share(4.5, 5.0).unwrap() - 0.9).abs() < 1e-12);
        assert_eq!(cpu_seconds_per_gb(1.0, 0), None);
    }

    #[test]
    fn json_has_the_issue_keys() {
        let report = AgentsReport {
            gateway: Some(GatewayUsage::default()),
            cpu_us_per_upload: Some(1.0),
            ..Default::default()
        };
        let v: serde_json::Value = serde_json::to_value(&report).unwrap();
        for key in [
            "agents",
            "uploads_ok",
            "uploads_retried",
            "uploads_lost",
            "connect_failures",
            "bytes_up",
            "latency_ms",
            "gateway_cpu_seconds",
            "gateway_peak_rss_bytes",
        ] {
            assert!(v.get(key).is_some(), "missing {key}");
        }
        for key in ["p50", "p90", "p99", "p999", "max"] {
            assert!(v["latency_ms"].get(key).is_some(), "missing latency_ms.{key}");
        }
        let back: AgentsReport = serde_json::from_value(v).unwrap();
        assert!(back.gateway.is_some());
    }
}
