#!/usr/bin/env bash
# The forum benchmarks of issue 7; figures go to BENCHMARKS.md.
#   src/bench/forum.sh                          (50,000 topics, about 500,000 posts)
#   TOPICS=2000 POSTS=20000 src/bench/forum.sh  (a quick look)
# Needs MariaDB on 127.0.0.1:3306 (root, empty password; ACORN_BENCH_DB_* override) and wrk.
set -euo pipefail
cd "$(dirname "$0")/../.."
TOPICS=${TOPICS:-50000}
POSTS=${POSTS:-500000}
PORT=${PORT:-8183}
SECONDS_EACH=${SECONDS_EACH:-30}   # wrk run per page, after 10 s of warm-up
DATA=target/bench-forum
PROPS=$DATA/figures.properties
BASE="http://127.0.0.1:$PORT"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }

mvn -q -B -Pbench clean package test-compile -DskipTests
CP="$(mvn -q -B -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout):target/classes:target/test-classes"
bench() { java -cp "$CP" org.acorn.bench.ForumBenchmarks "$@"; }

PORTAL=
portal() { # $1: the demo to load on an empty database; each start has a fresh data folder, so the index is rebuilt
  rm -rf "$DATA/node"; mkdir -p "$DATA/node"
  ACORN_DB_URL="jdbc:mysql://127.0.0.1:3306/acorn_forum_bench?useSSL=false&allowPublicKeyRetrieval=true" \
  ACORN_DB_USER=acorn_bench ACORN_DB_PASSWORD=acorn-bench ACORN_DATA_DIR="$PWD/$DATA/node" ACORN_DEMO="$1" \
    java -Xmx1g -jar target/payara-micro.jar --deploy target/acorn.war --contextroot / --port "$PORT" --nocluster \
    --logProperties docker/logging.properties --prebootcommandfile docker/payara-preboot.txt > "$DATA/node/portal.log" 2>&1 &
  PORTAL=$!
  for _ in $(seq 1 900); do
    grep -q "event=search.rebuilt" "$DATA/node/portal.log" 2>/dev/null && return 0
    kill -0 $PORTAL 2>/dev/null || { tail -50 "$DATA/node/portal.log"; exit 1; }
    sleep 1
  done
  echo "the portal did not finish its index rebuild" >&2; exit 1
}
stop() { kill $PORTAL; wait $PORTAL 2>/dev/null || true; }
trap '[ -n "$PORTAL" ] && kill $PORTAL 2>/dev/null || true' EXIT

mkdir -p "$DATA"
bench database
portal group; stop                             # migrations and the Group demo (accounts, categories)
bench fill --topics "$TOPICS" --posts "$POSTS" > "$PROPS"
CATEGORY=$(sed -n 's/^category=//p' "$PROPS")
TOPIC=$(sed -n 's/^topic=//p' "$PROPS")
portal none
REBUILT=$(grep -o "event=search.rebuilt documents=[0-9]* millis=[0-9]*" "$DATA/node/portal.log" | head -1)
DOCS=$(sed -n 's/.*documents=\([0-9]*\).*/\1/p' <<<"$REBUILT")
MILLIS=$(sed -n 's/.*millis=\([0-9]*\).*/\1/p' <<<"$REBUILT")
{ echo "rebuild.documents=$DOCS"; echo "rebuild.seconds=$(awk "BEGIN {printf \"%.1f\", $MILLIS/1000}")"
  echo "rebuild.rate=$(awk "BEGIN {printf \"%.0f\", $DOCS*1000/$MILLIS}")"; } >> "$PROPS"

COOKIE=$(bench signin --base "$BASE")
OLDER=$(( $(date +%s) - 180 * 86400 )).0_0
declare -A PAGES=([list]="/forum/category.xhtml?id=$CATEGORY" [older]="/forum/category.xhtml?id=$CATEGORY&after=$OLDER"
                  [big]="/forum/topic.xhtml?id=$TOPIC" [small]="/forum/topic.xhtml?id=$((TOPIC + 1))")
for name in list older big small; do
  path=${PAGES[$name]}
  echo "$name.queries=$(bench queries --base "$BASE" --path "$path")" >> "$PROPS"
  wrk -t2 -c16 -d$(( SECONDS_EACH < 10 ? SECONDS_EACH : 10 ))s -H "Cookie: $COOKIE" "$BASE$path" > /dev/null    # warm up
  wrk -t2 -c16 -d${SECONDS_EACH}s --latency -H "Cookie: $COOKIE" "$BASE$path" > "$DATA/wrk-$name.txt"
  grep -q "Non-2xx" "$DATA/wrk-$name.txt" && { echo "$path answered errors under load" >&2; cat "$DATA/wrk-$name.txt"; exit 1; }
  { echo "$name.rps=$(awk '/Requests\/sec/ {print $2}' "$DATA/wrk-$name.txt")"
    echo "$name.p50=$(awk '$1=="50%" {print $2}' "$DATA/wrk-$name.txt")"
    echo "$name.p99=$(awk '$1=="99%" {print $2}' "$DATA/wrk-$name.txt")"; } >> "$PROPS"
done
jcmd $PORTAL GC.run > /dev/null
echo "heap.used=$(jcmd $PORTAL GC.heap_info | grep -o "used [0-9]*K" | head -1 | tr -dc 0-9 | awk '{printf "%.0f MB", $1/1024}')" >> "$PROPS"
stop; trap - EXIT
bench write --props "$PROPS" --out BENCHMARKS.md
echo "written: BENCHMARKS.md"
