#!/usr/bin/env bash
# Server load: starts `chancery serve --demo` on a free loopback port over an archive, runs ServerLoad (simulated
# readers searching and reading, with think time, bounded in time and requests), prints requests/s, p50/p90/p99/max
# per kind of request, errors, CPU per request and the load average, and stops the server.
#
#   bench/server-load.sh [--cables N | --store DIR] [--users 200] [--think-ms 1000] [--seconds 60]
#                        [--warmup-seconds 15] [--max-requests N] [--server-opts "JVM OPTIONS"] [--jfr FILE]
#
#   --cables N   a demo store of N generated cables in $CHANCERY_BENCH_DIR (default /tmp/chancery-bench)/server-N,
#                made on the first run and kept (default 20000)
#   --store DIR  an existing archive (chancery.db + index/): the demo users and network are added to it and no corpus
#                is generated. The run writes to it (users, an API token, audit records): give it a copy.
#   --think-ms   mean think time of each user between two requests (exponential); 0: closed loop (capacity)
#   --jfr FILE   records the server with Java Flight Recorder (profile settings) into FILE
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
source "$root/bin/jdk.sh"
usage() { sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' >&2; echo "server-load: $1" >&2; exit 2; }
n=20000; store=""; users=200; think=1000; seconds=60; warmup=15; max=10000000; server_opts=""; jfr=""
while [ $# -gt 0 ]; do
  [ $# -ge 2 ] || usage "$1 needs a value"
  case "$1" in
    --cables) n="$2" ;;
    --store) store="$2" ;;
    --users) users="$2" ;;
    --think-ms) think="$2" ;;
    --seconds) seconds="$2" ;;
    --warmup-seconds) warmup="$2" ;;
    --max-requests) max="$2" ;;
    --server-opts) server_opts="$2" ;;
    --jfr) jfr="$2" ;;
    *) usage "unknown option $1" ;;
  esac
  shift 2
done
for v in "$n" "$users" "$seconds" "$max"; do
  [[ "$v" =~ ^[1-9][0-9]*$ ]] || usage "counts must be positive numbers, not '$v'"
done
for v in "$think" "$warmup"; do [[ "$v" =~ ^[0-9]+$ ]] || usage "'$v' is not a number of milliseconds or seconds"; done
demo=(--demo)
if [ -n "$store" ]; then
  [ -f "$store/chancery.db" ] || usage "$store holds no archive (chancery.db)"
  case "$(readlink -f "$store")" in
    /tmp/chancery-bench/work-*|/tmp/chancery-bench/store-*) usage "$store is a shared archive: run on a copy" ;;
  esac
else
  store="${CHANCERY_BENCH_DIR:-/tmp/chancery-bench}/server-$n"
  demo+=(--demo-cables "$n")
fi
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"

(cd "$root" && mvn -q -B -ntp -pl bench,chancery-cli -am package -DskipTests)
chancery=(java -Xmx2g -jar "$root/chancery-cli/target/chancery.jar")
log="$(mktemp)"
if [ ! -f "$store/chancery.db" ]; then
  # a new demo store: generated and ingested by a first start of the server, which is then stopped
  echo "server-load: generating the demo store of $n cables in $store"
  "${chancery[@]}" serve "${demo[@]}" --store "$store" --port "$port" >"$log" 2>&1 &
  first=$!
  until grep -q "Chancery is serving" "$log"; do
    kill -0 "$first" 2>/dev/null || { cat "$log" >&2; echo "server-load: the server did not start" >&2; exit 1; }
    sleep 1
  done
  kill "$first"; wait "$first" || true
fi
# The store's declassification is brought up to date first: the server would otherwise run it at start, beside
# the load (on a store never declassified, that is every cable whose date has passed).
"${chancery[@]}" declassify --store "$store" | tail -n 1
opts=(-Xmx2g)
# CPU-time samples (JDK 25) as well as the profile's: they count the time threads spend in native code (SQLite)
[ -n "$jfr" ] && opts+=("-XX:StartFlightRecording=filename=$jfr,settings=profile,jdk.CPUTimeSample#enabled=true,jdk.CPUTimeSample#throttle=10ms"
  "-XX:FlightRecorderOptions=stackdepth=256")
# shellcheck disable=SC2206
[ -n "$server_opts" ] && opts+=($server_opts)
java "${opts[@]}" -jar "$root/chancery-cli/target/chancery.jar" serve "${demo[@]}" --store "$store" --port "$port" \
  >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -f "$log"' EXIT
until grep -q "Chancery is serving" "$log"; do
  kill -0 "$server" 2>/dev/null || { cat "$log" >&2; echo "server-load: the server did not start" >&2; exit 1; }
  sleep 1
done
grep "Chancery is serving" "$log"
# The server's own declassification run at start (ops/DailyDeclassification) has nothing left to declassify, but
# over a large store its queries still take a core for tens of seconds (a million cables: about 30 s); it is not
# what we measure, so the load starts when it has logged its summary.
for _ in $(seq 600); do
  grep -q "declassified, [0-9]* queued\|declassification failed" "$log" && break
  sleep 1
done
grep -o "declassification as of .* declassified, .*\|declassification failed.*" "$log" | tail -n 1 || true
java -cp "$root/bench/target/benchmarks.jar" org.chancery.bench.ServerLoad "http://127.0.0.1:$port/" \
  --users "$users" --think-ms "$think" --seconds "$seconds" --warmup-seconds "$warmup" --max-requests "$max" \
  --server-pid "$server"
if grep -q '"status":5' "$log"; then echo "server-load: the server answered 5xx; its log:" >&2; grep -v '^{"time' "$log" >&2; fi
