#!/usr/bin/env bash
# Builds TradeGraph and starts it on the bundled graph; arguments are passed on, and relative paths in
# them stay relative to where you ran this from.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/setup.sh"
swift build --package-path "$root" -c release >&2
exec "$root/.build/release/tradegraph" "$@"
