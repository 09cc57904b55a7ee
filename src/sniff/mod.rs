//! sniff: read the TLS handshake inside a tunnel and decide, without decrypting.
//!
//! Runs after the `200` and before the splice. It reads the client's ClientHello (joined
//! across records and TCP segments, bounded by [`record::MAX_CLIENT_HELLO`]), checks the
//! version and SNI, and, when `client_certificate_policy` asks, relays the server's first
//! flight and reads the client's second flight up to its Certificate message. Every byte
//! read from a side is written to the other side exactly once, in order, before
//! [`handshake`] returns `Ok`, so the caller switches to splicing the raw sockets with
//! nothing lost. Bytes the decision is about (the ClientHello, the client's certificate
//! flight) are held back until it passes; on `Err` the caller closes both sockets.
//!
//! Files: `record` (framing, reassembly, bounds), `hello` (ClientHello), `server` (the
//! server's first flight), `cert` (TLS ≤ 1.2 client certificate), `rules` (the
//! config-driven checks), `error`.

pub mod cert;
mod error;
pub mod hello;
pub mod record;
pub mod rules;
pub mod server;

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

pub use cert::ClientCertificate;
pub use error::{NotVisible, SniffError};
pub use hello::{ClientHello, ClientHelloReader, parse_client_hello};
pub use rules::{
    BadRuleValue, CertAllowlist, ClientCertPolicy, NameAllowed, SniPolicy, TlsRules, TlsVersion,
};

use crate::connect::Target;
use crate::fault::Side;

use cert::{ClientFlight, ClientFlightEnd};
use record::{MAX_CLIENT_HELLO, MAX_HANDSHAKE_MESSAGE};
use server::{ServerFlight, ServerFlightEnd};

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
}

/// Reads and checks the TLS handshake of one tunnel, forwarding every byte it reads.
///
/// `early` holds bytes the client sent after the CONNECT head (a pipelined hello).
pub async fn handshake(
    client: &mut TcpStream,
    upstream: &mut TcpStream,
    early: &[u8],
    expected: &Expected<'_>,
) -> Result<Verified, SniffError> {
    let mut during = Step::ClientHello;
    let steps = Steps { client, upstream, during: &mut during };
    match tokio::time::timeout(expected.within, steps.run(early, expected)).await {
        Ok(result) => result,
        Err(_) => Err(SniffError::Timeout { during: during.name(), after: expected.within }),
    }
}

/// The sockets and the name of the step being read (for the timeout message).
struct Steps<'a> {
    client: &'a mut TcpStream,
    upstream: &'a mut TcpStream,
    during: &'a mut Step,
}

/// The parts of the handshake `handshake` reads, in order.
#[derive(Debug, Clone, Copy)]
enum Step {
    ClientHello,
    ServerFlight,
    CertificateFlight,
}

impl Step {
    fn name(self) -> &'static str {
        match self {
            Step::ClientHello => "the ClientHello",
            Step::ServerFlight => "the server's first flight",
            Step::CertificateFlight => "the client's certificate flight",
        }
    }
}

impl Steps<'_> {
    /// The handshake step being read, for error messages.
    fn step(&self) -> &'static str {
        self.during.name()
    }

    async fn run(self, early: &[u8], expected: &Expected<'_>) -> Result<Verified, SniffError> {
        let rules = expected.rules;
        // 1. The ClientHello, held back until version and SNI pass.
        let mut held = early.to_vec();
        let mut chunk = vec![0; READ_CHUNK];
        let mut reader = ClientHelloReader::new();
        reader.push(early);
        let hello = loop {
            if let Some(hello) = reader.poll()? {
                break hello;
            }
            if held.len() >= MAX_CLIENT_HELLO {
                return Err(SniffError::TooBig { side: Side::Client, limit: MAX_CLIENT_HELLO });
            }
            let n = read_chunk(self.client, &mut chunk, Side::Client, self.step()).await?;
            held.extend_from_slice(&chunk[..n]);
            reader.push(&chunk[..n]);
        };
        rules.check_version(&hello)?;
        rules.check_sni(hello.sni.as_deref(), expected.target, expected.name_allowed)?;
        // Only the hello goes up now; anything the client sent after it waits for the decision.
        write(self.upstream, &held[..hello.consumed], Side::Upstream, self.step()).await?;
        held.drain(..hello.consumed);
        let mut verified = Verified { version: hello.highest_version, sni: hello.sni, client_subject: None };
        if rules.client_certificate_policy == ClientCertPolicy::Off {
            write(self.upstream, &held, Side::Upstream, self.step()).await?;
            return Ok(verified);
        }

        // 2. The server's first flight, relayed as it arrives.
        *self.during = Step::ServerFlight;
        let mut server = ServerFlight::new();
        let server_end = loop {
            if let Some(end) = server.poll()? {
                break end;
            }
            let n = read_chunk(self.upstream, &mut chunk, Side::Upstream, self.step()).await?;
            write(self.client, &chunk[..n], Side::Client, self.step()).await?;
            server.push(&chunk[..n]);
        };

        // 3. The client's second flight, held back until its certificate passes.
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
                    let n = read_chunk(self.client, &mut chunk, Side::Client, self.step()).await?;
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
        write(self.upstream, &held, Side::Upstream, self.step()).await?;
        Ok(verified)
    }
}

/// One read into `chunk`; EOF is [`SniffError::Closed`].
async fn read_chunk(
    stream: &mut TcpStream,
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

async fn write(
    stream: &mut TcpStream,
    bytes: &[u8],
    side: Side,
    during: &'static str,
) -> Result<(), SniffError> {
    stream.write_all(bytes).await.map_err(|source| SniffError::Io { side, during, source })
}

#[cfg(test)]
mod tests;
