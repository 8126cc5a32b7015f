#!/usr/bin/env bash
# Prints what a set-up depends on: the project's requirements, the interpreter and the translation sources
# (compiled at set-up). run.sh starts the application directly while this matches the last set-up's.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
{
  cat pyproject.toml
  python3 -c 'import sys; print(sys.version, sys.executable)'
  cat resources/translations/*.ts
} | sha256sum | cut -d' ' -f1
