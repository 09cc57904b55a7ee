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
use crate::lang::Msg;
use crate::msg;

/// The TLS client settings for relays: `ca_file`'s certificates as the only roots, or
/// the system's when `None`.
pub fn client_config(ca_file: Option<&Path>) -> Result<Arc<ClientConfig>, Msg> {
    let mut roots = rustls::RootCertStore::empty();
    match ca_file {
        Some(path) => {
            let (key, file) = ("relay_ca_file", format!("{:?}", path.display()));
            let certs = CertificateDer::pem_file_iter(path)
                .and_then(|certs| certs.collect::<Result<Vec<_>, _>>())
                .map_err(|e| {
                    msg!("config-ca-file-not-pem", key = key, path = &file, error = e.to_string())
                })?;
            if certs.is_empty() {
                return Err(msg!("config-ca-file-empty", key = key, path = &file));
            }
            for cert in certs {
                roots.add(cert).map_err(|e| {
                    msg!("config-ca-file-unusable", key = key, path = &file, error = e.to_string())
                })?;
            }
        }
        None => {
            let found = rustls_native_certs::load_native_certs();
            let (added, _) = roots.add_parsable_certificates(found.certs);
            if added == 0 {
                let none = msg!("config-no-system-roots", https = "https://");
                let none = match found.errors.first() {
                    Some(e) => msg!("config-no-system-roots-because", problem = none, error = e.to_string()),
                    None => none,
                };
                return Err(Msg::new("config-install-roots")
                    .arg("problem", none)
                    .arg("package", "ca-certificates")
                    .arg("key", "relay_ca_file"));
            }
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| msg!("config-relay-tls-settings", error = e.to_string()))?
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
