#!/usr/bin/env bash
# Coverage-guided fuzzing of the engine with afl++ and SharpFuzz.
#   bash fuzz/run.sh SECONDS TARGET...     e.g. nice -n 19 bash fuzz/run.sh 1200 workitem config fix
# Targets: workitem (parse and lint with every built-in pack), config (.tamer.yml), fix (--fix's
# safe fixes). Each target runs for SECONDS, one after the other, on the same instrumented build.
# Needs afl++ (Debian: apt-get install afl++); the SharpFuzz instrumenter is the repository's local
# dotnet tool. Results go to FUZZ_OUTPUT (default artifacts/fuzz): per target the afl-fuzz output
# folder and a summary line. Inputs that crashed or hung are copied to FUZZ_OUTPUT/findings/TARGET;
# keep each one under fuzz/findings/TARGET with a regression test once it is fixed.
# Exit code: 0 when no target found a crash or a hang, 1 when one did, 2 on a usage error.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
output="${FUZZ_OUTPUT:-$root/artifacts/fuzz}"
timeout_ms="${FUZZ_TIMEOUT_MS:-2000}"

if [ "$#" -lt 2 ] || ! [[ "$1" =~ ^[0-9]+$ ]]; then
  echo "usage: bash fuzz/run.sh SECONDS TARGET... (targets: workitem, config, fix)" >&2
  exit 2
fi
seconds="$1"
shift
for target in "$@"; do
  case "$target" in
    workitem|config|fix) ;;
    *) echo "unknown target '$target' (targets: workitem, config, fix)" >&2; exit 2 ;;
  esac
done

command -v afl-fuzz >/dev/null || { echo "afl-fuzz is not installed (Debian: apt-get install afl++)" >&2; exit 2; }

# The fuzzing program, published once, with the engine, the rule packs and the YAML reader
# instrumented. FUZZ_CONFIGURATION=Debug publishes what `dotnet build` of the solution already
# built (CI's smoke pass), without building again.
build="$output/bin"
rm -rf "$build"
mkdir -p "$output"
configuration="${FUZZ_CONFIGURATION:-Release}"
publish=(publish "$root/fuzz/Tamer.Spec.Fuzz/Tamer.Spec.Fuzz.csproj" -c "$configuration" -o "$build" -nologo -v quiet)
if [ "$configuration" = Debug ]; then publish+=(--no-build); fi
dotnet "${publish[@]}"
(cd "$root" && dotnet tool restore >/dev/null)
for dll in "$build"/Tamer.Spec.dll "$build"/Tamer.Spec.Rules*.dll "$build"/YamlDotNet.dll; do
  (cd "$root" && dotnet sharpfuzz "$dll" >/dev/null)
done

# Seeds: the repository's example and fixture Work Items (or configurations) under 4 KiB, the
# hand-written seeds of fuzz/seeds/TARGET, the corpus kept from earlier runs (fuzz/corpus/TARGET)
# and every kept finding.
seed() {
  local target="$1" folder="$2"
  rm -rf "$folder"
  mkdir -p "$folder"
  local pattern='*.md'
  local extra="$root/fuzz/seeds/$target"
  if [ "$target" = config ]; then pattern='.tamer.y*ml'; fi
  find "$root/examples" "$root/tests" "$root/rules" -type f -name "$pattern" -size -4k \
      \( -path '*/fixtures/*' -o -path '*/examples/*' \) -not -path '*/bin/*' -not -path '*/obj/*' -print0 |
    while IFS= read -r -d '' file; do
      cp "$file" "$folder/$(printf '%s' "${file#"$root"/}" | tr '/' '_')"
    done
  for kept in "$extra" "$root/fuzz/corpus/$target" "$root/fuzz/findings/$target"; do
    if [ -d "$kept" ]; then
      find "$kept" -maxdepth 1 -type f -exec cp {} "$folder/" \;
    fi
  done
}

stat_of() { sed -n "s/^$1 *: *//p" "$2"; }

found=0
summary=()
for target in "$@"; do
  dictionary="$root/fuzz/dictionaries/work-item.dict"
  if [ "$target" = config ]; then dictionary="$root/fuzz/dictionaries/configuration.dict"; fi
  seed "$target" "$output/seeds/$target"
  rm -rf "$output/$target"
  echo "fuzzing $target for $seconds s ($(ls "$output/seeds/$target" | wc -l) seeds)"
  AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
  AFL_FAST_CAL=1 \
    afl-fuzz -i "$output/seeds/$target" -o "$output/$target" -x "$dictionary" -t "$timeout_ms" -m none -V "$seconds" \
      -- dotnet "$build/Tamer.Spec.Fuzz.dll" "$target" > "$output/$target.log" 2>&1 || {
        echo "afl-fuzz failed on $target; its log:" >&2
        tail -n 30 "$output/$target.log" >&2
        exit 2
      }
  stats="$output/$target/default/fuzzer_stats"
  crashes=$(stat_of saved_crashes "$stats")
  hangs=$(stat_of saved_hangs "$stats")
  mkdir -p "$output/findings/$target"
  for kind in crashes hangs; do
    find "$output/$target/default/$kind" -type f -name 'id:*' -exec cp {} "$output/findings/$target/" \; 2>/dev/null || true
  done
  line="$target: $(stat_of run_time "$stats") s, $(stat_of execs_done "$stats") executions, $(stat_of corpus_count "$stats") paths, $crashes crashes, $hangs hangs"
  echo "$line"
  summary+=("$line")
  if [ "$crashes" != 0 ] || [ "$hangs" != 0 ]; then found=1; fi
done

printf '%s\n' "${summary[@]}" > "$output/summary.txt"
echo "summary in $output/summary.txt"
exit "$found"
