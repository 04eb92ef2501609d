#!/usr/bin/env bash
# Builds the VS Code extension and packs it into a .vsix with @vscode/vsce, all from the lock file:
#   bash editors/vscode/pack.sh [OUT_DIR]
# OUT_DIR defaults to artifacts/vscode at the repository's root. Prints the .vsix's path.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$here/../../artifacts/vscode}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
version="$(node -p 'require(process.argv[1]).version' "$here/package.json")"

cd "$here"
# The packages exactly as the lock file pins them; skipped when npm installed them since the lock
# file and the manifest last changed (CI installs them before the tests).
installed=node_modules/.package-lock.json
if [ ! -e "$installed" ] || [ package-lock.json -nt "$installed" ] || [ package.json -nt "$installed" ]; then
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi
npx --no-install tsc -p .
npx --no-install vsce package --out "$out/tamer-spec-$version.vsix" >&2
echo "$out/tamer-spec-$version.vsix"
