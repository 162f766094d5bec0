# Sourced by the benchmark scripts that run test classes (with $here set to the project): compiles
# them and sets cp to the test classpath.
source "$here/bin/find-jdk.sh"
"$here/mvnw" -q -B test-compile
cpfile="$here/target/bench-classpath.txt"
"$here/mvnw" -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cpfile" >/dev/null
cp="$here/target/test-classes:$here/target/classes:$(cat "$cpfile")"
