#!/usr/bin/env bash
# Makes every icon Parley ships from its one source, resources/icons/parley.svg: the hicolor PNG
# sizes for Linux desktops, the window icon, parley.ico for Windows and parley.icns for macOS.
# Run it after changing the SVG and commit what it writes. Needs the Debian packages
# librsvg2-bin (rsvg-convert), icoutils (icotool) and icnsutils (png2icns).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
svg=$root/resources/icons/parley.svg
hicolor=$root/packaging/linux/icons/hicolor
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "$hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$hicolor/${size}x${size}/apps/org.parley.Parley.png"
done
mkdir -p "$hicolor/scalable/apps"
cp "$svg" "$hicolor/scalable/apps/org.parley.Parley.svg"
# The window icon compiled into the app.
cp "$hicolor/256x256/apps/org.parley.Parley.png" "$root/resources/icons/parley.png"
# Windows: one .ico with the sizes Explorer and the taskbar use.
icotool -c -o "$root/packaging/windows/parley.ico" \
    "$hicolor/16x16/apps/org.parley.Parley.png" "$hicolor/24x24/apps/org.parley.Parley.png" \
    "$hicolor/32x32/apps/org.parley.Parley.png" "$hicolor/48x48/apps/org.parley.Parley.png" \
    "$hicolor/64x64/apps/org.parley.Parley.png" "$hicolor/256x256/apps/org.parley.Parley.png"
# macOS: an .icns with the sizes png2icns knows (16, 32, 48, 128, 256, 512).
png2icns "$root/packaging/macos/parley.icns" \
    "$hicolor/16x16/apps/org.parley.Parley.png" "$hicolor/32x32/apps/org.parley.Parley.png" \
    "$hicolor/48x48/apps/org.parley.Parley.png" "$hicolor/128x128/apps/org.parley.Parley.png" \
    "$hicolor/256x256/apps/org.parley.Parley.png" "$hicolor/512x512/apps/org.parley.Parley.png" \
    >/dev/null
echo "icons written from $svg"
