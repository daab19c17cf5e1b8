#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine: installs the Debian packages Watchfloor
# needs (only those missing), configures and builds with Ninja, then runs a job.
#   tools/dev.sh run     build, then start the console on the embedded demo tenant
#   tools/dev.sh server  build, then start the tenant simulator alone (classroom, demos)
#   tools/dev.sh test    build, then run every test through ctest
set -euo pipefail

job=${1:-run}
shift || true
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${WATCHFLOOR_BUILD_DIR:-$root/build}

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
  qt6-svg-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-networkauth-dev
  libqt6sql6-sqlite qtkeychain-qt6-dev libgraphviz-dev liblz4-dev libgl-dev xvfb
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing missing Debian packages: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --parallel "$(nproc)"

case "$job" in
  run)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
      echo "No display found: the console needs a desktop session." >&2
      echo "On a server, 'tools/dev.sh server' runs the tenant simulator alone." >&2
      exit 1
    fi
    exec "$build/app/watchfloor/watchfloor" "$@"
    ;;
  server)
    exec "$build/app/watchfloor-server/watchfloor-server" --demo "$@"
    ;;
  test)
    export QT_QPA_PLATFORM=offscreen LC_ALL=C
    exec ctest --test-dir "$build" --output-on-failure --timeout 900 "$@"
    ;;
  *)
    echo "usage: tools/dev.sh run|server|test [arguments]" >&2
    exit 2
    ;;
esac
