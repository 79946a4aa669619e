#!/usr/bin/env bash
# Lighthouse on the seed article's page, before and after responsive images (issue 18).
#
# "Before" is the example site at the commit before images were processed (BEFORE_COMMIT), with the same photo file
# and the seed article's `image:` and `image_alt:` lines copied in, so the page shows the 12 MP photo byte for byte as a
# plain <img> without width and height. "After" is the example site of the working tree. Both are built with the CLI
# into a scratch folder, served with `rarenews serve` on 127.0.0.1, and measured in turn (before, after, before, ...)
# with Lighthouse's mobile defaults, performance category only. Prints every run and the medians.
#
# Needs Lighthouse from npm in a folder of your choice (`npm i -E lighthouse@12.2.3`) and a Chromium:
#   LIGHTHOUSE=<that folder>/node_modules/.bin/lighthouse CHROME_PATH=<chromium> \
#     tests/RareNewsSite.Benchmarks/lighthouse-seed-page.sh [--runs 5] [--throttling simulate|devtools] [--keep]
# --throttling devtools slows the network and CPU for real instead of simulating them afterwards (see the README).
# --keep leaves the scratch folder (built sites and Lighthouse's JSON reports) and prints its path.
set -euo pipefail

runs=5
throttling=simulate
keep=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --throttling) throttling="$2"; shift 2 ;;
    --keep) keep=true; shift ;;
    *) echo "unknown option '$1'" >&2; exit 2 ;;
  esac
done

before_commit="${BEFORE_COMMIT:-8be7bea}"
lighthouse="${LIGHTHOUSE:-lighthouse}"
before_port="${BEFORE_PORT:-5181}"
after_port="${AFTER_PORT:-5182}"
article=articles/blinatumomab-infant-all.md
page=/articles/blinatumomab-infant-all/
photo=input/assets/photos/blood-smear.jpg

if ! command -v "$lighthouse" > /dev/null; then
  echo "Lighthouse not found: install it with 'npm i -E lighthouse@12.2.3' in a scratch folder and set LIGHTHOUSE to its node_modules/.bin/lighthouse" >&2
  exit 2
fi
if [[ -z "${CHROME_PATH:-}" ]]; then
  echo "set CHROME_PATH to a Chrome or Chromium" >&2
  exit 2
fi

repo="$(git rev-parse --show-toplevel)"
scratch="$(mktemp -d)"
servers=()
cleanup() {
  for pid in "${servers[@]}"; do kill "$pid" 2> /dev/null || true; done
  if [[ "$keep" == true ]]; then echo "kept $scratch"; else rm -rf "$scratch"; fi
}
trap cleanup EXIT

# The CLI of a source tree, built once; run as its dll so the server's process id is the one to stop.
build_cli() {
  (cd "$1" && dotnet build src/RareNewsSite.Cli -c Release -v quiet -nologo > "$scratch/cli-build.log") \
    || { cat "$scratch/cli-build.log" >&2; exit 1; }
}
rarenews() {
  local tree="$1"; shift
  (cd "$tree" && dotnet src/RareNewsSite.Cli/bin/Release/net10.0/rarenews.dll "$@")
}

echo "before: $before_commit with $photo and the seed article's image lines copied in"
mkdir -p "$scratch/before"
git -C "$repo" archive "$before_commit" | tar -x -C "$scratch/before"
mkdir -p "$(dirname "$scratch/before/$photo")"
cp "$repo/$photo" "$scratch/before/$photo"
# The two lines go at the end of the front matter (before its closing ---); the older build knows no other image key.
IMAGE_LINES="$(grep -E '^image(_alt)?: ' "$repo/input/$article")" \
  awk 'n < 2 && /^---$/ { n++; if (n == 2) print ENVIRON["IMAGE_LINES"] } { print }' \
  "$scratch/before/input/$article" > "$scratch/article.md"
mv "$scratch/article.md" "$scratch/before/input/$article"
build_cli "$scratch/before"
rarenews "$scratch/before" build -o "$scratch/before-site"

echo "after: the working tree ($(git -C "$repo" rev-parse --short HEAD))"
build_cli "$repo"
rarenews "$repo" build -o "$scratch/after-site"

serve() {
  local folder="$1" port="$2"
  dotnet "$repo/src/RareNewsSite.Cli/bin/Release/net10.0/rarenews.dll" serve -o "$folder" --port "$port" \
    > "$scratch/serve-$port.log" 2>&1 &
  servers+=("$!")
  for _ in $(seq 100); do
    curl -sf -o /dev/null "http://127.0.0.1:$port$page" && return 0
    sleep 0.2
  done
  echo "the server on port $port did not answer" >&2
  exit 1
}
serve "$scratch/before-site" "$before_port"
serve "$scratch/after-site" "$after_port"

mkdir -p "$scratch/reports"
echo "load average before the runs: $(cut -d ' ' -f 1-3 /proc/loadavg)"
for run in $(seq "$runs"); do
  for side in before after; do
    port="$before_port"; [[ "$side" == after ]] && port="$after_port"
    CHROME_PATH="$CHROME_PATH" "$lighthouse" "http://127.0.0.1:$port$page" --only-categories=performance \
      --throttling-method="$throttling" --chrome-flags="--headless=new --no-sandbox" \
      --output=json --output-path="$scratch/reports/$side-$run.json" --quiet
  done
done
echo "load average after the runs: $(cut -d ' ' -f 1-3 /proc/loadavg)"

node - "$scratch/reports" "$runs" << 'EOF'
const fs = require("fs");
const [folder, runs] = process.argv.slice(2);
const median = values => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const read = file => {
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  const audit = id => report.audits[id].numericValue;
  return {
    score: Math.round(report.categories.performance.score * 100),
    fcp: audit("first-contentful-paint"),
    lcp: audit("largest-contentful-paint"),
    tbt: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
    bytes: audit("total-byte-weight"),
    benchmarkIndex: report.environment.benchmarkIndex,
  };
};
const show = (label, r) => console.log([label, r.score, Math.round(r.fcp), Math.round(r.lcp), Math.round(r.tbt),
  r.cls.toFixed(3), Math.round(r.bytes), Math.round(r.benchmarkIndex)].join("\t"));
console.log("run\tscore\tFCP ms\tLCP ms\tTBT ms\tCLS\tbytes\tbenchmarkIndex");
const all = { before: [], after: [] };
for (let run = 1; run <= Number(runs); run++) {
  for (const side of ["before", "after"]) {
    const result = read(`${folder}/${side}-${run}.json`);
    all[side].push(result);
    show(`${side} ${run}`, result);
  }
}
for (const side of ["before", "after"]) {
  const keys = Object.keys(all[side][0]);
  show(`${side} median`, Object.fromEntries(keys.map(k => [k, median(all[side].map(r => r[k]))])));
}
EOF
