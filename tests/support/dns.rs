//! A DNS server of the test's own, on 127.0.0.1 port 0 (UDP, no port race): it answers
//! A and AAAA queries for the names it is given with a chosen TTL, NXDOMAIN for others,
//! counts the queries it receives per name, and can change its answers, answer
//! SERVFAIL or NXDOMAIN for everything, or stop answering (an outage) at any time.
//! Hand-written (about a hundred lines of RFC 1035 wire format) rather than a
//! dependency: it only needs the question echoed and a few fixed-size records. Also
//! [`with_hosts_file`], a gateway that sees a hosts file of the test's own.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr, UdpSocket};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How the server treats every query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Answer from the records (NXDOMAIN for unknown names).
    Answer,
    /// Read queries, count them, never answer: the resolver times out.
    Silent,
    /// Answer SERVFAIL (RCODE 2) to everything.
    ServFail,
    /// Answer NXDOMAIN (RCODE 3) to everything.
    NxDomain,
}

/// A running server; it stops when dropped.
pub struct DnsServer {
    pub addr: SocketAddr,
    state: Arc<Mutex<State>>,
    stop: Arc<AtomicBool>,
}

#[derive(Default)]
struct State {
    records: HashMap<String, Vec<IpAddr>>,
    ttl: u32,
    mode: Option<Mode>,
    queries: HashMap<String, usize>,
}

/// DNS TYPE values (RFC 1035 §3.2.2, RFC 3596 §2.1).
const TYPE_A: u16 = 1;
const TYPE_AAAA: u16 = 28;

impl DnsServer {
    /// Starts a server answering with TTL 300 s until told otherwise.
    pub fn start() -> DnsServer {
        let socket = UdpSocket::bind("127.0.0.1:0").unwrap();
        // Wakes the loop now and then to see whether the server was dropped.
        socket.set_read_timeout(Some(Duration::from_millis(50))).unwrap();
        let addr = socket.local_addr().unwrap();
        let state = Arc::new(Mutex::new(State { ttl: 300, ..State::default() }));
        let stop = Arc::new(AtomicBool::new(false));
        let (st, halt) = (state.clone(), stop.clone());
        std::thread::spawn(move || {
            let mut buf = [0u8; 1500];
            while !halt.load(Ordering::Relaxed) {
                let Ok((n, from)) = socket.recv_from(&mut buf) else { continue };
                if let Some(reply) = st.lock().unwrap().reply(&buf[..n]) {
                    let _ = socket.send_to(&reply, from);
                }
            }
        });
        DnsServer { addr, state, stop }
    }

    /// `dns_servers` naming this server.
    pub fn key(&self) -> String {
        format!("dns_servers = [\"{}\"]", self.addr)
    }

    /// Answers `name` with these addresses (A for IPv4, AAAA for IPv6) from now on.
    pub fn set(&self, name: &str, ips: &[&str]) {
        let ips = ips.iter().map(|ip| ip.parse().unwrap()).collect();
        self.state.lock().unwrap().records.insert(name.to_string(), ips);
    }

    /// The TTL of answers from now on.
    pub fn ttl(&self, seconds: u32) {
        self.state.lock().unwrap().ttl = seconds;
    }

    /// How every query is treated from now on.
    pub fn mode(&self, mode: Mode) {
        self.state.lock().unwrap().mode = Some(mode);
    }

    /// Queries received for `name` so far (A and AAAA each count), answered or not.
    pub fn queries(&self, name: &str) -> usize {
        self.state.lock().unwrap().queries.get(name).copied().unwrap_or(0)
    }
}

/// A script that runs the gateway with `hosts` as its /etc/hosts: `unshare --mount`
/// gives it a private mount namespace (the bind mount is seen by nobody else) and execs
/// in place, so the gateway keeps the PID socket activation names. Needs root, as CI.
pub fn with_hosts_file(dir: &Path, hosts: &str) -> PathBuf {
    let unshare = std::process::Command::new("unshare").args(["--mount", "true"]).status();
    assert!(
        unshare.is_ok_and(|s| s.success()),
        "this test needs unshare(1) and the right to make a mount namespace (root, as in CI)"
    );
    let file = dir.join("hosts");
    std::fs::write(&file, hosts).unwrap();
    let script = dir.join("omsgate-with-hosts");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nexec unshare --mount sh -c 'mount --bind \"$0\" /etc/hosts && exec \"$@\"' '{}' '{}' \"$@\"\n",
            file.display(),
            env!("CARGO_BIN_EXE_omsgate"),
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    script
}

impl Drop for DnsServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

impl State {
    /// The reply to one query datagram, or none (silent, or not a query we read).
    fn reply(&mut self, query: &[u8]) -> Option<Vec<u8>> {
        // Header (12 bytes), then QNAME as length-prefixed labels, QTYPE, QCLASS.
        let mut at = 12;
        let mut labels = Vec::new();
        loop {
            let len = usize::from(*query.get(at)?);
            at += 1;
            if len == 0 {
                break;
            }
            labels.push(String::from_utf8_lossy(query.get(at..at + len)?).to_lowercase());
            at += len;
        }
        let qtype = u16::from_be_bytes([*query.get(at)?, *query.get(at + 1)?]);
        let question_end = at + 4;
        let name = labels.join(".");
        *self.queries.entry(name.clone()).or_default() += 1;
        let mode = self.mode.unwrap_or(Mode::Answer);
        let answers: Vec<IpAddr> = match (mode, self.records.get(&name)) {
            (Mode::Silent, _) => return None,
            (Mode::Answer, Some(ips)) => ips
                .iter()
                .copied()
                .filter(|ip| match qtype {
                    TYPE_A => ip.is_ipv4(),
                    TYPE_AAAA => ip.is_ipv6(),
                    _ => false,
                })
                .collect(),
            _ => Vec::new(),
        };
        let rcode: u8 = match (mode, self.records.contains_key(&name)) {
            (Mode::ServFail, _) => 2,
            (Mode::NxDomain, _) | (Mode::Answer, false) => 3,
            _ => 0,
        };
        // ID as asked; QR, RD as asked, RA; the RCODE; one question, the answers.
        let mut out = Vec::with_capacity(512);
        out.extend_from_slice(&query[..2]);
        out.push(0x80 | (query[2] & 0x01));
        out.push(0x80 | rcode);
        out.extend_from_slice(&1u16.to_be_bytes());
        out.extend_from_slice(&(answers.len() as u16).to_be_bytes());
        out.extend_from_slice(&[0, 0, 0, 0]);
        out.extend_from_slice(query.get(12..question_end)?);
        for ip in answers {
            // NAME: a pointer to the question's name at offset 12; CLASS IN.
            out.extend_from_slice(&[0xc0, 12]);
            let (kind, data) = match ip {
                IpAddr::V4(v4) => (TYPE_A, v4.octets().to_vec()),
                IpAddr::V6(v6) => (TYPE_AAAA, v6.octets().to_vec()),
            };
            out.extend_from_slice(&kind.to_be_bytes());
            out.extend_from_slice(&1u16.to_be_bytes());
            out.extend_from_slice(&self.ttl.to_be_bytes());
            out.extend_from_slice(&(data.len() as u16).to_be_bytes());
            out.extend_from_slice(&data);
        }
        Some(out)
    }
}
