#!/usr/bin/env bash
# Installs every dependency of agencynet from Debian's packages (Chromium too, for the report
# test), and what the JavaScript checks use from the npm registry (graphology-gexf to open GEXF
# as Gephi Lite does, playwright-core to drive Chromium), pinned by tests/js/package-lock.json. Idempotent: runs apt-get and npm only when something is missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config
  libboost-graph-dev libigraph-dev libgraphviz-dev graphviz
  libgtest-dev libgmock-dev libbenchmark-dev
  libsimdjson-dev libyaml-cpp-dev zlib1g-dev libcli11-dev libfmt-dev
  libxml2-dev libxml2-utils
  python3 python3-networkx python3-scipy python3-igraph python3-graph-tool
  chromium
)

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Node.js comes with the machine; Debian's packages when it does not.
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -f "$root/tests/js/node_modules/graphology-gexf/package.json" ] ||
  [ ! -f "$root/tests/js/node_modules/playwright-core/package.json" ]; then
  echo "setup: installing graphology-gexf and playwright-core for the tests (npm ci in tests/js)" >&2
  (cd "$root/tests/js" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
