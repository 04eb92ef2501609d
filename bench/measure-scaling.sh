#!/usr/bin/env bash
# How the lint grows with the repository: `tamer-lint lint .` over the busy corpus at two sizes,
# runs of the two alternating.
#   bash bench/measure-scaling.sh [SMALL] [LARGE] [RUNS] [PROFILE]
# SMALL and LARGE default to 10000 and 100000 Work Items, RUNS to 3, PROFILE to busy. Prints every
# run (wall seconds, peak resident kilobytes), then the medians and the ratio of the two walls.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/measure-common.sh"
small="${1:-10000}"
large="${2:-100000}"
runs="${3:-3}"
profile="${4:-busy}"

build_generator
build_tool
corpus "$profile" "$small"; small_corpus="$corpus"
corpus "$profile" "$large"; large_corpus="$corpus"

small_walls=(); large_walls=(); small_peaks=(); large_peaks=()
for run in $(seq "$runs"); do
  read -r wall peak cpu status <<<"$(cd "$small_corpus" && timed "$tool" lint .)"
  echo "run $run, $small Work Items: wall $wall s, peak $peak KB, cpu $cpu s, exit $status"
  small_walls+=("$wall"); small_peaks+=("$peak")
  read -r wall peak cpu status <<<"$(cd "$large_corpus" && timed "$tool" lint .)"
  echo "run $run, $large Work Items: wall $wall s, peak $peak KB, cpu $cpu s, exit $status"
  large_walls+=("$wall"); large_peaks+=("$peak")
done

small_wall=$(printf '%s\n' "${small_walls[@]}" | median)
large_wall=$(printf '%s\n' "${large_walls[@]}" | median)
echo
echo "median wall: $small Work Items $small_wall s (peak $(printf '%s\n' "${small_peaks[@]}" | median) KB), $large Work Items $large_wall s (peak $(printf '%s\n' "${large_peaks[@]}" | median) KB); ratio $(awk -v a="$large_wall" -v b="$small_wall" 'BEGIN { printf "%.2f", a / b }')"
