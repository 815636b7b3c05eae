// Parses a Mermaid flowchart (newsgraph export --format mermaid) with mermaid's own parser and
// prints what it read as JSON: {type, nodes: [[id, text]], edges: [[source, target, text]]},
// with the labels decoded as mermaid decodes them when it draws (entity codes such as #quot;,
// then HTML entities; <br> as a line break), so the test can compare them with the names.
// mermaid needs a DOM even to parse (DOMPurify), which jsdom provides; no browser is involved.
// Run by tests/it/exports.rs as `node --input-type=module -e "$(cat this)" FILE` from the folder
// holding node_modules (target/tools/node).
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');

// mermaid's parser stores `#quot;` as `ﬂ°quot¶ß` and `#35;` as `ﬂ°°35¶ß`; its renderer turns them
// into HTML entities (`&quot;`, `&#35;`) and the browser decodes those. This does the same.
function decode(text) {
  const html = text.replace(/ﬂ°°(\d+)¶ß/g, '&#$1;').replace(/ﬂ°(\w+)¶ß/g, '&$1;');
  const area = dom.window.document.createElement('textarea');
  area.innerHTML = html;
  return area.value.replace(/<br\s*\/?>/g, '\n');
}

const text = readFileSync(process.argv[1], 'utf8');
const parsed = await mermaid.parse(text); // throws, with the line, on a syntax error
const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
const vertices = [...diagram.db.getVertices().values()];
const result = {
  type: parsed.diagramType,
  nodes: vertices.map((v) => [v.id, decode(v.text)]),
  edges: diagram.db.getEdges().map((e) => [e.start, e.end, decode(e.text)]),
};
process.stdout.write(JSON.stringify(result) + '\n');
