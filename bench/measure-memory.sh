#!/usr/bin/env bash
# What the invariants registry and the rejected-designs log add to a whole lint, paired.
#   bash bench/measure-memory.sh [COUNT] [ROUNDS] [INVARIANTS] [DESIGNS] [SPREAD] [PROFILE] [TOOL ARGS...]
# PROFILE is the generator's corpus profile (default: default; busy has a third of the items active);
# TOOL ARGS are passed to both runs (`--rule "memory=[1.0.0]"` measures the pinned 1.0.0).
# Publishes the tool as it ships, writes the generator's corpus of COUNT Work Items (seed 42), and
# a copy of it with INVARIANTS registry entries (invariants/INV-*.md) and DESIGNS rejected-design
# records (decisions/rejected/RD-*.md), as described below. Each round lints both, in turn, with the tool on the
# whole folder; it prints each run, then the medians and the overhead of the registry and the log.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/measure-common.sh"
count="${1:-10000}"
rounds="${2:-5}"
invariants="${3:-200}"
designs="${4:-500}"
# wide: each invariant governs src/<module>/file<k>?.ts, about one corpus write path in five (most
# Work Items get a TMR7001, as in a repository whose Work Items name none of their invariants);
# narrow: the same globs ending in .tsx, which no corpus file has (the index and the exact overlap
# test still run on every write path, and no Work Item is reported).
spread="${5:-wide}"
profile="${6:-default}"
shift $(($# < 6 ? $# : 6))
tool_args=("$@")
extension=".ts"
if [ "$spread" = narrow ]; then extension=".tsx"; fi

build_tool
build_generator
corpus "$profile" "$count"
plain="$corpus"
remembered="$artifacts/corpus-memory-$profile-$count"
rm -rf "$remembered"
cp -r "$plain" "$remembered"
mkdir -p "$remembered/invariants" "$remembered/decisions/rejected"

# The registry: INVARIANTS entries spread over the modules the corpus writes to, each governing a
# tenth of a module's files (src/api/file17?.ts: file17 and file170-file179), so that about one
# write path in five is governed, as in a repository whose registry covers its sensitive code.
grep -rhoE '^  write: \[[^]]*\]' "$plain" | grep -oE 'src/[a-z]+/' | sort -u > "$artifacts/bench-output-modules.txt"
awk -v out="$remembered/invariants" -v n="$invariants" -v ext="$extension" '{ m[NR] = $0 } END {
  for (i = 1; i <= n; i++) {
    id = sprintf("INV-BENCH-%03d", i)
    file = out "/" id ".md"
    module = m[(i - 1) % NR + 1]
    print "---" > file
    print "id: " id > file
    print "statement: the code in " module "file" (10 + int((i - 1) / NR)) "? keeps invariant " i > file
    print "consequence: a change there breaks what invariant " i " protects" > file
    print "applies_to: [\"" module "file" (10 + int((i - 1) / NR)) "?" ext "\"]" > file
    print "owner: bench" > file
    print "---" > file
    close(file)
  }
}' "$artifacts/bench-output-modules.txt"

# The log: DESIGNS records, each a title of two words the corpus's titles use and three words of
# its own (a design nobody proposes again), and one in a hundred the title of a corpus Work Item
# with two words more (a design Work Items do propose again).
grep -rhE '^title: ' "$plain" | sed -E 's/^title: //; s/"//g' | sort -u > "$artifacts/bench-output-titles.txt"
tr ' ' '\n' < "$artifacts/bench-output-titles.txt" | tr 'A-Z' 'a-z' | grep -E '^[a-z]{4,}$' | sort -u > "$artifacts/bench-output-words.txt"
awk -v out="$remembered/decisions/rejected" -v n="$designs" -v titles="$artifacts/bench-output-titles.txt" 'BEGIN { srand(42); while ((getline t < titles) > 0) title[++nt] = t } { w[NR] = $0 } END {
  for (i = 1; i <= n; i++) {
    id = sprintf("RD-%04d", i)
    file = out "/" id ".md"
    if (i % 100 == 0) {
      heading = title[int(rand() * nt) + 1] " with a sidecar"
    } else {
      heading = w[int(rand() * NR) + 1] " " sprintf("zeta%04d", i) " with " w[int(rand() * NR) + 1] " " sprintf("omicron%04d", i) " " sprintf("kappa%04d", i)
    }
    print "---" > file
    print "id: " id > file
    print "title: " heading > file
    print "status: rejected" > file
    print "decided: 2026-01-01" > file
    print "reason: measured for the benchmark" > file
    print "keywords: [" sprintf("sigma%04d", i) "]" > file
    print "---" > file
    close(file)
  }
}' "$artifacts/bench-output-words.txt"
echo "profile: $profile; tool arguments: ${tool_args[*]:-(none)}; spread: $spread; registry: $(ls "$remembered/invariants" | wc -l) invariants; log: $(ls "$remembered/decisions/rejected" | wc -l) rejected designs; $count Work Items"

# One warm-up of each, then pairs (without, with); the medians of the pairs' ratios even out
# other work on the machine.
timed "$tool" "$plain" "${tool_args[@]}" >/dev/null
timed "$tool" "$remembered" "${tool_args[@]}" >/dev/null
wall_ratios=(); cpu_ratios=(); plain_walls=(); memory_walls=()
for round in $(seq "$rounds"); do
  read -r wall_a peak_a cpu_a status_a < <(timed "$tool" "$plain" "${tool_args[@]}")
  read -r wall_b peak_b cpu_b status_b < <(timed "$tool" "$remembered" "${tool_args[@]}")
  echo "pair $round: without wall $wall_a s, cpu $cpu_a s, peak $peak_a KB, exit $status_a; with wall $wall_b s, cpu $cpu_b s, peak $peak_b KB, exit $status_b"
  plain_walls+=("$wall_a"); memory_walls+=("$wall_b")
  wall_ratios+=("$(awk -v a="$wall_a" -v b="$wall_b" 'BEGIN { printf "%.4f", b / a }')")
  cpu_ratios+=("$(awk -v a="$cpu_a" -v b="$cpu_b" 'BEGIN { printf "%.4f", b / a }')")
done
echo "median wall without $(printf '%s\n' "${plain_walls[@]}" | median) s, with $(printf '%s\n' "${memory_walls[@]}" | median) s over $rounds pairs"
echo "median ratio with/without: wall $(printf '%s\n' "${wall_ratios[@]}" | median), processor $(printf '%s\n' "${cpu_ratios[@]}" | median)"
echo "memory diagnostics in the last run with the registry and the log:"
grep -hoE 'TMR70[0-9]{2}' "$artifacts/bench-output/stdout" | sort | uniq -c || true
