//! CONNECT head parsing, the first thing every tunnel pays for.

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

const AGENT_HEAD: &[u8] = b"CONNECT ws1.ods.opinsights.azure.com:443 HTTP/1.1\r\nHost: ws1.ods.opinsights.azure.com:443\r\nUser-Agent: MonitoringAgent/10.20\r\nProxy-Connection: Keep-Alive\r\n\r\n";

fn bench(c: &mut Criterion) {
    c.bench_function("connect_parse/agent_head", |b| {
        b.iter(|| omsgate::connect::head::parse(black_box(AGENT_HEAD)).unwrap().unwrap())
    });
    c.bench_function("connect_parse/target_ipv6", |b| {
        b.iter(|| omsgate::connect::Target::parse(black_box("[2001:db8::1]:443")).unwrap())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
