#!/usr/bin/env bash
# JMH benchmarks of the hot paths (analysis, query building, facet counting, highlighting).
#   bench/jmh.sh [JMH options, e.g. SearchBenchmark -f 1]   (-Dbench.meetings=N via JAVA_OPTS_BENCH)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/bin/find-jdk.sh"
"$here/mvnw" -q -B test-compile
cpfile="$here/target/bench-classpath.txt"
"$here/mvnw" -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cpfile" >/dev/null
cp=$(cat "$cpfile")
exec "$JAVA_HOME/bin/java" ${JAVA_OPTS_BENCH:-} -cp "$here/target/test-classes:$here/target/classes:$cp" \
  org.openjdk.jmh.Main "$@"
