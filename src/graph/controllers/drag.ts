/**
 * Edit mode: moving actors. A drag ends in `actor-moved` with where the actor was dropped; with
 * the keyboard, Alt+arrow nudges the selected actor. (In read mode actors cannot be grabbed at
 * all — the engine makes them ungrabbable — so a reader's picture stays the one its author
 * placed.)
 */
import { DIRECTIONS, selectedActor } from './keyboard.ts';
import type { Controller, ControllerContext } from './types.ts';

/** How far Alt+arrow moves an actor, in layout units. */
const NUDGE = 20;

export function dragController(ctx: ControllerContext): Controller {
  const { cy, emit } = ctx;
  const container = cy.container();
  const onDrop = (event: { target: { id(): string; position(): { x: number; y: number } } }) => {
    const { x, y } = event.target.position();
    emit('actor-moved', { id: event.target.id(), position: { x, y } });
  };
  const onKey = (event: KeyboardEvent) => {
    const direction = DIRECTIONS[event.key];
    if (!direction || !event.altKey) return;
    const node = selectedActor(cy, ctx);
    if (!node) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const p = node.position();
    const position = { x: p.x + direction[0] * NUDGE, y: p.y + direction[1] * NUDGE };
    node.position(position);
    emit('actor-moved', { id: node.id(), position });
  };
  cy.on('dragfree', 'node', onDrop);
  container?.addEventListener('keydown', onKey, { capture: true });
  return {
    destroy() {
      cy.off('dragfree', 'node', onDrop);
      container?.removeEventListener('keydown', onKey, { capture: true });
    },
  };
}
