#!/usr/bin/env bash
# Installs what is missing, builds agencynet (Release) and runs `agencynet analyze` on the bundled
# sample (graphs/sample/) into out/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/build.sh" agencynet
cd "$root"
./build/agencynet analyze graphs/sample/tweets.jsonl.gz --registry graphs/sample/registry.csv -o out "$@"
echo
echo "Report files are in $root/out/: accounts.csv, edges.csv, network.gexf (open in Gephi),"
echo "network.dot (render with: sfdp -Tsvg out/network.dot -o network.svg), scorecard.csv (Mergel's"
echo "strategies of each government account), cascades.csv, summary.json, load-report.txt"
