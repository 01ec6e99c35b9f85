#!/usr/bin/env bash
# Builds bench/target/benchmarks.jar and runs ReaderBenchmark on one thread with short settings, then prints
# MB/s and cables/s per core for plain text and HTML.
#   bench/run-jmh.sh [CORPUS_DIR] [extra JMH options...]      (CORPUS_DIR defaults to ../shared/corpus)
# JMH_SETTINGS replaces the default run settings, e.g. JMH_SETTINGS="-t 1 -f 1 -wi 1 -w 1s -i 1 -r 1s" for a
# quick check; extra options such as "-p format=html" pick one format.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
source "$root/bin/jdk.sh"
corpus="${1:-$root/../shared/corpus}"
[ $# -gt 0 ] && shift
corpus="$(cd "$corpus" && pwd)" || { echo "run-jmh: no corpus folder at '$corpus'" >&2; exit 2; }

log="$(mktemp)"
if ! (cd "$root" && mvn -q -B -ntp -pl bench -am package -DskipTests) >"$log" 2>&1; then
  cat "$log" >&2; rm -f "$log"; echo "run-jmh: the build failed (output above)" >&2; exit 1
fi
rm -f "$log"

results="$(mktemp)"
trap 'rm -f "$results"' EXIT
# One thread (per-core figures), one fork, 3 warm-up and 5 measured iterations of 2 s: about 40 s per format.
settings="${JMH_SETTINGS:--t 1 -f 1 -wi 3 -w 2s -i 5 -r 2s}"
# shellcheck disable=SC2086 # the settings are words
java -Duser.language=en -Duser.country=US -jar "$root/bench/target/benchmarks.jar" ReaderBenchmark \
  $settings \
  -jvmArgsAppend "-Dchancery.corpus=$corpus" \
  -rf csv -rff "$results" "$@"

echo
echo "Per core (one thread):"
# CSV rows: "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: format"
awk -F, '
  { gsub(/"/, "") }
  $1 ~ /readAll:bytes$/  { mb[$8] = $5 / 1e6; err[$8] = ($6 ~ /^[0-9.]+$/) ? sprintf("(± %.1f)", $6 / 1e6) : "" }
  $1 ~ /readAll:cables$/ { cables[$8] = $5 }
  END {
    for (f in mb) printf "  %-5s %8.1f MB/s %-10s %9.0f cables/s\n", f, mb[f], err[f], cables[f]
  }' "$results" | sort
