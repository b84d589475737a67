/**
 * A relation's summary, until its author writes one, is made from its actors' names (summary.ts).
 * When an actor's names change, the summaries that still read exactly as made from the old names
 * follow the new ones; a summary its author wrote is left as written. Without this an actor first
 * made with an English name only left «Turkey ← أذربيجان» in the Arabic summary for good.
 */
import type { Language } from '../../model/vocabulary.ts';
import type { DraftGraph, DraftRelation } from './types.ts';

export type SummaryOf = (graph: DraftGraph, relation: DraftRelation) => Record<Language, string>;

export function followDefaultSummaries(
  before: DraftGraph,
  after: DraftGraph,
  actor: string,
  summaryOf: SummaryOf,
): DraftGraph {
  let changed = false;
  const relations = after.relations.map((r) => {
    if (r.source !== actor && r.target !== actor) return r;
    const old = summaryOf(before, r);
    const next = summaryOf(after, r);
    const summary = { ...r.summary };
    for (const lang of ['en', 'ar'] as const)
      if (r.summary[lang] === old[lang] && next[lang] && next[lang] !== old[lang])
        summary[lang] = next[lang];
    if (summary.en === r.summary.en && summary.ar === r.summary.ar) return r;
    changed = true;
    return { ...r, summary };
  });
  return changed ? { ...after, relations } : after;
}
