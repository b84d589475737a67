import { describe, expect, it } from 'vitest';
import { indexGraph } from '../model/graph.ts';
import { testGraphFile } from '../model/test-graph.ts';
import { createAppStore, type AppState } from './store.ts';
import { parseUrlState } from './url.ts';
import { connectUrl, type Later } from './url-sync.ts';
import { DEFAULT_VIEW, VIEW_FIELDS, viewOf } from './view.ts';

const graph = indexGraph(testGraphFile());

/** A window with an address bar and a history stack; enough for connectUrl. */
function fakeWindow(search = '') {
  const entries = [search];
  let index = 0;
  const listeners = new Set<() => void>();
  const location = { pathname: '/', hash: '', search };
  const win = {
    location,
    history: {
      pushState: (_: unknown, __: string, url: string) => {
        const next = new URL(url, 'https://example.org').search;
        entries.splice(index + 1, Infinity, next);
        index += 1;
        location.search = next;
      },
    },
    addEventListener: (_: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
  };
  const back = () => {
    index -= 1;
    location.search = entries[index]!;
    for (const fn of listeners) fn();
  };
  return { win: win as unknown as Window, entries, back };
}

/** A `later` the test runs by hand, like the frame the app waits for. */
function manualLater() {
  const queued = new Set<() => void>();
  const later: Later = (fn) => {
    queued.add(fn);
    return () => queued.delete(fn);
  };
  const run = () => {
    for (const fn of [...queued]) {
      queued.delete(fn);
      fn();
    }
  };
  return { later, run, queued };
}

describe('the address bar follows the view', () => {
  it('writes each change as a history entry that reads back as the same view', () => {
    const store = createAppStore({ graph });
    const { win, entries } = fakeWindow();
    connectUrl(store, win);
    store.getState().selectActor('russia');
    store.getState().toggleTension(2);
    expect(entries).toHaveLength(3);
    const { state } = parseUrlState(entries[2]!, graph);
    expect(state.selection).toEqual({ type: 'actor', id: 'russia' });
    expect(state.tensions).toEqual([-2, -1, 0, 1]);
  });

  it('writes after the frame, once for the changes made before it', () => {
    const store = createAppStore({ graph });
    const { win, entries } = fakeWindow();
    const frame = manualLater();
    connectUrl(store, win, frame.later);
    store.getState().selectActor('russia');
    store.getState().setLanguage('ar');
    expect(entries).toHaveLength(1); // nothing written inside the interaction
    frame.run();
    expect(entries).toHaveLength(2);
    const { state } = parseUrlState(entries[1]!, graph);
    expect(state.selection).toEqual({ type: 'actor', id: 'russia' });
    expect(state.lang).toBe('ar');
    store.getState().clearSelection();
    frame.run();
    expect(entries).toHaveLength(3);
    expect(parseUrlState(entries[2]!, graph).state.selection).toBeUndefined();
  });

  it('going back applies the earlier view and adds no entry', () => {
    const store = createAppStore({ graph });
    const { win, entries, back } = fakeWindow();
    const frame = manualLater();
    connectUrl(store, win, frame.later);
    store.getState().selectActor('russia');
    frame.run();
    back();
    expect(store.getState().selection).toBeNull();
    frame.run();
    expect(entries).toHaveLength(2);
    expect(win.location.search).toBe('');
  });

  it('a write still waiting when the app goes away is dropped', () => {
    const store = createAppStore({ graph });
    const { win, entries } = fakeWindow();
    const frame = manualLater();
    const disconnect = connectUrl(store, win, frame.later);
    store.getState().selectActor('russia');
    disconnect();
    expect(frame.queued.size).toBe(0);
    store.getState().clearSelection();
    frame.run();
    expect(entries).toHaveLength(1);
  });
});

/** Each change a reader can make to the view, made alone; named by the field it changes. */
const CHANGES: [string, (s: AppState) => void][] = [
  ['lang', (s) => s.setLanguage('ar')],
  ['filters: tensions', (s) => s.toggleTension(2)],
  ['filters: kinds', (s) => s.toggleKind('alliance')],
  ['filters: voices', (s) => s.toggleVoice('party')],
  ['filters: corroboratedOnly', (s) => s.setCorroboratedOnly(true)],
  ['filters: asOf', (s) => s.setAsOf('2024-03')],
  ['selection: a relation', (s) => s.selectRelation('ru-tj-accusation')],
  ['selection: relations', (s) => s.selectRelations(['ru-tj-accusation', 'ru-tj-alliance'])],
  ['selection: an actor', (s) => s.selectActor('russia')],
  ['focus', (s) => s.setFocus('russia', 2)],
  ['focus: depth 1', (s) => s.setFocus('tajikistan')],
];

describe('every field of the view round-trips through the address bar', () => {
  it('the changes below cover every field of the view and of its filters', () => {
    const fields = new Set(CHANGES.map(([name]) => name.split(':')[0]));
    expect([...fields].sort()).toEqual([...VIEW_FIELDS].sort());
    const filters = CHANGES.filter(([n]) => n.startsWith('filters: ')).map(([n]) => n.slice(9));
    expect(filters.sort()).toEqual(Object.keys(DEFAULT_VIEW.filters).sort());
  });

  it.each(CHANGES)(
    '%s: written as an entry, read back as the same view, undone by Back',
    (_, change) => {
      const store = createAppStore({ graph });
      const { win, entries, back } = fakeWindow();
      connectUrl(store, win);
      change(store.getState());
      const changed = viewOf(store.getState());
      expect(changed).not.toEqual(DEFAULT_VIEW);
      expect(entries).toHaveLength(2); // the change alone makes an entry (the field is watched)

      // A fresh app opened on that address shows the same view.
      const fresh = createAppStore({ graph });
      fresh.getState().applyUrlState(parseUrlState(entries[1]!, graph).state);
      expect(viewOf(fresh.getState())).toEqual(changed);

      back();
      expect(viewOf(store.getState())).toEqual(DEFAULT_VIEW);
    },
  );
});
