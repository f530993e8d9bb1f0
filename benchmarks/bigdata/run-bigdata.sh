#!/usr/bin/env bash
# Issue 6, items 3 and 4: generate follow graphs of 10k / 1M / 10M edges into one kept embedded
# PostgreSQL, then measure the service on them (docs/BENCHMARKS.md, "3/4: how to run").
# Usage (from the repository root, after ./mvnw -B -q -pl benchmarks -am package -DskipTests):
#   benchmarks/bigdata/run-bigdata.sh generate <directory> <size>...   # e.g. /tmp/relations-bigdata 10k 1m 10m
#   benchmarks/bigdata/run-bigdata.sh measure  <directory> <size>...   # REQUESTS=2000 WARMUP=500 by default
#   benchmarks/bigdata/run-bigdata.sh check    <directory> <size>      # InvariantChecker; small sets only
# Each command starts and stops the server on <directory>; only one may run at a time.
set -euo pipefail
[ $# -ge 3 ] || { sed -n 2,8p "$0"; exit 2; }
command=$1
directory=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
root="$here/../.."
classpath="$root/benchmarks/target/classes:$(cat "$root/benchmarks/target/classpath.txt")"
mkdir -p "$directory"
case "$command" in
  generate)
    for size in "$@"; do
      java -Xmx1g -cp "$classpath" io.relations.benchmarks.data.GenerateDataSet "$directory" "$size" \
        2>&1 | tee "$directory/generate-$size-$(date -u +%Y%m%dT%H%M%SZ).log"
    done
    ;;
  measure)
    log="$directory/measure-$(echo "$@" | tr ' ' '-')-$(date -u +%Y%m%dT%H%M%SZ).log"
    # The service's access log (one line per request) goes to the file only.
    java -Xmx1g -cp "$classpath" io.relations.benchmarks.data.MeasureDataSets \
      "$directory" "${REQUESTS:-2000}" "${WARMUP:-500}" "$@" 2>&1 | tee "$log" | grep -v ' relations.access '
    echo "Full output: $log"
    ;;
  check)
    java -Xmx4g -cp "$classpath" io.relations.benchmarks.data.CheckDataSet "$directory" "$1"
    ;;
  *)
    sed -n 2,8p "$0"; exit 2
    ;;
esac
