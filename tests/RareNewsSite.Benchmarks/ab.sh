#!/bin/bash
# Paired runs of two builds of the CLI on one site: A then B, RUNS times, each a fresh process timed by GNU time.
# Prints the medians of wall time, CPU (user + system) and peak memory of each, and the median of B/A pair by pair,
# so that the load of a shared machine falls on both alike. Each writes its own output folder, as a user building
# again and again would (a build leaves alone the files whose bytes it would write the same; their listings in the
# site's cache folder are named after the output folder, so the two do not share them).
# usage: bash tests/RareNewsSite.Benchmarks/ab.sh SITE_ROOT RUNS A.dll B.dll
# (build each with: dotnet build -c Release src/RareNewsSite.Cli -o DIR; the dll is DIR/rarenews.dll)
set -euo pipefail
root=$1; runs=$2; a=$3; b=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for _ in $(seq "$runs"); do
  for side in a b; do
    dll=${!side}
    /usr/bin/time -f "$dll %e %U %S %M" -o "$work/time" dotnet "$dll" build --root "$root" --output "$work/out-$side" >/dev/null
    tail -1 "$work/time" >> "$work/results"
  done
done
python3 - "$a" "$b" "$work/results" <<'PY'
import statistics, sys
a, b, results = sys.argv[1:]
rows = [line.split() for line in open(results)]
def column(dll, i): return [float(r[i]) for r in rows if r[0] == dll]
def cpu(dll): return [u + s for u, s in zip(column(dll, 2), column(dll, 3))]
for dll in (a, b):
    print(f"{dll}: wall {statistics.median(column(dll, 1)):.2f} s, CPU {statistics.median(cpu(dll)):.2f} s, peak {statistics.median(column(dll, 4)) / 1024:.0f} MiB")
print(f"B/A pair by pair (median): CPU {statistics.median([y / x for x, y in zip(cpu(a), cpu(b))]):.3f}, wall {statistics.median([y / x for x, y in zip(column(a, 1), column(b, 1))]):.3f}")
PY
