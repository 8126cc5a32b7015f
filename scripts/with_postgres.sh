#!/usr/bin/env bash
# Run a command with LURING_TEST_PG_URL pointing at a throw-away PostgreSQL cluster on a local socket
# (no TCP port), removed afterwards. Usage: scripts/with_postgres.sh COMMAND...
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL is not installed (scripts/bootstrap.sh installs it)" >&2; exit 1; }
dir=$(mktemp -d /tmp/luring-pg.XXXXXX)
as_owner=()
if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; as_owner=(runuser -u postgres --); fi  # initdb refuses root
stop() {
  "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT
"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -A trust -U luring -E UTF8 >/dev/null
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -o "-k $dir -c listen_addresses=''" -l "$dir/server.log" -w start >/dev/null
"${as_owner[@]}" "$bin/createdb" -h "$dir" -U luring luring
LURING_TEST_PG_URL="postgresql+psycopg://luring@/luring?host=$dir" "$@"
