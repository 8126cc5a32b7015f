#!/usr/bin/env bash
# Build the Linux one-folder application dist/luring/ and dist/luring-<version>-linux-<arch>.tar.gz
# (the folder, the desktop entry, the icon and install.sh), and print their sizes and the build time.
# Usage: installer/build-linux.sh [--self-test]    --self-test: run the frozen `luring --self-test` offscreen
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
py=${PYTHON:-.venv/bin/python}
[ -x "$py" ] || { echo "build-linux: $py not found; run scripts/bootstrap.sh test,build first" >&2; exit 1; }
self_test=0
for arg in "$@"; do
  case "$arg" in
    --self-test) self_test=1 ;;
    *) echo "build-linux: unknown option $arg" >&2; exit 2 ;;
  esac
done

"$py" -c "import PyInstaller" 2>/dev/null || "$py" -m pip install -q -e ".[build]"
version=$("$py" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=$(uname -m)
name="luring-$version"
tarball="dist/$name-linux-$arch.tar.gz"

started=$(date +%s)
"$py" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller installer/luring.spec
built=$(date +%s)

stage="build/installer/tar"
rm -rf "$stage" "$tarball"
mkdir -p "$stage/$name"
cp -a dist/luring "$stage/$name/luring"
cp installer/luring.desktop installer/install-linux.sh resources/icons/luring.png "$stage/$name/"
chmod 755 "$stage/$name/install-linux.sh"
tar -C "$stage" --owner=0 --group=0 -czf "$tarball" "$name"
rm -rf "$stage"
finished=$(date +%s)

echo "build-linux: version $version, PyInstaller $((built - started)) s, archive $((finished - built)) s"
echo "build-linux: folder  $(du -sh dist/luring | cut -f1)  dist/luring ($(find dist/luring -type f | wc -l) files)"
echo "build-linux: archive $(du -h "$tarball" | cut -f1)  $tarball"

if ((self_test)); then
  echo "build-linux: frozen self-test (QT_QPA_PLATFORM=offscreen)"
  QT_QPA_PLATFORM=offscreen dist/luring/luring --self-test
  if command -v xvfb-run >/dev/null && command -v xauth >/dev/null; then
    # The same on X11 (the xcb plugin as on an office PC), then the real application's first window.
    echo "build-linux: frozen self-test under Xvfb (xcb)"
    env -u QT_QPA_PLATFORM xvfb-run -a -s "-screen 0 1280x800x24" dist/luring/luring --self-test
    xvfb-run -a -s "-screen 0 1280x800x24" bash installer/first-window.sh dist/first-run.png
  else
    echo "build-linux: xvfb-run or xauth not installed: X11 start not checked"
  fi
fi
