#!/usr/bin/env bash
# Parley as an installed app: builds the packaging configuration (the run options, installed to
# /usr) in BUILD_DIR unless it is built already, installs it into a staging folder and validates
# the desktop entry and AppStream metadata there, then makes the .deb and the .tar.gz with CPack,
# checks the .deb's control fields and file list, unpacks it with dpkg -x and runs
# parley-cli --version, parley --version and a demo chat from there, lets apt resolve its
# dependencies on this Debian, and installs it into a scratch root with dpkg --root.
# Usage: check_packages.sh SOURCE_ROOT BUILD_DIR
set -euo pipefail
root=$1
build=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
step() { echo "--- $*"; }

for tool in desktop-file-validate appstreamcli dpkg-deb dpkg-shlibdeps; do
    command -v "$tool" >/dev/null || fail "$tool is missing (tools/dev.sh test installs it)"
done

step "packaging build in $build"
mapfile -t options < <("$root/tools/dev.sh" options run)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${options[@]}" \
    -DCMAKE_INSTALL_PREFIX=/usr >/dev/null
cmake --build "$build" -j 2 >/dev/null

step "cmake --install into a staging folder"
DESTDIR="$scratch/stage" cmake --install "$build" >/dev/null
stage=$scratch/stage/usr
for file in bin/parley bin/parley-cli share/applications/org.parley.Parley.desktop \
            share/metainfo/org.parley.Parley.metainfo.xml share/doc/parley/copyright \
            share/icons/hicolor/scalable/apps/org.parley.Parley.svg; do
    [ -e "$stage/$file" ] || fail "cmake --install did not put $file"
done
for size in 16 22 24 32 48 64 128 256 512; do
    [ -e "$stage/share/icons/hicolor/${size}x${size}/apps/org.parley.Parley.png" ] \
        || fail "no ${size}x${size} icon"
done
desktop-file-validate "$stage/share/applications/org.parley.Parley.desktop" \
    || fail "desktop-file-validate"
appstreamcli validate --no-net "$stage/share/metainfo/org.parley.Parley.metainfo.xml" \
    || fail "appstreamcli validate"

step "cpack: .deb and .tar.gz"
(cd "$build" && cpack -G "DEB;TGZ" >/dev/null) || fail "cpack"
deb=$(ls "$build"/parley_*.deb | head -1)
tgz=$(ls "$build"/parley-*.tar.gz | head -1)
[ -f "$deb" ] && [ -f "$tgz" ] || fail "cpack made no .deb or .tar.gz"
echo "$(basename "$deb"), $(basename "$tgz")"

step "control fields"
for field in Package Version Architecture Maintainer Section Description Depends; do
    value=$(dpkg-deb -f "$deb" "$field")
    [ -n "$value" ] || fail "the .deb has no $field"
    echo "$field: $value" | cut -c1-160
done
[ "$(dpkg-deb -f "$deb" Package)" = parley ] || fail "package name"
depends=$(dpkg-deb -f "$deb" Depends)
# From the libraries (dpkg-shlibdeps), and what they load without linking.
for needed in libqt6core6 libqt6widgets6 libqt6network6 libqt6keychain1 qt6-qpa-plugins \
              libqt6sql6-sqlite gnome-keyring fonts-dejavu-core; do
    grep -q "$needed" <<<"$depends" || fail "Depends lacks $needed"
done

step "file list"
files=$(dpkg-deb -c "$deb")
for file in ./usr/bin/parley ./usr/bin/parley-cli ./usr/share/applications/org.parley.Parley.desktop \
            ./usr/share/metainfo/org.parley.Parley.metainfo.xml \
            ./usr/share/icons/hicolor/512x512/apps/org.parley.Parley.png \
            ./usr/share/doc/parley/copyright; do
    grep -q " $file$" <<<"$files" || fail "the .deb lacks $file"
done
tarball=$(tar -tzf "$tgz")
grep -q '/bin/parley$' <<<"$tarball" || fail "the tarball lacks bin/parley"

step "dpkg -x, and the programs run from there"
dpkg -x "$deb" "$scratch/x"
export XDG_CONFIG_HOME=$scratch/home/config XDG_DATA_HOME=$scratch/home/data
export XDG_CACHE_HOME=$scratch/home/cache
version=$(dpkg-deb -f "$deb" Version)
grep -q "$version" <<<"$("$scratch/x/usr/bin/parley-cli" --version)" || fail "parley-cli --version"
grep -q "$version" <<<"$("$scratch/x/usr/bin/parley" --version)" || fail "parley --version"
"$scratch/x/usr/bin/parley-cli" chat "Hello from the package" >"$scratch/chat.txt" \
    || fail "a demo chat from the unpacked package"
grep -q "Hello from Parley's demo" "$scratch/chat.txt" || fail "the demo chat's answer"
echo "demo chat: $(head -c 60 "$scratch/chat.txt" | tr '\n' ' ')"

step "apt resolves the dependencies on this system"
apt-get install -s -q "$deb" >"$scratch/apt.txt" 2>&1 || { cat "$scratch/apt.txt"; fail "apt-get -s"; }
grep -q "^Inst parley" "$scratch/apt.txt" || { cat "$scratch/apt.txt"; fail "apt would not install it"; }

step "dpkg --root: installed into a scratch root"
target=$scratch/root
mkdir -p "$target/var/lib/dpkg/info" "$target/var/lib/dpkg/updates" "$target/usr/bin"
touch "$target/var/lib/dpkg/status" "$target/var/lib/dpkg/available"
dpkg --root="$target" --force-depends --force-script-chrootless -i "$deb" >/dev/null 2>&1 \
    || dpkg --root="$target" --force-depends -i "$deb" >/dev/null \
    || fail "dpkg --root -i"
grep -q "^Status: install ok installed" <<<"$(dpkg --root="$target" -s parley)" || fail "not installed"
[ -x "$target/usr/bin/parley" ] || fail "no parley in the scratch root"
echo "every package check passed"
