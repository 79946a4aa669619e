#!/bin/bash
# What `build --incremental` costs and saves on one site, each build a fresh process timed by GNU time: a plain build,
# a first incremental build (from no traces), a second with nothing changed, then one after a sentence is added to an
# article's body and one after its title changes (lists show the title), and a plain build again. The article is put
# back afterwards. Prints wall time, CPU (user + system), peak memory and the build's own summary of each.
# usage: bash tests/RareNewsSite.Benchmarks/incremental.sh SITE_ROOT rarenews.dll
# (build the CLI with: dotnet build -c Release src/RareNewsSite.Cli -o DIR; the dll is DIR/rarenews.dll)
set -euo pipefail
root=$1; dll=$2
work=$(mktemp -d)
article=$(cd "$root/input/articles" && find . -name '*.md' | sort | awk 'NR <= 500 { last = $0 } END { print last }')
cp "$root/input/articles/$article" "$work/article.md"
trap 'cp "$work/article.md" "$root/input/articles/$article"; rm -rf "$work"' EXIT
run() {
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" dotnet "$dll" build --root "$root" --output "$work/out" "${@:2}" > "$work/summary"
  read -r wall user sys peak < <(tail -1 "$work/time")
  printf '%-22s %6.2f s wall %6.2f s CPU %6d MiB  %s\n' "$1" "$wall" "$(echo "$user + $sys" | bc)" "$((peak / 1024))" \
    "$(grep -o '[0-9]* of them taken from the last build' "$work/summary" || echo 'plain')"
}
run plain
run plain
rm -f "$root"/.rarenews/cache/output/*.traces "$root"/.rarenews/cache/output/*.values
run "first incremental" --incremental
run "nothing changed" --incremental
run "nothing changed" --incremental
echo "A sentence added by the benchmark." >> "$root/input/articles/$article"
run "body edited" --incremental
sed -i 's/^title: /title: Edited /' "$root/input/articles/$article"
run "title edited" --incremental
cp "$work/article.md" "$root/input/articles/$article"
run "edit undone" --incremental
run plain
