import { describe, expect, it } from 'vitest';
import { indexGraph } from '../model/graph.ts';
import { testGraphFile } from '../model/test-graph.ts';
import { createAppStore, selectVisibility } from './store.ts';

const graph = indexGraph(testGraphFile());

describe('app store', () => {
  it('deselects a relation that a filter hides, but keeps a selected actor', () => {
    const store = createAppStore({ graph });
    store.getState().selectRelation('ru-tj-alliance');
    store.getState().toggleTension(1);
    expect(store.getState().selection).toEqual({ type: 'relation', id: 'ru-tj-alliance' });
    store.getState().toggleTension(-2);
    expect(store.getState().selection).toBeNull();
    store.getState().selectActor('russia');
    store.getState().toggleKind('accusation');
    expect(store.getState().selection).toEqual({ type: 'actor', id: 'russia' });
  });

  it('keeps toggled lists in scale order and resets everything at once', () => {
    const store = createAppStore({ graph });
    const { toggleTension, selectActor, resetView } = store.getState();
    toggleTension(-2);
    toggleTension(2);
    toggleTension(-2);
    expect(store.getState().filters.tensions).toEqual([-2, -1, 0, 1]);
    selectActor('csto');
    resetView();
    expect(store.getState().filters.tensions).toEqual([-2, -1, 0, 1, 2]);
    expect(store.getState().selection).toBeNull();
  });

  it('ignores selections of ids that do not exist', () => {
    const store = createAppStore({ graph });
    store.getState().selectRelation('nope');
    store.getState().selectActor('__proto__');
    expect(store.getState().selection).toBeNull();
  });

  it('gives each mounted app its own state', () => {
    const a = createAppStore({ graph });
    const b = createAppStore({ graph, lang: 'ar' });
    a.getState().setLanguage('ar');
    a.getState().toggleKind('alliance');
    b.getState().setLanguage('en');
    expect(a.getState().lang).toBe('ar');
    expect(b.getState().filters.kinds).toContain('alliance');
  });

  it('computes visibility once per filter state', () => {
    const store = createAppStore({ graph });
    const first = selectVisibility(store.getState());
    expect(selectVisibility(store.getState())).toBe(first);
    store.getState().toggleKind('alliance');
    expect(selectVisibility(store.getState()).relationIds.has('ru-tj-alliance')).toBe(false);
  });
});

describe('evidence filters', () => {
  it('filters by voice, corroboration and date, and trims a multiple selection', () => {
    const store = createAppStore({ graph });
    const { selectRelations, toggleVoice, setAsOf, setCorroboratedOnly } = store.getState();
    selectRelations(['ru-tj-accusation', 'ru-tj-alliance', 'nope']);
    expect(store.getState().selection).toEqual({
      type: 'relations',
      ids: ['ru-tj-accusation', 'ru-tj-alliance'],
    });
    toggleVoice('article'); // the alliance is stated by the article only
    expect(store.getState().selection).toEqual({ type: 'relation', id: 'ru-tj-accusation' });
    toggleVoice('article');
    setAsOf('2024-03-22'); // the accusation is dated the 23rd
    expect([...selectVisibility(store.getState()).relationIds]).toEqual(['ru-tj-alliance']);
    setAsOf(null);
    setCorroboratedOnly(true);
    expect(selectVisibility(store.getState()).relationIds.size).toBe(0);
  });
});
