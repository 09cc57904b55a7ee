//! Opening a tunnel: TCP from a loopback source address, then CONNECT through the proxy
//! (or straight to the sink for the direct baseline).
//!
//! One source address has ~28k ephemeral ports per destination; when the kernel says
//! `EADDRNOTAVAIL` the pool moves on to the next address in 127.0.0.0/8, so a run is
//! not limited by one address's ports. `rate` walks the pool round-robin from the start.

use std::{
    io,
    net::{IpAddr, Ipv4Addr, SocketAddr},
    sync::{
        OnceLock,
        atomic::{AtomicUsize, Ordering},
    },
};

use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::{TcpSocket, TcpStream},
};

/// Longest proxy reply head we read before giving up.
const MAX_REPLY_HEAD: usize = 8 * 1024;

/// Where agents' TCP connections go first.
#[derive(Debug, Clone, Copy)]
pub enum Route {
    /// Straight to the sink: the baseline without any proxy.
    Direct,
    /// Through an HTTP CONNECT proxy at this address.
    Proxy(SocketAddr),
    /// Through a plain TCP relay at this address (HAProxy in TCP mode, the floor peer):
    /// no CONNECT, the relay's config alone names the destination.
    Relay(SocketAddr),
}

/// The tunnel's destination: the authority sent in CONNECT and the address dialled
/// directly in the baseline.
#[derive(Debug, Clone)]
pub struct Target {
    /// `host:port` as written in the CONNECT line.
    pub authority: String,
    /// Host part, for SNI.
    pub host: String,
    /// Resolved address, for the direct route; `None` when this machine cannot resolve
    /// the name (a proxy may: it can ask a DNS server of its own, as the set-up-tail
    /// runs make omsgate do).
    pub addr: Option<SocketAddr>,
}

impl Target {
    /// Parses `host:port` and resolves it once, if this machine can.
    pub fn parse(text: &str) -> anyhow::Result<Self> {
        use std::net::ToSocketAddrs;
        let mut target = Self::unresolved(text)?;
        target.addr = text.to_socket_addrs().ok().and_then(|mut a| a.next());
        Ok(target)
    }

    /// Parses `host:port` without resolving it.
    fn unresolved(text: &str) -> anyhow::Result<Self> {
        let (host, port) =
            text.rsplit_once(':').ok_or_else(|| anyhow::anyhow!("target {text:?} needs host:port"))?;
        port.parse::<u16>().map_err(|_| anyhow::anyhow!("target {text:?}: bad port"))?;
        Ok(Self { authority: text.to_string(), host: host.trim_matches(['[', ']']).to_string(), addr: None })
    }
}

/// Source addresses in 127.0.0.0/8.
#[derive(Debug)]
pub struct Sources {
    addrs: Vec<Ipv4Addr>,
    next: AtomicUsize,
    round_robin: bool,
}

impl Sources {
    /// `count` addresses from 127.0.0.1 up; `round_robin` spreads every connection,
    /// otherwise the pool only moves on when an address runs out of ports.
    pub fn loopback(count: u8, round_robin: bool) -> Self {
        let addrs = (1..=count.max(1)).map(|i| Ipv4Addr::new(127, 0, 0, i)).collect();
        Self { addrs, next: AtomicUsize::new(0), round_robin }
    }

    /// Connects to `dest` from the current source address, moving on when it is out of ports.
    pub async fn connect(&self, dest: SocketAddr) -> io::Result<TcpStream> {
        if !dest.ip().is_loopback() {
            return Err(io::Error::new(io::ErrorKind::InvalidInput, "loadtest only connects to loopback"));
        }
        let mut last = None;
        for _ in 0..self.addrs.len() {
            let index = if self.round_robin {
                self.next.fetch_add(1, Ordering::Relaxed)
            } else {
                self.next.load(Ordering::Relaxed)
            } % self.addrs.len();
            match connect_from(self.addrs[index], dest).await {
                Err(e) if e.raw_os_error() == Some(99 /* EADDRNOTAVAIL */) => {
                    if !self.round_robin {
                        let _ = self.next.compare_exchange(
                            index,
                            index + 1,
                            Ordering::Relaxed,
                            Ordering::Relaxed,
                        );
                    }
                    last = Some(e);
                }
                other => return other,
            }
        }
        Err(last.unwrap_or_else(|| io::Error::other("no source address")))
    }
}

async fn connect_from(source: Ipv4Addr, dest: SocketAddr) -> io::Result<TcpStream> {
    let socket = if dest.is_ipv4() { TcpSocket::new_v4()? } else { TcpSocket::new_v6()? };
    // 127.0.0.1 is the kernel's own choice: leave the port to connect(), which picks
    // it per destination. Other sources need bind(), which reserves a port per address.
    if dest.is_ipv4() && source != Ipv4Addr::LOCALHOST {
        socket.bind(SocketAddr::new(IpAddr::V4(source), 0))?;
    }
    let stream = socket.connect(dest).await?;
    stream.set_nodelay(true)?;
    Ok(stream)
}

/// Opens a TCP connection to the target, through the proxy when there is one.
pub async fn open(route: Route, target: &Target, sources: &Sources) -> Result<TcpStream, TunnelError> {
    match route {
        Route::Direct => {
            let addr = target.addr.ok_or_else(|| io::Error::other("target does not resolve here"));
            sources.connect(addr.map_err(TunnelError::Tcp)?).await.map_err(TunnelError::Tcp)
        }
        Route::Proxy(proxy) => {
            let mut stream = sources.connect(proxy).await.map_err(TunnelError::Tcp)?;
            connect_request(&mut stream, &target.authority).await?;
            Ok(stream)
        }
        Route::Relay(relay) => sources.connect(relay).await.map_err(TunnelError::Tcp),
    }
}

/// The `Proxy-Authorization` header line every CONNECT carries (`--proxy-user`), set
/// once at start: one process runs one fleet, so every tunnel shares the credentials.
static PROXY_AUTHORIZATION: OnceLock<String> = OnceLock::new();

/// Sends `Proxy-Authorization: Basic base64(user_password)` with every CONNECT from now
/// on (`user_password` is `USER:PASSWORD`, as curl's `--proxy-user` takes it).
pub fn set_proxy_user(user_password: &str) {
    let line = format!("Proxy-Authorization: Basic {}\r\n", base64(user_password.as_bytes()));
    let _ = PROXY_AUTHORIZATION.set(line);
}

/// Standard base64 with padding (RFC 4648 §4): all a Basic credential needs.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            match i <= chunk.len() {
                true => out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize])),
                false => out.push('='),
            }
        }
    }
    out
}

/// Sends `CONNECT authority` and reads the reply head; anything but 2xx is an error.
pub async fn connect_request(stream: &mut TcpStream, authority: &str) -> Result<(), TunnelError> {
    let auth = PROXY_AUTHORIZATION.get().map_or("", String::as_str);
    let request = format!("CONNECT {authority} HTTP/1.1\r\nHost: {authority}\r\n{auth}\r\n");
    stream.write_all(request.as_bytes()).await.map_err(TunnelError::Proxy)?;
    let mut head = Vec::with_capacity(128);
    let mut buf = [0u8; 512];
    loop {
        let n = stream.read(&mut buf).await.map_err(TunnelError::Proxy)?;
        if n == 0 {
            return Err(TunnelError::Refused("proxy closed before replying".into()));
        }
        head.extend_from_slice(&buf[..n]);
        if let Some(end) = head.windows(4).position(|w| w == b"\r\n\r\n") {
            // Our peers never speak before the agent, so nothing may follow the head.
            if end + 4 != head.len() {
                return Err(TunnelError::Refused("proxy sent bytes after its reply".into()));
            }
            return check_status(&head[..end]);
        }
        if head.len() > MAX_REPLY_HEAD {
            return Err(TunnelError::Refused("proxy reply head too long".into()));
        }
    }
}

/// `HTTP/1.x 2xx ...` passes; anything else carries its status line.
pub fn check_status(head: &[u8]) -> Result<(), TunnelError> {
    let line = head.split(|&b| b == b'\r').next().unwrap_or_default();
    let line = String::from_utf8_lossy(line);
    let mut parts = line.split_whitespace();
    let version_ok = parts.next().is_some_and(|v| v.starts_with("HTTP/1."));
    let code_ok = parts.next().is_some_and(|c| c.len() == 3 && c.starts_with('2'));
    if version_ok && code_ok { Ok(()) } else { Err(TunnelError::Refused(line.into_owned())) }
}

/// Why a tunnel could not be opened; the side at fault is in the name.
#[derive(Debug)]
pub enum TunnelError {
    /// TCP connect to the proxy (or to the sink when direct) failed.
    Tcp(io::Error),
    /// Talking to the proxy failed mid-request.
    Proxy(io::Error),
    /// The proxy answered with something other than 2xx.
    Refused(String),
}

impl std::fmt::Display for TunnelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Tcp(e) => write!(f, "tcp connect: {e}"),
            Self::Proxy(e) => write!(f, "proxy i/o: {e}"),
            Self::Refused(line) => write!(f, "proxy refused: {line}"),
        }
    }
}

impl std::error::Error for TunnelError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_lines() {
        assert!(check_status(b"HTTP/1.1 200 Connection established").is_ok());
        assert!(check_status(b"HTTP/1.0 200 OK\r\nProxy-agent: x").is_ok());
        assert!(check_status(b"HTTP/1.1 403 Forbidden").is_err());
        assert!(check_status(b"SSH-2.0").is_err());
    }

    #[test]
    fn basic_credentials_encode_as_rfc_4648() {
        assert_eq!(base64(b"user1:123"), "dXNlcjE6MTIz");
        assert_eq!(base64(b"a:b"), "YTpi");
        assert_eq!(base64(b"ab:cd"), "YWI6Y2Q=");
        assert_eq!(base64(b"store-0042:pw"), "c3RvcmUtMDA0Mjpwdw==");
    }

    #[test]
    fn targets() {
        let t = Target::parse("127.0.0.1:18443").unwrap();
        assert_eq!((t.host.as_str(), t.addr.map(|a| a.port())), ("127.0.0.1", Some(18443)));
        assert!(Target::parse("nohostport").is_err());
        assert!(Target::parse("sink.omsgate.invalid:x").is_err());
        // A name only the proxy can resolve is still a target, without an address.
        let t = Target::unresolved("sink.omsgate.invalid:18443").unwrap();
        assert_eq!(
            (t.authority.as_str(), t.host.as_str(), t.addr),
            ("sink.omsgate.invalid:18443", "sink.omsgate.invalid", None)
        );
    }
}
