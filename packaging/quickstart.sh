#!/usr/bin/env bash
# Write Care Notes quick start on Debian 12, as root or as a user with sudo:
#   bash packaging/quickstart.sh run    install what is missing, build, start the app on its embedded database
#   bash packaging/quickstart.sh test   install what is missing, build, run every test with ctest
# Both are quick when nothing has changed: installed packages are only checked, and the build is incremental.
set -euo pipefail

mode="${1:-}"
case "$mode" in
    run | test) shift ;;
    *)
        echo "usage: bash packaging/quickstart.sh run|test" >&2
        exit 2
        ;;
esac

cd "$(dirname "$0")/.."

packages=(
    cmake ninja-build g++ pkgconf
    qt6-base-dev qt6-base-dev-tools libqt6sql6-psql qt6-charts-dev libqt6opengl6-dev libqt6svg6
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libxkbcommon-dev
    libpq-dev libssl-dev
    postgresql-15 postgresql-common util-linux
    pgbackrest
    fonts-dejavu-core tzdata
)
# The tests read back the text of the PDFs the app prints, put stations through a real PgBouncer, and build and check
# the Debian package (dpkg-shlibdeps, file, appstreamcli, desktop-file-validate, groff).
if [ "$mode" = test ]; then
    packages+=(poppler-utils pgbouncer dpkg-dev file appstream desktop-file-utils groff-base)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q '^install ok installed$'; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} > 0)); then
    echo "Installing: ${missing[*]}"
    sudo_cmd=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null; then
            echo "These Debian packages are missing and sudo is not available: ${missing[*]}" >&2
            echo "Install them as root, then run this again." >&2
            exit 1
        fi
        sudo_cmd=(sudo)
    fi
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [ ! -f build/CMakeCache.txt ]; then
    cmake --preset default
fi
cmake --build --preset default

case "$mode" in
    run) exec ./build/app/writecarenotes "$@" ;;
    test) exec ctest --preset default "$@" ;;
esac
