#!/usr/bin/env bash
# Set up .venv/ with the test tools and run everything: lint, types, layer contracts, the whole pytest suite.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/bootstrap.sh" "test,build"
cd "$root"
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/mypy
.venv/bin/lint-imports --no-cache
.venv/bin/python -m pytest "$@"
# The centre's real database: the conformance suite and the intake's races again, on PostgreSQL.
scripts/with_postgres.sh .venv/bin/python -m pytest "$@" tests/sync/conformance tests/sync/test_intake_races.py \
  tests/sync/test_postgres_receipts.py tests/sync/test_server_event_loop.py tests/sync/test_central_stats.py \
  tests/sync/test_server_workers.py
