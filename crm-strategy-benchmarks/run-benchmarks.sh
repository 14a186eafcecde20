#!/usr/bin/env bash
# Runs the performance suite of issue 6 and writes docs/performance.md.
#
#   crm-strategy-benchmarks/run-benchmarks.sh            # from the repository root or anywhere
#
# Takes about 4-5 minutes on a 2-core machine: JMH with short warm-up and measurement (3 x 1 s,
# 5 x 1 s, one fork), 5 cold starts per mode, one heap measurement. The machine is shared with other
# builds, so the figures are indicative; rerun on a quiet machine for release numbers, e.g.
#   JMH_OPTS="-wi 5 -w 2s -i 10 -r 2s -f 2" COLD_RUNS=11 crm-strategy-benchmarks/run-benchmarks.sh
# Environment: MVN_OFFLINE (default -o; set to "" when a new artifact must be downloaded),
# JMH_OPTS, COLD_RUNS, JMH_INCLUDE (benchmark regexp).
set -euo pipefail
cd "$(dirname "$0")/.."

MVN_OFFLINE=${MVN_OFFLINE--o}
JMH_OPTS=${JMH_OPTS:--wi 3 -w 1s -i 5 -r 1s -f 1}
COLD_RUNS=${COLD_RUNS:-5}
JMH_INCLUDE=${JMH_INCLUDE:-io.github.crmstrategy.benchmarks.*Benchmark}
JAR=crm-strategy-benchmarks/target/benchmarks.jar
OUT=crm-strategy-benchmarks/target/perf
PKG=io.github.crmstrategy.benchmarks

echo "== build ($JAR)"
# shellcheck disable=SC2086
mvn $MVN_OFFLINE -q -B package -pl crm-strategy-benchmarks -am -DskipTests
mkdir -p "$OUT"

echo "== JMH: $JMH_OPTS -prof gc"
# shellcheck disable=SC2086
java -jar "$JAR" "$JMH_INCLUDE" $JMH_OPTS -prof gc -rf json -rff "$OUT/jmh.json" | tee "$OUT/jmh.txt"

echo "== cold start, $COLD_RUNS runs per mode"
java -cp "$JAR" "$PKG.ColdStartHarness" "$JAR" "$COLD_RUNS" "$OUT/coldstart.json"

echo "== heap retained"
java -XX:+UseSerialGC -Xmx1g -cp "$JAR" "$PKG.HeapRetained" "$OUT/heap.json"

echo "== report"
java -cp "$JAR" "$PKG.PerformanceReport" "$OUT/jmh.json" "$OUT/coldstart.json" "$OUT/heap.json" \
  crm-strategy-benchmarks/performance-notes.md docs/performance.md
