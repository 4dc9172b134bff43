#!/usr/bin/env bash
# The main job: installs what is missing, builds, and works out an indicative budget for the
# sample assessment with the built-in model rule set, explained line by line.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh openras
echo
build/alloc/openras budget --answers examples/sample-answers.toml
