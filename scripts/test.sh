#!/usr/bin/env bash
# Runs every test: installs missing system packages, builds, then runs the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
swift build
swift test --disable-swift-testing
