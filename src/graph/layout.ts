/**
 * Where the actors go. Shipped graphs and files that give positions are drawn where they say; a
 * small graph without them is laid out at once by the pure stress layout; a large one is laid out
 * in the background (layout-client.ts) with progress, and its reader can cancel.
 */
import type { Core } from 'cytoscape';
import type { Graph } from '../model/graph.ts';
import {
  layoutGraph,
  presetPositions,
  spiralPositions,
  type Box,
  type Point,
} from '../model/layout.ts';
import { layoutInBackground, needsBackgroundLayout } from './layout-client.ts';

export type Positions = Map<string, Point>;

// Per graph, so re-layout and a remounted canvas never redo the work.
const computed = new WeakMap<Graph, Positions>();

/** Positions available without background work, or null when the graph needs it. */
export function immediatePositions(graph: Graph): Positions | null {
  let positions = computed.get(graph) ?? presetPositions(graph);
  if (!positions && !needsBackgroundLayout(graph)) positions = layoutGraph(graph);
  if (positions) computed.set(graph, positions);
  return positions;
}

/** The reason a reader's cancel gives `AbortController.abort`, unlike an unmount's. */
export const CANCELLED_BY_READER = 'cancelled-by-reader';

/**
 * The layout, in the background when it is long. A reader who cancels gets the actors on a
 * spiral at once; any other abort (the canvas unmounting) rejects.
 */
export async function positionsFor(
  graph: Graph,
  options: { onProgress?: (share: number) => void; signal?: AbortSignal },
): Promise<Positions> {
  const ready = immediatePositions(graph);
  if (ready) return ready;
  let positions: Positions;
  try {
    positions = await layoutInBackground(graph, options);
  } catch (error) {
    if (options.signal?.reason !== CANCELLED_BY_READER) throw error;
    positions = spiralPositions(graph.actors.map((a) => a.id));
  }
  computed.set(graph, positions);
  return positions;
}

/** Puts every actor back where the layout placed it (the toolbar's re-layout button). */
export function runLayout(cy: Core, graph: Graph): void {
  const positions = computed.get(graph) ?? immediatePositions(graph);
  if (!positions) return;
  cy.batch(() => {
    cy.nodes().forEach((n) => {
      const p = positions.get(n.id());
      if (p) n.position({ x: p.x, y: p.y });
    });
  });
}

/** Shows exactly `box`, centred and scaled to its tighter side, as SVG's xMidYMid meet does. */
export function fitBox(cy: Core, box: Box): void {
  const [width, height] = [cy.width(), cy.height()];
  if (width <= 0 || height <= 0) return;
  const zoom = Math.min(width / box.width, height / box.height);
  cy.viewport({
    zoom,
    pan: {
      x: width / 2 - zoom * (box.x + box.width / 2),
      y: height / 2 - zoom * (box.y + box.height / 2),
    },
  });
}
