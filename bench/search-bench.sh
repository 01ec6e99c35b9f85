#!/usr/bin/env bash
# The search benchmark: searches an existing index (--index DIR, e.g. the archive ingest-bench.sh leaves in
# /tmp/chancery-bench/work-N/store/index) or builds one of N synthetic cables and the raw Lucene floor on the
# same texts, then measures a fixed query mix with facets (p50/p90/p99 and CPU per query with one client,
# throughput with 8 clients, per kind of query, and the server load test's searches).
#   bench/search-bench.sh --index DIR [--queries Q] [--clients C] [--seconds S]
#   bench/search-bench.sh --index DIR --per-kind-only [--kinds 0,…,9] [--facets all|none] | --dump FILE
#   bench/search-bench.sh [--count N] [--dir DIR] [--threads T] [--clients C] [--seconds S] [--skip-build] …
# Heap: SEARCH_BENCH_HEAP (default 1g). See bench/README.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/bin/jdk.sh"
(cd "$root" && mvn -q -B -ntp -pl bench -am package -DskipTests)
# The index's result cache is off: the bench draws its queries at random and measures the engine.
exec java -Xmx"${SEARCH_BENCH_HEAP:-1g}" -Dchancery.search.cache=0 -cp "$root/bench/target/benchmarks.jar" org.chancery.bench.SearchBench \
  --dir "${SEARCH_BENCH_DIR:-$root/bench/target/search-bench}" "$@"
