#!/usr/bin/env bash
# Builds bench/target/benchmarks.jar and runs SwitchBench: the disk's fsync rate, durable accept-to-delivery
# throughput, and FLASH latency while 100,000 ROUTINE messages are queued.
#   bench/switch-bench.sh [--dir DIR] [--messages N] [--producers N] [--backlog N] [--flashes N] [--batch N]
# DIR is where the temporary stores go (default: the system's temporary folder); put it on the disk to measure.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
source "$root/bin/jdk.sh"

log="$(mktemp)"
if ! (cd "$root" && mvn -q -B -ntp -pl bench -am package -DskipTests) >"$log" 2>&1; then
  cat "$log" >&2; rm -f "$log"; echo "switch-bench: the build failed (output above)" >&2; exit 1
fi
rm -f "$log"
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
# SWITCH_BENCH_JAVA_OPTS adds JVM options (e.g. -Xlog:gc to see collections during the run).
exec java -Xmx1g ${SWITCH_BENCH_JAVA_OPTS:-} -Duser.language=en -cp "$root/bench/target/benchmarks.jar" org.chancery.bench.SwitchBench "$@"
