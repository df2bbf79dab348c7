#!/usr/bin/env bash
# tools/bench/count_cycles.sh — estimated cycles per byte of full extraction, per language:
# valgrind's callgrind with its cache and branch simulation, collecting only inside
# Extractor::Extract (like count_instructions.sh: model and corpus loading are not counted).
# Load-independent, so it compares two versions of the code on a busy machine; the simulated
# 2-bit branch predictor is cruder than a real one, so read Bcm as a trend, not a truth.
#
#   tools/bench/count_cycles.sh [BENCH_BINARY] [LANG...]     (default: de es en)
# Prints per language: Ir, Bc, Bcm (mispredicted conditional branches), D1mr, DLmr, bytes and
# the estimate cycles = Ir + 15*Bcm + 10*D1mr + 100*DLmr, also per byte. Keep KEEP=DIR to keep
# the callgrind files (callgrind_annotate --show=Bcm,Ir --sort=Bcm DIR/cg.LANG).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
bin="${1:-$root/build/tools/bench/newsfacts_bench_extract}"
shift || true
langs=("$@"); [[ ${#langs[@]} -eq 0 ]] && langs=(de es en)
tmp=${KEEP:-$(mktemp -d)}; [[ -n ${KEEP:-} ]] || trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp"
printf '%-4s %12s %11s %10s %9s %7s %9s %13s %8s\n' lang Ir Bc Bcm D1mr DLmr bytes cycles cyc/byte
for lang in "${langs[@]}"; do
  out=$(valgrind --tool=callgrind --cache-sim=yes --branch-sim=yes \
          --callgrind-out-file="$tmp/cg.$lang" \
          --toggle-collect='newsfacts::extract::Extractor::Extract(*' \
          "$bin" --rounds 1 --lang "$lang" --entities 2>"$tmp/err.$lang")
  bytes=$(sed -n 's/.* bytes=\([0-9]*\) .*/\1/p' <<<"$out")
  events=$(sed -n 's/^events: //p' "$tmp/cg.$lang")
  summary=$(sed -n 's/^summary: //p' "$tmp/cg.$lang")
  awk -v l="$lang" -v b="$bytes" -v ev="$events" -v su="$summary" 'BEGIN {
    n = split(ev, e, " "); split(su, s, " ");
    for (i = 1; i <= n; i++) v[e[i]] = s[i];
    c = v["Ir"] + 15 * v["Bcm"] + 10 * v["D1mr"] + 100 * v["DLmr"];
    printf "%-4s %12d %11d %10d %9d %7d %9d %13d %8.1f\n", l, v["Ir"], v["Bc"], v["Bcm"],
           v["D1mr"], v["DLmr"], b, c, c / b }'
done
