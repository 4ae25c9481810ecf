#!/usr/bin/env bash
# Relay ingestion benchmark, one command: a fresh database relay_bench on the local PostgreSQL,
# Relay built and started with the demo launcher on ports shifted by 300 (WildFly 8380, Keycloak
# 8480), K clients posting synthetic mentions (bench/IngestLoad.java), CPU of WildFly and
# PostgreSQL from /proc, PostgreSQL's view (waits, rows and commits per mention, job backlog),
# then pgbench of a 17-insert transaction on the same database as the ceiling. Stops only what it
# started. A benchmark, not a test: it reports, it asserts nothing.
#
#   bench/run.sh                          # the real figure: 16 clients, 15 min measured
#   DURATION=2m WARMUP=30s bench/run.sh   # a quick run
#
# Settings (environment):
#   CLIENTS=16  DURATION=15m  WARMUP=60s  BATCH=1  PROBE_EVERY=100  PGBENCH_TIME=60
#   RATE=0 (closed loop: every client posts as fast as it is answered) or RATE=R: R mentions/s
#     offered in all (open loop), to find the rate that routing keeps up with
#   RELAY_DB_POOL_MAX (Relay's JDBC pool, default 40)   DRAIN_LIMIT=600 (s to wait for the job backlog)
#   PROFILE=1: a 60 s JFR recording of WildFly right after the warm-up (results dir)
#   VACUUM_EVERY=60: seconds between VACUUM (ANALYZE) of relay_bench while autovacuum is off on the
#     server (this machine type's PostgreSQL has autovacuum = off; production has it on)
#   SKIP_PGBENCH=1, PG_HOST=127.0.0.1, PG_PORT=5432, PG_USER=postgres, PG_PASSWORD=postgres,
#   BENCH_DB=relay_bench
#   EXPERIMENT_SQL="alter database relay_bench set synchronous_commit = off"  (labelled experiments
#     only: applied after the database is created, printed in the report; never the default)
set -euo pipefail

CLIENTS=${CLIENTS:-16}
DURATION=${DURATION:-15m}
WARMUP=${WARMUP:-60s}
BATCH=${BATCH:-1}
RATE=${RATE:-0}
PROBE_EVERY=${PROBE_EVERY:-100}
PGBENCH_TIME=${PGBENCH_TIME:-60}
DRAIN_LIMIT=${DRAIN_LIMIT:-600}
VACUUM_EVERY=${VACUUM_EVERY:-60}
PROFILE=${PROFILE:-0}
SKIP_PGBENCH=${SKIP_PGBENCH:-0}
EXPERIMENT_SQL=${EXPERIMENT_SQL:-}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
# WildFly refuses an empty datasource password (WFLYCTL0113); with trust auth any value does.
PG_PASSWORD=${PG_PASSWORD:-postgres}
BENCH_DB=${BENCH_DB:-relay_bench}
OFFSET=300
HTTP_PORT=$((8080 + OFFSET))
MGMT_PORT=$((9990 + OFFSET))
KC_PORT=$((8180 + OFFSET))
KC_MGMT_PORT=$((9180 + OFFSET))

ROOT=$(cd "$(dirname "$0")/.." && pwd)
RUN_ID=bench-$(date -u +%Y%m%dT%H%M%SZ)
RESULTS=$ROOT/bench/results/$RUN_ID
mkdir -p "$RESULTS"
REPORT=$RESULTS/report.md
cd "$ROOT"

say() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$RESULTS/run.log"; }
psql_bench() { psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$BENCH_DB" "$@"; }
psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres "$@"; }
port_busy() { ss -ltnH "sport = :$1" | grep -q .; }
pid_on_port() { ss -ltnpH "sport = :$1" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1; }
# "pid ticks" (utime+stime) of the postmaster and of those of its children that serve the benchmark
# database (the process title names it) or write for everyone (checkpointer, background writer, WAL
# writer): other databases on this server are other people's work. Same rule as IngestLoad.java.
pg_snapshot() {
  local pid title stat
  for pid in "$PG_PID" $(pgrep -P "$PG_PID" || true); do
    # Builtins only: a fork per process would take seconds on a busy machine.
    { read -r -d '' title <"/proc/$pid/cmdline"; } 2>/dev/null || true
    case "$title " in
      *" $BENCH_DB "* | *checkpointer* | *"background writer"* | *walwriter* | *"autovacuum launcher"*) ;;
      *) [ "$pid" = "$PG_PID" ] || continue ;;
    esac
    proc_ticks "$pid"
  done
}
proc_ticks() {
  local stat
  { read -r stat <"/proc/$1/stat"; } 2>/dev/null || return 0
  set -- "$1" ${stat##*) }
  echo "$1 $((${13} + ${14}))"
}
# Ticks spent between two snapshots; a process that started in between counts from zero.
ticks_between() { awk 'NR == FNR { before[$1] = $2; next } { t += $2 - before[$1] } END { print t + 0 }' "$1" "$2"; }
# The same as cores over $3 seconds.
pg_cores() { awk -v t="$(ticks_between "$1" "$2")" -v s="$3" -v c="$(nproc)" 'BEGIN { x = t / 100 / s; printf "%.2f cores (%.0f%% of %d)", x, 100 * x / c, c }'; }

# ------------------------------------------------------------------------------------------------
# Stop exactly what this script started: the demo's Maven process (its shutdown hook stops
# WildFly and Keycloak), then anything left in its process group.
DEMO_PID=
SAMPLER_PID=
VACUUM_PID=
cleanup() {
  local rc=$?
  set +e
  [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null
  [ -n "$VACUUM_PID" ] && kill "$VACUUM_PID" 2>/dev/null
  psql_bench -c "drop table if exists bench_scratch_mention" >/dev/null 2>&1
  if [ -n "$DEMO_PID" ] && kill -0 "$DEMO_PID" 2>/dev/null; then
    say "Stopping Relay and Keycloak (demo process $DEMO_PID and its group)"
    kill -TERM "$DEMO_PID" 2>/dev/null
    for _ in $(seq 1 90); do kill -0 "$DEMO_PID" 2>/dev/null || break; sleep 1; done
    kill -TERM -- "-$DEMO_PID" 2>/dev/null
    sleep 2
    kill -KILL -- "-$DEMO_PID" 2>/dev/null
  fi
  say "Results in $RESULTS"
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ------------------------------------------------------------------------------------------------
say "Relay ingestion benchmark $RUN_ID: CLIENTS=$CLIENTS DURATION=$DURATION WARMUP=$WARMUP BATCH=$BATCH RATE=$RATE PROBE_EVERY=$PROBE_EVERY RELAY_DB_POOL_MAX=${RELAY_DB_POOL_MAX:-40 (default)}"
say "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -r); load average $(cut -d' ' -f1-3 /proc/loadavg)"
say "Disk: $(df -h "$ROOT" | awk 'NR==2{print $4" free of "$2}')"
for port in $HTTP_PORT $MGMT_PORT $KC_PORT $KC_MGMT_PORT; do
  if port_busy "$port"; then say "Port $port is in use: is another benchmark running?"; exit 1; fi
done
psql_admin -Atc "select 1" >/dev/null || { say "No PostgreSQL at $PG_HOST:$PG_PORT as $PG_USER"; exit 1; }
PG_VERSION=$(psql_admin -Atc "show server_version")
PG_SETTINGS=$(psql_admin -Atc "select string_agg(name || '=' || current_setting(name), ', ' order by name) from pg_settings where name in ('shared_buffers','synchronous_commit','fsync','wal_sync_method','max_connections','commit_delay','wal_buffers','checkpoint_timeout','max_wal_size','autovacuum')")
AUTOVACUUM=$(psql_admin -Atc "show autovacuum")
say "PostgreSQL $PG_VERSION: $PG_SETTINGS"

say "Recreating database $BENCH_DB"
psql_admin -c "drop database if exists $BENCH_DB with (force)"
psql_admin -c "create database $BENCH_DB"
if [ -n "$EXPERIMENT_SQL" ]; then
  say "EXPERIMENT (not a production setting): $EXPERIMENT_SQL"
  psql_admin -c "$EXPERIMENT_SQL"
fi

say "Building and starting Relay on PostgreSQL (demo launcher, port offset $OFFSET); log: $RESULTS/demo.log"
# setsid: the demo gets a process group of its own, so that the cleanup can reach all of it.
# The demo's heap, and deep enough stacks in JFR recordings to see which request or job a sample
# belongs to (the engine's and FEEL's stacks are deeper than JFR's default of 64 frames).
JAVA_OPTS="-Xms256m -Xmx1536m -Djboss.socket.binding.port-offset=$OFFSET -XX:FlightRecorderOptions=stackdepth=512" \
RELAY_DB_DRIVER=postgresql \
RELAY_DB_URL=jdbc:postgresql://$PG_HOST:$PG_PORT/$BENCH_DB \
RELAY_DB_USER=$PG_USER \
RELAY_DB_PASSWORD=$PG_PASSWORD \
  setsid ./mvnw -B -ntp -Pdemo verify -Drelay.demo.port-offset=$OFFSET -DskipTests \
  >"$RESULTS/demo.log" 2>&1 </dev/null &
DEMO_PID=$!
started=$(date +%s)
until grep -q "Relay is running" "$RESULTS/demo.log"; do
  if ! kill -0 "$DEMO_PID" 2>/dev/null; then
    say "The demo stopped before it was ready; last lines of $RESULTS/demo.log:"; tail -30 "$RESULTS/demo.log"; exit 1
  fi
  if [ $(($(date +%s) - started)) -gt 900 ]; then say "Relay not ready after 15 min"; exit 1; fi
  sleep 2
done
curl -fsS "http://127.0.0.1:$HTTP_PORT/relay/api/health" >/dev/null
say "Relay is up after $(($(date +%s) - started)) s"

WF_PID=$(pid_on_port "$HTTP_PORT")
KC_PID=$(pid_on_port "$KC_PORT")
PG_PID=$(pid_on_port "$PG_PORT")
# The listener is the postmaster: the backends are its children.
say "WildFly java pid $WF_PID, Keycloak pid $KC_PID, postmaster pid $PG_PID"
grep -q -- "-Djboss.socket.binding.port-offset=$OFFSET" "/proc/$WF_PID/cmdline" \
  || { say "Process on $HTTP_PORT is not the WildFly this script started"; exit 1; }

# Without autovacuum the planner never gets statistics for tables that started empty and grow
# during the run: cached plans then pick the wrong index (a uniqueness check that scans every
# mention of the channel), and dead job rows pile up. Production runs autovacuum; stand in for it
# on relay_bench only, rather than change a server that others use.
VACUUM_NOTE="server autovacuum on"
if [ "$AUTOVACUUM" = off ]; then
  VACUUM_NOTE="server autovacuum off: VACUUM (ANALYZE) of $BENCH_DB every $VACUUM_EVERY s stood in for it"
  say "$VACUUM_NOTE"
  psql_bench -c "vacuum (analyze)"
  (
    while sleep "$VACUUM_EVERY"; do
      s0=$(date +%s.%N)
      psql_bench -c "vacuum (analyze)" 2>&1
      echo "$(date -u +%T) vacuum (analyze) took $(awk -v a="$s0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s"
    done
  ) >"$RESULTS/vacuum.log" 2>&1 &
  VACUUM_PID=$!
fi

# ------------------------------------------------------------------------------------------------
# PostgreSQL's side, before
STATS_SQL="select relname, n_tup_ins, n_tup_upd, n_tup_del from pg_stat_user_tables order by relname"
DB_SQL="select xact_commit, xact_rollback, blks_read, blks_hit, tup_inserted, tup_updated, tup_deleted, deadlocks from pg_stat_database where datname = '$BENCH_DB'"
READS_SQL="select relname || '.' || indexrelname, idx_scan, idx_tup_read from pg_stat_user_indexes union all select relname || ' (sequential)', seq_scan, seq_tup_read from pg_stat_user_tables"
WAL_SQL="select wal_records, wal_bytes, wal_sync, wal_write, round(wal_sync_time) from pg_stat_wal"
psql_bench -Atc "$STATS_SQL" >"$RESULTS/tables-before.txt"
psql_bench -Atc "$READS_SQL" >"$RESULTS/reads-before.txt"
psql_bench -Atc "$DB_SQL" >"$RESULTS/db-before.txt"
psql_bench -Atc "$WAL_SQL" >"$RESULTS/wal-before.txt" 2>/dev/null || true

# Once a second: what the database connections are doing (waits show where time goes), and the
# routing backlog (async continuations waiting for the job executor; the SLA timers are not).
(
  while true; do
    echo "#tick|$(date +%s)"
    psql_bench -Atc "select extract(epoch from now())::bigint, replace(state, ' ', '_'), coalesce(wait_event_type, 'CPU') || ':' || coalesce(wait_event, '-') from pg_stat_activity where datname = '$BENCH_DB' and pid <> pg_backend_pid() and state <> 'idle'" 2>/dev/null
    psql_bench -Atc "select '#jobs', extract(epoch from now())::bigint, count(*) from act_ru_job where type_ = 'message'" 2>/dev/null
    sleep 1
  done
) >"$RESULTS/pg-activity.txt" &
SAMPLER_PID=$!

if [ "$PROFILE" = 1 ]; then
  jcmd "$WF_PID" JFR.start name=bench delay="$WARMUP" duration=60s settings=profile \
    filename="$RESULTS/wildfly.jfr" >>"$RESULTS/run.log" 2>&1 || say "JFR could not start"
fi

# CPU of the whole run, from the first mention until the routing backlog is drained.
proc_ticks "$WF_PID" >"$RESULTS/cpu-wildfly-0.txt"; pg_snapshot >"$RESULTS/cpu-postgres-0.txt"
say "Load: $CLIENTS clients, warm-up $WARMUP, measured $DURATION, batch $BATCH, rate $RATE (0 = closed loop)"
java -Xmx1g "$ROOT/bench/IngestLoad.java" \
  --relay "http://127.0.0.1:$HTTP_PORT/relay" \
  --realm "http://127.0.0.1:$KC_PORT/realms/relay" \
  --clients "$CLIENTS" --duration "$DURATION" --warmup "$WARMUP" --batch "$BATCH" --rate "$RATE" \
  --probe-every "$PROBE_EVERY" --probe-timeout "${PROBE_TIMEOUT:-5m}" \
  --wildfly-pid "$WF_PID" --postgres-pid "$PG_PID" --keycloak-pid "$KC_PID" \
  --run-id "$RUN_ID" --json "$RESULTS/load.json" --markdown "$RESULTS/load.md" \
  | tee "$RESULTS/load.log"

json() { sed -n "s/.*\"$1\":\"\{0,1\}\([^\",}]*\).*/\1/p" "$RESULTS/load.json"; }
ACKED_TOTAL=$(json acknowledgedTotal)
MEASURE_START=$(json measureStart)
MEASURE_END=$(json measureEnd)

# ------------------------------------------------------------------------------------------------
# The routing backlog: mentions acknowledged but not yet classified and routed. The sampler kept
# running while the load generator waited for its last probes; read the backlog at the end of the
# measured window from its series, then wait for the rest to drain.
END_EPOCH=$(date -d "$MEASURE_END" +%s)
BACKLOG=$(awk -F'|' -v t="$END_EPOCH" '$1 == "#jobs" && $2 <= t { n = $3 } END { print n + 0 }' "$RESULTS/pg-activity.txt")
say "Jobs waiting at the end of the measured window: $BACKLOG; waiting up to $DRAIN_LIMIT s for the backlog to drain"
drain_start=$(date +%s)
left=$(psql_bench -Atc "select count(*) from act_ru_job where type_ = 'message'")
while [ "$left" -gt 0 ] && [ $(($(date +%s) - drain_start)) -lt "$DRAIN_LIMIT" ]; do
  sleep 2
  left=$(psql_bench -Atc "select count(*) from act_ru_job where type_ = 'message'")
done
proc_ticks "$WF_PID" >"$RESULTS/cpu-wildfly-1.txt"; pg_snapshot >"$RESULTS/cpu-postgres-1.txt"
kill "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=
[ -n "$VACUUM_PID" ] && kill "$VACUUM_PID" 2>/dev/null
VACUUM_PID=
DRAINED_AT=$(date +%s)
DRAIN_SECONDS=$((DRAINED_AT - END_EPOCH))
say "Backlog left: $left, $DRAIN_SECONDS s after the measured window"
psql_bench -Atc "$STATS_SQL" >"$RESULTS/tables-after.txt"
psql_bench -Atc "$READS_SQL" >"$RESULTS/reads-after.txt"
psql_bench -Atc "$DB_SQL" >"$RESULTS/db-after.txt"
psql_bench -Atc "$WAL_SQL" >"$RESULTS/wal-after.txt" 2>/dev/null || true

# Every acknowledged mention is stored with its process instance, and how long routing took from
# the server's own clock (reply task created - mention received), for every measured mention.
# Runtime tables, not history: nobody claims the benchmark's tasks, so every instance is still
# running, and the figures hold whatever the history level.
CHECK=$(psql_bench -Atc "
  select count(*), count(p.id_), count(t.id_)
  from mention m
  left join act_ru_execution p on p.business_key_ = m.id::text and p.id_ = p.proc_inst_id_
  left join act_ru_task t on t.proc_inst_id_ = p.id_ and t.task_def_key_ = 'claimAndDraft'
  where m.external_id like '$RUN_ID-%'")
IFS='|' read -r STORED WITH_PROCESS ROUTED <<<"$CHECK"
ROUTING=$(psql_bench -Atc "
  select count(*),
         round(1000 * percentile_cont(0.5) within group (order by extract(epoch from t.create_time_ - m.received_at))::numeric, 1),
         round(1000 * percentile_cont(0.95) within group (order by extract(epoch from t.create_time_ - m.received_at))::numeric, 1),
         round(1000 * percentile_cont(0.99) within group (order by extract(epoch from t.create_time_ - m.received_at))::numeric, 1)
  from mention m
  join act_ru_execution p on p.business_key_ = m.id::text and p.id_ = p.proc_inst_id_
  join act_ru_task t on t.proc_inst_id_ = p.id_ and t.task_def_key_ = 'claimAndDraft'
  where m.external_id like '$RUN_ID-%'
    and m.received_at between '$MEASURE_START' and '$MEASURE_END'")
IFS='|' read -r ROUTED_N ROUTED_P50 ROUTED_P95 ROUTED_P99 <<<"$ROUTING"
MEASURED_STORED=$(psql_bench -Atc "select count(*) from mention where external_id like '$RUN_ID-%' and received_at between '$MEASURE_START' and '$MEASURE_END'")
JOB_RATE=$(psql_bench -Atc "
  select round(count(*) / extract(epoch from timestamptz '$MEASURE_END' - timestamptz '$MEASURE_START')::numeric, 1)
  from act_ru_task t where t.task_def_key_ = 'claimAndDraft'
    and t.create_time_ between '$MEASURE_START' and '$MEASURE_END'")

# CPU per mention, end to end: all the work for every mention of the run (ingest, routing, the
# probes' reads), from an empty backlog to an empty one. Robust on a shared machine, unlike a rate.
WF_MS=$(awk -v t="$(ticks_between "$RESULTS/cpu-wildfly-0.txt" "$RESULTS/cpu-wildfly-1.txt")" -v n="$STORED" 'BEGIN { printf "%.1f", 10 * t / n }')
PG_MS=$(awk -v t="$(ticks_between "$RESULTS/cpu-postgres-0.txt" "$RESULTS/cpu-postgres-1.txt")" -v n="$STORED" 'BEGIN { printf "%.1f", 10 * t / n }')
CAPACITY=$(awk -v a="$WF_MS" -v b="$PG_MS" -v c="$(nproc)" 'BEGIN { printf "%.0f", 1000 * c / (a + b) }')

# Rows written and transactions committed per mention (the whole run incl. warm-up and routing).
PER_MENTION=$(LC_ALL=C join -t'|' <(LC_ALL=C sort "$RESULTS/tables-before.txt") <(LC_ALL=C sort "$RESULTS/tables-after.txt") | awk -F'|' -v n="$STORED" '
  { ins = $5 - $2; upd = $6 - $3; del = $7 - $4; if ((ins + upd + del) / n >= 0.005) { printf "| %s | %.2f | %.2f | %.2f |\n", $1, ins / n, upd / n, del / n; ti += ins; tu += upd; td += del } }
  END { printf "| **all tables** | **%.2f** | **%.2f** | **%.2f** |\n", ti / n, tu / n, td / n }')
# Rows read per mention, by index and by sequential scan: a read that grows with the number of
# stored mentions shows up here as hundreds or thousands.
READS=$(LC_ALL=C join -t'|' <(LC_ALL=C sort "$RESULTS/reads-before.txt") <(LC_ALL=C sort "$RESULTS/reads-after.txt") |
  awk -F'|' -v n="$STORED" '{ s = $4 - $2; r = $5 - $3; if (s > 0) printf "%.1f|%s|%.2f|%.1f\n", r / n, $1, s / n, r / (s > 0 ? s : 1) }' |
  sort -t'|' -k1,1 -rn | head -8 | awk -F'|' '{ printf "| %s | %s | %s | %s |\n", $2, $3, $1, $4 }')
read -r C0 R0 _ <<<"$(tr '|' ' ' <"$RESULTS/db-before.txt")"
read -r C1 R1 _ <<<"$(tr '|' ' ' <"$RESULTS/db-after.txt")"
COMMITS_PER_MENTION=$(awk -v a="$C0" -v b="$C1" -v n="$STORED" 'BEGIN { printf "%.2f", (b - a) / n }')
ROLLBACKS=$((R1 - R0))
START_EPOCH=$(date -d "$MEASURE_START" +%s)
in_window() { awk -F'|' -v a="$START_EPOCH" -v b="$END_EPOCH" '{ t = ($1 ~ /^#/ ? $2 : $1) + 0 } t >= a && t <= b' "$RESULTS/pg-activity.txt"; }
TICKS=$(in_window | grep -c '^#tick' || true)
WAITS=$(in_window | grep -v '^#' | awk -F'|' '{ print $2 " " $3 }' | sort | uniq -c | sort -rn | head -12 |
  awk -v s="$TICKS" '{ printf "| %s | %s | %d | %.2f |\n", $2, $3, $1, $1 / (s > 0 ? s : 1) }')

# ------------------------------------------------------------------------------------------------
# The ceiling: the same PostgreSQL, the same client count, 17 inserts per transaction.
PGBENCH_LINE="skipped"
if [ "$SKIP_PGBENCH" != 1 ]; then
  say "pgbench: $CLIENTS clients, ${PGBENCH_TIME} s, 17 inserts per transaction"
  psql_bench -f "$ROOT/bench/pgbench-scratch-table.sql" >/dev/null
  pgbench -n -M prepared -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -c "$CLIENTS" -j 2 \
    -T "$PGBENCH_TIME" -f "$ROOT/bench/pgbench-17-inserts.sql" "$BENCH_DB" >"$RESULTS/pgbench.log" 2>&1 &
  PGBENCH_PID=$!
  # CPU while every pgbench connection is open: from 2 s after the start to 5 s before the end.
  # pgbench itself is the last line of each snapshot, so that its own CPU shows too.
  sleep 2; w0=$(date +%s.%N); { pg_snapshot; proc_ticks "$PGBENCH_PID"; } >"$RESULTS/pgbench-cpu-0.txt"
  sleep $((PGBENCH_TIME - 7)); w1=$(date +%s.%N); { pg_snapshot; proc_ticks "$PGBENCH_PID"; } >"$RESULTS/pgbench-cpu-1.txt"
  wait "$PGBENCH_PID"
  secs=$(awk -v a="$w0" -v b="$w1" 'BEGIN { print b - a }')
  PGB_CPU=$(pg_cores <(sed '$d' "$RESULTS/pgbench-cpu-0.txt") <(sed '$d' "$RESULTS/pgbench-cpu-1.txt") "$secs")
  PGB_CLIENT_CPU=$(pg_cores <(tail -1 "$RESULTS/pgbench-cpu-0.txt") <(tail -1 "$RESULTS/pgbench-cpu-1.txt") "$secs")
  psql_bench -c "drop table if exists bench_scratch_mention"
  TPS=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$RESULTS/pgbench.log" | head -1)
  PGB_LAT=$(sed -n 's/^latency average = \([0-9.]*\) ms.*/\1/p' "$RESULTS/pgbench.log")
  PGBENCH_LINE=$(awk -v t="$TPS" -v l="$PGB_LAT" -v c="$PGB_CPU" 'BEGIN { printf "%.0f transactions/s = %.0f inserts/s, latency avg %s ms, PostgreSQL CPU %s", t, 17 * t, l, c }'); PGBENCH_LINE="$PGBENCH_LINE, pgbench itself $PGB_CLIENT_CPU"
  say "pgbench: $PGBENCH_LINE"
fi

# ------------------------------------------------------------------------------------------------
{
  echo "# Relay ingestion benchmark $RUN_ID"
  echo
  echo "Command: \`CLIENTS=$CLIENTS DURATION=$DURATION WARMUP=$WARMUP BATCH=$BATCH RATE=$RATE PROBE_EVERY=$PROBE_EVERY${RELAY_DB_POOL_MAX:+ RELAY_DB_POOL_MAX=$RELAY_DB_POOL_MAX} bench/run.sh\`"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; PostgreSQL $PG_VERSION ($PG_SETTINGS); $VACUUM_NOTE"
  [ -n "$EXPERIMENT_SQL" ] && echo && echo "**EXPERIMENT, not a production setting:** \`$EXPERIMENT_SQL\`"
  echo
  cat "$RESULTS/load.md"
  echo
  echo "## PostgreSQL's side"
  echo
  echo "| What | Value |"
  echo "|---|---|"
  echo "| Mentions of this run stored / with a process instance / routed | $STORED / $WITH_PROCESS / $ROUTED (acknowledged: $ACKED_TOTAL) |"
  echo "| Routing backlog (async jobs waiting) at the end of the measured window; drained | $BACKLOG; $left left $DRAIN_SECONDS s after the window |"
  echo "| Mention received to reply task created (server clock, $ROUTED_N of $MEASURED_STORED measured mentions) p50 / p95 / p99 | $ROUTED_P50 / $ROUTED_P95 / $ROUTED_P99 ms |"
  echo "| Routing throughput during the measured window (reply tasks created per second) | $JOB_RATE |"
  echo "| CPU per mention, end to end (ingest + routing + probes, whole run until drained): WildFly / PostgreSQL | $WF_MS ms / $PG_MS ms$([ "$left" -gt 0 ] && echo " (backlog not drained: too low)") |"
  echo "| Mentions/s the $(nproc) cores could take end to end at that cost, with nothing else running | $CAPACITY |"
  echo "| Transactions committed per mention (ingest + routing + the probes' reads) | $COMMITS_PER_MENTION ($ROLLBACKS rollbacks) |"
  echo "| pgbench, 17 inserts per transaction, $CLIENTS clients, ${PGBENCH_TIME} s | $PGBENCH_LINE |"
  echo
  echo "Rows written per mention (whole run, ingest and routing):"
  echo
  echo "| Table | Inserts | Updates | Deletes |"
  echo "|---|---|---|---|"
  echo "$PER_MENTION"
  echo
  echo "Rows read per mention, the eight largest (whole run):"
  echo
  echo "| Index or table | Scans per mention | Rows read per mention | Rows per scan |"
  echo "|---|---|---|---|"
  echo "$READS"
  echo
  echo "Connections of $BENCH_DB that are not idle, by state and wait ($TICKS samples, one a second in the measured window; CPU = not waiting):"
  echo
  echo "| State | Wait | Samples | Average connections |"
  echo "|---|---|---|---|"
  echo "$WAITS"
  [ -f "$RESULTS/wildfly.jfr" ] && echo && echo "JFR recording of WildFly: $RESULTS/wildfly.jfr"
} >"$REPORT"
echo
cat "$REPORT"
