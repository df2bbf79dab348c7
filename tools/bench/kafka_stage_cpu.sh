#!/usr/bin/env bash
# tools/bench/kafka_stage_cpu.sh — CPU time (user + sys, all threads, from /proc/PID/stat) per
# article of the embedded daemon, the extract stage and the store stage over the same 5,000
# articles (../shared/corpus replicated, unique ids) on a local Kafka 0.9 broker. CPU time is
# far less sensitive to a loaded machine than wall time (perf counters are not available on
# this VM). Includes process start (≈ 0.24 s: `newsfacts ingest --input /dev/null`).
# Usage: tools/bench/kafka_stage_cpu.sh (NF=path/to/newsfacts to use another binary; else
# build/ is configured and built as needed). Prints one table.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"; nf="${NF:-$root/build/tools/newsfacts}"
if [[ -z ${NF:-} ]]; then
  [[ -f $root/build/CMakeCache.txt ]] || cmake -S "$root" -B "$root/build" \
    -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
  cmake --build "$root/build" -j2 --target newsfacts >/dev/null
fi
w=$(mktemp -d /tmp/nf-perf.XXXXXX)
pid=""
cleanup() {
  [[ -n $pid ]] && kill -KILL "$pid" 2>/dev/null
  "$root/tools/kafka" stop --dir "$w/b" </dev/null >/dev/null 2>&1 || true
  rm -rf "$w"
}
trap cleanup EXIT
n=5000
"$root/tools/bench/replicate_corpus" $n $w/a.jsonl --spread-dates
k=$($root/tools/kafka start --dir $w/b --partitions 4 2>/dev/null </dev/null); cfg=$w/b/client.properties
for t in articles:4 facts:1 dlq:1; do $root/tools/kafka topic create ${t%%:*} --dir $w/b --partitions ${t##*:}; done
$nf produce --brokers $k --config $cfg --topic articles -q $w/a.jsonl
rows=()
run() {  # run NAME LABEL args... ; waits until the log shows n messages, then TERM
  local name=$1 label=$2; shift 2
  "$nf" ingest --brokers $k --config $cfg --stats-interval 1 "$@" 2>$w/$name.err &
  pid=$!
  local waited=0
  until grep -q "stats: $n articles" $w/$name.err 2>/dev/null; do
    kill -0 $pid 2>/dev/null && ((waited++ < 1800)) || { tail -20 $w/$name.err >&2; exit 1; }
    sleep 0.5
  done
  local ticks; ticks=$(awk '{print $14 + $15}' /proc/$pid/stat)
  kill -TERM $pid; wait $pid || true
  pid=""
  rows+=("| $label | $(python3 -c "t = $ticks / $(getconf CLK_TCK); print(f'{t:.2f} | {t / $n * 1e6:.0f}')") |")
}
run embedded "embedded ingest (extract + store + indicators)" --topic articles --group emb --db $w/emb
run extract "extract stage (--no-store --facts-topic)" --topic articles --group ex --no-store \
  --facts-topic facts --dlq-topic dlq
run store "store stage (--from-facts, fsync per batch, indicators)" --from-facts facts --group st \
  --db $w/st
echo "| daemon, $n articles (load average $(cut -d' ' -f1 /proc/loadavg)) | CPU s | µs per article (process start included) |"
echo "|---|---|---|"
printf '%s\n' "${rows[@]}"
