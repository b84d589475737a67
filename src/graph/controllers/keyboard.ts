/**
 * Tab into the graph; arrow keys walk from actor to actor along relations; Enter opens the
 * evidence; Escape leaves focus mode, then the selection. Keys are handled on the graph element
 * only (never on window), so a host page keeps its own.
 */
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import type { Controller, ControllerContext } from './types.ts';

export const DIRECTIONS: Record<string, readonly [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** Of `candidates`, the actor lying most nearly in the arrow's direction from `from`. */
export function actorTowards(
  from: NodeSingular,
  [dx, dy]: readonly [number, number],
  candidates: NodeCollection,
): NodeSingular | undefined {
  const p = from.position();
  let best: { node: NodeSingular; score: number } | undefined;
  candidates.forEach((n) => {
    if (n.same(from)) return;
    const q = n.position();
    const vx = q.x - p.x;
    const vy = q.y - p.y;
    const len = Math.hypot(vx, vy) || 1;
    const cos = (vx * dx + vy * dy) / len;
    if (cos <= 0.2) return; // behind or too far to the side
    const score = cos - len / 10_000;
    if (!best || score > best.score) best = { node: n, score };
  });
  return best?.node;
}

/** The neighbours of an actor over its visible relations. */
export function visibleNeighbours(from: NodeSingular): NodeCollection {
  return from
    .connectedEdges()
    .filter((e) => !e.hasClass('filtered-out'))
    .connectedNodes();
}

/** Where the keyboard starts: the actor with the most visible relations. */
export function busiest(cy: Core): NodeSingular | undefined {
  let best: NodeSingular | undefined;
  cy.nodes()
    .not('.dimmed')
    .forEach((n) => {
      if (!best || n.degree(false) > best.degree(false)) best = n;
    });
  return best;
}

/** The selected actor's node, if an actor is selected and drawn. */
export function selectedActor(cy: Core, ctx: Pick<ControllerContext, 'state'>) {
  const { selection } = ctx.state();
  if (selection?.type !== 'actor') return undefined;
  const node = cy.getElementById(selection.id);
  return node.nonempty() && node.isNode() ? node : undefined;
}

export function keyboardController(ctx: ControllerContext): Controller {
  const { cy, emit } = ctx;
  const container = cy.container();
  const onKey = (event: KeyboardEvent) => {
    const state = ctx.state();
    const direction = DIRECTIONS[event.key];
    if (direction && !event.altKey) {
      event.preventDefault();
      const current = selectedActor(cy, ctx);
      const next = current
        ? actorTowards(current, direction, visibleNeighbours(current))
        : busiest(cy);
      if (next) emit('select-actor', { id: next.id() });
    } else if (event.key === 'Enter' && state.selection) {
      event.preventDefault();
      emit('open-evidence', {});
    } else if (event.key === 'Escape') {
      if (state.focus) emit('leave-focus', {});
      else if (state.selection) emit('clear', {});
      else return;
      event.preventDefault();
    }
  };
  container?.addEventListener('keydown', onKey);
  return { destroy: () => container?.removeEventListener('keydown', onKey) };
}
