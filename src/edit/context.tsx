/**
 * The editor's stores, one per mounted editor (as the reader's app has one per app): the view
 * (view-store.ts) and the document (doc/, with undo). Hooks throw outside the provider.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ViewState, ViewStore } from './view-store.ts';

const ViewContext = createContext<ViewStore | null>(null);

export function ViewProvider({ store, children }: { store: ViewStore; children: ReactNode }) {
  return <ViewContext.Provider value={store}>{children}</ViewContext.Provider>;
}

export function useViewApi(): ViewStore {
  const store = useContext(ViewContext);
  if (!store) throw new Error('editor components must be rendered inside <ViewProvider>');
  return store;
}

export function useView<T>(selector: (state: ViewState) => T): T {
  return useStore(useViewApi(), selector);
}
