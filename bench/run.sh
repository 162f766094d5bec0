#!/usr/bin/env bash
# The benchmark: for each corpus size generate (once per size, seed and generator), import, start, load; then
# the PDF import rate. Prints Markdown tables: one row per size, one latency table per size.
#   bench/run.sh [--meetings N[,N...]] [--seed S] [--work DIR] [--duration SECONDS] [--pdf-copies K]
# 5.5 items a meeting: --meetings 1830,18300,183000 gives about 10k, 100k and 1M items.
# The server runs on core 0 and wrk on core 1 (taskset), both on loopback; heap is capped at 1 GB.
# Data folders stay in WORK/data-N-S, so bench/peers.sh can load the same items afterwards.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
sizes=2000; seed=1; work="$here/target/bench"; duration=20; port=7171; pdf_copies=200
while [ $# -gt 0 ]; do
  case "$1" in
    --meetings) sizes=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --pdf-copies) pdf_copies=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "bench needs wrk: apt-get install wrk" >&2; exit 1; }
source "$here/bin/find-jdk.sh"
# The jar of the sources as they are: the corpus below is keyed by them, and the figures belong to them.
./mvnw -q -B package -DskipTests
jvm=("$JAVA_HOME/bin/java" -Xmx1g --enable-native-access=ALL-UNNAMED)
# The batch commands run with the throughput collector, as ./arkiv runs them, and share a class-data
# archive made by the first of them; the server (G1, the default) gets an AOT
# cache (JDK 25) from a training run of its own, see train_server.
java=("${jvm[@]}" -XX:+UseParallelGC -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$here/target/bench.jsa" "-Xlog:cds*=off")
aot="$here/target/serve.aot"
# AOT caches came with JDK 25; an older JDK runs the server without one.
jdk_major=$("$JAVA_HOME/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
serve_cache=(); [ "${jdk_major:-0}" -ge 25 ] && serve_cache=(-XX:AOTCache="$aot")
jar=target/beslutningsarkiv.jar
mkdir -p "$work"
server=""
trap '[ -n "$server" ] && kill $server 2>/dev/null || true' EXIT

seconds_since() { echo "$(date +%s.%N) - $1" | bc; }

# Starts the server on core 0 over the data folder (extra arguments go to serve) and waits for its first answer.
serve() {
  local data=$1; shift
  taskset -c 0 "${jvm[@]}" "${serve_cache[@]}" -jar "$jar" serve --data "$data" --port "$port" --web /nonexistent "$@" \
    > "$work/serve.log" 2>&1 &
  server=$!
  until curl -sf "localhost:$port/api/search?q=tvang" >/dev/null; do sleep 0.02; done
}

# Once per build of the jar: a server run on the data folder that asks the query mix once, so the
# JVM writes the classes it loaded and linked, and its method profiles, into the AOT cache at exit.
train_server() {
  [ ${#serve_cache[@]} -eq 0 ] || [ "$aot" -nt "$jar" ] && return
  rm -f "$aot"
  taskset -c 0 "${jvm[@]}" -XX:AOTCacheOutput="$aot" -jar "$jar" serve --data "$1" --port "$port" --web /nonexistent \
    > "$work/train.log" 2>&1 &
  server=$!
  until curl -sf "localhost:$port/api/search?q=tvang" >/dev/null; do sleep 0.05; done
  grep '^/' bench/queries.txt | while read -r path; do curl -s -o /dev/null "localhost:$port$path"; done
  stop_server
}

stop_server() { kill "$server"; wait "$server" 2>/dev/null || true; server=""; }

# The query mix through wrk on core 1; prints "p50 p99 rps errors".
load() {
  local line
  line=$(QUERIES="$here/bench/queries.txt" taskset -c 1 wrk -t1 -c"$1" -d"$2s" --latency -s bench/mix.lua \
    "http://localhost:$port" | grep '^RESULT')
  printf '%s %s %s %s\n' "$(sed -n 's/.*p50_ms=\([0-9.]*\).*/\1/p' <<<"$line")" \
    "$(sed -n 's/.*p99_ms=\([0-9.]*\).*/\1/p' <<<"$line")" "$(sed -n 's/.*rps=\([0-9.]*\).*/\1/p' <<<"$line")" \
    "$(sed -n 's/.*errors=\([0-9]*\).*/\1/p' <<<"$line")"
}

# A corpus is kept per size, seed and version of the generator (its sources and the bundled data it
# draws from), so a changed generator never measures a corpus an older one wrote.
generator=$(cat src/main/java/dk/beslutningsarkiv/generate/*.java \
  src/main/java/dk/beslutningsarkiv/minutes/{Gazetteer,MeetingIds,Folding}.java \
  src/main/resources/generate/* src/main/resources/data/* | sha256sum | cut -c1-8)
sizes_table=(); latency_tables=()
for meetings in ${sizes//,/ }; do
  corpus="$work/corpus-$meetings-$seed-$generator"; data="$work/data-$meetings-$seed"
  if [ ! -d "$corpus" ]; then
    rm -rf "$work/corpus-$meetings-$seed" "$work/corpus-$meetings-$seed"-*   # older generators' corpora
    "${java[@]}" -jar "$jar" generate --meetings "$meetings" --out "$corpus" --seed "$seed" >&2
  fi
  rm -rf "$data"
  start=$(date +%s.%N)
  taskset -c 0,1 "${java[@]}" -jar "$jar" import --data "$data" "$corpus" >&2 2>/dev/null
  import_s=$(seconds_since "$start")
  # The index is fsynced by its commit, the originals' copies are not: written back now, so the
  # start-up below reads an existing index rather than queueing behind gigabytes of writeback.
  # The disk stays busy a while after that (the first start right after a 1M import took ~1 s more
  # than the next two, and than three starts after half a minute idle): an existing index is one
  # that has rested, so the starts wait half a minute.
  sync
  sleep 30

  train_server "$data"
  # One start here can take a second more than the next (the machine, not the build): three starts,
  # the median reported beside all three; the last server stays up for the load.
  startups=()
  for _ in 1 2 3; do
    [ -z "$server" ] || stop_server
    started=$(date +%s.%N)
    serve "$data"
    startups+=("$(printf '%.2f' "$(seconds_since "$started")")")
  done
  startup=$(printf '%s\n' "${startups[@]}" | sort -n | sed -n 2p)
  startup+=" (${startups[0]}, ${startups[1]}, ${startups[2]})"
  items=$(curl -s "localhost:$port/api/health" | sed -n 's/.*"items":\([0-9]*\).*/\1/p')
  size=$(du -sh "$data/index" | cut -f1)

  load 4 10 >/dev/null   # warm-up
  declare -A cached=()
  for c in 1 4 8 16; do cached[$c]=$(load "$c" "$duration"); done
  jcmd "$server" GC.run >/dev/null
  # Every generation's "total ..K, used ..K" line, added up (the collector decides how many there are).
  heap=$(jcmd "$server" GC.heap_info | grep -E 'total [0-9]+K, used [0-9]+K' | sed -E 's/.*used ([0-9]+)K.*/\1/' \
    | awk '{ s += $1 } END { printf "%.0f MB", s / 1024 }')
  stop_server
  # The mix repeats its 24 searches, so above they are mostly answered from the answer cache; here
  # every search runs, as a search nobody asked before does, after a warm-up as long as the first
  # server's load (the JIT needs it).
  serve "$data" --answer-cache 0
  load 4 $((10 + 4 * duration)) >/dev/null
  table="| connections | p50 ms | p99 ms | requests/s | errors | p50 ms, cache off | p99 ms, cache off | requests/s, cache off | errors, cache off |"
  table+=$'\n'"| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  for c in 1 4 8 16; do
    read -r p50 p99 rps errors <<<"${cached[$c]}"
    read -r p50_off p99_off rps_off errors_off < <(load "$c" "$duration")
    table+=$'\n'"| $c | $p50 | $p99 | $rps | $errors | $p50_off | $p99_off | $rps_off | $errors_off |"
  done
  stop_server

  sizes_table+=("$(printf '| %s | %.1f | %.0f | %s | %s | %s |' "$items" "$import_s" \
    "$(echo "$items / $import_s" | bc -l)" "$size" "$startup" "$heap")")
  latency_tables+=("Query mix at $items items:"$'\n\n'"$table")
  echo "done: $meetings meetings" >&2
done

# PDF import: the five sample PDFs, each copy made distinct by a PDF comment after its end.
pdfs="$work/pdf-$pdf_copies"; rm -rf "$pdfs" "$work/data-pdf"; mkdir -p "$pdfs"
set_pages=$(cat src/main/resources/samples/*.pdf | grep -o -a -E '/Type ?/Page([^s]|$)' | wc -l)
for ((i = 0; i < pdf_copies; i++)); do
  for f in src/main/resources/samples/*.pdf; do
    copy="$pdfs/$(printf '%05d' "$i")-$(basename "$f")"
    cp "$f" "$copy"; printf '\n%% copy %d\n' "$i" >> "$copy"
  done
done
pages=$((set_pages * pdf_copies))
start=$(date +%s.%N)
taskset -c 0,1 "${java[@]}" -jar "$jar" import --data "$work/data-pdf" "$pdfs" >&2 2>/dev/null
pdf_s=$(seconds_since "$start")

echo "| items | import s | items/s | index size | start-up s, median (three starts) | heap after load and a full GC |"
echo "| --- | --- | --- | --- | --- | --- |"
printf '%s\n' "${sizes_table[@]}"
echo
for t in "${latency_tables[@]}"; do printf '%s\n\n' "$t"; done
printf 'PDF import: %d files, %d pages in %.1f s: %.0f pages/s\n' "$((pdf_copies * 5))" "$pages" "$pdf_s" \
  "$(echo "$pages / $pdf_s" | bc -l)"
# The word list changes what compounds split into, and so the import's work: runs compare only alike.
words="${ARKIV_WORDLIST:-/usr/share/dict/danish}"
if [ -r "$words" ]; then echo "Danish word list: $words"; else echo "Danish word list: none ($words missing)"; fi
