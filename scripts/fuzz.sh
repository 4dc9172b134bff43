#!/usr/bin/env bash
# Fuzzes one of OpenRAS's readers with clang's libFuzzer, under AddressSanitizer and
# UndefinedBehaviorSanitizer, starting from the seed corpus in fuzz/corpus/TARGET/.
#   scripts/fuzz.sh TARGET SECONDS
# TARGET: rule_set, answers, batch_line, plan, test_group, kiosk_settings or wording.
# New inputs that widen coverage go to build-fuzz/corpus/TARGET (copy the interesting ones into
# fuzz/corpus/TARGET/ so ctest replays them); a crash is saved as build-fuzz/crash-* and the
# script exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -ne 2 ]; then
  echo "usage: scripts/fuzz.sh TARGET SECONDS" >&2
  exit 2
fi
target=$1
seconds=$2
bash scripts/install-deps.sh
bash scripts/install-deps.sh --fuzz
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
  -DOPENRAS_FUZZ=ON -DOPENRAS_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target "openras_fuzz_${target}"
mkdir -p "build-fuzz/corpus/${target}"
cd build-fuzz
"./fuzz/openras_fuzz_${target}" -max_total_time="${seconds}" -timeout=10 -rss_limit_mb=4096 \
  "corpus/${target}" "../fuzz/corpus/${target}"
