#!/usr/bin/env bash
# Whole-process timing of the command-line tool over a generated corpus.
#   bash bench/measure-cli.sh [COUNT] [RUNS] [PROFILE]
# Builds the tool and the generator in Release, writes the corpus (seed 42) under
# artifacts/corpus-COUNT, runs the tool RUNS times, and prints each run's wall time and peak
# memory (GNU time's maximum resident set size), then the median wall time.
set -euo pipefail
count="${1:-10000}"
runs="${2:-5}"
profile="${3:-default}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$root/artifacts/corpus-$profile-$count"

for project in src/Tamer.Spec.Cli bench/Tamer.Spec.Benchmarks; do
  if ! build_log=$(dotnet build "$root/$project" -c Release -v quiet -nologo 2>&1); then
    echo "$build_log" >&2
    exit 1
  fi
done
cli="$root/src/Tamer.Spec.Cli/bin/Release/net10.0/dotnet-tamer-lint.dll"
dotnet "$root/bench/Tamer.Spec.Benchmarks/bin/Release/net10.0/Tamer.Spec.Benchmarks.dll" generate --count "$count" --profile "$profile" --out "$corpus"

echo "command: dotnet $(realpath --relative-to="$root" "$cli") $(realpath --relative-to="$root" "$corpus")"
walls=()
for _ in $(seq "$runs"); do
  if [ -x /usr/bin/time ]; then
    stats=$(mktemp)
    /usr/bin/time -o "$stats" -f "%e %M" dotnet "$cli" "$corpus" >/dev/null 2>&1 || true
    line=$(tail -n 1 "$stats"); rm -f "$stats"
    wall=${line% *}; rss=${line#* }
    echo "wall ${wall} s, peak ${rss} KB"
  else
    start=$(date +%s.%N); dotnet "$cli" "$corpus" >/dev/null 2>&1 || true; end=$(date +%s.%N)
    wall=$(echo "$end - $start" | bc); echo "wall ${wall} s"
  fi
  walls+=("$wall")
done
printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print "median wall " a[int((NR+1)/2)] " s over " NR " runs"}'
