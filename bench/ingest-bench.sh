#!/usr/bin/env bash
# Ingest throughput: generates N cables (chancery generate, fixed seed; kept in a cache folder for later runs),
# then, in one JVM with a 1 GB heap, times raw Lucene indexing the same texts (the floor) and chancery's ingest
# into a fresh store, and prints cables/s, the ratio, and store and index size per 1,000 cables.
#   bench/ingest-bench.sh [N [--skip-floor]]          (default 100000; --skip-floor: our ingest only)
# Work folders: $CHANCERY_BENCH_DIR (default /tmp/chancery-bench)/corpus-N and /work-N; $INGEST_BENCH_WORK puts
# the work folder (emptied first) elsewhere, $INGEST_BENCH_JAVA_OPTS adds JVM options (e.g. a flight recording),
# $INGEST_BENCH_GC replaces the collector (default -XX:+UseParallelGC, as ./chancery ingest).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
source "$root/bin/jdk.sh"
n="${1:-100000}"
shift || true
[[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "ingest-bench: N must be a positive number, not '$n'" >&2; exit 2; }
base="${CHANCERY_BENCH_DIR:-/tmp/chancery-bench}"
corpus="$base/corpus-$n"
work="${INGEST_BENCH_WORK:-$base/work-$n}"

(cd "$root" && mvn -q -B -ntp -pl bench -am package -DskipTests)
if [ ! -f "$corpus/.complete" ]; then
  rm -rf "$corpus"
  "$root/chancery" generate --count "$n" --seed 1 --out "$corpus" >/dev/null
  touch "$corpus/.complete"
fi
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
# The collector `./chancery ingest` uses (the parallel one; see the launcher), for the floor and ours alike: the
# bench measures what users run. INGEST_BENCH_GC names another (e.g. -XX:+UseG1GC).
java -Xmx1g --enable-native-access=ALL-UNNAMED "${INGEST_BENCH_GC:--XX:+UseParallelGC}" ${INGEST_BENCH_JAVA_OPTS:-} \
  -cp "$root/bench/target/benchmarks.jar" org.chancery.bench.IngestBench "$corpus" "$work" "$@"
