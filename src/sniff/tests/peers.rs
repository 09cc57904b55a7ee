//! `handshake` between real rustls peers: sessions that pass and complete end to end,
//! sessions refused, and a resumed TLS 1.2 session.

use super::*;
use crate::fault::Fault;

mod setup {
    use std::sync::Arc;
    use std::time::Duration;

    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::{TcpListener, TcpStream};

    use super::*;
    use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair};
    use rustls::pki_types::{CertificateDer, PrivateKeyDer, PrivatePkcs8KeyDer, ServerName};
    use rustls::server::WebPkiClientVerifier;
    use rustls::{ClientConfig, RootCertStore, ServerConfig, SupportedProtocolVersion};
    use tokio_rustls::{TlsAcceptor, TlsConnector};

    /// A CA, a server certificate for `agent.example.com`, and two agent certificates.
    pub struct Pki {
        roots: Arc<RootCertStore>,
        server: (CertificateDer<'static>, Vec<u8>),
        pub agent: (CertificateDer<'static>, Vec<u8>),
        pub stranger: (CertificateDer<'static>, Vec<u8>),
    }

    pub fn pki() -> Pki {
        let ca_key = KeyPair::generate().unwrap();
        let mut ca = CertificateParams::new(Vec::<String>::new()).unwrap();
        ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca.distinguished_name.push(DnType::CommonName, "omsgate test CA");
        let ca_cert = ca.self_signed(&ca_key).unwrap();
        let issuer = Issuer::new(ca, ca_key);
        let leaf = |sans: Vec<String>, dn: &[(DnType, &str)]| {
            let key = KeyPair::generate().unwrap();
            let mut params = CertificateParams::new(sans).unwrap();
            params.distinguished_name = rcgen::DistinguishedName::new();
            dn.iter().for_each(|(t, v)| params.distinguished_name.push(t.clone(), *v));
            (params.signed_by(&key, &issuer).unwrap().der().clone(), key.serialize_der())
        };
        let mut roots = RootCertStore::empty();
        roots.add(ca_cert.der().clone()).unwrap();
        Pki {
            roots: Arc::new(roots),
            server: leaf(vec![HOST.into()], &[(DnType::CommonName, HOST)]),
            agent: leaf(vec![], &[(DnType::OrganizationName, "Contoso"), (DnType::CommonName, "agent-7f3a")]),
            stranger: leaf(vec![], &[(DnType::CommonName, "stranger")]),
        }
    }

    fn provider() -> Arc<rustls::crypto::CryptoProvider> {
        Arc::new(rustls::crypto::ring::default_provider())
    }

    fn key(der: &[u8]) -> PrivateKeyDer<'static> {
        PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(der.to_vec()))
    }

    pub fn server_config(
        pki: &Pki,
        versions: &[&'static SupportedProtocolVersion],
        ask_for_cert: bool,
    ) -> Arc<ServerConfig> {
        let verifier = if ask_for_cert {
            WebPkiClientVerifier::builder_with_provider(pki.roots.clone(), provider())
                .allow_unauthenticated()
                .build()
                .unwrap()
        } else {
            WebPkiClientVerifier::no_client_auth()
        };
        let config = ServerConfig::builder_with_provider(provider())
            .with_protocol_versions(versions)
            .unwrap()
            .with_client_cert_verifier(verifier)
            .with_single_cert(vec![pki.server.0.clone()], key(&pki.server.1))
            .unwrap();
        Arc::new(config)
    }

    pub fn client_config(
        pki: &Pki,
        versions: &[&'static SupportedProtocolVersion],
        cert: Option<&(CertificateDer<'static>, Vec<u8>)>,
    ) -> Arc<ClientConfig> {
        let builder = ClientConfig::builder_with_provider(provider())
            .with_protocol_versions(versions)
            .unwrap()
            .with_root_certificates(pki.roots.clone());
        Arc::new(match cert {
            Some((der, k)) => builder.with_client_auth_cert(vec![der.clone()], key(k)).unwrap(),
            None => builder.with_no_client_auth(),
        })
    }

    /// A TLS origin that answers each connection's `ping` with `pong:ping`.
    pub async fn origin(config: Arc<ServerConfig>) -> std::net::SocketAddr {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let acceptor = TlsAcceptor::from(config);
        tokio::spawn(async move {
            loop {
                let (tcp, _) = listener.accept().await.unwrap();
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    let Ok(mut tls) = acceptor.accept(tcp).await else {
                        return;
                    };
                    let mut ping = [0; 4];
                    if tls.read_exact(&mut ping).await.is_ok() {
                        let _ = tls.write_all(&[b"pong:".as_slice(), &ping].concat()).await;
                        let _ = tls.shutdown().await;
                    }
                });
            }
        });
        addr
    }

    /// One agent connection through a gateway running `handshake`: the decision, and
    /// whether the agent's TLS session completed a ping/pong end to end.
    pub async fn through_gateway(
        client: Arc<ClientConfig>,
        origin: std::net::SocketAddr,
        sni: &'static str,
        connect_host: &'static str,
        rules: TlsRules,
        pending_len: usize,
    ) -> (Result<Verified, SniffError>, Result<(), String>) {
        let (gateway_addr, gateway_task) = sniffing_gateway(origin, connect_host, rules, pending_len).await;
        let agent = async {
            let tcp = TcpStream::connect(gateway_addr).await.map_err(|e| e.to_string())?;
            let name = ServerName::try_from(sni).unwrap();
            let mut tls = TlsConnector::from(client).connect(name, tcp).await.map_err(|e| e.to_string())?;
            tls.write_all(b"ping").await.map_err(|e| e.to_string())?;
            let mut reply = Vec::new();
            tls.read_to_end(&mut reply).await.map_err(|e| e.to_string())?;
            if reply == b"pong:ping" { Ok(()) } else { Err(format!("reply {reply:?}")) }
        };
        let agent = tokio::time::timeout(Duration::from_secs(10), agent)
            .await
            .unwrap_or_else(|_| Err("agent timed out".into()));
        (gateway_task.await.unwrap(), agent)
    }
}

use rustls::version::{TLS12, TLS13};
use setup::{client_config, origin, pki, server_config, through_gateway};

const AGENT_SUBJECT: &str = "O=Contoso, CN=agent-7f3a";

#[tokio::test]
async fn rustls_sessions_pass_and_complete() {
    let pki = pki();
    let both = &[&TLS13, &TLS12][..];
    // (name, client versions, client cert, server asks, rules, expected version, subject)
    let cases = [
        ("1.3, policy off", both, None, false, TlsRules::default(), TlsVersion::Tls13, None),
        ("1.2, policy off", &[&TLS12][..], None, false, TlsRules::default(), TlsVersion::Tls12, None),
        (
            "1.2 cert allowed, when_visible",
            &[&TLS12][..],
            Some(&pki.agent),
            true,
            cert_rules(ClientCertPolicy::WhenVisible, "CN=agent-7f3a"),
            TlsVersion::Tls12,
            Some(AGENT_SUBJECT),
        ),
        (
            "1.2 cert allowed by DN, require",
            &[&TLS12][..],
            Some(&pki.agent),
            true,
            cert_rules(ClientCertPolicy::Require, "CN=agent-7f3a, O=Contoso"),
            TlsVersion::Tls12,
            Some(AGENT_SUBJECT),
        ),
        (
            "1.3 with cert, when_visible",
            both,
            Some(&pki.agent),
            true,
            cert_rules(ClientCertPolicy::WhenVisible, "CN=agent-7f3a"),
            TlsVersion::Tls13,
            None,
        ),
        (
            "1.2 without cert, when_visible",
            &[&TLS12][..],
            None,
            true,
            cert_rules(ClientCertPolicy::WhenVisible, "CN=agent-7f3a"),
            TlsVersion::Tls12,
            None,
        ),
        (
            "offers 1.3, server picks 1.2, require",
            both,
            Some(&pki.agent),
            true,
            cert_rules(ClientCertPolicy::Require, "CN=agent-7f3a"),
            TlsVersion::Tls12,
            Some(AGENT_SUBJECT),
        ),
    ];
    for (name, versions, cert, ask, rules, version, subject) in cases {
        let server_versions: &[&'static rustls::SupportedProtocolVersion] =
            if name.contains("server picks 1.2") { &[&TLS12] } else { both };
        let origin = origin(server_config(&pki, server_versions, ask)).await;
        for pending_len in [0, 3] {
            let (result, agent) = through_gateway(
                client_config(&pki, versions, cert),
                origin,
                HOST,
                HOST,
                rules.clone(),
                pending_len,
            )
            .await;
            let v = result.unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(
                (v.version, v.sni.as_deref(), v.client_subject.as_deref()),
                (version, Some(HOST), subject),
                "{name}"
            );
            assert_eq!(agent, Ok(()), "{name}: pending {pending_len}");
        }
    }
}

#[tokio::test]
async fn rustls_sessions_refused() {
    let pki = pki();
    let both = &[&TLS13, &TLS12][..];
    let only12 = &[&TLS12][..];
    // (name, versions, client cert, sni, rules, reason, message fragment)
    let cases = [
        (
            "wrong SNI",
            both,
            None,
            "evil.example.com",
            TlsRules::default(),
            "sni_mismatch",
            "differs from the CONNECT host",
        ),
        (
            "1.2 below min 1.3",
            only12,
            None,
            HOST,
            TlsRules { min_version: TlsVersion::Tls13, ..TlsRules::default() },
            "tls_version",
            "min_tls_version is TLS 1.3",
        ),
        (
            "1.2 cert not allowed",
            only12,
            Some(&pki.stranger),
            HOST,
            cert_rules(ClientCertPolicy::WhenVisible, "CN=agent-7f3a"),
            "client_certificate",
            "\"CN=stranger\"",
        ),
        (
            "1.3 under require",
            both,
            Some(&pki.agent),
            HOST,
            cert_rules(ClientCertPolicy::Require, "CN=agent-7f3a"),
            "client_certificate",
            "negotiated TLS 1.3",
        ),
        (
            "1.2 without cert under require",
            only12,
            None,
            HOST,
            cert_rules(ClientCertPolicy::Require, "CN=agent-7f3a"),
            "client_certificate",
            "sent no certificate",
        ),
    ];
    let origin = origin(server_config(&pki, both, true)).await;
    for (name, versions, cert, sni, rules, reason, text) in cases {
        let (result, agent) =
            through_gateway(client_config(&pki, versions, cert), origin, sni, HOST, rules, 0).await;
        let e = result.expect_err(name);
        assert_eq!(e.reason(), reason, "{name}: {e}");
        assert!(e.to_string().contains(text), "{name}: {e}");
        assert!(agent.is_err(), "{name}: the agent's session must not complete");
    }
}

#[tokio::test]
async fn resumed_tls12_session_shows_no_certificate() {
    let pki = pki();
    let origin = origin(server_config(&pki, &[&TLS12], true)).await;
    let client = client_config(&pki, &[&TLS12], Some(&pki.agent));
    let rules = cert_rules(ClientCertPolicy::WhenVisible, "CN=agent-7f3a");
    let (first, agent) = through_gateway(client.clone(), origin, HOST, HOST, rules.clone(), 0).await;
    assert_eq!(first.unwrap().client_subject.as_deref(), Some(AGENT_SUBJECT));
    assert_eq!(agent, Ok(()));
    let (resumed, agent) = through_gateway(client.clone(), origin, HOST, HOST, rules, 0).await;
    assert_eq!(resumed.unwrap().client_subject, None, "when_visible passes a resumed session");
    assert_eq!(agent, Ok(()));
    let (refused, _) = through_gateway(
        client,
        origin,
        HOST,
        HOST,
        cert_rules(ClientCertPolicy::Require, "CN=agent-7f3a"),
        0,
    )
    .await;
    assert!(
        matches!(refused, Err(SniffError::ClientCertNotVisible { why: NotVisible::Resumed })),
        "{refused:?}"
    );
}
