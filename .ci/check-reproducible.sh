#!/usr/bin/env bash
# Builds the project twice from clean and checks that every jar (module jars, source and Javadoc jars,
# the test-jar, the shaded command-line jar) is byte for byte the same. Takes two package builds
# (about 3 minutes on 2 cores). Entry timestamps come from project.build.outputTimestamp; the
# executable model's generated class names from drools.reproducibleExecutableModelGeneration
# (crm-strategy-rules' kmodule.xml).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn=${MVN:-mvn}
sums=()
for run in 1 2; do
  "$mvn" -B -q clean package -DskipTests -Dinvoker.skip=true
  sums[$run]=$(find . -path '*/target/*' -name '*.jar' -not -path '*/it-repo/*' -not -path '*/it/*' | sort | xargs sha256sum)
done
if [[ "${sums[1]}" == "${sums[2]}" ]]; then
  echo "reproducible: $(wc -l <<<"${sums[1]}") jars identical in two builds"
else
  diff <(echo "${sums[1]}") <(echo "${sums[2]}") >&2 || true
  echo "reproducible: FAIL, the jars above differ between two builds" >&2
  exit 1
fi
