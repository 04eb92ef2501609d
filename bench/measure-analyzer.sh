#!/usr/bin/env bash
# What the analyzer adds to a build: the time -p:ReportAnalyzer=true reports for the
# Tamer.Spec.Analyzers assembly, for a class library with COUNT Work Items and with none.
#   bash bench/measure-analyzer.sh [COUNT] [RUNS] [cold|warm]
# Packs Tamer.Spec.Analyzers (Release) to a private feed in a temporary folder (outside the
# repository, whose build settings must not apply to the consumers), writes two consumer projects (the generator's corpus, seed 42, and no Work Items), restores them, then
# builds each RUNS times with --no-incremental. "cold" (the default) starts a fresh compiler for
# every build (UseSharedCompilation=false), so the analyzer's start-up and JIT are counted, as on
# a CI machine; "warm" uses the compiler server, as repeated builds on a workstation do.
set -euo pipefail
count="${1:-1000}"
runs="${2:-5}"
mode="${3:-cold}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${TMPDIR:-/tmp}/tamer-analyzer-bench"
version="0.0.0-bench.$(date +%s)"
shared=$([ "$mode" = "warm" ] && echo true || echo false)

rm -rf "$work"
mkdir -p "$work/feed"
dotnet pack "$root/src/Tamer.Spec.Analyzers.Package" -c Release -o "$work/feed" -nologo -v quiet "-p:Version=$version" >/dev/null
dotnet build "$root/bench/Tamer.Spec.Benchmarks" -c Release -v quiet -nologo >/dev/null
generator="$root/bench/Tamer.Spec.Benchmarks/bin/Release/net10.0/Tamer.Spec.Benchmarks.dll"

consumer() {
  local folder="$1"
  mkdir -p "$folder"
  cat > "$folder/nuget.config" <<CONFIG
<configuration>
  <packageSources><clear /><add key="bench" value="$work/feed" /><add key="nuget.org" value="https://api.nuget.org/v3/index.json" /></packageSources>
  <config><add key="globalPackagesFolder" value="$work/packages" /></config>
</configuration>
CONFIG
  cat > "$folder/Consumer.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><WarningsAsErrors>\$(WarningsAsErrors);AD0001</WarningsAsErrors></PropertyGroup>
  <ItemGroup><PackageReference Include="Tamer.Spec.Analyzers" Version="$version" PrivateAssets="all" /></ItemGroup>
</Project>
PROJECT
  printf 'namespace Consumer;\n\npublic static class Library\n{\n    public static int Answer => 42;\n}\n' > "$folder/Library.cs"
}

# The analyzer's line in the "Total analyzer execution time" table of a detailed build log.
analyzer_seconds() {
  awk '/Total analyzer execution time/ {section = 1} /Total generator execution time/ {section = 0}
       section && !found && /Tamer\.Spec\.Analyzers, Version/ {value = $1; sub(/^</, "", value); print value; found = 1}'
}

measure() {
  local folder="$1" label="$2"
  dotnet restore "$folder" -nologo -v quiet >/dev/null
  if [ "$mode" = "warm" ]; then
    dotnet build "$folder" --no-restore --no-incremental -nologo -v quiet >/dev/null 2>&1 || true
  fi
  local values=()
  for _ in $(seq "$runs"); do
    local log seconds
    log=$(dotnet build "$folder" --no-restore --no-incremental -nologo -v:d -p:ReportAnalyzer=true "-p:UseSharedCompilation=$shared" 2>&1 || true)
    if echo "$log" | grep -Eq "(error|warning) AD0001|error MSB|error NU"; then
      echo "the build of $label failed:" >&2
      echo "$log" | grep -E "error|AD0001" | head -20 >&2
      exit 1
    fi
    seconds=$(echo "$log" | analyzer_seconds)
    values+=("${seconds:-0}")
  done
  median=$(printf '%s\n' "${values[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$label: analyzer time ${values[*]} s; median $median s"
}

# The generator empties its output folder first: the project files come after the corpus.
dotnet "$generator" generate --count "$count" --out "$work/with-work-items" >/dev/null
consumer "$work/with-work-items"
consumer "$work/without-work-items"

echo "mode: $mode (UseSharedCompilation=$shared), $runs builds each, .NET SDK $(dotnet --version)"
measure "$work/with-work-items" "$count Work Items"
with=$median
measure "$work/without-work-items" "no Work Item"
without=$median
awk -v a="$with" -v b="$without" -v n="$count" 'BEGIN {printf "the analyzer adds %.3f s for %d Work Items (median %.3f s, without %.3f s)\n", a - b, n, a, b}'
