/**
 * A changed graph applied to a living canvas in place: actors and relations added, removed or
 * updated, everything else (positions, the viewport, the selection's classes) left as it is. The
 * editor changes the graph on every keystroke; re-creating the canvas each time would lose the
 * author's view and cost a frame of layout and drawing.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import type { Graph } from '../model/graph.ts';
import { freeCells, layoutGraph, type Point } from '../model/layout.ts';
import { toElements, type Labels } from './elements.ts';

/** Replaces an element's classes by `wanted`, keeping the view-state classes it has. */
const ELEMENT_CLASSES = /^(actor-|tension-|directed$|contested$)/;
function setElementClasses(current: string[], wanted: readonly string[]): string[] | null {
  const kept = current.filter((c) => !ELEMENT_CLASSES.test(c));
  const next = [...kept, ...wanted];
  const same = next.length === current.length && next.every((c) => current.includes(c));
  return same ? null : next;
}

export function applyGraph(
  cy: Core,
  graph: Graph,
  labels: Labels,
  positions?: ReadonlyMap<string, Point>,
): void {
  const wanted = toElements(graph, labels);
  const ids = new Set(wanted.map((e) => e.data.id as string));
  const unplaced: ElementDefinition[] = [];
  cy.batch(() => {
    // Relations first: an actor's removal takes its relations with it.
    cy.edges().forEach((e) => {
      if (!ids.has(e.id()) || !graph.relationById.has(e.id())) e.remove();
    });
    cy.nodes().forEach((n) => {
      if (!ids.has(n.id()) || !graph.actorById.has(n.id())) n.remove();
    });
    const added: ElementDefinition[] = [];
    for (const def of wanted) {
      const id = def.data.id as string;
      const existing = cy.getElementById(id);
      if (existing.empty()) {
        if (def.group === 'nodes') {
          const actor = graph.actorById.get(id);
          const at = positions?.get(id) ?? actor?.position;
          if (at) added.push({ ...def, position: { x: at.x, y: at.y } });
          else unplaced.push(def);
        } else added.push(def);
        continue;
      }
      if (def.group === 'edges') {
        const { source, target } = def.data as { source: string; target: string };
        if (existing.data('source') !== source || existing.data('target') !== target)
          existing.move({ source, target });
      }
      for (const [key, value] of Object.entries(def.data)) {
        if (key !== 'id' && key !== 'source' && key !== 'target' && existing.data(key) !== value)
          existing.data(key, value);
      }
      const classes = setElementClasses(existing.classes(), (def.classes as string[]) ?? []);
      if (classes) existing.classes(classes);
      // Only actors really moved (an undone drag): setting a position redraws the actor.
      const moved = positions?.get(id);
      if (moved && def.group === 'nodes') {
        const at = existing.position();
        if (at.x !== moved.x || at.y !== moved.y) existing.position({ x: moved.x, y: moved.y });
      }
    }
    added.push(...placeNew(cy, graph, unplaced, added));
    // Actors before relations, so every new relation finds its ends.
    cy.add(added.filter((e) => e.group === 'nodes'));
    cy.add(added.filter((e) => e.group === 'edges'));
  });
}

/**
 * Where actors new to the canvas go when neither the file nor the caller places them. On an
 * empty canvas (a new draft, its actors arriving from the assistant): the graph's own layout.
 * Otherwise: free cells nearest the middle of the view, so each appears in view and no two
 * labels overlap (they used to go on a tight spiral there, on top of one another).
 */
function placeNew(
  cy: Core,
  graph: Graph,
  unplaced: readonly ElementDefinition[],
  added: readonly ElementDefinition[],
): ElementDefinition[] {
  if (unplaced.length === 0) return [];
  const taken: Point[] = added.flatMap((e) =>
    e.group === 'nodes' && e.position ? [e.position] : [],
  );
  cy.nodes().forEach((n) => void taken.push({ ...n.position() }));
  if (cy.nodes().empty()) {
    const laid = layoutGraph(graph);
    return unplaced.map((def) => ({ ...def, position: { ...laid.get(def.data.id as string)! } }));
  }
  const extent = cy.extent();
  const middle = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
  const cells = freeCells(unplaced.length, taken, middle);
  return unplaced.map((def, i) => ({ ...def, position: cells[i]! }));
}
