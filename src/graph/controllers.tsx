/** Controllers: components that render nothing and keep Cytoscape in step with the store. */
import type { CollectionReturnValue, Core, EventObject, SingularElementArgument } from 'cytoscape';
import { useEffect } from 'react';
import { useTranslation } from '../i18n/react.tsx';
import { useAppStore, useAppStoreApi } from '../store/context.tsx';
import { selectedRelationIds, selectVisibility } from '../store/store.ts';
import { setClass } from './classes.ts';
import { actorLabel, kindLabel } from './elements.ts';
import { reducedMotion } from './interaction.tsx';

interface Props {
  cy: Core;
}

/** Hidden relations and the actors they leave without any: only what changes is restyled. */
export function FilterController({ cy }: Props) {
  const visibility = useAppStore(selectVisibility);
  useEffect(() => {
    cy.batch(() => {
      setClass(cy.edges(), 'filtered-out', (id) => !visibility.relationIds.has(id));
      setClass(cy.nodes(), 'dimmed', (id) => !visibility.activeActorIds.has(id));
    });
  }, [cy, visibility]);
  return null;
}

/**
 * From this zoom on, edges are `.near` (style.ts): a large graph's lines get their full weight,
 * and relation labels appear once they are drawn at a readable size (12 px × 0.75 = 9 px; Cytoscape's
 * own min-zoomed-font-size rounds the zoom to a power of two, so it cannot tell 0.55 from 1).
 */
const NEAR_ZOOM = { large: 0.45, small: 0.75 };

/**
 * Level of detail: thin, unlabelled lines while zoomed out, full ones from NEAR_ZOOM on.
 * Classes change only when the zoom crosses the threshold; a large graph opens zoomed out, so
 * at first there is nothing to restyle.
 */
export function DetailController({ cy, large }: Props & { large: boolean }) {
  useEffect(() => {
    const threshold = large ? NEAR_ZOOM.large : NEAR_ZOOM.small;
    let near = false;
    const update = () => {
      const next = cy.zoom() >= threshold;
      if (next === near) return;
      near = next;
      cy.batch(() => cy.edges().toggleClass('near', next));
    };
    update();
    cy.on('zoom', update);
    return () => {
      cy.off('zoom', update);
    };
  }, [cy, large]);
  return null;
}

/** Where the evidence opens as a sheet over the lower screen (see styles.css). */
const SHEET_QUERY = '(max-width: 760px)';
/** Share of the viewport the sheet leaves uncovered at the top. */
const SHEET_FREE_SHARE = 0.42;

/** `evidenceSheet`: the full app, whose evidence opens as a sheet over the lower screen on phones. */
export function SelectionController({ cy, evidenceSheet }: Props & { evidenceSheet: boolean }) {
  const selection = useAppStore((s) => s.selection);
  useEffect(() => {
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
  }, [cy, selection, evidenceSheet]);
  return null;
}

/** A selection made elsewhere (search, table, article) is panned into view if it is off-screen. */
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

export function LabelController({ cy }: Props) {
  const lang = useAppStore((s) => s.lang);
  const graph = useAppStore((s) => s.graph);
  const { t } = useTranslation();
  useEffect(() => {
    const name = actorLabel(graph, lang);
    const kind = kindLabel(t);
    // Only labels that change: on mount they are already right, and every data() write restyles.
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const label = name(n.id());
        if (n.data('label') !== label) n.data('label', label);
      });
      cy.edges().forEach((e) => {
        const label = kind(String(e.data('kind')));
        if (e.data('label') !== label) e.data('label', label);
      });
    });
  }, [cy, graph, lang, t]);
  return null;
}

/** Canvas taps become store actions; tapping the background clears the selection. */
export function CanvasEvents({ cy }: Props) {
  const store = useAppStoreApi();
  useEffect(() => {
    const container = cy.container();
    const onTap = (event: EventObject) => {
      const target = event.target as Core | SingularElementArgument;
      const { selectActor, selectRelation, clearSelection } = store.getState();
      if (target === cy) clearSelection();
      else if ('isNode' in target && target.isNode()) selectActor(target.id());
      else if ('isEdge' in target && target.isEdge()) selectRelation(target.id());
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
      const where = [
        box.left + window.scrollX,
        box.top + window.scrollY,
        box.width,
        box.height,
      ].join();
      if (where === measured) return;
      measured = where;
      cy.resize();
    };
    container?.addEventListener('pointerenter', remeasure);
    container?.addEventListener('pointerdown', remeasure, { capture: true });
    cy.on('tap', onTap);
    cy.on('mouseover', 'node, edge', pointer);
    cy.on('mouseout', 'node, edge', normal);
    return () => {
      container?.removeEventListener('pointerenter', remeasure);
      container?.removeEventListener('pointerdown', remeasure, { capture: true });
      cy.off('tap', onTap);
      cy.off('mouseover', 'node, edge', pointer);
      cy.off('mouseout', 'node, edge', normal);
    };
  }, [cy, store]);
  return null;
}
