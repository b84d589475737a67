/** A small draft for the document tests: the model's test graph with fields no version knows. */
import { SOURCE_TEXT, testGraphFile } from '../../model/test-graph.ts';
import type { DraftGraph } from './types.ts';

export { SOURCE_TEXT };

export function draft(): DraftGraph {
  const g = testGraphFile() as DraftGraph;
  const withDesk = {
    ...g,
    deskNote: 'graph-level field',
    actors: g.actors.map((a) => ({ ...a, deskNote: `about ${a.id}` })),
    relations: g.relations.map((r) => ({
      ...r,
      deskNote: `on ${r.id}`,
      evidence: r.evidence.map((e) => ({ ...e, deskNote: 'checked' })),
    })),
    sources: g.sources.map((s) => ({ ...s, deskNote: 'filed' })),
  };
  return deepFreeze(withDesk) as DraftGraph;
}

/** Frozen input: an operation that mutates its input throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Offsets of `words` in the test source. */
export function spanOf(words: string, text = SOURCE_TEXT) {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return { source: 'src', start, end: start + words.length };
}
