#!/usr/bin/env bash
# The one gate: formatting, lint, types, build, then every test.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "format (prettier --check)"
npx prettier --check . --log-level warn

step "lint (eslint, no warnings allowed)"
npx eslint --max-warnings 0 .

step "types (tsc)"
npx tsc -p tsconfig.json --noEmit

step "build"
npm run --silent build

step "tests (vitest)"
results="$(mktemp)"
trap 'rm -f "$results"' EXIT
npx vitest run --reporter=default --reporter=json --outputFile.json="$results"
# One plain closing line that any CI log reader understands.
node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);' "$results"
