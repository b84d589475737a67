/**
 * The only component that owns a Cytoscape instance. It creates the renderer once per graph and
 * mounts controllers that draw nothing: they push store state into Cytoscape (in cy.batch) and
 * turn canvas events into store actions.
 */
import type { Core } from 'cytoscape';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from '../i18n/react.tsx';
import { useAppStore, useAppStoreApi } from '../store/context.tsx';
import { selectVisibility } from '../store/store.ts';
import {
  CanvasEvents,
  DetailController,
  FilterController,
  LabelController,
  SelectionController,
} from './controllers.tsx';
import { actorLabel, kindLabel, toElements } from './elements.ts';
import { fontsReady } from './fonts.ts';
import { sceneBox } from '../model/layout.ts';
import { CANCELLED_BY_READER, fitBox, positionsFor } from './layout.ts';
import { createCytoscape, isLarge, type RendererName } from './renderer.ts';
import { buildStylesheet } from './style.ts';
import {
  CanvasToolbar,
  EmbedActivation,
  FocusController,
  KeyboardController,
  reducedMotion,
  ThemeController,
} from './interaction.tsx';
import type { Theme } from '../look/palette.ts';
import { installTestHook } from './test-hook.ts';

const FIT_PADDING = 28;

type RenderState = 'loading' | 'layout' | 'ready' | 'error';

/**
 * Cytoscape injects an inline <style> into <head> unless an element with this id exists; under a
 * strict CSP (style-src 'self') that injection is a violation. Its one rule (a positioned
 * container) is in styles.css, so a marker element stands in for it.
 */
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';
function preventInlineStylesheet() {
  if (document.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  const marker = document.createElement('meta');
  marker.id = CYTOSCAPE_STYLESHEET_ID;
  document.head.appendChild(marker);
}

interface GraphCanvasProps {
  /** embed: no downloads, and wheel/pinch/drag only after the reader clicks or focuses the graph. */
  mode?: 'app' | 'embed';
  theme?: Theme;
  /**
   * Our own build-time SVG of the graph (src/publish/picture.ts), shown until the canvas has
   * drawn. The canvas then fits the same box, so the picture is replaced without a jump.
   */
  picture?: string | undefined;
  /**
   * Controls drawn under the canvas once it exists (the app's downloads). Passed in rather than
   * imported, so the export code stays out of the embed's JavaScript.
   */
  tools?: (cy: Core) => ReactNode;
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
  const { t, i18n } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const keysId = useId();
  // The theme at creation; later changes go through ThemeController without re-creating Cytoscape.
  const themeRef = useRef(theme);
  useEffect(() => {
    themeRef.current = theme;
  }, [theme]);
  const [cy, setCy] = useState<Core | null>(null);
  const [renderState, setRenderState] = useState<RenderState>('loading');
  const settled = useRef(onSettled);
  useEffect(() => {
    settled.current = onSettled;
  }, [onSettled]);
  useEffect(() => {
    if (renderState === 'ready' || renderState === 'error') settled.current?.();
  }, [renderState]);
  const [renderer, setRenderer] = useState<RendererName | null>(null);
  // Share of a background layout done, while there is one.
  const [layoutProgress, setLayoutProgress] = useState(0);
  const layoutRef = useRef<AbortController | null>(null);
  const large = isLarge(graph);
  const nothingShown = useAppStore(
    (s) => s.graph.relations.length > 0 && selectVisibility(s).relationIds.size === 0,
  );
  const resetView = useAppStore((s) => s.resetView);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let cancelled = false;
    let instance: Core | undefined;
    let removeHook = () => {};
    // An embed frames the same box as its build-time picture; the app fits what it draws.
    let fit = (cy: Core): void => void cy.fit(undefined, FIT_PADDING);
    const resize = new ResizeObserver(() => {
      if (!instance) return;
      instance.resize();
      fit(instance);
    });

    const layout = new AbortController();
    layoutRef.current = layout;
    const positions = positionsFor(graph, {
      signal: layout.signal,
      onProgress: (share) => {
        if (cancelled) return;
        setRenderState('layout');
        setLayoutProgress(share);
      },
    });
    void Promise.all([positions, fontsReady()])
      .then(([placed]) => {
        if (cancelled) return;
        preventInlineStylesheet();
        const lang = store.getState().lang;
        const big = isLarge(graph);
        const made = createCytoscape(
          {
            container,
            elements: toElements(
              graph,
              { actor: actorLabel(graph, lang), relationKind: kindLabel(i18n.getFixedT(lang)) },
              placed,
            ),
            style: buildStylesheet(themeRef.current, !reducedMotion(), big),
            // In an article the graph must not take the page's scroll until the reader asks it to.
            userZoomingEnabled: mode === 'app',
            userPanningEnabled: mode === 'app',
            layout: { name: 'preset' },
            autounselectify: true,
            boxSelectionEnabled: false,
            // A large graph opens zoomed far out; the reader must be able to get back there.
            minZoom: big ? 0.02 : 0.2,
            maxZoom: 4,
          },
          big,
        );
        instance = made.cy;
        setRenderer(made.renderer);
        if (mode === 'embed') {
          const box = sceneBox(placed.values());
          fit = (cy) => fitBox(cy, box);
        }
        fit(instance);
        removeHook = installTestHook(instance, container);
        resize.observe(container);
        // Ready = drawn: the first render has happened and two frames have been painted. The
        // WebGL renderer emits no 'render' event; it draws in the first frame after creation.
        const drawn = () =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              if (!cancelled) setRenderState('ready');
            }),
          );
        if (made.renderer === 'webgl') requestAnimationFrame(drawn);
        else instance.one('render', drawn);
        setCy(instance);
      })
      .catch(() => {
        if (!cancelled) setRenderState('error');
      });

    return () => {
      cancelled = true;
      layout.abort();
      resize.disconnect();
      removeHook();
      instance?.destroy();
      setCy(null);
      setRenderState('loading');
    };
    // mode is fixed for a mounted canvas; theme changes are applied by ThemeController.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [graph, store, i18n]);

  return (
    <div className="fl-canvas-wrap">
      <div
        ref={containerRef}
        className="fl-canvas"
        data-testid="graph-canvas"
        data-render-state={renderState}
        data-renderer={renderer ?? undefined}
        role="application"
        aria-roledescription={t('canvas.roledescription')}
        aria-label={t('canvas.label')}
        aria-describedby={`${keysId}`}
        tabIndex={0}
      />
      <p id={keysId} className="fl-sr-only">
        {t('canvas.keys')}
      </p>
      {picture && renderState !== 'ready' && (
        // Trusted markup: built from the shipped graph at build time, everything in it escaped.
        <div
          className="fl-canvas fl-static-picture"
          aria-hidden="true"
          dangerouslySetInnerHTML={{ __html: picture }}
        />
      )}
      {renderState === 'loading' && !picture && (
        <p className="fl-canvas-status">{t('canvas.loading')}</p>
      )}
      {renderState === 'layout' && (
        <div className="fl-canvas-status" data-testid="layout-progress">
          <label>
            {t('canvas.layout')}
            <progress max={1} value={layoutProgress} />
          </label>
          <button
            type="button"
            className="fl-button"
            onClick={() => layoutRef.current?.abort(CANCELLED_BY_READER)}
          >
            {t('canvas.cancelLayout')}
          </button>
        </div>
      )}
      {renderState === 'error' && <p className="fl-canvas-status">{t('canvas.error')}</p>}
      {renderState === 'ready' && nothingShown && (
        <div className="fl-canvas-status" data-testid="canvas-empty">
          <p>{t('canvas.empty')}</p>
          <button type="button" className="fl-button" onClick={resetView}>
            {t('filters.reset')}
          </button>
        </div>
      )}
      {cy && (
        <>
          <FilterController cy={cy} />
          <SelectionController cy={cy} evidenceSheet={mode === 'app'} />
          <LabelController cy={cy} />
          <CanvasEvents cy={cy} />
          <FocusController cy={cy} />
          <KeyboardController cy={cy} />
          <CanvasToolbar cy={cy} />
          <ThemeController cy={cy} theme={theme} large={large} />
          <DetailController cy={cy} large={large} />
          {mode === 'embed' && <EmbedActivation cy={cy} />}
        </>
      )}
      {cy && tools?.(cy)}
    </div>
  );
}
