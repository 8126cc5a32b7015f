#!/usr/bin/env bash
# Set up .venv/ with the test tools and run everything: lint, types, the whole pytest suite.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/bootstrap.sh" "test,build"
cd "$root"
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
