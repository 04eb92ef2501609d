# Shared by the whole-process benchmarks (source it): the tool as it ships, the peer, corpora,
# and a timed run.
#
#   build_tool       publishes the command-line tool ReadyToRun for this machine's platform (what
#                    the platform's tool package holds) to artifacts/bench-tool; sets $tool
#   install_peer     installs markdownlint-cli2 and js-yaml with npm into artifacts/bench-peer,
#                    beside the Work Item rule and its configuration from bench/peer; sets $peer
#   corpus P N [..]  writes the generator's corpus (seed 42) of profile P with N items, plus any
#                    generator knobs, to artifacts/corpus-P-N, a repository of its own; sets $corpus
#   timed CMD...     runs CMD with its output in artifacts/bench-output; prints "WALL PEAK_KB CPU EXIT"
#                    (wall and processor seconds, user and system; on a busy machine processor time
#                    moves less than wall time)
#   median           the median of the numbers on standard input
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
artifacts="$root/artifacts"

build_tool() {
  local rid
  rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"
  if ! log=$(dotnet publish "$root/src/Tamer.Spec.Cli" -c Release -r "$rid" --self-contained false \
      -p:PublishReadyToRun=true -o "$artifacts/bench-tool" -nologo -v quiet 2>&1); then
    echo "$log" >&2
    exit 1
  fi
  tool="$artifacts/bench-tool/dotnet-tamer-lint"
}

install_peer() {
  mkdir -p "$artifacts/bench-peer"
  cp "$root/bench/peer/package.json" "$root/bench/peer/package-lock.json" "$root/bench/peer/work-item-rule.cjs" "$root/bench/peer/.markdownlint-cli2.jsonc" "$artifacts/bench-peer/"
  if [ ! -d "$artifacts/bench-peer/node_modules/markdownlint-cli2" ]; then
    (cd "$artifacts/bench-peer" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
  peer=(node "$artifacts/bench-peer/node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs" --config "$artifacts/bench-peer/.markdownlint-cli2.jsonc")
}

build_generator() {
  if ! log=$(dotnet build "$root/bench/Tamer.Spec.Benchmarks" -c Release -v quiet -nologo 2>&1); then
    echo "$log" >&2
    exit 1
  fi
  generator="$root/bench/Tamer.Spec.Benchmarks/bin/Release/net10.0/Tamer.Spec.Benchmarks.dll"
}

corpus() {
  local profile="$1" count="$2"
  shift 2
  corpus="$artifacts/corpus-$profile-$count"
  dotnet "$generator" generate --count "$count" --profile "$profile" --out "$corpus" "$@" >/dev/null
  # A repository of its own: the tool takes it as the repository root and looks no further up.
  git -C "$corpus" init -q 2>/dev/null || mkdir -p "$corpus/.git"
}

timed() {
  local stats start end status
  stats=$(mktemp)
  mkdir -p "$artifacts/bench-output"
  start=$(date +%s%N)
  set +e
  /usr/bin/time -o "$stats" -f "%M %U %S" "$@" >"$artifacts/bench-output/stdout" 2>"$artifacts/bench-output/stderr"
  status=$?
  set -e
  end=$(date +%s%N)
  read -r peak user system < <(tail -n 1 "$stats")
  printf '%s %s %s %s\n' "$(awk -v ns=$((end - start)) 'BEGIN { printf "%.3f", ns / 1e9 }')" "$peak" "$(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }')" "$status"
  rm -f "$stats"
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) printf "%.3f\n", v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
