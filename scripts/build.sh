#!/usr/bin/env bash
# Configures and builds agencynet in build/ (Release, tests on). Usage: scripts/build.sh [targets]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh"
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DAGENCYNET_BUILD_TESTS=ON >/dev/null
cmake --build "$root/build" -j "$(nproc)" ${1:+--target "$@"}
