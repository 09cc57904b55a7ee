//! What a tunnel's JSON log line costs the worker that writes it (telemetry/json.rs):
//! the close line (event 108) as tracing-subscriber's JSON formatter wrote it before,
//! and as `JsonLine` writes it now, side by side in one run. Both hand the line to an
//! `io::sink`, so only formatting and the fmt layer's own work are timed; a tunnel
//! writes two such lines (its decision and its close).

use std::hint::black_box;
use std::net::SocketAddr;

use criterion::{Criterion, criterion_group, criterion_main};
use omsgate::telemetry::json::JsonLine;
use tracing::info;
use tracing_subscriber::fmt::time::SystemTime;

/// The close line of `omsgate::telemetry::tunnel`, with the same fields and message.
fn close_line(client: SocketAddr, target: &str) {
    let closed_by = "upstream";
    info!(
        event_id = 108u16,
        client = %client,
        via = %"",
        user = "",
        identity = "",
        target = %target,
        relay = "",
        tls_version = "1.2",
        bytes_up = 5126u64,
        bytes_down = 4u64,
        duration_s = 0.000812,
        closed_by,
        "tunnel to {target} closed by {closed_by}"
    );
}

fn bench(c: &mut Criterion) {
    let client: SocketAddr = "127.0.0.4:39545".parse().unwrap();
    let target = "ods.opinsights.azure.com:443";
    let mut group = c.benchmark_group("log_line");
    let base = || tracing_subscriber::fmt().with_writer(std::io::sink).with_target(false);
    let before = base().json().flatten_event(true).with_current_span(false).finish();
    tracing::subscriber::with_default(before, || {
        group.bench_function("close_tracing_subscriber_json", |b| {
            b.iter(|| close_line(black_box(client), black_box(target)))
        });
    });
    let after = base().event_format(JsonLine::<SystemTime>::default()).finish();
    tracing::subscriber::with_default(after, || {
        group.bench_function("close_json_line", |b| {
            b.iter(|| close_line(black_box(client), black_box(target)))
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
