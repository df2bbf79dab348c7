#!/usr/bin/env bash
# tools/bench/file_ingest.sh — file ingest and reindex of the corpus replicated to N articles
# (unique ids), with --threads 1 and 2 (or the counts given): wall time, articles/s, CPU time
# (user + sys, all threads) per article and peak RSS, from GNU time. Results go to
# BENCHMARKS.md ("Parallel extraction") by hand. Prints the load average before each run.
#
#   tools/bench/file_ingest.sh [--build DIR] [--articles N] [--threads "1 2"] [--rounds R]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="$root/build"
articles=30000
threads="1 2"
rounds=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --build) build="$2"; shift 2 ;;
    --articles) articles="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    *) echo "usage: $0 [--build DIR] [--articles N] [--threads \"1 2\"] [--rounds R]" >&2; exit 2 ;;
  esac
done
nf="$build/tools/newsfacts"
[[ -x $nf ]] || { echo "build newsfacts first" >&2; exit 1; }
work="$(mktemp -d "${TMPDIR:-/tmp}/newsfacts-file-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

"$root/tools/bench/replicate_corpus" "$articles" "$work/articles.jsonl"
echo "corpus: $articles articles, $(du -m "$work/articles.jsonl" | cut -f1) MiB; $(nproc) cores"
printf "%-8s %-8s %-6s %8s %10s %14s %10s %8s\n" run threads round wall_s articles/s cpu_us/article rss_MiB load1
measure() {  # measure NAME THREADS ROUND CMD...
  local name=$1 t=$2 r=$3; shift 3
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" ||
    { cat "$work/err" >&2; exit 1; }
  read -r wall user sys rss <"$work/time"
  python3 -c "
n=$articles; w=$wall; c=$user+$sys
print(f'%-8s %-8s %-6s %8.2f %10.0f %14.1f %10.0f %8s' % ('$name', '$t', '$r', w, n / w, c * 1e6 / n, $rss / 1024, '$load'))"
}
for r in $(seq 1 "$rounds"); do
  for t in $threads; do
    rm -rf "$work/db$t"
    measure ingest "$t" "$r" "$nf" ingest --input "$work/articles.jsonl" --db "$work/db$t" --threads "$t"
  done
  for t in $threads; do
    measure reindex "$t" "$r" "$nf" reindex --db "$work/db$t" --threads "$t"
  done
done
echo "DB size after ingest: $(du -sm "$work/db${threads%% *}" | cut -f1) MiB"
