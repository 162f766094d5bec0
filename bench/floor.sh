#!/usr/bin/env bash
# Per search of the mix (bench/queries.txt), on an existing data folder: Lucene alone finding the
# first page beside the archive's whole computed search, medians in one thread on core 0 (SearchFloor).
#   bench/floor.sh --data DIR [--rounds N]   (no server may have the folder open)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
data=""; rounds=30
while [ $# -gt 0 ]; do
  case "$1" in
    --data) data=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$data" ] || { echo "usage: bench/floor.sh --data DIR [--rounds N]" >&2; exit 2; }
source "$here/bench/test-classpath.sh"
exec taskset -c 0 "$JAVA_HOME/bin/java" -Xmx1g --enable-native-access=ALL-UNNAMED -cp "$cp" \
  dk.beslutningsarkiv.search.SearchFloor "$data" "$here/bench/queries.txt" "$rounds"
