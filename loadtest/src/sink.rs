//! The far end of every tunnel: reads uploads and acknowledges them.
//!
//! It runs in its own process for real runs (each process has its own open-file limit)
//! and in-process for quick runs and tests. The wire format of each payload mode is in
//! [`crate::wire`]; the sink must be started with the same mode as the agents.

use std::{
    io,
    net::{IpAddr, SocketAddr},
    sync::{
        Arc,
        atomic::{AtomicI64, AtomicU64, Ordering::Relaxed},
    },
    time::Duration,
};

use anyhow::{Context, Result};
use clap::ValueEnum;
use rustls::{ProtocolVersion, ServerConfig};
use serde::Serialize;
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt, BufReader},
    net::{TcpListener, TcpSocket, TcpStream},
    task::{JoinHandle, JoinSet},
};
use tokio_rustls::TlsAcceptor;

use crate::wire;

/// Accept backlog: large, so a ramp of thousands of agents is not dropped at SYN time.
const BACKLOG: u32 = 4096;
/// Read buffer per connection; one syscall takes several full-size records.
const READ_BUFFER: usize = 64 * 1024;

/// How uploads travel inside a tunnel (see [`crate::wire`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Payload {
    /// Real handshake, then cleartext TLS application-data records.
    Opaque,
    /// Real handshake, real encryption.
    Tls,
    /// Canned ClientHello and ServerHello, then records: `bulk` and `rate`.
    Raw,
}

/// Counters of a running sink.
#[derive(Debug, Default, Serialize)]
pub struct SinkStats {
    /// Connections open now.
    pub open: AtomicI64,
    /// Connections accepted.
    pub accepted: AtomicU64,
    /// Uploads acknowledged (or raw tunnels answered).
    pub acked: AtomicU64,
    /// Upload bytes received.
    pub bytes: AtomicU64,
    /// Connections that ended with an error (handshake, framing, reset).
    pub errors: AtomicU64,
}

/// A sink accepting in the background; dropping it closes its connections.
pub struct Sink {
    /// Where it listens.
    pub addr: SocketAddr,
    /// Its counters.
    pub stats: Arc<SinkStats>,
    task: JoinHandle<()>,
}

impl Drop for Sink {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Binds `listen` and serves `payload` until dropped.
pub async fn start(listen: SocketAddr, payload: Payload, tls: Option<Arc<ServerConfig>>) -> Result<Sink> {
    let socket = if listen.is_ipv4() { TcpSocket::new_v4()? } else { TcpSocket::new_v6()? };
    socket.set_reuseaddr(true)?;
    socket.bind(listen)?;
    let listener = socket.listen(BACKLOG)?;
    let addr = listener.local_addr()?;
    let stats = Arc::new(SinkStats::default());
    let task = tokio::spawn(accept_loop(listener, Serve::new(payload, tls)?, stats.clone()));
    Ok(Sink { addr, stats, task })
}

/// A sink that stops and starts again on the same port, as an origin server restarts
/// (the soak's origin restarts). [`Origin::stop`] cuts every connection and refuses new
/// ones (connection refused, not a queue); [`Origin::start`] serves again.
///
/// The port stays this process's while it is down, so nobody can take it meanwhile.
/// Linux releases the port of a socket whose listen is shut down unless the port was
/// asked for explicitly at bind time, so the port is found with a port-0 bind and then
/// bound explicitly by a second socket (both with `SO_REUSEPORT`, which only this user
/// could share, and nobody is told the port before it is held).
pub struct Origin {
    /// Bound explicitly; listening while up, shut down (but bound) while down.
    socket: socket2::Socket,
    /// Where it listens.
    pub addr: SocketAddr,
    serve: Serve,
    /// Its counters, across restarts.
    pub stats: Arc<SinkStats>,
    /// The accept loop (owning every connection) while up.
    serving: Option<JoinHandle<()>>,
}

impl Origin {
    /// Binds a port on `ip` (not listening yet: call [`Origin::start`]).
    pub fn bind(ip: IpAddr, payload: Payload, tls: Option<Arc<ServerConfig>>) -> Result<Self> {
        let new = || -> io::Result<socket2::Socket> {
            let socket = socket2::Socket::new(
                socket2::Domain::for_address(SocketAddr::new(ip, 0)),
                socket2::Type::STREAM,
                None,
            )?;
            socket.set_reuse_port(true)?;
            Ok(socket)
        };
        let finder = new()?;
        finder.bind(&SocketAddr::new(ip, 0).into())?;
        let addr = finder.local_addr()?.as_socket().context("an IP socket address")?;
        let socket = new()?;
        socket.bind(&addr.into())?;
        drop(finder);
        let serve = Serve::new(payload, tls)?;
        Ok(Self { socket, addr, serve, stats: Arc::default(), serving: None })
    }

    /// Listens and serves (again).
    pub fn start(&mut self) -> Result<()> {
        if self.serving.is_some() {
            return Ok(());
        }
        self.socket.listen(BACKLOG as i32)?;
        let listener: std::net::TcpListener = self.socket.try_clone()?.into();
        listener.set_nonblocking(true)?;
        let listener = TcpListener::from_std(listener)?;
        let task = accept_loop(listener, self.serve.clone(), self.stats.clone());
        self.serving = Some(tokio::spawn(task));
        Ok(())
    }

    /// Cuts every connection and stops listening; returns how many were open. The port
    /// stays bound: connecting to it is refused until [`Origin::start`].
    pub async fn stop(&mut self) -> Result<i64> {
        let Some(serving) = self.serving.take() else { return Ok(0) };
        let open = self.stats.open.load(Relaxed);
        serving.abort();
        // Once the task is gone, so are its connections (dropped = closed) and its
        // registration of the listening socket.
        let _ = serving.await;
        self.socket.shutdown(std::net::Shutdown::Read)?;
        Ok(open)
    }
}

impl Drop for Origin {
    fn drop(&mut self) {
        if let Some(serving) = &self.serving {
            serving.abort();
        }
    }
}

/// How a sink serves each connection, made once at start and shared by all of them.
#[derive(Clone)]
enum Serve {
    /// Answers the canned ClientHello with this canned ServerHello record.
    Raw(Arc<[u8]>),
    /// [`Payload::Opaque`].
    Opaque(TlsAcceptor),
    /// [`Payload::Tls`].
    Tls(TlsAcceptor),
}

impl Serve {
    /// `tls` (a generated certificate when none) accepts handshakes, or for raw makes the
    /// one ServerHello record every raw tunnel is answered with.
    fn new(payload: Payload, tls: Option<Arc<ServerConfig>>) -> Result<Self> {
        let config = match tls {
            Some(config) => config,
            None => crate::tls::server_config(None, None)?,
        };
        Ok(match payload {
            Payload::Raw => Self::Raw(crate::tls::canned_server_hello(config)?.into()),
            Payload::Opaque => Self::Opaque(TlsAcceptor::from(config)),
            Payload::Tls => Self::Tls(TlsAcceptor::from(config)),
        })
    }
}

/// Accepts until the task is dropped; the connections are its children, so dropping the
/// task closes them all (a dropped sink, a stopped origin).
async fn accept_loop(listener: TcpListener, serve: Serve, stats: Arc<SinkStats>) {
    let mut connections = JoinSet::new();
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(_) => {
                // Out of fds or similar: back off briefly instead of spinning.
                tokio::time::sleep(Duration::from_millis(20)).await;
                continue;
            }
        };
        while connections.try_join_next().is_some() {}
        let _ = stream.set_nodelay(true);
        stats.accepted.fetch_add(1, Relaxed);
        let open = Open::count(&stats);
        let stats = stats.clone();
        let serve = serve.clone();
        connections.spawn(async move {
            let _open = open;
            let result = match serve {
                Serve::Raw(server_hello) => serve_raw(stream, &server_hello, &stats).await,
                Serve::Opaque(a) => serve_opaque(stream, a, &stats).await,
                Serve::Tls(a) => serve_tls(stream, a, &stats).await,
            };
            if let Err(e) = result {
                if std::env::var_os("LOADTEST_DEBUG").is_some() {
                    eprintln!("sink: {e}");
                }
                stats.errors.fetch_add(1, Relaxed);
            }
        });
    }
}

/// One open connection in [`SinkStats::open`], however its task ends (finished or cut).
struct Open(Arc<SinkStats>);

impl Open {
    fn count(stats: &Arc<SinkStats>) -> Self {
        stats.open.fetch_add(1, Relaxed);
        Self(stats.clone())
    }
}

impl Drop for Open {
    fn drop(&mut self) {
        self.0.open.fetch_sub(1, Relaxed);
    }
}

/// Real TLS end to end: 8-byte length, bytes, 8-byte ack.
async fn serve_tls(stream: TcpStream, acceptor: TlsAcceptor, stats: &SinkStats) -> io::Result<()> {
    let mut tls = acceptor.accept(stream).await?;
    let mut scratch = vec![0u8; READ_BUFFER];
    loop {
        let mut len = [0u8; 8];
        match tls.read_exact(&mut len).await {
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(()),
            Err(e) => return Err(e),
        }
        let n = u64::from_be_bytes(len);
        wire::skip(&mut tls, n as usize, &mut scratch).await?;
        tls.write_all(&len).await?;
        tls.flush().await?;
        stats.acked.fetch_add(1, Relaxed);
        stats.bytes.fetch_add(n, Relaxed);
    }
}

/// Real handshake, then cleartext records: the barrier, then uploads and acks.
async fn serve_opaque(stream: TcpStream, acceptor: TlsAcceptor, stats: &SinkStats) -> io::Result<()> {
    let tls = acceptor.accept(stream).await.map_err(|e| io::Error::other(format!("accept: {e}")))?;
    let (mut tcp, conn) = tls.into_inner();
    barrier(&mut tcp, &conn, Side::Server).await?;
    let (rd, mut wr) = tcp.split();
    let mut rd = BufReader::with_capacity(READ_BUFFER, rd);
    let mut scratch = vec![0u8; READ_BUFFER];
    loop {
        let Some((kind, first)) = wire::read_record_header(&mut rd).await? else {
            return Ok(());
        };
        if kind != wire::APPLICATION_DATA || first < 8 {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "upload must start with a record of 8+ bytes",
            ));
        }
        let mut len = [0u8; 8];
        rd.read_exact(&mut len).await?;
        let n = u64::from_be_bytes(len);
        wire::skip(&mut rd, first - 8, &mut scratch).await?;
        let mut remaining = (n + 8).saturating_sub(first as u64);
        while remaining > 0 {
            let (_, l) = wire::read_record_header(&mut rd).await?.ok_or(io::ErrorKind::UnexpectedEof)?;
            wire::skip(&mut rd, l, &mut scratch).await?;
            remaining = remaining.saturating_sub(l as u64);
        }
        wr.write_all(&wire::control_record(len)).await?;
        stats.acked.fetch_add(1, Relaxed);
        stats.bytes.fetch_add(n, Relaxed);
    }
}

/// Canned ClientHello, the canned ServerHello back, then records until `BYE` (answered
/// with the byte count, then the sink closes first) or end of stream.
async fn serve_raw(stream: TcpStream, server_hello: &[u8], stats: &SinkStats) -> io::Result<()> {
    let mut stream = stream;
    let (rd, mut wr) = stream.split();
    let mut rd = BufReader::with_capacity(READ_BUFFER, rd);
    let mut scratch = vec![0u8; READ_BUFFER];
    let (kind, len) = wire::read_record_header(&mut rd).await?.ok_or(io::ErrorKind::UnexpectedEof)?;
    if kind != wire::HANDSHAKE {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "raw tunnels start with a ClientHello"));
    }
    wire::skip(&mut rd, len, &mut scratch).await?;
    wr.write_all(server_hello).await?;
    let mut received: u64 = 0;
    while let Some((_, len)) = wire::read_record_header(&mut rd).await? {
        if len == 8 {
            let mut payload = [0u8; 8];
            rd.read_exact(&mut payload).await?;
            if payload == wire::BYE {
                wr.write_all(&wire::control_record(received.to_be_bytes())).await?;
                break;
            }
        } else {
            wire::skip(&mut rd, len, &mut scratch).await?;
        }
        received += len as u64;
        stats.bytes.fetch_add(len as u64, Relaxed);
    }
    stats.acked.fetch_add(1, Relaxed);
    Ok(())
}

/// Which end of the tunnel runs [`barrier`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The agent.
    Client,
    /// The sink.
    Server,
}

/// After the handshake, the end that received the last handshake flight writes a
/// cleartext barrier record and the other end reads it. The writer's peer has by then
/// stopped reading through TLS, so no cleartext byte can be swallowed by a TLS layer.
/// The client sends the last flight in TLS 1.3 and in a resumed TLS 1.2 handshake;
/// the server does in a full TLS 1.2 handshake.
pub async fn barrier(tcp: &mut TcpStream, tls: &rustls::CommonState, side: Side) -> io::Result<()> {
    let server_writes = tls.protocol_version() == Some(ProtocolVersion::TLSv1_3)
        || tls.handshake_kind() == Some(rustls::HandshakeKind::Resumed);
    if server_writes == (side == Side::Server) {
        tcp.write_all(&wire::control_record(wire::BARRIER)).await
    } else if wire::read_control(tcp).await? == wire::BARRIER {
        Ok(())
    } else {
        Err(io::Error::new(io::ErrorKind::InvalidData, "expected the barrier record"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn an_origin_restarts_on_its_port_and_nobody_takes_it_meanwhile() {
        let mut origin = Origin::bind(IpAddr::from([127, 0, 0, 1]), Payload::Raw, None).unwrap();
        origin.start().unwrap();
        let mut held = TcpStream::connect(origin.addr).await.unwrap();
        // The raw sink answers a ClientHello record with its ServerHello record: the
        // connection is served.
        held.write_all(&[wire::HANDSHAKE, 3, 1, 0, 1, 0]).await.unwrap();
        assert_eq!(wire::read_record(&mut held).await.unwrap(), wire::HANDSHAKE);

        assert_eq!(origin.stop().await.unwrap(), 1);
        let mut rest = Vec::new();
        let cut = held.read_to_end(&mut rest).await;
        assert!(cut.is_err() || rest.is_empty(), "the open connection was cut: {cut:?}");
        let refused = TcpStream::connect(origin.addr).await.unwrap_err();
        assert_eq!(refused.kind(), io::ErrorKind::ConnectionRefused);
        let taken = std::net::TcpListener::bind(origin.addr);
        assert!(taken.is_err(), "the port stays the origin's while it is down");

        origin.start().unwrap();
        let mut again = TcpStream::connect(origin.addr).await.unwrap();
        again.write_all(&[wire::HANDSHAKE, 3, 1, 0, 1, 0]).await.unwrap();
        assert_eq!(wire::read_record(&mut again).await.unwrap(), wire::HANDSHAKE);
        assert_eq!(origin.stats.accepted.load(Relaxed), 2);
    }
}
