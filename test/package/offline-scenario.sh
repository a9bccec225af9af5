#!/bin/sh
# What test/package/offline-bundle.test.ts does with an unpacked bundle, run
# as one script because inside `unshare --net` nothing outside can reach the
# server: start `duban serve`, ask it for /api/health, import the reference
# plan with `duban import`, sign in and list the plans, load the web app and
# one of its scripts, run `duban check`. Every answer goes into $OUT for the
# test to read; the first step that fails ends the script.
#
#   DUBAN     the bundle's bin/duban (or a symlink to it)
#   FIXTURE   the table to import
#   OUT       a directory for the answers
#   DUBAN_ADMIN_PASSWORD, and DUBAN_DATA or DATABASE_URL, as the server reads them
#   OFFLINE=1 inside a network namespace of its own: bring up its loopback
set -eu

if [ "${OFFLINE:-0}" = 1 ]; then
  ip link set lo up
  ip route show >"$OUT/routes"
  ip -o link show >"$OUT/links"
fi
# The test's PATH holds no node: the bundle must not need one.
if command -v node >"$OUT/node-on-path"; then exit 3; fi

"$DUBAN" serve --no-demo --port 0 >"$OUT/serve.log" 2>"$OUT/serve.err" &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
url=""
tries=0
while [ -z "$url" ]; do
  tries=$((tries + 1))
  if [ "$tries" -gt 600 ] || ! kill -0 "$server" 2>/dev/null; then exit 4; fi
  sleep 0.1
  url=$(grep -o 'listening on http://[^ ]*' "$OUT/serve.log" || true)
  url=${url#listening on }
done
# The process answering is the bundle's node, whatever launched it.
readlink "/proc/$server/exe" >"$OUT/server-exe"

curl -fsS "$url/api/health" >"$OUT/health.json"
"$DUBAN" import "$FIXTURE" >"$OUT/import.txt" 2>"$OUT/import.err"

curl -fsS -c "$OUT/cookies" -H 'content-type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$DUBAN_ADMIN_PASSWORD\"}" \
  "$url/api/session" >"$OUT/session.json"
curl -fsS -b "$OUT/cookies" "$url/api/plans" >"$OUT/plans.json"

curl -fsS -D "$OUT/index.headers" "$url/" >"$OUT/index.html"
script=$(grep -o 'src="/assets/[^"]*\.js"' "$OUT/index.html" || true)
script=${script#src=\"}
script=${script%%\"*}
printf '%s\n' "$script" >"$OUT/script-path"
curl -fsS -D "$OUT/script.headers" "$url$script" >"$OUT/script.js"

"$DUBAN" check --json >"$OUT/check.json"

kill -TERM "$server"
status=0
wait "$server" || status=$?
printf '%s\n' "$status" >"$OUT/serve-status"
trap - EXIT
