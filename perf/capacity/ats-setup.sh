#!/usr/bin/env bash
# Lays out an Apache Traffic Server 9.2 runroot in $1 (a per-run directory) listening on
# port $2 with $3 exec threads, from Debian's /etc/trafficserver plus the overrides here.
set -euo pipefail
run=$1 port=$2 threads=${3:-1}
here=$(cd "$(dirname "$0")" && pwd)
ats=$run/ats
mkdir -p "$ats"/{etc,cache,var,run,log}
cp -r /etc/trafficserver/. "$ats/etc/"
sed "s|@RUN@|$run|g" "$here/ats-runroot.yaml.in" > "$ats/runroot.yaml"
sed -e "s|@PORT@|$port|g" -e "s|@THREADS@|$threads|g" "$here/ats-records.config.in" >> "$ats/etc/records.config"
cp "$here/ats-ip_allow.yaml" "$ats/etc/ip_allow.yaml"
cp "$here/ats-logging.yaml" "$ats/etc/logging.yaml"
echo "$ats/cache 64M" > "$ats/etc/storage.config"
: > "$ats/etc/remap.config"
chmod -R a+rwX "$ats"
