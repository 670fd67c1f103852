#!/usr/bin/env bash
# Parley's two entry points for a Debian 12 machine (root, or a user with sudo):
#   tools/dev.sh run    install what is missing, build, and start parley
#   tools/dev.sh test   install what is missing, build the test configuration, and run the whole
#                       suite under Xvfb in a D-Bus session with an unlocked gnome-keyring
# Extra arguments after "run" go to parley; after "test" they go to ctest.
# (tools/dev.sh options run|test prints the CMake options of each build, for the suite's checks.)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jobs=$(( $(nproc) < 2 ? $(nproc) : 2 ))

build_packages=(
    build-essential cmake ninja-build git pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-qpa-plugins qt6-svg-dev qt6-image-formats-plugins
    qtkeychain-qt6-dev libqt6sql6-sqlite libgl-dev
    qt6-translations-l10n fonts-dejavu-core fonts-noto-cjk fonts-noto-color-emoji
)
test_packages=(
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools xdotool
    clang libclang-rt-14-dev clang-format zlib1g-dev openssl
    dpkg-dev desktop-file-utils appstream python3-yaml
)

# "run" builds only what it starts: parley and parley-cli, no tests, benchmarks or fuzzers.
run_options=(-DPARLEY_BUILD_TESTS=OFF -DPARLEY_BUILD_BENCHMARKS=OFF -DPARLEY_BUILD_FUZZERS=OFF)
# "test" builds everything; warnings are errors, and the tests run under AddressSanitizer,
# LeakSanitizer and UBSan.
test_options=(-DPARLEY_BUILD_TESTS=ON -DPARLEY_BUILD_BENCHMARKS=ON -DPARLEY_WERROR=ON
              -DPARLEY_SANITIZE=ON -DPARLEY_BUILD_FUZZERS=ON)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        echo "Installing packages needs root: run this as root or install sudo." >&2
        exit 1
    fi
}

install_missing() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "Installing ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

configure_and_build() {
    local dir=$1
    shift
    say "Configuring $dir"
    cmake -S "$root" -B "$root/$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    say "Building $dir"
    cmake --build "$root/$dir" -j "$jobs"
}

case "${1:-}" in
run)
    shift
    install_missing "${build_packages[@]}"
    configure_and_build build "${run_options[@]}"
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found (DISPLAY and WAYLAND_DISPLAY are empty): start parley from a desktop" \
             "session, or try it headless with: xvfb-run -a $root/build/app/parley" >&2
        exit 1
    fi
    say "Starting parley"
    exec "$root/build/app/parley" "$@"
    ;;
test)
    shift
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    configure_and_build build-ci "${test_options[@]}"
    # The packaging build the suite makes the .deb from: what "run" builds, installed to /usr.
    configure_and_build build-package "${run_options[@]}" -DCMAKE_INSTALL_PREFIX=/usr
    say "Running the test suite"
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:${ASAN_OPTIONS:-}"
    export LSAN_OPTIONS="suppressions=$root/tests/support/lsan.supp:print_suppressions=0:${LSAN_OPTIONS:-}"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
    exec dbus-run-session -- "$root/tests/support/with_keyring.sh" \
        xvfb-run -a -s "-screen 0 1280x800x24" \
        ctest --test-dir "$root/build-ci" --output-on-failure -j "$jobs" "$@"
    ;;
options)
    case "${2:-}" in
    run) printf '%s\n' "${run_options[@]}" ;;
    test) printf '%s\n' "${test_options[@]}" ;;
    *) echo "usage: tools/dev.sh options run|test" >&2; exit 1 ;;
    esac
    ;;
*)
    sed -n '2,7p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 1
    ;;
esac
