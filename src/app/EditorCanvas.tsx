/**
 * The editor's live graph: the reader's canvas engine (src/graph/engine.ts) in edit mode, beside
 * the article. It is created once, and every version of the draft is applied to it in place
 * (`setGraph`: a suggestion accepted or a relation made appears at once, the author's view kept).
 * What the author does on it goes through the editor's canvas actions (src/edit/canvas.ts):
 * a dragged actor is placed in the document (one undo step), a line or a shape opens its form,
 * and a line drawn from one actor to another opens the relation form, which waits for a quote.
 * It lives here, in the page's entry, because the editor's panels do not import the canvas.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { createEngine, type Engine, type EngineStatus } from '../graph/engine.ts';
import { useTranslation } from '../i18n/react.tsx';
import { ZoomButtons } from '../ui/CanvasToolbar.tsx';
import type { Point } from '../model/layout.ts';
import { afterPaint } from '../edit/after-paint.ts';
import { canvasActions, canvasGraph } from '../edit/canvas.ts';
import { useView, useViewApi } from '../edit/context.tsx';
import { useDoc, useDocApi } from '../edit/doc-hooks.tsx';
import type { DraftGraph } from '../edit/doc/index.ts';
import type { Language } from '../model/vocabulary.ts';

/**
 * Where the document places each actor, and where the canvas first put those it does not
 * (`base`): undoing a drag puts the actor back even when the document then has no position.
 */
function wantedPositions(draft: DraftGraph, base: ReadonlyMap<string, Point>) {
  const out = new Map<string, Point>();
  for (const a of draft.actors) {
    const p = a.position ?? base.get(a.id);
    if (p) out.set(a.id, p);
  }
  return out;
}

function nameOf(draft: DraftGraph, id: string, lang: Language): string {
  const a = draft.actors.find((x) => x.id === id);
  return a ? a.name[lang] || a.name.en || a.name.ar || id : id;
}

export function EditorCanvas() {
  const { t, i18n } = useTranslation();
  const doc = useDocApi();
  const view = useViewApi();
  const lang = useView((s) => s.lang);
  const actor = useView((s) => s.selectedActor);
  const relation = useView((s) => s.selectedRelation);
  const container = useRef<HTMLDivElement>(null);
  const keysId = useId();
  const [engine, setEngine] = useState<Engine | null>(null);
  const [status, setStatus] = useState<EngineStatus['state']>('loading');
  const [drawingFrom, setDrawingFrom] = useState<string | null>(null);
  const [offCanvas, setOffCanvas] = useState(false);
  // What the component shows of the draft, as plain values: a document change that leaves them
  // as they are (a suggestion accepted, a quote typed) does not redraw it.
  const empty = useDoc((s) => s.graph.actors.length === 0);
  const drawingName = useDoc((s) => (drawingFrom ? nameOf(s.graph, drawingFrom, lang) : ''));
  const base = useRef(new Map<string, Point>());
  const selection = useMemo(
    () =>
      actor
        ? ({ type: 'actor', id: actor } as const)
        : relation
          ? ({ type: 'relation', id: relation } as const)
          : null,
    [actor, relation],
  );

  useEffect(() => {
    const box = container.current;
    if (!box) return;
    const now = view.getState();
    const created = createEngine(box, {
      graph: canvasGraph(doc.getState().graph),
      mode: 'edit',
      lang: now.lang,
      theme: 'light',
      kindLabel: (kind, language) => i18n.getFixedT(language)(`kind.${kind}`),
      state: {
        selection: now.selectedActor
          ? { type: 'actor', id: now.selectedActor }
          : now.selectedRelation
            ? { type: 'relation', id: now.selectedRelation }
            : null,
      },
    });
    const act = canvasActions(doc, view);
    // A tap opens the actor's form; the arrow keys only walk the selection (a form taking
    // focus at every step would take the keyboard away from the graph).
    let tapped = false;
    const off = [
      created.on('status', (s) => {
        setStatus(s.state);
        if (s.state === 'ready') base.current = created.positions();
      }),
      created.on('tap', () => (tapped = true)),
      created.on('select-actor', ({ id }) => {
        created.update({ selection: { type: 'actor', id } });
        if (tapped) act.selectActor(id);
        else view.getState().selectActor(id);
        tapped = false;
      }),
      created.on('select-relation', ({ id }) => {
        tapped = false;
        act.selectRelation(id);
      }),
      created.on('clear', () => {
        tapped = false;
        created.update({ selection: null });
        act.clear();
      }),
      created.on('open-evidence', () => {
        const { selectedActor, selectedRelation } = view.getState();
        if (selectedActor) act.selectActor(selectedActor);
        else if (selectedRelation) act.selectRelation(selectedRelation);
      }),
      created.on('actor-moved', () => setOffCanvas(!act.moved(created.positions()))),
      created.on('drawing-from', ({ source }) => setDrawingFrom(source)),
      created.on('relation-drawn', ({ source, target }) => act.drawn(source, target)),
    ];
    setEngine(created);
    return () => {
      off.forEach((unsubscribe) => unsubscribe());
      created.destroy();
      setEngine(null);
    };
  }, [doc, view, i18n]);

  // Every version of the draft, in place; actors the document places go where it says (an undo).
  // A frame behind the rest of the page: what the author acted on (the list, the form) shows in
  // the frame of the click or keystroke, and the canvas redraws in the next one (redrawing it
  // took about as long as the whole frame's budget on the Crocus article, BENCHMARKS.md). The
  // store is watched here, not through React: the component does not redraw at each change,
  // and several changes within a frame are applied once, the latest.
  useEffect(() => {
    if (!engine) return;
    const apply = () => {
      const drawn = doc.getState().graph;
      engine.setGraph(canvasGraph(drawn), wantedPositions(drawn, base.current));
      if (base.current.size < drawn.actors.length)
        for (const [id, p] of engine.positions())
          if (!base.current.has(id)) base.current.set(id, p);
    };
    apply();
    let cancel: (() => void) | null = null;
    const off = doc.subscribe((now, before) => {
      if (now.graph === before.graph || cancel) return;
      cancel = afterPaint(() => {
        cancel = null;
        apply();
      });
    });
    return () => {
      off();
      cancel?.();
    };
  }, [engine, doc, status]);

  useEffect(() => {
    engine?.update({ lang, selection });
  }, [engine, lang, selection]);

  return (
    <section className="fl-ed-canvas" aria-labelledby={`${keysId}-h`} data-testid="editor-canvas">
      <h2 id={`${keysId}-h`} className="fl-ed-panel-h">
        {t('editor.canvas.heading')}
      </h2>
      <div className="fl-ed-canvas-top">
        <p className="fl-muted fl-ed-canvas-hint" role="status" data-testid="canvas-hint">
          {drawingFrom
            ? t('editor.canvas.drawing', { name: drawingName })
            : t('editor.canvas.hint')}
        </p>
        {engine && status === 'ready' && (
          <div className="fl-toolbar" role="toolbar" aria-label={t('canvas.toolbar')}>
            <ZoomButtons canvas={engine} />
          </div>
        )}
      </div>
      {offCanvas && (
        <p className="fl-ed-error" role="alert">
          {t('editor.canvas.offCanvas')}
        </p>
      )}
      <div className="fl-ed-canvas-wrap">
        <div
          ref={container}
          className="fl-ed-canvas-box"
          data-testid="graph-canvas"
          data-render-state={status}
          role="application"
          aria-roledescription={t('canvas.roledescription')}
          aria-label={t('editor.canvas.label')}
          aria-describedby={keysId}
          tabIndex={0}
        />
        {status === 'loading' && <p className="fl-canvas-status">{t('canvas.loading')}</p>}
        {status === 'error' && <p className="fl-canvas-status">{t('canvas.error')}</p>}
        {status === 'ready' && empty && (
          <p className="fl-canvas-status">{t('editor.canvas.empty')}</p>
        )}
      </div>
      <p id={keysId} className="fl-sr-only">
        {t('editor.canvas.keys')}
      </p>
    </section>
  );
}
