#!/usr/bin/env bash
# The unit tests, the command line they drive and the fuzzing corpus, built a second time with
# AddressSanitizer and UndefinedBehaviorSanitizer (in build-sanitize/) and run there: a read past
# a buffer, a use after free, a leak, a signed overflow or a bad shift fails the run even when
# the normal build happens to pass. The kiosk's screens are not in it (their tests draw with
# Mesa and fontconfig, whose own leaks would drown ours); its settings and wording readers are,
# through the corpus. CI runs this after scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# Warnings are not errors here: the normal build holds that line, and the sanitizers' extra code
# makes GCC 12 warn falsely inside libstdc++'s own <regex> (-Wmaybe-uninitialized).
cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOPENRAS_SANITIZE=ON -DOPENRAS_WERROR=OFF \
  -DOPENRAS_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build-sanitize -j "$(nproc)" --target openras_tests openras openras_store_writer openras_fuzz_replay
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS="suppressions=$(pwd)/scripts/lsan-suppressions.txt"
cd build-sanitize
# The unit tests in two shards side by side, one per core; a shard fails the run.
shards=$(nproc)
pids=()
for ((i = 0; i < shards; i++)); do
  GTEST_TOTAL_SHARDS=$shards GTEST_SHARD_INDEX=$i ./tests/openras_tests --gtest_brief=1 >"unit-tests-shard-$i.log" 2>&1 &
  pids+=($!)
done
failed=0
for ((i = 0; i < shards; i++)); do
  if ! wait "${pids[$i]}"; then
    failed=1
    echo "sanitizers: unit tests, shard $i of $shards, failed:" >&2
    tail -n 60 "unit-tests-shard-$i.log" >&2
  fi
done
for target in rule_set answers batch_line plan test_group kiosk_settings wording; do
  if ! ./fuzz/openras_fuzz_replay "$target" "../fuzz/corpus/$target"; then
    failed=1
    echo "sanitizers: the corpus of $target failed" >&2
  fi
done
if [ "$failed" -ne 0 ]; then exit 1; fi
echo "sanitizers: the unit tests and every corpus pass under AddressSanitizer and UndefinedBehaviorSanitizer"
