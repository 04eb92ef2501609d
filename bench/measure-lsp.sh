#!/usr/bin/env bash
# How soon `tamer-lint lsp` publishes the diagnostics of a change, from the client's side: one
# server process, one Work Item opened, ROUNDS changes that alternately fix and restore a status
# typo (TMR0007), each timed from the didChange to the publishDiagnostics of its version (the 100 ms
# debounce included). Measured in the examples folder and in a generated workspace of COUNT items,
# there both with a client that watches files for the server (the server keeps its plan) and one
# that does not (the server plans every lint).
#   bash bench/measure-lsp.sh [COUNT] [ROUNDS]
# COUNT defaults to 1000 Work Items, ROUNDS to 31. Prints the open, then the median, the 90th
# percentile and the slowest change, in milliseconds.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/measure-common.sh"
count="${1:-1000}"
rounds="${2:-31}"

build_generator
build_tool
corpus realistic "$count"
dotnet build "$root/examples/rule-pack/src" -c Release -v quiet -nologo >/dev/null

report() {
  node -e '
    const out = JSON.parse(require("fs").readFileSync(0, "utf8"));
    if (!out.typoCleared) { console.error("a change that fixed the typo still reported TMR0007"); process.exit(1); }
    const sorted = [...out.changes].sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    console.log(`${process.argv[1]}: open ${out.open.toFixed(1)} ms; ${sorted.length} changes: median ${median.toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`);
  ' "$1"
}

node "$root/bench/lsp/change-latency.mjs" "$root/examples" "$root/examples/work-items/reports-csv-export.md" "$rounds" "$tool" | report "examples (6 Work Items)"
target=$(cd "$corpus" && find . -name '*.md' -not -path './.git/*' | sort | head -n 1)
node "$root/bench/lsp/change-latency.mjs" "$corpus" "$corpus/${target#./}" "$rounds" "$tool" | report "generated workspace ($count Work Items), no watched files"
WATCH=1 node "$root/bench/lsp/change-latency.mjs" "$corpus" "$corpus/${target#./}" "$rounds" "$tool" | report "generated workspace ($count Work Items), watched files"
