#!/usr/bin/env bash
# Fails when a committed C++ source differs from the .clang-format style.
set -eu
clang_format=$1
files=$(git ls-files '*.cpp' '*.h' 2>/dev/null || find app ui tests -name '*.cpp' -o -name '*.h')
[ -n "$files" ] || exit 0
# shellcheck disable=SC2086
"$clang_format" --dry-run --Werror $files
echo "format: $(echo "$files" | wc -l) files match .clang-format"
