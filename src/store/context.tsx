import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createAppStore, type AppState, type AppStore, type StoreOptions } from './store.ts';
import { parseUrlState } from './url.ts';

const StoreContext = createContext<AppStore | null>(null);

/**
 * One store per mounted app, created once from its initial props. The view in the URL is applied
 * before the first render, so the first paint is already in the right language and state.
 */
export function AppStoreProvider({
  children,
  search = '',
  ...options
}: StoreOptions & { search?: string; children: ReactNode }) {
  const [store] = useState(() => {
    const created = createAppStore(options);
    const { state, notices } = parseUrlState(search, options.graph);
    created.getState().applyUrlState(state);
    created.getState().addNotices(notices);
    // A render on the server (a page's first paint, written at build) reads the store's initial
    // state: that is the view from the address, applied above, not the bare defaults.
    created.getInitialState = created.getState;
    return created;
  });
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useAppStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('Faultlines components must be rendered inside <AppStoreProvider>');
  return store;
}

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
