#!/usr/bin/env bash
# Installs every dependency of agencynet from Debian's packages. Idempotent: runs apt-get update
# and install only when a package is missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build ccache pkg-config
  libboost-graph-dev libigraph-dev libgraphviz-dev graphviz
  libgtest-dev libgmock-dev libbenchmark-dev
  libsimdjson-dev libyaml-cpp-dev zlib1g-dev libcli11-dev libfmt-dev
  libxml2-dev libxml2-utils
  python3 python3-networkx python3-scipy python3-igraph python3-graph-tool
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "setup: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
