import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createAppStore, type AppState, type AppStore, type StoreOptions } from './store.ts';

const StoreContext = createContext<AppStore | null>(null);

/** One store per mounted app, created once from its initial props. */
export function AppStoreProvider({ children, ...options }: StoreOptions & { children: ReactNode }) {
  const [store] = useState(() => createAppStore(options));
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
