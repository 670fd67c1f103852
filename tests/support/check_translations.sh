#!/usr/bin/env bash
# Fails when a translation file has a message without a finished translation.
set -eu
status=0
for ts in "$@"; do
    total=$(grep -c '<message' "$ts" || true)
    open=$(grep -c 'type="unfinished"' "$ts" || true)
    if [ "$open" -ne 0 ]; then
        echo "$ts: $open of $total messages are not translated:"
        grep -B3 'type="unfinished"' "$ts" | grep '<source>' | head -20
        status=1
    else
        echo "$ts: all $total messages translated"
    fi
done
exit $status
