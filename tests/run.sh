#!/usr/bin/env bash
# Runs the whole DataApps test suite on a fresh machine and ends with one line:
#   N passed, N failed, N skipped
# computed from the test runners' own totals. Installs what the tests need when it is missing (below).
set -uo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests use, installed when missing (as root, e.g. in CI): Chromium for the browser tests (never a
# downloaded browser), Node.js for the local OIDC provider, redis-server for readiness and shared keys,
# docker-compose to validate docker-compose.yml offline, Prometheus to scrape /metrics (without the node
# exporter it recommends), and PostgreSQL for the feedback store's tests (tests/Shared/PostgresServer.cs starts its own
# server in a temporary folder, as the postgres user when run as root).
missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
command -v node >/dev/null 2>&1 || missing="$missing nodejs npm"
[ -x /usr/bin/redis-server ] || missing="$missing redis-server"
command -v docker-compose >/dev/null 2>&1 || missing="$missing docker-compose"
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$missing postgresql"
lean=""
[ -x /usr/bin/prometheus ] || lean="prometheus"
if [ -n "$missing$lean" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing$missing $lean for the tests…"
  (apt-get update -qq \
    && { [ -z "$missing" ] || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null; } \
    && { [ -z "$lean" ] || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $lean >/dev/null; }) \
    || echo "warning: could not install$missing $lean; the tests that need them will skip (or fail under CI=true)"
fi

# The sign-in tests start a real OIDC provider on 127.0.0.1: tools/dev-identity (npm's oidc-provider on Node.js).
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
