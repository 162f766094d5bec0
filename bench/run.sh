#!/usr/bin/env bash
# The benchmark of one corpus size: generate, import, start, load. Prints one Markdown row per step.
#   bench/run.sh --meetings N [--seed S] [--work DIR] [--duration SECONDS]
# The server runs on core 0 and wrk on core 1 (taskset), both on loopback; heap is capped at 1 GB.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
meetings=2000; seed=1; work="$here/target/bench"; duration=20; port=7171
while [ $# -gt 0 ]; do
  case "$1" in
    --meetings) meetings=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "bench needs wrk: apt-get install wrk" >&2; exit 1; }
source "$here/bin/find-jdk.sh"
[ -f target/beslutningsarkiv.jar ] || ./mvnw -q -B package -DskipTests
java=("$JAVA_HOME/bin/java" -Xmx1g --add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED
  -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$here/target/bench.jsa" "-Xlog:cds*=off")
jar=target/beslutningsarkiv.jar
corpus="$work/corpus-$meetings-$seed"; data="$work/data-$meetings-$seed"
mkdir -p "$work"

if [ ! -d "$corpus" ]; then
  "${java[@]}" -jar "$jar" generate --meetings "$meetings" --out "$corpus" --seed "$seed" >&2
fi
rm -rf "$data"
start=$(date +%s.%N)
taskset -c 0,1 "${java[@]}" -jar "$jar" import --data "$data" "$corpus" >&2 2>/dev/null
import_s=$(echo "$(date +%s.%N) - $start" | bc)

started=$(date +%s.%N)
taskset -c 0 "${java[@]}" -jar "$jar" serve --data "$data" --port "$port" --web /nonexistent > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until curl -sf "localhost:$port/api/search?q=tvang" >/dev/null; do sleep 0.05; done
startup_s=$(echo "$(date +%s.%N) - $started" | bc)
items=$(curl -s "localhost:$port/api/health" | sed -n 's/.*"items":\([0-9]*\).*/\1/p')
size=$(du -sh "$data/index" | cut -f1)

echo "| items | import s | items/s | index size | start-up s |"
echo "| --- | --- | --- | --- | --- |"
printf "| %s | %.1f | %.0f | %s | %.2f |\n" "$items" "$import_s" "$(echo "$items / $import_s" | bc -l)" "$size" "$startup_s"

# Warm-up, then the query mix at each connection count.
QUERIES="$here/bench/queries.txt" taskset -c 1 wrk -t1 -c4 -d10s -s bench/mix.lua "http://localhost:$port" >/dev/null
echo
echo "| connections | p50 ms | p99 ms | requests/s | errors |"
echo "| --- | --- | --- | --- | --- |"
for c in 1 4 8 16; do
  line=$(QUERIES="$here/bench/queries.txt" taskset -c 1 wrk -t1 -c"$c" -d"${duration}s" --latency -s bench/mix.lua \
    "http://localhost:$port" | grep '^RESULT')
  p50=$(sed -n 's/.*p50_ms=\([0-9.]*\).*/\1/p' <<<"$line"); p99=$(sed -n 's/.*p99_ms=\([0-9.]*\).*/\1/p' <<<"$line")
  rps=$(sed -n 's/.*rps=\([0-9.]*\).*/\1/p' <<<"$line"); errors=$(sed -n 's/.*errors=\([0-9]*\).*/\1/p' <<<"$line")
  echo "| $c | $p50 | $p99 | $rps | $errors |"
done
jcmd "$server" GC.run >/dev/null
# Every generation's "total ..K, used ..K" line, added up (the collector decides how many there are).
heap=$(jcmd "$server" GC.heap_info | grep -E 'total [0-9]+K, used [0-9]+K' | sed -E 's/.*used ([0-9]+)K.*/\1/' \
  | awk '{ s += $1 } END { printf "%.0fM", s / 1024 }')
echo
echo "heap used after load and a full GC: $heap (max 1 GB)"
