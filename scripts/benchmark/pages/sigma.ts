/** The WebGL peer: sigma.js + graphology drawing the same nodes, edges and positions. */
import Graph from 'graphology';
import Sigma from 'sigma';
import { afterPaint, loadFile, TENSION_COLOURS } from './common.ts';

const file = await loadFile();
const graph = new Graph({ multi: true, type: 'directed' });
for (const a of file.actors)
  graph.addNode(a.id, {
    label: a.name.en,
    x: a.position?.x ?? 0,
    y: -(a.position?.y ?? 0),
    size: 6,
    color: '#444',
  });
for (const r of file.relations)
  graph.addEdgeWithKey(r.id, r.source, r.target, {
    color: TENSION_COLOURS[String(r.tension)],
    size: 1.5,
    tension: r.tension,
  });
const container = document.getElementById('cy')!;
const renderer = new Sigma(graph, container, { renderEdgeLabels: false });
let selected: string | null = null;
renderer.on('clickNode', ({ node }) => window.__bench?.select(node));
window.__bench = {
  setHidden(tension, hidden) {
    graph.forEachEdge((edge, attributes) => {
      if (attributes.tension === tension) graph.setEdgeAttribute(edge, 'hidden', hidden);
    });
  },
  select(id) {
    if (selected) graph.setNodeAttribute(selected, 'highlighted', false);
    selected = id;
    graph.setNodeAttribute(id, 'highlighted', true);
    window.__bench!.selectedId = id;
  },
  pointOf(id) {
    const attributes = graph.getNodeAttributes(id);
    const p = renderer.graphToViewport({ x: attributes.x, y: attributes.y });
    const box = container.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  },
};
renderer.once('afterRender', () => afterPaint(() => (window.__bench!.readyAt = performance.now())));
renderer.refresh();
