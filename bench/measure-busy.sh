#!/usr/bin/env bash
# `tamer-lint lint .` over a generated repository in the three report formats, and the peer a
# user would pick instead (markdownlint-cli2 with a Work Item rule, bench/peer) over the same
# files, in one paired run: each round runs text, JSON, SARIF and the peer in turn, so a machine
# that slows down during the run slows all four alike.
#   bash bench/measure-busy.sh [PROFILE] [COUNT] [RUNS] [generator knobs...]
# PROFILE is realistic (the default) or busy (a third of the items active, three files written by
# 240 active items each); COUNT defaults to 10000, RUNS to 5. Prints every run (wall seconds, peak
# resident kilobytes, processor seconds, exit code), then the medians and each run's ratio to text.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/measure-common.sh"
profile="${1:-realistic}"
count="${2:-10000}"
runs="${3:-5}"
shift $(($# < 3 ? $# : 3))

build_generator
build_tool
install_peer
corpus "$profile" "$count" "$@"
cd "$corpus"
echo "corpus: $(realpath --relative-to="$root" "$corpus") ($profile, $count Work Items); tool: $(realpath --relative-to="$root" "$tool"); peer: markdownlint-cli2 $(node -p "require('$artifacts/bench-peer/node_modules/markdownlint-cli2/package.json').version")"

declare -A walls peaks cpus
names=(text json sarif peer)
for round in $(seq "$runs"); do
  for name in "${names[@]}"; do
    case "$name" in
      text) result=$(timed "$tool" lint .) ;;
      json) result=$(timed "$tool" lint . --format json) ;;
      sarif) result=$(timed "$tool" lint . --format sarif) ;;
      peer) result=$(timed "${peer[@]}" "work-items/**/*.md") ;;
    esac
    read -r wall peak cpu status <<<"$result"
    echo "round $round $name: wall $wall s, peak $peak KB, cpu $cpu s, exit $status, output $(wc -c <"$artifacts/bench-output/stdout") bytes"
    walls[$name]+="$wall "
    peaks[$name]+="$peak "
    cpus[$name]+="$cpu "
  done
done

echo
echo "| run | median wall (s) | wall / text | median cpu (s) | cpu / text | median peak (MB) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
text=$(tr ' ' '\n' <<<"${walls[text]}" | grep . | median)
text_cpu=$(tr ' ' '\n' <<<"${cpus[text]}" | grep . | median)
for name in "${names[@]}"; do
  wall=$(tr ' ' '\n' <<<"${walls[$name]}" | grep . | median)
  cpu=$(tr ' ' '\n' <<<"${cpus[$name]}" | grep . | median)
  peak=$(tr ' ' '\n' <<<"${peaks[$name]}" | grep . | median)
  printf '| %s | %s | %.2f | %s | %.2f | %.0f |\n' "$name" "$wall" "$(awk -v a="$wall" -v b="$text" 'BEGIN { print a / b }')" "$cpu" "$(awk -v a="$cpu" -v b="$text_cpu" 'BEGIN { print a / b }')" "$(awk -v k="$peak" 'BEGIN { print k / 1024 }')"
done
