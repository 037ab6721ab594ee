#!/usr/bin/env bash
# The Open Referral import benchmark of issue 3: a portal on its embedded defaults (H2, demo data) on its own port,
# a generated file of N services imported through the real page; figures go to BENCHMARKS.md.
#   src/bench/import.sh                  (5,000 services)
#   SERVICES=500 src/bench/import.sh     (a quick look)
set -euo pipefail
cd "$(dirname "$0")/../.."
SERVICES=${SERVICES:-5000}
PORT=${PORT:-8182}
DATA="$PWD/target/bench-import"

mvn -q -B -Pbench package test-compile -DskipTests
CP="$(mvn -q -B -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout):target/classes:target/test-classes"
rm -rf "$DATA"; mkdir -p "$DATA"
ACORN_DATA_DIR="$DATA" ACORN_BASE_URL="http://127.0.0.1:$PORT" \
  java -Xmx1g -jar target/payara-micro.jar --deploy target/acorn.war --contextroot / --port "$PORT" --nocluster \
  --logProperties docker/logging.properties --prebootcommandfile docker/payara-preboot.txt > "$DATA/portal.log" 2>&1 &
PORTAL=$!
trap 'kill $PORTAL 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -fsS -o /dev/null "http://127.0.0.1:$PORT/health/ready" 2>/dev/null && grep -q "event=search.rebuilt" "$DATA/portal.log" && break
  kill -0 $PORTAL 2>/dev/null || { tail -50 "$DATA/portal.log"; exit 1; }
  sleep 1
done
java -cp "$CP" org.acorn.bench.ImportBenchmark --url "http://127.0.0.1:$PORT" --services "$SERVICES" --out BENCHMARKS.md
grep -o "event=openreferral.import records=[0-9]* millis=[0-9]*" "$DATA/portal.log" || true
echo "written: BENCHMARKS.md"
