#!/usr/bin/env bash
# Times `./chancery parse --json` over a folder, whole process (JVM start, reading, JSON, output), and prints
# cables/s and MB/s.
#   bench/parse-corpus.sh [DIR] [--copies N]
# DIR defaults to ../shared/corpus/cablegate-html. With --copies N (N > 1) the run reads a temporary folder
# holding N copies of DIR's cable files under distinct names, so that the run lasts long enough for the
# JVM's start-up not to dominate; the copies are removed afterwards.
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
source "$root/bin/jdk.sh"

dir="$root/../shared/corpus/cablegate-html"
copies=1
while [ $# -gt 0 ]; do
  case "$1" in
    --copies) copies="${2:?--copies needs a number}"; shift 2 ;;
    --copies=*) copies="${1#--copies=}"; shift ;;
    -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) dir="$1"; shift ;;
  esac
done
[ -d "$dir" ] || { echo "parse-corpus: no folder '$dir'" >&2; exit 2; }
[[ "$copies" =~ ^[1-9][0-9]*$ ]] || { echo "parse-corpus: --copies wants a positive number, not '$copies'" >&2; exit 2; }

# Build first (./chancery would do it on the first run, inside the timing).
"$root/chancery" --version >/dev/null

target="$dir"
tmp=""
if [ "$copies" -gt 1 ]; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  for ((i = 1; i <= copies; i++)); do
    mkdir "$tmp/$i"
    find "$dir" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.html' -o -name '*.htm' \) \
      -exec cp -t "$tmp/$i" {} +
  done
  target="$tmp"
fi

files=$(find "$target" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.htm' \) | wc -l)
bytes=$(find "$target" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.htm' \) -printf '%s\n' \
        | awk '{ s += $1 } END { print s + 0 }')

# A warm-up run fills the page cache, so that the timed run measures the program, not the disk.
"$root/chancery" parse --json "$target" >/dev/null

# Wall time is what a user waits; CPU time (user + system, all threads) tells what the run cost when the
# machine is shared and the wall time is not to be trusted.
counted="$(mktemp)"; timing="$(mktemp)"
load="$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo '?')"
TIMEFORMAT='%R %U %S'
{ time "$root/chancery" parse --json "$target" | wc -l >"$counted"; } 2>"$timing"
lines=$(cat "$counted")
read -r wall user sys < <(tail -n 1 "$timing")
rm -f "$counted" "$timing"

awk -v t="$wall" -v u="$user" -v y="$sys" -v n="$files" -v b="$bytes" -v l="$lines" -v c="$(nproc)" -v d="$dir" -v k="$copies" \
    -v load="$load" 'BEGIN {
  printf "parse --json %s (x%d): %d files, %.1f MB, %d JSON lines\n", d, k, n, b / 1e6, l
  printf "  wall %.2f s on %d cores (load average before the run: %s): %.0f cables/s  %.1f MB/s  (whole process)\n", t, c, load, n / t, b / 1e6 / t
  printf "  CPU  %.2f s (user %.2f + sys %.2f): %.0f cables per CPU-second  %.1f MB per CPU-second\n", u + y, u, y, n / (u + y), b / 1e6 / (u + y)
}'
[ "$lines" -eq "$files" ] || { echo "parse-corpus: expected $files JSON lines, got $lines" >&2; exit 1; }
