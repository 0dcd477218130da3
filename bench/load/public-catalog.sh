#!/usr/bin/env bash
# Load test of the public catalog on this machine only (loopback): starts the app on SQLite with demo data in a
# temporary directory, runs wrk for a bounded time against a few public URLs, prints requests/s and latency, stops.
#   bash bench/load/public-catalog.sh [seconds=15] [connections=16]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-15}
connections=${2:-16}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
data=$(mktemp -d)
port=5187
dotnet build -c Release src/MotCua.Web -v q >/dev/null
MOTCUA_DATA="$data" ASPNETCORE_ENVIRONMENT=Production RateLimits__PublicApiPerMinute=100000000 \
  dotnet src/MotCua.Web/bin/Release/net10.0/MotCua.Web.dll --urls "http://127.0.0.1:$port" --contentRoot src/MotCua.Web >"$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 1; done
for url in "/api/v1/procedures?q=ly%20lich%20tu%20phap" "/api/v1/procedures?limit=50" "/thu-tuc?q=dang%20ky" "/api/v1/organisation/units?limit=100"; do
  echo "== GET $url (${seconds}s, ${connections} connections)"
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port$url" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx"
done
