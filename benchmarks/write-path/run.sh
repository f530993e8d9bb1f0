#!/usr/bin/env bash
# Item 1 of docs/BENCHMARKS.md: the follow transaction under pgbench (the ceiling) and the
# service's PUT /api/v1/me/following/{id} under wrk, at the same concurrency, against the same
# PostgreSQL, alternating for a few rounds. Starts bootstrap/target/relations.jar alone on a fresh
# data directory (see ../service.sh; it migrates the schema, and its embedded PostgreSQL 17 is the
# server both measure), loads the users, warms the service up with a discarded wrk run, then per
# round: pgbench, wrk (random pairs, "cold") and wrk with every follower following one user ("hot").
# Reports each run's throughput and the CPU seconds spent by PostgreSQL, the service's JVM and the
# client (pgbench or wrk), read from /proc. Only 127.0.0.1 is used.
# Usage (from the repository root, after ./mvnw -B -pl benchmarks -am package -DskipTests):
#   benchmarks/write-path/run.sh [clients=10] [seconds=20] [users=40000] [rounds=3] [warmup_seconds=120]
set -euo pipefail
clients=${1:-10}
seconds=${2:-20}
users=${3:-40000}
rounds=${4:-3}
warmup=${5:-120}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$(mktemp -d /tmp/relations-write-path-XXXXXX)
threads=$(( clients < 2 ? clients : 2 ))
# shellcheck source=../service.sh
source "$root/benchmarks/service.sh"
start_service "$root" "$out"

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); $(psql -qAt -c 'select version()' | cut -d, -f1); pgbench $(pgbench --version | awk '{print $3}'); $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
psql -q -v users="$users" -f "$root/benchmarks/pgbench/load-users.sql"
RELATIONS_JWT_SECRET="$benchmark_secret" java -cp "$root/benchmarks/target/classes:$(cat "$root/benchmarks/target/classpath.txt")" \
  io.relations.benchmarks.http.TokenFile "$users" "$out/users.txt"

echo "warm-up: wrk ${warmup} s (discarded; it also registers the callers the service has not seen)"
wrk -t "$threads" -c "$clients" -d "${warmup}s" -s "$here/follow.lua" "$base" -- "$out/users.txt" >"$out/wrk-warmup.txt"
grep -E "Requests/sec|Non-2xx" "$out/wrk-warmup.txt" || true

measure() { # name, then the command; prints the client's output to a file and the CPU split
  local name=$1 pg_before jvm_before started client_cpu
  shift
  pg_before=$(postgres_cpu_seconds)
  jvm_before=$(jvm_cpu_seconds)
  started=$(date +%s.%N)
  TIMEFORMAT="%U %S"
  { time "$@" >"$out/$name.txt" 2>&1; } 2>"$out/$name.time"
  client_cpu=$(awk '{printf "%.1f", $1 + $2}' "$out/$name.time")
  echo "cpu $(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e - s}') $(minus "$(postgres_cpu_seconds)" "$pg_before") $(minus "$(jvm_cpu_seconds)" "$jvm_before") $client_cpu" >>"$out/$name.txt"
}

printf 'RESULT %-8s %5s %9s %8s %8s %8s %8s %6s\n' run round per_s wall_s pg_cpu jvm_cpu client non2xx
for round in $(seq 1 "$rounds"); do
  measure "pgbench-$round" pgbench -n -M prepared -c "$clients" -j "$threads" -T "$seconds" -D users="$users" -f "$root/benchmarks/pgbench/follow.sql"
  measure "wrk-$round" wrk -t "$threads" -c "$clients" -d "${seconds}s" --latency -s "$here/follow.lua" "$base" -- "$out/users.txt"
  # Hot: every request follows one user (a different one each round, so no pair repeats).
  measure "wrk-hot-$round" wrk -t "$threads" -c "$clients" -d "${seconds}s" --latency -s "$here/follow.lua" "$base" -- "$out/users.txt" "$round"
  for name in pgbench wrk wrk-hot; do
    file="$out/$name-$round.txt"
    rate=$(awk '/^tps = / {print $3} /^Requests\/sec:/ {print $2}' "$file" | head -1)
    non2xx=$(awk '/Non-2xx/ {print $NF} /number of failed transactions/ {print $5}' "$file" | head -1)
    read -r _ wall pg jvm client < <(grep '^cpu ' "$file")
    printf 'RESULT %-8s %5s %9.0f %8s %8s %8s %8s %6s\n' "$name" "$round" "$rate" "$wall" "$pg" "$jvm" "$client" "${non2xx:-0}"
  done
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "outputs (pgbench -r statement latencies off; wrk --latency percentiles): $out"
