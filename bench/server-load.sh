#!/usr/bin/env bash
# Server load: prepares a demo store of N generated cables (once; kept for later runs), starts `chancery serve`
# on a free loopback port, runs ServerLoad (200 users searching and reading, bounded in time and requests),
# prints p50/p90/p99, and stops the server.
#   bench/server-load.sh [N] [USERS] [SECONDS] [MAX_REQUESTS]      (defaults: 20000 200 60 1000000)
# Work folder: $CHANCERY_BENCH_DIR (default /tmp/chancery-bench)/server-N.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
source "$root/bin/jdk.sh"
n="${1:-20000}"; users="${2:-200}"; seconds="${3:-60}"; max="${4:-1000000}"
for v in "$n" "$users" "$seconds" "$max"; do
  [[ "$v" =~ ^[1-9][0-9]*$ ]] || { echo "server-load: arguments must be positive numbers, not '$v'" >&2; exit 2; }
done
store="${CHANCERY_BENCH_DIR:-/tmp/chancery-bench}/server-$n"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"

(cd "$root" && mvn -q -B -ntp -pl bench,chancery-cli -am package -DskipTests)
log="$(mktemp)"
java -Xmx2g -jar "$root/chancery-cli/target/chancery.jar" serve --demo --demo-cables "$n" --store "$store" \
  --port "$port" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -f "$log"' EXIT
until grep -q "Chancery is serving" "$log"; do
  kill -0 "$server" 2>/dev/null || { cat "$log" >&2; echo "server-load: the server did not start" >&2; exit 1; }
  sleep 1
done
grep "Chancery is serving" "$log"
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
java -cp "$root/bench/target/benchmarks.jar" org.chancery.bench.ServerLoad "http://127.0.0.1:$port/" \
  s-reader demo-s-reader "$users" "$seconds" "$max"
