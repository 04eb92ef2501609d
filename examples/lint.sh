#!/usr/bin/env bash
# Lints the example Work Items with the command-line tool, as the README's quick start does: builds
# the team's rule pack that examples/.tamer.yml loads, then runs the tool from the repository root.
# Extra arguments go to the tool (for example `--format json`). Exits with the tool's exit code.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
if ! log=$(dotnet build examples/rule-pack/src/Acme.Tamer.Rules.csproj -nologo -v quiet 2>&1); then
  echo "$log" >&2
  exit 2
fi
exec dotnet run --project src/Tamer.Spec.Cli -- examples/work-items "$@"
