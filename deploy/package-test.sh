#!/usr/bin/env bash
# CI check of the .deb (run by .ci/run after the test suite; needs root): build it, install
# it with dpkg, and check what the package promises — every file where the README says,
# the conffile and its ownership, the omsgate user, `omsgate check` as root and as the
# service user, editing as root, the units (`systemd-analyze verify`, and a floor on
# `systemd-analyze security`), lintian without errors, the man pages and completions (as
# the installed binary writes them; the man page renders, bash completes) — then purge it
# and check that it is gone. Idempotent: a package left by a killed run is purged first;
# the trap purges and removes the user this run (or a killed one) created, on failure too.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" != 0 ]; then
    echo "package-test: needs root (dpkg -i)" >&2
    exit 1
fi

# The most `systemd-analyze security` may score the installed unit (0 = locked down,
# 10 = unprotected; deploy/systemd-analyze-security.txt has the full table): hardening
# cannot quietly regress.
MAX_EXPOSURE=2.5

units=/usr/lib/systemd/system
work=$(mktemp -d)
# The user this test creates is removed again; the marker remembers that a run killed
# before its trap (SIGKILL) created it, so that the next run removes it too.
marker=/var/tmp/omsgate-package-test.created-user
had_user=no
getent passwd omsgate >/dev/null && [ ! -e "$marker" ] && had_user=yes
[ "$had_user" = yes ] || touch "$marker"

cleanup() {
    local status=$?
    if dpkg-query -W -f='${Status}' omsgate 2>/dev/null | grep -q installed; then
        dpkg --purge omsgate >/dev/null 2>&1 || true
    fi
    if [ "$had_user" = no ]; then
        userdel omsgate 2>/dev/null || true
        groupdel omsgate 2>/dev/null || true
        rm -f "$marker"
    fi
    rm -rf "$work"
    [ "$status" = 0 ] || echo "package-test: FAILED (status $status)" >&2
}
trap cleanup EXIT

fail() {
    echo "package-test: $*" >&2
    exit 1
}
step() { echo "package-test: $*"; }

if dpkg-query -W -f='${Status}' omsgate 2>/dev/null | grep -q installed; then
    step "purging an omsgate package left installed by an earlier run"
    dpkg --purge omsgate >/dev/null
fi

start=$SECONDS
deb=$(deploy/build-deb.sh | tail -n 1)
[ -f "$deb" ] || fail "build-deb.sh did not print a .deb path (got: $deb)"
step "built $(basename "$deb") in $((SECONDS - start)) s"
checks=$SECONDS

# Installed twice: the second run of postinst (an upgrade to the same version) must work
# with the user and the ownership overrides already there.
dpkg -i "$deb" >"$work/dpkg-i.log" 2>&1 || { cat "$work/dpkg-i.log"; fail "dpkg -i failed"; }
dpkg -i "$deb" >>"$work/dpkg-i.log" 2>&1 || { cat "$work/dpkg-i.log"; fail "dpkg -i (again) failed"; }

# Every file where stated, each listed by dpkg as the package's.
dpkg -L omsgate >"$work/files"
expected=(
    /usr/bin/omsgate
    /etc/omsgate/omsgate.toml
    $units/omsgate.service
    $units/omsgate.socket
    /usr/lib/sysusers.d/omsgate.conf
    /usr/share/man/man1/omsgate.1.gz
    /usr/share/man/man1/omsgate-config-set.1.gz
    /usr/share/man/man1/omsgate-relay-proxy-set.1.gz
    /usr/share/bash-completion/completions/omsgate
    /usr/share/zsh/vendor-completions/_omsgate
    /usr/share/fish/vendor_completions.d/omsgate.fish
    /usr/share/doc/omsgate/copyright
    /usr/share/doc/omsgate/changelog.Debian.gz
    /usr/share/doc/omsgate/README.md.gz
)
for f in "${expected[@]}"; do
    grep -qxF "$f" "$work/files" || fail "dpkg -L omsgate does not list $f"
    [ -f "$f" ] || fail "$f is not installed"
done
pages=$(grep -c '^/usr/share/man/man1/omsgate.*\.1\.gz$' "$work/files")
subcommands=$(omsgate generate "$work/gen" | grep -c '/man/')
[ "$pages" = "$subcommands" ] || fail "$pages man pages installed, the binary has $subcommands"
# What is installed is what the installed binary writes: no stale page, completion or
# config packed from an earlier build.
for page in "$work"/gen/man/*.1; do
    zcat "/usr/share/man/man1/$(basename "$page").gz" | cmp -s - "$page" \
        || fail "/usr/share/man/man1/$(basename "$page").gz differs from what omsgate generate writes"
done
for pair in omsgate.bash:/usr/share/bash-completion/completions/omsgate \
    _omsgate:/usr/share/zsh/vendor-completions/_omsgate \
    omsgate.fish:/usr/share/fish/vendor_completions.d/omsgate.fish \
    ../omsgate.toml:/etc/omsgate/omsgate.toml; do
    cmp -s "$work/gen/completions/${pair%%:*}" "${pair#*:}" \
        || fail "${pair#*:} differs from what omsgate generate writes"
done
dpkg-query -W -f='${Conffiles}\n' omsgate | grep -q '^ /etc/omsgate/omsgate.toml ' \
    || fail "/etc/omsgate/omsgate.toml is not a conffile"
dpkg --verify omsgate || fail "dpkg --verify omsgate: files differ from the package"
step "files: ${#expected[@]} checked, $pages man pages, completions and config as the binary writes them, dpkg --verify clean"

# The service user, and who may read and edit the config.
getent passwd omsgate | grep -q ':/nonexistent:/usr/sbin/nologin$' || fail "no omsgate system user"
[ "$(id -gn omsgate)" = omsgate ] || fail "omsgate's group is not omsgate"
[ "$(stat -c '%U:%G %a' /etc/omsgate)" = "root:omsgate 750" ] || fail "/etc/omsgate: $(stat -c '%U:%G %a' /etc/omsgate)"
[ "$(stat -c '%U:%G %a' /etc/omsgate/omsgate.toml)" = "root:omsgate 640" ] \
    || fail "omsgate.toml: $(stat -c '%U:%G %a' /etc/omsgate/omsgate.toml)"
[ "$(stat -c '%U:%G %a' /usr/bin/omsgate)" = "root:root 755" ] || fail "/usr/bin/omsgate: $(stat -c '%U:%G %a' /usr/bin/omsgate)"

# `omsgate check` against the installed config: as root (which also warns when the
# service user could not read it), and as the service user, as ExecStartPre runs it.
omsgate check --config /etc/omsgate/omsgate.toml >"$work/check.out" 2>"$work/check.err" \
    || { cat "$work/check.err"; fail "omsgate check failed on the installed config"; }
grep -q 'effective settings from /etc/omsgate/omsgate.toml' "$work/check.out" || fail "check did not read the file"
! grep -q 'event 401' "$work/check.err" || { cat "$work/check.err"; fail "check warns the service user cannot read"; }
setpriv --reuid omsgate --regid omsgate --init-groups omsgate check >"$work/check-user.out" 2>&1 \
    || { cat "$work/check-user.out"; fail "omsgate check as the omsgate user failed"; }
grep -q 'effective settings from /etc/omsgate/omsgate.toml' "$work/check-user.out" \
    || fail "as the omsgate user, check did not read /etc/omsgate/omsgate.toml"

# Root edits; the service user still reads the result, the relay proxy password too.
omsgate config set idle_timeout 5m >/dev/null
echo "s3cret" | omsgate relay-proxy set http://127.0.0.1:3128 --username gw --password-stdin >/dev/null
[ "$(stat -c '%U:%G %a' /etc/omsgate/omsgate.toml)" = "root:omsgate 640" ] || fail "an edit changed the config's owner or mode"
[ "$(stat -c '%U:%G %a' /etc/omsgate/relay-proxy.password)" = "root:omsgate 640" ] \
    || fail "relay-proxy.password: $(stat -c '%U:%G %a' /etc/omsgate/relay-proxy.password)"
setpriv --reuid omsgate --regid omsgate --init-groups omsgate check >"$work/check-user.out" 2>&1 \
    || { cat "$work/check-user.out"; fail "after root's edits, check as the omsgate user failed"; }
grep -q 'idle_timeout = "5m"' "$work/check-user.out" || fail "the service user does not see root's edit"
step "user omsgate; /etc/omsgate root:omsgate 750, config and password root:omsgate 640; check passes as root and as omsgate"

# The units as installed.
systemd-analyze verify $units/omsgate.service $units/omsgate.socket >"$work/verify.out" 2>&1 \
    || { cat "$work/verify.out"; fail "systemd-analyze verify failed"; }
if [ -s "$work/verify.out" ]; then cat "$work/verify.out"; fail "systemd-analyze verify printed warnings"; fi
systemd-analyze security --offline=yes --threshold="$(awk "BEGIN { print int($MAX_EXPOSURE * 10) }")" \
    $units/omsgate.service >"$work/security.out" 2>&1 \
    || { tail -n 3 "$work/security.out"; fail "systemd-analyze security: exposure above $MAX_EXPOSURE"; }
step "units verify; $(grep -o 'Overall exposure level.*' "$work/security.out" | sed 's/\x1b\[[0-9;]*m//g')"

# lintian: no error; warnings and info listed (overrides with reasons: deploy/debian/lintian-overrides).
lintian --fail-on error --display-info "$deb" >"$work/lintian.out" 2>&1 \
    || { cat "$work/lintian.out"; fail "lintian reports errors"; }
step "lintian: no error; $(grep -c '^[WI]: ' "$work/lintian.out" || true) warnings/info"
sed 's/^/  /' "$work/lintian.out"

# The man page renders without groff warnings; the bash completion loads and completes.
MANWIDTH=80 man --warnings omsgate >"$work/man.out" 2>"$work/man.err" || fail "man omsgate failed"
[ ! -s "$work/man.err" ] || { cat "$work/man.err"; fail "man omsgate: groff warnings"; }
grep -q 'omsgate-relay-proxy(1)' "$work/man.out" || fail "man omsgate does not list its subcommands"
MANWIDTH=80 man omsgate-config-set >/dev/null 2>&1 || fail "man omsgate-config-set failed"
completed=$(bash -c 'source /usr/share/bash-completion/completions/omsgate
    COMP_WORDS=(omsgate relay-p); COMP_CWORD=1; COMP_LINE="omsgate relay-p"; COMP_POINT=${#COMP_LINE}
    _omsgate omsgate relay-p omsgate; echo "${COMPREPLY[*]}"')
[ "$completed" = "relay-proxy" ] || fail "bash completion of 'omsgate relay-p' gave '$completed'"
step "man omsgate renders; bash completes 'relay-p' to '$completed'"

# Purge: every file, the conffile, the password beside it, the directory and the
# ownership overrides go; the user stays (Debian practice, see deploy/debian/postrm).
dpkg --purge omsgate >"$work/purge.log" 2>&1 || { cat "$work/purge.log"; fail "dpkg --purge failed"; }
for f in "${expected[@]}" /etc/omsgate/relay-proxy.password /etc/omsgate; do
    [ ! -e "$f" ] || fail "$f is still there after purge"
done
! dpkg-statoverride --list | grep -q /etc/omsgate || fail "ownership overrides left after purge"
getent passwd omsgate >/dev/null || fail "purge removed the omsgate user (it should keep it)"
step "purged: files, conffile, /etc/omsgate and overrides gone; user omsgate kept"
step "checks took $((SECONDS - checks)) s"
