#!/usr/bin/env bash
# The search benchmark: builds an index of N synthetic cables, the raw Lucene floor on the same texts, then
# measures a fixed query mix with facets (p50/p99 single client, throughput with 8 clients).
#   bench/search-bench.sh [--count N] [--dir DIR] [--threads T] [--clients C] [--seconds S] [--skip-build] …
# Heap: SEARCH_BENCH_HEAP (default 1g). See bench/README.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/bin/jdk.sh"
(cd "$root" && mvn -q -B -ntp -pl bench -am package -DskipTests)
exec java -Xmx"${SEARCH_BENCH_HEAP:-1g}" -cp "$root/bench/target/benchmarks.jar" org.chancery.bench.SearchBench \
  --dir "${SEARCH_BENCH_DIR:-$root/bench/target/search-bench}" "$@"
