//! Agent authentication (`client_auth = "basic"`): the users file, the password check,
//! and a short cache of successful checks, so that hashing does not cap the tunnel rate.
//!
//! The users file is htpasswd-shaped: one `user:hash` per line, `#` comments, with
//! bcrypt (`$2y$`, `$2b$`, `$2a$`, as `htpasswd -B` writes) or argon2 (`$argon2id$…`,
//! PHC form) hashes; weaker htpasswd forms (MD5 `$apr1$`, SHA1, crypt, plain) are
//! refused when the file is read. A bcrypt check costs tens of milliseconds by design,
//! so each check runs on the blocking pool and a success is remembered for
//! [`CACHE_FOR`], keyed by a keyed SipHash of the exact `Proxy-Authorization` value the
//! agent sent (the credentials themselves are never kept): the 64-bit half picks the
//! slot, the whole 128 bits are compared in constant time. A wrong password is never
//! cached; an unknown user costs the same hash check as a known one. Tunnels presenting
//! the same credentials while their check runs wait for that one check (a fleet sharing
//! one user reconnecting at once costs one hash, not one per agent), and at most one
//! check per core runs at a time, so a burst of distinct credentials is answered in
//! order instead of every check finishing late together.

use std::collections::HashMap;
use std::fmt;
use std::hash::Hasher;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, Mutex};
use std::time::{Duration, Instant};

use siphasher::sip128::{Hasher128, SipHasher13};
use subtle::ConstantTimeEq;
use tokio::sync::{OnceCell, Semaphore};

use crate::connect::ProxyAuthorization;
use crate::events;
use crate::fault::{Fault, Status};
use crate::lang::Msg;
use crate::msg;

/// How long a successful check is reused: an agent reconnecting within this skips the
/// hash; a removed user or changed password applies at the reload that `agent-user`
/// triggers (a reload starts a fresh cache), or after this at the latest.
pub const CACHE_FOR: Duration = Duration::from_secs(120);

/// Cache shards: tunnels set up at once rarely meet on one lock.
const SHARDS: usize = 16;

/// Entries per shard; past it expired entries are dropped, then the shard is emptied
/// (a flood of distinct valid credentials only costs hash checks again).
const SHARD_CAPACITY: usize = 4096;

/// bcrypt cost `agent-user add` writes by default: 2^10 rounds, ~50-150 ms of a core
/// per uncached check (`benches/agent_auth.rs`).
pub const BCRYPT_COST: u32 = 10;

/// Longest user name accepted in the users file (and by `agent-user add`).
const MAX_USER: usize = 64;

/// `client_auth`: whether agents must authenticate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ClientAuth {
    /// Any agent that reaches the port may use the gateway (the original's behaviour).
    #[default]
    Off,
    /// A CONNECT must carry `Proxy-Authorization: Basic` of a user in the users file.
    Basic,
}

/// The users file, read at start and reload.
#[derive(Clone, PartialEq, Eq)]
pub struct Users {
    path: PathBuf,
    hashes: HashMap<String, PasswordHash>,
}

/// A stored password hash.
#[derive(Clone, PartialEq, Eq)]
enum PasswordHash {
    Bcrypt(String),
    Argon2(String),
}

/// Checks presented credentials against the users file, remembering successes briefly.
/// One per configuration snapshot: a reload starts with an empty cache.
pub struct Authenticator {
    users: Arc<Users>,
    key: (u64, u64),
    shards: Box<[Mutex<HashMap<u64, Cached>>]>,
    /// Checks running now, by digest: later tunnels with the same credentials wait for
    /// the answer instead of hashing again. Touched only on cache misses.
    running: Mutex<HashMap<[u8; 16], Arc<OnceCell<bool>>>>,
    /// One permit per core: hash checks running at once.
    hashing: Semaphore,
}

/// A remembered success.
struct Cached {
    digest: [u8; 16],
    user: Arc<str>,
    until: Instant,
}

/// Why a CONNECT was not authenticated: `407` with `Proxy-Authenticate` (or `503` when
/// the check could not be made in time), event 105.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuthError {
    /// No `Proxy-Authorization`, or not the Basic scheme.
    #[error("proxy authentication required (client_auth = \"basic\"): send Proxy-Authorization: Basic")]
    Missing,
    /// Basic credentials that do not decode to `user:password`.
    #[error("Proxy-Authorization is not valid Basic credentials (base64 of user:password)")]
    Malformed,
    /// Unknown user or wrong password (the same words for both: no user enumeration).
    #[error("proxy credentials for user {user:?} are not valid (client_auth_users_file)")]
    Wrong { user: String },
    /// The check did not finish within `header_timeout`: too many uncached checks at once.
    #[error(
        "the proxy credentials could not be checked within header_timeout ({after:?}): too many agents are authenticating at once (each uncached check is a bcrypt hash; see agent-user add --cost); retry"
    )]
    Busy { after: Duration },
}

/// A users file that cannot be used: the message names the file and line.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("client_auth_users_file {path:?}: {message}")]
pub struct UsersFileError {
    pub path: PathBuf,
    pub message: Msg,
}

impl UsersFileError {
    /// The error as one message (`Display` is the same in English).
    pub fn msg(&self) -> Msg {
        Msg::new("config-users-file-problem")
            .arg("key", "client_auth_users_file")
            .arg("path", format!("{:?}", self.path))
            .arg("problem", self.message.clone())
    }
}

impl Fault for AuthError {
    fn event_id(&self) -> u16 {
        events::REJECTED
    }

    fn reason(&self) -> &'static str {
        match self {
            AuthError::Missing => "proxy_auth_required",
            AuthError::Malformed | AuthError::Wrong { .. } => "proxy_auth_failed",
            AuthError::Busy { .. } => "proxy_auth_busy",
        }
    }

    /// 407 with the challenge; 503 with `Retry-After` when the check could not be made.
    fn status(&self) -> Option<Status> {
        Some(match self {
            AuthError::Busy { .. } => Status::SERVICE_UNAVAILABLE,
            _ => Status::PROXY_AUTH_REQUIRED,
        })
    }
}

impl AuthError {
    /// The user name the agent presented, when it presented one.
    pub fn user(&self) -> Option<&str> {
        match self {
            AuthError::Wrong { user } => Some(user),
            _ => None,
        }
    }
}

impl ClientAuth {
    /// The config spelling.
    pub const fn config_name(self) -> &'static str {
        match self {
            ClientAuth::Off => "off",
            ClientAuth::Basic => "basic",
        }
    }
}

impl Users {
    /// Reads and checks the users file at `path`.
    pub fn read(path: &Path) -> Result<Users, UsersFileError> {
        let fail = |message: Msg| UsersFileError { path: path.into(), message };
        let text = std::fs::read_to_string(path)
            .map_err(|e| fail(msg!("config-users-file-unreadable", error = e.to_string())))?;
        Users::parse(path, &text).map_err(fail)
    }

    /// Parses users-file text; the error names the line.
    pub fn parse(path: &Path, text: &str) -> Result<Users, Msg> {
        let mut hashes = HashMap::new();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let at = |m: Msg| msg!("config-users-file-line", line = n + 1, problem = m);
            let (user, hash) = line
                .split_once(':')
                .ok_or_else(|| at(msg!("config-users-file-not-user-hash", form = "user:hash")))?;
            check_user(user).map_err(at)?;
            let quoted = format!("{user:?}");
            let hash = PasswordHash::parse(hash).map_err(|m| {
                at(msg!("config-users-file-user-problem", user = quoted.as_str(), problem = m))
            })?;
            if hashes.insert(user.to_string(), hash).is_some() {
                return Err(at(msg!("config-users-file-user-twice", user = quoted)));
            }
        }
        Ok(Users { path: path.into(), hashes })
    }

    /// The users, sorted.
    pub fn names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self.hashes.keys().map(String::as_str).collect();
        names.sort_unstable();
        names
    }

    /// Whether `user` is listed.
    pub fn contains(&self, user: &str) -> bool {
        self.hashes.contains_key(user)
    }

    /// Whether `password` is `user`'s (slow: a bcrypt or argon2 check). An unknown user
    /// is checked against a fixed hash, so it takes as long as a known one.
    pub fn verify(&self, user: &str, password: &[u8]) -> bool {
        match self.hashes.get(user) {
            Some(hash) => hash.verify(password),
            None => {
                let _ = bcrypt::verify(password, &UNKNOWN_USER_HASH);
                false
            }
        }
    }
}

/// A bcrypt hash (the cost `agent-user add` writes) of a password nobody knows: what an
/// unknown user's password is checked against, made once on first use.
static UNKNOWN_USER_HASH: LazyLock<String> = LazyLock::new(|| {
    let mut secret = [0u8; 16];
    let _ = getrandom::fill(&mut secret);
    bcrypt::hash(secret, BCRYPT_COST).unwrap_or_default()
});

impl fmt::Debug for Users {
    /// Names and the file, never the hashes.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Users").field("path", &self.path).field("users", &self.names()).finish()
    }
}

impl PasswordHash {
    fn parse(text: &str) -> Result<PasswordHash, Msg> {
        let text = text.trim();
        if ["$2y$", "$2b$", "$2a$"].iter().any(|p| text.starts_with(p)) {
            // Checks the form (cost, salt and hash lengths) now, not at the first agent.
            bcrypt::verify(b"", text)
                .map_err(|e| msg!("config-bcrypt-hash-invalid", error = e.to_string()))?;
            return Ok(PasswordHash::Bcrypt(text.into()));
        }
        if text.starts_with("$argon2") {
            argon2::PasswordHash::new(text)
                .map_err(|e| msg!("config-argon2-hash-invalid", error = e.to_string()))?;
            return Ok(PasswordHash::Argon2(text.into()));
        }
        Err(Msg::new("config-hash-refused")
            .arg("bcrypt", "$2y$…")
            .arg("htpasswd", "htpasswd -B")
            .arg("argon2", "$argon2id$…")
            .arg("refused", "MD5, SHA1, crypt"))
    }

    fn verify(&self, password: &[u8]) -> bool {
        match self {
            PasswordHash::Bcrypt(h) => bcrypt::verify(password, h).unwrap_or(false),
            PasswordHash::Argon2(h) => {
                use argon2::PasswordVerifier;
                argon2::Argon2::default().verify_password(password, h.as_str()).is_ok()
            }
        }
    }
}

/// A user name the file and `agent-user add` accept: 1–64 characters, no `:`, no
/// whitespace or control characters (it appears in log lines and in the file's form).
pub fn check_user(user: &str) -> Result<(), Msg> {
    let ok = !user.is_empty()
        && user.len() <= MAX_USER
        && !user.chars().any(|c| c == ':' || c.is_whitespace() || c.is_control());
    match ok {
        true => Ok(()),
        false => Err(Msg::new("config-not-a-user-name")
            .arg("user", format!("{:?}", user.escape_default().to_string()))
            .arg("min", 1)
            .arg("max", MAX_USER)
            .arg("colon", "':'")),
    }
}

/// A new bcrypt hash of `password` at `cost` for the users file.
pub fn hash_password(password: &str, cost: u32) -> Result<String, String> {
    bcrypt::hash(password, cost).map_err(|e| format!("hashing failed: {e}"))
}

impl Authenticator {
    /// An authenticator over `users` with an empty cache and a fresh random key.
    pub fn new(users: Arc<Users>) -> Authenticator {
        let mut seed = [0u8; 16];
        // Without OS randomness the key is only less secret; the compare stays exact.
        let _ = getrandom::fill(&mut seed);
        let key = (
            u64::from_le_bytes(seed[..8].try_into().expect("8 bytes")),
            u64::from_le_bytes(seed[8..].try_into().expect("8 bytes")),
        );
        let shards = (0..SHARDS).map(|_| Mutex::new(HashMap::new())).collect();
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        Authenticator { users, key, shards, running: Mutex::default(), hashing: Semaphore::new(cores) }
    }

    /// The authenticated user, or why not. A cached success answers at once; otherwise
    /// the hash is checked on the blocking pool (never on a runtime worker), and must
    /// be done `within` (else [`AuthError::Busy`]).
    pub async fn authenticate(
        &self,
        presented: Option<&ProxyAuthorization>,
        within: Duration,
    ) -> Result<Arc<str>, AuthError> {
        let presented = presented.ok_or(AuthError::Missing)?;
        let digest = self.digest(presented.raw());
        if let Some(user) = self.cached(digest) {
            return Ok(user);
        }
        let basic = presented.basic().ok_or(AuthError::Malformed)?;
        let checked = tokio::time::timeout(within, self.check_once(digest, &basic.user, &basic.password));
        match checked.await {
            Ok(true) => Ok(Arc::from(basic.user)),
            Ok(false) => Err(AuthError::Wrong { user: basic.user.escape_default().to_string() }),
            Err(_) => Err(AuthError::Busy { after: within }),
        }
    }

    /// Checks `user`'s `password` on the blocking pool (one check per core at a time);
    /// tunnels with the same `digest` meanwhile share this check's answer.
    async fn check_once(&self, digest: [u8; 16], user: &str, password: &[u8]) -> bool {
        let cell = self.running().entry(digest).or_default().clone();
        // Clears the entry when this tunnel is done with it, also when its time ran out
        // (the future dropped): the last holder removes it, so none is left behind.
        let _done = Running { auth: self, digest, cell: &cell };
        *cell
            .get_or_init(|| async {
                let Ok(_permit) = self.hashing.acquire().await else { return false };
                let (users, name, password) = (self.users.clone(), user.to_string(), password.to_vec());
                let ok = tokio::task::spawn_blocking(move || users.verify(&name, &password))
                    .await
                    .unwrap_or(false);
                if ok {
                    self.remember(digest, Arc::from(user));
                }
                ok
            })
            .await
    }

    fn running(&self) -> std::sync::MutexGuard<'_, HashMap<[u8; 16], Arc<OnceCell<bool>>>> {
        self.running.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Keyed SipHash-1-3 (128 bits) of what the agent sent.
    fn digest(&self, raw: &[u8]) -> [u8; 16] {
        let mut h = SipHasher13::new_with_keys(self.key.0, self.key.1);
        h.write(raw);
        h.finish128().as_bytes()
    }

    fn shard(&self, digest: &[u8; 16]) -> (&Mutex<HashMap<u64, Cached>>, u64) {
        let slot = u64::from_le_bytes(digest[..8].try_into().expect("8 bytes"));
        (&self.shards[(slot % SHARDS as u64) as usize], slot)
    }

    fn cached(&self, digest: [u8; 16]) -> Option<Arc<str>> {
        let (shard, slot) = self.shard(&digest);
        let map = shard.lock().unwrap_or_else(|p| p.into_inner());
        let hit = map.get(&slot)?;
        let same: bool = hit.digest.ct_eq(&digest).into();
        (same && hit.until > Instant::now()).then(|| hit.user.clone())
    }

    fn remember(&self, digest: [u8; 16], user: Arc<str>) {
        let (shard, slot) = self.shard(&digest);
        let now = Instant::now();
        let mut map = shard.lock().unwrap_or_else(|p| p.into_inner());
        if map.len() >= SHARD_CAPACITY {
            map.retain(|_, c| c.until > now);
            if map.len() >= SHARD_CAPACITY {
                map.clear();
            }
        }
        map.insert(slot, Cached { digest, user, until: now + CACHE_FOR });
    }
}

/// One tunnel's hold on a running check (see [`Authenticator::check_once`]).
struct Running<'a> {
    auth: &'a Authenticator,
    digest: [u8; 16],
    cell: &'a Arc<OnceCell<bool>>,
}

impl Drop for Running<'_> {
    /// The last tunnel holding the check removes it (the map's reference and this
    /// one's are all that are left); a success is already in the cache by then.
    fn drop(&mut self) {
        let mut running = self.auth.running();
        let ours = running.get(&self.digest).is_some_and(|c| Arc::ptr_eq(c, self.cell));
        if ours && Arc::strong_count(self.cell) <= 2 {
            running.remove(&self.digest);
        }
    }
}

impl fmt::Debug for Authenticator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Authenticator").field("users", &self.users).finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests;
