#!/usr/bin/env bash
# Parsing, analysis or indexing in two or more builds of the archive, in one JVM, taking turns (see JarComparison).
#   bench/compare-jars.sh parse|analysis|index CORPUS FILES ROUNDS JAR...
# e.g. bench/compare-jars.sh parse target/bench/corpus-18300-1-* 2000 20 /tmp/old.jar target/beslutningsarkiv.jar
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$here/bin/find-jdk.sh"
"$here/mvnw" -q -B test-compile
exec taskset -c 1 "$JAVA_HOME/bin/java" -Xmx4g -cp "$here/target/test-classes" dk.beslutningsarkiv.bench.JarComparison "$@"
