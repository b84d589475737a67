/**
 * How the editor publishes, handed in by its page (src/app/edit-main.tsx): the pages' writers and
 * the zip live in src/publish, which the editor's layer does not import — and the page loads them
 * only when the author asks to publish, so the editor's first paint does not pay for them. The
 * shapes below are what the editor needs of them.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { Problem } from '../model/validate.ts';

export interface PublishRequest {
  graph: unknown;
  publicUrl?: string | undefined;
  siteRoot: string;
}

export type PublishOutcome =
  | {
      ok: true;
      zip: Uint8Array;
      fileName: string;
      folder: string;
      files: number;
      snippets: { en: string; ar: string; url: string | null };
      png: boolean;
    }
  | { ok: false; problems: Problem[] };

export type PublicUrlCheck = { ok: true; url: string | undefined } | { ok: false; reason: string };

export interface Publisher {
  publishZip(request: PublishRequest): Promise<PublishOutcome>;
  parsePublicUrl(raw: string): PublicUrlCheck;
}

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
