#!/usr/bin/env bash
# End-to-end check of the shaded command-line jar; run after `mvn package` from any directory.
# A green module test says nothing about the shaded jar (missing services, manifest, resources).
set -euo pipefail
cd "$(dirname "$0")/.."

jar=crm-strategy-examples/target/crm-strategy.jar
[[ -f "$jar" ]] || { echo "smoke-jar: $jar not found; run mvn package first" >&2; exit 1; }
java=java
[[ -n "${JAVA_HOME:-}" ]] && java="$JAVA_HOME/bin/java"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "smoke-jar: FAIL: $*" >&2; exit 1; }

# 1. The bundled reference plan validates: exit 0, summary names the organisation.
status=0
"$java" -jar "$jar" validate >"$work/out" 2>"$work/err" || status=$?
[[ $status -eq 0 ]] || { cat "$work/out" "$work/err" >&2; fail "validate exited $status, expected 0"; }
grep -q 'Northwind Telecom' "$work/out" || { cat "$work/out" >&2; fail "summary does not name Northwind Telecom"; }
grep -qx 'OK' "$work/out" || fail "validate did not print OK"
if grep -q 'Falling back' "$work/out" "$work/err"; then fail "Drools fell back to compiling DRL at start-up"; fi

# 2. An invalid document (unknown key): exit 2, the problem on stderr naming the file.
printf 'formatVersion: 1\norganization:\n  name: Broken Ltd\n  colour: blue\n' >"$work/broken.yaml"
status=0
"$java" -jar "$jar" validate "$work/broken.yaml" >"$work/out" 2>"$work/err" || status=$?
[[ $status -eq 2 ]] || { cat "$work/out" "$work/err" >&2; fail "invalid document exited $status, expected 2"; }
grep -q 'broken.yaml' "$work/err" || { cat "$work/err" >&2; fail "problem report does not name the file"; }
grep -q 'colour' "$work/err" || { cat "$work/err" >&2; fail "problem report does not name the unknown key"; }

# 3. A missing file: exit 2.
status=0
"$java" -jar "$jar" validate "$work/missing.yaml" >"$work/out" 2>"$work/err" || status=$?
[[ $status -eq 2 ]] || fail "missing file exited $status, expected 2"

echo "smoke-jar: OK"
