#!/usr/bin/env bash
# Runs a command under another Node.js line, fetched by fetch-node.sh, with
# native modules built for it:
#
#   scripts/with-node.sh 24 npm test
#   scripts/with-node.sh 22 bash -c 'npm ci && npm test'
#
# npm itself is the machine's, run by the fetched node. When node_modules
# holds a better-sqlite3 built for another Node, it is rebuilt from source
# (minutes); run `npm rebuild better-sqlite3` under the machine's
# Node afterwards to go back.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -lt 2 ]; then
  echo "usage: scripts/with-node.sh MAJOR|VERSION COMMAND [ARG...]" >&2
  exit 2
fi
dir="$(scripts/fetch-node.sh "$1")"
shift
export PATH="$dir/bin:$PATH"
export npm_config_nodedir="$dir"
echo "with-node: $(node --version) from $dir" >&2

loads() { node -e 'new (require("better-sqlite3"))(":memory:").close()' 2>/dev/null; }
if [ -d node_modules/better-sqlite3 ] && ! loads; then
  echo "with-node: rebuilding better-sqlite3 for $(node --version)" >&2
  npm rebuild better-sqlite3 >&2
  loads
fi
exec "$@"
