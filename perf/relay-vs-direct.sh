#!/usr/bin/env bash
# perf/relay-vs-direct.sh — tunnel set-up rate and gateway CPU per 1,000 tunnels,
# side by side in one run: the agents straight to the sink (no gateway), omsgate
# connecting directly, omsgate through a Squid relay (`http://`), and omsgate through a
# Squid relay over TLS (`https://`, Squid's https_port). `omsgate-loadtest rate` drives
# each in turn, ROUNDS times alternating, so background noise falls on all alike.
#
#   perf/relay-vs-direct.sh            # writes perf/results/<date>-relay-vs-direct.{md,jsonl}
#
# Needs: squid (Debian's, with GnuTLS: https_port), openssl, release builds of omsgate
# and omsgate-loadtest (built when missing). Loopback only; every step bounded in time.
# Knobs (environment): DURATION (per run, 8s), CONCURRENCY (16), ROUNDS (2), OUT.
# The gateway's CPU is measured from /proc; the relay's own CPU is not counted in it.
# tls_inspection = false (see the config below): the handshake check costs every route
# the same.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
target_dir=${CARGO_TARGET_DIR:-$root/target}
loadtest=$target_dir/release/omsgate-loadtest
omsgate=$target_dir/release/omsgate
duration=${DURATION:-8s}
concurrency=${CONCURRENCY:-16}
rounds=${ROUNDS:-2}
out=${OUT:-$root/perf/results/$(date -u +%Y-%m-%d)-relay-vs-direct}

if [ ! -x "$loadtest" ] || [ ! -x "$omsgate" ]; then
  (cd "$root" && cargo build --release -p omsgate -p omsgate-loadtest)
fi

run=$(mktemp -d /tmp/omsgate-relay-perf.XXXXXX)
chmod 777 "$run"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$run"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
# Waits (at most 15 s) until 127.0.0.1:$1 accepts.
wait_port() {
  for _ in $(seq 150); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.1
  done
  echo "nothing listens on $1" >&2
  return 1
}

# The raw sink `rate` talks to.
"$loadtest" sink --listen 127.0.0.1:0 --payload raw --duration 30m > "$run/sink.out" &
pids+=($!)
for _ in $(seq 150); do grep -q listening "$run/sink.out" && break; sleep 0.1; done
sink=$(sed -n 's/^listening //p' "$run/sink.out")
sink_port=${sink##*:}

# Two Squids: http_port, and https_port with a certificate for localhost.
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost \
  -addext subjectAltName=DNS:localhost -addext basicConstraints=critical,CA:FALSE -keyout "$run/relay.key" -out "$run/relay.pem" 2>/dev/null
chmod 644 "$run/relay.key"
start_squid() { # name, listen line
  cat > "$run/$1.conf" <<EOF
$2
pid_filename $run/$1.pid
access_log none
cache_log $run/$1-cache.log
coredump_dir $run
cache deny all
cache_mem 8 MB
max_filedescriptors 20000
shutdown_lifetime 0 seconds
acl CONNECT method CONNECT
http_access allow CONNECT localhost
http_access deny all
EOF
  /usr/sbin/squid -n "omsgateperf$1$$" -N -f "$run/$1.conf" &
  pids+=($!)
}
http_relay=$(free_port)
https_relay=$(free_port)
start_squid http "http_port 127.0.0.1:$http_relay"
start_squid https "https_port 127.0.0.1:$https_relay tls-cert=$run/relay.pem tls-key=$run/relay.key"
wait_port "$http_relay"
wait_port "$https_relay"

# One omsgate per route.
declare -A gw_port gw_pid
start_omsgate() { # name, relay keys
  local port
  port=$(free_port)
  cat > "$run/$1.toml" <<EOF
listen_address = ["127.0.0.1"]
listen_port = $port
allowed_hosts = ["127.0.0.1:$sink_port"]
# The handshake is not read: its check costs every route the same, and what differs is
# the dial (the runs recorded before 2026-12-01 could not read it: the raw sink answered
# with one byte then; it now answers with a ServerHello record).
tls_inspection = false
max_connections = 9000
metrics_address = ""
$2
EOF
  "$omsgate" run --config "$run/$1.toml" > /dev/null 2>&1 &
  gw_pid[$1]=$!
  pids+=($!)
  gw_port[$1]=$port
  wait_port "$port"
}
start_omsgate omsgate-direct ""
start_omsgate omsgate-via-http-relay "relay_proxies = [\"http://127.0.0.1:$http_relay\"]"
start_omsgate omsgate-via-https-relay "relay_proxies = [\"https://localhost:$https_relay\"]
relay_ca_file = \"$run/relay.pem\""

mkdir -p "$(dirname "$out")"
: > "$out.jsonl"
{
  echo "# tunnel set-up: direct vs through a relay proxy, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "- command: \`perf/relay-vs-direct.sh\` (DURATION=$duration CONCURRENCY=$concurrency ROUNDS=$rounds)"
  echo "- machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), kernel $(uname -r); shared with other builds"
  echo "- loadavg before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- omsgate: repo HEAD $(git -C "$root" rev-parse --short HEAD 2>/dev/null), release build; Squid $(/usr/sbin/squid -v | sed -n 's/.*Version //p') as the relay"
  echo
} > "$out.md"

for round in $(seq "$rounds"); do
  echo "round $round: direct (no gateway)" >&2
  "$loadtest" rate --direct --target "$sink" --concurrency "$concurrency" --duration "$duration" \
    --label "direct (no gateway)" --out "$out.jsonl" --quiet > /dev/null
  for name in omsgate-direct omsgate-via-http-relay omsgate-via-https-relay; do
    echo "round $round: $name" >&2
    "$loadtest" rate --proxy "127.0.0.1:${gw_port[$name]}" --target "$sink" --concurrency "$concurrency" \
      --duration "$duration" --gateway-pid "${gw_pid[$name]}" --label "$name" --out "$out.jsonl" --quiet > /dev/null
  done
done

{
  "$loadtest" table "$out.jsonl"
  echo
  echo "- loadavg after: $(cut -d' ' -f1-3 /proc/loadavg)"
} >> "$out.md"
cat "$out.md"
