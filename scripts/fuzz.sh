#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ (with AddressSanitizer, so memory errors count as crashes) and
# runs each for a given time on one core.
#
# Leak detection is on, per input (libFuzzer's -detect_leaks=1: an input that allocates more than it frees,
# twice, is checked by LeakSanitizer and kept as leak-* if it leaks) and at exit, with the commented
# suppressions in scripts/lsan-suppressions.txt (the query target's resident copy of the bundled graph).
# Growth that is not a leak is caught by -rss_limit_mb.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]    # default: 60 seconds, every target
#
# Targets: query sources entities relations measurements questions. Each starts from its committed seeds in
# Fuzz/Corpus/TARGET and grows a working corpus in Fuzz/.work/TARGET; a crash, hang (an input over 10 s),
# leak or out-of-memory stops the target and leaves the input in Fuzz/.artifacts/TARGET/. The log of each run, ending
# with libFuzzer's final statistics, is Fuzz/.logs/TARGET.log. Exit status 1 if any target found something.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(query sources entities relations measurements questions)

# SwiftPM plans a dependency's sources once and misses files added to the main package later; a newer
# manifest makes it plan again.
touch Fuzz/Package.swift
swift build -c release --package-path Fuzz --scratch-path Fuzz/.build -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld
bin="$(swift build -c release --package-path Fuzz --scratch-path Fuzz/.build --show-bin-path)"

status=0
for target in "${targets[@]}"; do
    mkdir -p "Fuzz/.work/$target" "Fuzz/.artifacts/$target" Fuzz/.logs
    dictionary=()
    [ -f "Fuzz/Dictionaries/$target.dict" ] && dictionary=("-dict=Fuzz/Dictionaries/$target.dict")
    echo "fuzz-$target: $seconds s, log in Fuzz/.logs/$target.log"
    if ! ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt" \
        "$bin/fuzz-$target" "Fuzz/.work/$target" "Fuzz/Corpus/$target" "${dictionary[@]}" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -detect_leaks=1 -max_len=8192 -print_final_stats=1 \
        -artifact_prefix="Fuzz/.artifacts/$target/" >"Fuzz/.logs/$target.log" 2>&1; then
        echo "fuzz-$target found a problem: see Fuzz/.logs/$target.log and Fuzz/.artifacts/$target/"
        status=1
    fi
    grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' "Fuzz/.logs/$target.log" || true
done
exit $status
