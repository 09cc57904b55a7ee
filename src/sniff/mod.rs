//! sniff: read the TLS handshake inside a tunnel and decide, without decrypting.
//!
//! Runs after the `200` and before the splice. It reads the client's ClientHello (joined
//! across records and TCP segments, bounded by [`record::MAX_CLIENT_HELLO`]), checks the
//! version and SNI, and then always reads the server's first handshake message, because
//! when that is a HelloRetryRequest the client sends a second ClientHello, which the
//! server acts on: that one passes the same checks and may not change the SNI (otherwise
//! a client could front another domain past `sni_policy = "match"`). A ServerHello that
//! is already whole in the socket (nearly always) is only peeked at, so the splice still
//! relays it zero-copy and counts it; anything else is read and relayed as it arrives.
//! When `client_certificate_policy` asks, or an `[[identity]]` is bound to a certificate
//! ([`Expected::certificate`]), the step goes on to relay the server's first
//! flight and read the client's second flight up to its Certificate message. Every byte
//! read from a side is written to the other side exactly once, in order, before
//! [`handshake`] returns `Ok`, so the caller switches to splicing the raw sockets with
//! nothing lost. Bytes the decision is about (each ClientHello, the client's certificate
//! flight) are held back until it passes; on `Err` the caller closes both sockets.
//!
//! Files: `record` (framing, reassembly, bounds), `hello` (ClientHello), `server` (the
//! server's reply and first flight), `cert` (TLS ≤ 1.2 client certificate), `rules` (the
//! config-driven checks), `error`.

pub mod cert;
mod error;
pub mod hello;
pub mod record;
pub mod rules;
pub mod server;
pub mod version;

use std::future::Future;
use std::io;
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;

pub use cert::ClientCertificate;
pub use error::{NotVisible, SniffError};
pub use hello::{ClientHello, ClientHelloReader, parse_client_hello};
pub use rules::{BadRuleValue, CertAllowlist, ClientCertPolicy, NameAllowed, SniPolicy, TlsRules};
pub use version::TlsVersion;

use crate::connect::Target;
use crate::fault::Side;

use cert::{ClientFlight, ClientFlightEnd};
use record::{MAX_CLIENT_HELLO, MAX_HANDSHAKE_MESSAGE, RECORD_HEADER_LEN};
use server::{ServerFlight, ServerFlightEnd, ServerReply};

/// What the handshake showed, for the 107 event and the close line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    /// The version the server selected when its reply was read (client-certificate
    /// checks on), otherwise the highest version the client offered.
    pub version: TlsVersion,
    /// The client's SNI, as sent.
    pub sni: Option<String>,
    /// The allowed client certificate's subject DN, when one was checked. Came off the
    /// wire: escape it when logging.
    pub client_subject: Option<String>,
    /// The `[[identity]]` the client certificate is bound to (`certificate=…`), when one is.
    pub identity: Option<std::sync::Arc<str>>,
    /// Bytes the step forwarded itself (the hellos, a retried handshake, certificate
    /// flights), which the splice after it does not see: the close line adds them.
    pub forwarded: Forwarded,
}

/// Bytes written each way before the splice took over.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Forwarded {
    /// To the destination.
    pub up: u64,
    /// To the agent.
    pub down: u64,
}

/// Size of one socket read while following the handshake: one TLS record plus header.
const READ_CHUNK: usize = 16 * 1024 + 5;

/// What one tunnel's handshake is checked against.
pub struct Expected<'a> {
    /// The CONNECT target: under `sni_policy = "match"` the SNI must name its host.
    pub target: &'a Target,
    /// The version, SNI and client-certificate rules in force for this tunnel.
    pub rules: &'a TlsRules,
    /// Answers `sni_policy = "allowlist"` for a name other than the target's.
    pub name_allowed: &'a NameAllowed<'a>,
    /// The checks must be done within this (`header_timeout`).
    pub within: Duration,
    /// When some `[[identity]]` is bound to a certificate: what the identity of the
    /// agent's certificate says of this target. The certificate flight is then read
    /// (TLS ≤ 1.2) and held back until this allows it.
    pub certificate: Option<&'a CertificateCheck<'a>>,
}

/// The destination side as this step reads and writes it: the destination's socket,
/// or TLS to an `https://` relay proxy with the tunnel inside.
pub trait Upstream: AsyncRead + AsyncWrite + Unpin + Send {
    /// Copies bytes waiting to be read into `buf` without reading them, once there is at
    /// least one (0 at EOF); `None` when this stream cannot look ahead, and the server's
    /// reply is then read and relayed as it arrives.
    fn peek<'a>(
        &'a mut self,
        buf: &'a mut [u8],
    ) -> impl Future<Output = io::Result<Option<usize>>> + Send + 'a;
}

impl Upstream for TcpStream {
    /// `MSG_PEEK`.
    async fn peek(&mut self, buf: &mut [u8]) -> io::Result<Option<usize>> {
        TcpStream::peek(self, buf).await.map(Some)
    }
}

/// What the certificate check found for a tunnel's target (the policy's `[[identity]]`
/// bindings answer it; this step only acts on the answer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CertBinding {
    /// No `[[identity]]` names this certificate: the global allowlist already decided.
    Unbound,
    /// The certificate's identity may reach the target.
    Allows(std::sync::Arc<str>),
    /// The certificate's identity may not reach the target.
    Refuses(std::sync::Arc<str>),
}

/// Looks up the identity a client certificate is bound to, for one tunnel's target.
pub type CertificateCheck<'a> = dyn Fn(&ClientCertificate) -> CertBinding + Sync + 'a;

/// Reads and checks the TLS handshake of one tunnel, forwarding every byte it reads.
///
/// `early` holds bytes the client sent after the CONNECT head (a pipelined hello).
pub async fn handshake(
    client: &mut TcpStream,
    upstream: &mut impl Upstream,
    early: &[u8],
    expected: &Expected<'_>,
) -> Result<Verified, SniffError> {
    let mut during = Step::ClientHello;
    let steps = Steps { client, upstream, during: &mut during, forwarded: Forwarded::default() };
    match tokio::time::timeout(expected.within, steps.run(early, expected)).await {
        Ok(result) => result,
        Err(_) => Err(SniffError::Timeout { during: during.name(), after: expected.within }),
    }
}

/// The sockets and the name of the step being read (for the timeout message).
struct Steps<'a, U> {
    client: &'a mut TcpStream,
    upstream: &'a mut U,
    during: &'a mut Step,
    forwarded: Forwarded,
}

/// The parts of the handshake `handshake` reads, in order.
#[derive(Debug, Clone, Copy)]
enum Step {
    ClientHello,
    ServerReply,
    SecondClientHello,
    ServerFlight,
    CertificateFlight,
}

impl Step {
    fn name(self) -> &'static str {
        match self {
            Step::ClientHello => "the ClientHello",
            Step::ServerReply => "the server's reply to the ClientHello",
            Step::SecondClientHello => "the second ClientHello (after a HelloRetryRequest)",
            Step::ServerFlight => "the server's first flight",
            Step::CertificateFlight => "the client's certificate flight",
        }
    }
}

impl<U: Upstream> Steps<'_, U> {
    /// The handshake step being read, for error messages.
    fn step(&self) -> &'static str {
        self.during.name()
    }

    async fn run(mut self, early: &[u8], expected: &Expected<'_>) -> Result<Verified, SniffError> {
        let rules = expected.rules;
        let mut chunk = Chunk::default();
        // 1. The ClientHello, held back until version and SNI pass.
        let mut held = early.to_vec();
        let hello = self.client_hello(ClientHelloReader::new(), &mut held, &mut chunk).await?;
        rules.check_version(&hello)?;
        rules.check_sni(hello.sni.as_deref(), expected.target, expected.name_allowed)?;
        // Only the hello goes up now; anything the client sent after it waits for the decision.
        self.forward_held(&mut held, hello.consumed).await?;
        chunk.release();

        // 2. The server's reply. Nearly always a ServerHello whole in the socket at the first
        //    look: peeked at, it stays there for the splice. Otherwise it is read and
        //    relayed as it arrives, and a HelloRetryRequest brings a second ClientHello,
        //    held back and checked like the first (same SNI).
        *self.during = Step::ServerReply;
        let peeked = self.peek_server_hello(&mut chunk).await?;
        let mut server = ServerFlight::new();
        if peeked.is_none()
            && self.follow_server(&mut server, &mut chunk, ServerFlight::poll_hello).await?
                == ServerReply::HelloRetryRequest
        {
            *self.during = Step::SecondClientHello;
            let second = self.client_hello(ClientHelloReader::after_retry(), &mut held, &mut chunk).await?;
            rules.check_second_hello(&hello, &second, expected.target, expected.name_allowed)?;
            self.forward_held(&mut held, second.consumed).await?;
            // The answer to it (a second HelloRetryRequest is refused by the follower).
            *self.during = Step::ServerReply;
            self.follow_server(&mut server, &mut chunk, ServerFlight::poll_hello).await?;
        }
        let mut verified = Verified {
            version: hello.highest_version,
            sni: hello.sni,
            client_subject: None,
            identity: None,
            forwarded: Forwarded::default(),
        };
        if rules.client_certificate_policy == ClientCertPolicy::Off && expected.certificate.is_none() {
            self.send_up(&held).await?;
            verified.forwarded = self.forwarded;
            return Ok(verified);
        }

        // 3. The rest of the server's first flight, relayed as it arrives (a peeked TLS 1.3
        //    ServerHello already says no certificate will show).
        *self.during = Step::ServerFlight;
        let server_end = match peeked {
            Some(TlsVersion::Tls13) => ServerFlightEnd::Tls13,
            _ => self.follow_server(&mut server, &mut chunk, ServerFlight::poll).await?,
        };

        // 4. The client's second flight, held back until its certificate passes.
        let seen = match server_end {
            ServerFlightEnd::Tls13 => {
                verified.version = TlsVersion::Tls13;
                ClientFlightEnd::NotVisible(NotVisible::Tls13)
            }
            ServerFlightEnd::Resumed { version } => {
                verified.version = version;
                ClientFlightEnd::NotVisible(NotVisible::Resumed)
            }
            ServerFlightEnd::ClientsTurn { version, .. } => {
                verified.version = version;
                *self.during = Step::CertificateFlight;
                let mut flight = ClientFlight::new();
                flight.push(&held);
                loop {
                    if let Some(end) = flight.poll()? {
                        break end;
                    }
                    // Bounded by the reader's message limit plus one record of framing.
                    if held.len() > MAX_HANDSHAKE_MESSAGE + READ_CHUNK {
                        return Err(SniffError::TooBig { side: Side::Client, limit: MAX_HANDSHAKE_MESSAGE });
                    }
                    let chunk = chunk.get();
                    let n = read_chunk(self.client, chunk, Side::Client, self.step()).await?;
                    held.extend_from_slice(&chunk[..n]);
                    flight.push(&chunk[..n]);
                }
            }
        };
        let seen = match &seen {
            ClientFlightEnd::Certificate(cert) => Ok(cert),
            ClientFlightEnd::NotVisible(why) => Err(*why),
        };
        verified.client_subject = rules.check_client_certificate(seen)?;
        if let (Some(check), Ok(cert)) = (expected.certificate, seen) {
            match check(cert) {
                CertBinding::Unbound => {}
                CertBinding::Allows(identity) => {
                    verified.client_subject.get_or_insert_with(|| cert.subject.clone());
                    verified.identity = Some(identity);
                }
                CertBinding::Refuses(identity) => {
                    let (subject, target) = (cert.subject.clone(), expected.target.to_string());
                    return Err(SniffError::NotForIdentity { subject, identity, target });
                }
            }
        }
        self.send_up(&held).await?;
        verified.forwarded = self.forwarded;
        Ok(verified)
    }

    /// Reads the client until `reader` (fresh) has a whole ClientHello. `held` starts with
    /// the client's bytes not yet forwarded and keeps everything read.
    async fn client_hello(
        &mut self,
        mut reader: ClientHelloReader,
        held: &mut Vec<u8>,
        chunk: &mut Chunk,
    ) -> Result<ClientHello, SniffError> {
        reader.push(held);
        loop {
            if let Some(hello) = reader.poll()? {
                return Ok(hello);
            }
            if held.len() >= MAX_CLIENT_HELLO {
                return Err(SniffError::TooBig { side: Side::Client, limit: MAX_CLIENT_HELLO });
            }
            // Nothing is held while the agent is silent; then one read.
            let during = self.step();
            self.client.readable().await.map_err(|source| SniffError::Io {
                side: Side::Client,
                during,
                source,
            })?;
            let chunk = chunk.get();
            let n = read_chunk(self.client, chunk, Side::Client, during).await?;
            held.extend_from_slice(&chunk[..n]);
            reader.push(&chunk[..n]);
        }
    }

    /// Writes `bytes` to the destination, counting them.
    async fn send_up(&mut self, bytes: &[u8]) -> Result<(), SniffError> {
        let during = self.step();
        write(self.upstream, bytes, Side::Upstream, during).await?;
        self.forwarded.up += bytes.len() as u64;
        Ok(())
    }

    /// Writes `bytes` to the agent, counting them.
    async fn send_down(&mut self, bytes: &[u8]) -> Result<(), SniffError> {
        let during = self.step();
        write(self.client, bytes, Side::Client, during).await?;
        self.forwarded.down += bytes.len() as u64;
        Ok(())
    }

    /// Sends the first `len` held bytes (a hello that passed) upstream and drops them.
    async fn forward_held(&mut self, held: &mut Vec<u8>, len: usize) -> Result<(), SniffError> {
        self.send_up(&held[..len]).await?;
        held.drain(..len);
        Ok(())
    }

    /// The version of the server's ServerHello when it is already whole in the socket as
    /// its first record (and no HelloRetryRequest), looked at with `MSG_PEEK`: left
    /// unread, it reaches the client through the splice, zero-copy and counted in the
    /// close line like the rest. `None` when the reply must be read instead.
    async fn peek_server_hello(&mut self, chunk: &mut Chunk) -> Result<Option<TlsVersion>, SniffError> {
        // The wait for the server holds five bytes, not the chunk.
        let mut header = [0; RECORD_HEADER_LEN];
        let Some(seen) = self.peek(&mut header).await? else {
            return Ok(None);
        };
        if seen < RECORD_HEADER_LEN || header[0] != record::CONTENT_HANDSHAKE {
            return Ok(None);
        }
        let len = RECORD_HEADER_LEN + usize::from(u16::from_be_bytes([header[3], header[4]]));
        let Some(record) = chunk.get().get_mut(..len) else {
            return Ok(None);
        };
        let Some(n) = self.peek(record).await? else {
            return Ok(None);
        };
        Ok(server::whole_server_hello(&record[..n]))
    }

    /// Copies the first bytes waiting from upstream into `buf` without reading them,
    /// once there is at least one (0 at EOF).
    async fn peek(&mut self, buf: &mut [u8]) -> Result<Option<usize>, SniffError> {
        let (side, during) = (Side::Upstream, self.step());
        Upstream::peek(self.upstream, buf).await.map_err(|source| SniffError::Io { side, during, source })
    }

    /// Reads the server, relaying each read to the client before looking at it, until
    /// `poll` answers.
    async fn follow_server<T>(
        &mut self,
        server: &mut ServerFlight,
        chunk: &mut Chunk,
        poll: fn(&mut ServerFlight) -> Result<Option<T>, SniffError>,
    ) -> Result<T, SniffError> {
        loop {
            if let Some(answer) = poll(server)? {
                return Ok(answer);
            }
            let chunk = chunk.get();
            let n = read_chunk(self.upstream, chunk, Side::Upstream, self.step()).await?;
            self.send_down(&chunk[..n]).await?;
            server.push(&chunk[..n]);
        }
    }
}

/// The handshake's read buffer, allocated when bytes are there to read and released
/// while the server is awaited: in a reconnect storm thousands of tunnels wait for
/// their ClientHello or their server at once, and each would otherwise hold 16 KiB.
#[derive(Default)]
struct Chunk(Vec<u8>);

impl Chunk {
    fn get(&mut self) -> &mut [u8] {
        if self.0.is_empty() {
            self.0 = vec![0; READ_CHUNK];
        }
        &mut self.0
    }

    fn release(&mut self) {
        self.0 = Vec::new();
    }
}

/// One read into `chunk`; EOF is [`SniffError::Closed`].
async fn read_chunk(
    stream: &mut (impl AsyncRead + Unpin),
    chunk: &mut [u8],
    side: Side,
    during: &'static str,
) -> Result<usize, SniffError> {
    match stream.read(chunk).await {
        Ok(0) => Err(SniffError::Closed { side, during }),
        Ok(n) => Ok(n),
        Err(source) => Err(SniffError::Io { side, during, source }),
    }
}

/// Writes all of `bytes` and flushes them (TLS to a relay holds them otherwise; a
/// socket's flush is nothing).
async fn write(
    stream: &mut (impl AsyncWrite + Unpin),
    bytes: &[u8],
    side: Side,
    during: &'static str,
) -> Result<(), SniffError> {
    let io = |source| SniffError::Io { side, during, source };
    stream.write_all(bytes).await.map_err(io)?;
    stream.flush().await.map_err(io)
}

#[cfg(test)]
mod tests;
