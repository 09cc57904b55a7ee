//! The agent's `Proxy-Authorization` header, read from the CONNECT head: kept as sent
//! (the authenticator's cache is keyed by it) and, for the Basic scheme, decoded into
//! user and password (RFC 7617) only when asked — a cached check never decodes.
//! Deciding whether they are right is `policy::auth`'s job; nothing here logs or prints
//! the password (`Debug` shows the user only).

use std::fmt;

use base64::Engine;

/// Longest `Proxy-Authorization` value kept; the head cap bounds it anyway.
const MAX_VALUE: usize = 1024;

/// What the agent sent in `Proxy-Authorization`.
#[derive(Clone, PartialEq, Eq)]
pub struct ProxyAuthorization {
    raw: Box<[u8]>,
}

/// Basic credentials, decoded.
#[derive(Clone, PartialEq, Eq)]
pub struct Basic {
    pub user: String,
    pub password: Vec<u8>,
}

impl ProxyAuthorization {
    /// Reads a header value; `None` when it is too long to be credentials.
    pub fn parse(value: &[u8]) -> Option<ProxyAuthorization> {
        if value.len() > MAX_VALUE {
            return None;
        }
        Some(ProxyAuthorization { raw: value.into() })
    }

    /// The value exactly as sent.
    pub fn raw(&self) -> &[u8] {
        &self.raw
    }

    /// User and password, when the value is Basic credentials that decode to
    /// `user:password` with a UTF-8 user name (decoded on each call).
    pub fn basic(&self) -> Option<Basic> {
        decode_basic(&self.raw)
    }
}

/// `Basic <base64(user:password)>`, the scheme compared without case.
fn decode_basic(value: &[u8]) -> Option<Basic> {
    let value = value.trim_ascii();
    let (scheme, token) = value.split_at(value.iter().position(|b| *b == b' ')?);
    if !scheme.eq_ignore_ascii_case(b"basic") {
        return None;
    }
    let decoded = base64::engine::general_purpose::STANDARD.decode(token.trim_ascii()).ok()?;
    let colon = decoded.iter().position(|b| *b == b':')?;
    let user = std::str::from_utf8(&decoded[..colon]).ok()?.to_string();
    Some(Basic { user, password: decoded[colon + 1..].to_vec() })
}

impl fmt::Debug for ProxyAuthorization {
    /// The user, never the password or the encoded value.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let user = self.basic().map(|b| b.user);
        f.debug_struct("ProxyAuthorization").field("basic_user", &user).finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_credentials_decode() {
        // "store-0042:s3cret:with:colons" — the password may hold colons, the user not.
        let value = b"Basic c3RvcmUtMDA0MjpzM2NyZXQ6d2l0aDpjb2xvbnM=";
        let auth = ProxyAuthorization::parse(value).unwrap();
        let basic = auth.basic().unwrap();
        assert_eq!((basic.user.as_str(), &basic.password[..]), ("store-0042", &b"s3cret:with:colons"[..]));
        assert_eq!(auth.raw(), value);
        let lower = ProxyAuthorization::parse(b"basic  c3RvcmUtMDA0MjpzM2NyZXQ6d2l0aDpjb2xvbnM=").unwrap();
        assert_eq!(lower.basic().unwrap().user, "store-0042");
    }

    #[test]
    fn other_schemes_and_garbage_are_not_basic() {
        for value in [&b"Bearer abc"[..], b"Basic", b"Basic !!!", b"Basic bm9jb2xvbg==", b""] {
            assert!(ProxyAuthorization::parse(value).unwrap().basic().is_none(), "{value:?}");
        }
        assert!(ProxyAuthorization::parse(&[b'a'; MAX_VALUE + 1]).is_none());
    }

    #[test]
    fn debug_never_shows_the_password() {
        let auth = ProxyAuthorization::parse(b"Basic dXNlcjE6aHVudGVyMg==").unwrap();
        let shown = format!("{auth:?}");
        assert!(shown.contains("user1") && !shown.contains("hunter2") && !shown.contains("dXNl"), "{shown}");
    }
}
