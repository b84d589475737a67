/** Canvas taps become engine events; tapping the background clears the selection. */
import type { Core, EventObject, SingularElementArgument } from 'cytoscape';
import type { Controller, ControllerContext } from './types.ts';

export function tapsController({ cy, emit }: ControllerContext): Controller {
  const container = cy.container();
  const onTap = (event: EventObject) => {
    const target = event.target as Core | SingularElementArgument;
    emit('tap', {});
    if (target === cy) emit('clear', {});
    else if ('isNode' in target && target.isNode()) emit('select-actor', { id: target.id() });
    else if ('isEdge' in target && target.isEdge()) emit('select-relation', { id: target.id() });
  };
  const setCursor = (cursor: string) => () => {
    if (container) container.style.cursor = cursor;
  };
  const pointer = setCursor('pointer');
  const normal = setCursor('');
  // Cytoscape caches where its container sits on the page and refreshes that only on resize,
  // scroll and transitions. Content above the graph changing height (a notice dismissed) moves
  // it without any of those, and clicks would land on the wrong element: re-measure first, but
  // only when the box really moved (page coordinates, so scrolling does not count), as a resize
  // also redraws every element, which on a large graph costs a frame or more per click.
  let measured = '';
  const remeasure = () => {
    if (!container) return;
    const box = container.getBoundingClientRect();
    const where = [box.left + window.scrollX, box.top + window.scrollY, box.width, box.height];
    if (where.join() === measured) return;
    measured = where.join();
    cy.resize();
  };
  container?.addEventListener('pointerenter', remeasure);
  container?.addEventListener('pointerdown', remeasure, { capture: true });
  cy.on('tap', onTap);
  cy.on('mouseover', 'node, edge', pointer);
  cy.on('mouseout', 'node, edge', normal);
  return {
    destroy() {
      container?.removeEventListener('pointerenter', remeasure);
      container?.removeEventListener('pointerdown', remeasure, { capture: true });
      cy.off('tap', onTap);
      cy.off('mouseover', 'node, edge', pointer);
      cy.off('mouseout', 'node, edge', normal);
    },
  };
}
