#!/usr/bin/env bash
# The switch's crash test, longer: the switch runs in a child JVM on MESSAGES messages and is killed with SIGKILL
# at random moments KILLS times, then a last run finishes and the store is checked (no accepted message lost,
# none delivered twice, channel numbers without gap or reuse).
#   bench/switch-soak.sh [KILLS] [MESSAGES] [SEED]        (defaults: 50 kills, 100000 messages, a random seed)
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
source "$root/bin/jdk.sh"
kills="${1:-50}"
messages="${2:-100000}"
seed="${3:-$RANDOM$RANDOM}"
echo "switch soak: $kills kills over $messages messages, seed $seed"
cd "$root"
time mvn -q -B -ntp -pl chancery-switch -am test -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest=org.chancery.switching.delivery.CrashTest \
  -Dchancery.crash.kills="$kills" -Dchancery.crash.messages="$messages" -Dchancery.crash.seed="$seed"
echo "switch soak: passed"
