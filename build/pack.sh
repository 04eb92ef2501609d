#!/usr/bin/env bash
# Packs every shipped package into a folder that works as a local NuGet feed.
#   bash build/pack.sh [OUTPUT] [VERSION]
# OUTPUT defaults to artifacts/packages; VERSION to the repository's own (Directory.Build.props).
# The shipped projects are the packable ones of the solution (the README lists their packages).
# Packing twice from the same commit gives the same bytes: package entries carry the commit's time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
output="${1:-$root/artifacts/packages}"
version="${2:-}"

arguments=(pack "$root/Tamer.Spec.sln" -c Release -o "$output" -nologo)
if [ -n "$version" ]; then
  arguments+=("-p:Version=$version")
fi

dotnet "${arguments[@]}"
echo "packages in $output:"
ls -1 "$output"/*.nupkg
