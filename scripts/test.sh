#!/usr/bin/env bash
# Installs what is missing, builds agencynet with its tests and runs every test (ctest), the
# real-data tests included: they read ../shared/data beside the checkout, or $AGENCYNET_DATA.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/build.sh"
cd "$root/build"
ctest --output-on-failure -j "$(nproc)"
