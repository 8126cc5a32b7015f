#!/usr/bin/env bash
# Build the Linux one-folder application dist/luring/ and dist/luring-<version>-linux-<arch>.tar.gz
# (the folder, the desktop entry, the icon and install.sh), and print their sizes and the build time.
# Usage: installer/build-linux.sh [--self-test]
#   --self-test: run the frozen `luring --self-test` offscreen and under Xvfb, prove it fails on an altered
#   resources copy, and start the application under Xvfb to screenshot its first-run window (dist/first-run.png).
#   Strict: a missing tool (xvfb-run, xauth, xwininfo, import) or screenshot fails the build.
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
if ((self_test)); then  # before the two-minute build, not after it
  for tool in xvfb-run xauth xwininfo import identify; do
    command -v "$tool" >/dev/null || {
      echo "build-linux: --self-test needs $tool (scripts/bootstrap.sh test installs xvfb xauth x11-utils imagemagick)" >&2
      exit 1
    }
  done
fi

"$py" -c "import PyInstaller" 2>/dev/null || "$py" -m pip install -q -e ".[build]"
version=$("$py" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=$(uname -m)
name="luring-$version"
tarball="dist/$name-linux-$arch.tar.gz"

started=$(date +%s)
"$py" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller installer/luring.spec
built=$(date +%s)
dangling=$(find dist/luring -xtype l)
[ -z "$dangling" ] || { echo "build-linux: dangling symlinks in dist/luring:" >&2; echo "$dangling" >&2; exit 1; }

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
  screen=(-s "-screen 0 1280x800x24")
  echo "build-linux: frozen self-test (QT_QPA_PLATFORM=offscreen)"
  QT_QPA_PLATFORM=offscreen dist/luring/luring --self-test

  echo "build-linux: frozen self-test on a resources copy with one byte added must fail"
  altered=$(mktemp -d)
  trap 'rm -rf "$altered"' EXIT
  cp -a dist/luring/_internal/resources "$altered/resources"
  rules=$(find "$altered/resources/rules" -name 'eligibility-*.json' | sort | head -1)
  echo >>"$rules"  # still valid JSON, so only the manifest's sha256 can tell
  if out=$(LURING_RESOURCES_DIR="$altered/resources" QT_QPA_PLATFORM=offscreen dist/luring/luring --self-test 2>&1); then
    echo "$out" >&2; echo "build-linux: the frozen self-test passed on altered resources" >&2; exit 1
  fi
  if ! grep -q "^FAIL resource manifest: 1 file(s) differ from the build" <<<"$out" || grep -q Traceback <<<"$out"; then
    echo "$out" >&2; echo "build-linux: the frozen self-test did not name the altered file" >&2; exit 1
  fi
  echo "build-linux: failed as it should: $(grep '^FAIL' <<<"$out")"

  # The same on X11 (the xcb plugin as on an office PC), then the real application's first window.
  echo "build-linux: frozen self-test under Xvfb (xcb)"
  out=$(env -u QT_QPA_PLATFORM xvfb-run -a "${screen[@]}" dist/luring/luring --self-test 2>&1) || { echo "$out" >&2; exit 1; }
  echo "$out"
  grep -q "^ok   qt window: platform xcb," <<<"$out" || { echo "build-linux: the Qt window was not on xcb" >&2; exit 1; }
  rm -f dist/first-run.png
  xvfb-run -a "${screen[@]}" bash installer/first-window.sh dist/first-run.png
  [ -s dist/first-run.png ] || { echo "build-linux: no first-run screenshot" >&2; exit 1; }
fi
