//! # omsgate
//!
//! An HTTP forward proxy that only tunnels (`CONNECT`) TLS from monitoring agents on
//! networks without Internet access to an allowlist of service endpoints.
//!
//! ## Layout: the life of a tunnel, in flow order
//!
//! | step | module | what it does |
//! | --- | --- | --- |
//! | 1 | [`accept`] | listeners, one task per client, `max_connections`, drain on SIGTERM |
//! | 2 | [`connect`] | read the CONNECT head (`header_timeout`, 8 KiB cap) into a validated [`connect::Target`] |
//! | 3 | [`policy`] | `client_auth` ([`policy::Policy::authenticate`], 407), then [`policy::Policy::decide_as`]: the allowlist (or the agent's `[[identity]]`) and ports → `Decision::{Allow, Deny}` |
//! | 4 | [`dial`] | choose the route (direct, bypass, relay proxies in order with a breaker); resolve once, vet every address (no private/loopback/self), connect |
//! | 5 | [`connect::reply`] | `200 Connection established`, or one refusal with the event ID |
//! | 6 | [`sniff`] | read the TLS handshake inside the tunnel: version, SNI, client certificate (never decrypts) |
//! | 7 | [`splice`] | move bytes both ways (Linux `splice(2)`), half-close, idle timeout |
//! | 8 | [`telemetry`] | observes each step: log lines, Prometheus metrics |
//!
//! [`tunnel::run`] strings the steps together in one short function: each step returns
//! what happened and the accept loop reports it. Every step's error implements
//! [`fault::Fault`] (event ID from [`events`], metric reason, HTTP status), so the log
//! line, the metric and the agent's reply agree. [`gateway`] is the state every tunnel
//! shares; [`config`] turns the file into validated settings (from one table of keys)
//! before any socket opens; [`memory`] turns transparent huge pages off at start; [`cli`]
//! is the operator's command line, in the operator's language ([`lang`]: sixteen Fluent
//! message files; logs and metrics stay English).

pub mod accept;
pub mod cli;
pub mod config;
pub mod connect;
pub mod dial;
pub mod events;
pub mod fault;
pub mod gateway;
pub mod lang;
pub mod memory;
pub mod policy;
pub mod sniff;
pub mod sockopt;
pub mod splice;
pub mod telemetry;
pub mod tunnel;
