//! The gateway's operator endpoint as the soak reads it: `GET /metrics` (Prometheus
//! text format) and `GET /readyz`, one plain HTTP/1.1 request per connection, loopback
//! only.

use std::{collections::BTreeMap, net::SocketAddr, time::Duration};

use anyhow::{Context, Result, bail};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
    time::timeout,
};

/// Time one request may take, connect to last byte.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(5);
/// Largest answer read; the gateway's /metrics is a few KiB.
const MAX_ANSWER: u64 = 4 << 20;

/// One scrape of `/metrics`: every sample, in the order the gateway wrote them.
#[derive(Debug, Clone, Default)]
pub struct Metrics {
    samples: Vec<Sample>,
}

/// One line of the text format: `name{label="value",...} number`.
#[derive(Debug, Clone, PartialEq)]
struct Sample {
    name: String,
    labels: Vec<(String, String)>,
    value: f64,
}

impl Metrics {
    /// Scrapes `addr`'s `/metrics`.
    pub async fn scrape(addr: SocketAddr) -> Result<Self> {
        let (status, body) = get(addr, "/metrics").await?;
        if status != 200 {
            bail!("GET /metrics answered {status}");
        }
        Ok(Self::parse(&body))
    }

    /// Parses the Prometheus text format; lines it cannot read (and comments) are skipped.
    pub fn parse(text: &str) -> Self {
        let samples = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(parse_line)
            .collect();
        Self { samples }
    }

    /// The sum of every sample of `name` (one series, or all of a labelled counter); 0
    /// when absent, as a counter that was never incremented is not exported.
    pub fn total(&self, name: &str) -> f64 {
        self.samples.iter().filter(|s| s.name == name).map(|s| s.value).sum()
    }

    /// The samples of `name` by the value of `label`.
    pub fn by(&self, name: &str, label: &str) -> BTreeMap<String, f64> {
        let mut out = BTreeMap::new();
        for s in self.samples.iter().filter(|s| s.name == name) {
            let key = s.labels.iter().find(|(k, _)| k == label).map_or("", |(_, v)| v.as_str());
            *out.entry(key.to_string()).or_insert(0.0) += s.value;
        }
        out
    }

    /// The sample of `name` whose `label` is `value`; 0 when absent.
    pub fn get(&self, name: &str, label: &str, value: &str) -> f64 {
        self.by(name, label).get(value).copied().unwrap_or(0.0)
    }
}

/// `GET path` on `addr`: the status code and the body.
pub async fn get(addr: SocketAddr, path: &str) -> Result<(u16, String)> {
    if !addr.ip().is_loopback() {
        bail!("the soak only talks to loopback, not {addr}");
    }
    let answer = timeout(REQUEST_TIMEOUT, async {
        let mut stream = TcpStream::connect(addr).await?;
        let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
        stream.write_all(request.as_bytes()).await?;
        let mut answer = Vec::new();
        (&mut stream).take(MAX_ANSWER).read_to_end(&mut answer).await?;
        Ok::<_, std::io::Error>(answer)
    })
    .await
    .with_context(|| format!("GET {path} on {addr}: no answer within {REQUEST_TIMEOUT:?}"))?
    .with_context(|| format!("GET {path} on {addr}"))?;
    let text = String::from_utf8_lossy(&answer);
    let (head, body) = text.split_once("\r\n\r\n").context("an HTTP answer without a blank line")?;
    let status =
        head.split_whitespace().nth(1).and_then(|c| c.parse().ok()).context("an HTTP status line")?;
    Ok((status, body.to_string()))
}

/// `name{a="x",b="y"} 1.5` or `name 1.5` (an optional timestamp after the value is ignored).
fn parse_line(line: &str) -> Option<Sample> {
    let (name, labels, rest) = match line.find('{') {
        Some(open) => {
            let (labels, rest) = parse_labels(&line[open + 1..])?;
            (&line[..open], labels, rest)
        }
        None => {
            let (name, rest) = line.split_once(char::is_whitespace)?;
            (name, Vec::new(), rest)
        }
    };
    let value = rest.split_whitespace().next()?;
    let value = match value {
        "+Inf" => f64::INFINITY,
        "-Inf" => f64::NEG_INFINITY,
        v => v.parse().ok()?,
    };
    Some(Sample { name: name.trim().to_string(), labels, value })
}

/// The labels after `{` up to the closing `}`, and what follows it. Values are quoted
/// with `\\`, `\"` and `\n` escapes.
fn parse_labels(mut text: &str) -> Option<(Vec<(String, String)>, &str)> {
    let mut labels = Vec::new();
    loop {
        text = text.trim_start_matches([',', ' ']);
        if let Some(rest) = text.strip_prefix('}') {
            return Some((labels, rest));
        }
        let (key, rest) = text.split_once("=\"")?;
        let mut value = String::new();
        let mut chars = rest.char_indices();
        let end = loop {
            match chars.next()? {
                (i, '"') => break i,
                (_, '\\') => match chars.next()?.1 {
                    'n' => value.push('\n'),
                    c => value.push(c),
                },
                (_, c) => value.push(c),
            }
        };
        labels.push((key.trim().to_string(), value));
        text = &rest[end + 1..];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = r#"# HELP omsgate_tunnels_opened_total Tunnels answered with 200
# TYPE omsgate_tunnels_opened_total counter
omsgate_tunnels_opened_total 1234
omsgate_tunnels_closed_total{closed_by="client"} 1000
omsgate_tunnels_closed_total{closed_by="upstream_error"} 200
omsgate_tunnels_closed_total{closed_by="refused"} 4
omsgate_errors_total{event_id="403"} 17
omsgate_active_client_connections 30
omsgate_tunnel_duration_seconds_bucket{le="+Inf"} 1204
odd_label{a="x\"y,z}",b="2"} 1.5e3 1700000000000
"#;

    #[test]
    fn reads_counters_gauges_and_labels() {
        let m = Metrics::parse(TEXT);
        assert_eq!(m.total("omsgate_tunnels_opened_total"), 1234.0);
        assert_eq!(m.total("omsgate_tunnels_closed_total"), 1204.0);
        assert_eq!(m.get("omsgate_tunnels_closed_total", "closed_by", "upstream_error"), 200.0);
        assert_eq!(m.get("omsgate_errors_total", "event_id", "400"), 0.0);
        assert_eq!(m.total("omsgate_active_client_connections"), 30.0);
        assert_eq!(m.total("never_exported"), 0.0);
        assert_eq!(m.by("odd_label", "a").keys().collect::<Vec<_>>(), [r#"x"y,z}"#]);
        assert_eq!(m.get("odd_label", "b", "2"), 1500.0);
        assert_eq!(m.get("omsgate_tunnel_duration_seconds_bucket", "le", "+Inf"), 1204.0);
    }

    #[test]
    fn a_broken_line_is_skipped_not_fatal() {
        let m = Metrics::parse("ok 1\nbroken{a=\"x 2\nalso_ok{a=\"1\"} 3\n");
        assert_eq!(m.total("ok"), 1.0);
        assert_eq!(m.total("also_ok"), 3.0);
        assert_eq!(m.total("broken"), 0.0);
    }
}
