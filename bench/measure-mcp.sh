#!/usr/bin/env bash
# How fast `tamer-lint mcp` answers `lint` on one Work Item of a large workspace, measured from
# the client's side with the reference TypeScript client (@modelcontextprotocol/sdk): one server
# process, CALLS calls in a row over stdio, each timed from request to answer. The first call
# reads and parses the workspace; the others find it parsed.
#   bash bench/measure-mcp.sh [COUNT] [CALLS] [PROFILE]
# COUNT defaults to 1000 Work Items, CALLS to 31, PROFILE to realistic. Prints the first call, the
# median, the 90th percentile and the slowest of the others, in milliseconds.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/measure-common.sh"
count="${1:-1000}"
calls="${2:-31}"
profile="${3:-realistic}"

build_generator
build_tool
corpus "$profile" "$count"
npm ci --prefix "$root/tests/mcp-client" --no-audit --no-fund --loglevel=error >/dev/null

target=$(cd "$corpus" && find . -name '*.md' -not -path './.git/*' | sort | head -n 1)
target="${target#./}"
steps=$(mktemp)
printf '[{"op":"time","name":"lint","arguments":{"path":"%s"},"count":%s}]\n' "$target" "$calls" >"$steps"
result=$(node "$root/tests/mcp-client/client.mjs" "$steps" stdio "$tool" mcp --root "$corpus")
rm -f "$steps"

echo "$result" | node -e '
  const out = JSON.parse(require("fs").readFileSync(0, "utf8"));
  const step = out.results.find((r) => r.op === "time");
  if (!step || !step.result || !step.result.ms) { console.error(JSON.stringify(out)); process.exit(1); }
  const [first, ...rest] = step.result.ms;
  const sorted = [...rest].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  console.log(`lint of ${process.argv[1]} in ${process.argv[2]} Work Items: first ${first.toFixed(1)} ms; next ${rest.length}: median ${median.toFixed(1)} ms, p90 ${at(0.9).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`);
' "$target" "$count"
