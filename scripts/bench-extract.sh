#!/usr/bin/env bash
# Times `tradegraph extract` on a briefing of about 50 KB (the English full-year transcript, 001, in
# ../shared/seeds/), as a benchmark rather than a timed test: builds the release binary, runs the extract
# RUNS times (default 7) into a scratch folder, and prints each run's wall time and the median.
#
#   scripts/bench-extract.sh [RUNS] [DOCUMENT]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-7}"
document="${2:-../shared/seeds/001_56f48a4600b290e9.txt}"
swift build -c release --product tradegraph >/dev/null
binary=.build/release/tradegraph
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
echo "document: $document ($(wc -c <"$document") bytes)"
times=()
for run in $(seq "$runs"); do
    start=$(date +%s%N)
    "$binary" extract "$document" --source bench-doc --date 2026-01-14 --out "$scratch/draft" --force >/dev/null
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    times+=("$ms")
    echo "run $run: ${ms} ms (loading the bundled graph included)"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
echo "median: ${median} ms over $runs runs"
