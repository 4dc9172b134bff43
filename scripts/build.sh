#!/usr/bin/env bash
# Configures and builds OpenRAS in build/ (incremental: a second run rebuilds only what changed).
# Usage: scripts/build.sh [cmake --build targets...]
set -euo pipefail
cd "$(dirname "$0")/.."
werror=OFF
if [ "${CI:-}" = "true" ]; then werror=ON; fi
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOPENRAS_WERROR="$werror" >/dev/null
if [ $# -gt 0 ]; then
  targets=()
  for t in "$@"; do targets+=(--target "$t"); done
  cmake --build build -j "$(nproc)" "${targets[@]}"
else
  cmake --build build -j "$(nproc)"
fi
