#!/usr/bin/env bash
# End-to-end check of the shaded command-line jar; run after `mvn package` from any directory.
# A green module test says nothing about the shaded jar (missing services, manifest, resources).
set -euo pipefail
cd "$(dirname "$0")/.."

jar=crm-strategy-cli/target/crm-strategy.jar
[[ -f "$jar" ]] || { echo "smoke-jar: $jar not found; run mvn package first" >&2; exit 1; }
jar_path="$PWD/$jar"
java=java
[[ -n "${JAVA_HOME:-}" ]] && java="$JAVA_HOME/bin/java"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The compiled-rules cache (and the distribution's start-up cache) in the scratch folder, not in ~/.cache.
export CRM_STRATEGY_CACHE_DIR="$work/cache"

fail() { echo "smoke-jar: FAIL: $*" >&2; exit 1; }

# Drools reports falling back to compiling DRL (or finding no rules) at INFO/WARN, which the jar's own
# logging configuration (WARN) partly hides: run the jar with Drools logging at INFO on stderr.
cat >"$work/logback.xml" <<'XML'
<configuration>
  <statusListener class="ch.qos.logback.core.status.NopStatusListener"/>
  <appender name="STDERR" class="ch.qos.logback.core.ConsoleAppender">
    <target>System.err</target>
    <encoder><pattern>%level %logger - %msg%n</pattern></encoder>
  </appender>
  <logger name="org.drools" level="INFO"/>
  <logger name="org.kie" level="INFO"/>
  <root level="WARN"><appender-ref ref="STDERR"/></root>
</configuration>
XML
run_jar() { (cd "$work" && "$java" "-Dlogback.configurationFile=$work/logback.xml" -jar "$jar_path" "$@"); }
no_fallback() {
  if grep -Eq 'No executable model found|Falling back|No files found for KieBase' "$work/out" "$work/err"; then
    cat "$work/err" >&2
    fail "$1: Drools did not load the precompiled executable model"
  fi
}

# 1. The bundled reference plan validates: exit 0, summary names the organisation.
status=0
run_jar validate >"$work/out" 2>"$work/err" || status=$?
[[ $status -eq 0 ]] || { cat "$work/out" "$work/err" >&2; fail "validate exited $status, expected 0"; }
grep -q 'Northwind Telecom' "$work/out" || { cat "$work/out" >&2; fail "summary does not name Northwind Telecom"; }
grep -qx 'OK' "$work/out" || fail "validate did not print OK"

# 2. An invalid document (unknown key): exit 2, the problem on stderr naming the file.
printf 'formatVersion: 1\norganization:\n  name: Broken Ltd\n  colour: blue\n' >"$work/broken.yaml"
status=0
run_jar validate "$work/broken.yaml" >"$work/out" 2>"$work/err" || status=$?
[[ $status -eq 2 ]] || { cat "$work/out" "$work/err" >&2; fail "invalid document exited $status, expected 2"; }
grep -q 'broken.yaml' "$work/err" || { cat "$work/err" >&2; fail "problem report does not name the file"; }
grep -q 'colour' "$work/err" || { cat "$work/err" >&2; fail "problem report does not name the unknown key"; }

# 3. A missing file: exit 2.
status=0
run_jar validate "$work/missing.yaml" >"$work/out" 2>"$work/err" || status=$?
[[ $status -eq 2 ]] || fail "missing file exited $status, expected 2"

# 4. assess (from another directory): exit 0, the maturity table, findings from the executable model.
status=0
run_jar assess >"$work/out" 2>"$work/err" || status=$?
[[ $status -eq 0 ]] || { cat "$work/out" "$work/err" >&2; fail "assess exited $status, expected 0"; }
no_fallback assess
grep -q 'Organisation:   Northwind Telecom' "$work/out" || { cat "$work/out" >&2; fail "assess does not name Northwind Telecom"; }
for block in vision strategy customerExperience collaboration processes information technology metrics; do
  grep -Eq "^  $block +[0-9]+\.[0-9]  [1-5] " "$work/out" || { cat "$work/out" >&2; fail "assess table lacks block $block"; }
done
grep -Eq '^Today:          CRM maturity level [1-5] \([A-Za-z ]+\), score [0-9]+\.[0-9] / 100' "$work/out" || { cat "$work/out" >&2; fail "assess prints no maturity today"; }
grep -Eq '^End of plan:    CRM maturity level [1-5] ' "$work/out" || fail "assess prints no maturity at the end of the plan"
# With no rules loaded every score is 0.0: the reference plan must score above that.
grep -Eq '^Today:          CRM maturity .*score 0\.0 /' "$work/out" && { cat "$work/out" >&2; fail "maturity 0.0: no rules ran"; }
grep -Eq '^Findings:       [0-9]+ \([0-9]+ error' "$work/out" || fail "assess prints no counts by severity"

# 5. assess --format json: valid JSON with the documented keys.
status=0
run_jar assess --format json >"$work/out" 2>"$work/err" || status=$?
[[ $status -eq 0 ]] || { cat "$work/out" "$work/err" >&2; fail "assess --format json exited $status, expected 0"; }
no_fallback "assess --format json"
"$java" -cp "$jar_path" .ci/CheckReportJson.java "$work/out" || { cat "$work/out" >&2; fail "assess --format json: unexpected JSON"; }

# 6. assess on an invalid document: exit 2; in text on stdout the problems are in the report, in
#    JSON they are an entry of the report and on stderr as validate prints them.
status=0
run_jar assess "$work/broken.yaml" >"$work/out" 2>"$work/err" || status=$?
[[ $status -eq 2 ]] || { cat "$work/out" "$work/err" >&2; fail "assess of an invalid document exited $status, expected 2"; }
grep -q 'colour' "$work/out" || { cat "$work/out" >&2; fail "assess does not report the unknown key"; }
status=0
run_jar assess "$work/broken.yaml" --format json >"$work/out" 2>"$work/err" || status=$?
[[ $status -eq 2 ]] || fail "assess --format json of an invalid document exited $status, expected 2"
grep -q '"status" : "invalid"' "$work/out" || { cat "$work/out" >&2; fail "the JSON report leaves the invalid plan out"; }
grep -q 'colour' "$work/err" || { cat "$work/err" >&2; fail "assess --format json does not report the unknown key on stderr"; }

# 6b. A folder without plans, a full standard output, an output folder that does not exist: exit 2.
mkdir -p "$work/empty"
status=0
run_jar assess "$work/empty" >"$work/out" 2>"$work/err" || status=$?
[[ $status -eq 2 ]] || fail "assess of an empty folder exited $status, expected 2"
if [[ -e /dev/full ]]; then
  status=0
  run_jar assess >/dev/full 2>"$work/err" || status=$?
  [[ $status -eq 2 ]] || fail "assess to a full standard output exited $status, expected 2"
fi
status=0
run_jar assess --format json -o "$work/no/such/dir/x.json" >"$work/out" 2>"$work/err" || status=$?
[[ $status -eq 2 && ! -e "$work/no" ]] || fail "assess -o into a missing folder exited $status or created it"

# 7. Report formats and compare: SARIF names the rules, HTML is one page, compare finds resolved findings.
status=0
run_jar assess --sample weak-plan --format sarif >"$work/out" 2>"$work/err" || status=$?
[[ $status -eq 0 ]] || { cat "$work/err" >&2; fail "assess --format sarif exited $status, expected 0"; }
grep -q '"version" : "2.1.0"' "$work/out" || fail "assess --format sarif: no SARIF 2.1.0 log"
grep -q '"startLine"' "$work/out" || fail "assess --format sarif: no line numbers"
run_jar assess --sample travel-company --format html --output "$work/report.html" >"$work/out" 2>"$work/err" \
  || { cat "$work/err" >&2; fail "assess --format html failed"; }
grep -q '<svg id="radar"' "$work/report.html" || fail "html report has no radar chart"
run_jar compare sample:travel-company sample:travel-company-rev2 >"$work/out" 2>"$work/err" \
  || { cat "$work/err" >&2; fail "compare failed"; }
grep -q '^Resolved findings ([1-9]' "$work/out" || { cat "$work/out" >&2; fail "compare shows no resolved findings"; }

# 8. --fail-on: the weak plan has errors.
status=0
run_jar assess --sample weak-plan --fail-on ERROR >"$work/out" 2>"$work/err" || status=$?
[[ $status -eq 1 ]] || fail "assess --fail-on ERROR of the weak plan exited $status, expected 1"

# 9. The example analyst workspace: its DRL and decision table compile at run time from the shaded jar
#    (POI, drools-decisiontables, the built-in DRL text), and a broken profile exits 2 with located errors.
ws="$PWD/crm-strategy-samples/src/main/resources/io/github/crmstrategy/samples/analyst-workspace"
status=0
run_jar assess --sample northwind-telecom --sample weak-plan --profile "$ws/profile.yaml" >"$work/out" 2>"$work/err" || status=$?
[[ $status -eq 0 ]] || { cat "$work/out" "$work/err" >&2; fail "assess --profile exited $status, expected 0"; }
grep -q 'ACME-001' "$work/out" && grep -q 'ACME-DT-001' "$work/out" && grep -q 'Suppressed:' "$work/out" \
  || { cat "$work/out" "$work/err" >&2; fail "assess --profile: the workspace's own rules or suppression are missing"; }
# The compiled rules were cached: a second run loads them, `rules cache clear` deletes them.
compgen -G "$CRM_STRATEGY_CACHE_DIR/rules/*.kjar" >/dev/null || fail "assess --profile: no compiled-rules cache entry"
status=0
run_jar assess --sample northwind-telecom --sample weak-plan --profile "$ws/profile.yaml" >"$work/out2" 2>"$work/err" || status=$?
[[ $status -eq 0 ]] && grep -q 'ACME-DT-001' "$work/out2" || { cat "$work/err" >&2; fail "assess --profile from the cache"; }
run_jar rules cache >"$work/out" && grep -q ': 1 compiled pack' "$work/out" || { cat "$work/out" >&2; fail "rules cache"; }
run_jar rules cache clear >"$work/out" && ! compgen -G "$CRM_STRATEGY_CACHE_DIR/rules/*.kjar" >/dev/null \
  || fail "rules cache clear left entries"
printf 'rules:\n  REAL-03: off\n' >"$work/bad-profile.yaml"
status=0
run_jar rules check "$work/bad-profile.yaml" >"$work/out" 2>"$work/err" || status=$?
[[ $status -eq 2 ]] || { cat "$work/out" "$work/err" >&2; fail "rules check of a broken profile exited $status, expected 2"; }
grep -q "bad-profile.yaml:2:3: unknown rule id 'REAL-03'" "$work/err" || { cat "$work/err" >&2; fail "rules check: no located error"; }
status=0
run_jar rules check --untrusted-profile "$ws/profile.yaml" >"$work/out" 2>"$work/err" || status=$?
[[ $status -eq 2 ]] || fail "rules check --untrusted-profile of a profile with DRL exited $status, expected 2"
grep -q "an untrusted profile may not add rules of its own" "$work/err" || { cat "$work/err" >&2; fail "untrusted profile: code not refused"; }

# 9b. SARIF that Microsoft's SARIF multitool validates without errors or warnings, for a relative path,
#     an absolute path and a folder with an invalid plan. The multitool comes from the npm registry:
#     skipped (with a notice) when npm is missing or the registry cannot be reached, never silently.
mt_dir="${XDG_CACHE_HOME:-$HOME/.cache}/crm-strategy-ci/sarif-multitool"
mt="$mt_dir/node_modules/.bin/sarif-multitool"
if [[ ! -x "$mt" ]] && command -v npm >/dev/null 2>&1; then
  mkdir -p "$mt_dir"
  (cd "$mt_dir" && timeout 300 npm install --silent --no-audit --no-fund "@microsoft/sarif-multitool@5.7.0" >/dev/null 2>&1) || true
fi
if [[ -x "$mt" ]]; then
  sarifs="$work/sarif"
  mkdir -p "$sarifs/plans"
  samples="$PWD/crm-strategy-samples/src/main/resources/io/github/crmstrategy/samples/plans"
  cp "$samples/weak-plan.yaml" "$samples/northwind-telecom.yaml" "$sarifs/plans/"
  printf 'formatVersion: 1\norganization:\n  colour: x\n' >"$sarifs/plans/broken.yaml"
  (cd "$sarifs" && "$java" -jar "$jar_path" assess plans/weak-plan.yaml --format sarif -o relative.sarif >/dev/null 2>&1) || true
  run_jar assess "$sarifs/plans/northwind-telecom.yaml" --format sarif -o "$sarifs/absolute.sarif" >/dev/null 2>&1 || true
  run_jar assess "$sarifs/plans" --format sarif -o "$sarifs/folder.sarif" >/dev/null 2>&1 || true
  for f in relative absolute folder; do
    [[ -s "$sarifs/$f.sarif" ]] || fail "assess --format sarif ($f) wrote nothing"
    "$mt" validate "$sarifs/$f.sarif" >"$work/mt.out" 2>&1 || true
    grep -q "Analysis completed successfully" "$work/mt.out" || { cat "$work/mt.out" >&2; fail "SARIF multitool did not run on $f.sarif"; }
    if grep -E "(error|warning) SARIF[0-9]+" "$work/mt.out" >&2; then fail "SARIF multitool finds problems in $f.sarif"; fi
  done
else
  echo "smoke-jar: notice: SARIF multitool check skipped (npm or the npm registry not available)" >&2
fi

# 10. The distribution (bin/crm-strategy with lib/): the same commands, the exit status passed through,
#     and the start-up cache trained in the background after a first run, used by the next.
dist="$PWD/crm-strategy-cli/target/dist/crm-strategy"
[[ -x "$dist/bin/crm-strategy" ]] || fail "distribution missing: $dist/bin/crm-strategy"
export CRM_STRATEGY_CACHE_DIR="$work/startup-cache"
[[ -n "${JAVA_HOME:-}" ]] || export CRM_STRATEGY_JAVA="$java"
status=0
(cd "$work" && CRM_STRATEGY_STARTUP_CACHE=off "$dist/bin/crm-strategy" assess --sample weak-plan --fail-on ERROR) \
  >"$work/out" 2>"$work/err" || status=$?
[[ $status -eq 1 ]] || { cat "$work/err" >&2; fail "distribution: assess --fail-on ERROR exited $status, expected 1"; }
grep -q 'Harbor Street Outfitters' "$work/out" || fail "distribution: assess printed no report"
status=0
(cd "$work" && "$dist/bin/crm-strategy" validate "$work/broken.yaml") >"$work/out" 2>"$work/err" || status=$?
[[ $status -eq 2 ]] || fail "distribution: invalid document exited $status, expected 2"
for _ in $(seq 1 60); do
  compgen -G "$CRM_STRATEGY_CACHE_DIR/startup/*.jsa" >/dev/null || compgen -G "$CRM_STRATEGY_CACHE_DIR/startup/*.aot" >/dev/null && break
  sleep 1
done
compgen -G "$CRM_STRATEGY_CACHE_DIR/startup/*.jsa" >/dev/null || compgen -G "$CRM_STRATEGY_CACHE_DIR/startup/*.aot" >/dev/null \
  || fail "distribution: no start-up cache trained after the first run"
(cd "$work" && "$dist/bin/crm-strategy" assess) >"$work/out" 2>"$work/err" || { cat "$work/err" >&2; fail "distribution: assess with the cache failed"; }
[[ ! -s "$work/err" ]] || { cat "$work/err" >&2; fail "distribution: the cache made the JVM print on stderr"; }
grep -q 'Organisation:   Northwind Telecom' "$work/out" || fail "distribution: assess with the cache printed no report"

echo "smoke-jar: OK"
