/**
 * Keyboard, focus mode and the canvas toolbar: everything a reader needs without dragging.
 * Keys are handled on the graph element only (never on window), so a host page keeps its own.
 */
import type { CollectionReturnValue, Core, NodeSingular } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../i18n/react.tsx';
import { neighbourhood } from '../model/neighbourhood.ts';
import { useAppStore, useAppStoreApi } from '../store/context.tsx';
import { selectVisibility } from '../store/store.ts';
import type { Theme } from '../look/palette.ts';
import { setClass } from './classes.ts';
import { runLayout } from './layout.ts';
import { buildStylesheet } from './style.ts';

interface Props {
  cy: Core;
}

const FIT_PADDING = 28;

export function FocusController({ cy }: Props) {
  const focus = useAppStore((s) => s.focus);
  const graph = useAppStore((s) => s.graph);
  const visibility = useAppStore(selectVisibility);
  useEffect(() => {
    const near = focus ? neighbourhood(graph, visibility, focus.actor, focus.depth) : null;
    cy.batch(() => {
      setClass(cy.nodes(), 'faded', (id) => near !== null && !near.actorIds.has(id));
      setClass(cy.edges(), 'faded', (id) => near !== null && !near.relationIds.has(id));
    });
    if (near) {
      let shown = cy.collection();
      for (const id of near.actorIds) shown = shown.union(cy.getElementById(id));
      fitGently(cy, shown, FIT_PADDING * 2);
    }
  }, [cy, focus, graph, visibility]);
  return null;
}

/** Fits elements in view without zooming past a readable scale (a pair of actors fills no screen). */
export function fitGently(cy: Core, eles: CollectionReturnValue, padding: number, maxZoom = 1.4) {
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

export function reducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

const DIRECTIONS: Record<string, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** The neighbour (over visible relations) lying most nearly in the arrow's direction. */
function neighbourTowards(
  cy: Core,
  from: NodeSingular,
  [dx, dy]: [number, number],
): NodeSingular | undefined {
  const p = from.position();
  let best: { node: NodeSingular; score: number } | undefined;
  from
    .connectedEdges()
    .filter((e) => !e.hasClass('filtered-out'))
    .connectedNodes()
    .forEach((n) => {
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

/** Where the keyboard starts: the actor with the most visible relations. */
function busiest(cy: Core): NodeSingular | undefined {
  let best: NodeSingular | undefined;
  cy.nodes()
    .not('.dimmed')
    .forEach((n) => {
      if (!best || n.degree(false) > best.degree(false)) best = n;
    });
  return best;
}

/**
 * Tab into the graph; arrow keys walk from actor to actor along relations; Enter opens the
 * evidence; Escape leaves focus mode, then the selection.
 */
export function KeyboardController({ cy }: Props) {
  const store = useAppStoreApi();
  useEffect(() => {
    const container = cy.container();
    if (!container) return;
    const onKey = (event: KeyboardEvent) => {
      const state = store.getState();
      const direction = DIRECTIONS[event.key];
      if (direction) {
        event.preventDefault();
        const current =
          state.selection?.type === 'actor' ? cy.getElementById(state.selection.id) : undefined;
        const start =
          current && current.nonempty()
            ? neighbourTowards(cy, current as unknown as NodeSingular, direction)
            : busiest(cy);
        if (start) state.selectActor(start.id());
      } else if (event.key === 'Enter' && state.selection) {
        event.preventDefault();
        state.openEvidence();
      } else if (event.key === 'Escape') {
        if (state.focus) state.clearFocus();
        else if (state.selection) state.clearSelection();
        else return;
        event.preventDefault();
      }
    };
    container.addEventListener('keydown', onKey);
    return () => container.removeEventListener('keydown', onKey);
  }, [cy, store]);
  return null;
}

/** Zoom, fit and re-layout as buttons, so nothing needs a wheel, a pinch or a drag. */
export function CanvasToolbar({ cy }: Props) {
  const { t } = useTranslation();
  const graph = useAppStore((s) => s.graph);
  const focus = useAppStore((s) => s.focus);
  const clearFocus = useAppStore((s) => s.clearFocus);
  const duration = () => (reducedMotion() ? 0 : 200);
  const zoomBy = (factor: number) => {
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
    const zoom = { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } };
    // Reduced motion: jump at once, no animation frames at all.
    if (reducedMotion()) cy.zoom(zoom);
    else cy.animate({ zoom, duration: 200 });
  };
  return (
    <div className="fl-toolbar" role="toolbar" aria-label={t('canvas.toolbar')}>
      {focus && (
        <button
          type="button"
          className="fl-tool fl-tool-wide"
          onClick={clearFocus}
          data-testid="leave-focus"
        >
          {t('focus.leave')}
        </button>
      )}
      <button
        type="button"
        className="fl-tool"
        onClick={() => zoomBy(1.25)}
        aria-label={t('canvas.zoomIn')}
        title={t('canvas.zoomIn')}
      >
        +
      </button>
      <button
        type="button"
        className="fl-tool"
        onClick={() => zoomBy(0.8)}
        aria-label={t('canvas.zoomOut')}
        title={t('canvas.zoomOut')}
      >
        −
      </button>
      <button
        type="button"
        className="fl-tool fl-tool-wide"
        onClick={() =>
          cy.animate({ fit: { eles: cy.elements(), padding: FIT_PADDING }, duration: duration() })
        }
      >
        {t('canvas.fit')}
      </button>
      <button
        type="button"
        className="fl-tool fl-tool-wide"
        onClick={() => {
          runLayout(cy, graph);
          cy.fit(undefined, FIT_PADDING);
        }}
      >
        {t('canvas.relayout')}
      </button>
    </div>
  );
}

/** Restyles the canvas when the theme changes (light, dark, or the reader's system setting). */
export function ThemeController({ cy, theme, large }: Props & { theme: Theme; large: boolean }) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    cy.style(buildStylesheet(theme, !reducedMotion(), large));
  }, [cy, theme, large]);
  return null;
}

/**
 * In an embed the graph ignores wheel, pinch and drag until the reader clicks, taps or focuses
 * it, so scrolling through the article is never captured; a short hint says how to start.
 */
export function EmbedActivation({ cy }: Props) {
  const { t } = useTranslation();
  const [active, setActive] = useState(false);
  const [hint, setHint] = useState(false);
  const coarse =
    typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches;
  useEffect(() => {
    if (active) {
      cy.userZoomingEnabled(true);
      cy.userPanningEnabled(true);
      return;
    }
    const container = cy.container();
    const activate = () => setActive(true);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onWheel = () => {
      setHint(true);
      clearTimeout(timer);
      timer = setTimeout(() => setHint(false), 1800);
    };
    cy.on('tap', activate);
    container?.addEventListener('focus', activate);
    container?.addEventListener('wheel', onWheel, { passive: true });
    return () => {
      clearTimeout(timer);
      cy.off('tap', activate);
      container?.removeEventListener('focus', activate);
      container?.removeEventListener('wheel', onWheel);
    };
  }, [cy, active]);
  if (active) return null;
  return (
    <>
      {/* On touch screens a shield lets the finger scroll the page until the reader taps. */}
      {coarse && (
        <button
          type="button"
          className="fl-shield"
          onClick={() => setActive(true)}
          data-testid="embed-shield"
        >
          <span>{t('embed.tapToExplore')}</span>
        </button>
      )}
      <p className="fl-zoom-hint" data-visible={hint} role="status" data-testid="zoom-hint">
        {hint ? t('embed.clickToZoom') : ''}
      </p>
    </>
  );
}
