# Sourced by the benchmark scripts (http/run-follow-load.sh, write-path/run.sh): starts
# bootstrap/target/relations.jar alone in its JVM on a fresh data directory under $out (embedded
# PostgreSQL 17, rate limit off, 127.0.0.1, a free port), and reads CPU time from /proc.
# Sets: service (the JVM's pid), base (its URL), data, postmaster (PostgreSQL's pid), and PG*
# variables for psql and pgbench. SERVICE_JAVA_OPTS replaces the JVM options (default -Xmx256m).
benchmark_secret=benchmark.secret.not.for.production.use.0123

start_service() {
  local root=$1 out=$2 extra_opts=${3:-}
  data="$out/data"
  # shellcheck disable=SC2086 # the options are words on purpose
  RELATIONS_DATA_DIR="$data" RELATIONS_HTTP_HOST=127.0.0.1 RELATIONS_HTTP_PORT=0 \
    RELATIONS_RATE_LIMIT_PER_MINUTE=0 RELATIONS_JWT_SECRET="$benchmark_secret" \
    java ${SERVICE_JAVA_OPTS:--Xmx256m} $extra_opts -jar "$root/bootstrap/target/relations.jar" serve >"$out/service.log" 2>&1 &
  service=$!
  trap stop_service EXIT
  local port=""
  for _ in $(seq 1 120); do
    port=$(sed -n 's/.*Relations is listening on http:[^ ]*:\([0-9][0-9]*\) .*/\1/p' "$out/service.log" | head -n 1)
    [ -n "$port" ] && break
    sleep 1
  done
  [ -n "$port" ] || { echo "the service did not start:"; tail -20 "$out/service.log"; exit 1; }
  base="http://127.0.0.1:$port"
  postmaster=$(head -n 1 "$data/postgres/pgdata/postmaster.pid")
  export PGHOST=127.0.0.1 PGUSER=postgres PGDATABASE=relations
  PGPORT=$(sed -n 4p "$data/postgres/pgdata/postmaster.pid")
  PGPASSWORD=$(cat "$data/postgres/superuser-password")
  export PGPORT PGPASSWORD
}

stop_service() {
  kill "$service" 2>/dev/null || true
  wait "$service" 2>/dev/null || true
  rm -rf "$data"
}

# The given processes and every process below them.
process_tree() {
  local pid child
  for pid in "$@"; do
    echo "$pid"
    for child in $(pgrep -P "$pid"); do process_tree "$child"; done
  done
}

# CPU seconds (user + system) of a process tree, plus what its children that already exited used
# (a pgbench client's backend ends with it: its time moves to the postmaster's "children" fields
# 16 and 17 when the postmaster reaps it). PostgreSQL is started detached, so not below the JVM.
postgres_cpu_seconds() {
  local ticks=0 pid
  for pid in $(process_tree "$postmaster"); do
    ticks=$(( ticks + $(awk '{print $14 + $15 + $16 + $17}' "/proc/$pid/stat" 2>/dev/null || echo 0) ))
  done
  awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.2f", t / hz}'
}

jvm_cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$service/stat"; }

minus() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", a - b}'; }
