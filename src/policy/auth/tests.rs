//! The users file, the check and its cache, without sockets.

use super::*;

/// A cheap bcrypt hash (cost 4) for tests; the file accepts any cost.
fn bcrypt4(password: &str) -> String {
    bcrypt::hash(password, 4).unwrap()
}

/// Time a check may take in these tests: never the limit.
const LONG: Duration = Duration::from_secs(30);

fn users(text: &str) -> Users {
    Users::parse(Path::new("agent-users"), text).unwrap()
}

fn basic(user: &str, password: &str) -> ProxyAuthorization {
    use base64::Engine;
    let token = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
    ProxyAuthorization::parse(format!("Basic {token}").as_bytes()).unwrap()
}

#[test]
fn the_users_file_takes_bcrypt_and_argon2_and_refuses_weak_forms() {
    use argon2::PasswordHasher;
    let argon =
        argon2::Argon2::default().hash_password_with_salt(b"pw-b", b"saltsaltsalt").unwrap().to_string();
    let text = format!("# agents\n\nstore-1:{}\nstore-2:{argon}\n", bcrypt4("pw-a"));
    let u = users(&text);
    assert_eq!(u.names(), ["store-1", "store-2"]);
    assert!(u.verify("store-1", b"pw-a") && !u.verify("store-1", b"pw-b"));
    assert!(u.verify("store-2", b"pw-b") && !u.verify("store-2", b"pw-a"));
    assert!(!u.verify("nobody", b"pw-a"));
    for (bad, needle) in [
        ("store-1:$apr1$abc$def", "MD5, SHA1, crypt and plain"),
        ("store-1:{SHA}abc", "MD5, SHA1"),
        ("store-1:plain", "MD5, SHA1"),
        ("store-1:$2y$10$short", "not a valid bcrypt hash"),
        ("no colon", "expected user:hash"),
        ("bad user:$2y$04$x", "is not a user name"),
    ] {
        let err = Users::parse(Path::new("f"), bad).unwrap_err().to_string();
        assert!(err.starts_with("line 1: ") && err.contains(needle), "{bad}: {err}");
    }
    let twice = format!("a:{}\na:{}\n", bcrypt4("x"), bcrypt4("y"));
    assert!(Users::parse(Path::new("f"), &twice).unwrap_err().to_string().contains("listed twice"));
}

#[test]
fn debug_shows_names_never_hashes() {
    let hash = bcrypt4("pw");
    let shown = format!("{:?}", users(&format!("store-1:{hash}\n")));
    assert!(shown.contains("store-1") && !shown.contains(&hash), "{shown}");
}

#[tokio::test]
async fn right_wrong_missing_and_malformed_credentials() {
    let auth = Authenticator::new(Arc::new(users(&format!("store-1:{}\n", bcrypt4("s3cret")))));
    assert_eq!(&*auth.authenticate(Some(&basic("store-1", "s3cret")), LONG).await.unwrap(), "store-1");
    let wrong = auth.authenticate(Some(&basic("store-1", "guess")), LONG).await.unwrap_err();
    assert_eq!(wrong, AuthError::Wrong { user: "store-1".into() });
    assert_eq!(wrong.reason(), "proxy_auth_failed");
    assert!(!wrong.to_string().contains("guess"), "never the password: {wrong}");
    let unknown = auth.authenticate(Some(&basic("store-9", "s3cret")), LONG).await.unwrap_err();
    assert_eq!(unknown, AuthError::Wrong { user: "store-9".into() });
    let missing = auth.authenticate(None, LONG).await.unwrap_err();
    assert_eq!(
        (missing.reason(), missing.status()),
        ("proxy_auth_required", Some(Status::PROXY_AUTH_REQUIRED))
    );
    let bearer = ProxyAuthorization::parse(b"Bearer x").unwrap();
    assert_eq!(auth.authenticate(Some(&bearer), LONG).await.unwrap_err(), AuthError::Malformed);
}

#[tokio::test]
async fn only_successes_are_cached_and_only_for_the_exact_credentials() {
    let auth = Authenticator::new(Arc::new(users(&format!("store-1:{}\n", bcrypt4("s3cret")))));
    let right = basic("store-1", "s3cret");
    let wrong = basic("store-1", "s3cre7");
    assert_eq!(auth.cached(auth.digest(right.raw())), None);
    auth.authenticate(Some(&wrong), LONG).await.unwrap_err();
    assert_eq!(auth.cached(auth.digest(wrong.raw())), None, "a failure is not remembered");
    auth.authenticate(Some(&right), LONG).await.unwrap();
    assert_eq!(auth.cached(auth.digest(right.raw())).as_deref(), Some("store-1"));
    assert_eq!(auth.cached(auth.digest(wrong.raw())), None);
    // Same slot, different digest (a 64-bit collision): the full compare refuses it.
    let mut forged = auth.digest(right.raw());
    forged[15] ^= 1;
    assert_eq!(auth.cached(forged), None);
    // Another authenticator (a reload) has its own key and an empty cache.
    let fresh = Authenticator::new(auth.users.clone());
    assert_eq!(fresh.cached(fresh.digest(right.raw())), None);
}

#[test]
fn a_full_shard_makes_room() {
    let auth = Authenticator::new(Arc::new(users("")));
    for i in 0..(SHARD_CAPACITY * SHARDS * 2) as u64 {
        let mut digest = [0u8; 16];
        digest[..8].copy_from_slice(&i.to_le_bytes());
        auth.remember(digest, Arc::from("u"));
    }
    let held: usize = auth.shards.iter().map(|s| s.lock().unwrap().len()).sum();
    assert!(held <= SHARD_CAPACITY * SHARDS, "bounded: {held}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tunnels_with_the_same_credentials_share_one_check() {
    let auth = Arc::new(Authenticator::new(Arc::new(users(&format!("store-1:{}\n", bcrypt4("s3cret"))))));
    let right = Arc::new(basic("store-1", "s3cret"));
    let tasks: Vec<_> = (0..16)
        .map(|_| {
            let (auth, right) = (auth.clone(), right.clone());
            tokio::spawn(async move { auth.authenticate(Some(&right), LONG).await })
        })
        .collect();
    for t in tasks {
        assert_eq!(&*t.await.unwrap().unwrap(), "store-1");
    }
    assert!(auth.running.lock().unwrap().is_empty(), "no check left registered");
    assert_eq!(auth.cached(auth.digest(right.raw())).as_deref(), Some("store-1"));
}

#[tokio::test]
async fn a_check_that_cannot_finish_in_time_is_a_503_and_a_cached_one_always_can() {
    let auth = Authenticator::new(Arc::new(users(&format!("store-1:{}\n", bcrypt4("s3cret")))));
    let right = basic("store-1", "s3cret");
    // Every core busy hashing: this check must wait, and its time runs out.
    let busy = auth.hashing.acquire_many(auth.hashing.available_permits() as u32).await.unwrap();
    let err = auth.authenticate(Some(&right), Duration::from_millis(20)).await.unwrap_err();
    assert_eq!(err, AuthError::Busy { after: Duration::from_millis(20) });
    assert_eq!((err.reason(), err.status()), ("proxy_auth_busy", Some(Status::SERVICE_UNAVAILABLE)));
    assert!(auth.running.lock().unwrap().is_empty(), "a check given up on leaves nothing behind");
    drop(busy);
    assert_eq!(&*auth.authenticate(Some(&right), Duration::from_secs(10)).await.unwrap(), "store-1");
    let cached = auth.authenticate(Some(&right), Duration::ZERO).await.unwrap();
    assert_eq!(&*cached, "store-1", "a cached answer needs no time");
}
