/**
 * The canvas engine in edit mode, with no editor around it: a page for the end-to-end tests of
 * dragging actors and drawing relations (e2e/engine-edit.spec.ts). It exists only in builds for
 * tests (VITE_FL_TEST_HOOK=1, see main.tsx), never in a reader's. Each engine event is written
 * into a list the test reads; a drawn relation is added to the graph through `setGraph`, as the
 * editor will do.
 */
import defaultGraph from 'virtual:faultlines-graph/crocus-2024';
import { createEngine } from '../graph/engine.ts';
import { createI18n } from '../i18n/i18n.ts';
import { indexGraph } from '../model/graph.ts';
import type { GraphFile } from '../model/schema.ts';

export function mountPlayground(root: HTMLElement): void {
  const t = createI18n('en').getFixedT('en');
  let file: GraphFile = defaultGraph;
  const stage = document.createElement('div');
  stage.style.position = 'relative';
  stage.style.height = '600px';
  const container = document.createElement('div');
  container.className = 'fl-canvas';
  container.dataset.testid = 'graph-canvas';
  container.tabIndex = 0;
  container.setAttribute('role', 'application');
  container.setAttribute('aria-label', 'Edit-mode canvas');
  const log = document.createElement('ol');
  log.dataset.testid = 'engine-events';
  stage.append(container);
  root.replaceChildren(stage, log);

  const engine = createEngine(container, {
    graph: indexGraph(file),
    mode: 'edit',
    lang: 'en',
    theme: 'light',
    kindLabel: (kind) => t(`kind.${kind}`),
  });
  const record = (name: string) => (event: unknown) => {
    const item = document.createElement('li');
    item.textContent = JSON.stringify({ name, ...(event as object) });
    log.append(item);
  };
  engine.on('status', ({ state }) => (container.dataset.renderState = state));
  engine.on('actor-moved', record('actor-moved'));
  engine.on('drawing-from', record('drawing-from'));
  engine.on('select-actor', (event) => {
    record('select-actor')(event);
    engine.update({ selection: { type: 'actor', id: event.id } });
  });
  engine.on('clear', () => engine.update({ selection: null }));
  engine.on('relation-drawn', (event) => {
    record('relation-drawn')(event);
    const relation = {
      id: `drawn-${file.relations.length}`,
      source: event.source,
      target: event.target,
      kind: 'cooperation' as const,
      directed: false,
      tension: -1 as const,
      summary: { en: 'drawn', ar: 'drawn' },
      evidence: file.relations[0]!.evidence,
    };
    file = { ...file, relations: [...file.relations, relation] };
    engine.setGraph(indexGraph(file));
  });
}
