/**
 * Keeps the address bar and the store in step (GUIDE §4): the URL is read at start, every view
 * change is written back (pushState, so back/forward step through views), popstate re-applies.
 */
import type { AppStore } from './store.ts';
import { parseUrlState, serializeUrlState } from './url.ts';
import { DEFAULT_VIEW, viewChanged, viewOf } from './view.ts';

/** Runs a function later and returns its cancel. */
export type Later = (fn: () => void) => () => void;

/**
 * `later`: when to write a change (the app: after the frame that shows it, so that the history
 * entry costs the interaction nothing); changes made before it runs make one entry.
 */
export function connectUrl(
  store: AppStore,
  win: Window = window,
  later: Later = (fn) => (fn(), () => {}),
): () => void {
  // The store was created from the URL (AppStoreProvider); from here on, follow it.
  const apply = () => {
    const { state } = parseUrlState(win.location.search, store.getState().graph);
    store.getState().applyUrlState(state);
  };

  const write = () => {
    const search = serializeUrlState(viewOf(store.getState()), DEFAULT_VIEW, win.location.search);
    if (search !== win.location.search) {
      win.history.pushState(null, '', `${win.location.pathname}${search}${win.location.hash}`);
    }
  };
  let scheduled = false;
  let cancel = () => {};
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    cancel = later(() => {
      scheduled = false;
      write();
    });
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (viewChanged(state, previous)) schedule();
  });
  // Applying a popped URL triggers the subscription, which then finds the URL already matching.
  const onPop = () => {
    apply();
  };
  win.addEventListener('popstate', onPop);
  return () => {
    cancel();
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
