#!/usr/bin/env bash
# API benchmark (docs/benchmarks.md): generate N synthetic articles into SQLite, then measure the four
# questions through GraphQL over loopback HTTP and directly against the store at 16 concurrent clients.
# Usage: tests/bench/run-api-bench.sh [ARTICLES ...]   (default: 1000 10000)
# Env: BENCH_DIR (default /tmp/claimsgraph-bench), SECONDS_PER_RUN (default 10), WARMUP_SECONDS (default 5),
#      CONCURRENCY (default 16).
# Heavy: run it on a quiet machine (check `uptime`), never alongside other builds or measurements.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir="${BENCH_DIR:-/tmp/claimsgraph-bench}"
mkdir -p "$dir"
dotnet build -c Release src/ClaimsGraph.Cli -v q -nologo
cli="src/ClaimsGraph.Cli/bin/Release/net10.0/claimsgraph"
for n in "${@:-1000 10000}"; do
  for articles in $n; do
    db="$dir/bench-$articles.db"
    [ -f "$db" ] || /usr/bin/time -f "generate $articles: %e s, %M KB max RSS" "$cli" generate --articles "$articles" --db "$db" --seed 42
    "$cli" bench-api --db "$db" --concurrency "${CONCURRENCY:-16}" --seconds "${SECONDS_PER_RUN:-10}" --warmup "${WARMUP_SECONDS:-5}" | tee "$dir/bench-$articles.md"
  done
done
