/**
 * Level of detail: thin, unlabelled lines while zoomed out, full ones from NEAR_ZOOM on (edges
 * are `.near`, style.ts). Classes change only when the zoom crosses the threshold; a large graph
 * opens zoomed out, so at first there is nothing to restyle.
 */
import type { Controller, ControllerContext } from './types.ts';

/**
 * From this zoom on, a large graph's lines get their full weight, and relation labels appear once
 * they are drawn at a readable size (12 px × 0.75 = 9 px; Cytoscape's own min-zoomed-font-size
 * rounds the zoom to a power of two, so it cannot tell 0.55 from 1).
 */
const NEAR_ZOOM = { large: 0.45, small: 0.75 };

/** Whether relations are drawn in full at this zoom. */
export function isNear(zoom: number, large: boolean): boolean {
  return zoom >= (large ? NEAR_ZOOM.large : NEAR_ZOOM.small);
}

/**
 * `near`: whether the edges were created with the class already (the engine knows the first zoom
 * before it creates them when it frames a picture's box): adding it again restyles them all.
 */
export function detailController({ cy, large }: ControllerContext, near = false): Controller {
  const update = () => {
    const next = isNear(cy.zoom(), large);
    if (next === near) return;
    near = next;
    cy.batch(() => cy.edges().toggleClass('near', next));
  };
  update();
  cy.on('zoom', update);
  return {
    update(_state, previous) {
      // A changed graph brings new edges: give them the class the zoom calls for.
      if (previous === null && near) cy.batch(() => cy.edges().addClass('near'));
    },
    destroy: () => void cy.off('zoom', update),
  };
}
