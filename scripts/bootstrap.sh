#!/usr/bin/env bash
# Shared set-up: the system libraries Qt and the tools need, then .venv/ at the repository root.
# Usage: scripts/bootstrap.sh [extras]   e.g. "test,build"
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
extras=${1:-}

apt_packages=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-image0
  libxcb-render-util0 fonts-dejavu-core)
if [[ "$extras" == *test* ]]; then apt_packages+=(xvfb xauth x11-utils imagemagick poppler-utils binutils desktop-file-utils postgresql
  dbus-bin dbus-daemon at-spi2-core); fi
# Debian leaves ensurepip out of its python3; without it `python3 -m venv` makes a .venv with no pip.
python3 -c 'import ensurepip' >/dev/null 2>&1 || apt_packages+=(python3-venv)
missing=()
for p in "${apt_packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})); then
  sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

cd "$root"
if ! .venv/bin/python -m pip --version >/dev/null 2>&1; then
  rm -rf .venv  # missing, or half made (no pip: created before python3-venv was there)
  python3 -m venv .venv
fi

pip_install() {  # pip's own exit status decides (pipefail); only the filter's "no lines left" is ignored
  .venv/bin/python -m pip install -q "$@" 2>&1 | { grep -v '^WARNING: Location' || true; }
}
pip_install --upgrade pip
spec="."; [ -z "$extras" ] || spec=".[$extras]"
pip_install -e "$spec"
.venv/bin/python -m pip check >/dev/null
# Translations are compiled once here, at install time, so the application never compiles them at a start.
QT_QPA_PLATFORM=offscreen .venv/bin/python -m desktop.ui.translations >/dev/null
# Byte-code too, so the first start (and every start where byte-code is never written) reads no source to compile.
.venv/bin/python -m compileall -q desktop sync >/dev/null
# What this set-up was made from, so the next `scripts/run.sh` can start at once when nothing changed.
echo "${extras:-none} $("$root/scripts/setup_fingerprint.sh")" >> .venv/luring-setup
