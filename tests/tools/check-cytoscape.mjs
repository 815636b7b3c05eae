// Loads a Cytoscape.js elements document (newsgraph export --format cytoscape) into headless
// Cytoscape.js and prints what it holds as JSON: {nodes: [[id, label]], edges: [[id, source,
// target]], warnings}. Cytoscape.js reports bad elements (a duplicate id, an edge to a missing
// node) on the console and leaves them out, so the warnings are captured and printed too.
// Run by tests/it/exports.rs as `node --input-type=module -e "$(cat this)" FILE` from the folder
// holding node_modules (target/tools/node).
import { readFileSync } from 'node:fs';
import cytoscape from 'cytoscape';

const warnings = [];
for (const level of ['warn', 'error']) {
  console[level] = (...args) => warnings.push(args.map(String).join(' '));
}
const document = JSON.parse(readFileSync(process.argv[1], 'utf8'));
const cy = cytoscape({ headless: true, styleEnabled: false, elements: document.elements, data: document.data });
const result = {
  nodes: cy.nodes().map((n) => [n.id(), n.data('label')]),
  edges: cy.edges().map((e) => [e.id(), e.source().id(), e.target().id()]),
  warnings,
};
process.stdout.write(JSON.stringify(result) + '\n');
