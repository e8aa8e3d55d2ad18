// Opens a GEXF file with graphology-gexf, the parser Gephi Lite uses, and prints what it read:
// a first line "nodes edges type", then one line per node: its key, label and colour, as JSON.
// Used by tests/export/writers_test.cpp; run `npm ci` in this folder first (scripts/setup.sh
// does).
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import gexf from 'graphology-gexf';

const text = readFileSync(process.argv[2], 'utf8');
const graph = gexf.parse(Graph, text, { allowUndeclaredAttributes: false });
console.log(`${graph.order} ${graph.size} ${graph.type}`);
graph.forEachNode((key, attributes) => {
  console.log(JSON.stringify([key, attributes.label ?? null, attributes.color ?? null]));
});
