#!/usr/bin/env bash
# JMH benchmarks of the hot paths (analysis, query building, facet counting, highlighting).
#   bench/jmh.sh [JMH options, e.g. SearchBenchmark -f 1]   (-Dbench.meetings=N via JAVA_OPTS_BENCH)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/bench/test-classpath.sh"
exec "$JAVA_HOME/bin/java" ${JAVA_OPTS_BENCH:-} -cp "$cp" org.openjdk.jmh.Main "$@"
