/**
 * The selection drawn with its halo, and brought into view when it was made elsewhere (search,
 * table, article) and lies off-screen.
 */
import type { CollectionReturnValue, Core } from 'cytoscape';
import { selectedRelationIds } from '../../store/store.ts';
import { reducedMotion } from '../viewport.ts';
import type { Controller, ControllerContext } from './types.ts';

/** Where the evidence opens as a sheet over the lower screen (see styles.css). */
const SHEET_QUERY = '(max-width: 760px)';
/** Share of the viewport the sheet leaves uncovered at the top. */
const SHEET_FREE_SHARE = 0.42;

export function selectionController({ cy, evidenceSheet }: ControllerContext): Controller {
  return {
    update(state, previous) {
      if (previous && state.selection === previous.selection) return;
      const { selection } = state;
      const ids = selection?.type === 'actor' ? [selection.id] : selectedRelationIds(selection);
      let selected = cy.collection();
      for (const id of ids) selected = selected.union(cy.getElementById(id));
      cy.batch(() => {
        cy.elements('.selected').removeClass('selected');
        selected.addClass('selected');
      });
      if (selected.empty()) return;
      // An embed has no sheet and never scrolls its document.
      if (evidenceSheet && window.matchMedia(SHEET_QUERY).matches) revealAboveSheet(cy, selected);
      else revealInView(cy, selected);
    },
  };
}

/** A selection made elsewhere is panned into view if it is off-screen. */
function revealInView(cy: Core, element: CollectionReturnValue) {
  const box = element.renderedBoundingBox();
  const margin = 20;
  const inside =
    box.x1 >= -margin &&
    box.y1 >= -margin &&
    box.x2 <= cy.width() + margin &&
    box.y2 <= cy.height() + margin;
  if (!inside) cy.animate({ center: { eles: element }, duration: reducedMotion() ? 0 : 250 });
}

/**
 * On a phone the evidence sheet covers the lower screen: bring the graph to the top of the
 * viewport and pan the selection into the part the sheet leaves free, so the reader sees both.
 */
function revealAboveSheet(cy: Core, element: CollectionReturnValue) {
  const container = cy.container();
  if (!container) return;
  const top = container.getBoundingClientRect().top;
  if (Math.abs(top) > 1) window.scrollBy({ top, behavior: 'auto' });
  const free = Math.min(container.clientHeight, window.innerHeight * SHEET_FREE_SHARE);
  const box = element.renderedBoundingBox();
  const center = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  cy.panBy({ x: container.clientWidth / 2 - center.x, y: free / 2 - center.y });
}
