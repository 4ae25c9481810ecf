#!/usr/bin/env bash
# Evaluates routing.dmn with Relay's DMN settings (Java FEEL rules, JUEL expressions) and with
# Camunda's defaults (FEEL Scala everywhere, on a copy of the model with its expressions in FEEL),
# single-threaded, and prints microseconds per decision. See bench/DecisionBench.java.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./mvnw -q -B -pl processes dependency:build-classpath -Dmdep.outputFile="$work/classpath" >/dev/null
model=processes/src/main/resources/org/relay/processes/routing.dmn
# Camunda's defaults: the same table with FEEL expressions (min() instead of JUEL's conditional).
sed -e 's/ expressionLanguage="juel"//g' \
    -e 's/standardSlaHours &lt; \([0-9]\) ? standardSlaHours : \([0-9]\)/min(standardSlaHours, \1)/g' \
    "$model" >"$work/routing-feel.dmn"
echo "== Relay's settings: $model"
java -cp "$(cat "$work/classpath")" bench/DecisionBench.java "$model" relay "${EVALUATIONS:-20000}"
echo "== Camunda's defaults (FEEL Scala)"
java -cp "$(cat "$work/classpath")" bench/DecisionBench.java "$work/routing-feel.dmn" default "${EVALUATIONS:-5000}"
