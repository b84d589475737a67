/**
 * The canvas engine: a Cytoscape graph with no framework around it (xyflow's XYPanZoom under its
 * React ZoomPane). A host creates it on a container, pushes the view into it with `update`,
 * listens to what the reader does with `on`, and destroys it. Each concern is a controller of
 * its own (./controllers); the engine only wires them. In `edit` mode actors report their moves
 * and relations can be drawn between them; a changed graph is applied in place (`setGraph`).
 */
import type { Core } from 'cytoscape';
import type { Graph } from '../model/graph.ts';
import { sceneBox, type Box, type Point } from '../model/layout.ts';
import type { Language, RelationKind } from '../model/vocabulary.ts';
import type { Theme } from '../look/palette.ts';
import { detailController, isNear } from './controllers/detail.ts';
import { dragController } from './controllers/drag.ts';
import { drawRelationController } from './controllers/draw-relation.ts';
import { focusController } from './controllers/focus.ts';
import { keyboardController } from './controllers/keyboard.ts';
import { labelsController } from './controllers/labels.ts';
import { selectionController } from './controllers/selection.ts';
import { tapsController } from './controllers/taps.ts';
import { themeController } from './controllers/theme.ts';
import type {
  Controller,
  ControllerContext,
  EngineEvents,
  EngineState,
  EngineStatus,
} from './controllers/types.ts';
import { visibilityController } from './controllers/visibility.ts';
import { actorLabel, kindLabel, toElements, type Labels } from './elements.ts';
import type { Scene } from '../look/scene.ts';
import { sceneFromCanvas } from './scene-from-canvas.ts';
import { fontsReady } from './fonts.ts';
import { preventInlineStylesheet } from './no-inline-stylesheet.ts';
import { applyGraph } from './graph-diff.ts';
import { CANCELLED_BY_READER, positionsFor, runLayout } from './layout.ts';
import { createCytoscape, isLarge } from './renderer.ts';
import { installTestHook } from './test-hook.ts';
import { buildStylesheet } from './style.ts';
import { boxZoom, FIT_PADDING, fitAll, fitBox, fitNow, reducedMotion, zoomBy } from './viewport.ts';

export type { EngineEvents, EngineState, EngineStatus } from './controllers/types.ts';

export interface EngineOptions {
  graph: Graph;
  /** `read`: the reader's graph. `edit`: actors report their moves, relations can be drawn. */
  mode: 'read' | 'edit';
  lang: Language;
  theme: Theme;
  /** A relation kind's label in a language (the kind's translation). */
  kindLabel: (kind: RelationKind, lang: Language) => string;
  /** Where the actors go; without it the engine lays the graph out (in the background if large). */
  positions?: ReadonlyMap<string, Point>;
  /** The view at creation; anything left out starts empty (everything visible, no selection). */
  state?: Partial<Pick<EngineState, 'visibility' | 'selection' | 'focus'>>;
  /**
   * `fit` (default): the whole graph fills the canvas. `picture`: the box a build-time picture of
   * the same positions frames (model/layout sceneBox), so the canvas replaces it without a jump.
   */
  frame?: 'fit' | 'picture';
  /** Wheel, pinch and drag pan and zoom (default on; an embed turns them on when the reader asks). */
  gestures?: boolean;
  /** The app's evidence opens as a sheet over the lower screen on phones: keep the selection above it. */
  evidenceSheet?: boolean;
}

export interface Engine {
  readonly container: HTMLElement;
  readonly mode: 'read' | 'edit';
  /** The view changed: only the fields given are compared and applied. */
  update(state: Partial<EngineState>): void;
  /** Another version of the graph, applied in place: positions and the viewport are kept. */
  setGraph(graph: Graph, positions?: ReadonlyMap<string, Point>): void;
  on<K extends keyof EngineEvents>(name: K, handler: (event: EngineEvents[K]) => void): () => void;
  status(): EngineStatus;
  /** The whole graph in view (animated unless motion is reduced). */
  fit(): void;
  zoomBy(factor: number): void;
  /** Puts every actor back where the layout placed it. */
  relayout(): void;
  /** Wheel, pinch and drag pan and zoom, or not. */
  setGestures(on: boolean): void;
  /** Where each actor is drawn now, in layout units. */
  positions(): Map<string, Point>;
  /** What the canvas shows, as data for the SVG writers (look/scene-svg); empty before it draws. */
  scene(): Scene;
  /** Stops a background layout: the actors are placed at once. */
  cancelLayout(): void;
  destroy(): void;
}

export function createEngine(container: HTMLElement, options: EngineOptions): Engine {
  const { mode } = options;
  let graph = options.graph;
  let state: EngineState = {
    visibility: options.state?.visibility ?? null,
    selection: options.state?.selection ?? null,
    focus: options.state?.focus ?? null,
    lang: options.lang,
    theme: options.theme,
  };
  let status: EngineStatus = { state: 'loading', progress: 0, renderer: null };
  const handlers = new Map<keyof EngineEvents, Set<(event: never) => void>>();
  const emit = <K extends keyof EngineEvents>(name: K, event: EngineEvents[K]) => {
    for (const handler of handlers.get(name) ?? [])
      (handler as (e: EngineEvents[K]) => void)(event);
  };
  const setStatus = (next: Partial<EngineStatus>) => {
    status = { ...status, ...next };
    emit('status', status);
  };

  let cy: Core | null = null;
  let controllers: Controller[] = [];
  let destroyed = false;
  let frame: Box | null = null;
  let gestures = options.gestures ?? true;
  const labels = (lang: Language): Labels => ({
    actor: actorLabel(graph, lang),
    relationKind: kindLabel((kind) => options.kindLabel(kind, lang)),
  });
  const fitFrame = (instance: Core) => {
    if (frame) fitBox(instance, frame);
    else fitNow(instance, mode === 'edit');
  };
  const resize = new ResizeObserver(() => {
    if (!cy) return;
    cy.resize();
    fitFrame(cy);
  });
  const layout = new AbortController();
  let removeHook = () => {};

  const start = (placed: ReadonlyMap<string, Point>) => {
    preventInlineStylesheet();
    const large = isLarge(graph);
    if (options.frame === 'picture') frame = sceneBox(placed.values());
    // Where the frame fixes the first zoom, relations drawn in full at it get their class at
    // creation: added after, it restyles every edge before the first draw.
    const near = frame !== null && isNear(boxZoom(container, frame), large);
    const elements = toElements(graph, labels(state.lang), placed);
    if (near)
      for (const e of elements)
        if (e.group === 'edges') e.classes = [...(e.classes as string[]), 'near'];
    const made = createCytoscape(
      {
        container,
        elements,
        style: buildStylesheet(state.theme, !reducedMotion(), large),
        // In an article the graph must not take the page's scroll until the reader asks it to.
        userZoomingEnabled: gestures,
        userPanningEnabled: gestures,
        // Not fitted here: fitFrame does it below, and a picture's frame needs no bounding box
        // (one measures every label before the first draw).
        layout: { name: 'preset', fit: false },
        autounselectify: true,
        // A reader looks at the graph; only the editor places actors. In read mode a press on an
        // actor pans the view like a press anywhere else.
        autoungrabify: mode === 'read',
        boxSelectionEnabled: false,
        // A large graph opens zoomed far out; the reader must be able to get back there.
        minZoom: large ? 0.02 : 0.2,
        maxZoom: 4,
      },
      large,
    );
    const instance = made.cy;
    cy = instance;
    fitFrame(instance);
    const ctx: ControllerContext = {
      cy: instance,
      mode,
      large,
      evidenceSheet: options.evidenceSheet ?? false,
      graph: () => graph,
      state: () => state,
      emit,
    };
    controllers = [
      visibilityController(ctx),
      selectionController(ctx),
      labelsController(ctx, options.kindLabel),
      tapsController(ctx),
      focusController(ctx),
      keyboardController(ctx),
      themeController(ctx),
      detailController(ctx, near),
      ...(mode === 'edit' ? [dragController(ctx), drawRelationController(ctx)] : []),
    ];
    // Labels and theme are right at creation; the other controllers apply the view they were
    // given, as they would a change from an empty one.
    const empty: EngineState = { ...state, visibility: null, selection: null, focus: null };
    for (const c of controllers) c.update?.(state, empty);
    // End-to-end tests locate pixels through this; a reader's build has none of it (the
    // condition is a constant there, and the hook's code is left out).
    if (import.meta.env.VITE_FL_TEST_HOOK === '1')
      removeHook = installTestHook(instance, container);
    resize.observe(container);
    setStatus({ renderer: made.renderer });
    // Ready = drawn: the first render has happened and two frames have been painted. The
    // WebGL renderer emits no 'render' event; it draws in the first frame after creation.
    const drawn = () =>
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          if (!destroyed) setStatus({ state: 'ready' });
        }),
      );
    if (made.renderer === 'webgl') requestAnimationFrame(drawn);
    else instance.one('render', drawn);
  };

  const positions =
    options.positions ??
    positionsFor(graph, {
      signal: layout.signal,
      onProgress: (progress) => {
        if (!destroyed) setStatus({ state: 'layout', progress });
      },
    });
  void Promise.all([positions, fontsReady()])
    .then(([placed]) => {
      if (!destroyed) start(placed);
    })
    .catch(() => {
      if (!destroyed) setStatus({ state: 'error' });
    });

  return {
    container,
    mode,
    update(next) {
      const previous = state;
      state = { ...state, ...next };
      if (cy) for (const c of controllers) c.update?.(state, previous);
    },
    setGraph(next, placed) {
      if (next === graph) return;
      graph = next;
      if (!cy) return;
      const wasEmpty = cy.nodes().empty();
      applyGraph(cy, graph, labels(state.lang), placed);
      // The first actors of a new draft: the view shows them all (it was fitted to nothing).
      if (wasEmpty && cy.nodes().nonempty()) fitFrame(cy);
      for (const c of controllers) c.update?.(state, null);
    },
    on(name, handler) {
      let set = handlers.get(name);
      if (!set) handlers.set(name, (set = new Set()));
      set.add(handler as (event: never) => void);
      return () => void set.delete(handler as (event: never) => void);
    },
    status: () => status,
    fit() {
      if (cy) fitAll(cy, mode === 'edit');
    },
    zoomBy(factor) {
      if (cy) zoomBy(cy, factor);
    },
    relayout() {
      if (!cy) return;
      runLayout(cy, graph);
      cy.fit(undefined, FIT_PADDING);
    },
    setGestures(on) {
      gestures = on;
      cy?.userZoomingEnabled(on);
      cy?.userPanningEnabled(on);
    },
    positions() {
      const out = new Map<string, Point>();
      cy?.nodes().forEach((n) => {
        const { x, y } = n.position();
        out.set(n.id(), { x, y });
      });
      return out;
    },
    scene: () => (cy ? sceneFromCanvas(cy, graph) : { nodes: [], edges: [] }),
    cancelLayout() {
      layout.abort(CANCELLED_BY_READER);
    },
    destroy() {
      destroyed = true;
      layout.abort();
      resize.disconnect();
      removeHook();
      for (const c of controllers) c.destroy?.();
      controllers = [];
      cy?.destroy();
      cy = null;
      handlers.clear();
    },
  };
}
