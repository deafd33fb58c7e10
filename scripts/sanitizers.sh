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
# LeakSanitizer reports about 200 bytes at the binary's exit however many statements run (one statement or
# fifty: the same three blocks), memory Swift still reaches through tagged enum payloads; as a failure it
# would only turn every end-to-end test's exit status into 1. Growth is what the fuzzers' memory limit catches.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
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
        grep -E 'ERROR: (Address|Thread)Sanitizer|WARNING: ThreadSanitizer|error:|failed' "$scratch/test.log" | head -20
        status=1
    fi
done
exit $status
