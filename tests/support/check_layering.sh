#!/usr/bin/env bash
# The dependency runs one way, ui -> app: no file under app/ includes a widget or GUI header or a
# header of ui/. Usage: check_layering.sh SOURCE_ROOT
set -eu
root=$1
status=0
ui_headers=$(cd "$root/ui" && find . -name '*.h' -printf '%f\n' | sort -u)
while IFS= read -r line; do
    file=${line%%:*}
    header=$(sed -E 's/.*#include [<"]([^>"]+)[>"].*/\1/' <<<"${line#*:}")
    case "$header" in
    QtWidgets/* | QtGui/* | QWidget | QPainter)
        echo "$file includes $header"; status=1 ;;
    *)
        if grep -qx "$(basename "$header")" <<<"$ui_headers" && [ ! -e "$root/app/$header" ] \
            && [ ! -e "$(dirname "$file")/$header" ]; then
            echo "$file includes $header of ui/"; status=1
        fi ;;
    esac
done < <(grep -rn --include='*.cpp' --include='*.h' '^#include' "$root/app" | sed 's/:[0-9]*:/:/')
[ $status -eq 0 ] && echo "app/ includes nothing of ui/, QtGui or QtWidgets"
exit $status
