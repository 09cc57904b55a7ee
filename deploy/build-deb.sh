#!/usr/bin/env bash
# Builds the omsgate .deb and prints its path on the last line.
#
# cargo-deb packs files; three of them come from the release binary itself, so they
# always match what ships: `omsgate generate` writes the man pages, the shell completions
# and the installed config (the embedded default with its own header) into
# $target/release/omsgate-generated/, which the assets in Cargo.toml name. Then
# `cargo deb --no-build --strip` packs the binary just built with them, stripped: the
# release profile keeps line tables for perf/ (44 MB), the package does not (6 MB).
# Needs cargo-deb (`cargo install cargo-deb --locked`), gzip and dpkg.
set -euo pipefail
cd "$(dirname "$0")/.."

target=$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
gen="$target/release/omsgate-generated"

cargo build --release --locked -p omsgate --bin omsgate
rm -rf "$gen"
"$target/release/omsgate" generate "$gen" >/dev/null
# Debian Policy 12.1/12.3: man pages and large documents gzip-compressed, -n so that the
# archive does not depend on the build time.
gzip -9n "$gen"/man/*.1
gzip -9n <README.md >"$gen/README.md.gz"

cargo deb -p omsgate --no-build --strip --locked --output "$target/debian/" | tail -n 1
