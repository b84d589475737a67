import type { Core } from 'cytoscape';
import type { Graph } from '../model/graph.ts';
import { layoutGraph } from '../model/layout.ts';

/** Places the actors from the pure, deterministic layout in src/model/layout.ts. */
export function runLayout(cy: Core, graph: Graph): void {
  const positions = layoutGraph(graph);
  cy.layout({
    name: 'preset',
    fit: false,
    animate: false,
    positions: Object.fromEntries(positions),
  }).run();
}
