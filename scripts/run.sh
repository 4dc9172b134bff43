#!/usr/bin/env bash
# The main job: installs what is missing, builds, explains the sample budget, and starts the
# touchscreen kiosk with the built-in model rule set (staff close it with Ctrl+Q).
# On a machine with no display, it says so and runs the kiosk under a virtual display (Xvfb)
# to write a picture of every screen instead, then prints where they are.
# Any arguments go to the kiosk, e.g. `bash scripts/run.sh --windowed 1280x1024`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh openras openras-kiosk
echo
build/alloc/openras budget --answers examples/sample-answers.toml
echo
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  echo "Starting the kiosk full screen. Staff close it with Ctrl+Q."
  exec build/kiosk/openras-kiosk "$@"
fi
tour="$(pwd)/build/kiosk-tour"
echo "This machine has no display (DISPLAY and WAYLAND_DISPLAY are not set), so the kiosk cannot"
echo "open its window here. Running it under a virtual display (Xvfb) to take a picture of every"
echo "screen instead..."
xvfb-run -a -s "-screen 0 1920x1080x24" build/kiosk/openras-kiosk --windowed 1920x1080 --tour "$tour" "$@"
echo "The pictures of the kiosk's screens are in $tour/"
