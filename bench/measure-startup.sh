#!/usr/bin/env bash
# A one-file run from a cold start: `tamer-lint lint FILE` on one Work Item of the realistic corpus,
# in a folder of its own outside any repository, against the peer (markdownlint-cli2 with a Work
# Item rule, bench/peer) on the same file, in pairs: tool, peer, tool, peer, ...
#   bash bench/measure-startup.sh [RUNS]
# RUNS defaults to 7. Prints every pair, then the medians and the median of the pairs' ratios.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/measure-common.sh"
runs="${1:-7}"

build_generator
build_tool
install_peer
corpus realistic 100
folder=$(mktemp -d)
trap 'rm -rf "$folder"' EXIT
cp "$(find "$corpus/work-items" -name '*.md' | sort | head -n 1)" "$folder/work-item.md"
cd "$folder"

tools=(); peers=(); ratios=()
for run in $(seq "$runs"); do
  read -r tool_wall tool_peak tool_cpu tool_status <<<"$(timed "$tool" lint work-item.md)"
  read -r peer_wall peer_peak peer_cpu peer_status <<<"$(timed "${peer[@]}" work-item.md)"
  echo "pair $run: tool $tool_wall s (cpu $tool_cpu s, $tool_peak KB, exit $tool_status), peer $peer_wall s (cpu $peer_cpu s, $peer_peak KB, exit $peer_status)"
  tools+=("$tool_wall"); peers+=("$peer_wall")
  ratios+=("$(awk -v a="$tool_wall" -v b="$peer_wall" 'BEGIN { printf "%.3f", a / b }')")
done

echo
echo "median wall: tool $(printf '%s\n' "${tools[@]}" | median) s, peer $(printf '%s\n' "${peers[@]}" | median) s; median of tool/peer: $(printf '%s\n' "${ratios[@]}" | median)"
