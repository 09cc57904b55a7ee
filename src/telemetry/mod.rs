//! Telemetry observes every step and steers none: event IDs and log output (`events`),
//! the metrics catalog (`metrics`), and the operator HTTP endpoint (`http`).

pub mod events;
pub mod http;
pub mod metrics;
pub mod tunnel;
