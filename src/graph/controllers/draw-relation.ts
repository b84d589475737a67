/**
 * Edit mode: drawing a relation between two actors. With the pointer: hold Shift, press on an
 * actor and drag to another (a dashed line follows the pointer). With the keyboard: select an
 * actor, press R, walk to any actor with the arrows, Enter to draw, Escape to cancel. Either
 * way the engine only reports `relation-drawn`; the editor decides what the relation is.
 */
import type { EventObject, NodeSingular } from 'cytoscape';
import { actorTowards, DIRECTIONS, selectedActor } from './keyboard.ts';
import type { Controller, ControllerContext } from './types.ts';

/** The line that follows the pointer: its free end is a node of ours, never an actor. */
const GHOST_NODE = '\u0000ghost-end';
const GHOST_EDGE = '\u0000ghost-line';

export function drawRelationController(ctx: ControllerContext): Controller {
  const { cy, emit } = ctx;
  const container = cy.container();
  let source: NodeSingular | null = null;
  let byPointer = false;
  // Shift held down on the canvas: Cytoscape must neither drag the actor nor pan the view. Set
  // before its own mousedown handler runs (a capture listener), undone when the button is up.
  let armed: { grab: boolean; pan: boolean } | null = null;
  const arm = (event: MouseEvent) => {
    if (!event.shiftKey || armed) return;
    armed = { grab: cy.autoungrabify(), pan: cy.userPanningEnabled() };
    cy.autoungrabify(true);
    cy.userPanningEnabled(false);
  };
  const disarm = () => {
    if (!armed) return;
    cy.autoungrabify(armed.grab);
    cy.userPanningEnabled(armed.pan);
    armed = null;
  };

  const begin = (node: NodeSingular, pointer: boolean) => {
    source = node;
    byPointer = pointer;
    node.addClass('draw-source');
    emit('drawing-from', { source: node.id() });
  };
  const end = (target: NodeSingular | undefined) => {
    const from = source;
    if (!from) return;
    source = null;
    from.removeClass('draw-source');
    if (byPointer) cy.remove(cy.getElementById(GHOST_EDGE).union(cy.getElementById(GHOST_NODE)));
    emit('drawing-from', { source: null });
    if (target && !target.same(from))
      emit('relation-drawn', { source: from.id(), target: target.id() });
  };

  /** The actor drawn under a point of the scene, if any. */
  const actorAt = ({ x, y }: { x: number; y: number }) =>
    cy
      .nodes()
      .filter((n) => {
        if (n.id() === GHOST_NODE || !n.visible()) return false;
        const b = n.boundingBox({ includeLabels: false });
        return x >= b.x1 && x <= b.x2 && y >= b.y1 && y <= b.y2;
      })
      .first();

  const onPress = (event: EventObject) => {
    if (!armed || source) return;
    const node = event.target as NodeSingular;
    begin(node, true);
    cy.add([
      {
        group: 'nodes',
        data: { id: GHOST_NODE, label: '' },
        position: { ...event.position },
        classes: ['ghost'],
      },
      {
        group: 'edges',
        data: { id: GHOST_EDGE, label: '', source: node.id(), target: GHOST_NODE },
        classes: ['ghost'],
      },
    ]);
  };
  const onMove = (event: EventObject) => {
    if (source && byPointer) cy.getElementById(GHOST_NODE).position({ ...event.position });
  };
  const onRelease = (event: EventObject) => {
    if (!source || !byPointer) return;
    const target = actorAt(event.position);
    end(target.nonempty() ? (target as NodeSingular) : undefined);
    disarm();
  };

  const onKey = (event: KeyboardEvent) => {
    if (!source) {
      if (event.key !== 'r' && event.key !== 'R') return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const node = selectedActor(cy, ctx);
      if (!node) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      begin(node, false);
      return;
    }
    if (byPointer) return;
    const direction = DIRECTIONS[event.key];
    if (direction) {
      // Any actor may be the other end, not only those already related.
      const from = selectedActor(cy, ctx) ?? source;
      const next = actorTowards(
        from,
        direction,
        cy.nodes().filter((n) => n.visible()),
      );
      if (next) emit('select-actor', { id: next.id() });
    } else if (event.key === 'Enter') end(selectedActor(cy, ctx));
    else if (event.key === 'Escape') end(undefined);
    else return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };

  cy.on('tapstart', 'node', onPress);
  cy.on('tapdrag', onMove);
  cy.on('tapend', onRelease);
  container?.addEventListener('keydown', onKey, { capture: true });
  container?.addEventListener('mousedown', arm, { capture: true });
  window.addEventListener('mouseup', disarm);
  return {
    update(_state, previous) {
      // A changed graph may have lost the actor the line starts from.
      if (previous === null && source && source.removed()) end(undefined);
    },
    destroy() {
      end(undefined);
      cy.off('tapstart', 'node', onPress);
      cy.off('tapdrag', onMove);
      cy.off('tapend', onRelease);
      container?.removeEventListener('keydown', onKey, { capture: true });
      container?.removeEventListener('mousedown', arm, { capture: true });
      window.removeEventListener('mouseup', disarm);
      disarm();
    },
  };
}
