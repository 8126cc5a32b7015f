#!/usr/bin/env bash
# Run inside an X server (xvfb-run): start the frozen application on a new, empty data folder, wait for its
# first-run window, save a screenshot, and stop it. Fails if a tool is missing, the application exits, that
# window does not appear within 60 s, the screenshot is missing or blank, or the data folder is not 700.
# Usage: xvfb-run -a -s "-screen 0 1280x800x24" installer/first-window.sh [screenshot.png]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shot=${1:-$root/dist/first-run.png}
# The exact title of the first-run set-up window (desktop/ui/first_run.py, Indonesian from shell_id.ts): a log-in
# window or an error dialog has another title, so it cannot pass for it. measure_startup.py waits for the same.
title="Luring — penyiapan perangkat"
for tool in xwininfo import identify; do
  command -v "$tool" >/dev/null || { echo "first-window: $tool not installed (x11-utils, imagemagick)" >&2; exit 1; }
done
data=$(mktemp -d)
log=$(mktemp)
pid=""
trap '[ -z "$pid" ] || kill "$pid" 2>/dev/null || true; rm -rf "$data" "$log"' EXIT
env -u QT_QPA_PLATFORM "$root/dist/luring/luring" --data-dir "$data/Luring" >"$log" 2>&1 &
pid=$!
started=$(date +%s%N)
size=""
for _ in $(seq 1 600); do
  kill -0 "$pid" 2>/dev/null || { echo "first-window: the application exited:" >&2; cat "$log" >&2; exit 1; }
  info=$(xwininfo -name "$title" 2>/dev/null || true)
  if grep -q "Map State: IsViewable" <<<"$info"; then
    size="$(awk '/Width:/ { w = $2 } /Height:/ { h = $2 } END { print w "x" h }' <<<"$info")"
    break
  fi
  sleep 0.1
done
[ -n "$size" ] || { echo "first-window: no window titled \"$title\" within 60 s; the display has:" >&2
  xwininfo -root -tree | grep '"' >&2 || true; exit 1; }
echo "first-window: \"$title\" ($size) shown after $(( ($(date +%s%N) - started) / 1000000 )) ms"
sleep 1  # let it finish painting
rm -f "$shot"
import -window root "$shot"
[ -s "$shot" ] || { echo "first-window: no screenshot was written to $shot" >&2; exit 1; }
# An unpainted screen is one or two flat colours; text and widgets bring many more.
colours=$(identify -format %k "$shot")
[ "$colours" -gt 16 ] || { echo "first-window: the screenshot has only $colours colour(s): nothing drawn" >&2; exit 1; }
echo "first-window: screenshot $shot ($colours colours)"
[ "$(stat -c %a "$data/Luring" 2>/dev/null)" = 700 ] || { echo "first-window: data folder is not 700" >&2; exit 1; }
echo "first-window: data folder created with mode 700"
