#!/usr/bin/env bash
# Tunnel set-up CPU of two gateway binaries, alternating, with `omsgate-loadtest rate`:
#
#   perf/rate-ab.sh BASE_BIN HEAD_BIN LOADTEST_BIN [ROUNDS] [allow|refuse]
#
# Gateway on core 0 (worker_threads = 1, tls_inspection off, JSON lines to /dev/null),
# load on core 1, 5 s per run, base then head ROUNDS times (default 3), so that noise
# from a shared machine falls on both alike. `allow`: tunnels to the raw sink through
# an explicit entry (the report's cpu_ms_per_1000 is gateway CPU per 1,000 tunnels);
# `refuse`: every CONNECT refused (403) — CPU per 1,000 refusals is gw_cpu_s * 1e6 /
# failed. Uses loopback ports 28180 (gateway), 28181 (HAProxy) and 28543 (sink).
#
# PEERS="haproxy direct" adds, in every round after base and head, HAProxy as the floor
# (TCP relay, one thread, perf/capacity/haproxy.cfg.in: no CONNECT, so its figure lacks
# the request and the 200 that omsgate's include) and the load without any proxy.
set -euo pipefail
base=${1:?usage: perf/rate-ab.sh BASE_BIN HEAD_BIN LOADTEST_BIN [ROUNDS] [allow|refuse]}
head=${2:?HEAD_BIN}
lt=${3:?LOADTEST_BIN}
rounds=${4:-3}
mode=${5:-allow}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
case $mode in
  allow)  entry='127.0.0.1:28543' ;;
  refuse) entry='127.0.0.1:1' ;;   # the sink's port is not allowed: 403
esac
cat > "$dir/rate.toml" <<TOML
listen_address = ["127.0.0.1"]
listen_port = 28180
metrics_address = ""
worker_threads = 1
log_format = "json"
tls_inspection = false
allowed_hosts = ["$entry"]
TOML
sed -e "s#@RUN@#$dir#g; s/@PORT@/28182/; s/@RAWPORT@/28181/; s/@THREADS@/1/; s/127.0.0.1:18444/127.0.0.1:28543/" \
  "$(dirname "$0")/capacity/haproxy.cfg.in" > "$dir/haproxy.cfg"
report() {
  jq -c --arg r "$round" --arg m "$mode" \
    '{round: $r, mode: $m, label: .label, ok: .tunnels_ok, failed: .tunnels_failed, per_s: .tunnels_per_s, cpu_ms_per_1000: .cpu_ms_per_1000_tunnels, gw_cpu_s: .gateway_cpu_seconds, loadavg}' ||
    true
}
for round in $(seq 1 "$rounds"); do
  for side in base head ${PEERS:-}; do
    case $side in
      direct)
        taskset -c 1 "$lt" rate --direct --sink-listen 127.0.0.1:28543 --duration 5s --json --quiet --label direct | report
        continue ;;
      haproxy)
        taskset -c 0 haproxy -db -f "$dir/haproxy.cfg" > /dev/null 2>&1 &
        pid=$!
        for _ in $(seq 1 100); do (exec 3<>/dev/tcp/127.0.0.1/28181) 2>/dev/null && break; sleep 0.05; done
        taskset -c 1 "$lt" rate --no-connect --proxy 127.0.0.1:28181 --sink-listen 127.0.0.1:28543 --duration 5s \
          --gateway-pid "$pid" --json --quiet --label haproxy | report
        kill "$pid"
        wait "$pid" 2>/dev/null || true
        continue ;;
    esac
    bin=$base; [ "$side" = head ] && bin=$head
    taskset -c 0 "$bin" run --config "$dir/rate.toml" > /dev/null 2>&1 &
    pid=$!
    for _ in $(seq 1 100); do (exec 3<>/dev/tcp/127.0.0.1/28180) 2>/dev/null && break; sleep 0.05; done
    taskset -c 1 "$lt" rate --proxy 127.0.0.1:28180 --sink-listen 127.0.0.1:28543 --duration 5s \
      --gateway-pid "$pid" --json --quiet --label "$side" | report
    kill "$pid"
    wait "$pid" 2>/dev/null || true
  done
done
