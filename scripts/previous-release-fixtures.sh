#!/usr/bin/env bash
# Rebuilds test/fixtures/previous-release/ with the Duban of a git revision (default a470406,
# the last release before migration 0024): that code seeds its demo (the reference plan and a
# played half-year: reports, reviews, extensions, instructions), then a unit adds a report with
# evidence over its API; the database is kept as an SQLite file and as a plain pg_dump of a
# scratch schema with the schema's name taken out, so a test can load it into any schema.
# Needs git, curl, gzip, pg_dump and the PostgreSQL server of DUBAN_TEST_PG.
set -euo pipefail

REV=${1:-a470406}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PG=${DUBAN_TEST_PG:-postgres://postgres@127.0.0.1:5432/test}
OUT=$ROOT/test/fixtures/previous-release
PORT=${PORT:-18471}
SCHEMA=duban_previous_release
WORK=$(mktemp -d)
SERVER=

cleanup() {
  [ -n "$SERVER" ] && kill -INT "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
  psql -q "$PG" -c "drop schema if exists $SCHEMA cascade" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# An export of the revision, not a worktree: nothing is registered in the repository.
mkdir "$WORK/src"
git -C "$ROOT" archive "$REV" | tar -x -C "$WORK/src"
cp -a "$ROOT/node_modules" "$WORK/src/"

# The played demo, then a report with evidence by the lead unit's staff: what a year's use writes.
play() {
  (cd "$WORK/src" && exec node --import tsx src/cli/entry.ts serve --port "$PORT" "$@") \
    >"$WORK/serve.log" 2>&1 &
  SERVER=$!
  local base=http://127.0.0.1:$PORT
  for _ in $(seq 120); do curl -sf "$base/api/health" >/dev/null && break; sleep 1; done
  local csrf
  csrf=$(curl -sf -c "$WORK/jar" -H 'content-type: application/json' \
    -d '{"username":"kjj.staff","password":"duban-demo-2022"}' "$base/api/session" |
    node -e 'let s="";process.stdin.on("data",(d)=>(s+=d)).on("end",()=>console.log(JSON.parse(s).csrfToken))')
  printf '%s' 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4DwAAAQEABRjYTgAAAABJRU5ErkJggg==' |
    base64 -d >"$WORK/evidence.png"
  local attachment version
  attachment=$(curl -sf -b "$WORK/jar" -H "x-csrf-token: $csrf" \
    -F "files=@$WORK/evidence.png;type=image/png" "$base/api/milestones/3/evidence" |
    node -e 'let s="";process.stdin.on("data",(d)=>(s+=d)).on("end",()=>console.log(JSON.parse(s).attachments[0].id))')
  version=$(curl -sf -b "$WORK/jar" "$base/api/milestones/3" |
    node -e 'let s="";process.stdin.on("data",(d)=>(s+=d)).on("end",()=>console.log(JSON.parse(s).workflow.version))')
  curl -sf -b "$WORK/jar" -H "x-csrf-token: $csrf" -H 'content-type: application/json' \
    -d "{\"version\":$version,\"text\":\"旧版本写入的进展：第二批高企申报材料已全部受理\",\"percent\":60,\"attachmentIds\":[$attachment]}" \
    "$base/api/milestones/3/reports" >/dev/null
  kill -INT "$SERVER"
  wait "$SERVER" || true
  SERVER=
}

mkdir -p "$OUT"
DUBAN_ADMIN_PASSWORD='Previous-Release-2022!' play --data "$WORK/sqlite"
gzip -9 -n -c "$WORK/sqlite/duban.sqlite" >"$OUT/duban.sqlite.gz"

psql -q "$PG" -c "drop schema if exists $SCHEMA cascade; create schema $SCHEMA" >/dev/null
DATABASE_URL="$PG?schema=$SCHEMA" DUBAN_ADMIN_PASSWORD='Previous-Release-2022!' play
# INSERTs rather than COPY, and no psql meta-commands (\restrict), so a client library can run
# it; no owners, grants, comments or schema name: it loads into the schema the connection's
# search_path names first.
pg_dump --format=plain --inserts --no-owner --no-privileges --schema="$SCHEMA" "$PG" |
  grep -v -e '^--' -e '^\\restrict ' -e '^\\unrestrict ' -e '^CREATE SCHEMA ' \
    -e "^SELECT pg_catalog.set_config('search_path'" |
  cat -s |
  sed -e "s/\\b$SCHEMA\\.//g" |
  gzip -9 -n >"$OUT/postgres.sql.gz"

cat >"$OUT/README.md" <<NOTE
Made by the Duban of commit $(git -C "$ROOT" rev-parse --short "$REV") (migrations up to 0023) with
\`scripts/previous-release-fixtures.sh $REV\`: its demo, plus a report with evidence on
milestone 3. test/db/previous-release.test.ts upgrades both with the current code.
NOTE
ls -l "$OUT"
