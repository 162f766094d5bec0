#!/usr/bin/env bash
# The peer benchmark: our server, PostgreSQL and OpenSearch on the items of one data folder, under
# the same query mix and load as bench/run.sh. Prints a Markdown row per system and connection
# count, then one RATIO line per peer, at 8 connections.
#   bench/peers.sh --data DIR [--duration SECONDS] [--warmup SECONDS] [--port P]
# DIR is a data folder written by `import --data DIR`. Every server runs on core 0 (the peers'
# HTTP adapters beside their backends), wrk on core 1, all on 127.0.0.1; ports P (ours), P+1 and
# P+2 (the adapters of PostgreSQL and OpenSearch), P+3 (PostgreSQL), P+4 and P+5 (OpenSearch).
# State (the exported items, the database, the OpenSearch download and index, logs) stays under
# target/peers/; every process started here is stopped on exit.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
# The peers run far more code than ours before it is compiled: a longer warm-up than bench/run.sh's.
data=""; duration=20; warmup=30; port=7181
while [ $# -gt 0 ]; do
  case "$1" in
    --data) data=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
if [ -z "$data" ] || [ ! -d "$data/index" ]; then
  echo "usage: bench/peers.sh --data DIR [--duration SECONDS] [--warmup SECONDS] [--port P]  (DIR: a data folder written by import --data)" >&2
  exit 2
fi
data="$(cd "$data" && pwd)"

opensearch_version=3.6.0
opensearch_zip_url="https://repo1.maven.org/maven2/org/opensearch/distribution/integ-test-zip/opensearch/$opensearch_version/opensearch-$opensearch_version.zip"
# PostgreSQL and OpenSearch refuse to run as root: as root, they run as this system user.
peer_user=arkivbench
ratio_connections=8
state="$here/target/peers"
run="$state/run"
ours_port=$port; postgres_adapter_port=$((port + 1)); opensearch_adapter_port=$((port + 2))
postgres_port=$((port + 3)); opensearch_port=$((port + 4)); opensearch_transport_port=$((port + 5))
opensearch="http://127.0.0.1:$opensearch_port"

log() { echo "peers: $*" >&2; }
fail() { echo "peers: $*" >&2; exit 1; }

# --- What a fresh Debian machine lacks -------------------------------------------------------

install_missing() {
  local packages=()
  command -v wrk >/dev/null || packages+=(wrk)
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || packages+=(postgresql)
  command -v unzip >/dev/null || packages+=(unzip)
  command -v curl >/dev/null || packages+=(curl)
  [ ${#packages[@]} -eq 0 ] && return
  [ "$(id -u)" -eq 0 ] || fail "missing ${packages[*]}: install them (apt-get install -y ${packages[*]}) or run as root"
  log "installing ${packages[*]}"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >&2
}

install_missing
pg_bin=$(compgen -G "/usr/lib/postgresql/*/bin" | sort -V | tail -n1)
if [ "$(id -u)" -eq 0 ]; then
  id -u "$peer_user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$peer_user"
  as_peer=(setpriv --reuid="$peer_user" --regid="$peer_user" --init-groups)
  peer_dir() { install -d -o "$peer_user" -g "$peer_user" "$@"; }
else
  as_peer=()
  peer_dir() { install -d "$@"; }
fi

for p in $ours_port $postgres_adapter_port $opensearch_adapter_port $postgres_port $opensearch_port $opensearch_transport_port; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    fail "port $p is in use: choose another base with --port"
  fi
done

# --- Build: our jar, and the peer programs from the test classpath (as bench/jmh.sh) ----------

mkdir -p "$state"
source "$here/bin/find-jdk.sh"
[ -f target/beslutningsarkiv.jar ] || ./mvnw -q -B package -DskipTests
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$state/classpath.txt" >/dev/null
# The same JVM and heap cap for our server and for the adapters.
jvm=("$JAVA_HOME/bin/java" -Xmx1g --enable-native-access=ALL-UNNAMED)
peer_java=("${jvm[@]}" -cp "$here/target/test-classes:$here/target/classes:$(cat "$state/classpath.txt")")
ours_java=("${jvm[@]}" -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="$state/ours.jsa" "-Xlog:cds*=off")

# --- Cleanup of everything started below ----------------------------------------------------

pids=()
opensearch_launcher=""
postgres_started=""
# bin/opensearch ends in an exec with a here-string, which some bash builds run in a forked child:
# OpenSearch is then the launcher's child, not the launcher, and must be stopped and awaited itself.
stop_opensearch() {
  local pid opensearch_pids
  [ -n "$opensearch_launcher" ] || return 0
  opensearch_pids=($(ps -o pid= --ppid "$opensearch_launcher" || true) "$opensearch_launcher")
  kill "${opensearch_pids[@]}" 2>/dev/null || true
  wait "$opensearch_launcher" 2>/dev/null || true
  for pid in "${opensearch_pids[@]}"; do
    for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  done
}
cleanup() {
  local pid
  # Stop everything even when one step fails.
  set +e
  stop_opensearch
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$postgres_started" ]; then
    "${as_peer[@]}" "$pg_bin/pg_ctl" -D "$run/postgres" -m fast stop >/dev/null 2>&1 || true
  fi
  rm -rf "$run/bulk"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Waits until a search answers on a port, or fails when the process behind it died.
wait_for_search() { # name port pid
  local deadline=$((SECONDS + 300))
  until curl -sf "http://127.0.0.1:$2/api/search?q=tvang" >/dev/null; do
    kill -0 "$3" 2>/dev/null || fail "$1 stopped while starting: see $run/$1.log"
    [ $SECONDS -lt $deadline ] || fail "$1 did not answer within 300 s: see $run/$1.log"
    sleep 0.2
  done
}

rm -rf "$run"
# The peers' own files (cluster, index, their logs) are created by the peer user.
peer_dir "$run"
"${as_peer[@]}" test -w "$run" || fail "$peer_user cannot write $run: every folder above it must be open to others (chmod o+x)"

# --- Export -----------------------------------------------------------------------------------

log "exporting the items of $data"
exported=$("${peer_java[@]}" dk.beslutningsarkiv.bench.peers.ExportItems --data "$data" --out "$run/export" 2>"$run/export.log")
items=$(sed -n 's/^exported \([0-9]*\) items$/\1/p' <<<"$exported")
[ -n "$items" ] && [ "$items" -gt 0 ] || fail "the export found no items: see $run/export.log"
log "$items items"

# --- PostgreSQL -------------------------------------------------------------------------------

log "PostgreSQL ($("$pg_bin/postgres" --version)): a new cluster, loading"
"${as_peer[@]}" "$pg_bin/initdb" -D "$run/postgres" -U arkiv -A trust --locale=C.UTF-8 --encoding=UTF8 >"$run/initdb.log"
cat >>"$run/postgres/postgresql.conf" <<EOF
# bench/peers.sh
listen_addresses = '127.0.0.1'
port = $postgres_port
unix_socket_directories = ''
max_connections = 40
# As much memory for its cache as our server's heap; the OS page cache holds the rest, as for ours.
shared_buffers = 1GB
effective_cache_size = 8GB
work_mem = 32MB
maintenance_work_mem = 512MB
random_page_cost = 1.1
# Compiling plans costs more than the short queries it could speed up.
jit = off
# One core: parallel workers would only queue behind the leader.
max_parallel_workers_per_gather = 0
# A throwaway cluster: durability only slows the load, and searches write nothing.
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
taskset -c 0 "${as_peer[@]}" "$pg_bin/pg_ctl" -D "$run/postgres" -l "$run/postgres.log" -w -t 120 start >/dev/null
postgres_started=1
psql=("$pg_bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$postgres_port" -U arkiv)
"${psql[@]}" -d postgres -c "CREATE DATABASE arkiv"
taskset -c 1 "${psql[@]}" -d arkiv -f bench/peers/postgres.sql <"$run/export/items.csv"
postgres_items=$("${psql[@]}" -d arkiv -Atc "SELECT count(*) FROM items")
[ "$postgres_items" = "$items" ] || fail "PostgreSQL holds $postgres_items items, not $items"

# --- OpenSearch -------------------------------------------------------------------------------

opensearch_home="$state/opensearch-$opensearch_version"
if [ ! -x "$opensearch_home/bin/opensearch" ]; then
  zip="$state/opensearch-$opensearch_version.zip"
  if [ ! -f "$zip" ]; then
    log "downloading OpenSearch $opensearch_version (integ-test zip)"
    curl -fsSL -o "$zip.part" "$opensearch_zip_url"
    echo "$(curl -fsSL "$opensearch_zip_url.sha1")  $zip.part" | sha1sum -c --quiet
    mv "$zip.part" "$zip"
  fi
  unzip -q -o "$zip" -d "$state"
fi
# OpenSearch writes its GC log and temporary files under its home.
[ "$(id -u)" -ne 0 ] || chown -R "$peer_user:$peer_user" "$opensearch_home"
log "OpenSearch $opensearch_version: starting, loading"
OPENSEARCH_JAVA_HOME="$JAVA_HOME" OPENSEARCH_JAVA_OPTS="-Xms1g -Xmx1g" taskset -c 0 "${as_peer[@]}" \
  "$opensearch_home/bin/opensearch" \
  -Ediscovery.type=single-node -Enetwork.host=127.0.0.1 \
  -Ehttp.port="$opensearch_port" -Etransport.port="$opensearch_transport_port" \
  -Epath.data="$run/opensearch-data" -Epath.logs="$run/opensearch-logs" \
  -Ecluster.routing.allocation.disk.threshold_enabled=false >"$run/opensearch.log" 2>&1 &
opensearch_launcher=$!
deadline=$((SECONDS + 300))
until curl -sf "$opensearch/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null; do
  kill -0 "$opensearch_launcher" 2>/dev/null || fail "OpenSearch stopped while starting: see $run/opensearch.log"
  [ $SECONDS -lt $deadline ] || fail "OpenSearch did not start within 300 s: see $run/opensearch.log"
  sleep 1
done
curl -sf -XPUT "$opensearch/items" -H 'Content-Type: application/json' \
  --data-binary @bench/peers/opensearch-index.json >/dev/null || fail "OpenSearch refused the index (danish analyzer?)"
mkdir -p "$run/bulk"
# 1,000 items a request: two lines each.
split -l 2000 -a 6 -d "$run/export/items.ndjson" "$run/bulk/part-"
for part in "$run/bulk"/part-*; do
  answer=$(taskset -c 1 curl -sf -XPOST "$opensearch/items/_bulk" -H 'Content-Type: application/x-ndjson' --data-binary @"$part")
  grep -q '"errors":false' <<<"${answer:0:200}" || fail "OpenSearch bulk load failed: ${answer:0:500}"
done
rm -rf "$run/bulk"
curl -sf -XPOST "$opensearch/items/_refresh" >/dev/null
# Our import merges a bulk load into one segment; OpenSearch gets the same.
curl -sf -XPOST "$opensearch/items/_forcemerge?max_num_segments=1" >/dev/null
curl -sf -XPOST "$opensearch/items/_refresh" >/dev/null
opensearch_items=$(curl -sf "$opensearch/items/_count" | sed -n 's/.*"count":\([0-9]*\).*/\1/p')
[ "$opensearch_items" = "$items" ] || fail "OpenSearch holds $opensearch_items items, not $items"
log "segments: ours $(compgen -G "$data/index/*.si" | wc -l)," \
  "OpenSearch $(curl -sf "$opensearch/_cat/segments/items?h=segment" | wc -l)"

# --- The three HTTP servers -------------------------------------------------------------------

log "starting the adapters and our server"
taskset -c 0 "${peer_java[@]}" dk.beslutningsarkiv.bench.peers.PeerServer --backend postgres \
  --jdbc "jdbc:postgresql://127.0.0.1:$postgres_port/arkiv?user=arkiv" --port "$postgres_adapter_port" >"$run/postgres-adapter.log" 2>&1 &
pids+=($!)
wait_for_search postgres-adapter "$postgres_adapter_port" "${pids[-1]}"
taskset -c 0 "${peer_java[@]}" dk.beslutningsarkiv.bench.peers.PeerServer --backend opensearch \
  --url "$opensearch" --port "$opensearch_adapter_port" >"$run/opensearch-adapter.log" 2>&1 &
pids+=($!)
wait_for_search opensearch-adapter "$opensearch_adapter_port" "${pids[-1]}"
# Without the answer cache: the peers keep no answers either (OpenSearch's request cache skips
# requests that ask for hits), so every system computes every search of the repeating mix.
taskset -c 0 "${ours_java[@]}" -jar target/beslutningsarkiv.jar serve --data "$data" --port "$ours_port" --web /nonexistent \
  --answer-cache 0 >"$run/ours.log" 2>&1 &
pids+=($!)
wait_for_search ours "$ours_port" "${pids[-1]}"

systems=(ours postgres opensearch)
declare -A port_of=([ours]=$ours_port [postgres]=$postgres_adapter_port [opensearch]=$opensearch_adapter_port)

# --- Same answers? Every query of the mix once: all must succeed; totals side by side -----------

echo "Totals per query ($items items; ours also matches compound parts, which the peers do not split):"
echo
echo "| query | ours | postgres | opensearch |"
echo "| --- | --- | --- | --- |"
while read -r path; do
  row="| \`${path#/api/search?}\` |"
  for system in "${systems[@]}"; do
    answer=$(curl -s -w '\n%{http_code}' "http://127.0.0.1:${port_of[$system]}$path")
    [ "${answer##*$'\n'}" = 200 ] || fail "$system answered ${answer##*$'\n'} to $path: ${answer:0:300}"
    row+=" $(sed -n 's/^{"total":\([0-9]*\).*/\1/p' <<<"$answer") |"
  done
  echo "$row"
done < <(grep '^/' bench/queries.txt)

# --- Load: warm-up per system, then per connection count every system in turn -----------------

measure() { # port connections seconds → the RESULT line of mix.lua
  # A generous timeout, so a slow answer counts in the latencies instead of as an error.
  QUERIES="$here/bench/queries.txt" taskset -c 1 wrk -t1 -c"$2" -d"$3s" --timeout 30s --latency -s bench/mix.lua \
    "http://127.0.0.1:$1" | grep '^RESULT'
}
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$2"; }

for system in "${systems[@]}"; do
  log "warming up $system"
  measure "${port_of[$system]}" 4 "$warmup" >/dev/null
done
declare -A p50 p99 rps
echo
echo "| system | connections | p50 ms | p99 ms | requests/s | errors |"
echo "| --- | --- | --- | --- | --- | --- |"
for c in 1 4 8 16; do
  # Interleaved, so drift on the machine hits every system alike.
  for system in "${systems[@]}"; do
    line=$(measure "${port_of[$system]}" "$c" "$duration")
    p50[$system,$c]=$(field p50_ms "$line"); p99[$system,$c]=$(field p99_ms "$line"); rps[$system,$c]=$(field rps "$line")
    echo "| $system | $c | ${p50[$system,$c]} | ${p99[$system,$c]} | ${rps[$system,$c]} | $(field errors "$line") |"
  done
done

echo
echo "Ratios at $ratio_connections connections (latency: peer / ours, throughput: ours / peer; above 1 means ours is better):"
c=$ratio_connections
for peer in postgres opensearch; do
  awk -v peer="$peer" -v p50o="${p50[ours,$c]}" -v p99o="${p99[ours,$c]}" -v rpso="${rps[ours,$c]}" \
    -v p50p="${p50[$peer,$c]}" -v p99p="${p99[$peer,$c]}" -v rpsp="${rps[$peer,$c]}" \
    'BEGIN { printf "RATIO peer=%s p50_ratio=%.2f p99_ratio=%.2f qps_ratio=%.2f\n", peer, p50p / p50o, p99p / p99o, rpso / rpsp }'
done
