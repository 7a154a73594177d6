#!/usr/bin/env bash
# Installs what Watchfloor needs to build, run and test on Debian 12 (as root, or with sudo).
# Only missing packages are installed; pass --update to refresh the package lists first.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config ccache git
  qt6-base-dev qt6-base-dev-tools libqt6opengl6-dev qt6-charts-dev qt6-httpserver-dev
  qt6-websockets-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-qpa-plugins qt6-translations-l10n libgl-dev
  libcurl4-openssl-dev libsqlite3-dev sqlite3 libyaml-cpp-dev libgraphviz-dev graphviz
  qtkeychain-qt6-dev
  xvfb xauth imagemagick fonts-dejavu-core fonts-noto-cjk dbus-daemon poppler-utils
  haproxy caddy socat
  prometheus prometheus-blackbox-exporter openssl
  nginx-light apache2-utils wrk
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ "${1:-}" = "--update" ] || [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
