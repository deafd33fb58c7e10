#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer and then ThreadSanitizer, each build in a scratch folder
# of its own so neither disturbs the normal build. Extra arguments go to `swift test` (e.g. --filter).
#
#   scripts/sanitizers.sh [address|thread] [SWIFT TEST ARGUMENTS...]   # default: both
#
# Logs are .build-asan/test.log and .build-tsan/test.log. Exit status 1 if either run fails.
set -uo pipefail
cd "$(dirname "$0")/.."
# A test process that crashes under a sanitizer can leave Swift's backtracer hanging, and the test run with
# it; the sanitizer's own report says where the crash was.
export SWIFT_BACKTRACE=enable=no
# Leak detection is on at the exit of every program the tests start: a leak turns its exit status into 1,
# which fails the test that ran it. The prompt tests pass both variables on to the program under the
# pseudo-terminal. The test process itself turns the check off (Tests/RobustnessTests/TestProcessLeakCheck.swift
# says why). The only suppressions are the shared, commented ones in scripts/lsan-suppressions.txt.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
sanitizers=(address thread)
if [ "${1:-}" = address ] || [ "${1:-}" = thread ]; then sanitizers=("$1"); shift; fi

status=0
for sanitizer in "${sanitizers[@]}"; do
    scratch=".build-${sanitizer:0:1}san"
    mkdir -p "$scratch"
    echo "swift test --sanitize=$sanitizer (log in $scratch/test.log)"
    # The end-to-end tests run the binary that this build instruments, so it is checked too.
    if swift build --scratch-path "$scratch" --sanitize="$sanitizer" >"$scratch/test.log" 2>&1 \
        && swift test --scratch-path "$scratch" --sanitize="$sanitizer" --disable-swift-testing "$@" >>"$scratch/test.log" 2>&1; then
        echo "  passed: $(grep -E 'Executed [0-9]+ tests' "$scratch/test.log" | tail -1)"
    else
        echo "  FAILED: see $scratch/test.log"
        grep -E 'ERROR: (Address|Thread|Leak)Sanitizer|WARNING: ThreadSanitizer|SUMMARY: |error:|failed' "$scratch/test.log" | head -20
        status=1
    fi
done
exit $status
