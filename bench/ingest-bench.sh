#!/usr/bin/env bash
# Ingest throughput: generates N cables (chancery generate, fixed seed; kept in a cache folder for later runs),
# then, in one JVM with a 1 GB heap, times raw Lucene indexing the same texts (the floor) and chancery's ingest
# into a fresh store, and prints cables/s, the ratio, and store and index size per 1,000 cables.
#   bench/ingest-bench.sh [N]          (default 100000)
# Work folders: $CHANCERY_BENCH_DIR (default /tmp/chancery-bench)/corpus-N and /work-N.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
source "$root/bin/jdk.sh"
n="${1:-100000}"
[[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "ingest-bench: N must be a positive number, not '$n'" >&2; exit 2; }
base="${CHANCERY_BENCH_DIR:-/tmp/chancery-bench}"
corpus="$base/corpus-$n"
work="$base/work-$n"

(cd "$root" && mvn -q -B -ntp -pl bench -am package -DskipTests)
if [ ! -f "$corpus/.complete" ]; then
  rm -rf "$corpus"
  "$root/chancery" generate --count "$n" --seed 1 --out "$corpus" >/dev/null
  touch "$corpus/.complete"
fi
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
java -Xmx1g --enable-native-access=ALL-UNNAMED -cp "$root/bench/target/benchmarks.jar" \
  org.chancery.bench.IngestBench "$corpus" "$work"
