//! What `omsgate status`/`top` recording costs a tunnel (telemetry/recent): the calls a
//! tunnel makes when it opens and closes, and those of a refusal, on one thread and on
//! two threads at once (each on its own shard, as two tokio workers). Compare with the
//! CPU a tunnel's set-up costs in all (~66 µs on the reference machine:
//! perf/results/2026-11-30-status-recording.md).

use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use omsgate::telemetry::recent;

/// Tunnels of `threads` threads opening and closing at once: time per open+close pair
/// seen by one thread.
fn open_close_on(threads: usize, iters: u64, rule: &Arc<str>) -> Duration {
    let start = Instant::now();
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                for _ in 0..iters {
                    recent::opened(black_box(Some(rule)));
                    recent::closed(black_box(Some(rule)), black_box(4096));
                }
            });
        }
    });
    start.elapsed()
}

fn bench(c: &mut Criterion) {
    recent::start();
    let rules: Vec<Arc<str>> = (0..100).map(|i| Arc::from(format!("*.tenant{i}.example.net"))).collect();
    let rule = rules[42].clone();
    for r in &rules {
        recent::opened(Some(r));
    }
    let mut group = c.benchmark_group("recent");
    group.bench_function("tunnel_open_close", |b| {
        b.iter(|| {
            recent::opened(black_box(Some(&rule)));
            recent::closed(black_box(Some(&rule)), black_box(4096));
        })
    });
    group.bench_function("tunnel_open_close_2_threads", |b| {
        b.iter_custom(|iters| open_close_on(2, iters, &rule))
    });
    // A refusal: its destination (one of 1,000 distinct names, so the top-K evicts),
    // its reason and its event ID.
    let names: Vec<String> = (0..1000).map(|i| format!("refused-{i}.attacker.example:443")).collect();
    let mut i = 0;
    group.bench_function("refusal_1000_distinct", |b| {
        b.iter(|| {
            i = (i + 1) % names.len();
            recent::refused(black_box(&names[i]), "host_not_allowed");
            recent::rejection("host_not_allowed");
            recent::error(105);
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    targets = bench
}
criterion_main!(benches);
