//! Telemetry observes every step and steers none: the log output (`log`, its JSON lines
//! `json`, or the journal's own protocol under systemd: `journal`), the metrics catalog (`metrics`), a
//! tunnel's log lines and metrics (`tunnel`), the counters of each allowlist entry
//! (`rule_meters`), the process metrics read per scrape (`process`), the last few
//! minutes for `omsgate status` and `top` (`recent`, with `topk`), and the operator
//! HTTP endpoint (`http`). The event IDs the lines carry are [`crate::events`].

pub mod http;
pub mod journal;
pub mod json;
pub mod log;
pub mod metrics;
pub mod process;
pub mod recent;
pub mod rule_meters;
pub mod topk;
pub mod tunnel;
