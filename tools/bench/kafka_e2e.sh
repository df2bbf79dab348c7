#!/usr/bin/env bash
# tools/bench/kafka_e2e.sh — end-to-end benchmark of the Kafka ingest daemon against a real
# local broker (tools/kafka): throughput from the broker into RocksDB over >= 100,000
# articles (the corpus replicated with unique ids), side by side with `kcat -C` reading the
# same topic to /dev/null, peak RSS of the daemon, and produce-to-store latency at a steady
# 1,000 articles/s. Results go to BENCHMARKS.md ("Kafka ingestion") by hand.
#
#   tools/bench/kafka_e2e.sh [--build DIR] [--articles N] [--latency-seconds S]
#                            [--ingest-arg ARG]...   (extra `newsfacts ingest` arguments,
#                                                     e.g. --ingest-arg --no-indicators)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="$root/build"
articles=100000
latency_seconds=30
ingest_args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --build) build="$2"; shift 2 ;;
    --articles) articles="$2"; shift 2 ;;
    --latency-seconds) latency_seconds="$2"; shift 2 ;;
    --ingest-arg) ingest_args+=("$2"); shift 2 ;;
    *) echo "usage: $0 [--build DIR] [--articles N] [--latency-seconds S]" >&2; exit 2 ;;
  esac
done
nf="$build/tools/newsfacts"
lat="$build/tools/bench/newsfacts_bench_kafka_latency"
[[ -x $nf && -x $lat ]] || { echo "build newsfacts and newsfacts_bench_kafka_latency first" >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/newsfacts-bench.XXXXXX")"
daemon=""
cleanup() {
  [[ -n $daemon ]] && kill -KILL "$daemon" 2>/dev/null || true
  "$root/tools/kafka" stop --dir "$work/broker" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

now_ms() { date +%s%3N; }
scrape() {  # scrape PORT -> the Prometheus text ("" when not yet served)
  python3 -c 'import sys, urllib.request
try: print(urllib.request.urlopen("http://127.0.0.1:%s/metrics" % sys.argv[1], timeout=2).read().decode())
except Exception: pass' "$1"
}
metric() {  # metric NAME PORT -> value (0 when not yet served)
  scrape "$2" | awk -v n="$1" '$1 == n {print $2}' | head -1 | grep . || echo 0
}
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

corpus="$(cd "$root/../shared/corpus" && pwd)"
echo "== corpus: replicating $corpus to $articles articles with unique ids"
"$root/tools/bench/replicate_corpus" "$articles" "$work/articles.jsonl"
echo "   $(wc -l <"$work/articles.jsonl") articles, $(du -m "$work/articles.jsonl" | cut -f1) MiB"

echo "== broker"
bootstrap="$("$root/tools/kafka" start --dir "$work/broker" --partitions 4)"
cfg="$work/broker/client.properties"
kcat_cfg=(-X api.version.request=false -X broker.version.fallback=0.9.0.1)
"$root/tools/kafka" topic create bench --dir "$work/broker" --partitions 4
t0=$(now_ms)
"$nf" produce --brokers "$bootstrap" --config "$cfg" --topic bench "$work/articles.jsonl"
t1=$(now_ms)
echo "   produce: $((t1 - t0)) ms"

echo "== kcat -C (all 4 partitions, from the beginning, to /dev/null)"
t0=$(now_ms)
kcat -b "$bootstrap" "${kcat_cfg[@]}" -C -t bench -o beginning -e -q >/dev/null
t1=$(now_ms)
kcat_ms=$((t1 - t0))
echo "   kcat: $articles messages in $kcat_ms ms = $((articles * 1000 / kcat_ms)) msg/s"

echo "== newsfacts ingest (4 partitions -> RocksDB, fsync per batch)"
port=$(free_port)
"$nf" ingest --brokers "$bootstrap" --config "$cfg" \
  --topic bench --group bench --db "$work/db" --metrics "127.0.0.1:$port" --stats-interval 5 \
  --batch-size 500 ${ingest_args[@]+"${ingest_args[@]}"} 2>"$work/ingest.err" &
daemon=$!
t0=$(now_ms)
first=""
while :; do
  m=$(metric newsfacts_messages_total "$port")
  if [[ -z $first && $m -gt 0 ]]; then first=$(now_ms); first_m=$m; fi
  [[ $m -ge $articles ]] && break
  sleep 0.1
done
t1=$(now_ms)
rss_kb=$(awk '/VmHWM/ {print $2}' "/proc/$daemon/status")
# CPU time of all the daemon's threads (utime + stime, clock ticks), from start to the last
# stored message (includes the group join and the start-up).
cpu_ticks=$(awk '{print $14 + $15}' "/proc/$daemon/stat")
# Per thread (name: CPU seconds), busiest first: `newsfacts` is the daemon's own thread (poll,
# extract, assemble), `nf:extract` the pool's extraction workers, `nf:writer` the pool's
# writer (the serial part: indicator stage + store write; it also waits in the WAL fsync);
# a thread whose CPU time nears the wall time is the bound.
thread_cpu=$(for t in /proc/"$daemon"/task/*; do
  printf '%s %s\n' "$(tr ' ' _ <"$t/comm")" "$(sed 's/.*) //' "$t/stat" | awk '{print $12 + $13}')"
done 2>/dev/null | sort -k2 -rn | awk -v hz="$(getconf CLK_TCK)" '$2 > 0 {printf "%s %.2f, ", $1, $2 / hz}')
# Where each pipeline thread spent the run (/proc/PID/task/TID/schedstat: ns on the CPU, ns
# runnable but waiting for a CPU): on CPU / waiting for a CPU (other load) / blocked (the rest
# of the time since the first message: waiting for another thread, the fsync, a poll). Blocked time of a thread that
# has work to hand on is the pipeline's own wait, whatever the load of the machine.
sched=$(for t in /proc/"$daemon"/task/*; do
  printf '%s %s\n' "$(tr ' ' _ <"$t/comm")" "$(cat "$t/schedstat")"
done 2>/dev/null | awk -v wall="$(( $(now_ms) - first ))" '$1 ~ /^(newsfacts|nf:)/ && $2 > 1e8 {
  printf "%s %.1f / %.1f / %.1f, ", $1, $2 / 1e9, $3 / 1e9, wall / 1e3 - ($2 + $3) / 1e9 }')
kill -TERM "$daemon"; wait "$daemon" || true; daemon=""
total_ms=$((t1 - t0)); steady_ms=$((t1 - first))
e2e_rate=$((articles * 1000 / total_ms))
steady_rate=$(((articles - first_m) * 1000 / steady_ms))
echo "   ingest: $articles articles in $total_ms ms from process start = $e2e_rate articles/s"
echo "   ingest: steady (first message -> last stored): $steady_rate articles/s"
echo "   ratio ingest/kcat (from start): $(python3 -c "print(f'{$e2e_rate / ($articles * 1000 / $kcat_ms):.3f}')")"
echo "   peak RSS (VmHWM): $((rss_kb / 1024)) MiB"
echo "   CPU (user + sys, all threads): $(python3 -c "t=$cpu_ticks/$(getconf CLK_TCK); print(f'{t:.2f} s = {t * 1e6 / $articles:.0f} us per article')")"
echo "   CPU per thread (s): ${thread_cpu%, }"
echo "   pipeline threads, s on CPU / waiting for a CPU / blocked: ${sched%, }"
echo "   load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
grep "stats:" "$work/ingest.err" | tail -1

echo "== latency at a steady 1,000 articles/s for $latency_seconds s"
n_lat=$((latency_seconds * 1000))
"$root/tools/kafka" topic create lat --dir "$work/broker" --partitions 4
port=$(free_port)
"$nf" ingest --brokers "$bootstrap" --config "$cfg" --topic lat --group lat --db "$work/latdb" \
  --metrics "127.0.0.1:$port" --stats-interval 0 ${ingest_args[@]+"${ingest_args[@]}"} \
  2>"$work/lat.err" &
daemon=$!
sleep 5  # joined the group
head -n "$n_lat" "$work/articles.jsonl" >"$work/lat.jsonl"
"$nf" produce --brokers "$bootstrap" --config "$cfg" --topic lat --rate 1000 --stamp-ids \
  -X linger.ms=0 "$work/lat.jsonl"
while [[ $(metric newsfacts_messages_total "$port") -lt $n_lat ]]; do sleep 0.2; done
bsum=$(metric newsfacts_batch_seconds_sum "$port"); bcount=$(metric newsfacts_batch_seconds_count "$port")
scrape "$port" | grep '^newsfacts_batch_seconds_bucket' >"$work/hist"
rss_kb=$(awk '/VmHWM/ {print $2}' "/proc/$daemon/status")
kill -TERM "$daemon"; wait "$daemon" || true; daemon=""
echo "   peak RSS (VmHWM) of the steady-rate daemon: $((rss_kb / 1024)) MiB"
echo "   produce -> batch picked up (ingested_at_ms - send time):"
echo "   $("$lat" --db "$work/latdb")"
echo "   + batch time (decode + extract + fsync'd write), $bcount batches: mean $(python3 -c "print(f'{1000 * $bsum / $bcount:.2f}')") ms; histogram:"
sed 's/^/     /' "$work/hist"
