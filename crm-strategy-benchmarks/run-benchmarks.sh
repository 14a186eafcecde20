#!/usr/bin/env bash
# Runs the performance suite of issue 6 and writes docs/performance.md.
#
#   crm-strategy-benchmarks/run-benchmarks.sh            # from the repository root or anywhere
#
# Takes about 10 minutes on a 2-core machine: JMH with the iterations the benchmark classes declare
# (5 x 2 s warm-up, as the Drools paths need about 8 s of JIT warm-up; 10 x 2 s for the throughput
# benchmarks; 5 x 1 s measurement; one fork; about 6 min; JMH_OPTS overrides them), cold starts
# (5 per mode in the library layout, 3 per mode in the shaded jar), the 1- vs 2-thread throughput
# in one JVM (ThroughputHarness, about 100 s), the realism ratio alternating in one JVM
# (RealismHarness, about 2 min) and two heap measurements. Cold start and heap are measured in the library layout
# (separate jars, as applications use the library) and in the shaded jar, where Drools treats the
# whole jar as the KieModule (see docs/performance.md). The machine is shared with other
# builds, so the figures are indicative; rerun on a quiet machine for release numbers, e.g.
#   JMH_OPTS="-wi 10 -w 2s -i 10 -r 2s -f 2" COLD_RUNS=11 crm-strategy-benchmarks/run-benchmarks.sh
# Environment: MVN_OFFLINE (default -o; set to "" when a new artifact must be downloaded),
# JMH_OPTS, COLD_RUNS, JMH_INCLUDE (benchmark regexp), CLI_RUNS (command-line figures, default 5),
# EXTRA_JAVAS (more JVMs for the distribution's start-up cache, default: a JDK 25 under /usr/lib/jvm),
# CLI_ONLY=1 (only the command-line figures: build the CLI and rewrite their section of the report).
set -euo pipefail
cd "$(dirname "$0")/.."

MVN_OFFLINE=${MVN_OFFLINE--o}
JMH_OPTS=${JMH_OPTS:-}
COLD_RUNS=${COLD_RUNS:-5}
COLD_RUNS_SHADED=${COLD_RUNS_SHADED:-3}
JMH_INCLUDE=${JMH_INCLUDE:-io.github.crmstrategy.benchmarks.*Benchmark}
JAR=crm-strategy-benchmarks/target/benchmarks.jar
OUT=crm-strategy-benchmarks/target/perf
PKG=io.github.crmstrategy.benchmarks

CLI_RUNS=${CLI_RUNS:-5}
EXTRA_JAVAS=${EXTRA_JAVAS-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -1)}
cli_figures() {
  echo "== command line: shaded jar vs distribution vs start-up cache, workspace, watch ($CLI_RUNS runs)"
  # shellcheck disable=SC2086
  mvn $MVN_OFFLINE -q -B package -pl crm-strategy-cli,crm-strategy-benchmarks -am -DskipTests
  # shellcheck disable=SC2086
  java -cp "$JAR" "$PKG.CommandLineHarness" crm-strategy-cli/target/crm-strategy.jar \
    crm-strategy-cli/target/dist/crm-strategy \
    crm-strategy-samples/src/main/resources/io/github/crmstrategy/samples/analyst-workspace/profile.yaml \
    crm-strategy-samples/src/main/resources/io/github/crmstrategy/samples/plans/northwind-telecom.yaml \
    "$CLI_RUNS" docs/performance.md "$(command -v java)" $EXTRA_JAVAS
}
if [[ -n "${CLI_ONLY:-}" ]]; then
  cli_figures
  exit 0
fi

echo "== build ($JAR)"
mkdir -p "$OUT"
# The library layout's class path: the module's jar and its dependencies as separate jars, rules first.
# shellcheck disable=SC2086
mvn $MVN_OFFLINE -q -B package dependency:build-classpath -Dmdep.outputFile="$PWD/$OUT/classpath.txt" \
  -pl crm-strategy-benchmarks -am -DskipTests
LIB_CP="crm-strategy-benchmarks/target/crm-strategy-benchmarks-0.1.0-SNAPSHOT.jar:$(cat "$OUT/classpath.txt")"

echo "== JMH: ${JMH_OPTS:-(iterations as the classes declare)} -prof gc"
# shellcheck disable=SC2086
java -jar "$JAR" "$JMH_INCLUDE" $JMH_OPTS -prof gc -rf json -rff "$OUT/jmh.json" | tee "$OUT/jmh.txt"

echo "== cold start, library layout, $COLD_RUNS runs per mode"
java -cp "$JAR" "$PKG.ColdStartHarness" "$LIB_CP" "$COLD_RUNS" "$OUT/coldstart.json"
echo "== cold start, shaded jar, $COLD_RUNS_SHADED runs per mode"
java -cp "$JAR" "$PKG.ColdStartHarness" "$JAR" "$COLD_RUNS_SHADED" "$OUT/coldstart-shaded.json"

echo "== throughput, 1 and 2 threads alternating in one JVM"
java -cp "$LIB_CP" "$PKG.ThroughputHarness" "$OUT/throughput.json" | tee "$OUT/throughput.txt"

echo "== realism rules and the hand-written floor alternating in one JVM (CPU time per assessment)"
java -cp "$LIB_CP" "$PKG.RealismHarness" "$OUT/realism.json" | tee "$OUT/realism.txt"

echo "== heap retained"
java -XX:+UseSerialGC -Xmx1g -cp "$LIB_CP" "$PKG.HeapRetained" "$OUT/heap.json" 2>/dev/null
java -XX:+UseSerialGC -Xmx1g -cp "$JAR" "$PKG.HeapRetained" "$OUT/heap-shaded.json" 2>/dev/null

echo "== report"
java -cp "$JAR" "$PKG.PerformanceReport" "$OUT/jmh.json" "$OUT/coldstart.json" "$OUT/heap.json" \
  "$OUT/coldstart-shaded.json" "$OUT/heap-shaded.json" "$OUT/throughput.json" "$OUT/realism.json" \
  crm-strategy-benchmarks/performance-notes.md docs/performance.md

cli_figures
