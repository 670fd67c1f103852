#!/usr/bin/env bash
# Checks that a Secret Service (gnome-keyring) answers in this session: store, look up, clear.
# Exit 77 (skipped) outside a D-Bus session, as when ctest is run by hand.
set -u
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "no D-Bus session bus: run the suite through tools/dev.sh test"
    exit 77
fi
command -v secret-tool >/dev/null || { echo "secret-tool is missing (libsecret-tools)"; exit 1; }
attr="parley-env-check-$$"
printf 'canary-%s' "$$" | timeout 20 secret-tool store --label="Parley env check" test "$attr" || {
    echo "the Secret Service did not store an item"; exit 1; }
got=$(timeout 20 secret-tool lookup test "$attr")
timeout 20 secret-tool clear test "$attr"
[ "$got" = "canary-$$" ] || { echo "the Secret Service returned '$got'"; exit 1; }
echo "Secret Service: store, lookup and clear work"
