#!/usr/bin/env bash
# Issue 11, item 5 (docs/BENCHMARKS.md, "Issue 11"): four paths of the service against the least
# SQL each needs under the same rules, in one run, alternating. Starts bootstrap/target/relations.jar
# alone on a fresh data directory, as shipped (access log on; see ../service.sh: its embedded
# PostgreSQL 17 is the server both sides measure), loads users and follows (load.sql), checks that
# each minimal script answers what the service answers, warms the service up, then per round and
# per path: the minimal SQL under pgbench (-M prepared), then the service under wrk (paths.lua),
# at the same concurrency. Paths: follow-cold (random pairs), follow-hot (everyone follows one
# user), followers (first page of 20), stats, lookup (100 ids). Per run: throughput, wall time,
# CPU seconds of PostgreSQL, the service's JVM and the client (from /proc), and CPU milliseconds
# per request of each. Then the ratio service / minimal per path and round, and its median.
# Only 127.0.0.1 is used; every run is bounded in time (-T, -d) and the loads in size.
# Usage (from the repository root, after ./mvnw -B -pl benchmarks -am package -DskipTests):
#   benchmarks/least-sql/run.sh [--jfr] [clients=10] [seconds=20] [users=40000] [rounds=3] [warmup_seconds=120] [pool=1000]
# --jfr records the service during its measured runs (JFR, settings=profile) and prints the top
# frames of each path (jfr-top.sh).
set -euo pipefail
jfr=false
if [ "${1:-}" = "--jfr" ]; then jfr=true; shift; fi
clients=${1:-10}
seconds=${2:-20}
users=${3:-40000}
rounds=${4:-3}
warmup=${5:-120}
pool=${6:-1000}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=$(mktemp -d /tmp/relations-least-sql-XXXXXX)
threads=$(( clients < 2 ? clients : 2 ))
paths="follow-cold follow-hot followers stats lookup"
[ $(( pool + 2 * rounds + 100 )) -lt "$users" ] || { echo "need pool + 2 x rounds + 100 < users"; exit 2; }
# shellcheck source=../service.sh
source "$root/benchmarks/service.sh"
start_service "$root" "$out"
classpath="$root/benchmarks/target/classes:$(cat "$root/benchmarks/target/classpath.txt")"

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(java -version 2>&1 | head -1); $(psql -qAt -c 'select version()' | cut -d, -f1); pgbench $(pgbench --version | awk '{print $3}'); $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
echo "settings: clients=$clients seconds=$seconds users=$users rounds=$rounds warmup=$warmup pool=$pool; load average $(cut -d' ' -f1-3 /proc/loadavg)"
RELATIONS_JWT_SECRET="$benchmark_secret" java -cp "$classpath" io.relations.benchmarks.http.TokenFile "$users" "$out/users.txt"
java -cp "$classpath" io.relations.benchmarks.http.UserStripeFile "$users" "$out/stripes.csv"
started=$(date +%s)
psql -q -v users="$users" -v pool="$pool" -v stripes="$out/stripes.csv" -f "$here/load.sql" >"$out/load.txt"
echo "load: $(( $(date +%s) - started )) s; $(tail -n 3 "$out/load.txt" | head -n 1 | tr -s ' ')"

# --- The minimal scripts answer what the service answers (one request each, compared as text).
id_of() { sed -n "${1}p" "$out/users.txt" | cut -d' ' -f1; }
token_of() { sed -n "${1}p" "$out/users.txt" | cut -d' ' -f2; }
# The script's SQL without pgbench's \set lines, in psql (which reads :name as pgbench does).
minimal_sql() { local script=$1; shift; sed '/^\\set/d' "$here/pgbench/$script" | psql -qAt -F'|' -v ON_ERROR_STOP=1 "$@"; }
service_get() { curl -sf -H "Authorization: Bearer $(token_of "$1")" "$base$2"; }
service_put() { curl -sf -X PUT -H "Authorization: Bearer $(token_of "$1")" "$base$2"; }
compare() { # name, the minimal's answer, the service's answer
  if [ "$2" = "$3" ] && [ -n "$2" ]; then echo "CHECK $1: same answer ($(echo "$2" | wc -l) lines)"; else
    echo "CHECK $1: DIFFERENT"; diff <(echo "$2") <(echo "$3") | head -n 10; exit 1; fi
}
relationship_view='[.user_id, .following, .followed_by, .connection, .blocking, .blocked_by] | map(tostring) | join(" ")'
viewer=7 owner=1
compare followers \
  "$(minimal_sql followers-page.sql -v viewer=$viewer -v owner=$owner | awk -F'|' '$1 == "t" && $2 == "t" && $3 == "t" && $4 == "f" {print $5}' | head -n 20)" \
  "$(service_get $viewer "/api/v1/users/$(id_of $owner)/followers?limit=20" | jq -r '.items[].user_id')"
compare stats \
  "$(minimal_sql stats.sql -v viewer=$viewer -v owner=$owner | awk -F'|' '$1 == "t" && $2 == "t" && $3 == "t" && $4 == "f" {print $5, $6, $7}')" \
  "$(service_get $viewer "/api/v1/users/$(id_of $owner)/stats" | jq -r '[.followers, .following, .connections] | map(tostring) | join(" ")')"
# Columns: module_on viewer_known user_id known following followed_by status requester_id blocking blocked_by.
lookup_answer='function b(v) {return v == "t" ? "true" : "false"}
  $1 == "t" && $2 == "t" && $4 == "t" {
    c = $7 == "" ? "none" : $7 == "accepted" ? "connected" : $8 == me ? "pending_outgoing" : "pending_incoming"
    print $3, b($5), b($6), c, b($9), b($10)}'
lookup_ids=$(for d in $(seq -50 50); do [ "$d" -ne 0 ] && id_of $(( (viewer - 1 + d + users) % users + 1 )); done | paste -sd, -)
compare lookup \
  "$(minimal_sql lookup.sql -v viewer=$viewer -v users="$users" \
     | awk -F'|' -v me="$(id_of $viewer)" "$lookup_answer" | sort)" \
  "$(service_get $viewer "/api/v1/me/relationships?ids=$lookup_ids" | jq -r ".items[] | $relationship_view" | sort)"
# Columns: module_on changed user_id following followed_by connection blocking blocked_by.
follow_answer='function b(v) {return v == "t" ? "true" : "false"} $1 == "t" {print $3, b($4), b($5), $6, b($7), b($8), "changed=" $2}'
# The service follows first, then the minimal script sends the same follow: no change, same answer.
follower=8 followed=$(( pool + 2 * rounds + 100 ))
service_answer=$(service_put $follower "/api/v1/me/following/$(id_of $followed)" | jq -r "$relationship_view")
compare "follow (service first, then the minimal: no-op)" \
  "$(minimal_sql follow.sql -v follower=$follower -v followed=$followed | awk -F'|' "$follow_answer")" "$service_answer changed=f"
# The minimal script follows first, then the service: the service sees the minimal's edge.
follower=9
minimal_answer=$(minimal_sql follow.sql -v follower=$follower -v followed=$followed | awk -F'|' "$follow_answer")
compare "follow (the minimal first, then the service: no-op)" \
  "$minimal_answer" "$(service_put $follower "/api/v1/me/following/$(id_of $followed)" | jq -r "$relationship_view") changed=t"
# The pair's lock key of follow.sql is the service's: PairLockKey.of users 1 and 2 is -1129251119 (Python's hashlib).
key=$(psql -qAt -c "select (('x' || left(encode(sha256(uuid_send(least(a, b)) || uuid_send(greatest(a, b))), 'hex'), 8))::bit(32)::int
                            & x'3fffffff'::int) | x'80000000'::int
                    from (select md5('2')::uuid as a, md5('1')::uuid as b) as pair")
compare "pair lock key of users 1 and 2" "$key" -1129251119

# Each read's plan, as it runs once (the raw plans in plans.txt): index probes, and a sequential
# scan only where the planner is right to take one.
explain() { # script, then psql's options
  local script=$1 plan
  shift
  plan=$(sed '/^\\set/d; /^--/d' "$here/pgbench/$script" | sed '1s/^/explain (analyze, buffers, costs off) /' | psql -qAt -v ON_ERROR_STOP=1 "$@")
  printf '%s\n%s\n\n' "$script" "$plan" >>"$out/plans.txt"
  # Right for the one-row settings and the tables the data leaves empty (connections, blocks); a
  # loaded table here is a missing index or a planner walking a popular user's rows.
  echo "PLAN $script: sequential scans of [$(grep -o 'Seq Scan on [a-z_]*' <<<"$plan" | cut -d' ' -f4 | sort -u | paste -sd' ' -)]," \
    "$(grep -c 'Sort' <<<"$plan") sorts, $(grep 'Execution Time' <<<"$plan" | tr -s ' ')"
}
explain followers-page.sql -v viewer=$viewer -v owner=$owner
explain stats.sql -v viewer=$viewer -v owner=$owner
explain lookup.sql -v viewer=$viewer -v users="$users"

# --- Warm-up: C2 needs about two minutes of load; half of it follows (which also registers the callers).
wrk_path() { # path, hot target (0: cold), then wrk's options
  local path=$1 hot=$2
  shift 2
  wrk -t "$threads" -c "$clients" "$@" -s "$here/paths.lua" "$base" -- "$out/users.txt" "$path" "$pool" "$hot" "$threads"
}
follow_warmup=$(( warmup / 2 > 0 ? warmup / 2 : 1 )) read_warmup=$(( warmup / 6 > 0 ? warmup / 6 : 1 ))
echo "warm-up (discarded): follow ${follow_warmup} s, each read ${read_warmup} s"
wrk_path follow 0 -d "${follow_warmup}s" >"$out/warmup-follow.txt"
for path in followers stats lookup; do wrk_path "$path" 0 -d "${read_warmup}s" >"$out/warmup-$path.txt"; done
grep -H -E "Requests/sec|Non-2xx" "$out"/warmup-*.txt | sed "s|$out/||" || true

measure() { # name, then the command; the client's output to a file, then a "cpu" line: wall, PostgreSQL, JVM, client
  local name=$1 pg_before jvm_before started client_cpu
  shift
  pg_before=$(postgres_cpu_seconds)
  jvm_before=$(jvm_cpu_seconds)
  started=$(date +%s.%N)
  TIMEFORMAT="%U %S"
  { time "$@" >"$out/$name.txt" 2>&1; } 2>"$out/$name.time"
  client_cpu=$(awk '{printf "%.2f", $1 + $2}' "$out/$name.time")
  echo "cpu $(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN {printf "%.2f", e - s}') $(minus "$(postgres_cpu_seconds)" "$pg_before") $(minus "$(jvm_cpu_seconds)" "$jvm_before") $client_cpu" >>"$out/$name.txt"
}
minimal_run() { # path, round
  local script hot=0
  case $1 in
    follow-cold) script=follow.sql ;;
    follow-hot) script=follow.sql hot=$(( pool + 2 * $2 - 1 )) ;;
    followers) script=followers-page.sql ;;
    *) script=$1.sql ;;
  esac
  measure "minimal-$1-$2" pgbench -n -M prepared -c "$clients" -j "$threads" -T "$seconds" \
    -D users="$users" -D pool="$pool" -D hot="$hot" -D clients="$clients" -D step=0 -f "$here/pgbench/$script"
}
service_run() { # path, round; a hot target of its own, so that no follow repeats the minimal's
  local path=${1%-*} hot=0
  [ "$1" = "follow-hot" ] && hot=$(( pool + 2 * $2 ))
  $jfr && jcmd "$service" JFR.start name="$1-$2" settings=profile filename="$out/service-$1-$2.jfr" >/dev/null
  measure "service-$1-$2" wrk_path "$path" "$hot" -d "${seconds}s" --latency
  $jfr && jcmd "$service" JFR.stop name="$1-$2" >/dev/null
  return 0
}
result() { # name: the RESULT line of one run
  local file="$out/$1.txt" rate count errors wall pg jvm client
  # Throughput as the client measured it (pgbench without its connection time, wrk over its
  # duration); CPU per request over the whole run, which includes the client's start and end.
  rate=$(awk '/^tps = / {print $3} /^Requests\/sec:/ {print $2}' "$file" | head -n 1)
  count=$(awk '/^number of transactions actually processed:/ {print $NF} / requests in / {print $1}' "$file" | head -n 1)
  errors=$(awk '/number of failed transactions/ {n += $5} /aborted in command/ {n++} /Non-2xx/ {n += $NF}
                /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' "$file")
  read -r _ wall pg jvm client < <(grep '^cpu ' "$file")
  awk -v name="$1" -v rate="$rate" -v n="$count" -v wall="$wall" -v pg="$pg" -v jvm="$jvm" -v client="$client" -v errors="$errors" 'BEGIN {
    split(name, part, "-"); kind = part[1]; round = part[length(part)]; path = substr(name, length(kind) + 2, length(name) - length(kind) - length(round) - 2)
    jvm_ms = kind == "service" ? sprintf("%.3f", 1000 * jvm / n) : "-"
    printf "RESULT %-11s %-7s %5s %9.0f %7.1f %7.1f %7.1f %7.1f %7.3f %7s %7.3f %6d\n", path, kind, round, rate, wall, pg, jvm, client,
      1000 * pg / n, jvm_ms, 1000 * client / n, errors }'
}

printf 'RESULT %-11s %-7s %5s %9s %7s %7s %7s %7s %7s %7s %7s %6s\n' path kind round per_s wall_s pg_cpu jvm_cpu client pg_ms jvm_ms cli_ms errors
for round in $(seq 1 "$rounds"); do
  for path in $paths; do
    minimal_run "$path" "$round"
    result "minimal-$path-$round" | tee -a "$out/results.txt"
    service_run "$path" "$round"
    result "service-$path-$round" | tee -a "$out/results.txt"
  done
done

echo "RATIO path        round service/minimal (throughput)"
for path in $paths; do
  for round in $(seq 1 "$rounds"); do
    awk -v path="$path" -v round="$round" '$2 == path && $4 == round {rate[$3] = $5}
      END {printf "RATIO %-11s %5s %6.2f\n", path, round, rate["service"] / rate["minimal"]}' "$out/results.txt"
  done | tee "$out/ratio-$path.txt"
  sort -n -k4 "$out/ratio-$path.txt" | awk -v path="$path" '{r[NR] = $4} END {
    m = NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2; printf "MEDIAN %-11s service/minimal %.2f [%.2f-%.2f]\n", path, m, r[1], r[NR]}'
done

# The counters the minimal scripts and the service wrote are the rows a follow must leave: every
# stripe row equals the edges of its user whose other user hashes there, every edge has its history.
# The run fails (after its report) if not.
checks=$(psql -qAt -c "
  with edges as (
      select f.followed_id as user_id, s.stripe, 1 as followers, 0 as following from phoenix_kit_user_follows f join benchmark_users s on s.id = f.follower_id
      union all select f.follower_id, s.stripe, 0, 1 from phoenix_kit_user_follows f join benchmark_users s on s.id = f.followed_id),
  expected as (select user_id, stripe, sum(followers) as followers, sum(following) as following from edges group by 1, 2)
  select 'CHECK stripes: ' || count(*) || ' stripe rows differ from the edges' from expected e
  full join phoenix_kit_user_stats_stripes c using (user_id, stripe)
  where (coalesce(e.followers, 0), coalesce(e.following, 0)) is distinct from (coalesce(c.followers, 0), coalesce(c.following, 0))
  union all
  select 'CHECK hot: user ' || b.n || ' has ' || count(f.id) || ' followers' from benchmark_users b
  left join phoenix_kit_user_follows f on f.followed_id = b.id where b.n between $(( pool + 1 )) and $(( pool + 2 * rounds )) group by b.n
  union all
  select 'CHECK history: ' || count(*) || ' follows without their history row' from phoenix_kit_user_follows f
  where not exists (select 1 from phoenix_kit_user_follows_history h
                    where h.follower_id = f.follower_id and h.followed_id = f.followed_id and h.action = 'follow')")
echo "$checks"
grep -q '^CHECK stripes: 0 ' <<<"$checks" && grep -q '^CHECK history: 0 ' <<<"$checks" && written=true || written=false
if $jfr; then
  for path in $paths; do
    echo "JFR $path (service, round 1): top frames"
    "$here/jfr-top.sh" "$out/service-$path-1.jfr" 15
  done
fi
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "outputs (pgbench and wrk --latency output per run): $out"
$written || { echo "FAILED: the rows written differ from what the follows must leave (CHECK lines above)"; exit 1; }
