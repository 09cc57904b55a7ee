//! Tells systemd (`Type=notify`) what the gateway is doing: ready only once every
//! listener is bound, reloading on SIGHUP, stopping from the moment a drain begins
//! (SIGTERM or `omsgate drain`: systemd then counts `TimeoutStopSec` from there). Without
//! `NOTIFY_SOCKET` (not under systemd) every call does nothing.

use sd_notify::NotifyState;

/// Listeners are bound and tunnels are being accepted.
pub fn ready(status: &str) {
    let _ = sd_notify::notify(&[NotifyState::Ready, NotifyState::Status(status)]);
}

/// A reload has begun; [`ready`] follows when it is done (or refused).
pub fn reloading() {
    let mut states = vec![NotifyState::Reloading];
    if let Ok(now) = NotifyState::monotonic_usec_now() {
        states.push(now);
    }
    let _ = sd_notify::notify(&states);
}

/// The drain has begun.
pub fn stopping(status: &str) {
    let _ = sd_notify::notify(&[NotifyState::Stopping, NotifyState::Status(status)]);
}

/// A new status line (`systemctl status` shows it), the state unchanged.
pub fn status(status: &str) {
    let _ = sd_notify::notify(&[NotifyState::Status(status)]);
}
