#!/usr/bin/env bash
# The daily declassification over a copy of an archive's database (the original is never modified): open
# (migration, index built afresh), read every E.O. line, declassify what is due as of a date, run again.
#   bench/declassify-bench.sh [STORE] [AS_OF]
# STORE: default /tmp/chancery-bench/store-100000 (bench/secure-search-bench.sh makes it). Work copy:
# $DECLASSIFY_BENCH_DIR, default /tmp/chancery-bench/declassify. See bench/README.md.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
source "$root/bin/jdk.sh"
store="${1:-/tmp/chancery-bench/store-100000}"
as_of="${2:-2026-11-29}"
work="${DECLASSIFY_BENCH_DIR:-/tmp/chancery-bench/declassify}"
[ -f "$store/chancery.db" ] || { echo "declassify-bench: no archive in '$store'" >&2; exit 2; }
(cd "$root" && mvn -q -B -ntp -pl bench -am package -DskipTests)
exec java -Xmx1g --enable-native-access=ALL-UNNAMED -cp "$root/bench/target/benchmarks.jar" \
  org.chancery.bench.DeclassifyBench "$store" "$work" "$as_of"
