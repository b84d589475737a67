/**
 * The workspace: the article on one side; on the other the open form, the live graph, and the
 * lists (review queue, actors, relations, problems). Undo and redo cover every change to the
 * document, with the usual keys — left to a text field while one has focus, which undoes its
 * own typing.
 */
import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from '../i18n/react.tsx';
import { Tabs } from '../ui/Tabs.tsx';
import { ArticlePane } from './article/ArticlePane.tsx';
import { useCanvasSlot } from './canvas-slot.tsx';
import { useView, useViewApi } from './context.tsx';
import type { Pane } from './view-store.ts';
import { draftSource } from './drafting.ts';
import { readSource } from './reading.ts';
import { useDoc, useDocApi } from './doc-hooks.tsx';
import { ActorsList } from './panels/ActorsList.tsx';
import { PanelHost } from './panels/PanelHost.tsx';
import { ProblemsPanel, useCheck } from './panels/ProblemsPanel.tsx';
import { RelationsList } from './panels/RelationsList.tsx';
import { ReviewQueue } from './panels/ReviewQueue.tsx';

/** A field where Ctrl+Z belongs to the text being typed. */
function isTextField(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement)
    return !el.readOnly && el.getAttribute('aria-readonly') !== 'true';
  if (el instanceof HTMLInputElement)
    return (
      !el.readOnly && !['checkbox', 'radio', 'button', 'submit', 'file', 'range'].includes(el.type)
    );
  return (el as HTMLElement).isContentEditable;
}

export function useHistoryKeys() {
  const store = useDocApi();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextField(document.activeElement)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) store.getState().undo();
      else if ((key === 'z' && e.shiftKey) || (key === 'y' && e.ctrlKey && !e.metaKey))
        store.getState().redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}

export function WorkspaceTools() {
  const { t } = useTranslation();
  const view = useViewApi();
  const canUndo = useDoc((s) => s.canUndo);
  const canRedo = useDoc((s) => s.canRedo);
  const store = useDocApi();
  return (
    <div className="fl-ed-tools" role="toolbar" aria-label={t('editor.tools')}>
      <button
        type="button"
        className="fl-button"
        disabled={!canUndo}
        aria-keyshortcuts="Control+Z Meta+Z"
        onClick={() => store.getState().undo()}
        data-testid="undo"
      >
        {t('editor.undo')}
      </button>
      <button
        type="button"
        className="fl-button"
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        onClick={() => store.getState().redo()}
        data-testid="redo"
      >
        {t('editor.redo')}
      </button>
      <button
        type="button"
        className="fl-button"
        onClick={() => view.getState().open({ type: 'graph' })}
        data-testid="open-graph-details"
      >
        {t('editor.graph.heading')}
      </button>
      <button
        type="button"
        className="fl-button fl-ed-primary"
        onClick={() => view.getState().open({ type: 'export' })}
        data-testid="open-export"
      >
        {t('editor.export.open')}
      </button>
      <button
        type="button"
        className="fl-button"
        onClick={() => view.getState().open({ type: 'publish' })}
        data-testid="open-publish"
      >
        {t('editor.publish.open')}
      </button>
    </div>
  );
}

/**
 * The workspace itself redraws only when its layout changes (the pane shown, the assistant
 * reading): a document change redraws the parts that show it, each subscribed on its own (the
 * tabs' counts below, the queue, the article), not the workspace with everything in it.
 */
export function Workspace() {
  const { t } = useTranslation();
  useHistoryKeys();
  const reading = useDrafting();
  const canvas = useCanvasSlot();
  const pane = useView((s) => s.pane);
  // Opened from the start screen, whose button a phone's author scrolled far down to: the
  // workspace starts at its top, not scrolled past the article's title and first sentences.
  // Braces: scrollTo returns a promise in Chromium 156, which React would take for a cleanup and
  // call (a TypeError that blanked the editor under StrictMode's second run of effects).
  useEffect(() => {
    void scrollTo({ top: 0 });
  }, []);
  return (
    <main className="fl-ed-main" data-pane={pane} data-testid="workspace">
      <PaneSwitch canvas={!!canvas} />
      <div className="fl-ed-col-article" data-article-column>
        <ArticlePane />
      </div>
      <div className="fl-ed-col-side">
        {canvas && <div className="fl-ed-pane-graph">{canvas()}</div>}
        <div className="fl-ed-pane-side">
          {reading && (
            <p className="fl-muted" role="status" data-testid="drafting">
              {t('editor.review.reading')}
            </p>
          )}
          <PanelHost />
          <Tabs
            label={t('editor.lists')}
            tabs={[
              {
                id: 'review',
                label: <ReviewTabLabel />,
                content: <ReviewQueue />,
              },
              // The lists out of view are not kept drawn: each would redraw at every change.
              { id: 'actors', label: t('editor.actor.tab'), content: <ActorsList />, lazy: true },
              {
                id: 'relations',
                label: t('editor.relation.tab'),
                content: <RelationsList />,
                lazy: true,
              },
              {
                id: 'problems',
                label: <ProblemsTabLabel />,
                content: <ProblemsPanel />,
                lazy: true,
              },
            ]}
          />
        </div>
      </div>
    </main>
  );
}

function ReviewTabLabel() {
  const { t } = useTranslation();
  const pending = useDoc((s) => s.graph.relations.filter((r) => r.suggestion).length);
  return t('editor.review.tab', { count: pending });
}

function ProblemsTabLabel() {
  const { t } = useTranslation();
  const { problems } = useCheck();
  return t('editor.check.tab', { count: problems.length });
}

/**
 * On a phone the article, the graph and the forms with the lists take the screen in turn: this
 * row (shown only on narrow screens) chooses one; opening a form brings its pane into view.
 */
function PaneSwitch({ canvas }: { canvas: boolean }) {
  const { t } = useTranslation();
  const view = useViewApi();
  const pane = useView((s) => s.pane);
  const shown: Pane[] = canvas ? ['article', 'graph', 'side'] : ['article', 'side'];
  const panes = shown.map((p) => (
    <button
      key={p}
      type="button"
      className="fl-button"
      aria-pressed={pane === p}
      data-testid={`pane-${p}`}
      onClick={(e) => {
        const main = e.currentTarget.closest('main');
        // Drawn now, so that the page is as long as the pane shown before it is scrolled.
        flushSync(() => view.getState().showPane(p));
        // The pane starts under this row, at the top of the screen: above it the page's header
        // and tools would push a phone's graph half off the screen (scroll up to reach them).
        scrollTo({ top: main ? Math.max(0, main.getBoundingClientRect().top + scrollY) : 0 });
      }}
    >
      {t(`editor.pane.${p}`)}
    </button>
  ));
  return (
    <div className="fl-ed-panes" role="group" aria-label={t('editor.pane.label')}>
      {panes}
    </div>
  );
}

/** New sources are read by the assistant; its suggestions join the queue as one undoable step. */
function useDrafting() {
  const view = useViewApi();
  const store = useDocApi();
  const toDraft = useView((s) => s.toDraft);
  useEffect(() => {
    for (const id of toDraft) {
      const source = store.getState().graph.sources.find((s) => s.id === id);
      const reading = source ? readSource(source, store.getState().graph) : null;
      if (!reading) {
        view.getState().drafted(id);
        continue;
      }
      void reading.then(
        (analysed) => {
          if (!view.getState().toDraft.includes(id)) return;
          view.getState().drafted(id);
          store
            .getState()
            .change((doc) =>
              doc.graph.sources.some((s) => s.id === id) ? draftSource(doc, id, analysed).doc : doc,
            );
        },
        () => view.getState().drafted(id),
      );
    }
  }, [toDraft, store, view]);
  return toDraft.length > 0;
}
