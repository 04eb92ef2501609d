#!/usr/bin/env bash
# tamer-lint metrics over a long history: the generator's history command writes a repository of
# COMMITS commits spread over WEEKS weeks that bring in COUNT Work Items (the realistic profile,
# seed 42), then `metrics --since WEEKS w --format json` runs RUNS times in it.
#   bash bench/measure-metrics.sh [COUNT] [COMMITS] [WEEKS] [RUNS]
# Defaults: 5000 Work Items, 2000 commits, 52 weeks, 5 runs. Prints every run (wall seconds, peak
# resident kilobytes, processor seconds), then the medians.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/measure-common.sh"
count="${1:-5000}"
commits="${2:-2000}"
weeks="${3:-52}"
runs="${4:-5}"

build_generator
build_tool
history="$artifacts/history-$count-$commits-$weeks"
dotnet "$generator" history --count "$count" --commits "$commits" --weeks "$weeks" --out "$history"

walls=(); peaks=(); cpus=()
for run in $(seq "$runs"); do
  read -r wall peak cpu status <<<"$(cd "$history" && timed "$tool" metrics --since "${weeks}w" --format json)"
  echo "run $run: wall $wall s, peak $peak KB, cpu $cpu s, exit $status"
  walls+=("$wall"); peaks+=("$peak"); cpus+=("$cpu")
done

echo
echo "median over $runs runs: wall $(printf '%s\n' "${walls[@]}" | median) s, peak $(printf '%s\n' "${peaks[@]}" | median) KB, cpu $(printf '%s\n' "${cpus[@]}" | median) s"
