/**
 * The reader's canvas in React: a thin wrapper over the engine (engine.ts). It creates the engine
 * once per graph on its element, pushes the store's view into it, turns its events into store
 * actions, and shows what the canvas is doing (loading, layout, nothing to show).
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../i18n/react.tsx';
import type { Theme } from '../look/palette.ts';
import { useAppStore, useAppStoreApi } from '../store/context.tsx';
import { selectVisibility } from '../store/store.ts';
import { createEngine, type Engine, type EngineStatus } from './engine.ts';

const LOADING: EngineStatus = { state: 'loading', progress: 0, renderer: null };

interface GraphCanvasProps {
  /** embed: no downloads, and wheel/pinch/drag only after the reader clicks or focuses the graph. */
  mode?: 'app' | 'embed';
  theme?: Theme;
  /**
   * Our own build-time SVG of the graph (src/publish/picture.ts), shown until the canvas has
   * drawn. The canvas then frames the same box, so the picture is replaced without a jump.
   */
  picture?: string | undefined;
  /**
   * Controls drawn under the canvas once it exists (the toolbar, the app's downloads, the embed's
   * activation). Passed in rather than imported: they are panels (src/ui), and the export code
   * stays out of the embed's JavaScript.
   */
  tools?: (engine: Engine) => ReactNode;
  /** Called once the canvas has drawn the graph, or failed to (the rest of a page can follow). */
  onSettled?: () => void;
}

export function GraphCanvas({
  mode = 'app',
  theme = 'light',
  picture,
  tools,
  onSettled,
}: GraphCanvasProps) {
  const store = useAppStoreApi();
  const graph = useAppStore((s) => s.graph);
  const visibility = useAppStore(selectVisibility);
  const selection = useAppStore((s) => s.selection);
  const focus = useAppStore((s) => s.focus);
  const lang = useAppStore((s) => s.lang);
  const { t, i18n } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const keysId = useId();
  // The theme at creation; later changes go through engine.update without re-creating it.
  const themeRef = useRef(theme);
  useEffect(() => {
    themeRef.current = theme;
  }, [theme]);
  const [engine, setEngine] = useState<Engine | null>(null);
  const [status, setStatus] = useState<EngineStatus>(LOADING);
  const settled = useRef(onSettled);
  useEffect(() => {
    settled.current = onSettled;
  }, [onSettled]);
  useEffect(() => {
    if (status.state === 'ready' || status.state === 'error') settled.current?.();
  }, [status.state]);
  const nothingShown = useAppStore(
    (s) => s.graph.relations.length > 0 && selectVisibility(s).relationIds.size === 0,
  );
  const resetView = useAppStore((s) => s.resetView);

  // A layout effect, not a passive one: Cytoscape is created in the same task as the page's
  // render, so it draws in the very next frame. A passive effect runs only after that frame has
  // been painted (Preact, in the embed, waits for an animation frame and a timer; React may let
  // the browser paint first), and the canvas then draws a frame later.
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const now = store.getState();
    const created = createEngine(container, {
      graph,
      mode: 'read',
      lang: now.lang,
      theme: themeRef.current,
      kindLabel: (kind, language) => i18n.getFixedT(language)(`kind.${kind}`),
      state: { visibility: selectVisibility(now), selection: now.selection, focus: now.focus },
      // Where a build-time picture was painted first (the embed's, the app page's), the canvas
      // frames the same box, so nothing moves; otherwise it fits what it draws.
      frame: mode === 'embed' || picture ? 'picture' : 'fit',
      // In an article the graph must not take the page's scroll until the reader asks it to.
      gestures: mode === 'app',
      evidenceSheet: mode === 'app',
    });
    const act = store.getState;
    const off = [
      created.on('status', setStatus),
      created.on('select-actor', ({ id }) => act().selectActor(id)),
      created.on('select-relation', ({ id }) => act().selectRelation(id)),
      created.on('clear', () => act().clearSelection()),
      created.on('leave-focus', () => act().clearFocus()),
      created.on('open-evidence', () => act().openEvidence()),
    ];
    setEngine(created);
    return () => {
      off.forEach((unsubscribe) => unsubscribe());
      created.destroy();
      setEngine(null);
      setStatus(LOADING);
    };
    // mode is fixed for a mounted canvas; the view and the theme are pushed by the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [graph, store, i18n]);

  useEffect(() => {
    engine?.update({ visibility, selection, focus, lang, theme });
  }, [engine, visibility, selection, focus, lang, theme]);

  const { state } = status;
  return (
    <div className="fl-canvas-wrap">
      <div
        ref={containerRef}
        className="fl-canvas"
        data-testid="graph-canvas"
        data-render-state={state}
        data-renderer={status.renderer ?? undefined}
        role="application"
        aria-roledescription={t('canvas.roledescription')}
        aria-label={t('canvas.label')}
        aria-describedby={`${keysId}`}
        tabIndex={0}
      />
      <p id={keysId} className="fl-sr-only">
        {t('canvas.keys')}
      </p>
      {picture && state !== 'ready' && (
        // Trusted markup: built from the shipped graph at build time, everything in it escaped.
        <div
          className="fl-canvas fl-static-picture"
          aria-hidden="true"
          dangerouslySetInnerHTML={{ __html: picture }}
        />
      )}
      {state === 'loading' && !picture && <p className="fl-canvas-status">{t('canvas.loading')}</p>}
      {state === 'layout' && (
        <div className="fl-canvas-status" data-testid="layout-progress">
          <label>
            {t('canvas.layout')}
            <progress max={1} value={status.progress} />
          </label>
          <button type="button" className="fl-button" onClick={() => engine?.cancelLayout()}>
            {t('canvas.cancelLayout')}
          </button>
        </div>
      )}
      {state === 'error' && <p className="fl-canvas-status">{t('canvas.error')}</p>}
      {state === 'ready' && nothingShown && (
        <div className="fl-canvas-status" data-testid="canvas-empty">
          <p>{t('canvas.empty')}</p>
          <button type="button" className="fl-button" onClick={resetView}>
            {t('filters.reset')}
          </button>
        </div>
      )}
      {engine && status.renderer && tools?.(engine)}
    </div>
  );
}
