#!/usr/bin/env bash
# Fails when a translation is missing. lupdate runs on a scratch copy of each .ts file with the
# current sources, so a string added to the code but not to the .ts files counts as missing too.
# Korean: every message translated. English: every plural (%n) message has its forms.
# Usage: check_translations.sh LUPDATE SOURCE_ROOT TS_FILE...
set -eu
lupdate=$1
root=$2
shift 2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
for ts in "$@"; do
    copy="$scratch/$(basename "$ts")"
    cp "$ts" "$copy"
    "$lupdate" -silent -no-obsolete -locations none "$root/app" "$root/ui" -ts "$copy" >/dev/null
    # One line per message: "numerus unfinished source".
    report=$(awk '
        /<message/ { numerus = ($0 ~ /numerus="yes"/); unfinished = 0; source = "" }
        /<source>/ { source = $0; sub(/.*<source>/, "", source); sub(/<\/source>.*/, "", source) }
        /type="unfinished"/ { unfinished = 1 }
        /<\/message>/ { print numerus, unfinished, source }
    ' "$copy")
    total=$(printf '%s\n' "$report" | grep -c . || true)
    case "$ts" in
        *_en.ts) missing=$(printf '%s\n' "$report" | awk '$1 == 1 && $2 == 1' | cut -d' ' -f3-) ;;
        *) missing=$(printf '%s\n' "$report" | awk '$2 == 1' | cut -d' ' -f3-) ;;
    esac
    if [ -n "$missing" ]; then
        echo "$ts: $(printf '%s\n' "$missing" | wc -l) of $total messages need a translation" \
             "(run the update_translations target, then translate):"
        printf '  %s\n' "$missing" | head -20
        status=1
    else
        echo "$ts: up to date, $total messages"
    fi
done
exit $status
