#!/usr/bin/env bash
# The directory benchmarks of issue 3, side by side in one run; figures go to BENCHMARKS.md.
#   src/bench/directory.sh                 (100,000 services from 20,000 organisations)
#   ORGS=2000 SERVICES=10000 src/bench/directory.sh   (a quick look)
# Needs MariaDB on 127.0.0.1:3306 (root, empty password; ACORN_BENCH_DB_* override) and wrk.
set -euo pipefail
cd "$(dirname "$0")/../.."
ORGS=${ORGS:-20000}
SERVICES=${SERVICES:-100000}
PORT=${PORT:-8181}
DATA=target/bench-data
HTTP=target/bench-http.properties
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }

mvn -q -B -Pbench clean package test-compile -DskipTests
CP="$(mvn -q -B -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout):target/classes:target/test-classes"
FILL=$(java -cp "$CP" org.acorn.bench.DirectoryBenchmarks prepare --organisations "$ORGS" --services "$SERVICES" | sed -n 's/^fill.seconds=//p')

# the portal on that database, a fresh data folder: it rebuilds its index at start
rm -rf "$DATA"; mkdir -p "$DATA"
ACORN_DB_URL="jdbc:mysql://127.0.0.1:3306/acorn_bench?useSSL=false&allowPublicKeyRetrieval=true" \
ACORN_DB_USER=acorn_bench ACORN_DB_PASSWORD=acorn-bench ACORN_DATA_DIR="$DATA" ACORN_DEMO=none \
  java -Xmx1g ${PORTAL_JAVA_OPTS:-} -jar target/payara-micro.jar --deploy target/acorn.war --contextroot / --port "$PORT" --nocluster \
  --logProperties docker/logging.properties --prebootcommandfile docker/payara-preboot.txt > "$DATA/portal.log" 2>&1 &
PORTAL=$!
trap 'kill $PORTAL 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  grep -q "event=search.rebuilt" "$DATA/portal.log" 2>/dev/null && break
  kill -0 $PORTAL 2>/dev/null || { tail -50 "$DATA/portal.log"; exit 1; }
  sleep 1
done
REBUILT=$(grep -o "event=search.rebuilt documents=[0-9]* millis=[0-9]*" "$DATA/portal.log" | head -1)
DOCS=$(sed -n 's/.*documents=\([0-9]*\).*/\1/p' <<<"$REBUILT")
MILLIS=$(sed -n 's/.*millis=\([0-9]*\).*/\1/p' <<<"$REBUILT")

URL="http://127.0.0.1:$PORT/search.xhtml?q=youth+club&f=district%3A$(java -cp "$CP" org.acorn.bench.BenchUrls district)&f=group%3A$(java -cp "$CP" org.acorn.bench.BenchUrls target_group)"
curl -fsS -o /dev/null "$URL"
wrk -t2 -c16 -d10s "$URL" > /dev/null          # warm up
wrk -t2 -c16 -d30s --latency "$URL" > "$DATA/wrk.txt"
RPS=$(awk '/Requests\/sec/ {print $2}' "$DATA/wrk.txt")
P50=$(awk '$1=="50%" {print $2}' "$DATA/wrk.txt")
P99=$(awk '$1=="99%" {print $2}' "$DATA/wrk.txt")
jcmd $PORTAL GC.run > /dev/null
HEAP=$(jcmd $PORTAL GC.heap_info | grep -o "used [0-9]*K" | head -1 | tr -dc 0-9)
kill $PORTAL; wait $PORTAL 2>/dev/null || true
trap - EXIT

cat > "$HTTP" <<PROPS
organisations=$ORGS
services=$SERVICES
fill=$([ "$FILL" = "0.0" ] || echo "$FILL s")
rebuild.documents=$DOCS
rebuild.seconds=$(awk "BEGIN {printf \"%.1f\", $MILLIS/1000}")
rebuild.rate=$(awk "BEGIN {printf \"%.0f\", $DOCS*1000/$MILLIS}")
wrk.url=$URL
wrk.rps=$RPS
wrk.p50=$P50
wrk.p99=$P99
heap.used=$(awk "BEGIN {printf \"%.0f MB\", $HEAP/1024}")
index.size=$(du -sh "$DATA/index" | cut -f1)
PROPS
java -cp "$CP" org.acorn.bench.DirectoryBenchmarks measure --index "$DATA/index" --http "$HTTP" --out BENCHMARKS.md
echo "written: BENCHMARKS.md"
