#!/usr/bin/env bash
# The one gate: formatting, lint, types, build, then every test.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "Node.js $(node --version)"

# What the tests need from Debian, installed when missing: Chromium for the browser tests
# (DUBAN_TEST_BROWSER=0 skips them, test/support/e2e.ts), LibreOffice and poppler to render every
# export to PDF (DUBAN_TEST_OFFICE=0 skips that, test/support/office-render.ts), and CJK fonts for both,
# so that screenshots and rendered pages are readable.
packages=()
if [ "${DUBAN_TEST_BROWSER:-1}" = 0 ]; then
  echo "browser tests skipped (DUBAN_TEST_BROWSER=0)"
elif ! command -v chromium >/dev/null; then
  packages+=(chromium)
fi
# Debian's OpenLDAP server and tools for the directory sign-in tests (test/support/slapd.ts).
[ -x /usr/sbin/slapd ] || packages+=(slapd ldap-utils)
if [ "${DUBAN_TEST_OFFICE:-1}" = 0 ]; then
  echo "office rendering tests skipped (DUBAN_TEST_OFFICE=0)"
else
  command -v soffice >/dev/null || packages+=(libreoffice-writer-nogui libreoffice-calc-nogui)
  command -v pdftoppm >/dev/null || packages+=(poppler-utils)
fi
if [ "${DUBAN_TEST_BROWSER:-1}" != 0 ] || [ "${DUBAN_TEST_OFFICE:-1}" != 0 ]; then
  # Not grep -q: it would stop reading, and under pipefail fc-list's SIGPIPE fails the test.
  fc-list 2>/dev/null | grep -i "noto.*cjk" >/dev/null || packages+=(fonts-noto-cjk)
fi
if [ "${#packages[@]}" -gt 0 ]; then
  step "installing ${packages[*]} (apt)"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

step "format (prettier --check)"
npx prettier --check . --log-level warn

step "lint (eslint, no warnings allowed)"
npx eslint --max-warnings 0 .

step "types (tsc)"
npx tsc -p tsconfig.json --noEmit
npx tsc -p web/tsconfig.json --noEmit

step "build"
npm run --silent build

step "tests (vitest)"
# DUBAN_TEST_RESULTS=FILE keeps vitest's JSON report (each file's duration: where the time goes).
if [ -n "${DUBAN_TEST_RESULTS:-}" ]; then
  results="$DUBAN_TEST_RESULTS"
else
  results="$(mktemp)"
  trap 'rm -f "$results"' EXIT
fi
npx vitest run --reporter=default --reporter=json --outputFile.json="$results"
# One plain closing line that any CI log reader understands.
node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);' "$results"
