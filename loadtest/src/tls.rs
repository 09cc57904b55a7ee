//! TLS for the simulated agents and the sink: ring-only rustls configs, certificates.
//!
//! The crypto provider is always passed explicitly (`builder_with_provider`) so a graph
//! that also enables aws-lc-rs cannot make rustls panic. Agents do not verify the sink's
//! chain (it is a throwaway certificate) but do check handshake signatures, so the
//! handshake costs what a real agent's does.

use std::{fs, path::Path, sync::Arc};

use anyhow::{Context, Result};
use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair};
use rustls::{
    ClientConfig, DigitallySignedStruct, ServerConfig, SignatureScheme,
    client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier},
    crypto::CryptoProvider,
    pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime, pem::PemObject},
    server::WebPkiClientVerifier,
};

/// The ring provider, shared by every config.
pub fn provider() -> Arc<CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

/// Which TLS versions a config offers.
fn versions(tls12_only: bool) -> &'static [&'static rustls::SupportedProtocolVersion] {
    static TLS12_ONLY: [&rustls::SupportedProtocolVersion; 1] = [&rustls::version::TLS12];
    if tls12_only { &TLS12_ONLY } else { rustls::DEFAULT_VERSIONS }
}

/// A client certificate and key for agents.
pub struct ClientIdentity {
    chain: Vec<CertificateDer<'static>>,
    key: PrivateKeyDer<'static>,
}

impl ClientIdentity {
    /// Loads PEM files.
    pub fn load(cert: &Path, key: &Path) -> Result<Self> {
        Ok(Self { chain: load_certs(cert)?, key: load_key(key)? })
    }
}

/// The agents' client config.
pub fn client_config(tls12_only: bool, identity: Option<ClientIdentity>) -> Result<Arc<ClientConfig>> {
    let provider = provider();
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_protocol_versions(versions(tls12_only))?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(AnyCert(provider)));
    let config = match identity {
        Some(id) => builder.with_client_auth_cert(id.chain, id.key)?,
        None => builder.with_no_client_auth(),
    };
    Ok(Arc::new(config))
}

/// The sink's server config: a generated or loaded certificate, optionally requiring
/// client certificates signed by `client_ca`. No TLS 1.3 tickets: opaque mode needs the
/// server to send nothing after its handshake that the client's TLS layer must read.
pub fn server_config(
    cert_key: Option<(&Path, &Path)>,
    client_ca: Option<&Path>,
) -> Result<Arc<ServerConfig>> {
    let provider = provider();
    let (chain, key) = match cert_key {
        Some((c, k)) => (load_certs(c)?, load_key(k)?),
        None => {
            let key = KeyPair::generate()?;
            let cert = leaf_params("localhost")?.self_signed(&key)?;
            (vec![cert.der().clone()], PrivateKeyDer::Pkcs8(key.serialize_der().into()))
        }
    };
    let builder = ServerConfig::builder_with_provider(provider.clone())
        .with_protocol_versions(rustls::DEFAULT_VERSIONS)?;
    let builder = match client_ca {
        Some(ca) => {
            let mut roots = rustls::RootCertStore::empty();
            for cert in load_certs(ca)? {
                roots.add(cert)?;
            }
            builder.with_client_cert_verifier(
                WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider).build()?,
            )
        }
        None => builder.with_no_client_auth(),
    };
    let mut config = builder.with_single_cert(chain, key)?;
    config.send_tls13_tickets = 0;
    Ok(Arc::new(config))
}

/// The server name an agent sends: SNI for a DNS name, none for an IP literal.
pub fn server_name(host: &str) -> Result<ServerName<'static>> {
    ServerName::try_from(host.to_string()).with_context(|| format!("bad TLS server name {host:?}"))
}

/// The first flight of a real rustls client: a ClientHello record, made once and
/// replayed by `bulk` and `rate` so an inspecting gateway sees TLS without any crypto.
pub fn canned_client_hello(host: &str) -> Result<Vec<u8>> {
    let mut conn = rustls::ClientConnection::new(client_config(false, None)?, server_name(host)?)?;
    let mut out = Vec::new();
    while conn.wants_write() {
        conn.write_tls(&mut out)?;
    }
    Ok(out)
}

/// A real rustls server's answer to [`canned_client_hello`], first record only: the
/// ServerHello, made once per sink so an inspecting gateway sees a TLS server answer.
/// It does not depend on the hello's host (TLS 1.3 acknowledges SNI in encrypted
/// extensions), so one record serves every client.
pub fn canned_server_hello(config: Arc<ServerConfig>) -> Result<Vec<u8>> {
    let hello = canned_client_hello("localhost")?;
    let mut conn = rustls::ServerConnection::new(config)?;
    let mut rest = &hello[..];
    while !rest.is_empty() {
        conn.read_tls(&mut rest)?;
    }
    conn.process_new_packets()?;
    let mut flight = Vec::new();
    while conn.wants_write() {
        conn.write_tls(&mut flight)?;
    }
    let header = flight.get(..crate::wire::RECORD_HEADER).context("rustls wrote no reply")?;
    anyhow::ensure!(
        header[0] == crate::wire::HANDSHAKE,
        "rustls's reply does not start with a handshake record"
    );
    let len = crate::wire::RECORD_HEADER + u16::from_be_bytes([header[3], header[4]]) as usize;
    anyhow::ensure!(flight.len() >= len, "rustls's first record is cut short");
    flight.truncate(len);
    Ok(flight)
}

/// `gen-certs`: a CA, a server certificate for localhost/127.0.0.1 and a client
/// certificate `CN=agent-loadtest`, as PEM files in `dir`.
pub fn generate_files(dir: &Path) -> Result<()> {
    fs::create_dir_all(dir)?;
    let ca_key = KeyPair::generate()?;
    let mut ca_params = CertificateParams::new(Vec::<String>::new())?;
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params.distinguished_name.push(DnType::CommonName, "omsgate-loadtest CA");
    let ca_cert = ca_params.self_signed(&ca_key)?;
    let issuer = Issuer::new(ca_params, ca_key);
    let server_key = KeyPair::generate()?;
    let server = leaf_params("localhost")?.signed_by(&server_key, &issuer)?;
    let client_key = KeyPair::generate()?;
    let mut client_params = CertificateParams::new(Vec::<String>::new())?;
    client_params.distinguished_name.push(DnType::CommonName, "agent-loadtest");
    let client = client_params.signed_by(&client_key, &issuer)?;
    for (name, text) in [
        ("ca.pem", ca_cert.pem()),
        ("server.pem", server.pem()),
        ("server.key", server_key.serialize_pem()),
        ("client.pem", client.pem()),
        ("client.key", client_key.serialize_pem()),
    ] {
        fs::write(dir.join(name), text)?;
    }
    Ok(())
}

fn leaf_params(cn: &str) -> Result<CertificateParams> {
    let mut params = CertificateParams::new(vec![cn.to_string(), "127.0.0.1".to_string()])?;
    params.distinguished_name.push(DnType::CommonName, cn);
    Ok(params)
}

fn load_certs(path: &Path) -> Result<Vec<CertificateDer<'static>>> {
    CertificateDer::pem_file_iter(path)
        .with_context(|| format!("reading {}", path.display()))?
        .collect::<Result<Vec<_>, _>>()
        .with_context(|| format!("parsing {}", path.display()))
}

fn load_key(path: &Path) -> Result<PrivateKeyDer<'static>> {
    PrivateKeyDer::from_pem_file(path).with_context(|| format!("reading key {}", path.display()))
}

/// Accepts any server certificate but verifies the handshake signatures.
#[derive(Debug)]
struct AnyCert(Arc<CryptoProvider>);

impl ServerCertVerifier for AnyCert {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canned_hello_is_one_handshake_record() {
        let hello = canned_client_hello("localhost").unwrap();
        assert_eq!(hello[0], crate::wire::HANDSHAKE);
        let len = u16::from_be_bytes([hello[3], hello[4]]) as usize;
        assert_eq!(hello.len(), 5 + len);
    }

    #[test]
    fn canned_server_hello_is_one_tls13_server_hello_record() {
        let record = canned_server_hello(server_config(None, None).unwrap()).unwrap();
        assert_eq!(record[0], crate::wire::HANDSHAKE);
        let len = u16::from_be_bytes([record[3], record[4]]) as usize;
        assert_eq!(record.len(), 5 + len, "exactly one whole record");
        // One ServerHello message (type 2) filling the record.
        let msg = &record[5..];
        assert_eq!(msg[0], 2);
        assert_eq!(u32::from_be_bytes([0, msg[1], msg[2], msg[3]]) as usize, msg.len() - 4);
        // Not a HelloRetryRequest (fixed random, RFC 8446 §4.1.3), and it selects TLS 1.3
        // (supported_versions = 0x0304).
        assert_ne!(msg[6..10], [0xcf, 0x21, 0xad, 0x74]);
        assert!(msg.windows(6).any(|w| w == [0x00, 0x2b, 0x00, 0x02, 0x03, 0x04]), "{msg:02x?}");
    }

    #[test]
    fn generated_files_load() {
        let dir = tempfile::tempdir().unwrap();
        generate_files(dir.path()).unwrap();
        server_config(
            Some((&dir.path().join("server.pem"), &dir.path().join("server.key"))),
            Some(&dir.path().join("ca.pem")),
        )
        .unwrap();
        let id =
            ClientIdentity::load(&dir.path().join("client.pem"), &dir.path().join("client.key")).unwrap();
        client_config(true, Some(id)).unwrap();
    }
}
