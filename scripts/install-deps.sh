#!/usr/bin/env bash
# Installs, from Debian 12's own packages, whatever OpenRAS needs to build and test and is not
# installed yet. Nothing is downloaded from anywhere else, and nothing is installed twice.
set -euo pipefail

packages=(
  g++ cmake make pkg-config ccache
  libboost-date-time-dev      # dates and periods
  libtomlplusplus-dev         # the rule-set and answers format (TOML)
  nlohmann-json3-dev          # JSON output and JSON Lines batches
  libcli11-dev                # the openras command line
  libsodium-dev               # SHA-256 for rule-set identity, Ed25519 checkpoints, PIN hashes
  libssl-dev                  # OpenSSL's SHA-256 for the decision record's hash chain
  libsimdjson-dev             # reading batch lines without building a tree
  libsqlite3-dev libsqlitecpp-dev  # the decision record
  libpqxx-dev libpq-dev       # the council's decision record on its PostgreSQL server
  postgresql-15 postgresql-common  # the server: tests start a throwaway one of their own (initdb, pg_ctl)
  libgtest-dev libgmock-dev   # tests
  libbenchmark-dev            # benchmarks
  libimgui-dev                # the kiosk: Dear ImGui 1.86 with its GLFW and OpenGL3 backends
  libglfw3-dev                # the kiosk's window and input
  libgl-dev libgl1-mesa-dev   # OpenGL headers and library for the kiosk
  libgl1-mesa-dri             # Mesa's llvmpipe: OpenGL with no graphics card (tour, screenshot tests)
  libstb-dev                  # stb_image_write: the kiosk's screenshots as PNG
  libqrencode-dev             # the receipt's QR code of the plan's reference
  libcups2-dev                # printing the receipt through CUPS
  libespeak-ng-dev            # the kiosk's speech: espeak-ng and its voices (GPL-3.0-or-later)
  libasound2-dev              # playing the kiosk's speech through ALSA; headset detection
  librsvg2-bin                # rsvg-convert: Easy Read pictures from SVG to PNG at build time
  libicu-dev                  # ICU: each language's plural rules (CLDR)
  cups-daemon cups-client     # a throwaway CUPS server and test printer, started by the printing test
  xvfb xauth                  # a virtual display for the tour and screenshot tests on headless machines
  fonts-dejavu-core           # the kiosk's text: DejaVu Sans, regular and bold
  libpango1.0-dev libcairo2-dev  # shaped right-to-left text (Urdu): Pango with HarfBuzz and FriBidi, drawn by Cairo
  fonts-noto-core             # Noto Naskh Arabic, the kiosk's Urdu text (SIL Open Font License 1.1)
)

# `--fuzz`: what scripts/fuzz.sh needs besides, clang and its libFuzzer and sanitizer runtimes.
if [ "${1:-}" = "--fuzz" ]; then
  packages=(clang-14 libclang-rt-14-dev)
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing from Debian's packages: ${missing[*]}"
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then as_root=(sudo); else
    echo "These packages are missing and this is not root: ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
