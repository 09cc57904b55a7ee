//! Agent authentication (`client_auth = "basic"`): what a tunnel pays when its
//! credentials are in the verification cache (the keyed hash, one shard lock, a
//! constant-time compare) against a cold bcrypt check at the cost `agent-user add`
//! writes (what the cache saves; perf/results has the whole-gateway comparison).

use std::sync::Arc;

use criterion::{Criterion, criterion_group, criterion_main};
use futures_util::FutureExt;
use omsgate::connect::ProxyAuthorization;
use omsgate::policy::auth::{Authenticator, Users, hash_password};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let users =
        format!("store-0042:{}\n", hash_password("s3cret", omsgate::policy::auth::BCRYPT_COST).unwrap());
    let users = Arc::new(Users::parse(std::path::Path::new("agent-users"), &users).unwrap());
    let auth = Authenticator::new(users.clone());
    // "store-0042:s3cret"
    let presented = ProxyAuthorization::parse(b"Basic c3RvcmUtMDA0MjpzM2NyZXQ=").unwrap();
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(auth.authenticate(Some(&presented), std::time::Duration::from_secs(30))).unwrap();

    let mut group = c.benchmark_group("agent_auth");
    group.bench_function("cached", |b| {
        b.iter(|| {
            let check = auth.authenticate(black_box(Some(&presented)), std::time::Duration::from_secs(30));
            check.now_or_never().unwrap().unwrap()
        })
    });
    group.sample_size(10);
    group.bench_function("bcrypt_cost_10_uncached", |b| {
        b.iter(|| users.verify("store-0042", black_box(b"s3cret")))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
