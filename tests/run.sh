#!/usr/bin/env bash
# Runs the whole DataApps test suite on a fresh machine and ends with one line:
#   N passed, N failed, N skipped
# computed from the test runners' own totals. Installs what the tests need (Debian's Chromium
# for the browser tests, Node.js and the local OIDC provider for the sign-in tests, docker-compose for
# the deployment tests) when it is missing.
set -uo pipefail
cd "$(dirname "$0")/.."

# The browser tests start Debian's Chromium at /usr/bin/chromium; they never download a browser.
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Chromium for the browser tests…"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "warning: could not install chromium; browser tests will skip (or fail under CI=true)"
fi

# The deployment tests validate docker-compose.yml offline with Debian's docker-compose (no Docker engine needed).
if ! command -v docker-compose >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing docker-compose for the deployment tests…"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null) \
    || echo "warning: could not install docker-compose; its tests will skip (or fail under CI=true)"
fi

# The sign-in tests start a real OIDC provider on 127.0.0.1: tools/dev-identity (npm's oidc-provider on Node.js).
if ! command -v node >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Node.js for the sign-in tests…"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null) \
    || echo "warning: could not install Node.js; sign-in tests will skip (or fail under CI=true)"
fi
if command -v npm >/dev/null 2>&1 && [ ! -d tools/dev-identity/node_modules/oidc-provider ]; then
  npm ci --prefix tools/dev-identity --no-audit --no-fund --loglevel=error \
    || echo "warning: could not install the OIDC provider's packages; sign-in tests will skip (or fail under CI=true)"
fi

dotnet build DataApps.sln -nologo -v quiet || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }

log=$(mktemp)
status=0
# Unit, AppTest and bUnit projects first; the browser tests last and alone, since two cores are slow
# under parallel load.
projects=$(ls tests/*/*.csproj | grep -v -e Benchmarks -e BrowserTests)
for browser in tests/DataApps.BrowserTests/DataApps.BrowserTests.csproj; do
  [ -f "$browser" ] && projects="$projects $browser"
done
for project in $projects; do
  echo "== $project"
  dotnet test --no-build --project "$project" 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
done

# Totals from the runners' summaries ("total: N", "failed: N", "succeeded: N", "skipped: N").
sum() { grep -E "^\s+$1: [0-9]+" "$log" | awk '{s += $2} END {print s + 0}'; }
passed=$(sum succeeded)
failed=$(sum failed)
skipped=$(sum skipped)
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  echo "no test ran"; status=1
fi
rm -f "$log"
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
