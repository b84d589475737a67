/**
 * The editor's access to its document store (src/edit/doc/store.ts): a provider, a selector
 * hook, and `useAct`, which runs store actions and turns a refused operation (a DocError: an id
 * that went away, offsets outside the text) into a message instead of an exception.
 */
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { DocState, DocStore } from './doc/index.ts';
import { DocError } from './doc/index.ts';
import type { Autosave } from './storage/index.ts';

const DocContext = createContext<DocStore | null>(null);
const AutosaveContext = createContext<Autosave | null>(null);

export function DocProvider({
  store,
  autosave = null,
  children,
}: {
  store: DocStore;
  autosave?: Autosave | null;
  children: ReactNode;
}) {
  return (
    <DocContext.Provider value={store}>
      <AutosaveContext.Provider value={autosave}>{children}</AutosaveContext.Provider>
    </DocContext.Provider>
  );
}

/** The draft's autosave (null where the document lives in memory only, e.g. a component test). */
export function useAutosave(): Autosave | null {
  return useContext(AutosaveContext);
}

export function useDocApi(): DocStore {
  const store = useContext(DocContext);
  if (!store) throw new Error('editor panels must be rendered inside <DocProvider>');
  return store;
}

export function useDoc<T>(selector: (state: DocState) => T): T {
  return useStore(useDocApi(), selector);
}

export type Acted<R> = { ok: true; value: R } | { ok: false; message: string };

/** Runs `fn` with the store's actions; a DocError comes back as its message. */
export function useAct() {
  const store = useDocApi();
  return useCallback(
    <R,>(fn: (actions: DocState) => R): Acted<R> => {
      try {
        return { ok: true, value: fn(store.getState()) };
      } catch (error) {
        if (error instanceof DocError) return { ok: false, message: error.message };
        throw error;
      }
    },
    [store],
  );
}
