#!/usr/bin/env bash
# Installs what is missing, builds agencynet (Release) and runs `agencynet analyze` on the bundled
# sample (graphs/sample/) into out/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/build.sh" agencynet
cd "$root"
./build/agencynet analyze graphs/sample/tweets.jsonl.gz --registry graphs/sample/registry.csv -o out "$@"
echo
echo "Report files are in $root/out/: report.html (open in a browser), network.svg and"
echo "interagency.svg (pictures), network.gexf (Gephi), network.graphml (Cytoscape, yEd), network.dot,"
echo "accounts.csv, edges.csv, scorecard.csv (Mergel's strategies), cascades.csv, summary.json,"
echo "load-report.txt"
