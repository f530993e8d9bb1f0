#!/usr/bin/env bash
# Items 2 and 6 of docs/BENCHMARKS.md: the service's follow over HTTP at fixed arrival rates.
# Starts bootstrap/target/relations.jar alone in its JVM (-Xmx256m, GC log; see ../service.sh),
# runs FollowLoad against it in a second JVM (open loop, cold then hot at each rate), and reports
# the service's GC pause share over the load (from its /metrics), its resident memory (VmRSS
# sampled each second, VmHWM) and the CPU seconds of the service, PostgreSQL and the generator.
# Usage (from the repository root, after ./mvnw -B -pl benchmarks -am package -DskipTests):
#   benchmarks/http/run-follow-load.sh [followers=6000] [warmup=30000] [rates=600,960,1200]
# SERVICE_JAVA_OPTS replaces -Xmx256m (e.g. add -XX:StartFlightRecording=filename=/tmp/f.jfr,settings=profile).
# The GC log and the service log are kept in the directory printed at the end.
set -euo pipefail
followers=${1:-6000}
warmup=${2:-30000}
rates=${3:-600,960,1200}
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mktemp -d /tmp/relations-follow-load-XXXXXX)
# shellcheck source=../service.sh
source "$root/benchmarks/service.sh"
start_service "$root" "$out" "-Xlog:gc:file=$out/gc.log"

gc_pause_seconds() {
  curl -fsS "$base/metrics" | awk '/^jvm_gc_pause_seconds_sum/ {sum += $NF} END {printf "%.3f", sum}'
}
( while sleep 1; do awk '/VmRSS/ {print $2}' "/proc/$service/status"; done >"$out/rss-kb.txt" ) 2>/dev/null &
sampler=$!
trap 'kill $sampler 2>/dev/null; stop_service' EXIT

echo "service $(java -version 2>&1 | head -1), options: ${SERVICE_JAVA_OPTS:--Xmx256m}; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
gc_before=$(gc_pause_seconds)
jvm_before=$(jvm_cpu_seconds)
postgres_before=$(postgres_cpu_seconds)
started=$(date +%s.%N)
TIMEFORMAT="RESULT load generator CPU: %U s user + %S s system"
time RELATIONS_JWT_SECRET="$benchmark_secret" java -Xmx1g \
  -cp "$root/benchmarks/target/classes:$(cat "$root/benchmarks/target/classpath.txt")" \
  io.relations.benchmarks.http.FollowLoad "$followers" "$warmup" "$rates" "$base"
ended=$(date +%s.%N)
gc_after=$(gc_pause_seconds)
echo "RESULT service JVM CPU during the load: $(minus "$(jvm_cpu_seconds)" "$jvm_before") s"
echo "RESULT PostgreSQL CPU during the load: $(minus "$(postgres_cpu_seconds)" "$postgres_before") s"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v b="$gc_before" -v a="$gc_after" -v s="$started" -v e="$ended" \
  'BEGIN {printf "RESULT service GC pauses during the load: %.2f s in %.1f s = %.2f %%\n", a - b, e - s, 100 * (a - b) / (e - s)}'
awk '{ if ($1 > max) max = $1 } END {printf "RESULT service VmRSS max sampled: %.0f MB\n", max / 1024}' "$out/rss-kb.txt"
awk '/VmHWM/ {printf "RESULT service VmHWM (peak resident): %.0f MB\n", $2 / 1024}' "/proc/$service/status"
curl -fsS "$base/metrics" | awk '/^jvm_memory_used_bytes\{.*area="heap"/ {sum += $NF} END {printf "RESULT service heap used at the end: %.0f MB\n", sum / 1048576}'
echo "GC log and service log: $out"
