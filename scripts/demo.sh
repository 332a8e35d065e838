#!/usr/bin/env bash
# `make demo`: the whole pipeline on the bundled examples, printing what happens at each step.
set -euo pipefail
DEMO=${DEMO:-demo-output}
BIN=${BIN:-.venv/bin}
MW="$BIN/mirrorwatch"
DB="$DEMO/demo.duckdb"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
has() { "$MW" "$1" --help >/dev/null 2>&1; }

rm -rf "$DEMO"; mkdir -p "$DEMO"

step "1. ingest examples/ into $DB (hostile files are meant to fail, each with its reason)"
if has ingest; then
  set +e; "$MW" ingest examples/ --db "$DB"; rc=$?; set -e
  [ "$rc" -eq 0 ] || [ "$rc" -eq 3 ] || exit "$rc"
  step "1b. ingest again: nothing new, nothing duplicated"
  set +e; "$MW" ingest examples/ --db "$DB" --quiet; set -e
else
  echo "ingest is not available yet"
fi

step "2. code the stored articles into events"
if has code; then "$MW" code --db "$DB"; else echo "the coder has not landed yet (issue 3)"; fi

step "3. what the store holds"
"$MW" status --db "$DB"
