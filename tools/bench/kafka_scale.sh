#!/usr/bin/env bash
# tools/bench/kafka_scale.sh — throughput and latency of the scale-out topology (README
# "Scale-out") on a local Kafka 0.9 broker (tools/kafka):
#   1. one extract-stage instance (ingest --no-store --facts-topic), N-article backlog on a
#      4-partition topic: articles/s from its first message to its last acknowledged record;
#   2. two extract-stage instances in one group over the same backlog (a new group);
#   3. one store-stage replica (ingest --from-facts) over the N facts records: records/s;
#   4. latency at a steady 1,000 articles/s through both stages (produce --rate 1000
#      --stamp-ids; newsfacts_bench_kafka_latency reads ingested_at_ms - send time from the
#      replica's DB: produce -> batch picked up by the store stage).
# Prints one table at the end (the rows of BENCHMARKS.md "Scale-out").
# Usage: tools/bench/kafka_scale.sh [--build DIR] [--articles N] [--latency-seconds S]
# (the rates are timed by polling /metrics every ~0.1-0.5 s: keep N at 20,000 or more so a
# stage runs for tens of seconds; the latency phase uses the first S x 1,000 articles.)
# Configures and builds what it needs in DIR (default build/, Release, ccache when present;
# a no-op when up to date), so it runs from a clean checkout. Needs ../shared/corpus (the
# articles are the corpus replicated with unique ids) and Java for the local broker.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="$root/build"
articles=20000
latency_seconds=20
while [[ $# -gt 0 ]]; do
  case "$1" in
    --build) build="$2"; shift 2 ;;
    --articles) articles="$2"; shift 2 ;;
    --latency-seconds) latency_seconds="$2"; shift 2 ;;
    *) echo "usage: $0 [--build DIR] [--articles N] [--latency-seconds S]" >&2; exit 2 ;;
  esac
done
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [[ ! -f $build/CMakeCache.txt ]]; then
  cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" >/dev/null
fi
cmake --build "$build" -j2 --target newsfacts newsfacts_bench_kafka_latency >/dev/null
nf="$build/tools/newsfacts"
lat="$build/tools/bench/newsfacts_bench_kafka_latency"
timeout_s=900  # a stage that has not finished by then failed (see the .err logs printed)

work="$(mktemp -d "${TMPDIR:-/tmp}/newsfacts-scale.XXXXXX")"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -KILL "$p" 2>/dev/null || true; done
  "$root/tools/kafka" stop --dir "$work/broker" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

now_ms() { date +%s%3N; }
metric() {  # metric NAME PORT -> value (0 when not yet served)
  python3 -c 'import sys, urllib.request
try:
  t = urllib.request.urlopen("http://127.0.0.1:%s/metrics" % sys.argv[2], timeout=2).read().decode()
  print(next((l.split()[1] for l in t.splitlines() if l.split() and l.split()[0] == sys.argv[1]), 0))
except Exception: print(0)' "$1" "$2"
}
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}
# wait_total N PORT... : waits until the summed newsfacts_messages_total reaches N; prints
# "<first-message ms> <done ms>". Fails when a daemon died or after $timeout_s.
wait_total() {
  local n=$1; shift
  local first="" sum start
  start=$(now_ms)
  while :; do
    sum=0
    for p in "$@"; do sum=$((sum + $(metric newsfacts_messages_total "$p"))); done
    if [[ -z $first && $sum -gt 0 ]]; then first=$(now_ms); fi
    [[ $sum -ge $n ]] && break
    for p in "${pids[@]}"; do
      kill -0 "$p" 2>/dev/null || { echo "a daemon exited early" >&2; fail; }
    done
    (($(now_ms) - start < timeout_s * 1000)) || { echo "timed out at $sum of $n" >&2; fail; }
    sleep 0.1
  done
  echo "$first $(now_ms)"
}
fail() {
  tail -n 20 "$work"/*.err >&2 2>/dev/null || true
  exit 1
}

corpus="$(cd "$root/../shared/corpus" && pwd)"
"$root/tools/bench/replicate_corpus" "$articles" "$work/articles.jsonl"
echo "== $articles articles from $corpus, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
bootstrap="$("$root/tools/kafka" start --dir "$work/broker" --partitions 4)"
cfg="$work/broker/client.properties"
for t in articles:4 facts1:1 facts2:1 dlq:1 lat:4 latfacts:1; do
  "$root/tools/kafka" topic create "${t%%:*}" --dir "$work/broker" --partitions "${t##*:}"
done
"$nf" produce --brokers "$bootstrap" --config "$cfg" --topic articles -q "$work/articles.jsonl"

extract() {  # extract GROUP FACTS_TOPIC PORT [ARTICLES_TOPIC]
  "$nf" ingest --brokers "$bootstrap" --config "$cfg" --topic "${4:-articles}" --group "$1" \
    --no-store --facts-topic "$2" --dlq-topic dlq --metrics "127.0.0.1:$3" --stats-interval 0 \
    2>>"$work/extract.err" &
  pids+=($!)
}
store() {  # store GROUP FACTS_TOPIC DB PORT
  "$nf" ingest --brokers "$bootstrap" --config "$cfg" --from-facts "$2" --group "$1" --db "$3" \
    --metrics "127.0.0.1:$4" --stats-interval 0 2>>"$work/store.err" &
  pids+=($!)
}
stop_all() {
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  pids=()
}

declare -A rate
for k in 1 2; do
  ports=()
  for i in $(seq "$k"); do ports+=("$(free_port)"); extract "ex$k" "facts$k" "${ports[-1]}"; done
  read -r first done < <(wait_total "$articles" "${ports[@]}")
  stop_all
  rate[extract$k]=$((articles * 1000 / (done - first)))
  echo "   extract stage x$k: $articles articles, first message -> last acked record: $((done - first)) ms"
done

port=$(free_port)
t0=$(now_ms)
store "replica" facts1 "$work/replica" "$port"
read -r first done < <(wait_total "$articles" "$port")
stop_all
rate[store]=$((articles * 1000 / (done - first)))
echo "   store stage: $articles records, first -> last stored: $((done - first)) ms ($((done - t0)) ms from process start)"

n_lat=$((latency_seconds * 1000))
((n_lat <= articles)) || { n_lat=$articles; latency_seconds=$((articles / 1000)); }
pe=$(free_port); ps=$(free_port)
extract latex latfacts "$pe" lat
store latstore latfacts "$work/latdb" "$ps"
sleep 6  # both joined their groups
head -n "$n_lat" "$work/articles.jsonl" >"$work/lat.jsonl"
"$nf" produce --brokers "$bootstrap" --config "$cfg" --topic lat --rate 1000 --stamp-ids \
  -X linger.ms=0 -q "$work/lat.jsonl"
wait_total "$n_lat" "$ps" >/dev/null
stop_all
latency="$("$lat" --db "$work/latdb")"  # n=… p50=…ms p90=…ms p99=…ms max=…ms
field() { sed -n "s/.* $1=\([0-9]*\)ms.*/\1/p" <<<"$latency"; }
echo "== load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
cat <<TABLE

| $articles articles (../shared/corpus replicated), load average $(cut -d' ' -f1 /proc/loadavg) | articles or records/s |
|---|---|
| extract stage, 1 instance | ${rate[extract1]} |
| extract stage, 2 instances in one group | ${rate[extract2]} |
| store stage, 1 replica (records/s) | ${rate[store]} |
| 1,000 articles/s for $latency_seconds s through both stages, produce -> picked up by the store stage, p50 / p99 (max) | $(field p50) / $(field p99) ($(field max)) ms |
TABLE
