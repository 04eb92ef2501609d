#!/usr/bin/env bash
# What the invariants registry and the rejected-designs log add to a whole lint, paired.
#   bash bench/measure-memory.sh [COUNT] [ROUNDS] [INVARIANTS] [DESIGNS]
# Publishes the tool as it ships, writes the generator's corpus of COUNT Work Items (seed 42), and
# a copy of it with INVARIANTS registry entries (invariants/INV-*.md, each applies_to one folder
# the corpus writes to) and DESIGNS rejected-design records (decisions/rejected/RD-*.md, titles
# made of words the corpus's titles use). Each round lints both, in turn, with the tool on the
# whole folder; it prints each run, then the medians and the overhead of the registry and the log.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/measure-common.sh"
count="${1:-10000}"
rounds="${2:-5}"
invariants="${3:-200}"
designs="${4:-500}"

build_tool
build_generator
corpus default "$count"
plain="$corpus"
remembered="$artifacts/corpus-memory-$count"
rm -rf "$remembered"
cp -r "$plain" "$remembered"
mkdir -p "$remembered/invariants" "$remembered/decisions/rejected"

# The folders the corpus writes to (the parent of each write path), most written first.
grep -rhoE '^  write: \[[^]]*\]' "$plain" | sed -E 's/^  write: \[//; s/\]$//' | tr ',' '\n' | sed -E 's/^ *//; s/ *$//' \
  | awk -F/ 'NF > 2 { $NF = ""; sub(/ $/, ""); gsub(/ /, "/"); print }' | sort | uniq -c | sort -rn | awk '{ print $2 }' \
  | head -n "$invariants" > "$artifacts/bench-output-folders.txt" || true
awk -v out="$remembered/invariants" '{
  id = sprintf("INV-BENCH-%03d", NR)
  file = out "/" id ".md"
  print "---" > file
  print "id: " id > file
  print "statement: the code under " $0 " keeps invariant number " NR > file
  print "consequence: a change there breaks what invariant " NR " protects" > file
  print "applies_to: [\"" $0 "/**\"]" > file
  print "owner: bench" > file
  print "---" > file
  close(file)
}' "$artifacts/bench-output-folders.txt"

# Titles' words, without the shortest ones, as the vocabulary of the rejected designs.
grep -rhE '^title: ' "$plain" | sed -E 's/^title: //; s/"//g' | tr ' ' '\n' | tr 'A-Z' 'a-z' | grep -E '^[a-z]{4,}$' | sort -u > "$artifacts/bench-output-words.txt"
awk -v out="$remembered/decisions/rejected" -v n="$designs" 'BEGIN { srand(42) } { w[NR] = $0 } END {
  for (i = 1; i <= n; i++) {
    id = sprintf("RD-%04d", i)
    file = out "/" id ".md"
    title = w[int(rand() * NR) + 1] " " w[int(rand() * NR) + 1] " with " w[int(rand() * NR) + 1] " " w[int(rand() * NR) + 1]
    print "---" > file
    print "id: " id > file
    print "title: " title > file
    print "status: rejected" > file
    print "decided: 2026-01-01" > file
    print "reason: measured for the benchmark" > file
    print "keywords: [" w[int(rand() * NR) + 1] "]" > file
    print "---" > file
    close(file)
  }
}' "$artifacts/bench-output-words.txt"
echo "registry: $(ls "$remembered/invariants" | wc -l) invariants; log: $(ls "$remembered/decisions/rejected" | wc -l) rejected designs; $count Work Items"

# One warm-up of each, then pairs (without, with); the medians of the pairs' ratios even out
# other work on the machine.
timed "$tool" "$plain" >/dev/null
timed "$tool" "$remembered" >/dev/null
wall_ratios=(); cpu_ratios=(); plain_walls=(); memory_walls=()
for round in $(seq "$rounds"); do
  read -r wall_a peak_a cpu_a status_a < <(timed "$tool" "$plain")
  read -r wall_b peak_b cpu_b status_b < <(timed "$tool" "$remembered")
  echo "pair $round: without wall $wall_a s, cpu $cpu_a s, peak $peak_a KB, exit $status_a; with wall $wall_b s, cpu $cpu_b s, peak $peak_b KB, exit $status_b"
  plain_walls+=("$wall_a"); memory_walls+=("$wall_b")
  wall_ratios+=("$(awk -v a="$wall_a" -v b="$wall_b" 'BEGIN { printf "%.4f", b / a }')")
  cpu_ratios+=("$(awk -v a="$cpu_a" -v b="$cpu_b" 'BEGIN { printf "%.4f", b / a }')")
done
echo "median wall without $(printf '%s\n' "${plain_walls[@]}" | median) s, with $(printf '%s\n' "${memory_walls[@]}" | median) s over $rounds pairs"
echo "median ratio with/without: wall $(printf '%s\n' "${wall_ratios[@]}" | median), processor $(printf '%s\n' "${cpu_ratios[@]}" | median)"
echo "memory diagnostics in the last run with the registry and the log:"
grep -hoE 'TMR70[0-9]{2}' "$artifacts/bench-output/stdout" | sort | uniq -c || true
