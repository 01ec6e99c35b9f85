#!/usr/bin/env bash
# The cost of security on search: the same query mix secured (several principals, both policies) and unsecured,
# interleaved in one run, over an archive of N generated cables (ingested once, then reused).
#   bench/secure-search-bench.sh [N] [--queries Q] [--warmup W]
# Corpus: /tmp/chancery-bench/corpus-N (generated with 'chancery generate --seed 1' when missing).
# Store: $SECURE_BENCH_STORE (an archive made elsewhere, e.g. /tmp/chancery-bench/work-1000000/store: searched
# read-only, nothing written there; the bench's empty store of record and a link to its index go in
# $SECURE_BENCH_WORK, default /tmp/secure-search-bench), else /tmp/chancery-bench/store-N (ingested when missing).
# See bench/README.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/bin/jdk.sh"
n="${1:-100000}"
shift || true
corpus="/tmp/chancery-bench/corpus-$n"
store="${SECURE_BENCH_STORE:-/tmp/chancery-bench/store-$n}"
read_only=()
if [ -n "${SECURE_BENCH_STORE:-}" ]; then read_only=(--read-only "${SECURE_BENCH_WORK:-/tmp/secure-search-bench}"); fi
(cd "$root" && mvn -q -B -ntp -pl chancery-cli,bench -am package -DskipTests)
if [ ! -f "$corpus/.complete" ]; then
  rm -rf "$corpus"
  "$root/chancery" generate --count "$n" --seed 1 --out "$corpus" >/dev/null
  touch "$corpus/.complete"
fi
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
# The index's result cache is off: secured and unsecured searches are compared as the engine answers them.
exec java -Xmx1g --enable-native-access=ALL-UNNAMED -Dchancery.search.cache=0 -cp "$root/bench/target/benchmarks.jar" \
  org.chancery.bench.SecureSearchBench "$corpus" "$store" "${read_only[@]}" "$@"
