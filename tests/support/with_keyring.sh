#!/usr/bin/env bash
# Runs a command with an unlocked gnome-keyring Secret Service on the current D-Bus session bus
# (start it inside dbus-run-session), then stops that keyring daemon so the session can end.
# The keyring and every XDG directory live in a scratch folder: the suite never touches the real
# keyring, settings or history of the person running it.
set -u
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_RUNTIME_DIR="$scratch/runtime" XDG_DATA_HOME="$scratch/data" \
       XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache"
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
chmod 700 "$XDG_RUNTIME_DIR"

keyring_env=$(echo -n pass | gnome-keyring-daemon --unlock --components=secrets)
while IFS= read -r line; do
    [ -n "$line" ] && export "${line?}"
done <<<"$keyring_env"

"$@"
status=$?

# Stop only the daemon that serves this session's bus.
for pid in $(pgrep -u "$(id -u)" -f gnome-keyring-daemon); do
    if tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null \
            | grep -qxF "DBUS_SESSION_BUS_ADDRESS=${DBUS_SESSION_BUS_ADDRESS:-}"; then
        kill "$pid" 2>/dev/null
    fi
done
exit $status
