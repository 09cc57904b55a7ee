#!/usr/bin/env bash
# perf/auth.sh — tunnel set-up rate and gateway CPU per 1,000 tunnels with
# client_auth = "off" against "basic" (every CONNECT carries the same valid Basic
# credentials, so after the first bcrypt check the verification cache answers), side by
# side in one run, alternating the two configs ROUNDS times.
#
# Gateway on core 0 (worker_threads = 1), omsgate-loadtest rate on core 1; loopback
# only, fixed ports GW_PORT and SINK_PORT; every step bounded in time. Needs release
# builds of omsgate and omsgate-loadtest, and util-linux (taskset).
#
# Knobs (environment): ROUNDS (3), DURATION (5s), CONCURRENCY (64), GW_PORT (18280),
# SINK_PORT (18643), OUT (perf/results/DATE-client-auth), OMSGATE, LOADTEST.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
target_dir=${CARGO_TARGET_DIR:-$root/target}
omsgate=${OMSGATE:-$target_dir/release/omsgate}
loadtest=${LOADTEST:-$target_dir/release/omsgate-loadtest}
rounds=${ROUNDS:-3}
duration=${DURATION:-5s}
concurrency=${CONCURRENCY:-64}
gw_port=${GW_PORT:-18280}
sink_port=${SINK_PORT:-18643}
out=${OUT:-$root/perf/results/$(date -u +%Y-%m-%d)-client-auth}

run=$(mktemp -d /tmp/omsgate-auth-perf.XXXXXX)
gw_pid=
cleanup() {
  if [ -n "$gw_pid" ]; then kill "$gw_pid" 2>/dev/null || true; fi
  rm -rf "$run"
}
trap cleanup EXIT

# The agents' user, made as an operator would (password on stdin, bcrypt cost 10).
: > "$run/users.toml"
echo "loadtest-pw" | "$omsgate" agent-user add loadtest --config "$run/users.toml" > /dev/null

config() { # mode → config file
  cat > "$run/$1.toml" <<EOF
listen_address = ["127.0.0.1"]
listen_port = $gw_port
metrics_address = ""
worker_threads = 1
allowed_hosts = ["127.0.0.1:$sink_port"]
# Inspection stays off for this explicit host:port entry, so the runs differ only in
# client_auth (and stay comparable with those recorded when the raw sink's answer was
# not TLS).
tls_inspection = false
drain_grace = "0s"
client_auth = "$1"
client_auth_users_file = "$run/agent-users"
EOF
}
config off
config basic

: > "$out.jsonl"
for round in $(seq 1 "$rounds"); do
  for mode in off basic; do
    taskset -c 0 "$omsgate" run --config "$run/$mode.toml" > /dev/null 2>&1 &
    gw_pid=$!
    for _ in $(seq 1 100); do
      (exec 3<>"/dev/tcp/127.0.0.1/$gw_port") 2>/dev/null && break
      sleep 0.05
    done
    user=()
    if [ "$mode" = basic ]; then user=(--proxy-user loadtest:loadtest-pw); fi
    taskset -c 1 timeout 60 "$loadtest" rate --proxy "127.0.0.1:$gw_port" \
      --sink-listen "127.0.0.1:$sink_port" "${user[@]}" --concurrency "$concurrency" \
      --duration "$duration" --gateway-pid "$gw_pid" --label "client_auth=$mode round $round" \
      --quiet --out "$out.jsonl" > /dev/null
    kill "$gw_pid"
    wait "$gw_pid" 2>/dev/null || true
    gw_pid=
  done
done
"$loadtest" table "$out.jsonl"
