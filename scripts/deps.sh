#!/usr/bin/env bash
# Installs what Watchfloor needs to build, run and test on Debian 12 (as root, or with sudo).
# Only missing packages are installed; pass --update to refresh the package lists first.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config ccache git
  clang libclang-rt-14-dev
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
  # Caddy, nginx and Prometheus come as system services, and caddy and nginx both want port 80:
  # on a machine with systemd the second one fails to start and can fail the install. Tests and
  # the benchmark start their own instances on loopback ports, so no service is started while
  # installing (policy-rc.d answers 101 "action forbidden"), unless the machine already has a policy.
  policy=/usr/sbin/policy-rc.d
  own_policy=""
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$policy" >/dev/null
    $SUDO chmod 755 "$policy"
    own_policy=1
  fi
  status=0
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" || status=$?
  if [ -n "$own_policy" ]; then $SUDO rm -f "$policy"; fi
  [ "$status" -eq 0 ] || exit "$status"
fi
