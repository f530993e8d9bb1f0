#!/usr/bin/env bash
# Where a JFR recording's CPU samples are: the innermost frames, the innermost frame of the
# service's own code (io.relations), and the share of samples with each library on the stack.
# Usage: benchmarks/least-sql/jfr-top.sh recording.jfr [rows=15]
set -euo pipefail
recording=$1
rows=${2:-15}
jfr print --events jdk.ExecutionSample --stack-depth 96 "$recording" | awk -v rows="$rows" '
  function flush() {
    if (!inside) return
    samples++
    if (top != "") innermost[top]++
    if (own != "") ownframe[own]++
    for (library in seen) onstack[library]++
    delete seen
    inside = 0
  }
  /stackTrace = \[/ { flush(); inside = 1; top = ""; own = ""; next }
  inside && /^[[:space:]]*\]/ { flush(); next }
  inside {
    frame = $1
    sub(/\(.*$/, "", frame)
    if (top == "") top = frame
    if (own == "" && frame ~ /^io\.relations\./) own = frame
    if (frame ~ /^org\.hibernate\./) seen["Hibernate"] = 1
    else if (frame ~ /^org\.postgresql\./) seen["JDBC driver"] = 1
    else if (frame ~ /^com\.zaxxer\.hikari\./) seen["Hikari"] = 1
    else if (frame ~ /^com\.nimbusds\./) seen["JWT (nimbus)"] = 1
    else if (frame ~ /^com\.fasterxml\.jackson\./) seen["Jackson"] = 1
    else if (frame ~ /^(io\.javalin|org\.eclipse\.jetty)\./) seen["Javalin/Jetty"] = 1
    else if (frame ~ /^(ch\.qos\.logback|org\.slf4j)\./) seen["logging"] = 1
    else if (frame ~ /^io\.micrometer\./) seen["metrics"] = 1
  }
  END {
    flush()
    printf "samples: %d\n", samples
    if (samples == 0) exit
    for (f in innermost) printf "TOP %6.1f %%  %s\n", 100 * innermost[f] / samples, f | "sort -k2 -rn | head -n " rows
    close("sort -k2 -rn | head -n " rows)
    for (f in ownframe) printf "OWN %6.1f %%  %s\n", 100 * ownframe[f] / samples, f | "sort -k2 -rn | head -n " rows
    close("sort -k2 -rn | head -n " rows)
    for (l in onstack) printf "ON-STACK %6.1f %%  %s\n", 100 * onstack[l] / samples, l | "sort -k2 -rn"
    close("sort -k2 -rn")
  }'
