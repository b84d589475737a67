/**
 * How the editor publishes, handed in by its page (src/app/edit-main.tsx): the pages' writers and
 * the zip live in src/publish, which the editor's layer does not import — and the page loads them
 * only when the author asks to publish, so the editor's first paint does not pay for them. What
 * the editor needs of them is the contract in src/model/publishing.ts, shared with src/publish.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { Publisher } from '../model/publishing.ts';

/** Loads the publisher (a dynamic import), or null where publishing is not offered. */
export type LoadPublisher = () => Promise<Publisher>;

const PublisherContext = createContext<LoadPublisher | null>(null);

export function PublisherProvider({
  load,
  children,
}: {
  load: LoadPublisher | null;
  children: ReactNode;
}) {
  return <PublisherContext.Provider value={load}>{children}</PublisherContext.Provider>;
}

export const usePublisher = () => useContext(PublisherContext);
