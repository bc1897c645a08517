#!/usr/bin/env bash
# The README's screenshots, of the real app on the demonstration home, in English and in Welsh, at 1366x768 (a
# station's screen) under Xvfb: resources/screenshots/en/*.png and resources/screenshots/cy/*.png.
#   bash packaging/screenshots.sh      (after a build: cmake --build --preset default)
set -euo pipefail
cd "$(dirname "$0")/.."

for program in Xvfb xauth; do
    command -v "$program" >/dev/null || { echo "screenshots.sh needs $program (apt install xvfb xauth)" >&2; exit 1; }
done
cmake --build --preset default --target wcn-screenshots

work="$(mktemp -d)"
# As root the demo database's server runs as postgres, which must be able to reach its folder.
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT
for language in en cy; do
    rm -rf "resources/screenshots/$language"
    # One X server per language, 1366x768 like a station's screen; the window fills it.
    XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" QT_QPA_PLATFORM=xcb \
        xvfb-run --auto-servernum --server-args="-screen 0 1366x768x24" \
        ./build/tests/wcn-screenshots --language "$language" --data "$work/demo" \
        --out "resources/screenshots/$language"
done
echo "Screenshots in resources/screenshots/en and resources/screenshots/cy"
