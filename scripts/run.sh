#!/usr/bin/env bash
# Set up .venv/ and start the application on its embedded defaults (local data folder).
# When nothing the set-up depends on changed since the last one, it starts the application at once.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
stamp="$root/.venv/luring-setup"
if ! { [ -x "$root/.venv/bin/luring" ] && [ -f "$stamp" ] &&
  grep -q " $("$root/scripts/setup_fingerprint.sh")\$" "$stamp"; }; then
  "$root/scripts/bootstrap.sh"
fi
exec "$root/.venv/bin/luring" "$@"
