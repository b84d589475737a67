/**
 * The drafting assistant's reading of a source, as React state: null until the worker answers
 * (the sentences do not wait for it), then the mentions, proposed actors and suggestions.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Draft } from '../draft/index.ts';
import type { GraphFile } from '../model/schema.ts';
import type { DraftGraph, DraftSource } from './doc/index.ts';
import { readText } from './draft-client.ts';

export const draftLang = (language: string) => (language === 'en' ? 'en' : 'ar');

/** What the assistant needs of the draft: its actors (the texts stay here). */
export function slimGraph(graph: DraftGraph): { graph: GraphFile; key: string } {
  const slim = { ...graph, sources: [], relations: [] } as unknown as GraphFile;
  return {
    graph: slim,
    key: JSON.stringify(graph.actors.map((a) => [a.id, a.name, a.aliases, a.kind])),
  };
}

export function readSource(source: DraftSource, graph: DraftGraph): Promise<Draft> | null {
  if (!source.text) return null;
  const slim = slimGraph(graph);
  return readText(
    source.text,
    {
      lang: draftLang(source.language),
      graph: slim.graph,
      ...(source.published ? { published: source.published } : {}),
    },
    slim.key,
  );
}

export function useReading(source: DraftSource | undefined, graph: DraftGraph): Draft | null {
  const actors = graph.actors;
  // A new reading only when the text or the actors change (not at every relation accepted).
  const promise = useMemo(
    () => (source ? readSource(source, graph) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the text and the actors
    [source?.text, source?.language, actors],
  );
  const [reading, setReading] = useState<{ promise: unknown; draft: Draft } | null>(null);
  useEffect(() => {
    let live = true;
    promise?.then(
      (draft) => live && setReading({ promise, draft }),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [promise]);
  // The last reading stays shown while the next is made (marks do not blink off and on).
  return reading?.draft ?? null;
}
