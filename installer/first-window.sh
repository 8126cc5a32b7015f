#!/usr/bin/env bash
# Run inside an X server (xvfb-run): start the frozen application on a new, empty data folder, wait for its
# first-run window, save a screenshot, and stop it. Fails if the application exits or no window appears.
# Usage: xvfb-run -a -s "-screen 0 1280x800x24" installer/first-window.sh [screenshot.png]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
shot=${1:-$root/dist/first-run.png}
data=$(mktemp -d)
log=$(mktemp)
pid=""
trap '[ -z "$pid" ] || kill "$pid" 2>/dev/null || true; rm -rf "$data" "$log"' EXIT
env -u QT_QPA_PLATFORM "$root/dist/luring/luring" --data-dir "$data/Luring" >"$log" 2>&1 &
pid=$!
started=$(date +%s%N)
shown=""
for _ in $(seq 1 600); do
  kill -0 "$pid" 2>/dev/null || { echo "first-window: the application exited:" >&2; cat "$log" >&2; exit 1; }
  if command -v xwininfo >/dev/null; then
    # A top-level window titled "Luring…" larger than 100x100 pixels.
    shown=$(xwininfo -root -tree | grep '"Luring' | grep -v 'Selection Owner' |
      awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+x[0-9]+\+/) { split($i, s, /[x+]/); if (s[1] > 100 && s[2] > 100) print } }' |
      head -1 || true)
  elif [ "$(( ($(date +%s%N) - started) / 1000000 ))" -gt 8000 ]; then
    shown="(no xwininfo: the application is still running after 8 s)"
  fi
  [ -n "$shown" ] && break
  sleep 0.1
done
[ -n "$shown" ] || { echo "first-window: no window within 60 s" >&2; exit 1; }
echo "first-window: shown after $(( ($(date +%s%N) - started) / 1000000 )) ms: $(echo "$shown" | sed 's/^ *//')"
sleep 1  # let it finish painting
if command -v import >/dev/null; then
  import -window root "$shot" && echo "first-window: screenshot $shot"
elif command -v xwd >/dev/null; then
  xwd -root -silent -out "${shot%.png}.xwd" && echo "first-window: screenshot ${shot%.png}.xwd"
fi
[ "$(stat -c %a "$data/Luring" 2>/dev/null)" = 700 ] || { echo "first-window: data folder is not 700" >&2; exit 1; }
echo "first-window: data folder created with mode 700"
