#!/usr/bin/env bash
# Every test: installs what is missing, builds everything (warnings are errors when CI=true),
# and runs the whole suite through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
cd build
ctest --output-on-failure -j "$(nproc)"
