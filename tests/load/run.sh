#!/usr/bin/env bash
# Starts the built API on a fresh temp SQLite file (loopback only), records its resident memory, drives
# 60 s of mixed load at 64 connections with tests/load/load.mjs, records memory again, stops the API.
# Usage: tests/load/run.sh [duration-seconds] [connections]     (build first: dotnet build src/ClaimsGraph.Api -c Release)
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION="${1:-60}"
CONNECTIONS="${2:-64}"
PORT="${PORT:-5080}"
CONFIG="${CONFIG:-Release}"
DLL="src/ClaimsGraph.Api/bin/$CONFIG/net10.0/ClaimsGraph.Api.dll"
[ -f "$DLL" ] || { echo "build first: dotnet build src/ClaimsGraph.Api -c $CONFIG" >&2; exit 2; }
WORK="$(mktemp -d)"
KEY="load-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
trap 'kill "$API_PID" 2>/dev/null || true; wait "$API_PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT

# Generous rate limits: the load comes from one address and one key on purpose.
Storage__Sqlite__Path="$WORK/claimsgraph.db" Auth__ApiKeys__0="$KEY" ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
RateLimiting__PermitsPerKey=100000000 RateLimiting__PermitsPerAddress=100000000 Serilog__MinimumLevel__Default=Warning \
Samples__Path="$PWD/samples" DOTNET_gcServer=0 \
  dotnet "$DLL" > "$WORK/api.log" 2>&1 &
API_PID=$!

for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$PORT/health/ready" > /dev/null 2>&1 && break
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$PORT/health/ready" > /dev/null || { echo "API did not become ready" >&2; cat "$WORK/api.log" >&2; exit 1; }

rss() { awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$API_PID/status"; }
# A short warm-up so "before" is the memory of a running, jitted server rather than of an idle start.
node tests/load/load.mjs --url "http://127.0.0.1:$PORT" --key "$KEY" --duration 5 --connections 8 > /dev/null || true
BEFORE=$(rss)
set +e
RESULT=$(node tests/load/load.mjs --url "http://127.0.0.1:$PORT" --key "$KEY" --duration "$DURATION" --connections "$CONNECTIONS")
STATUS=$?
set -e
AFTER=$(rss)
echo "$RESULT"
echo "{\"rssBeforeMb\": $BEFORE, \"rssAfterMb\": $AFTER}"
grep -E '"Level":"(Error|Fatal)"|\[(ERR|FTL)\]' "$WORK/api.log" | head -5 || true
exit $STATUS
