/** The baseline: a bare Cytoscape page drawing the same elements, with nothing else around it. */
import cytoscape from 'cytoscape';
import { afterPaint, loadFile, TENSION_COLOURS } from './common.ts';
import { cytoscapeHooks } from './cytoscape-hooks.ts';

const file = await loadFile();
const container = document.getElementById('cy')!;
const cy = cytoscape({
  container,
  layout: { name: 'preset' },
  elements: [
    ...file.actors.map((a) => ({
      group: 'nodes' as const,
      data: { id: a.id, label: a.name.en },
      position: a.position ?? { x: 0, y: 0 },
    })),
    ...file.relations.map((r) => ({
      group: 'edges' as const,
      data: { id: r.id, source: r.source, target: r.target, tension: r.tension },
    })),
  ],
  style: [
    {
      selector: 'node',
      style: { label: 'data(label)', width: 34, height: 34, 'min-zoomed-font-size': 7 },
    },
    { selector: 'edge', style: { width: 2, 'curve-style': 'bezier' } },
    ...Object.entries(TENSION_COLOURS).map(([t, colour]) => ({
      selector: `edge[tension = ${t}]`,
      style: { 'line-color': colour },
    })),
    { selector: '.off', style: { display: 'none' } },
    { selector: 'node.selected', style: { 'border-width': 4 } },
  ],
});
cy.fit(undefined, 28);
window.__bench = cytoscapeHooks(cy, container, 'off');
cy.one('render', () => afterPaint(() => (window.__bench!.readyAt = performance.now())));
