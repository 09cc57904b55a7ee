//! TLS to an `https://` relay proxy: the gateway is the TLS client, the relay's
//! certificate must be valid for the relay's host as configured (which is also the
//! SNI), and the tunnel's CONNECT and bytes travel inside. Roots: the system's trust
//! store (where a site installs its own CA), or `relay_ca_file` alone. Built once per
//! configuration, only when an `https://` relay is configured.

use std::path::Path;
use std::sync::Arc;

use rustls::ClientConfig;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName};
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;
use tokio_rustls::client::TlsStream;

use crate::connect::Host;

/// The TLS client settings for relays: `ca_file`'s certificates as the only roots, or
/// the system's when `None`.
pub fn client_config(ca_file: Option<&Path>) -> Result<Arc<ClientConfig>, String> {
    let mut roots = rustls::RootCertStore::empty();
    match ca_file {
        Some(path) => {
            let certs = CertificateDer::pem_file_iter(path)
                .and_then(|certs| certs.collect::<Result<Vec<_>, _>>())
                .map_err(|e| {
                    format!("relay_ca_file {:?} cannot be read as PEM certificates: {e}", path.display())
                })?;
            if certs.is_empty() {
                return Err(format!("relay_ca_file {:?} holds no certificate", path.display()));
            }
            for cert in certs {
                roots.add(cert).map_err(|e| {
                    format!("relay_ca_file {:?}: a certificate is not a usable CA: {e}", path.display())
                })?;
            }
        }
        None => {
            let found = rustls_native_certs::load_native_certs();
            let (added, _) = roots.add_parsable_certificates(found.certs);
            if added == 0 {
                let why = found.errors.first().map(|e| format!(" ({e})")).unwrap_or_default();
                return Err(format!(
                    "an https:// relay proxy needs trusted roots, and the system's store has none{why}; install ca-certificates or set relay_ca_file"
                ));
            }
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("TLS settings for relays: {e}"))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(Arc::new(config))
}

/// The TLS handshake with the relay at `host` on `tcp`.
pub async fn handshake(
    tcp: TcpStream,
    host: &Host,
    config: &Arc<ClientConfig>,
) -> std::io::Result<TlsStream<TcpStream>> {
    let name = match host {
        Host::Name(n) => ServerName::try_from(n.to_string()).map_err(std::io::Error::other)?,
        Host::Ip(ip) => ServerName::IpAddress((*ip).into()),
    };
    TlsConnector::from(config.clone()).connect(name, tcp).await
}
