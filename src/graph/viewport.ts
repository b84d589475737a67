/** Moving the view: fits, gentle fits and zoom steps, animated unless the reader asked for less motion. */
import type { CollectionReturnValue, Core } from 'cytoscape';
import type { Box } from '../model/layout.ts';

/** Room left around the graph when it is fitted to the canvas. */
export const FIT_PADDING = 28;

export function reducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/** The zoom at which `box` fills `container` on its tighter side (as fitBox shows it). */
export function boxZoom(container: HTMLElement, box: Box): number {
  return Math.min(container.clientWidth / box.width, container.clientHeight / box.height);
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

/** The zoom a gentle fit stops at: actors drawn at a readable size, however few there are. */
const READABLE_ZOOM = 1.4;

/** Fits elements in view without zooming past a readable scale (a pair of actors fills no screen). */
export function fitGently(
  cy: Core,
  eles: CollectionReturnValue,
  padding: number,
  maxZoom = READABLE_ZOOM,
) {
  const bb = eles.boundingBox();
  const zoom = Math.min(
    maxZoom,
    (cy.width() - 2 * padding) / Math.max(bb.w, 1),
    (cy.height() - 2 * padding) / Math.max(bb.h, 1),
  );
  cy.animate({
    zoom,
    pan: {
      x: cy.width() / 2 - zoom * (bb.x1 + bb.w / 2),
      y: cy.height() / 2 - zoom * (bb.y1 + bb.h / 2),
    },
    duration: reducedMotion() ? 0 : 250,
  });
}

/** Zooms about the canvas's centre, within the zoom limits. */
export function zoomBy(cy: Core, factor: number): void {
  const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
  const zoom = { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } };
  // Reduced motion: jump at once, no animation frames at all.
  if (reducedMotion()) cy.zoom(zoom);
  else cy.animate({ zoom, duration: 200 });
}

/**
 * The whole graph in view at once; `gently`, zoomed in no further than a readable size (the
 * editor: a new draft's two actors, fitted, were drawn four times their size).
 */
export function fitNow(cy: Core, gently: boolean): void {
  cy.fit(undefined, FIT_PADDING);
  if (gently && cy.zoom() > READABLE_ZOOM)
    cy.zoom({ level: READABLE_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/** The whole graph in view, gliding there unless motion is reduced; `gently` as fitNow. */
export function fitAll(cy: Core, gently = false): void {
  if (gently && cy.elements().nonempty()) return fitGently(cy, cy.elements(), FIT_PADDING);
  cy.animate({
    fit: { eles: cy.elements(), padding: FIT_PADDING },
    duration: reducedMotion() ? 0 : 200,
  });
}
