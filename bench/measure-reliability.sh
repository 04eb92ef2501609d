#!/usr/bin/env bash
# Whole-process figures for docs/reliability.md: the hostile inputs, and folder walks with
# symbolic links.
#   bash bench/measure-reliability.sh [RUNS]
# Builds the tool in Release, writes each input under artifacts/reliability, runs the tool RUNS
# times (default 5) on each, and prints one Markdown table row per input: the line that names the
# diagnostic the input is about (with its place), the summary line, and the median wall time.
# Paths under artifacts/reliability are shown relative to it.
set -euo pipefail
runs="${1:-5}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$root/artifacts/reliability"
rm -rf "$work"
mkdir -p "$work"

if ! build_log=$(dotnet build "$root/src/Tamer.Spec.Cli" -c Release -v quiet -nologo 2>&1); then
  echo "$build_log" >&2
  exit 1
fi
cli="$root/src/Tamer.Spec.Cli/bin/Release/net10.0/dotnet-tamer-lint.dll"

# A Work Item with a body of BODY lines, as a case folder of its own (a repository, so links can leave it).
case_folder() { mkdir -p "$work/$1/work-items" "$work/$1/.git"; echo "$work/$1"; }
header() { printf -- '---\nid: %s\ntitle: %s\nstatus: ready\nscope:\n  write: [src/a.ts]\n  read_only: [src/]\n  forbidden: [secrets/]\n  extend_scope: false\n' "$1" "$2"; }

folder=$(case_folder ten-megabytes)
{ header WI-BIG-0001 big; printf -- '---\n'; head -c 10485760 /dev/zero | tr '\0' 'x'; printf '\n'; } > "$folder/work-items/big.md"

folder=$(case_folder long-line)
{ header WI-LINE-0001 line; printf 'acceptance_criteria:\n  - "AC-1: '; head -c 900000 /dev/zero | tr '\0' 'y'; printf '"\n---\n'; } > "$folder/work-items/line.md"

folder=$(case_folder many-criteria)
{ header WI-MANY-0001 many; printf 'acceptance_criteria:\n'; awk 'BEGIN { for (i = 1; i <= 15000; i++) printf "  - \"AC-%d: GET /items/%d returns 200\"\n", i, i }'; printf -- '---\n'; } > "$folder/work-items/many.md"

folder=$(case_folder nested-brackets)
{ header WI-DEEP-0001 deep; printf 'labels: '; head -c 20000 /dev/zero | tr '\0' '['; head -c 20000 /dev/zero | tr '\0' ']'; printf '\n---\n'; } > "$folder/work-items/deep.md"

folder=$(case_folder invalid-utf8)
{ header WI-UTF-0001 "caf"; printf 'owner: caf\xe9 \xff\n---\n'; } > "$folder/work-items/utf.md"

alias_bomb() {
  printf '%sa0: &a0 [x, x, x, x, x, x, x, x, x, x]\n' "$1"
  for i in 1 2 3 4 5 6 7 8 9; do
    printf '%sa%d: &a%d [' "$1" "$i" "$i"
    for j in 1 2 3 4 5 6 7 8 9; do printf '*a%d, ' "$((i - 1))"; done
    printf '*a%d]\n' "$((i - 1))"
  done
}
folder=$(case_folder alias-bomb)
{ header WI-BOMB-0001 bomb; alias_bomb ''; printf -- '---\n'; } > "$folder/work-items/bomb.md"

folder=$(case_folder config-alias-bomb)
header WI-CFG-0001 config > "$folder/work-items/a.md"; printf -- '---\n' >> "$folder/work-items/a.md"
{ printf 'rules:\n'; alias_bomb '  '; } > "$folder/.tamer.yml"

folder=$(case_folder config-nested-brackets)
header WI-CFG-0002 config > "$folder/work-items/a.md"; printf -- '---\n' >> "$folder/work-items/a.md"
{ printf 'include: '; head -c 20000 /dev/zero | tr '\0' '['; head -c 20000 /dev/zero | tr '\0' ']'; printf '\n'; } > "$folder/.tamer.yml"

# Ten Work Items, then the same folder with a link to its parent (the case that once went round forty levels).
for name in link-free loop-to-parent link-outside; do
  folder=$(case_folder "$name")
  for i in 01 02 03 04 05 06 07 08 09 10; do
    { header "WI-LOOP-00$i" "item $i"; printf 'acceptance_criteria:\n  - "AC-1: GET /items/%s returns 200"\n---\n' "$i"; } > "$folder/work-items/item-$i.md"
  done
done
ln -s .. "$work/loop-to-parent/work-items/loop"
mkdir -p "$work/outside-target"
cp "$work/link-free/work-items/item-01.md" "$work/outside-target/"
ln -s "$work/outside-target" "$work/link-outside/work-items/shared"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "| input | what the tool printed about it | summary | median wall |"
echo "| --- | --- | --- | --- |"
# Each input with the ID the tool must print for it ('-' for a normal report).
for entry in ten-megabytes:TMR0006 long-line:TMR0006 many-criteria:- nested-brackets:TMR0006 alias-bomb:TMR0006 invalid-utf8:TMR0010 \
             config-alias-bomb:TMR9001 config-nested-brackets:TMR9001 link-free:- loop-to-parent:- link-outside:TMR9004; do
  name="${entry%%:*}"; id="${entry#*:}"
  folder="$work/$name"
  walls=()
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    (cd "$folder" && dotnet "$cli" lint work-items > "$work/$name.out" 2> "$work/$name.err") || true
    end=$(date +%s%N)
    walls+=("$(( (end - start) / 1000000 ))")
  done
  if [ "$id" = - ]; then
    said="(no diagnostic of its own)"
  else
    said=$(cat "$work/$name.err" "$work/$name.out" | grep -F " $id: " | head -n 1 | sed "s|$work/||g" | cut -c 1-150)
    said="\`${said:-$id NOT PRINTED}\`"
  fi
  summary=$(grep 'checked' "$work/$name.out" | tail -n 1 || true)
  wall=$(printf '%s\n' "${walls[@]}" | median)
  echo "| $name | $said | ${summary:-none (exit code 2)} | $(awk -v ms="$wall" 'BEGIN { printf "%.2f s", ms / 1000 }') |"
done
