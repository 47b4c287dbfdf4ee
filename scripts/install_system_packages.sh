#!/usr/bin/env bash
# System libraries Qt needs on Debian/Ubuntu (plus Chromium for the snippet browser tests and the sqlite3
# shell for benchmarks). Runs apt-get only as root on a Debian-like system; prints a hint otherwise.
set -euo pipefail
PACKAGES="libgl1 libegl1 libfontconfig1 libglib2.0-0 libxkbcommon0 libdbus-1-3 libxcb-cursor0 libxcb-icccm4
libxcb-keysyms1 libxkbcommon-x11-0 libxcb-shape0 libxcb-render-util0 libxcb-image0 libxcb-randr0
libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0 libx11-xcb1 fonts-dejavu-core xvfb chromium sqlite3"
if ! command -v apt-get >/dev/null 2>&1; then
    echo "Not a Debian/Ubuntu system: install Qt's runtime libraries with your package manager." >&2
    exit 0
fi
missing=$(dpkg-query -W -f='${Package} ${Status}\n' $PACKAGES 2>/dev/null | grep -v "install ok installed" | cut -d' ' -f1 || true)
missing="$missing $(for p in $PACKAGES; do dpkg-query -W "$p" >/dev/null 2>&1 || echo "$p"; done)"
missing=$(echo $missing | tr ' ' '\n' | sort -u | tr '\n' ' ')
if [ -z "${missing// /}" ]; then
    exit 0
fi
if [ "$(id -u)" != "0" ]; then
    SUDO=sudo
else
    SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends $missing
