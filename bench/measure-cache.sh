#!/usr/bin/env bash
# What --cache saves when one Work Item changed since the last run, paired against a run without it.
#   bash bench/measure-cache.sh [COUNT] [ROUNDS] [PROFILE]
# Publishes the tool as it ships, writes the generator's corpus (seed 42) of COUNT Work Items and
# PROFILE (default: default; realistic has 1-3 KB items with prose; busy a third active), copies it,
# and lints the copy once with --cache to fill the cache. Each timed run first rewords one criterion
# of one Work Item (the file alternates between two versions, so every run has exactly one changed
# file), then lints the whole folder: A with --cache, B without. Before timing, the two reports of
# the same edit are compared byte for byte. farm-bench pairs A and B and prints the ratio A/B.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/measure-common.sh"
count="${1:-10000}"
rounds="${2:-11}"
profile="${3:-default}"

build_tool
build_generator
corpus "$profile" "$count"
work="$artifacts/corpus-cache-$profile-$count"
rm -rf "$work"
cp -r "$corpus" "$work"

# The Work Item that changes, and its two versions (the criterion reworded, and back).
edited=$(find "$work/work-items" -name '*.md' | sort | sed -n 1p)
cp "$edited" "$artifacts/cache-edit-a.md"
sed '0,/"AC-1: /s//"AC-1: reworded: /' "$edited" > "$artifacts/cache-edit-b.md"
if cmp -s "$artifacts/cache-edit-a.md" "$artifacts/cache-edit-b.md"; then
  echo "measure-cache: the first Work Item has no AC-1 to reword" >&2
  exit 1
fi

cat > "$artifacts/cache-flip.sh" <<FLIP
#!/usr/bin/env bash
# Swaps the edited Work Item to its other version, then runs the rest of the command line.
set -e
if cmp -s "$edited" "$artifacts/cache-edit-a.md"; then cp "$artifacts/cache-edit-b.md" "$edited"; else cp "$artifacts/cache-edit-a.md" "$edited"; fi
cd "$work"
exec "\$@" > /dev/null
FLIP
chmod +x "$artifacts/cache-flip.sh"

(cd "$work" && "$tool" lint . --cache > /dev/null || true)
bash "$artifacts/cache-flip.sh" true
(cd "$work" && { "$tool" lint . --cache > "$artifacts/cache-with.txt" || true; } && { "$tool" lint . > "$artifacts/cache-without.txt" || true; })
if ! cmp -s "$artifacts/cache-with.txt" "$artifacts/cache-without.txt"; then
  echo "measure-cache: the cached report differs from the uncached one" >&2
  exit 1
fi

echo "corpus: $profile, $count Work Items; one changed per run; $(tail -n 1 "$artifacts/cache-without.txt")"
farm-bench -n "$rounds" --timeout 1200 --vs "$artifacts/cache-flip.sh $tool lint ." -- "$artifacts/cache-flip.sh" "$tool" lint . --cache
