#!/usr/bin/env bash
# Set up .venv/ and start the application on its embedded defaults (local data folder).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/bootstrap.sh"
exec "$root/.venv/bin/luring" "$@"
