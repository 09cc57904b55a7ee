//! Which way a tunnel leaves the gateway: straight to the destination, or through the
//! operator's relay proxy (the seed's `Set-OMSGatewayRelayProxy`), as in isolated
//! networks where only a corporate proxy reaches the Internet.

use std::fmt;

use crate::connect::Target;

/// How tunnels reach their destination.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// Resolve and connect from this node.
    Direct,
    /// Send `CONNECT` to the relay proxy, which resolves and connects.
    RelayProxy(RelayProxy),
}

/// The upstream proxy and its credentials.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelayProxy {
    /// Where the relay proxy listens.
    pub address: Target,
    /// Basic credentials, when the relay proxy asks for them.
    pub credentials: Option<Credentials>,
}

/// Basic-auth credentials; the password never reaches `Debug`, `Display` or a log.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    pub username: String,
    password: String,
}

impl Credentials {
    /// Credentials for `Proxy-Authorization: Basic`.
    pub fn new(username: String, password: String) -> Credentials {
        Credentials { username, password }
    }

    /// The `Proxy-Authorization` header value.
    pub fn header_value(&self) -> String {
        use base64::Engine;
        let token =
            base64::engine::general_purpose::STANDARD.encode(format!("{}:{}", self.username, self.password));
        format!("Basic {token}")
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("username", &self.username)
            .field("password", &"<redacted>")
            .finish()
    }
}

impl RelayProxy {
    /// Parses `relay_proxy`: `http://host:port`, `host:port` or `[v6]:port`.
    pub fn parse_address(text: &str) -> Result<Target, String> {
        let bare = text.strip_prefix("http://").unwrap_or(text).trim_end_matches('/');
        if bare.contains("://") {
            return Err(format!(
                "relay_proxy {text:?}: only http:// relay proxies are supported (the CONNECT to the relay is plain HTTP)"
            ));
        }
        Target::parse(bare).map_err(|e| format!("relay_proxy {text:?} is not http://host:port: {e}"))
    }
}

impl fmt::Display for RelayProxy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "http://{}", self.address)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses() {
        assert_eq!(
            RelayProxy::parse_address("http://proxy.corp:3128/").unwrap().to_string(),
            "proxy.corp:3128"
        );
        assert_eq!(RelayProxy::parse_address("[fd00::1]:8080").unwrap().to_string(), "[fd00::1]:8080");
        assert!(RelayProxy::parse_address("https://proxy.corp:3128").unwrap_err().contains("only http://"));
        assert!(RelayProxy::parse_address("proxy.corp").is_err());
    }

    #[test]
    fn password_never_in_debug() {
        let c = Credentials::new("user1".into(), "s3cret".into());
        let shown = format!(
            "{c:?} {:?}",
            RelayProxy { address: Target::parse("p:1").unwrap(), credentials: Some(c.clone()) }
        );
        assert!(!shown.contains("s3cret"), "{shown}");
        assert_eq!(c.header_value(), "Basic dXNlcjE6czNjcmV0");
    }
}
