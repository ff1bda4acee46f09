#!/usr/bin/env bash
# API benchmark with wrk as the load generator (docs/benchmarks.md): the API over an existing bench database
# (`claimsgraph bench-api --serve`), each question through GraphQL and through the plain JSON endpoint that
# serves the same store data, 16 connections on loopback. wrk is a small C program, so on this 2-core machine
# the server gets nearly all the CPU that the in-process .NET client of `bench-api` takes for itself.
# Usage: tests/bench/run-wrk-bench.sh [ARTICLES ...]   (default: 10000; databases from run-api-bench.sh)
# Env: BENCH_DIR (default /tmp/claimsgraph-bench), SECONDS_PER_RUN (default 10), WARMUP_SECONDS (default 20),
#      CONCURRENCY (default 16), ROUNDS (default 1: alternating plain/GraphQL rounds per question; with more than one,
#      a last row per question gives the median of the rounds' p50 ratios, steadier than one pair of runs).
#      Needs `wrk` (Debian: apt-get install wrk). Run it on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk > /dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }
dir="${BENCH_DIR:-/tmp/claimsgraph-bench}"
seconds="${SECONDS_PER_RUN:-10}"
warmup="${WARMUP_SECONDS:-20}"
connections="${CONCURRENCY:-16}"
rounds="${ROUNDS:-1}"
dotnet build -c Release src/ClaimsGraph.Cli -v q -nologo > /dev/null
cli="src/ClaimsGraph.Cli/bin/Release/net10.0/claimsgraph"
for articles in ${@:-10000}; do
  db="$dir/bench-$articles.db"
  [ -f "$db" ] || { echo "no $db: run tests/bench/run-api-bench.sh $articles first" >&2; exit 2; }
  scripts=$(mktemp -d)
  log="$scripts/serve.log"
  "$cli" bench-api --db "$db" --serve "$scripts" > "$log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  until grep -q '^Serving' "$log"; do
    kill -0 $server 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.5
  done
  grep '^Inputs' "$log" >&2 || true
  base=$(sed -n 's/^Serving \(http[^;]*\);.*/\1/p' "$log")
  questions=$(ls "$scripts"/*.graphql.lua | xargs -n1 basename | sed 's/\.graphql\.lua$//')
  # Tiered compilation settles only after tens of seconds of load: warm every question and layer first.
  for q in $questions; do
    for layer in plain graphql; do wrk -t2 -c"$connections" -d"$((warmup / 2 + 1))s" -s "$scripts/$q.$layer.lua" "$base" > /dev/null; done
  done
  echo "$articles articles; wrk 2 threads, $connections connections, ${seconds} s per run after ${warmup} s warm-up per question, $(nproc) cores"
  echo
  echo "| question | layer | requests | req/s | p50 ms | p99 ms | errors | GraphQL p50 / http+store p50 |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|"
  for q in $questions; do
    ratios=""
    for round in $(seq 1 "$rounds"); do
    plain50=""
    for layer in plain graphql; do
      line=$(wrk -t2 -c"$connections" -d"${seconds}s" -s "$scripts/$q.$layer.lua" "$base" | grep '^wrk-result')
      eval "$(echo "$line" | sed 's/^wrk-result //')"   # requests= duration= p50= p99= errors=
      name=$([ "$layer" = plain ] && echo "http+store" || echo graphql)
      ratio=""
      if [ "$layer" = plain ]; then plain50=$p50; else ratio=$(awk -v g="$p50" -v p="$plain50" 'BEGIN { if (p > 0) printf "%.2f×", g / p }'); ratios="$ratios ${ratio%×}"; fi
      awk -v q="$q" -v l="$name" -v r="$requests" -v s="$duration" -v a="$p50" -v b="$p99" -v e="$errors" -v x="$ratio" \
        'BEGIN { printf "| %s | %s | %\047d | %\047d | %.2f | %.2f | %d | %s |\n", q, l, r, r / s, a, b, e, x }'
    done
    done
    if [ "$rounds" -gt 1 ]; then
      median=$(echo $ratios | tr ' ' '\n' | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
      echo "| $q | median of $rounds rounds | | | | | | **${median}×** |"
    fi
  done
  kill $server; wait $server 2>/dev/null || true
  trap - EXIT
  rm -rf "$scripts"
done
