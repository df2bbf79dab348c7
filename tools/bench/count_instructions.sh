#!/usr/bin/env bash
# tools/bench/count_instructions.sh — instructions executed per byte by Extractor::Extract over
# ../shared/corpus, per language, counted exactly by valgrind's callgrind (only inside
# Extractor::Extract: corpus and model loading are not counted). Unlike MB/s the count does not
# depend on the machine's load, so it compares two versions of the code on a busy machine, and
# it works where perf has no hardware counters (virtual machines).
#
#   tools/bench/count_instructions.sh [BENCH_BINARY] [MODE...]
#     BENCH_BINARY  default build/tools/bench/newsfacts_bench_extract
#     MODE          figures | full (default: both)
# Prints one line per language and mode: "<lang> <mode> <instructions> <bytes> <instr/byte>".
# Needs valgrind. Keep --toggle-collect in step with Extractor::Extract's signature.
# Environment: SHARED (default: ../shared next to the checkout), like tools/score; a checkout
# elsewhere (a git worktree) names it.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
bin="${1:-$root/build/tools/bench/newsfacts_bench_extract}"
corpus="${SHARED:-$root/../shared}/corpus"
[[ -d $corpus ]] || { echo "count_instructions: no corpus at $corpus (set SHARED)" >&2; exit 2; }
shift || true
modes=("$@"); [[ ${#modes[@]} -eq 0 ]] && modes=(figures full)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for mode in "${modes[@]}"; do
  flags=(); [[ $mode == full ]] && flags=(--entities)
  for lang in de es en; do
    out=$(valgrind --tool=callgrind --callgrind-out-file="$tmp/cg" \
            --toggle-collect='newsfacts::extract::Extractor::Extract(*' \
            "$bin" --corpus "$corpus" --rounds 1 --lang "$lang" "${flags[@]}" 2>"$tmp/err")
    ir=$(sed -n 's/^summary: //p' "$tmp/cg")
    bytes=$(sed -n 's/.* bytes=\([0-9]*\) .*/\1/p' <<<"$out")
    awk -v l="$lang" -v m="$mode" -v i="$ir" -v b="$bytes" \
      'BEGIN { printf "%s %-7s %d %d %.1f\n", l, m, i, b, i / b }'
  done
done
