#!/usr/bin/env bash
# The bulletin benchmark of issue 6: a bulletin to N outside contacts (default 10,000) from a portal on MariaDB into a
# local SMTP sink: messages per second, time to first message, peak heap; then a second bulletin during which the
# portal is killed (kill -9) half-way and restarted: duplicates and losses. Figures go to BENCHMARKS.md.
#   src/bench/bulletin.sh               (10,000 recipients, no rate limit)
#   N=1000 RATE=50 src/bench/bulletin.sh
# Needs MariaDB on 127.0.0.1:3306 (root, empty password) and the mysql client. Waits while /work/bench.lock exists
# (other benchmarks on this machine), holds it while it runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${N:-10000}
RATE=${RATE:-0}
PORT=${PORT:-8183}
SMTP=${SMTP:-2526}
DB=acorn_bench_bulletin
DATA="$PWD/target/bench-bulletin"
LOCK=${BENCH_LOCK:-/work/bench.lock}
while [ -e "$LOCK" ]; do echo "waiting for $LOCK"; sleep 60; done
touch "$LOCK"
PORTAL=""; SINK=""; JSTAT=""
cleanup() { for p in $PORTAL $SINK $JSTAT; do kill "$p" 2>/dev/null || true; done; rm -f "$LOCK"; }
trap cleanup EXIT

mvn -q -B -o -Pbench package test-compile -DskipTests
CP="$(mvn -q -B -o -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout):target/classes:target/test-classes"
rm -rf "$DATA"; mkdir -p "$DATA"; touch "$DATA/portal.log"
mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS 'acorn_bulletin'@'%' IDENTIFIED BY 'acorn-bench'; GRANT ALL ON $DB.* TO 'acorn_bulletin'@'%'"

java -cp "$CP" org.acorn.bench.BulletinSink --port "$SMTP" --log "$DATA/sink.tsv" > "$DATA/sink.out" 2>&1 &
SINK=$!

# no digest this week (its day is four days off), no rate limit unless asked
DIGEST_DAY=$(date -d '+4 days' +%A | tr '[:lower:]' '[:upper:]')
start_portal() {
  local from=$(( $(wc -l < "$DATA/portal.log" 2>/dev/null || echo 0) + 1 ))
  ACORN_DB_URL="jdbc:mysql://127.0.0.1:3306/$DB?useSSL=false&allowPublicKeyRetrieval=true" ACORN_DB_USER=acorn_bulletin ACORN_DB_PASSWORD=acorn-bench \
  ACORN_DATA_DIR="$DATA" ACORN_DEMO=network ACORN_BASE_URL="http://127.0.0.1:$PORT" \
  ACORN_SMTP_HOST=127.0.0.1 ACORN_SMTP_PORT="$SMTP" ACORN_BULLETINS_RATE_PER_SECOND="$RATE" ACORN_BULLETINS_DIGEST_DAY="$DIGEST_DAY" \
    java -Xmx1g -jar target/payara-micro.jar --deploy target/acorn.war --contextroot / --port "$PORT" --nocluster \
    --logProperties docker/logging.properties --prebootcommandfile docker/payara-preboot.txt >> "$DATA/portal.log" 2>&1 &
  PORTAL=$!
  for _ in $(seq 1 300); do
    curl -fsS -o /dev/null "http://127.0.0.1:$PORT/health/ready" 2>/dev/null && tail -n "+$from" "$DATA/portal.log" | grep -q "Payara Micro .* ready in" && return 0
    kill -0 "$PORTAL" 2>/dev/null || { tail -50 "$DATA/portal.log"; exit 1; }
    sleep 1
  done
  echo "portal did not start" >&2; exit 1
}
start_portal
for _ in $(seq 1 120); do grep -q "event=search.rebuilt" "$DATA/portal.log" && break; sleep 1; done
grep -q "event=demo.updates.loaded" "$DATA/portal.log" || { echo "no demo data" >&2; exit 1; }
mysql -h127.0.0.1 -uroot "$DB" -e "INSERT INTO outside_contact (list_name, name, email, created_at)
  SELECT 'Bench', CONCAT('Reader ', seq), CONCAT('reader', seq, '@bench.example'), NOW(6) FROM seq_1_to_$N"

# peak heap: old + eden + survivors in use, sampled each second while the portal runs
(jstat -gc "$PORTAL" 1000 2>/dev/null | awk 'NR==1 {for (i=1;i<=NF;i++) h[$i]=i; next} {print $h["S0U"]+$h["S1U"]+$h["EU"]+$h["OU"]; fflush()}' > "$DATA/heap.txt") &
JSTAT=$!

RUN1="run1-$(date +%s)"
OUT1=$(java -cp "$CP" org.acorn.bench.BulletinBenchmark send --url "http://127.0.0.1:$PORT" --title "Bench bulletin $RUN1")
ID1=$(sed -n 's/^id=//p' <<<"$OUT1"); T0=$(sed -n 's/^t0=//p' <<<"$OUT1"); QUEUED=$(sed -n 's/^queued.millis=//p' <<<"$OUT1")
java -cp "$CP" org.acorn.bench.BulletinBenchmark wait --url "http://127.0.0.1:$PORT" --id "$ID1"
kill "$JSTAT" 2>/dev/null || true; JSTAT=""
HEAP=$(sort -n "$DATA/heap.txt" | tail -1 | cut -d. -f1)

# run 2: kill -9 half-way, start again, let it finish
RUN2="run2-$(date +%s)"
OUT2=$(java -cp "$CP" org.acorn.bench.BulletinBenchmark send --url "http://127.0.0.1:$PORT" --title "Bench bulletin $RUN2")
ID2=$(sed -n 's/^id=//p' <<<"$OUT2")
until [ "$(grep -c "$RUN2" "$DATA/sink.tsv" || true)" -ge $((N / 2)) ]; do sleep 0.2; done
kill -9 "$PORTAL"; wait "$PORTAL" 2>/dev/null || true
echo "killed at $(grep -c "$RUN2" "$DATA/sink.tsv") of $N"
start_portal
java -cp "$CP" org.acorn.bench.BulletinBenchmark wait --url "http://127.0.0.1:$PORT" --id "$ID2"

java -cp "$CP" org.acorn.bench.BulletinBenchmark report --log "$DATA/sink.tsv" --recipients "$N" --run1 "$RUN1" --run2 "$RUN2" \
  --t0 "$T0" --queued-millis "$QUEUED" --heap-kb "${HEAP:-0}" --rate "$RATE" --out BENCHMARKS.md
