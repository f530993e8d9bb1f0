#!/usr/bin/env bash
# The follow transaction (follow.sql) under pgbench, against the same PostgreSQL 17 the service
# embeds: starts the service jar on a fresh data directory (it migrates the schema), loads the
# users, runs pgbench, stops the service and deletes the directory. Only 127.0.0.1 is used.
# Usage (from the repository root, after ./mvnw -B package -DskipTests):
#   benchmarks/pgbench/run-pgbench.sh [clients=8] [seconds=20] [users=100000]
set -euo pipefail
clients=${1:-8}
seconds=${2:-20}
users=${3:-100000}
here=$(cd "$(dirname "$0")" && pwd)
jar="$here/../../bootstrap/target/relations.jar"
data=$(mktemp -d /tmp/relations-pgbench-XXXXXX)
service_log="$data/service.log"

RELATIONS_DATA_DIR="$data" RELATIONS_HTTP_HOST=127.0.0.1 RELATIONS_HTTP_PORT=0 \
  RELATIONS_JWT_SECRET=benchmark.secret.not.for.production.use.0123 \
  java -Xmx256m -jar "$jar" serve >"$service_log" 2>&1 &
service=$!
stop() {
  kill "$service" 2>/dev/null || true
  wait "$service" 2>/dev/null || true
  rm -rf "$data"
}
trap stop EXIT

for _ in $(seq 1 120); do
  grep -q "started in" "$service_log" && break
  sleep 1
done
grep -q "started in" "$service_log" || { echo "the service did not start:"; tail -20 "$service_log"; exit 1; }

export PGHOST=127.0.0.1 PGUSER=postgres PGDATABASE=relations
export PGPORT=$(sed -n 4p "$data/postgres/pgdata/postmaster.pid")
export PGPASSWORD=$(cat "$data/postgres/superuser-password")
psql -qAt -c "select version()"
psql -q -v users="$users" -f "$here/load-users.sql"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
pgbench -n -M prepared -c "$clients" -j "$clients" -T "$seconds" -D users="$users" -f "$here/follow.sql" -P 5 -r
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
